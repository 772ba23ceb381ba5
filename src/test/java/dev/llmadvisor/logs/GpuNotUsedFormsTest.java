package dev.llmadvisor.logs;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grammar of a GPU said to be left out (GPU_UNUSED_SAID of {@link dev.llmadvisor.parse.GpuNotUsedForms}, read through {@link ProseHints}), in generated English and Chinese forms:
 * a negation and a verb of using before the GPU, the passive with the GPU first, a contrast that puts the work on the CPU,
 * and the Chinese forms; with the near misses it must leave alone (one GPU of several, a first person who chooses not to
 * use one, a question, a machine without a GPU, the memory rather than the card).
 */
class GpuNotUsedFormsTest {

    private static final List<String> SUBJECTS = List.of("it", "ollama", "the model", "llama.cpp", "LM Studio", "the server");
    /** Negations with the verb forms they take: progressive, base, third person. */
    private static final List<List<String>> FORMS = List.of(
            List.of("isn't|wasn't|is not|was not|is not even|isn't actually|are not", "using|utilizing|running on|loading onto|offloading to|touching|leveraging"),
            List.of("doesn't|does not|didn't|did not|won't|doesn't seem to|does not appear to|can't", "use|utilize|utilise|touch|run on|load onto|offload to|leverage"),
            List.of("never|no longer", "uses|utilizes|touches|runs on|loads onto|offloads to|leverages"));
    private static final List<String> GPUS = List.of("gpu", "the GPU", "my GPU", "the graphics card", "my nvidia gpu", "any GPU",
            "the dedicated GPU", "CUDA");

    @Test
    void aNegatedVerbOfUsingBeforeTheGpuIsTheGpuNotUsed() {
        int n = 0;
        for (String s : SUBJECTS)
            for (List<String> form : FORMS)
                for (String neg : form.get(0).split("\\|"))
                    for (String verb : form.get(1).split("\\|"))
                        for (String g : GPUS) {
                            String t = "I noticed that " + s + " " + neg + " " + verb + " " + g + " when I run a 7b model.";
                            assertThat(ProseHints.of(t).symptoms()).as(t).contains(Report.Symptom.GPU_NOT_USED);
                            n++;
                        }
        assertThat(n).isGreaterThan(500);
    }

    @Test
    void thePassiveWithTheGpuFirstIsTheGpuNotUsed() {
        for (String g : List.of("the GPU", "my gpu", "GPU", "the graphics card", "my video card"))
            for (String p : List.of("isn't being utilized", "is not being used", "was never used", "doesn't get used", "does not get utilized",
                    "is not even touched", "wasn't engaged", "not used at all", "has never been used"))
                for (String end : List.of(".", " while the CPU is at 100%.", ", why?")) {
                    String t = "Running qwen2.5:14b, " + g + " " + p + end;
                    assertThat(ProseHints.of(t).symptoms()).as(t).contains(Report.Symptom.GPU_NOT_USED);
                }
    }

    /**
     * The passive of loading: the model, or its layers, said not to be loaded or offloaded onto the GPU ("cannot be loaded
     * into the GPU", "isn't being offloaded to my GPU", 没有加载到显卡); a model that does not fit one card, loaded only in
     * part, or a question about it is left alone.
     */
    @Test
    void thePassiveOfLoadingOntoTheGpuIsTheGpuNotUsed() {
        int n = 0;
        for (String subject : List.of("the gemma2:9b model", "the model", "it", "qwen2.5 7b"))
            for (String neg : List.of("cannot be", "can't be", "could not be", "won't be", "is not", "isn't being", "wasn't", "was never",
                    "doesn't get", "never got", "is not getting", "has not been"))
                for (String verb : List.of("loaded into", "loaded onto", "loaded to", "offloaded to", "offloaded onto"))
                    for (String g : List.of("the GPU", "my GPU", "GPU", "the graphics card", "my nvidia gpu")) {
                        String t = "After updating ollama, " + subject + " " + neg + " " + verb + " " + g + " any more.";
                        assertThat(ProseHints.of(t).symptoms()).as(t).contains(Report.Symptom.GPU_NOT_USED);
                        n++;
                    }
        assertThat(n).isGreaterThan(1000);
        for (String t : List.of("模型没有加载到GPU上", "模型无法被载入显卡", "更新以后加载不到显卡上了", "qwen2.5 没有被加载到显卡", "模型并未加载进GPU"))
            for (String e : List.of("", "，ollama 0.5.7", "（RTX 4060）")) {
                String s = t + e;
                assertThat(ProseHints.of(s).symptoms()).as(s).contains(Report.Symptom.GPU_NOT_USED);
            }
        for (String t : List.of("The 70b model cannot be loaded into a single GPU, so I use two.",
                "It can't be loaded into one GPU, it needs two 3090s.",
                "The model cannot be fully loaded into the GPU, 20 of 33 layers are on it.",
                "The whole model can't be loaded into VRAM, it is 40 GB.",
                "It is loaded into the GPU and runs at 40 tokens/s.",
                "模型能加载到显卡上吗？",
                "70b 无法加载到显存里，显存只有 24G。"))
            assertThat(ProseHints.of(t).symptoms()).as(t).doesNotContain(Report.Symptom.GPU_NOT_USED);
    }

    @Test
    void aContrastThatPutsTheWorkOnTheCpuIsTheGpuNotUsed() {
        for (String c : List.of("but it runs on the CPU", "but actually logs using cpu", "yet it is running on cpu", "but everything runs on the CPU",
                "in fact it uses the CPU", "but it's running on the cpu"))
            for (String lead : List.of("ollama ps shows 100% GPU", "The GPU is detected", "nvidia-smi lists the card")) {
                String t = lead + " " + c + ".";
                assertThat(ProseHints.of(t).symptoms()).as(t).contains(Report.Symptom.GPU_NOT_USED);
            }
    }

    @Test
    void theChineseFormsAreTheGpuNotUsed() {
        for (String t : List.of("运行的时候没有用到显卡", "好像没有调用GPU", "显卡没有被使用，CPU占满了", "GPU并没有参与计算", "模型加载了但是显卡完全没有工作",
                "独显未被调用", "并没有使用GPU进行推理", "GPU根本没有用上", "无法使用mps", "不能调用显卡", "没法使用GPU", "用不了gpu", "用不上显卡", "调用不了显卡",
                "实际使用了cpu而不是gpu", "跑的是CPU而非显卡", "用的cpu却不是gpu"))
            for (String e : List.of("", "，ollama 0.5.7", "（RTX 4060）")) {
                String s = t + e;
                assertThat(ProseHints.of(s).symptoms()).as(s).contains(Report.Symptom.GPU_NOT_USED);
            }
    }

    @Test
    void aMacsGpuByItsBackendAndALoadSaidToSeemLowAreTheGpuNotUsed() {
        for (String g : List.of("mps", "the Metal GPU", "metal"))
            for (String neg : List.of("doesn't use", "is not using", "can't use", "never touches")) {
                String t = "On my M2 the model " + neg + " " + g + ", everything is slow.";
                assertThat(ProseHints.of(t).symptoms()).as(t).contains(Report.Symptom.GPU_NOT_USED);
            }
        for (String load : List.of("GPU usage", "GPU utilization", "GPU load"))
            for (String seems : List.of("seems low", "looks very low", "appears to be quite low", "remains low", "was idle")) {
                String t = "Running a 7b model, " + load + " " + seems + " the whole time.";
                assertThat(ProseHints.of(t).symptoms()).as(t).contains(Report.Symptom.GPU_NOT_USED);
            }
    }

    /**
     * The GPU not detected, as a negated verb of detecting with the card as its object (by a GPU word, its make, or its model
     * number after "my" / "the"), and the Chinese forms (没有识别到, 识别不到, 检测不到); a model or a file not recognized, a
     * number that is no card, and the question whether it is detected are left alone.
     */
    @Test
    void theGpuNotDetectedIsTheGpuNotUsed() {
        for (String subject : List.of("ollama", "llama.cpp", "the vulkan build", "LM Studio"))
            for (String neg : List.of("does not detect", "doesn't recognize", "didn't pick up", "can't find", "fails to detect", "never recognises", "is unable to identify"))
                for (String card : List.of("my 3090", "the GPU", "my RX 7900 XTX", "my nvidia card", "any GPU", "my Arc A770", "the 4060 Ti")) {
                    String t = subject + " " + neg + " " + card + " when running qwen2.5 7b";
                    assertThat(ProseHints.of(t).symptoms()).as(t).contains(Report.Symptom.GPU_NOT_USED);
                }
        for (String t : List.of("编译了vulkan版，但是没有识别到X300", "ollama识别不到显卡", "检测不到GPU，只能用cpu", "未能识别到4090", "没有检测到显卡",
                "llama.cpp找不到我的3090"))
            assertThat(ProseHints.of(t).symptoms()).as(t).contains(Report.Symptom.GPU_NOT_USED);
        for (String t : List.of("ollama doesn't recognize the model name", "没有识别到模型文件", "I can't see 1000 tokens of output",
                "the server can't find the model", "能识别到显卡吗？", "Does llama.cpp detect my 3090?"))
            assertThat(ProseHints.of(t).symptoms()).as(t).doesNotContain(Report.Symptom.GPU_NOT_USED);
    }

    @Test
    void nearMissesAreLeftAlone() {
        for (String t : List.of(
                "I don't use the GPU, I run everything on a laptop.",
                "We are not using a GPU for this test.",
                "I am not using a GPU on purpose.",
                "The second GPU isn't being utilized, only the first one fills up.",
                "The other GPU isn't being used at all.",
                "Is it using the GPU? It loads fine.",
                "It uses the GPU and runs at 40 tokens/s.",
                "The model runs on the GPU, but the context is too long.",
                "Not only the GPU but also the CPU is busy.",
                "不使用GPU能跑吗？",
                "无法使用GPU的话能跑吗？",
                "用CPU而不是GPU跑会慢多少",
                "GPU usage seems high while it answers.",
                "It runs fine on my RTX 4090 with all layers offloaded."))
            assertThat(ProseHints.of(t).symptoms()).as(t).doesNotContain(Report.Symptom.GPU_NOT_USED);
    }

    /**
     * The sentences of the literal list the grammar replaced, each read by the grammar alone: nothing the list read is lost
     * (a bare "runs on the CPU" is left out on purpose: it may be the CPU's part of a split).
     */
    private static final List<String> FORMER_LIST = List.of("not using my gpu", "not using the gpu", "gpu is not used", "gpu not used",
            "gpu was not being used", "gpu is not being used", "doesn't use the gpu", "does not use the gpu", "gpu usage is always around 1%",
            "gpu usage 0", "falls back to cpu", "fall back to cpu", "cpu is prioritised", "only uses the cpu", "uses the cpu instead",
            "没有用到显卡", "没用到gpu", "没有使用gpu", "没有调用gpu", "只用了cpu", "用的是cpu", "gpu无占用", "gpu没有占用", "显卡无占用",
            "显卡没有占用", "gpu占用为0", "gpu未使用");

    @Test
    void everySentenceOfTheFormerListIsReadByTheGrammar() {
        List<String> missed = new java.util.ArrayList<>();
        for (String f : FORMER_LIST) {
            String t = (f.codePoints().anyMatch(c -> c > 0x2e80) ? "我用 ollama 在 RTX 3060 上跑 qwen2.5 7b，" : "I run qwen2.5 7b with ollama on an RTX 3060 and the ")
                    + f + (f.codePoints().anyMatch(c -> c > 0x2e80) ? "。" : " while it answers.");
            if (!ProseHints.of(t).symptoms().contains(Report.Symptom.GPU_NOT_USED)) missed.add(t);
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void theCpusPartOfASplitOrAQuestionIsNotTheGpuLeftOut() {
        for (String t : List.of("half the layers run on the CPU and the rest on the GPU", "用的是cpu还是gpu？", "gpu usage 50% while it answers",
                "我的显卡占用为0吗？")) {
            assertThat(ProseHints.of(t).symptoms()).as(t).doesNotContain(Report.Symptom.GPU_NOT_USED);
        }
    }
}
