package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.GpuEntry;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The format-support table against every NVIDIA card of the catalog: a card falls short exactly when its compute
 * capability is below the row's minimum, for every format and runtime the table has a row for, and never otherwise.
 */
class FormatSupportTest {

    private static final List<GpuEntry> NVIDIA = Knowledge.load(Path.of("knowledge")).gpus().all().stream()
            .filter(g -> g.computeCapabilityValue() > 0).toList();

    @Test
    void everyCatalogCardFallsShortExactlyBelowTheRowsMinimum() {
        assertThat(NVIDIA).hasSizeGreaterThan(50);
        int shortfalls = 0;
        for (FormatSupport.Requirement r : FormatSupport.TABLE) {
            List<String> runtimes = r.runtimes().isEmpty() ? List.of("vllm", "sglang", "tgi", "transformers") : List.copyOf(r.runtimes());
            for (String runtime : runtimes) {
                for (GpuEntry g : NVIDIA) {
                    double cc = g.computeCapabilityValue();
                    var s = FormatSupport.of(r.format(), runtime, g.name(), cc);
                    double need = FormatSupport.requirement(r.format(), runtime).orElseThrow().minCc();
                    assertThat(s.isPresent()).as(g.name() + " " + cc + " " + r.format() + " on " + runtime).isEqualTo(cc < need);
                    if (s.isPresent()) {
                        shortfalls++;
                        assertThat(s.get().have()).isEqualTo(cc);
                        assertThat(s.get().gpu()).isEqualTo(g.name());
                    }
                }
            }
        }
        assertThat(shortfalls).isPositive();
    }

    @Test
    void theFiguresFollowThePublishedSources() {
        // vLLM's table: AWQ not on Volta (7.0), on Turing (7.5); FP8 W8A8 on Ada (8.9) and Hopper, not Ampere
        assertThat(FormatSupport.of(WeightFormat.AWQ_INT4, "vllm", "Tesla V100", 7.0)).isPresent();
        assertThat(FormatSupport.of(WeightFormat.AWQ_INT4, "vllm", "Tesla T4", 7.5)).isEmpty();
        assertThat(FormatSupport.of(WeightFormat.FP8, "vllm", "GeForce RTX 3090", 8.6)).isPresent();
        assertThat(FormatSupport.of(WeightFormat.FP8, null, "A100", 8.0)).isPresent();
        assertThat(FormatSupport.of(WeightFormat.FP8, "sglang", "GeForce RTX 4090", 8.9)).isEmpty();
        assertThat(FormatSupport.of(WeightFormat.FP8, "vllm", "H100", 9.0)).isEmpty();
        // MXFP4 (gpt-oss) needs 8.0 in vLLM and SGLang; bfloat16 asked for needs 8.0 there
        assertThat(FormatSupport.of(WeightFormat.MXFP4, "vllm", "Tesla T4", 7.5)).isPresent();
        assertThat(FormatSupport.of(WeightFormat.MXFP4, "sglang", "A10G", 8.6)).isEmpty();
        assertThat(FormatSupport.of(WeightFormat.BF16, "vllm", "Tesla V100", 7.0)).isPresent();
        // LMDeploy's 4-bit kernels: Turing and newer
        assertThat(FormatSupport.of(WeightFormat.AWQ_INT4, "lmdeploy", "Tesla V100", 7.0)).isPresent();
        assertThat(FormatSupport.of(WeightFormat.GPTQ_INT4, "lmdeploy", "GeForce RTX 2080 Ti", 7.5)).isEmpty();
    }

    @Test
    void noRowNoShortfall() {
        // GGUF formats run on every card the engine runs on; GPTQ in vLLM runs on Volta; bf16 in transformers is cast
        for (WeightFormat f : List.of(WeightFormat.Q4_K_M, WeightFormat.Q8_0, WeightFormat.F16)) {
            assertThat(FormatSupport.of(f, "llama.cpp", "GeForce GTX 1080", 6.1)).isEmpty();
        }
        assertThat(FormatSupport.of(WeightFormat.GPTQ_INT4, "vllm", "Tesla V100", 7.0)).isEmpty();
        assertThat(FormatSupport.of(WeightFormat.BF16, "transformers", "Tesla V100", 7.0)).isEmpty();
        assertThat(FormatSupport.of(WeightFormat.AWQ_INT4, "vllm", "a card the catalog does not know", 0)).isEmpty();
        assertThat(FormatSupport.of(null, "vllm", "Tesla V100", 7.0)).isEmpty();
    }

    @Test
    void theRuntimeIsTheEngineElseTheServingEngineTheTextNames() {
        assertThat(FormatSupport.runtimeOf(Engine.VLLM, "anything")).isEqualTo("vllm");
        assertThat(FormatSupport.runtimeOf(Engine.OTHER, "lmdeploy serve api_server x --backend turbomind")).isEqualTo("lmdeploy");
        assertThat(FormatSupport.runtimeOf(null, "用 TurboMind 推理")).isEqualTo("lmdeploy");
        assertThat(FormatSupport.runtimeOf(null, "no engine here")).isNull();
    }
}
