package dev.llmadvisor.facts;

import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transformers model class in pasted code or a log ("Qwen2_5_VLForConditionalGeneration", "type=Qwen2ForCausalLM") names
 * the architecture's code, not a model: the model is the one the code loads.
 */
class ModelClassNameTest {

    private static List<String> names(String text) {
        return Understanding.modelNames(text);
    }

    @Test
    void givenAModelClassInPastedCode_thenOnlyTheModelItLoads() {
        assertThat(names("""
                为什么我推理输出的结果是一行感叹号？4090
                from transformers import Qwen2_5_VLForConditionalGeneration, AutoProcessor
                model = Qwen2_5_VLForConditionalGeneration.from_pretrained("/data/Llama-3.1-8B-Instruct", device_map="cuda")
                """)).hasSize(1).allMatch(n -> n.startsWith("Llama 3.1 8B"));
        assertThat(names("Mistral 7B runs out of memory on my 3090 in vLLM. Load weight end. type=Qwen2ForCausalLM"))
                .hasSize(1).allMatch(n -> n.startsWith("Mistral 7B"));
    }

    @Test
    void givenTheSameLineNamedAsAModel_thenItIsRead() {
        assertThat(names("Qwen2.5 7B 在4090上输出乱码")).hasSize(1).allMatch(n -> n.startsWith("Qwen2.5 7B"));
    }
}
