package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure whose cause the sizing names after the no-cause next step was written: the step agrees with the cause. Beside
 * "loaded unquantized" no "by the estimate it fits, check what else holds memory" (that is the format we assumed, not
 * theirs); beside a model too large for the card under an engine that offloads, the layer count that runs it as it is.
 */
class NextStepBesideCauseTest {

    static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();

    @Test
    void aLoadThatRanOutUnquantizedIsNotToldThatItFitsByTheEstimate() {
        // given an out-of-memory of a size-only model on a 12 GB card, no format named
        Reply r = ADVISOR.answer("nsbc1", "I get an out of memory error running a 13B model on my RTX 4070 12GB, what can I do?").reply();
        // then the cause leads, and no note says it fits by the estimate
        assertThat(r.headline()).startsWith("Most likely, the model is loaded unquantized");
        assertThat(r.notes()).noneSatisfy(n -> assertThat(n).startsWith("By the estimate it fits"));
    }

    @Test
    void aModelTooLargeForTheCardUnderLlamaCppIsToldTheLayersThatRunIt() {
        // given a Q4_K_M 7B that fails to load with llama.cpp on a 4 GB card, in English and in Chinese
        Reply en = ADVISOR.answer("nsbc2", "Trying to run mistral-7b-instruct-v0.2.Q4_K_M.gguf with llama.cpp on my GTX 970 4GB and it fails to load, any idea?").reply();
        Reply zh = ADVISOR.answer("nsbc3", "用 llama.cpp 加载 mistral-7b-instruct-v0.2.Q4_K_M.gguf，显卡 GTX 970 4G，加载失败，怎么办？").reply();
        // then the next step is fewer layers on the GPU with llama.cpp's own setting and a count, not a smaller format first
        assertThat(en.headline()).startsWith("The model is too large for the GPU memory");
        assertThat(en.notes()).anySatisfy(n -> assertThat(n).startsWith("To run it as it is: put fewer layers on the GPU, about ").contains("-ngl ")
                .contains("n_gpu_layers=").doesNotContain("num_gpu"));
        assertThat(en.notes()).noneSatisfy(n -> assertThat(n).startsWith("By the estimate part of it runs from system RAM"));
        assertThat(zh.notes()).anySatisfy(n -> assertThat(n).startsWith("照现在的格式运行：少放一些层到显卡上").contains("-ngl "));
    }
}
