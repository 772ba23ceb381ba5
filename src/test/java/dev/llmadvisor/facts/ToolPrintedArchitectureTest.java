package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.Understanding.catalogId;
import static dev.llmadvisor.testing.Understanding.modelIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture a tool prints beside the model it runs names no model: the "family" and "families" of a model's
 * details in Ollama's API ({@code /api/tags}, {@code /api/show}), the "architecture" row of {@code ollama show}, the
 * {@code architecture=} field of Ollama's server log and config.json's "model_type". With Ollama as the engine a line's
 * name alone is read as its library's :latest tag, so such a value would add a second, unasked model ("qwen2" beside a
 * DeepSeek-R1 distill). The architecture asked about in the person's own words stays a model.
 */
class ToolPrintedArchitectureTest {

    /** Each way a tool prints the architecture, for a model run and the architecture its file declares. */
    private static List<String> printed(String tag, String arch, String size) {
        return List.of(
                "ollama run " + tag + " is slow on my 3060\n{\"models\":[{\"name\":\"" + tag + "\",\"details\":{\"format\":\"gguf\",\"family\":\""
                        + arch + "\",\"families\":[\"" + arch + "\"],\"parameter_size\":\"" + size + "B\",\"quantization_level\":\"Q4_K_M\"}}]}",
                "ollama 跑 " + tag + " 很慢，显卡 4060\n\"details\": {\"parent_model\": \"\", \"format\": \"gguf\", \"family\": \"" + arch
                        + "\", \"families\": [\"" + arch + "\", \"clip\"]}",
                "ollama show " + tag + "\n  Model\n    architecture        " + arch + "\n    parameters          " + size + "B\n    quantization        Q4_K_M\n"
                        + "it does not fit my 3060 with ollama",
                "ollama run " + tag + " uses the CPU only\ntime=2025-05-01T10:00:00.000Z level=INFO source=ggml.go:136 msg=\"\" architecture="
                        + arch + " file_type=Q4_K_M name=\"\"",
                "ollama run " + tag + " fails on my 3060\nconfig.json: {\"model_type\": \"" + arch + "\", \"torch_dtype\": \"bfloat16\"}");
    }

    @Test
    void anArchitectureAToolPrintsIsNoSecondModel() {
        // given a model run with Ollama and the architecture its tools print (a distill's base line, the model's own line);
        // then only the model run is read
        for (String[] run : List.of(new String[] {"deepseek-r1:14b", "qwen2", "14.8"}, new String[] {"llama3.1:8b", "llama", "8.0"},
                new String[] {"qwen3:8b", "qwen3", "8.2"}, new String[] {"gemma3:12b", "gemma3", "12.2"})) {
            String want = catalogId(run[0]);
            for (String q : printed(run[0], run[1], run[2])) assertThat(modelIds(q)).as(q).containsExactly(want);
        }
    }

    @Test
    void theArchitectureAskedAboutInWordsStaysAModel() {
        // near miss: the same line's name in the person's own sentence is asked about, so it is read
        String q = "ollama run deepseek-r1:14b is slow on my 3060; would qwen2 be faster?";
        assertThat(modelIds(q)).contains(catalogId("deepseek-r1:14b"), catalogId("qwen2:latest"));
    }
}
