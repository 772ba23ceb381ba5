package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run the person reports split between the GPU and the CPU is established: it runs, with part of it in system RAM
 * (offload), whatever our estimate says for the model on that card, and the reply says so in their language. A failure
 * beside it, or the split only asked about, leaves the estimate's verdict. Generated English and Chinese phrasings over
 * engines, cards and models (some that fit the card at our format, some that do not).
 */
class ReportedSplitVerdictTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();

    private static Answer ask(String question) {
        return RealAdvisors.shared().answer("reported-split-" + CONVERSATION.incrementAndGet(), question);
    }

    private static final List<String> SETUPS = List.of("qwen2.5 7b on my RTX 3090 with ollama", "gemma3 27b on an RTX 4090 in LM Studio",
            "llama 3.1 70b on my RTX 3060 12GB with llama.cpp");
    private static final List<String> TOLD = List.of(
            "{s} is running slow on gpu+cpu, why?",
            "{s}: ollama ps shows 30%/70% CPU/GPU",
            "{s} got partially offloaded to the CPU and is slow",
            "{s} 跑起来是 CPU和GPU一起在跑，很慢",
            "{s} 一部分在内存里，速度只有 3 token/s",
            // the CPU told as doing more of the work than the GPU: the layers in RAM run there while the GPU waits
            "with {s} the CPU is doing most of the work, how do I get the GPU to do more?",
            "{s}: 运行的时候CPU的占用比GPU还高，怎么让GPU多干活",
            // Windows' shared GPU memory is system RAM lent to the card
            "{s}: the GPU memory only fills up part way and the remaining 2 or 3G can only use shared memory, so it is slow");

    @Test
    void aSplitTheyReportIsOffloadAndTheReplySaysSo() {
        for (String s : SETUPS) {
            for (String f : TOLD) {
                String q = f.replace("{s}", s);
                Answer a = ask(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.OFFLOAD);
                String said = a.reply().headline() + "\n" + String.join("\n", a.reply().notes());
                assertThat(said).as(q).containsAnyOf("split between the GPU and the CPU", "显卡和 CPU 一起在跑",
                        "system RAM", "内存");
            }
        }
    }

    @Test
    void theCpuToldAsBusierThanTheGpuIsOffloadEvenWithNothingSized() {
        for (String q : List.of("When it generates, the CPU is doing most of the work and the GPU waits. How do I make the GPU work harder?",
                "The processing seems to be mostly on the CPU although the model is in VRAM, is that normal?",
                "为什么运行的时候CPU出力的程度比GPU还高？如何让GPU多干活？", "推理的时候主要是CPU在算，显卡利用率上不去，为什么",
                // the contrast told as two states, the GPU memory full beside them (ollama#7801)
                "When running the model, the CPU usage is often full, but the GPU usage is not high, although the GPU memory is fully occupied. Why?",
                "运行的时候CPU占用很高，但GPU占用不高，显存是满的，为什么？"))
            assertThat(ask(q).verdict()).as(q).isEqualTo(Verdict.OFFLOAD);
    }

    @Test
    void aSplitToldWithNoQuestionAskedIsOffloadWhileTheModelIsAskedFor() {
        // no question word, so nothing but the report is read: the answer asks which model, and the run told still says where it runs
        for (String q : List.of("When running the model, the CPU usage is often full, but the GPU usage is not high.",
                "The model is running slow on gpu+cpu.")) {
            Answer a = ask(q);
            assertThat(a.reply().kind()).as(q).isEqualTo(dev.llmadvisor.reply.Reply.Kind.CLARIFY);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.OFFLOAD);
        }
    }

    @Test
    void aFailureBesideTheSplitIsNotARun() {
        for (String q : List.of("llama 3.1 70b on my RTX 3060 12GB runs on gpu+cpu and then crashes with out of memory",
                "qwen2.5 7b 在 3090 上 CPU和GPU一起跑，然后爆显存了")) {
            assertThat(ask(q).verdict()).as(q).isNotEqualTo(Verdict.OFFLOAD);
        }
    }

    @Test
    void aSplitOnlyAskedAboutKeepsTheEstimate() {
        for (String s : List.of("qwen2.5 7b on my RTX 3090 with ollama", "gemma3 27b on an RTX 4090 in LM Studio")) {
            for (String q : List.of("should I run " + s + " split between GPU and CPU?", s + "，可以CPU和GPU一起跑吗？")) {
                assertThat(ask(q).verdict()).as(q).isEqualTo(Verdict.FITS);
            }
        }
    }
}
