package dev.llmadvisor.sizing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SizerTest {

    private static Device gpu(String name, double gib, double bw) {
        return Device.gpu(name, Device.Backend.CUDA, gib, bw);
    }

    private static Hardware machine(double ramGib, Device... gpus) {
        return Hardware.of(List.of(gpus), Units.gib(ramGib));
    }

    private static double mib(long bytes) { return Units.toMib(bytes); }

    /**
     * Llama 3 8B Q4_K_M fully offloaded at 8192 context, as llama.cpp logs it: CPU model buffer 281.81 MiB
     * (token embedding), CUDA0 4403.50 MiB, KV 1024 MiB, compute 560.00 MiB without flash attention.
     */
    @Test
    void llama3FullOffloadMatchesLlamaCppBuffers() {
        ModelSpec m = ModelSpec.of("llama3-8b", Archs.llama3_8b(), WeightFormat.Q4_K_M);
        Estimate e = Sizer.place(m, RunConfig.of(8192).withFlashAttention(false), machine(32, gpu("4090", 24, 1008)), 99, 0);
        Estimate.DeviceUse gpu = e.devices().get(0);
        Estimate.DeviceUse host = e.devices().get(1);
        assertThat(mib(gpu.weights())).isCloseTo(4403.5, within(0.5));
        assertThat(mib(host.weights())).isCloseTo(281.81, within(0.05));
        assertThat(mib(gpu.kv())).isEqualTo(1024.0);
        assertThat(mib(gpu.compute())).isCloseTo(560.0, within(560 * 0.05));
        assertThat(e.placement()).isEqualTo(Placement.GPU);
        assertThat(e.gpuLayers()).isEqualTo(33);
    }

    /**
     * Without flash attention the f32 KQ scores (heads x cells x ubatch) grow with the context: llama.cpp logs
     * "CUDA0 compute buffer size = 2144.00 MiB" at n_ctx 32768, n_ubatch 512, flash_attn 0 for a 32-head, 4096-wide model
     * with 1024-wide K and V (its KV buffer 4096.00 MiB), https://github.com/fedora-copr/logdetective/pull/106.
     */
    @Test
    void theKqScoresGrowWithTheContextAsLlamaCppLogsThem() {
        ModelSpec m = ModelSpec.of("llama3-8b", Archs.llama3_8b(), WeightFormat.Q4_K_M);
        Estimate e = Sizer.place(m, RunConfig.of(32768).withFlashAttention(false), machine(32, gpu("4090", 24, 1008)), 99, 0);
        assertThat(mib(e.devices().get(0).kv())).isEqualTo(4096.0);
        assertThat(mib(e.devices().get(0).compute())).isCloseTo(2144.0, within(2144 * 0.02));
    }

    @Test
    void flashAttentionDropsTheKqMatrixSoLogitsDominate() {
        ModelSpec m = ModelSpec.of("llama3-8b", Archs.llama3_8b(), WeightFormat.Q4_K_M);
        Estimate on = Sizer.place(m, RunConfig.of(8192), machine(32, gpu("4090", 24, 1008)), 99, 0);
        // 128256 vocab x 512 ubatch x 4 bytes = 250.5 MiB of logits.
        assertThat(mib(on.devices().get(0).compute())).isBetween(250.5, 270.0);
    }

    @Test
    void seventyBillionQ4SplitsAcrossTwo24GbCards() {
        ModelSpec m = ModelSpec.of("llama3-70b", Archs.llama3_70b(), WeightFormat.Q4_K_M);
        Estimate e = Sizer.estimate(m, RunConfig.of(8192), machine(64, gpu("3090 #1", 24, 936), gpu("3090 #2", 24, 936)));
        assertThat(e.placement()).isEqualTo(Placement.MULTI_GPU);
        assertThat(e.devices().get(0).layers() + e.devices().get(1).layers()).isEqualTo(80);
        for (Estimate.DeviceUse d : e.devices()) if (!d.isHost()) assertThat(d.total()).isLessThanOrEqualTo(d.capacity());
    }

    @Test
    void seventyBillionOnOneCardOffloadsLayersToRam() {
        ModelSpec m = ModelSpec.of("llama3-70b", Archs.llama3_70b(), WeightFormat.Q4_K_M);
        Estimate e = Sizer.estimate(m, RunConfig.of(8192), machine(64, gpu("4090", 24, 1008)));
        assertThat(e.placement()).isEqualTo(Placement.OFFLOAD);
        assertThat(e.gpuLayers()).isBetween(30, 50);
        assertThat(e.ramBytes()).isGreaterThan(Units.gib(15));
        // Layers in RAM make it several times slower than the GPU alone would be.
        assertThat(e.speed().highTokensPerSecond()).isLessThan(10);
    }

    @Test
    void moeKeepsExpertsInRamBeforeGivingUpLayers() {
        ModelSpec m = ModelSpec.of("qwen3-30b-a3b", Archs.qwen3_30b_a3b(), WeightFormat.Q4_K_M);
        Estimate e = Sizer.estimate(m, RunConfig.of(8192), machine(32, gpu("4060", 8, 272)));
        assertThat(e.placement()).isEqualTo(Placement.OFFLOAD);
        assertThat(e.expertsInRam()).isTrue();
        assertThat(e.gpuLayers()).isEqualTo(49);
        // MoE reads only the active experts: faster than a dense model of the same file size in RAM.
        assertThat(e.weights().activeParameters() / 1e9).isCloseTo(3.3, within(0.2));
        assertThat(e.weights().parameters() / 1e9).isCloseTo(30.5, within(0.2));
    }

    @Test
    void nothingFitsWhenRamIsTooSmallToo() {
        ModelSpec m = ModelSpec.of("llama3-70b", Archs.llama3_70b(), WeightFormat.Q8_0);
        Estimate e = Sizer.estimate(m, RunConfig.of(4096), machine(16, gpu("4060", 8, 272)));
        assertThat(e.placement()).isEqualTo(Placement.NONE);
    }

    @Test
    void cpuOnlyRunsEverythingFromRam() {
        ModelSpec m = ModelSpec.of("llama3-8b", Archs.llama3_8b(), WeightFormat.Q4_K_M);
        Estimate e = Sizer.estimate(m, RunConfig.of(4096), Hardware.of(List.of(), Units.gib(32)));
        assertThat(e.placement()).isEqualTo(Placement.CPU);
        assertThat(e.ramBytes()).isGreaterThan(m.tensors().totalBytes());
        // 60 GB/s RAM over ~5 GB per token: a handful of tokens per second, the range around it.
        assertThat(e.speed().expectedTokensPerSecond()).isBetween(5.0, 12.0);
        assertThat(e.speed().lowTokensPerSecond()).isLessThan(e.speed().expectedTokensPerSecond());
        assertThat(e.speed().highTokensPerSecond()).isGreaterThan(e.speed().expectedTokensPerSecond());
    }

    @Test
    void tiedEmbeddingsAreAllocatedTwiceWhenTheHeadIsOffloaded() {
        ModelSpec m = ModelSpec.of("gemma3-12b", Archs.gemma3_12b(), WeightFormat.Q4_K_M);
        Estimate e = Sizer.place(m, RunConfig.of(4096), machine(32, gpu("4090", 24, 1008)), 99, 0);
        assertThat(e.weights().allocated()).isGreaterThan(e.weights().fileBytes());
    }
}
