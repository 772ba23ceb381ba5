package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.cli.Assembly;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a process keeps for reuse starts with its second question: a one-shot run's only question is sized and not
 * kept; later questions about the same machine share one sized list, equal to what the first question was given.
 */
class ReuseTest {

    private static final Knowledge K = Knowledge.embedded();
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    @Test
    void anOpenQuestionsListIsKeptFromTheSecondQuestionOnAndEqualsTheFirst() {
        for (String q : List.of("what can my 16GB card run?", "我的 RTX 4060 8G 能跑什么模型?", "what can I run on 2x 3090 and 64GB RAM?")) {
            FactBuilder facts = new FactBuilder(K);
            List<Candidate> first = facts.build(PARSER.parse(q)).candidates();
            List<Candidate> second = facts.build(PARSER.parse(q)).candidates();
            List<Candidate> third = facts.build(PARSER.parse(q)).candidates();
            assertThat(first).as(q).isNotEmpty().isNotSameAs(second).isEqualTo(second);
            assertThat(third).as(q).isSameAs(second);
        }
    }

    @Test
    void aNamedModelIsSizedTheSameWhetherKeptOrNot() {
        for (String q : List.of("can my 3090 run qwen3 32b?", "can two 3090s run llama 3.1 70b at 32k context?", "mixtral 8x7b on a 12gb 3060 with 32gb ram")) {
            FactBuilder facts = new FactBuilder(K);
            List<Candidate> first = facts.build(PARSER.parse(q)).candidates();
            assertThat(first).as(q).isNotEmpty().isEqualTo(facts.build(PARSER.parse(q)).candidates()).isEqualTo(facts.build(PARSER.parse(q)).candidates());
        }
    }
}
