package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A yes or no is about the model the person asked: when the name is read as no catalog model (a line the catalog
 * cannot pin, such as "vicuna"), the answer lists the best fits for the machine and never says yes about another
 * model ("Can my 3090 run vicuna?" was answered "Yes: GLM-4-32B-0414 Q4_K_M fits").
 */
class YesOnlyForNamedModelTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    private static String headline(String question) {
        return assembly.advisor().answer("yes-named", question).reply().headline();
    }

    @Test
    void aLineTheCatalogCannotPinGetsTheBestFitsNotAnotherModelsYes() {
        assertThat(headline("can my 3090 run vicuna?")).contains("On GeForce RTX 3090").contains("the best fits are").doesNotStartWith("Yes");
        assertThat(headline("我的4060 8G能跑vicuna吗")).contains("最合适的是").doesNotStartWith("可以");
    }

    @Test
    void theFirstLineSaysTheModelWasNotReadAndGivesNoVerdict() {
        var en = assembly.advisor().answer("yes-named-en", "can my 3090 run vicuna?");
        // the question is not answered, and the first line says so before the list that stands in for it
        assertThat(en.reply().headline()).startsWith("I could not tell which model you mean, so this lists what the hardware runs. On ");
        assertThat(en.reply().notes()).anyMatch(n -> n.startsWith("Name the model with its size"));
        assertThat(en.verdict()).isNull();
        var zh = assembly.advisor().answer("yes-named-zh", "我的4060 8G能跑vicuna吗");
        assertThat(zh.reply().headline()).startsWith("我没能确定你问的是哪个模型，下面列的是这套硬件能跑的模型。");
    }

    @Test
    void aNamedModelStillGetsItsYes() {
        assertThat(headline("can my 3090 run qwen3 14b?")).startsWith("Yes: Qwen3 14B");
    }

    @Test
    void aQuestionWhetherTheCardIsOfUseIsAnsweredYesWithWhatItRuns() {
        var en = assembly.advisor().answer("usable-en", "My RX 6600 8GB, is it useless for local LLMs or can I use it somehow?");
        assertThat(en.reply().headline()).startsWith("Yes: this card runs local models. On Radeon RX 6600");
        assertThat(en.reply().headline()).doesNotContain("I could not tell which model you mean");
        assertThat(en.verdict()).isNull();
        var zh = assembly.advisor().answer("usable-zh", "请问支持7900xtx吗？");
        assertThat(zh.reply().headline()).startsWith("可以：这张卡能用来跑本地模型。");
    }
}
