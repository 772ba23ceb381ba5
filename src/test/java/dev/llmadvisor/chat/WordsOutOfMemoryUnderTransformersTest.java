package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an out-of-memory told in words or a traceback without PyTorch's figures, under code that calls transformers and
 * names no model the catalog sizes, on one card of 6 GB or more, with no quantization asked for: then the cause is the
 * 16-bit load transformers makes by default (label rule J), said as the likely one. Not when the code asks for a 4-bit
 * load, nor on a card too small for a 4-bit 7B.
 */
class WordsOutOfMemoryUnderTransformersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "CUDA out of memory when I run the example code on my RTX 4090 24GB: model = AutoModelForCausalLM.from_pretrained(path, trust_remote_code=True).to('cuda'). How do I fix it?",
            "I use transformers on a 3090 and get out of memory as soon as model = AutoModel.from_pretrained(model_dir).cuda() runs",
            "用 transformers 加载 model = AutoModel.from_pretrained(path).cuda()，在 A10 24G 上报显存不足，怎么办"})
    void aSixteenBitLoadIsTheLikelyCause(String question) {
        Answer a = askAsShipped(question);
        assertThat(a.cause()).isEqualTo("unquantized");
        assertThat(a.reply().headline()).containsAnyOf("transformers' default load", "transformers 在没有要求量化时的默认加载");
    }

    /** A 4-bit load asked for has its own rule (the quantization did not take effect); a 4 GB card is too small for the guess. */
    @ParameterizedTest
    @ValueSource(strings = {
            "CUDA out of memory on my RTX 4090 24GB with model = AutoModelForCausalLM.from_pretrained(path, load_in_4bit=True)",
            "out of memory on my GTX 1050 4GB as soon as model = AutoModel.from_pretrained(model_dir).cuda() runs"})
    void notWithAQuantizedLoadNorOnASmallCard(String question) {
        assertThat(askAsShipped(question).reply().headline()).doesNotContain("transformers' default load");
    }
}
