package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "used" before a card is what the person ran ("GPU used:", "I used a 3090") unless it is the adjective of a card to buy
 * ("a used 3090", "buy used 3090s", "getting a used 3090"): weighed beside another card, that card is an option, never
 * the person's own.
 */
class SecondHandCardFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    @Test
    void aSecondHandCardWeighedBesideAnotherIsAnOption() {
        for (String q : List.of("Should I buy a 4060 Ti 16GB or a used 3090 for running 30B models?",
                "4060 Ti 16GB or a used 3090 for 32b models, which one?",
                "Is it better to buy used 3090 or a new 4070 Ti Super for llama 70b?",
                "Thinking of getting a used 3090 or a 4060 Ti 16GB for qwen 32b")) {
            Question p = PARSER.parse(q);
            assertThat(p.gpus()).as(q).isEmpty();
            assertThat(p.alternatives()).as(q).extracting(GpuMention::text).anyMatch(t -> t.contains("3090"));
        }
    }

    @Test
    void usedAsWhatTheyRanKeepsTheCardTheirs() {
        assertThat(PARSER.parse("GPU used: 2x A100 80GB, llama 70b runs out of memory").gpus()).extracting(GpuMention::text).anyMatch(t -> t.contains("A100"));
        assertThat(PARSER.parse("I used a 3090 or a 4090 for llama 13b, both were fine").gpus()).isNotEmpty();
    }
}
