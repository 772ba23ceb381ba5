package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalog model named with a word saying its refusals were edited out (-abliterated, -uncensored, -heretic) is sized
 * as that model, and the note says so in the question's language; the same model named plainly carries no such note,
 * nor does a word that only contains one of those letters' runs.
 */
class RefusalsRemovedNoteTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static final List<Function<String, String>> FRAMES = List.of(
            n -> "can my RTX 3090 run " + n + "?",
            n -> "my 4090 runs " + n + " out of memory, why?",
            n -> "我的4090能跑 " + n + " 吗");

    private static List<Understood.Model> read(String text) {
        return FACTS.understand(PARSER.parse(text)).understood().models();
    }

    @Test
    void aNameWithItsRefusalsEditedOutIsSizedAsItsBaseSaidSo() {
        // given names as uploaders write them: the word last, before a format, under an owner, in any case
        List<String[]> names = List.of(
                new String[] {"Qwen3-8B-abliterated", "qwen3-8b", "abliterated"},
                new String[] {"huihui-ai/Qwen2.5-32B-Instruct-abliterated", "qwen2.5-32b-instruct", "abliterated"},
                new String[] {"gemma-3-12b-it-heretic", "gemma3-12b-it", "heretic"},
                new String[] {"Qwen3-14B-Heretic-GGUF", "qwen3-14b", "heretic"},
                new String[] {"Llama-3.2-3B-Instruct-uncensored-GGUF", "llama3.2-3b-instruct", "uncensored"},
                new String[] {"mlabonne/gemma-3-27b-it-abliterated-GGUF:Q4_K_M", "gemma3-27b-it", "abliterated"});
        for (String[] n : names) {
            for (Function<String, String> frame : FRAMES) {
                String q = frame.apply(n[0]);
                List<Understood.Model> got = read(q);
                // then: the base model, with a note naming the word and the base
                assertThat(got).as(q).hasSize(1);
                assertThat(got.get(0).id()).as(q).isEqualTo(n[1]);
                assertThat(got.get(0).note()).as(q).isNotNull();
                assertThat(got.get(0).note().en()).as(q).contains("refusals edited out (" + n[2] + ")").contains("sized as " + got.get(0).name());
                assertThat(got.get(0).note().zh()).as(q).contains("去掉拒答").contains(got.get(0).name());
            }
        }
    }

    @Test
    void aPlainNameOrALookalikeWordGetsNoSuchNote() {
        // near misses: the base named plainly, and words that only contain the letters ("hereticalfoo" is no marker)
        for (String q : List.of("can my RTX 3090 run Qwen3-8B?", "can my RTX 3090 run gemma-3-12b-it?",
                "can my RTX 3090 run Qwen3-8B in the uncensoredness benchmark?")) {
            List<Understood.Model> got = read(q);
            assertThat(got).as(q).isNotEmpty();
            assertThat(got).as(q).allSatisfy(m -> assertThat(m.note() == null ? "" : m.note().en()).doesNotContain("refusals"));
        }
        assertThat(ModelResolver.refusalsRemovedNote("Qwen3-8B-hereticalfoo", K.models().find("qwen3-8b").orElseThrow().model())).isEmpty();
        assertThat(ModelResolver.refusalsRemovedNote("Qwen3-8B-unabliterated", K.models().find("qwen3-8b").orElseThrow().model())).isEmpty();
    }
}
