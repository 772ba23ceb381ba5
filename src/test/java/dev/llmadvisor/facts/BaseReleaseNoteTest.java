package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A base release sized as the catalog's instruct tune is said to be so; a tune named as such carries no such note. */
class BaseReleaseNoteTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static List<Understood.Model> read(String text) {
        return FACTS.understand(PARSER.parse(text)).understood().models();
    }

    @Test
    void aBaseReleaseSizedAsItsInstructTuneSaysSo() {
        // deepseek-coder #664: the base releases were answered as the Instruct ones without a word
        Understood.Model m = read("what GPU memory does deepseek-coder-6.7b-base need on my RTX 4060 8GB?").get(0);
        assertThat(m.note()).isNotNull();
        assertThat(m.note().in(dev.llmadvisor.facts.Lang.EN)).contains("deepseek-coder-6.7b-base").contains("is sized as").contains("Instruct");
        assertThat(m.note().in(dev.llmadvisor.facts.Lang.ZH)).contains("基座版");
        // the instruct tune named as such is what was sized: nothing to say
        Understood.Model tune = read("what GPU memory does deepseek-coder-6.7b-instruct need on my RTX 4060 8GB?").get(0);
        assertThat(tune.note()).isNull();
    }
}
