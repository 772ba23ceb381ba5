package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatternsTest {

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group() : null;
    }

    @Test
    void aFirstLetterCheckTakesEachWordsFirstLetterOnceAndLeavesTheMatchesAsTheyWere() {
        // given an alternation with groups and '|' nested in them, only its top-level words' first letters are taken
        assertThat(Patterns.startsWithOneOf("runs?|running|ran|generat(?:es|ing)|respond(?:s|ing)?|fit entirely"))
                .isEqualTo("(?=[rgf])");
        // then a pattern guarded by it before its lookbehinds finds what the unguarded one finds, where it found it
        String words = "runs?|works?|loads?";
        Pattern plain = Pattern.compile("(?<![a-z])(?<!not |never )(?:" + words + ") fine");
        Pattern guarded = Pattern.compile("(?<![a-z])" + Patterns.startsWithOneOf(words) + "(?<!not |never )(?:" + words + ") fine");
        for (String text : List.of("it runs fine on my 3090", "it does not run fine", "never loads fine, but works fine", "它 runs fine",
                "reruns fine", "nothing")) {
            Matcher a = plain.matcher(text), b = guarded.matcher(text);
            while (a.find()) {
                assertThat(b.find()).as(text).isTrue();
                assertThat(b.start()).as(text).isEqualTo(a.start());
            }
            assertThat(b.find()).as(text).isFalse();
        }
    }

    @Test
    void aFirstLetterCheckRefusesAWordThatDoesNotStartWithALetter() {
        // a word starting with a class, a group or a digit has no one first letter to check for
        assertThatThrownBy(() -> Patterns.startsWithOneOf("runs?|(?:is|was) running")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Patterns.startsWithOneOf("[rw]uns")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLongestNameMatchesWhereSeveralStartAlike() {
        // names come longest first, as the vocabulary keeps them
        Pattern p = Patterns.anyOf(List.of("llama 3.1 70b", "llama 3.1", "llama3", "llama"), Patterns.B0);
        assertThat(first(p, "can a 4090 run llama 3.1 70b?")).isEqualTo("llama 3.1 70b");
        assertThat(first(p, "can a 4090 run llama 3.1?")).isEqualTo("llama 3.1");
        assertThat(first(p, "llama-3.1-70b on two cards")).isEqualTo("llama-3.1-70b");
        assertThat(first(p, "llama3 on a mac")).isEqualTo("llama3");
        assertThat(first(p, "llamas are not models")).isNull();
    }

    @Test
    void separatorsAreOptionalAndSymbolsAreLiteral() {
        Pattern p = Patterns.anyOf(List.of("rtx 4090", "command r+", "qwen2.5"), Patterns.B0);
        assertThat(first(p, "my rtx4090")).isEqualTo("rtx4090");
        assertThat(first(p, "RTX_4090".toLowerCase())).isEqualTo("rtx_4090");
        assertThat(first(p, "command r+ 104b")).isEqualTo("command r+");
        assertThat(first(p, "qwen2x5")).isNull();
    }

    @Test
    void aRunOfSeparatorsInANameIsOneOptionalGapAndSeparatorsAtItsEndsAreNothing() {
        // every separator people vary (white space, '-', '_', ':'), alone or in runs, inside and around a name
        for (String sep : List.of(" ", "-", "_", ":", "\t", " - ", "__", ": ")) {
            Pattern p = Patterns.anyOf(List.of(sep + "qwen" + sep + "14b" + sep), Patterns.B0);
            assertThat(first(p, "run qwen 14b")).as("separator [%s]", sep).isEqualTo("qwen 14b");
            assertThat(first(p, "run qwen14b")).as("separator [%s]", sep).isEqualTo("qwen14b");
            assertThat(first(p, "run qwen:14b")).as("separator [%s]", sep).isEqualTo("qwen:14b");
            assertThat(first(p, "run 14b qwen")).as("separator [%s]", sep).isNull();
        }
    }

    @Test
    void aVersionMayStandApartFromItsNameOnlyWhereAsked() {
        Pattern apart = Patterns.anyOf(List.of("qwen2.5 7b"), Patterns.B0, Patterns.B1, true);
        Pattern joined = Patterns.anyOf(List.of("qwen2.5 7b"), Patterns.B0, Patterns.B1, false);
        assertThat(first(apart, "qwen 2.5 7b")).isEqualTo("qwen 2.5 7b");
        assertThat(first(apart, "qwen2.5-7b")).isEqualTo("qwen2.5-7b");
        assertThat(first(joined, "qwen 2.5 7b")).isNull();
        assertThat(first(joined, "qwen2.5-7b")).isEqualTo("qwen2.5-7b");
    }
}
