package dev.llmadvisor.rules;

import dev.llmadvisor.facts.CaseFigures;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.logs.LogReader;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures a diagnosis' fix is written with are the person's own: the max_memory example in their cards' size, the
 * GPU layers that fit their card, the context setting of the program they run, and no claim about how they started it
 * that their words or log do not show.
 */
class FixInTheirTermsTest {

    @Test
    void givenTwo8GbCardsThenTheMaxMemoryExampleFitsThem() {
        String en = CaseFigures.of(LogFacts.NONE, DiagnosisRulesTest.setup(Engine.TRANSFORMERS, "oom", "2gpus"), null, null, null, Lang.EN, 16, 2, 0).get("splitFix");
        assertThat(en).contains("6GiB on GPU 0, 7GiB on GPU 1").doesNotContain("24GiB");
        String zh = CaseFigures.of(LogFacts.NONE, DiagnosisRulesTest.setup(Engine.TRANSFORMERS, "oom", "2gpus"), null, null, null, Lang.ZH, 96, 2, 0).get("unevenFix");
        assertThat(zh).contains("0 号卡 38GiB、1 号卡 43GiB");
    }

    @Test
    void givenAProgramOfItsOwnThenTheContextFixIsItsOwnSettingNotOllamas() {
        String fix = CaseFigures.of(LogFacts.NONE, DiagnosisRulesTest.setup(Engine.OTHER, "oom"), null, null, null, Lang.EN, 40, 1, 0).get("contextFix");
        assertThat(fix).contains("program's own setting").doesNotContain("num_ctx").doesNotContain("OLLAMA_KV_CACHE_TYPE");
        // no engine named at all keeps the common engines' settings
        assertThat(CaseFigures.of(LogFacts.NONE, DiagnosisRulesTest.setup(null, "oom"), null, null, null, Lang.EN, 40, 1, 0).get("contextFix"))
                .contains("num_ctx", "OLLAMA_KV_CACHE_TYPE");
    }

    @Test
    void givenAServingEngineThenTheShardingIsItsOwnFlagOnly() {
        // given TGI on two cards, then --num-shard alone; given vLLM, then --tensor-parallel-size alone; given none, both
        assertThat(CaseFigures.of(LogFacts.NONE, DiagnosisRulesTest.setup(Engine.TGI, "oom", "2gpus"), null, null, null, Lang.EN, 48, 2, 24).get("shardFix"))
                .isEqualTo("--num-shard 2 with TGI");
        assertThat(CaseFigures.of(LogFacts.NONE, DiagnosisRulesTest.setup(Engine.VLLM, "oom", "2gpus"), null, null, null, Lang.ZH, 48, 2, 24).get("shardFix"))
                .contains("--tensor-parallel-size 2").doesNotContain("--num-shard");
        assertThat(CaseFigures.of(LogFacts.NONE, DiagnosisRulesTest.setup(null, "oom", "2gpus"), null, null, null, Lang.EN, 48, 2, 24).get("shardFix"))
                .contains("--tensor-parallel-size 2", "--num-shard 2");
    }

    @Test
    void givenNoLogOfTheTensorParallelSizeThenTheLoadOnOneCardIsSaidAsACondition() {
        assertThat(CaseFigures.of(LogFacts.NONE, DiagnosisRulesTest.setup(Engine.VLLM, "oom", "2gpus"), null, null, null, Lang.EN, 48, 2, 0).get("loadedOnOne"))
                .startsWith("unless it is started with tensor parallelism");
        LogFacts tp1 = LogReader.read("vllm serve Qwen/Qwen2.5-72B-Instruct-AWQ --tensor-parallel-size 1\ntorch.OutOfMemoryError: CUDA out of memory.");
        assertThat(tp1.tensorParallel()).isEqualTo(1);
        assertThat(CaseFigures.of(tp1, DiagnosisRulesTest.setup(Engine.VLLM, "oom", "2gpus"), null, null, null, Lang.ZH, 48, 2, 0).get("loadedOnOne"))
                .startsWith("它是以张量并行大小 1 启动的");
    }

    @Test
    void givenAnOldLlamaCppRunWithoutNglOfAModelLargerThanTheCardThenTheFixPutsTheLayersThatFit() {
        LogFacts log = LogReader.read("""
                ./main -m /model/llama-65b/ggml-model-q8_0.bin -n 128 -p 'who is elon musk?'
                main: build = 681 (a09f919)
                ggml_init_cublas: found 1 CUDA devices:
                llama_model_load_internal: offloaded 0/83 layers to GPU
                """);
        var focus = Given.candidate("llama-65b", 65, WeightFormat.Q8_0).file(69).vram(24).placement(Placement.OFFLOAD).layers(26, 80).build();
        String fix = CaseFigures.of(log, DiagnosisRulesTest.setup(Engine.LLAMA_CPP, "gpuNotUsed", "focus"), focus, null, Platform.NVIDIA, Lang.EN, 24, 1, 0).get("gpuFix");
        assertThat(fix).contains("-ngl 26", "26 of 80", "n_gpu_layers=26").doesNotContain("-ngl 99");
        // a model that fits is still told to put every layer there
        var whole = DiagnosisRulesTest.candidate("llama-7b", WeightFormat.Q4_K_M, Placement.GPU, 4, 5.5, 24);
        assertThat(CaseFigures.of(log, DiagnosisRulesTest.setup(Engine.LLAMA_CPP, "gpuNotUsed", "focus"), whole, null, Platform.NVIDIA, Lang.EN, 24, 1, 0).get("gpuFix"))
                .contains("-ngl 99");
    }
}
