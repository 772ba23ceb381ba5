package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.KindFrames.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two readings at the speed / diagnose boundary (eval/real-questions/README.md, "Slow but working, or broken"): the load
 * of several cards told as unbalanced ("load not balanced", "only one GPU is used", "the rest are idle") is a working run
 * spread unevenly, a speed question; garbage output is a fault of their own run even with no model or card named
 * ("为什么部署后输出的是一堆乱码").
 */
class KindLoadSpreadAndGarbageFormsTest extends KindFormsCase.Filled {

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "gpt-oss:20b", "gemma3 27b");
    private static final List<String> CARDS = List.of("4x 3090", "2x RTX 4090", "4 V100", "2x A4000");

    private static final List<Frame> FRAMES = List.of(
            new Frame("Multi-gpu load not balanced: running {m} on {g}, it is slow", Intent.SPEED),
            new Frame("Running {m} on {g}, the load is only happening on one GPU", Intent.SPEED),
            new Frame("Running {m} on {g}: only one GPU is used at 72%, the rest are idle", Intent.SPEED),
            new Frame("{m} on {g} with ollama: load is unbalanced, how can I spread it?", Intent.SPEED),
            // near misses: a failure beside the uneven load, and a yes or no about one card
            new Frame("Running {m} on {g}: only one GPU is used and then it crashes with out of memory", Intent.DIAGNOSE),
            new Frame("Will {m} work on one card of my {g}?", Intent.CAN_RUN));

    KindLoadSpreadAndGarbageFormsTest() {
        super(Parsers.PARSER, FRAMES, MODELS, CARDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"为什么我通过教程部署后，输出的是一堆乱码呢\n[…]", "部署之后输出全是乱码，怎么回事\n[…]",
            "Why is the output garbage after I followed the deploy guide?\n[…]", "I get gibberish output after setting it up, why?\n[…]"})
    void garbageOutputWithNothingNamedIsADiagnosis(String text) {
        assertThat(Parsers.PARSER.parseOrThrow(text).intent()).as(text).isEqualTo(Intent.DIAGNOSE);
    }
}
