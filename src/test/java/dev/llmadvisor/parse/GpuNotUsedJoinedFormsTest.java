package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.logs.ProseHints;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question parser and the words around a pasted log read the GPU left out by one mechanism ({@link GpuNotUsedForms}):
 * each form the parser's own list read before the two were joined (generated over subjects and objects, English and
 * Chinese) is still read, by both; a card of several left out is not the GPU left out for either.
 */
class GpuNotUsedJoinedFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    private static boolean parserReads(String text) {
        return PARSER.parse(text).report().has(Report.Symptom.GPU_NOT_USED);
    }

    @Test
    void theFormsTheParsersListReadAreReadByBoth() {
        List<String> forms = new ArrayList<>();
        for (String subject : List.of("ollama", "llama.cpp", "it", "the server"))
            for (String object : List.of("the GPU", "my GPU", "gpu", "my gpus"))
                for (String frame : List.of("%s is not using %s", "%s isn't using %s", "%s doesn't use %s", "%s does not use %s",
                        "%s can't run on %s", "%s won't run on %s", "%s cannot run on %s"))
                    forms.add(String.format(Locale.ROOT, frame, subject, object) + " when I load qwen2.5 7b");
        for (String subject : List.of("ollama", "it", "llama.cpp"))
            for (String frame : List.of("%s falls back to the CPU", "%s fell back to CPU", "%s is using the CPU instead", "%s won't use my GPU",
                    "%s will not use the graphics card"))
                forms.add(String.format(Locale.ROOT, frame, subject) + " on my RTX 3060");
        // a compulsion onto the CPU (the grammar's own form, which the parser's list read as a bare "run on the CPU")
        for (String verb : List.of("is forced to run on the CPU", "was forced to use the CPU", "insists on using the CPU", "forces it to run on CPU"))
            forms.add("ollama " + verb + " no matter what, even with a free RTX 4070");
        for (String whole : List.of("everything runs on the CPU", "it all runs on the CPU", "everything is loaded to the CPU", "the whole model runs on the CPU"))
            forms.add("ollama with llama3 8b on my RTX 3060: " + whole);
        forms.add("The GPU was not used at all with mistral 7b");
        forms.add("my gpu not used when running llama3 8b");
        forms.add("gpu not detected by ollama on an RX 7900 XTX");
        for (String zh : List.of("没有使用gpu", "没用gpu", "没有用显卡", "没用上显卡", "只用了cpu", "只在cpu上跑", "gpu利用率为0", "gpu利用率是0%"))
            forms.add("ollama 跑 qwen2.5 7b，" + zh + "，RTX 4060");
        List<String> parserMissed = forms.stream().filter(f -> !parserReads(f)).toList();
        List<String> hintsMissed = forms.stream().filter(f -> !ProseHints.of(f).symptoms().contains(Report.Symptom.GPU_NOT_USED)).toList();
        assertThat(parserMissed).isEmpty();
        assertThat(hintsMissed).isEmpty();
    }

    @Test
    void aLowLoadIntensifiedIsStillTheGpuLeftOut() {
        List<String> forms = new ArrayList<>();
        for (String noun : List.of("GPU utilization", "GPU usage", "gpu load"))
            for (String verb : List.of("is", "stays"))
                for (String adverb : List.of("quite", "very", "really", "extremely", "pretty", "rather"))
                    forms.add("when running qwen2.5 14b the " + noun + " " + verb + " " + adverb + " low while the CPU is at 100%");
        for (String adverb : List.of("很", "非常", "特别", "比较"))
            forms.add("ollama 跑 qwen2.5 14b，GPU利用率" + adverb + "低，CPU占满，RTX 4060");
        assertThat(forms.stream().filter(f -> !parserReads(f)).toList()).isEmpty();
        assertThat(forms.stream().filter(f -> !ProseHints.of(f).symptoms().contains(Report.Symptom.GPU_NOT_USED)).toList()).isEmpty();
        // a load told high, or a low load of the CPU, is no GPU left out
        for (String f : List.of("the GPU utilization is very high, 98%, with llama3 8b on my RTX 3060",
                "CPU usage is quite low and the GPU works hard with llama3 8b on my RTX 3060"))
            assertThat(parserReads(f)).as(f).isFalse();
    }

    @Test
    void theGpuBarelyUsedIsTheGpuLeftOutWithOrWithoutItsVerb() {
        List<String> forms = new ArrayList<>();
        for (String told : List.of("the GPU barely used", "the gpu is barely used", "the GPU was barely used", "the GPU is barely being used"))
            forms.add("qwen2.5 32b runs on my RTX 3060 but " + told + " at 1-3% while the CPU is at 70%");
        assertThat(forms.stream().filter(f -> !parserReads(f)).toList()).isEmpty();
        assertThat(forms.stream().filter(f -> !ProseHints.of(f).symptoms().contains(Report.Symptom.GPU_NOT_USED)).toList()).isEmpty();
    }

    @Test
    void aCardOfSeveralLeftOutOrASplitIsNotTheGpuLeftOut() {
        for (String f : List.of("the second GPU is not used when I run llama3 70b on two 3090s",
                "the other GPU is not being used, only GPU 0 works",
                "everything runs on the CPU and GPU together, 20 of 33 layers offloaded")) {
            assertThat(GpuNotUsedForms.said(f.toLowerCase(Locale.ROOT), false)).as(f).isFalse();
        }
    }

    @Test
    void withNoGpuOwnedTheWorkOnTheCpuIsTheirMachine() {
        assertThat(GpuNotUsedForms.said("it only uses the cpu, slowly", true)).isFalse();
        assertThat(GpuNotUsedForms.said("it only uses the cpu, slowly", false)).isTrue();
        assertThat(GpuNotUsedForms.said("gpu not detected", true)).isTrue();
    }
}
