package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Engine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a diagnosis asks the person to paste names the lines of the engine they run: an ExLlama, SGLang or transformers
 * user was asked for "llama.cpp/Ollama load_tensors and KV buffer lines, vLLM's GPU blocks / KV cache lines", which
 * their engine never prints.
 */
class PasteLogWordsTest {

    @Test
    void anEngineWithoutThoseLinesIsAskedForItsErrorAndSettings() {
        for (Engine e : new Engine[] {Engine.EXLLAMA, Engine.SGLANG, Engine.TRANSFORMERS, Engine.MLX}) {
            assertThat(DiagnosisWriter.pasteLog(false, e)).as(e.id()).startsWith("paste the full error from " + e.display() + " and")
                    .doesNotContain("load_tensors").doesNotContain("GPU blocks");
            assertThat(DiagnosisWriter.pasteLog(true, e)).as(e.id()).contains(e.display()).doesNotContain("load_tensors");
        }
    }

    @Test
    void eachEngineIsAskedForItsOwnLinesAndNoneNamedForEvery() {
        assertThat(DiagnosisWriter.pasteLog(false, Engine.VLLM)).contains("GPU blocks").doesNotContain("load_tensors");
        assertThat(DiagnosisWriter.pasteLog(false, Engine.OLLAMA)).contains("Ollama server log").doesNotContain("GPU blocks");
        assertThat(DiagnosisWriter.pasteLog(false, Engine.LLAMA_CPP)).contains("load_tensors").doesNotContain("vLLM");
        assertThat(DiagnosisWriter.pasteLog(false, null)).contains("load_tensors").contains("GPU blocks");
    }
}
