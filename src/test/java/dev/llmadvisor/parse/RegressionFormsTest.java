package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a text, then it tells a run that worked with an earlier version or before an update, or it does not. */
class RegressionFormsTest {

    private static final List<String> VERSIONS = List.of("v0", "the V0 engine", "0.6.3", "v0.10.1", "the previous version",
            "an older release", "the old build");
    private static final List<String> WORKED = List.of("works on", "worked fine with", "ok in", "it ran in", "no OOM in",
            "loads fine under");

    @Test
    void aWorkingVerbWithAVersionAsItsPlaceIsARegression() {
        for (String w : WORKED) {
            for (String v : VERSIONS) {
                String t = "Out of memory with Qwen2.5 32B, but it " + w + " " + v + ".";
                assertThat(RegressionForms.told(t)).as(t).isTrue();
            }
        }
    }

    @Test
    void anUpdateOrAHabitualPastIsARegression() {
        for (String t : List.of("After upgrading to 0.8.3 every model goes OOM", "Since the update I get CUDA out of memory",
                "after I updated vllm it no longer loads", "This used to work on my 4090", "It was fine before, now OOM",
                "Memory regression: llama 3 8B no longer fits", "更新了lmdeploy的版本后就炸显存了", "升级到0.6之后显存不够",
                "之前的版本可以正常运行，现在OOM", "我在使用0.1.0版本的时候只用14G显存就足够了", "旧版本没问题，新版本爆显存")) {
            assertThat(RegressionForms.told(t)).as(t).isTrue();
        }
    }

    @Test
    void goingBackToAnEarlierReleaseAsTheFixIsARegression() {
        for (String t : List.of("Everything's good when rolling back to 0.14.2", "It works again after downgrading.",
                "Fast again once I reverted", "Rolling back to v0.5.7 fixed it", "downgraded to the previous version solved it")) {
            assertThat(RegressionForms.told(t)).as(t).isTrue();
        }
        // going back tried, or planned, with nothing fixed
        for (String t : List.of("I tried rolling back to 0.14.2, same problem", "Should I downgrade to 0.5.7?",
                "Rolling back to 0.14.2 did not help")) {
            assertThat(RegressionForms.told(t)).as(t).isFalse();
        }
    }

    @Test
    void sizesOtherEnginesAndPlainFailuresAreNot() {
        for (String t : List.of("It runs on 2.5 GB of VRAM", "works with 1.5B models", "OOM with vLLM but working with FastChat",
                "It runs on my 4090", "CUDA out of memory when loading qwen2.5 72b", "I want to update my GPU driver",
                "显存不够，报错 out of memory", "在4090上可以运行", "runs in 8 GB", "works in 2.5x the time")) {
            assertThat(RegressionForms.told(t)).as(t).isFalse();
        }
    }
}
