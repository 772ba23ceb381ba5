package dev.llmadvisor.sizing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The CPU compute buffer against a real llama.cpp (b10257, CPU build): rows of eval/accuracy/llamacpp-probe.csv,
 * `sched_reserve: CPU compute buffer size` for zero-weight GGUF files of these shapes.
 */
class CpuComputeTest {

    @ParameterizedTest(name = "{0} ctx {1} ub {2} fa {3}: {4} MiB")
    @CsvSource({
            "llama3-8b, 4096, 512, false, 308.01",
            "llama3-8b, 16384, 512, false, 1100.01",
            "llama3-8b, 4096, 512, true, 266.50",
            "llama3-8b, 4096, 2048, false, 1232.04",
            "llama3-8b, 16384, 128, false, 275.00",
            "gemma3-12b, 4096, 512, false, 534.63",
            "gemma3-12b, 16384, 512, false, 601.51",
            "gemma3-12b, 4096, 512, true, 527.13",
            "qwen3-30b-a3b, 16384, 512, false, 1086.01",
    })
    void matchesRealLlamaCpp(String model, int ctx, int ubatch, boolean fa, double mib) {
        ModelArch a = switch (model) {
            case "llama3-8b" -> Archs.llama3_8b();
            case "gemma3-12b" -> Archs.gemma3_12b();
            default -> Archs.qwen3_30b_a3b();
        };
        RunConfig run = new RunConfig(ctx, 2048, ubatch, 1, KvCacheType.F16, fa);
        Estimate e = Sizer.place(ModelSpec.of(model, a, WeightFormat.Q4_K_M), run, Hardware.of(List.of(), Units.gib(64)), 0, 0);
        assertThat(Units.toMib(e.computeBytes())).isCloseTo(mib, within(mib * 0.03));
    }
}
