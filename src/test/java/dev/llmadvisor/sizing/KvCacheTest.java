package dev.llmadvisor.sizing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KvCacheTest {

    private static final WeightFormat.Engine LLAMA = WeightFormat.Engine.LLAMA_CPP;

    @Test
    void llama3At8kIs1GiBInF16() {
        // 32 layers x 8192 cells x 8 KV heads x 128 dims x 2 (K and V) x 2 bytes.
        assertThat(KvCache.totalBytes(Archs.llama3_8b(), RunConfig.of(8192), LLAMA)).isEqualTo(Units.mib(1024));
    }

    @Test
    void quantizedCachesPayForTheirBlockScales() {
        RunConfig q8 = RunConfig.of(8192).withKvType(KvCacheType.Q8_0);
        RunConfig q4 = RunConfig.of(8192).withKvType(KvCacheType.Q4_0);
        assertThat(KvCache.totalBytes(Archs.llama3_8b(), q8, LLAMA)).isEqualTo(Units.mib(544));
        assertThat(KvCache.totalBytes(Archs.llama3_8b(), q4, LLAMA)).isEqualTo(Units.mib(288));
    }

    @Test
    void eachSequenceGetsItsOwnStreamPaddedTo256Cells() {
        assertThat(KvCache.fullCells(RunConfig.of(8000), LLAMA)).isEqualTo(8192);
        // 4 sequences of 1000 tokens: 4 streams of 1024 cells (llama.cpp -c 4000 -np 4 pads each to 1024).
        RunConfig four = RunConfig.of(1000).withParallel(4);
        assertThat(KvCache.fullCells(four, LLAMA)).isEqualTo(1024);
        assertThat(KvCache.totalBytes(Archs.llama3_8b(), four, LLAMA)).isEqualTo(Units.mib(512));
    }

    @Test
    void slidingWindowLayersHoldWindowPlusUbatch() {
        ModelArch g = Archs.gemma3_12b();
        RunConfig run = RunConfig.of(32768);
        assertThat(KvCache.slidingCells(g, run, LLAMA)).isEqualTo(1536);
        assertThat(g.isSlidingLayer(0)).isTrue();
        assertThat(g.isSlidingLayer(5)).isFalse();
        // 8 global layers at 32768 cells + 40 window layers at 1536 cells, 8 heads x 256 dims, K+V, f16.
        long expected = (8L * 32768 + 40L * 1536) * 8 * 256 * 2 * 2;
        assertThat(KvCache.totalBytes(g, run, LLAMA)).isEqualTo(expected);
    }

    @Test
    void deepSeekMlaCachesOneLatentRowAndNoV() {
        // Real llama.cpp b10257: DeepSeek-V2-Lite at 16384 holds 16384 x 27 x 576 x 2 bytes (eval/accuracy/llamacpp-probe.md).
        ModelArch d = Archs.deepseekV3();
        assertThat(d.kvWidthK(0)).isEqualTo(576);
        assertThat(d.kvWidthV(0)).isZero();
        assertThat(KvCache.totalBytes(d, RunConfig.of(4096), LLAMA)).isEqualTo(61L * 4096 * 576 * 2);
    }

    @Test
    void slidingWindowCacheGrowsWithParallelSequences() {
        // Gemma-3-12B with 4 sequences in 4096 tokens: each stream keeps its own 1536-cell window cache.
        RunConfig four = RunConfig.of(1024).withParallel(4);
        assertThat(KvCache.slidingCells(Archs.gemma3_12b(), four, LLAMA)).isEqualTo(1024);
        assertThat(KvCache.slidingCells(Archs.gemma3_12b(), RunConfig.of(4096), LLAMA)).isEqualTo(1536);
    }
}
