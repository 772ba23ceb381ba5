package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run the person reports (a speed measured, "it runs") overrules the engine's refusal our sizing found, and the reply
 * says what it overrules (a format the card lacks, by the upstream engine's rules) rather than "the margin was short",
 * as its headline, with our sizing's "No" after it as what the estimate alone said;
 * weights larger than all the GPU memory are not claimed to fit.
 */
class RunOverRefusalTest {

    static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();

    static Answer ask(String question) {
        return ADVISOR.answer("refusal " + question, question);
    }

    @Test
    void aMeasuredSpeedOfAFormatTheCardLacksIsARunThatOverrulesTheRefusal() {
        for (String q : List.of("qwen3.6 27b fp8 on vllm only gets 40 tokens/s on my two 2080 Ti 22GB",
                "qwen3 14b fp8 with vllm runs at 35 tok/s on my 2080 Ti 22GB",
                "Qwen3.6 27B FP8只能跑到40 token/s，我的环境是2080Ti 22G*2，vllm")) {
            Answer a = ask(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            // what the run shows leads the answer, never a "No"; our sizing follows as what it said
            assertThat(a.reply().headline()).as(q).containsAnyOf("your build does what", "你用的版本做到了").contains("FP8")
                    .doesNotContain("margin").doesNotContain("余量");
            assertThat(a.reply().notes().get(0)).as(q).startsWith(q.contains("只能") ? "我们的估算：" : "Our estimate alone: ");
        }
    }

    @Test
    void weightsBeyondAllTheGpuMemoryAreNotSaidToFit() {
        Answer a = ask("qwen3 32b fp16 runs fine on my 4090 with vllm at 20 tokens/s");
        assertThat(a.reply().headline()).contains("not the F16 weights we sized").doesNotContain("weights fit").doesNotStartWith("No");
    }

    @Test
    void aRunReportedOnTheGpuIsNotToldItsFileCannotRunThere() {
        // given a run on two cards of a 16-bit file our sizing finds larger than the memory vLLM can use on them
        for (String q : List.of("qwen2.5 32b runs at 9 tokens/s on my two V100 32GB with vllm, tensor parallel 2, is that normal?",
                "qwen2.5 32b 在两张 V100 32GB 上用 vllm 跑，tp 2，只有 9 token/s，正常吗")) {
            Answer a = ask(q);
            // then the run is taken as reported, and no warning says the file cannot run on the GPU
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            assertThat(a.reply().notes()).as(q).noneMatch(n -> n.contains("file alone") || n.contains("文件本身"));
        }
    }

    @Test
    void aSpeedAskedForIsNoRunAndTheRefusalStands() {
        // "can it do 40 tokens/s?" asks; it reports nothing (SpeedWishedFormsTest), so the refusal is the answer
        for (String q : List.of("can my 2080 Ti 22GB run qwen3 14b fp8 on vllm at 40 tokens/s?",
                "can my 3090 run llama 3.3 70b with vllm at 15 tokens/s?")) {
            Answer a = ask(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.NO);
            assertThat(a.reply().notes()).as(q).noneMatch(n -> n.startsWith("You say it runs"));
        }
    }
}
