package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a question answered with a list of what the hardware runs, then no two models in it are sized alike (a variant
 * or fine-tune of the same architecture, such as Qwen2.5 7B Instruct and its 1M version, in the same format, memory and
 * speed): each line of the list adds a figure, and the one listed first of such a pair is kept.
 */
class DistinctListOptionsTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    @Test
    void noTwoListedModelsHaveTheSameFigures() {
        for (String q : List.of("I wondered if there was one LLM that will fit on a 6GB GPU",
                "What can my RTX 3070 8GB with 32GB of RAM run?",
                "16G显存的显卡，BF16 能跑什么模型？",
                "V100 16G 能跑什么模型")) {
            Answer a = assembly.advisor().answer("distinct-" + q.hashCode(), q);
            List<String> figures = a.shown().stream().map(Recommendation::candidate).map(DistinctListOptionsTest::figures).toList();
            assertThat(a.shown()).as(q).hasSizeGreaterThan(2);
            assertThat(figures).as(a.reply().toText(false)).doesNotHaveDuplicates();
        }
    }

    private static String figures(Candidate c) {
        return c.formatLabel() + " " + Math.round(c.totalGb() * 10) + " " + c.placement() + " " + Math.round(c.tpsLow() * 10)
                + "-" + Math.round(c.tpsHigh() * 10);
    }
}
