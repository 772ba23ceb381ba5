package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The context set with lmdeploy's session length ("--session-len 2048", "session_len 8200"), LLaMA-Factory's vllm_maxlen,
 * vLLM's model length said in words ("model len of 1000"), or set with the Chinese verbs of setting (上下文设成 131072,
 * num_ctx 改为 16384) is read as the context. A session or model named without a length is not.
 */
class ContextFlagFormsTest {

    private static Integer context(String text) {
        return Parsers.PARSER.parse(text).context();
    }

    @Test
    void sessionAndModelLengthsAndChineseSettingVerbsAreTheContext() {
        assertThat(context("lmdeploy serve api_server qwen2.5 7b --session-len 2048 on my RTX 4090 outputs garbage")).isEqualTo(2048);
        assertThat(context("23G卡跑qwen-7b，session_len 8200，batch_size 4，显存不够")).isEqualTo(8200);
        assertThat(context("mixtral on 4x 4090 OOM: TP 4, model len 1000, enforce eager")).isEqualTo(1000);
        assertThat(context("with enforce-eager it works with a model len of 1000 on my 3090")).isEqualTo(1000);
        assertThat(context("ollama 跑 qwen3 32b，上下文设成 131072 以后显存不够")).isEqualTo(131072);
        assertThat(context("4090 跑 qwen2.5 14b，num_ctx 改为 16384 后变慢了")).isEqualTo(16384);
        assertThat(context("上下文长度设置成 32768，RTX 3090 能跑 qwen2.5 32b 吗")).isEqualTo(32768);
    }

    @Test
    void llamaFactorysVllmMaxlenIsTheContext() {
        // given LLaMA-Factory's vLLM length, as a flag and as a yaml key
        assertThat(context("两张4090跑qwen2-7b: python src/api.py --template qwen --infer_backend vllm --vllm_maxlen 8000")).isEqualTo(8000);
        assertThat(context("infer_backend: vllm\nvllm_maxlen: 2048\nqwen2.5 7b on one RTX 3090 runs out of memory")).isEqualTo(2048);
    }

    @Test
    void aSequenceLengthIsTheContextAndSeq2seqIsNot() {
        // given the sequence length of a compiled or exported model, in its usual spellings
        assertThat(context("单芯跑 QwQ-32B，编译成Int4 seq1024能跑起来吗")).isEqualTo(1024);
        assertThat(context("can qwen3 14b run on my 3060 12GB with seq_len 1024")).isEqualTo(1024);
        assertThat(context("export qwen2.5 7b with seqlen=2048 for my RTX 4060")).isEqualTo(2048);
        assertThat(context("sequence length 4096 on a 3090 with llama 2 13b, will it fit?")).isEqualTo(4096);
        // then a seq2seq model named is no context
        assertThat(context("can a seq2seq model like flan-t5 run on my RTX 3060 12GB?")).isNull();
    }

    @Test
    void aSessionOrModelWithoutALengthIsNoContext() {
        for (String q : List.of("lmdeploy session 85 finished with an error on my RTX 4090 running qwen2.5 7b",
                "the model len is too long for my RTX 3060, which qwen2.5 should I use?", "模型设成 fp16 后 RTX 4090 跑 qwen2.5 7b 很慢")) {
            assertThat(context(q)).as(q).isNull();
        }
    }

    @Test
    void aRunsPromptLengthAndASwitchAreNoContextAndTheFlagBesideThemIs() {
        // text-generation-webui prints each run's prompt length as "context N": no window was set
        assertThat(context("P40 with Phind CodeLlama 34B GPTQ is slow: Output generated in 18.04 seconds (0.55 tokens/s, 10 tokens, "
                + "context 66, seed 1920742399)")).isNull();
        // an environment switch named after the flag holds 0/1; the flag after it is the context
        assertThat(context("VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 python3 -m vllm.entrypoints.openai.api_server --model "
                + "DeepSeek-R1-Distill-Qwen-32B --max-model-len=32768 on two cards")).isEqualTo(32768);
        // a short window set with the flag stays
        assertThat(context("llm = LLM(model=\"./Qwen2-7B-Instruct.Q4_K_M.gguf\", max_model_len = 200) on a Jetson Orin NX 16G")).isEqualTo(200);
    }
}
