package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser with the small test vocabulary, and paths to the labelled sets. */
final class Parsers {

    private Parsers() {}

    static final QuestionParser PARSER = new QuestionParser(vocabulary());

    static Vocabulary vocabulary() {
        try (InputStream in = Parsers.class.getResourceAsStream("/parse/vocabulary.yaml")) {
            return Vocabulary.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test, named {@code name}, that the parser reads {@code q}'s engine as {@code engine}. */
    static DynamicTest engineIs(String name, String q, Engine engine) {
        return DynamicTest.dynamicTest(name, () -> assertThat(PARSER.parse(q).engine()).as(q).isEqualTo(engine));
    }

    static Path resource(String name) {
        try {
            return Path.of(Parsers.class.getResource("/parse/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
