package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "my spark", "two Sparks": owners of NVIDIA's DGX Spark call it by its short name; said of a machine owned or counted it
 * is that box. Apache Spark's "spark cluster", "spark job" and the word in prose stay no card.
 */
class DgxSparkShortNameFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    /** The forms not read as that many DGX Sparks. */
    private static List<String> notSparks(List<String> written, int count) {
        List<String> misses = new ArrayList<>();
        for (String q : written) {
            List<GpuMention> g = PARSER.parse(q).gpus();
            boolean ok = g.size() == 1 && g.get(0).count() == count
                    && K.gpus().find(g.get(0).text(), g.get(0).memoryGb()).map(m -> m.gpu().name().equals("DGX Spark")).orElse(false);
            if (!ok) misses.add(q + " -> " + g);
        }
        return misses;
    }

    @Test
    void givenTheShortNameOfAnOwnedSparkThenItIsTheDgxSpark() {
        assertThat(notSparks(List.of("Getting low speed on my spark with qwen3 30b",
                "Running gpt-oss 120b on the Spark: is 30 tok/s expected?",
                "I just got a Spark. Can my Spark run llama 3.1 70b?"), 1)).isEmpty();
    }

    @Test
    void givenSparksCountedThenTheCountIsKept() {
        assertThat(notSparks(List.of("I run qwen3 235b on two Sparks linked over ConnectX", "2x Spark: can they run deepseek v3?"), 2)).isEmpty();
    }

    @Test
    void nearMissesApacheSparkAndThePlainWordAreNoCard() {
        for (String q : List.of("I use a spark cluster to prepare data for qwen3 8b on my 3090",
                "We process the prompts in a Spark job, then send them to llama 3.1 8b",
                "Is there a spark of hope to run llama 3.1 70b on 8GB?")) {
            assertThat(PARSER.parse(q).gpus()).as(q).allSatisfy(g -> assertThat(g.text().toLowerCase()).doesNotContain("spark"));
        }
    }
}
