package dev.llmadvisor.parse;

import dev.llmadvisor.eval.real.RealQuestion;
import dev.llmadvisor.eval.real.RealQuestionLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The literal prefilter: what each pattern is found to need (given this pattern, then these strings), and that a filtered
 * find agrees with the regex itself for every static pattern of the parser on real questions and random text.
 */
class PrefilterTest {

    private static List<Pattern> parserPatterns;
    private static List<String> texts;

    @BeforeAll
    static void load() throws Exception {
        parserPatterns = parserPatterns();
        texts = new ArrayList<>();
        List<RealQuestion> corpus = RealQuestionLoader.load(Path.of("eval/real-questions"));
        for (int i = 0; i < corpus.size(); i += 100) {
            texts.add(corpus.get(i).text());
            texts.add(corpus.get(i).text().toLowerCase(Locale.ROOT));
        }
        Random random = new Random(7);
        // chat-sized random texts (the long ones would only make the check slow: each pattern runs on each text twice)
        for (int i = 2; i < 120; i++) {
            String t = FuzzText.next(random, i);
            if (t.length() <= 400) texts.add(t);
        }
    }

    @Test
    void aSequenceNeedsItsLongestFixedRun() {
        assertThat(needles("(?<![a-z])(?:only|just) runs on (?:the )?cpu\\b")).containsExactly(" runs on ");
    }

    @Test
    void anAlternationNeedsOneOfItsBranches() {
        assertThat(needles("foo|bar(?:baz)?")).containsExactly("foo", "bar");
    }

    @Test
    void aNeedleHoldingAnotherIsLeftOut() {
        assertThat(needles("cpu\\b|the cpu|显卡")).containsExactly("cpu", "显卡");
    }

    @Test
    void optionalPiecesNeedNothing() {
        assertThat(needles("a?(?:bcd)*[0-9]+")).isEmpty();
        assertThat(Prefilter.find(Pattern.compile("a?(?:bcd)*[0-9]+"), "x9")).isTrue();
    }

    @Test
    void aRepeatedPieceStillNeedsItsText() {
        assertThat(needles("(?:gpu )+\\d+%")).containsExactly("gpu ");
        assertThat(needles("(?:load )+x?")).containsExactly("load ");
    }

    @Test
    void escapesAreReadAsTheirCharacters() {
        assertThat(needles("\\(\\d+\\) tok/s\\.")).containsExactly(") tok/s.");
        assertThat(needles("\\Qa|b\\E")).containsExactly("a|b");
    }

    @Test
    void caseInsensitivePatternsCompareLowerCase() {
        Pattern p = Pattern.compile("(?i)llama\\.CPP");
        assertThat(needles(p)).containsExactly("llama.cpp");
        assertThat(Prefilter.find(p, "I run LLaMA.cpp")).isTrue();
        assertThat(Prefilter.find(Pattern.compile("VRAM", Pattern.CASE_INSENSITIVE), "my vram")).isTrue();
    }

    @Test
    void constructsNotUnderstoodLeaveThePatternUnfiltered() {
        assertThat(needles(Pattern.compile("a b # comment", Pattern.COMMENTS))).isEmpty();
        assertThat(needles(Pattern.compile("straße", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))).isEmpty();
    }

    @Test
    void aTextWithoutTheNeedlesIsPassedOver() {
        Pattern p = workedOut(Pattern.compile("(?<![a-z])(?:only|just) runs on (?:the )?cpu\\b"));
        assertThat(Prefilter.mayFind(p, "it runs fast on my gpu")).isFalse();
        assertThat(Prefilter.find(p, "it only runs on the cpu")).isTrue();
        assertThat(Prefilter.replaceAll(p, "nothing here", "x")).isEqualTo("nothing here");
    }

    @Test
    void aTopLevelAlternationFindsWhatEachBranchFinds() {
        Pattern p = Pattern.compile("(?<!not )gpu (?:is )?idle|显卡(?:没有|没)(?:被)?使用|(\\d+)% cpu");
        assertThat(Prefilter.find(p, "the gpu is idle")).isTrue();
        assertThat(Prefilter.find(p, "not gpu idle")).isFalse();
        assertThat(Prefilter.find(p, "我的显卡没有被使用")).isTrue();
        assertThat(Prefilter.find(p, "100% cpu")).isTrue();
        assertThat(Prefilter.find(p, "100% gpu")).isFalse();
    }

    @Test
    void aNarrowedMatcherFindsTheSameMatchesWithTheSameGroups() {
        Pattern p = workedOut(Pattern.compile("(\\d+) ?gpus?|vram (\\d+)|显存(\\d+)|(\\d+)g ram"));
        String text = "2 gpus, vram 24 each, and 3 gpus more";
        Matcher m = Prefilter.matcher(p, text);
        // the branches whose words the text lacks are not tried
        assertThat(m.pattern()).isNotSameAs(p);
        Matcher regex = p.matcher(text);
        int found = 0;
        while (regex.find()) {
            assertThat(m.find()).isTrue();
            found++;
            for (int g = 0; g <= regex.groupCount(); g++) assertThat(m.group(g)).isEqualTo(regex.group(g));
        }
        assertThat(m.find()).isFalse();
        assertThat(found).isEqualTo(3);
        Matcher none = Prefilter.matcher(Pattern.compile("vram|显存"), "nothing here");
        assertThat(none.find()).isFalse();
    }

    @Test
    void aPatternRunsUnfilteredOverItsFirstTwoShorterTexts() {
        Pattern p = Pattern.compile("(?<![a-z])(?:only|just) runs on (?:the )?cpu\\b");
        String shorter = "it runs fast on my gpu";
        assertThat(Prefilter.mayFind(p, shorter)).isTrue();
        assertThat(Prefilter.matcher(p, shorter).find()).isFalse();
        // the third use works the needles out, and the text without them is passed over from then on
        assertThat(Prefilter.mayFind(p, shorter)).isFalse();
        assertThat(Prefilter.find(p, "it only runs on the cpu")).isTrue();
    }

    @Test
    void aTextAsLongAsThePatternHasItWorkedOutAtOnce() {
        Pattern p = Pattern.compile("(?:only|just) runs on cpu");
        assertThat(Prefilter.mayFind(p, "a text as long as this pattern is")).isFalse();
    }

    @Test
    void everyParserPatternFindsWhatTheRegexFinds() {
        assertThat(parserPatterns).hasSizeGreaterThan(300);
        int filtered = 0;
        for (Pattern p : parserPatterns) {
            if (!Prefilter.needles(p).isEmpty()) filtered++;
            for (String t : texts) {
                boolean regex = p.matcher(t).find();
                assertThat(Prefilter.find(p, t)).as("%s on %.60s", p.pattern(), t).isEqualTo(regex);
                if (regex) assertThat(Prefilter.mayFind(p, t)).isTrue();
                Matcher narrowed = Prefilter.matcher(p, t);
                if (narrowed.pattern() != p) assertThat(matches(narrowed)).as("%s on %.60s", p.pattern(), t).isEqualTo(matches(p.matcher(t)));
            }
        }
        // most of the parser's patterns need some word: a reader that gives up on everything would pass the check above
        assertThat(filtered).isGreaterThan(parserPatterns.size() * 3 / 4);
    }

    /** Every match's bounds and its groups' bounds, in order. */
    private static List<List<Integer>> matches(Matcher m) {
        List<List<Integer>> out = new ArrayList<>();
        while (m.find()) {
            List<Integer> bounds = new ArrayList<>();
            for (int g = 0; g <= m.groupCount(); g++) {
                bounds.add(m.start(g));
                bounds.add(m.end(g));
            }
            out.add(bounds);
        }
        return out;
    }

    /** {@code p} with its needles worked out now, as at its third use over a short text. */
    private static Pattern workedOut(Pattern p) {
        Prefilter.needles(p);
        return p;
    }

    private static List<String> needles(String regex) {
        return needles(Pattern.compile(regex));
    }

    private static List<String> needles(Pattern p) {
        return Prefilter.needles(p);
    }

    /** Every static pattern of the classes that run theirs through the prefilter: the parser's and the log reader's. */
    private static List<Pattern> parserPatterns() throws Exception {
        List<Pattern> out = new ArrayList<>();
        for (String pkg : List.of("parse", "logs")) addStaticPatterns(pkg, out);
        return out;
    }

    private static void addStaticPatterns(String pkg, List<Pattern> out) throws Exception {
        Path classes = Path.of(Prefilter.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("dev/llmadvisor/" + pkg);
        try (Stream<Path> files = Files.list(classes)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class")) continue;
                Class<?> c = Class.forName("dev.llmadvisor." + pkg + "." + name.substring(0, name.length() - ".class".length()));
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Pattern.class) continue;
                    field.setAccessible(true);
                    out.add((Pattern) field.get(null));
                }
            }
        }
    }
}
