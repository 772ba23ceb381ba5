package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hyphen look-alike inside a name (Unicode hyphen, non-breaking hyphen, figure dash, en dash, minus sign) reads as the
 * name's hyphen, so the model resolves as it does written with '-'; a dash standing between spaces, and the em dash,
 * stay punctuation.
 */
class HyphenLookalikeFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final List<Character> LOOKALIKES = List.of('\u2010', '\u2011', '\u2012', '\u2013', '\u2212');

    @Test
    void aLookalikeInsideANameIsItsHyphen() {
        // given names written with each look-alike in place of '-', in English and Chinese sentences
        for (String name : List.of("Mini-InternVL-Chat-4B-V1-5", "Qwen2.5-32B-Instruct", "Llama-3.1-8B", "DeepSeek-R1-Distill-Qwen-14B")) {
            for (char dash : LOOKALIKES) {
                String written = name.replace('-', dash);
                for (String q : List.of("can my RTX 3090 run " + written + "?", written + "在4090上推理速度慢")) {
                    // then: the scan reads the ASCII name, and the parser the same mention as with '-'
                    assertThat(Scan.normalize(q)).as(q).contains(name);
                    String plain = q.replace(written, name);
                    assertThat(PARSER.parse(q).models()).as(q).isNotEmpty().isEqualTo(PARSER.parse(plain).models());
                }
            }
        }
    }

    @Test
    void aDashBetweenSpacesOrAnEmDashStaysPunctuation() {
        // near misses: a dash set off by spaces, an em dash, a minus before a number at a word's start
        assertThat(Scan.normalize("Qwen3 8B \u2013 fast enough?")).contains("8B \u2013 fast");
        assertThat(Scan.normalize("Qwen3 8B\u2014fast enough?")).contains("8B\u2014fast");
        assertThat(Scan.normalize("temperature \u22121 then")).contains("\u22121");
    }
}
