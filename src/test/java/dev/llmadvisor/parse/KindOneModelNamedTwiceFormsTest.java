package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.KindFrames.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One model named twice is not two models weighed (eval/real-questions/README.md, kind compare_models: options weighed):
 * a choice word ("better", "or" between two flags, "还是") beside a model named in prose and again in a path, beside its
 * bare size, or beside its family alone, leaves the question what it was. Near misses keep the comparison: two versions
 * ("Llama 3" and "Llama 3.1"), a model and its coder tune, two different models.
 */
class KindOneModelNamedTwiceFormsTest extends KindFormsCase {

    @Override
    Stream<Frame> frames() {
        return Stream.of(
                // the same model in prose and in the path of the command
                new Frame("With Qwen3-Coder-30B-A3B-Instruct it is better to increase the KV cache."
                        + " I've got an error with a 2GB KV cache. My command: python nollama.py --model-dir C:\\models\\Qwen3-Coder-30B-A3B-Instruct-int8-ov --device GPU",
                        Intent.DIAGNOSE),
                // a bare size beside the name of that size, "or" between two flags
                new Frame("Koboldcpp doesn't free RAM after offloading layers. It fails the same whether I use --usecublas or --useclblast."
                        + " I offload all layers of a 13b model with koboldcpp.exe --model C:\\AI\\Wizard-Vicuna-13B-Uncensored.q5_K_M.bin --gpulayers 100 and get an error",
                        Intent.DIAGNOSE),
                // near misses: two models, two versions, a model and its coder tune
                new Frame("qwen3 32b or mistral 7b on my 3090, which one is better?", Intent.COMPARE),
                new Frame("llama 3 70b or llama 3.1 70b on my 3090, which one is better?", Intent.COMPARE),
                new Frame("qwen2.5 7b or qwen2.5-coder 7b on my 3090, which one is better?", Intent.COMPARE));
    }

    record Named(List<String> mentions, int models) {}

    static Stream<Named> mentions() {
        return Stream.of(
                new Named(List.of("13b", "Wizard-Vicuna-13B-Uncensored"), 1),
                new Named(List.of("Qwen3-Coder-30B-A3B-Instruct", "Qwen3-Coder-30B-A3B-Instruct-int8-ov"), 1),
                new Named(List.of("Gemma4 12B", "Gemma 4", "12B"), 1),
                new Named(List.of("GLM", "GLM-5.3"), 1),
                new Named(List.of("llama 3", "llama 3.1"), 2),
                new Named(List.of("qwen2.5", "qwen2.5-coder"), 2),
                new Named(List.of("GLM-5.3", "GLM-5.3-Flash"), 2),
                new Named(List.of("qwen3 32b", "mistral 7b"), 2));
    }

    @ParameterizedTest
    @MethodSource("mentions")
    void countsAModelNamedTwiceOnce(Named n) {
        assertThat(ModelSpotter.distinctModels(n.mentions())).as(n.mentions().toString()).isEqualTo(n.models());
    }
}
