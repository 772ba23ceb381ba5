package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a problem report contrasting a model that works with one that fails, then the diagnosis sizes the failing one and
 * names the working one back as the person reported it, in English and Chinese; with both failing, or one model that
 * worked before an update, it stays on the first model named and names nothing back.
 */
class FailingModelDiagnosisTest {

    @Test
    void theDiagnosisSizesTheModelSaidToFail() {
        Answer en = askAsShipped("qwen3:8b runs fine on my 3060 12GB, but qwen3:32b crashes with out of memory");
        assertThat(estimate(en)).contains("Qwen3 32B").doesNotContain("Qwen3 8B").containsPattern("needs about \\d+\\.\\d GB");
        assertThat(en.reply().notes()).contains("You report that qwen3:8b works, so this diagnoses the model that fails.");

        Answer zh = askAsShipped("我的4060 8G，qwen2.5 7B没问题，14B就爆显存");
        assertThat(estimate(zh)).contains("Qwen2.5 14B").doesNotContain("Qwen2.5 7B").containsPattern("大约需要 \\d+\\.\\d GB");
        assertThat(zh.reply().notes()).contains("你说 qwen2.5 7B 运行正常，所以上面诊断的是出问题的那个模型。");
    }

    @Test
    void withNoModelSaidToWorkTheFirstNamedStays() {
        Answer both = askAsShipped("on my 3090 both qwen3:32b and llama3.3:70b crash with out of memory");
        assertThat(estimate(both)).contains("Qwen3 32B");
        assertThat(both.reply().notes()).noneMatch(n -> n.startsWith("You report that"));

        Answer update = askAsShipped("llama3.1:8b ran fine on my 4060 8GB before the update, now llama3.1:8b crashes");
        assertThat(estimate(update)).contains("Llama 3.1 8B");
        assertThat(update.reply().notes()).noneMatch(n -> n.startsWith("You report that"));
    }

    @Test
    void aFailingModelTheCatalogCannotTakeAsFocusIsNotClaimed() {
        // the 6B is read only by its size, so the diagnosis cannot size it as the failing model; it must not say it did
        Answer a = askAsShipped("我使用Tesla T4 16G运行codegen, 只能运行起来2B的模型. 6B模型,即使开了cuda管理内存,仍然OOM. 这是什么原因导致的?");
        assertThat(a.reply().notes()).noneMatch(n -> n.startsWith("你说"));
    }

    /** The estimate line: its option under a cause, or the headline it leads when no cause is named. */
    private static String estimate(Answer a) {
        String lead = a.reply().headline().startsWith("By our estimate, ") || a.reply().headline().startsWith("按我们的估算，") ? a.reply().headline() : "";
        return a.reply().options().stream().filter(o -> o.title().equals("Our estimate") || o.title().equals("我们的估算"))
                .map(Reply.Option::detail).findFirst().orElse(lead);
    }
}
