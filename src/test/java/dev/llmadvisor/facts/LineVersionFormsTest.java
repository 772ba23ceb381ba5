package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line named with its version and no size ("qwen3", "qwen2", "glm4") is that version's line: its models and its
 * variants (Qwen3-Coder, Qwen3-VL, Qwen2-VL) are offered, never a later version written with a point after it (Qwen3.5,
 * Qwen3.6, Qwen2.5, GLM-4.5), which "can my 3090 run qwen3?" listed among "each model you named". A line named
 * without a version ("qwen") still covers every version.
 */
class LineVersionFormsTest {

    private static QuestionParser parser;
    private static FactBuilder facts;

    @BeforeAll
    static void load() {
        Knowledge knowledge = Knowledge.load(Path.of("knowledge"));
        parser = new QuestionParser(Assembly.vocabulary(knowledge));
        facts = new FactBuilder(knowledge);
    }

    private static List<String> offered(String question) {
        return facts.build(parser.parse(question)).candidates().stream().map(Candidate::modelId).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "can my 3090 run qwen3?         | qwen3-8b qwen3-coder-30b-a3b-instruct qwen3-vl-8b-instruct | qwen3.5- qwen3.6-",
            "我的4090能跑qwen3吗             | qwen3-8b                                                 | qwen3.5- qwen3.6-",
            "can my 3090 run qwen2?         | qwen2-7b-instruct qwen2-vl-7b-instruct                   | qwen2.5-",
            "can my 3090 run glm4?          | glm-4-9b-0414                                            | glm-4.5 glm-4.6 glm-4.7",
            "can my 3090 run qwen?          | qwen3-8b qwen3.5-9b qwen2.5-7b-instruct                  | -",
    })
    void aLineNamedWithItsVersionIsThatVersionsLine(String question, String offeredIds, String notOfferedPrefixes) {
        List<String> got = offered(question);
        assertThat(got).as(question).containsAll(Arrays.asList(offeredIds.trim().split("\\s+")));
        if (!notOfferedPrefixes.trim().equals("-")) {
            for (String prefix : notOfferedPrefixes.trim().split("\\s+")) {
                assertThat(got).as(question + " offers no " + prefix).noneMatch(id -> id.startsWith(prefix));
            }
        }
    }
}
