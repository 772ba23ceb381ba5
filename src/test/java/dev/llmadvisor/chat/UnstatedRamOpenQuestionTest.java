package dev.llmadvisor.chat;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What can my 6GB card run?" says nothing of the RAM, so the answer's pick is what the card holds; a model whose
 * experts or layers need tens of GB of system RAM is at most an option conditional on RAM, never the first answer
 * (the person would be judged against RAM they never stated).
 */
class UnstatedRamOpenQuestionTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    private static final String[] EN = {"what can my %dGB card run?", "I have a %d GB GPU, which models can I run?"};
    private static final String[] ZH = {"我的%dG显卡能跑什么模型", "显存%dG，能跑哪些大模型？"};

    @Test
    void thePickOfAnOpenQuestionWithoutRamIsWhatTheCardHolds() {
        int n = 0;
        for (int gb : new int[] {4, 6, 8, 12, 16, 24}) {
            for (String[] forms : new String[][] {EN, ZH}) {
                for (String form : forms) {
                    String q = String.format(form, gb);
                    Answer a = assembly.advisor().answer("unstated-ram-" + (n++), q);
                    assertThat(a.shown()).as(q).isNotEmpty();
                    Recommendation first = a.shown().get(0);
                    assertThat(first.candidate().onGpu()).as(q + " -> " + first.candidate().modelName()).isTrue();
                    assertThat(a.shown()).as(q).allSatisfy(r -> assertThat(r.candidate().onGpu() || r.candidate().ramGb() <= 4.0)
                            .as(q + " shows " + r.candidate().modelName() + " needing " + r.candidate().ramGb() + " GB RAM").isTrue());
                }
            }
        }
    }

    @Test
    void withTheRamStatedAnOptionFromRamIsJudgedAgainstIt() {
        Answer a = assembly.advisor().answer("stated-ram", "what can my 6GB card run? I have 128GB of RAM");
        assertThat(a.ask().ramKnown()).isTrue();
        assertThat(a.fired()).noneMatch(f -> f.rule().startsWith("RAM not stated"));
    }
}
