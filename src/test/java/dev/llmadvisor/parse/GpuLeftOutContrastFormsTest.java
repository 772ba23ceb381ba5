package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import dev.llmadvisor.logs.ProseHints;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GPU left out, told by what the CPU does instead or by an attempt that failed ({@link GpuNotUsedForms}): the CPU's load
 * said to rise against a GPU that does not, the work said to be on the CPU set against the GPU ("insists in using CPU & MEM
 * not GPU VRAM"), no sign of work seen on the GPU, a failed attempt to get the work onto it, and in
 * Chinese the VRAM said to hold nothing. Generated over subjects, verbs and contrasts, English and Chinese; read alike by the
 * question parser and by the words around a pasted log. A load that rises on both, a CPU busy with a GPU also busy, a plan
 * or a question, and the VRAM not filled (part of it left out) are not read so.
 */
class GpuLeftOutContrastFormsTest {

    private static boolean parserReads(String text) {
        return Parsers.PARSER.parse(text).report().has(Report.Symptom.GPU_NOT_USED);
    }

    private static boolean hintsRead(String text) {
        return ProseHints.of(text).symptoms().contains(Report.Symptom.GPU_NOT_USED);
    }

    private static List<String> forms() {
        List<String> forms = new ArrayList<>();
        for (String cpu : List.of("the CPU", "CPU usage", "the CPU utilization", "cpu load"))
            for (String rise : List.of("jumps", "spikes", "goes up", "shoots up", "is at 100%", "maxes out"))
                for (String contrast : List.of("but not the GPU", "while the GPU stays at 0", "but the GPU doesn't move",
                        "whereas the GPU usage remains idle", "but GPU load never goes up"))
                    forms.add(String.format(Locale.ROOT, "when I run qwen2.5 14b on my RTX 3060, %s %s %s", cpu, rise, contrast));
        for (String subject : List.of("it", "llama", "ollama", "the model", "llama.cpp"))
            for (String goal : List.of("to use the gpu", "to run on my GPU", "to load models into vram", "to offload layers to the GPU",
                    "to utilize the graphics card"))
                for (String failed : List.of("I can't get", "I couldn't get", "I'm unable to get", "I cannot seem to get"))
                    forms.add(String.format(Locale.ROOT, "%s %s %s on the jetson with llama2 7b", failed, subject, goal));
        for (String seen : List.of("I never see a blip on the GPU", "I don't see any activity on my GPU", "I can't see any load on the GPU"))
            forms.add("ollama with llama3 8b on an RTX 3060: " + seen + ", it just runs slowly");
        for (String subject : List.of("it", "ollama", "the model"))
            for (String verb : List.of("insists in using", "runs on", "is using", "uses", "falls back to"))
                for (String against : List.of("CPU & MEM not GPU VRAM", "the CPU instead of the GPU", "CPU and RAM, not the GPU",
                        "the cpu rather than my graphics card"))
                    forms.add(String.format(Locale.ROOT, "ollama sees my RTX 4090 but %s %s %s when running codellama", subject, verb, against));
        for (String cpu : List.of("CPU数字在走高", "cpu占用飙升", "CPU利用率100%", "cpu跑满了"))
            for (String gpu : List.of("GPU的却没有怎么变化", "显卡却没有动", "GPU基本不工作", "显卡没有占用"))
                forms.add("ollama 跑 qwen2.5 7b，GTX 1650，" + cpu + "，" + gpu + "。");
        for (String vram : List.of("显存没有占用", "显存基本没在用", "显存完全没有被使用", "显存一直没动", "显存根本没用到"))
            forms.add("本地部署了 deepseek-r1 14b，RTX 4060，回复很慢，" + vram + "，cpu利用率100%");
        return forms;
    }

    @Test
    void everyFormIsReadAsTheGpuLeftOutByBoth() {
        List<String> forms = forms();
        assertThat(forms.stream().filter(f -> !parserReads(f)).toList()).isEmpty();
        assertThat(forms.stream().filter(f -> !hintsRead(f)).toList()).isEmpty();
    }

    @Test
    void nearMissesAreNotTheGpuLeftOut() {
        for (String f : List.of(
                // both busy, or the GPU busy while the CPU also works
                "the CPU jumps to 100% and the GPU goes up to 98% as well with llama3 8b on my RTX 3060",
                "cpu usage spikes at the start but the GPU stays at 95% during generation with qwen2.5 7b",
                // a failed attempt at something other than the GPU, or at fitting a model (that is its size)
                "I can't get it to use the CPU for the embeddings, ollama takes my RTX 4090 for both",
                "I can't get the 70b to fit on my 24GB GPU with ollama",
                // the VRAM not filled is part of it left out; a plan or a question is no report
                "RTX 4090 跑 qwen2.5 14b，显存没有用满，只用了一半",
                "显存没有用完，还能再加一个模型吗，RTX 4090",
                "显存没有占用的话能跑吗？RTX 4060 跑 qwen2.5 7b",
                "CPU 跑满的时候显卡会不会也满载？RTX 4060",
                // a wish to run on the CPU is no report of the GPU left out; nor is the GPU used beside the CPU
                "how to run ollama model on CPU instead of GPU even the GPU is available?",
                "is it better to run qwen2.5 7b on the CPU rather than the GPU?",
                "it runs on the CPU and the GPU together with qwen2.5 14b on my RTX 3060")) {
            assertThat(GpuNotUsedForms.said(f.toLowerCase(Locale.ROOT), false)).as(f).isFalse();
        }
    }
}
