package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a run the person reports on their own hardware where nothing can be sized (no model named, or no card), then the
 * verdict is what they report: a run that works on a GPU (a card named, GPU memory seen in use, a GPU-only engine) fits,
 * a setup they say does not run on their card is a no, an out-of-memory told on the card named a no as tried, and the
 * answer says so in their language. A worry, a slow run on an engine that can offload, or an out-of-memory tied to the
 * context length states nothing.
 */
class ReportedUnsizedRunVerdictTest {

    private static final List<String> CARDS_EN = List.of("RTX 3090", "Tesla P40", "RTX 4060 Ti 16GB", "A100 80GB");
    private static final List<String> CARDS_ZH = List.of("3090", "4090 24G", "A100 80G", "4060 Ti 16G");

    @Test
    void aRunThatWorksOnTheCardNamedFitsAndTheAnswerSaysSo() {
        for (String card : CARDS_EN)
            for (String form : List.of("On my %s the model is running normally, but the whole PC freezes while it generates.",
                    "My %s runs it without any issues, but every third answer is cut off. Why?",
                    "I was able to load it on my %s, but the output is garbage.",
                    "The 4-bit quant fits into my %s, but then I get another error.")) {
                String q = String.format(form, card);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                assertThat(String.join(" ", a.reply().notes())).as(q).contains("You say it runs");
            }
        for (String card : CARDS_ZH)
            for (String form : List.of("我的%s，试了可以运行，但是输出几次以后就出错了，怎么回事", "我的%s，部署成功了，但是输出全是乱码，怎么回事")) {
                String q = String.format(form, card);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                assertThat(String.join(" ", a.reply().notes())).as(q).contains("你说它");
            }
    }

    @Test
    void aRunOnAnEngineThatKeepsEverythingOnTheGpuFitsWithNoCardNamed() {
        for (String q : List.of("With vLLM it works with a max model len of 2000, but the AWQ shouldn't need that much, right?",
                "In vllm the server is up and running, but it answers with empty strings. Why?",
                "用vllm部署成功了，但是返回的都是空字符串，为什么"))
            assertThat(askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.FITS);
    }

    @Test
    void aSetupTheyReportFailingOnTheirCardIsANo() {
        for (String card : CARDS_EN) {
            String q = "I can't get it to load on my " + card + ", what am I doing wrong?";
            assertThat(askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.NO);
        }
        for (String card : CARDS_ZH) {
            String q = "这个模型在我的" + card + "上跑不起来，是什么原因";
            assertThat(askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.NO);
        }
    }

    @Test
    void anOutOfMemoryToldWithNoCardNamedIsANoOnTheirMachineAsTried() {
        for (String q : List.of("Vicuna-7B runs out of memory with vLLM but works with FastChat, why?",
                "I get CUDA out of memory when I load Llama 2 13B with transformers.", "加载Qwen-14B-Chat的时候报显存不足，怎么办"))
            assertThat(askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.NO);
    }

    @Test
    void aWorryASlowRunThatCouldOffloadOrAnOutOfMemoryTiedToTheContextStatesNothing() {
        for (String q : List.of("Will it run smoothly on my RTX 3090?", "It is very slow with ollama, is that normal?",
                "Will it run out of memory on my RTX 3090?", "我的3090能正常运行吗？",
                "On my RTX 3090 it runs out of memory once the context length exceeds the maximum, why?",
                "我的3090上下文太长就爆显存了，怎么办"))
            assertThat(askAsShipped(q).verdict()).as(q).isNull();
    }

    @Test
    void anOutOfMemoryToldOnTheCardNamedIsANoAsTriedAndTheAnswerSaysWhatWouldChangeIt() {
        for (String card : CARDS_EN)
            for (String form : List.of("My %s runs out of memory, why?", "Even with the smallest settings I get CUDA out of memory on a %s.")) {
                String q = String.format(form, card);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.NO);
                assertThat(String.join(" ", a.reply().notes())).as(q).contains("You say it runs out of memory").contains("smaller format");
            }
        // PyTorch's own error shows a transformers load: the likely cause is its default 16-bit load (label rule J), and the fix
        // a quantized load, which is the smaller format
        for (String card : CARDS_EN) {
            String q = "Loading it on my " + card + " ends with torch.cuda.OutOfMemoryError, what can I do?";
            Answer a = askAsShipped(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.NO);
            assertThat(a.cause()).as(q).isEqualTo("unquantized");
            assertThat(a.reply().headline()).as(q).contains("loaded unquantized");
        }
        for (String card : CARDS_ZH)
            for (String form : List.of("我的%s爆显存了，怎么办", "用%s部署这个模型，报显存不足", "在%s上加载就提示CUDA out of memory，是什么原因")) {
                String q = String.format(form, card);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.NO);
                assertThat(String.join(" ", a.reply().notes())).as(q).contains("你说显存不足");
            }
    }
}
