package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;


/**
 * An engine named only as one used in the past ("In the past, I used GPT4All", "I used to run koboldcpp", "以前用过 LM Studio")
 * or as where the model works on its own ("works fine in pure llama_cpp python", "works when directly using vllm") is not
 * the engine the question is about: the other one named is. A slipped name ("Xinferrence") weighs like the name. Near
 * misses: an engine used now, or failing, stays the engine.
 */
class EngineAsideFormsTest {

    /** Engine named in the past or as where it works ({a}), and the engine asked about ({e}). */
    private static final Map<String, Engine> ASKED = Map.of("Ollama", Engine.OLLAMA, "vLLM", Engine.VLLM, "LM Studio", Engine.LM_STUDIO,
            "KoboldCpp", Engine.OTHER);
    private static final List<String> ASIDE = List.of("GPT4All", "llama.cpp", "text-generation-webui", "transformers");

    private static final List<String> PAST = List.of(
            "In the past, I used {a}, 8b models were very slow. Should I use {e} with my 3060 12GB?",
            "In the past I used **`{a}`**. Can {e} run qwen2.5 14b on a 4060 Ti 16GB?",
            "I used to run {a} but it was slow. What can {e} run on my 3090?",
            "Previously, I used {a} for llama 3 8b. Does {e} fit qwen3 32b on two 3090s?",
            "以前用过{a}，很慢。现在想用{e}跑 qwen2.5 14b，4060 8G 够吗？");

    private static final List<String> WORKS = List.of(
            "Failed to launch qwen2.5 14b using {e} but works fine in pure {a} on my A100 40GB",
            "{e} runs out of memory with llama 3.1 8b on a 3090, but it works fine when directly using {a}",
            "The model crashes in {e} on my 4090; it works in plain {a}. Why?");

    /** The engine after "compare … with / to / against" is the yardstick, with what is compared between. */
    private static final List<String> COMPARED = List.of(
            "I was trying to compare {e}'s tokens/second with {a} on my M1 Max 32GB: 2 t/s against 11 t/s",
            "Comparing tokens/second with {a} on a 4090: {e} gives only 20 t/s with qwen3 14b. Why?",
            "I compared the memory use of qwen3 8b against {a}; {e} needs 3 GB more on my 3060 12GB");

    @TestFactory
    Stream<DynamicTest> anEngineComparedWithIsNotTheOneAskedAbout() {
        return forms(COMPARED);
    }

    @TestFactory
    Stream<DynamicTest> anEngineUsedBeforeIsNotTheOneAskedAbout() {
        return forms(PAST);
    }

    @TestFactory
    Stream<DynamicTest> anEngineWhereItWorksIsNotTheOneAskedAbout() {
        return forms(WORKS);
    }

    private static Stream<DynamicTest> forms(List<String> frames) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : frames) {
            for (String aside : ASIDE) {
                ASKED.forEach((asked, engine) -> {
                    String q = frame.replace("{a}", aside).replace("{e}", asked);
                    tests.add(Parsers.engineIs(q, q, engine));
                });
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aSlippedNameBesideAnEngineThatWorksIsTheEngine() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String slipped : List.of("Xinferrence", "xinfernece", "lmdeplyo", "koboldpcp")) {
            for (String frame : WORKS.subList(0, 2)) {
                String q = frame.replace("{a}", "llama_cpp python").replace("{e}", slipped);
                tests.add(Parsers.engineIs(q, q, Engine.OTHER));
            }
        }
        return tests.stream();
    }

    /** Near misses: the engine used now ("I use", "I used it yesterday"), or the one that fails, is the engine. */
    /**
     * A failure told just before an engine's name, in its clause ("doesn't work when I try it with …"), marks the engine that
     * fails, as one told after it does: that one is asked about, not the one it is compared with. Near miss: a failure in
     * another clause before the name marks nothing.
     */
    private static final Map<String, Engine> FAILING_BEFORE = Map.of(
            "I can run QwQ-32B using llama.cpp on my 4090 just fine, but the same command doesnt work when I try it with `mistral-rs`",
            Engine.OTHER,
            "Qwen2.5 14b is fast in Ollama on my 3090, but it fails in vllm", Engine.VLLM,
            "I run qwen2.5 14b in Ollama on my 3090. It fails. Then I tried it in vllm", Engine.OLLAMA,
            // two launches pasted, the one that fails is asked about
            "llama-server --port 5000 -m qwq-32b.gguf runs on my 4090, but the same command doesnt work when I try it with mistral.rs:\n"
                    + "mistralrs-server --port 5000 gguf -m . -f qwq-32b.gguf", Engine.OTHER);

    @TestFactory
    Stream<DynamicTest> anEngineAFailureIsToldOfJustBeforeIsTheEngine() {
        List<DynamicTest> tests = new ArrayList<>();
        FAILING_BEFORE.forEach((q, e) -> tests.add(Parsers.engineIs(q, q, e)));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> anEngineUsedNowOrFailingStaysTheEngine() {
        Map<String, Engine> texts = Map.of(
                "I used Ollama yesterday to run qwen3 14b on my 3060 and it ran out of memory", Engine.OLLAMA,
                "In the past week I used vllm with llama 3.1 8b on a 4090 and it is slow", Engine.VLLM,
                "I used to use llama.cpp, now LM Studio fails to load qwen3 32b on my 3090", Engine.LM_STUDIO,
                "现在用 ollama 跑 qwen2.5 14b 很慢，4060 8G", Engine.OLLAMA,
                "It works fine in vllm, but when directly using transformers it runs out of memory on my A100", Engine.TRANSFORMERS,
                "Works fine in pure llama.cpp", Engine.LLAMA_CPP,
                "I compared a few quants. With llama.cpp qwen3 8b runs at 5 t/s on my 3060, is that normal?", Engine.LLAMA_CPP);
        List<DynamicTest> tests = new ArrayList<>();
        texts.forEach((q, engine) -> tests.add(Parsers.engineIs(q, q, engine)));
        return tests.stream();
    }
}
