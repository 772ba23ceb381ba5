package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a fine-tune line the catalog knows by its bare name at one size ("alpaca" is Stanford's tune of LLaMA 7B,
 * "koala" Berkeley's of LLaMA 13B), then another size of that line is sized on the same base release at that size,
 * not on the era's template of the size (Llama 2): one base line per tune line, so a file and its folder name agree.
 */
class TunedLineOtherSizeTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    @ParameterizedTest
    @CsvSource({
            "can my 3060 run alpaca-13b?,                                          llama1-13b",
            "我的3090能跑 alpaca 30b 吗,                                              llama1-33b",
            "koala 7b on a 8GB card?,                                              llama1-7b",
            "Loading models\\gpt-x-alpaca-13b-native-4bit-128g.pt ... CUDA out of memory, llama1-13b",
            // a line tuned on several base releases (Vicuna on LLaMA and Llama 2) keeps its own catalog entry (Vicuna 13B v1.5, on Llama 2 13B)
            "can my 3090 run vicuna 13b?,                                          llama2-13b-chat",
    })
    void anotherSizeOfATunedLineIsItsBaseReleaseAtThatSize(String question, String id) {
        List<Understood.Model> models = FACTS.understand(PARSER.parse(question)).understood().models();
        assertThat(models).extracting(Understood.Model::id).containsExactly(id);
    }
}
