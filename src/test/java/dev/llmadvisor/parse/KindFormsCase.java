package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.KindFrames.Frame;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The given/then the kind tests share: given the sentences a class lists with their kinds ({@link #frames()}), then the
 * parser reads each sentence as its kind. A class gives its frames and, where it reads with the small test vocabulary,
 * its parser; its own further tests stand beside this one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KindFormsCase {

    /** The parser with the knowledge folder's vocabulary (real model and card names), loaded once for all kind tests. */
    static final QuestionParser KNOWLEDGE_PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    /** Given: the sentences, each with the kind it is read as. */
    abstract Stream<Frame> frames();

    /** The parser the frames are read with. */
    QuestionParser parser() {
        return KNOWLEDGE_PARSER;
    }

    @ParameterizedTest
    @MethodSource("frames")
    void readsTheKind(Frame f) {
        assertThat(parser().parseOrThrow(f.text()).intent()).as(f.text()).isEqualTo(f.kind());
    }

    /** The usual case: frames filled with the class's models ({m}) and cards ({g}) pairwise ({@link KindFrames#filled}). */
    abstract static class Filled extends KindFormsCase {
        private final QuestionParser parser;
        private final List<Frame> frames;
        private final List<String> models;
        private final List<String> cards;

        /** Read with the knowledge folder's vocabulary. */
        Filled(List<Frame> frames, List<String> models, List<String> cards) {
            this(KNOWLEDGE_PARSER, frames, models, cards);
        }

        Filled(QuestionParser parser, List<Frame> frames, List<String> models, List<String> cards) {
            this.parser = parser;
            this.frames = frames;
            this.models = models;
            this.cards = cards;
        }

        @Override
        QuestionParser parser() {
            return parser;
        }

        @Override
        Stream<Frame> frames() {
            return KindFrames.filled(frames, models, cards);
        }
    }
}
