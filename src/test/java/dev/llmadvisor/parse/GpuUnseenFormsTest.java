package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import dev.llmadvisor.logs.ProseHints;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GPU or its memory unseen by the engine ({@link GpuNotUsedForms}): a verb of noticing under a negation, the VRAM shown
 * as nothing, the GPU said to be missing, the GPU offload switch greyed out, and the Chinese forms. Generated over engines,
 * negations, verbs and objects; read alike by the question parser and by the words around a pasted log. A GPU seen, memory
 * shown as a real amount, a model or a file not found, and a question are not read so.
 */
class GpuUnseenFormsTest {

    private static boolean parserReads(String text) {
        return Parsers.PARSER.parse(text).report().has(Report.Symptom.GPU_NOT_USED);
    }

    private static boolean hintsRead(String text) {
        return ProseHints.of(text).symptoms().contains(Report.Symptom.GPU_NOT_USED);
    }

    @Test
    void everyFormIsReadAsTheGpuLeftOutByBoth() {
        List<String> forms = new ArrayList<>();
        for (String engine : List.of("LM Studio", "ollama", "it", "llama.cpp"))
            for (String negation : List.of("does not", "doesn't", "fails to", "can't", "is unable to"))
                for (String verb : List.of("detect", "identify", "recognize", "see"))
                    for (String object : List.of("the available VRAM", "my GPU", "the graphics card", "my dedicated GPU"))
                        forms.add(String.format(Locale.ROOT, "On my laptop with an RTX A2000, %s %s %s %s.", engine, negation, verb, object));
        for (String shown : List.of("the available VRAM is displayed as 0", "VRAM shows 0 GB", "GPU memory is reported as 0",
                "the VRAM is shown as 0", "the GPU is missing", "GPU offload is greyed out", "GPU Offload is inactive"))
            forms.add("LM Studio 0.3.5 with llama 3.1 8b on an RTX 3060: " + shown + ".");
        for (String zh : List.of("识别不到显卡", "检测不到GPU", "找不到显卡", "没有识别到我的显卡", "无法识别独显", "认不到显卡", "识别不到显存", "显存显示为0"))
            forms.add("LM Studio 跑 qwen2.5 7b，RTX 4060 笔记本，" + zh + "。");
        assertThat(forms.stream().filter(f -> !parserReads(f)).toList()).isEmpty();
        assertThat(forms.stream().filter(f -> !hintsRead(f)).toList()).isEmpty();
    }

    @Test
    void nearMissesAreNotTheGpuLeftOut() {
        for (String f : List.of(
                "LM Studio detects my GPU and shows 12 GB of VRAM, but llama 3.1 8b is slow",
                "the VRAM is displayed as 24 GB on my RTX 4090",
                "ollama can't find the model file qwen2.5:7b, the RTX 4090 is fine",
                "llama.cpp does not see the gguf file I downloaded",
                "does LM Studio detect the VRAM of an RTX A2000?",
                "识别到显卡了，但是速度很慢，RTX 4060",
                "LM Studio 识别不到显卡吗？RTX 4060 跑 qwen2.5 7b",
                "找不到模型文件，显卡是 RTX 4060")) {
            assertThat(GpuNotUsedForms.said(f.toLowerCase(Locale.ROOT), false)).as(f).isFalse();
        }
    }
}
