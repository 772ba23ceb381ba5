package dev.llmadvisor.sizing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The shown speed range never promises more than the memory bandwidth allows. */
class SpeedModelTest {

    private static final SpeedModel.Params P = SpeedModel.FITTED;

    @Test
    void givenCpuReadsTheHighEndStopsAtTheBandwidthCeiling() {
        // 4.6 GB per token from 60 GB/s of RAM: 13.0 tok/s at most; the fitted ratio alone would say 0.691 x 1.80 of it.
        List<SpeedModel.Share> cpu = List.of(new SpeedModel.Share(SpeedModel.Kind.CPU, 60, 4_600_000_000L, 32));
        double point = SpeedModel.perSecond(SpeedModel.seconds(cpu, SpeedModel.Runtime.LLAMA_CPP, P));
        assertThat(point * P.ratioHigh()).isGreaterThan(60 / 4.6);
        assertThat(SpeedModel.high(point, SpeedModel.ceiling(cpu), P)).isCloseTo(60 / 4.6, within(1e-9));
    }

    @Test
    void givenReadsOnTwoDevicesTheCeilingAddsTheirReadTimes() {
        List<SpeedModel.Share> split = List.of(
                new SpeedModel.Share(SpeedModel.Kind.CUDA, 936, 9_360_000_000L, 40),
                new SpeedModel.Share(SpeedModel.Kind.CPU, 60, 600_000_000L, 4));
        assertThat(SpeedModel.ceiling(split)).isCloseTo(1 / (0.01 + 0.01), within(1e-9));
        assertThat(SpeedModel.ceiling(List.of())).isInfinite();
    }

    @Test
    void givenTensorParallelGpusTheCeilingReadsEachGpusShareAtOnce() {
        SpeedModel.Share whole = new SpeedModel.Share(SpeedModel.Kind.CUDA, 1000, 40_000_000_000L, 80);
        assertThat(SpeedModel.tensorParallelCeiling(whole, 4)).isCloseTo(100, within(1e-9));
        double point = SpeedModel.perSecond(SpeedModel.tensorParallelSeconds(whole, 4, SpeedModel.Runtime.VLLM, P));
        assertThat(SpeedModel.high(point, SpeedModel.tensorParallelCeiling(whole, 4), P)).isLessThanOrEqualTo(100);
    }

    @Test
    void givenAModelOnTheCpuTheSizersRangeStaysUnderWhatTheRamCanRead() {
        ModelSpec m = ModelSpec.of("llama3-8b", Archs.llama3_8b(), WeightFormat.Q4_K_M);
        Hardware cpuOnly = Hardware.of(List.of(), Units.gib(32));
        Estimate e = Sizer.estimate(m, RunConfig.of(4096), cpuOnly);
        double fileRead = cpuOnly.ramBandwidthGBs() * 1e9 / m.profile().fileBytes();
        // a token reads the file less its embedding table (one row of it): about 6 % less than the file; without the
        // ceiling the high end would be 0.691 x 1.80 of that, about 1.3x fileRead
        assertThat(e.speed().highTokensPerSecond()).isPositive().isLessThanOrEqualTo(1.1 * fileRead);
        assertThat(e.speed().lowTokensPerSecond()).isLessThan(e.speed().highTokensPerSecond());
    }
}
