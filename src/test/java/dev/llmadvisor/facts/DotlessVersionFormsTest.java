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
 * A line's version written without its dot, glued to the line's letters ("qwen25-7b", "llama31 8b", "Deepseek-V32",
 * "Qwen25 VL 32B"), is that version's model, read with the dot put back and said so; two digits that make no catalog
 * version ("qwen-72", a size written without its letter) stay what they were.
 */
class DotlessVersionFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static List<Understood.Model> read(String question) {
        return FACTS.understand(PARSER.parse(question)).understood().models();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "can my 4090 run qwen25-7b?                  | qwen2.5-7b-instruct",
            "will llama31 8b fit on a 3060 12GB?         | llama3.1-8b-instruct",
            "请问Deepseek-V32-ex可以在A800机器部署吗        | deepseek-v3.2",
            "[Bug] Qwen25 VL 32B AWQ 推理报错，两张4090     | qwen2.5-vl-32b-instruct",
    })
    void aVersionWrittenWithoutItsDotIsThatVersion(String question, String id) {
        // given a name whose version lost its dot; then it reads as that version's catalog model, with a note saying so
        List<Understood.Model> got = read(question);
        assertThat(got).as(question).hasSize(1);
        assertThat(got.get(0).id()).as(question).isEqualTo(id);
        assertThat(got.get(0).note()).as(question).isNotNull();
        assertThat(got.get(0).note().en()).contains("without the dot");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "can a 3090 run qwen-72 with transformers?  | qwen-72b-chat",
            "can a 3090 run qwen14b?                     | -",
    })
    void twoDigitsThatMakeNoVersionStayASize(String question, String id) {
        // given two digits after a line's name that no catalog version has (a size); then no dotted version is read
        List<Understood.Model> got = read(question);
        assertThat(got).as(question).noneMatch(m -> m.note() != null && m.note().en().contains("without the dot"));
        if (!id.equals("-")) assertThat(got).extracting(Understood.Model::id).as(question).containsExactly(id);
    }
}
