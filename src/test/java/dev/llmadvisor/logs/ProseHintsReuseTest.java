package dev.llmadvisor.logs;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** One reading per text: the hints asked again for the same text are the ones read, and another text is read afresh. */
class ProseHintsReuseTest {

    private static final String OOM = "I get CUDA out of memory when loading the model.";
    private static final String SLOW = "It works but it is very slow, about 2 tokens per second.";

    @Test
    void theSameTextGivesTheSameHintsAndAnotherTextItsOwn() {
        ProseHints first = ProseHints.of(OOM);
        assertThat(ProseHints.of(OOM)).isSameAs(first);
        ProseHints other = ProseHints.of(SLOW);
        assertThat(other.symptoms()).contains(Report.Symptom.SLOW).doesNotContain(Report.Symptom.OUT_OF_MEMORY);
        assertThat(ProseHints.of(OOM)).isEqualTo(first);
        assertThat(first.symptoms()).contains(Report.Symptom.OUT_OF_MEMORY);
    }

    @Test
    void anotherThreadReadsItsOwnText() throws Exception {
        ProseHints here = ProseHints.of(OOM);
        ProseHints there = CompletableFuture.supplyAsync(() -> ProseHints.of(SLOW)).get();
        assertThat(there.symptoms()).contains(Report.Symptom.SLOW);
        assertThat(ProseHints.of(OOM)).isSameAs(here);
    }
}
