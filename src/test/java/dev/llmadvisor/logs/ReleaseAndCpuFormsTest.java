package dev.llmadvisor.logs;

import dev.llmadvisor.facts.Report;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two grammars of {@link ProseHints}, each in generated English and Chinese forms with their near misses: an older
 * release of the engine that works where the new one fails, or an update told with its releases (both read as "it worked
 * before the update"), and the whole model
 * said to run on the CPU (read as the GPU not used). Through the whole pipeline, a build with no kernels for the card
 * where an older release runs on it is a regression ("other"), and without an older release named it stays the
 * unsupported card it is.
 */
class ReleaseAndCpuFormsTest {

    private static final List<String> RELEASES = List.of("v0.10.1", "0.5.7", "b4500", "v1.2", "0.3.13");
    private static final List<String> ENGINES = List.of("ollama", "llama.cpp", "LM Studio", "vLLM", "koboldcpp");

    /** Forms that name an older release as working; {r} a release, {e} an engine. */
    private static final List<String> OLDER_WORKS = List.of(
            "The older version {r} still works on the same machine.",
            "The previous release of {e} runs fine, the new one crashes.",
            "It works fine with the previous version of {e}.",
            "It worked on {r} without any problem.",
            "Error shows up with the new {e}; w/ {r} not",
            "Error shows up with the new {e}; with {r} not.",
            "Solution by downgrading to {r}.",
            "I fixed it by rolling back to {r}.",
            "Downgrading {e} to {r} solved it.",
            "Reverting to the previous build fixed the crash.",
            "The earlier build ({r}) has no problems.",
            "I did a git pull, rebuilt {e} and now it fails.",
            "旧版本 {r} 可以正常用。",
            "之前的版本没问题，新版 {e} 报错。",
            "回退到 {r} 就好了。",
            "把 {e} 降级到 {r} 后解决了。");

    /** Near misses: no older release of the engine is said to work. */
    private static final List<String> NO_OLDER = List.of(
            "It crashes after 2.5 seconds of generation.",
            "It works on 4.5 GB of VRAM but slowly.",
            "The older version of the model works, the new quant does not.",
            "With {r} not much changed in speed but it runs.",
            "It reverts to the CPU and works slowly.",
            "Does the previous version of the model need less memory?",
            "我用的是 {e} {r}，加载不了。");

    @Test
    void anOlderReleaseThatWorksIsReadAsAnUpdate() {
        for (String f : OLDER_WORKS)
            for (String r : RELEASES)
                for (String e : ENGINES) {
                    String t = f.replace("{r}", r).replace("{e}", e);
                    assertThat(ProseHints.of(t).afterUpdate()).as(t).isTrue();
                }
        for (String f : NO_OLDER)
            for (String r : RELEASES) {
                String t = f.replace("{r}", r).replace("{e}", "ollama");
                assertThat(ProseHints.of(t).afterUpdate()).as(t).isFalse();
            }
    }

    /** An update told with its releases; {r} and {n} releases, {e} an engine. */
    private static final List<String> UPDATE_TOLD = List.of(
            "30X slowdown from {r} to {n}",
            "It broke when I went from version {r} to version {n}.",
            "After moving {e} from {r}B8 to {n} the load fails.",
            "I updated {e} to {n} and now it runs out of memory.",
            "Yesterday I upgraded to {n}, since then it is slow.",
            "I upgraded {e} to version {n}.",
            "再更新了 {e} 的版本后，chat 命令炸显存",
            "更新了{e}之后就跑不起来了",
            "升级了驱动和 {e} 以后速度变慢");

    /** Near misses: a suggestion, figures that are no releases, and the 后 of 然后 and 后台. */
    private static final List<String> NO_UPDATE_TOLD = List.of(
            "Should I try upgrading {e} to {n}?",
            "Speed went from 20.5 to 30.1 tokens/s with -fa.",
            "It uses from 4.5 to 8 GB of VRAM depending on the context.",
            "我更新了驱动然后还是不行",
            "更新了配置，在后台运行 {e}");

    @Test
    void anUpdateToldWithItsReleasesIsReadAsAnUpdate() {
        for (String r : RELEASES)
            for (String e : ENGINES) {
                for (String f : UPDATE_TOLD) {
                    String t = f.replace("{r}", r).replace("{n}", "0.9.12").replace("{e}", e);
                    assertThat(ProseHints.of(t).afterUpdate()).as(t).isTrue();
                }
                for (String f : NO_UPDATE_TOLD) {
                    String t = f.replace("{r}", r).replace("{n}", "0.9.12").replace("{e}", e);
                    assertThat(ProseHints.of(t).afterUpdate()).as(t).isFalse();
                }
            }
    }

    /** Forms that put the whole model on the CPU; {e} an engine. */
    private static final List<String> WHOLLY_CPU = List.of(
            "{e} is only using cpu even with the gpu found",
            "{e} only uses the CPU although my RTX 3060 is detected",
            "it runs entirely on the CPU, my RTX 4070 does nothing",
            "the model is solely running on CPU",
            "{e} uses the CPU only, not my 3090",
            "it keeps running on the CPU instead",
            "{e} is using only the cpu",
            "{e} defaults to CPU even though CUDA is installed",
            "after loading it switched to the CPU",
            "{e} 只用 CPU，显卡是 4090",
            "模型全部在CPU上跑",
            "用的是CPU推理，显卡没动",
            "{e} 跑在CPU上，速度很慢",
            "都是CPU在跑，GPU 一点没用");

    /** Near misses: a split, the CPU's usage, a CPU-only machine, or a question about running on the CPU. */
    private static final List<String> NOT_WHOLLY_CPU = List.of(
            "{e} puts 20 layers on the CPU and the rest on the GPU",
            "CPU usage is at 100% while it generates",
            "I have no GPU, {e} runs on a cpu only machine",
            "只用CPU能跑吗？",
            "用CPU跑可以吗",
            "{e} offloads some layers to the CPU");

    @Test
    void theWholeModelOnTheCpuIsTheGpuNotUsed() {
        for (String f : WHOLLY_CPU)
            for (String e : ENGINES) {
                String t = f.replace("{e}", e);
                assertThat(ProseHints.of(t).symptoms()).as(t).contains(Report.Symptom.GPU_NOT_USED);
            }
        for (String f : NOT_WHOLLY_CPU)
            for (String e : ENGINES) {
                String t = f.replace("{e}", e);
                assertThat(ProseHints.of(t).symptoms()).as(t).doesNotContain(Report.Symptom.GPU_NOT_USED);
            }
    }

    /** "No kernel" lines as CUDA, ggml and ROCm print them, with other cards and paths than the corpus'. */
    private static final List<String> NO_KERNELS = List.of(
            "ggml_cuda_compute_forward: MUL_MAT failed\nCUDA error: no kernel image is available for execution on the device\n  current device: 0, in function ggml_cuda_compute_forward at /src/ggml-cuda.cu:2401",
            "RuntimeError: CUDA error: no kernel image is available for execution on the device",
            "CUDA error 98 at ggml-cuda.cu:1290: invalid device function");

    @Test
    void noKernelsWhereAnOlderReleaseRunsIsARegression() {
        List<String> texts = new ArrayList<>();
        for (String k : NO_KERNELS) {
            texts.add("After the update to 0.11.4 my GTX 1070 fails:\n" + k + "\nThe older version v0.10.1 still works.");
            texts.add("GTX 1080 Ti, ollama 0.11.8:\n" + k + "\nSolution by downgrading to 0.10.1.");
            texts.add("Quadro P4000 上新版报错：\n" + k + "\n回退到 0.10.1 就好了。");
        }
        for (String t : texts) assertThat(RealAdvisors.diagnosedCause(t)).as(t).isEqualTo("other");
        // no older release named: the build has no code for the card
        for (String k : NO_KERNELS)
            assertThat(RealAdvisors.diagnosedCause("Tesla K80 with llama.cpp:\n" + k)).as(k).isEqualTo("unsupported_hardware");
    }
}
