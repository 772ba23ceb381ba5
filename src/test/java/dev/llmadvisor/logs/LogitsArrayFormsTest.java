package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * numpy's _ArrayMemoryError is llama-cpp-python's logits array (one row per context position) not fitting: in generated
 * pastes, named alone or with its message, under several numpy module paths, shapes, models and in English or Chinese
 * prose, the diagnosis is the context; beside a failed weights buffer it is not.
 */
class LogitsArrayFormsTest {

    private static final List<String> ERRORS = List.of(
            "numpy.core._exceptions._ArrayMemoryError: Unable to allocate 37.1 GiB for an array with shape (65536, 151936) and data type float32",
            "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 3.91 GiB for an array with shape (8192, 128256) and data type float32",
            "numpy.core._exceptions._ArrayMemoryError",
            "_ArrayMemoryError: Unable to allocate 15.6 GiB for an array with shape (131072, 32000) and data type float32");

    private static final List<String> FRAMES = List.of(
            "{e}",
            "Qwen2.5-7B-Instruct GGUF with llama-cpp-python:\nTraceback (most recent call last):\n  File \"app.py\", line 4, in <module>\n    llm = Llama(model_path=path, n_ctx=32768)\n{e}",
            "Mistral 7B Q4_K_M model {e}",
            "用 llama-cpp-python 加载 Llama 3 8B 的时候报错：\n{e}\n请问怎么办？",
            "my RTX 3060 12GB with 16 GB of RAM, loading llama 3.1 8b gives\n```\n{e}\n```");

    @Test
    void theLogitsArrayNotFittingIsTheContext() {
        for (String e : ERRORS)
            for (String f : FRAMES) {
                String text = f.replace("{e}", e);
                assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("context_too_large");
            }
    }

    @Test
    void beforeAFailedWeightsBufferTheWeightsDecide() {
        String text = "llama_model_load: error loading model: unable to allocate backend buffer\n"
                + "numpy.core._exceptions._ArrayMemoryError: Unable to allocate 2.00 GiB for an array with shape (4096, 131072) and data type float32";
        assertThat(LogReader.read(text).modelAllocFailed()).isTrue();
        assertThat(RealAdvisors.diagnosedCause(text)).isNotEqualTo("context_too_large");
    }
}
