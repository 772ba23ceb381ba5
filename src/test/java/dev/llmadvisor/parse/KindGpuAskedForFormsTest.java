package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.parse.KindFrames.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run kept off the GPU, told by asking for the GPU ("how can i use gpu to run? … use cpu to run is too slow", "怎么让它用上
 * 显卡") or by the GPU found slower than the CPU ("Using the GPU is slower than the CPU"), is a diagnosis with the GPU left
 * out, however slow it is called (eval/real-questions/README.md: "the GPU not used at all" is a fault besides slowness); and
 * memory found short of loading a model ("64 GB of CPU ram is not enough to load this model") is a failed load. Near
 * misses keep their kind: the GPUs and the CPU planned together, a slow run with the GPU in use, memory asked about.
 */
class KindGpuAskedForFormsTest extends KindFormsCase.Filled {

    private static final List<String> MODELS = List.of("qwen2 7b", "llama 3 8b", "mistral 7b");
    private static final List<String> CARDS = List.of("RTX 3070", "4060 8GB", "3090");

    private static final List<Frame> FRAMES = List.of(
            new Frame("how can i use gpu to run {m}?\n\nI have a {g}, use cpu to run is to slow", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is slow. How do I make it use the GPU?", Intent.DIAGNOSE),
            new Frame("Using the GPU is slower than the CPU\n\n{m} on a {g}: 2 tokens per second. So how can i use GPU to speed up?", Intent.DIAGNOSE),
            new Frame("{g}跑{m}，GPU比CPU还慢，速度只有2 tokens/s", Intent.DIAGNOSE),
            new Frame("{g}跑{m}很慢，怎么让它用上显卡？", Intent.DIAGNOSE),
            new Frame("I noticed that 64 GB of CPU ram is not enough to load {m}. It works with another loader but is slow on my {g}, "
                    + "I want it faster.", Intent.DIAGNOSE),
            // near misses: a plan of the cards and the CPU together, speed alone, a memory question
            new Frame("{m} on my {g} is slow, 5 tokens/s. How can I make it faster?", Intent.SPEED),
            new Frame("Is 16GB of RAM enough to load {m} next to my {g}?", Intent.CAN_RUN));

    KindGpuAskedForFormsTest() {
        super(FRAMES, MODELS, CARDS);
    }

    static Stream<String> gpuAskedFor() {
        return Stream.of("how can i use gpu to run? use cpu to run is to slow", "How do I get it to use the GPU? it runs on my 3060 at 2 t/s",
                "how to enable cuda? llama 3 8b takes a minute per answer", "Using the GPU is slower than the CPU",
                "gpu比cpu还慢", "怎么让ollama用上显卡");
    }

    @ParameterizedTest
    @MethodSource("gpuAskedFor")
    void theGpuAskedForIsTheGpuLeftOut(String text) {
        assertThat(KNOWLEDGE_PARSER.parse(text).report().has(Report.Symptom.GPU_NOT_USED)).as(text).isTrue();
    }

    static Stream<String> gpusPlanned() {
        return Stream.of("how can I use the GPU and CPU together for llama 3 70b?", "how to use gpu, cpu and ram for a 70b model",
                "the 4090 is faster than the 3090");
    }

    @ParameterizedTest
    @MethodSource("gpusPlanned")
    void aPlanOfTheHardwareIsNoGpuLeftOut(String text) {
        assertThat(KNOWLEDGE_PARSER.parse(text).report().has(Report.Symptom.GPU_NOT_USED)).as(text).isFalse();
    }
}
