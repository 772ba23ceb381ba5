package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A context is named as people write it: a round thousand is not cut down to the 1024s below it. */
class ContextLabelTest {

    @Test
    void powersOfTwoAndRoundThousandsReadAsKAndOtherCountsStayNumbers() {
        assertThat(Candidate.contextLabel(8192)).isEqualTo("8k");
        assertThat(Candidate.contextLabel(131072)).isEqualTo("128k");
        // ktransformers thread: "2000tokens" was told back as "1k 上下文"
        assertThat(Candidate.contextLabel(2000)).isEqualTo("2k");
        assertThat(Candidate.contextLabel(32000)).isEqualTo("32k");
        assertThat(Candidate.contextLabel(3792)).isEqualTo("3792");
        assertThat(Candidate.contextLabel(512)).isEqualTo("512");
        // a million-token window as its model card writes it
        assertThat(Candidate.contextLabel(1048576)).isEqualTo("1M");
    }
}
