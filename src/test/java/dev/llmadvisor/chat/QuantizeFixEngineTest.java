package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Reply;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a 16-bit load that runs out of memory where a quantized one fits, then the fix names the way to quantize in the
 * engine the person runs: a vLLM user is not sent to a GGUF or to bitsandbytes, a transformers user not to a GGUF; with
 * no engine named, the common engines' ways are listed.
 */
class QuantizeFixEngineTest {

    private static final String RUN = "Llama 3.1 8B in fp16 on my RTX 4070 12GB %s gives CUDA out of memory. What am I doing wrong?";

    private static String fix(String question) {
        return askAsShipped(question).reply().options().stream().filter(o -> o.title().equals("Fix"))
                .map(Reply.Option::detail).findFirst().orElse("");
    }

    @Test
    void aVllmUserIsToldVllmsWayToQuantize() {
        String fix = fix(String.format(RUN, "with vLLM"));
        assertThat(fix).contains("load it quantized").contains("with vLLM").contains("--quantization fp8")
                .doesNotContain("GGUF").doesNotContain("load_in_4bit");
    }

    @Test
    void aTransformersUserIsToldBitsandbytesNotAGguf() {
        String fix = fix(String.format(RUN, "with transformers"));
        assertThat(fix).contains("load it quantized").contains("load_in_4bit").doesNotContain("GGUF").doesNotContain("--quantization");
    }

    @Test
    void noEngineNamedListsTheCommonWays() {
        String fix = fix(String.format(RUN, "at home"));
        assertThat(fix).contains("load_in_4bit", "AWQ/GPTQ", "Q4_K_M GGUF");
    }
}
