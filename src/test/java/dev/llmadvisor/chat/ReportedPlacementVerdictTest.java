package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With nothing to size (no model, or no card), a run the person reports still states where it runs: on the GPU once fixed
 * when they say the GPU they have is left unused (README rule F), on the CPU when no GPU is read, or partly from system
 * RAM on KTransformers, which keeps the experts there by design.
 * Generated English and Chinese phrasings; a failure beside it gives no such verdict; a speed question with no hardware
 * asks for the hardware instead of sizing an invented CPU-only machine.
 */
class ReportedPlacementVerdictTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();

    private static Answer ask(String question) {
        return RealAdvisors.shared().answer("reported-placement-" + CONVERSATION.incrementAndGet(), question);
    }

    private static final List<String> ENGINES = List.of("ollama", "LM Studio", "llama.cpp");

    private static final List<String> IDLE_EN = List.of(
            "{e} does not use my GPU at all, everything runs on the CPU. How do I fix it?",
            "my graphics card sits idle while {e} generates on the CPU only, GPU usage 0%",
            "{e} can't find my gpu and uses the cpu instead");
    private static final List<String> IDLE_ZH = List.of(
            "{e} 推理时显卡没有被调用，一直用 CPU 跑");

    @Test
    void aRunOnTheCpuWithAGpuLeftIdleIsAFitOnceTheGpuIsUsed() {
        // README rule F: the GPU they have is left idle by a fault of the setup, and nothing sized says the model is
        // larger than it (a larger one would still use part of the card): the verdict is the GPU's once fixed
        for (String e : ENGINES) {
            for (String f : IDLE_EN) {
                String q = f.replace("{e}", e);
                assertThat(ask(q).verdict()).as(q).isEqualTo(Verdict.FITS);
            }
            for (String f : IDLE_ZH) {
                String q = f.replace("{e}", e);
                assertThat(ask(q).verdict()).as(q).isEqualTo(Verdict.FITS);
            }
        }
    }

    @Test
    void aRunOnTheCpuWithNoGpuReadIsOffload() {
        // 不用显卡 reads as "without a GPU" as well: no card is read, and what runs on the CPU alone is offload
        for (String e : ENGINES) {
            String q = e + " 不用显卡，全在 CPU 上跑，怎么办";
            assertThat(ask(q).verdict()).as(q).isEqualTo(Verdict.OFFLOAD);
        }
    }

    @Test
    void aRunOnKTransformersIsPartlyFromRamAndTheReplySaysSo() {
        for (String q : List.of("ktransformers runs at 6 tokens/s on my server, can it go faster?",
                "I got ktransformers working, it is slow though",
                "ktransformers 跑起来只有 5 token/s，正常吗",
                "用 ktransformers 部署成功了，但是速度很慢")) {
            Answer a = ask(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.OFFLOAD);
            assertThat(a.reply().toText(false)).as(q).containsAnyOf("KTransformers keeps the MoE experts", "KTransformers 按设计");
        }
    }

    @Test
    void aFailureBesideItGivesNoVerdictOfRunning() {
        for (String q : List.of("ktransformers crashes with a segfault when loading",
                "ktransformers 启动就报错 out of memory")) {
            assertThat(ask(q).verdict()).as(q).isNotEqualTo(Verdict.OFFLOAD);
        }
    }

    @Test
    void aSpeedQuestionWithoutHardwareAsksForItInsteadOfSizingTheCpuAlone() {
        for (String q : List.of("how many tokens per second will qwen2.5 14b give?", "qwen2.5 72b 推理速度很慢，怎么回事",
                "why is generation so slow? it takes minutes per answer")) {
            Answer a = ask(q);
            assertThat(a.reply().kind()).as(q).isEqualTo(Reply.Kind.CLARIFY);
            assertThat(a.reply().headline()).as(q).doesNotContain("CPU only").doesNotContain("纯 CPU");
        }
    }
}
