package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A context length is the person's choice only when they wrote it: one read only from a line a program printed (vLLM's
 * start-up config, an engine's log line, an error raised) or one of several lengths probed in turn is read, but marked as
 * not chosen, so a verdict is not "no at the context you set" for a length nobody set.
 */
class ContextChosenFormsTest {

    private static Question parse(String text) {
        return Parsers.PARSER.parse(text);
    }

    @Test
    void aLengthOnlyAProgramPrintedIsReadButNotChosen() {
        for (String text : List.of(
                // vLLM's start-up dump behind a container's name (GLM-4 #19)
                "vllm 启动报OOM，A30 24G\nvllm_server-1  | INFO 06-05 14:36:55 llm_engine.py:103] Initializing an LLM engine (v0.4.2) with config: "
                        + "model='/models/glm', dtype=torch.bfloat16, max_seq_len=131072, tensor_parallel_size=1",
                "OOM on my 3090 with qwen2.5 7b\nINFO 01-23 07:32:42 engine.py:200] Initializing with config: max_model_len=131072",
                "qwen2.5 7b on a 4090 fails:\nValueError: The model's max seq len (131072) is larger than the maximum number of tokens that can be stored in KV cache (41520)",
                "llama 3 8b on a 3060 12GB is slow\nllama_new_context_with_model: n_ctx      = 131072")) {
            Question q = parse(text);
            assertThat(q.context()).as(text).isEqualTo(131072);
            assertThat(q.contextNotChosen()).as(text).isTrue();
        }
    }

    @Test
    void severalLengthsProbedInTurnAreNotChosen() {
        // given a deployer's probes down from 256K (kaiwu #15), then the first is read and none is chosen
        Question q = parse("2x RTX 3090, Qwen3 30B-A3B Q5_K_M\nProbe 1: ctx=256K ... OOM\nProbe 2: ctx=128K ... OOM\nProbe 3: ctx=64K ... OOM\n"
                + "Probe 4: ctx=8K ... OOM");
        assertThat(q.context()).isEqualTo(262144);
        assertThat(q.contextNotChosen()).isTrue();
    }

    @Test
    void aLengthThePersonWroteIsChosenEvenWhereALogRepeatsIt() {
        for (String text : List.of(
                "vllm serve qwen2.5 7b --max-model-len 32768 on my 4090 runs out of memory",
                "I set the context to 32k on my 3090 with qwen2.5 14b and it OOMs",
                // the flag in their command, the same length printed again by the engine
                "vllm serve qwen2.5 7b --max-model-len 32768\nINFO 01-23 07:32:42 engine.py:200] Initializing with config: max_seq_len=32768",
                // written ahead of a pasted error on the same line
                "4x A100 40GB, vllm serving Qwen-72B-Chat with max_model_len 32768: ValueError: No available memory for the cache blocks.",
                // two lengths compared are no probe series
                "qwen2.5 14b on a 4090: 8k context works, 32k context OOMs")) {
            Question q = parse(text);
            assertThat(q.context()).as(text).isNotNull();
            assertThat(q.contextNotChosen()).as(text).isFalse();
        }
    }
}
