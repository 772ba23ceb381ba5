package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fingerprint of {@link EngineFingerprints}, through every example it carries, embedded in sentences and pasted logs
 * (English and Chinese), resolves to its engine; and engines named only as options weighed or as the yardstick follow the
 * README's rule (the engine is the one the person runs).
 */
class EngineFingerprintsTest {

    /** Sentences an example is written into: a question, a command or log pasted in a code block, Chinese around it. */
    private static final List<String> FRAMES = List.of(
            "I am using %s with qwen3 14b on my 3090 and it runs out of memory. What is wrong?",
            "Here is what I ran:\n```\n%s\n```\nThe model is very slow on my 4090, is that normal?",
            "我用 %s 跑 qwen3 32b，两张4090，显存不够，怎么办？",
            "日志如下：\n%s\n请问为什么这么慢？");

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsOwnPattern() {
        return EngineFingerprints.ALL.stream().flatMap(f -> f.examples().stream().map(ex -> DynamicTest.dynamicTest(
                f.engine() + " " + f.kind() + ": " + ex, () -> {
                    Pattern p = Pattern.compile("(?<![a-z0-9_])(?:" + f.pattern() + ")(?![a-z0-9_])");
                    assertThat(p.matcher(ex.toLowerCase(Locale.ROOT)).find()).as(ex).isTrue();
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleInASentenceOrALogNamesItsEngine() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineFingerprints.Fingerprint f : EngineFingerprints.ALL) {
            for (String ex : f.examples()) {
                for (String frame : FRAMES) {
                    String text = frame.formatted(ex);
                    tests.add(DynamicTest.dynamicTest(f.engine() + " " + f.kind() + ": " + text,
                            () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(f.engine())));
                }
            }
        }
        return tests.stream();
    }

    /** One name per engine, the first name example of each in the table. */
    private static Map<Engine, String> names() {
        Map<Engine, String> names = new LinkedHashMap<>();
        for (EngineFingerprints.Fingerprint f : EngineFingerprints.ALL) {
            if (f.kind() == EngineFingerprints.Kind.NAME) names.putIfAbsent(f.engine(), f.examples().get(0));
        }
        return names;
    }

    /** A framework that runs engines underneath (Xinference, FastChat), named with one of them: that engine is the one run. */
    @TestFactory
    Stream<DynamicTest> aHostNamedWithTheEngineItRunsIsThatEngine() {
        List<String> frames = List.of(
                "I serve qwen3 14b through %s with %s as the backend and it runs out of memory on my 3090",
                "%s 0.9.0, %s 0.4.2, two A100s: the model takes twice the memory it should",
                "用%s部署qwen3 32b，后端是%s，显存不够");
        List<DynamicTest> tests = new ArrayList<>();
        Map<Engine, String> names = names();
        for (EngineFingerprints.Host h : EngineFingerprints.HOSTS) {
            String host = h.pattern().split("[(|]")[0];
            for (Engine e : h.runs()) {
                for (String frame : frames) {
                    String text = frame.formatted(host, names.get(e));
                    tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(e)));
                }
            }
        }
        return tests.stream();
    }

    /** The engine left for another, the one that works, or a comparison before what the person uses: the other one is run. */
    @TestFactory
    Stream<DynamicTest> theEngineLeftOrWorkingIsNotTheOneAskedAbout() {
        List<String> frames = List.of(
                "I moved from %1$s to %2$s and now qwen3 14b runs out of memory on my 3090",
                "with %1$s it works, with %2$s it runs out of memory on my 3090",
                "would %1$s be faster than %2$s for qwen3 14b? I currently use %2$s on a 3090",
                "我从%1$s换成了%2$s，qwen3 14b在3090上显存不够了");
        List<DynamicTest> tests = new ArrayList<>();
        names().forEach((a, nameA) -> names().forEach((b, nameB) -> {
            if (a == b) return;
            for (String frame : frames) {
                String text = frame.formatted(nameA, nameB);
                tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(b)));
            }
        }));
        return tests.stream();
    }

    @Test
    void anEnginesFlagsPassedThroughAHostAreTheHostsOptions() {
        String text = "xinference launch --model-name qwen2-instruct --tensor_parallel_size 2 --gpu_memory_utilization 0.9 fails on two 4090s";
        assertThat(Parsers.PARSER.parse(text).engine()).isEqualTo(Engine.OTHER);
    }

    @TestFactory
    Stream<DynamicTest> enginesWeighedAsOptionsNameNone() {
        List<String> frames = List.of(
                "should I use %s or %s for qwen3 32b on my 3090?",
                "%s vs %s for llama 3 70b on two 4090s, which is faster?",
                "部署qwen3 32b用%s还是%s？两张4090");
        List<DynamicTest> tests = new ArrayList<>();
        names().forEach((a, nameA) -> names().forEach((b, nameB) -> {
            if (a == b) return;
            for (String frame : frames) {
                String text = frame.formatted(nameA, nameB);
                tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isNull()));
            }
        }));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> anEngineNamedAsTheYardstickIsNotTheOneRun() {
        List<String> frames = List.of(
                "I run qwen3 14b with %s on my 3090; would it be faster than %s?",
                "%s needs far more memory for qwen3 14b than %s on my 3090. Why?",
                "我用%s跑qwen3 14b，显存占用比%s大很多，为什么？");
        List<DynamicTest> tests = new ArrayList<>();
        names().forEach((a, nameA) -> names().forEach((b, nameB) -> {
            if (a == b) return;
            for (String frame : frames) {
                String text = frame.formatted(nameA, nameB);
                tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(a)));
            }
        }));
        return tests.stream();
    }
}
