package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engine's made-up name with one slip of the keys ("KTranformers", "xinfernece", "lmdeplyo") still names it, in every
 * slip past the first two letters and in English and Chinese questions; real words and short names one slip from another
 * engine's name ("inference", "transformer", "lama") do not, but the mistypings of Ollama and llama.cpp people write ("Olama",
 * "ollma", "llama.ccp") do.
 */
class EngineNameSlipFormsTest {

    private static final Map<String, Engine> NAMES = Map.of("KTransformers", Engine.KTRANSFORMERS, "LMStudio", Engine.LM_STUDIO,
            "Xinference", Engine.OTHER, "koboldcpp", Engine.OTHER, "lmdeploy", Engine.OTHER, "llamafile", Engine.OTHER,
            "Chatchat", Engine.OTHER);

    private static final List<String> FRAMES = List.of(
            "I run {e} with qwen2.5 14b on a 4090 and it is slow, why?",
            "用{e}部署 qwen2.5 14b，显卡是 4090，显存不够怎么办",
            "Does {e} support two 3090s for llama 3.1 70b?");

    /** Every word one slip from {@code name} past its first two letters: a letter left out, one doubled, two neighbours swapped. */
    static Set<String> slips(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 2; i < name.length(); i++) {
            out.add(name.substring(0, i) + name.substring(i + 1));
            out.add(name.substring(0, i) + name.charAt(i) + name.substring(i));
            if (i + 1 < name.length() && name.charAt(i) != name.charAt(i + 1)) {
                out.add(name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2));
            }
        }
        out.remove(name);
        return out;
    }

    @TestFactory
    Stream<DynamicTest> aSlipOfAnEnginesNameNamesIt() {
        List<DynamicTest> tests = new ArrayList<>();
        NAMES.forEach((name, engine) -> {
            for (String typed : slips(name)) {
                for (String frame : FRAMES) {
                    String q = frame.replace("{e}", typed);
                    tests.add(Parsers.engineIs(engine + ": " + q, q, engine));
                }
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> wordsNearAnEnginesNameNameNone() {
        List<String> near = List.of("inference", "transformer", "lama", "deploy", "studio", "inferences", "turbo", "chitchat",
                "chatbot");
        List<DynamicTest> tests = new ArrayList<>();
        for (String w : near) {
            for (String frame : FRAMES) {
                String q = frame.replace("{e}", w);
                tests.add(DynamicTest.dynamicTest(w + ": " + q, () -> assertThat(Parsers.PARSER.parse(q).engine()).as(q).isNull()));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theMistypingsOfShortNamesNameTheirEngine() {
        Map<String, Engine> typed = Map.of("Olama", Engine.OLLAMA, "ollma", Engine.OLLAMA, "olllama", Engine.OLLAMA,
                "llama.ccp", Engine.LLAMA_CPP, "lama.cpp", Engine.LLAMA_CPP, "llamma.cpp", Engine.LLAMA_CPP, "llama.c++", Engine.LLAMA_CPP);
        List<DynamicTest> tests = new ArrayList<>();
        typed.forEach((name, engine) -> {
            for (String frame : FRAMES) {
                String q = frame.replace("{e}", name);
                tests.add(Parsers.engineIs(engine + ": " + q, q, engine));
            }
        });
        return tests.stream();
    }
}
