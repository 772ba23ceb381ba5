package dev.llmadvisor.chat;

import dev.llmadvisor.logs.ProseHints;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an out-of-memory reported by someone who says they load the model quantized while loading (load_in_4bit=True,
 * ".quantize(4).cuda()", LLaMA-Factory's "--quantization_bit 4", 用int4量化加载), when the cause found is the weights still in 16 bits and the model at the precision
 * they meant fits entirely in their GPU memory, then the verdict is fits (the setup they meant runs on their card; the
 * load is what failed), said in one line in their language. With no quantizing named, or a precision that does not fit
 * the card either, the out-of-memory stays a no.
 */
class QuantizedAsMeantVerdictTest {

    /** A model whose 16-bit weights exceed the card while a 4-bit load fits it, and the card. */
    private static final List<String[]> FITS_AT_4BIT = List.of(
            new String[] {"THUDM/chatglm3-6b", "RTX 3080 10GB", "3080 10G"},
            new String[] {"meta-llama/Llama-2-13b-chat-hf", "RTX 3090", "3090 24G"},
            new String[] {"Qwen/Qwen2.5-14B-Instruct", "RTX 4060 Ti 16GB", "4060 Ti 16G"},
            new String[] {"mistralai/Mistral-7B-Instruct-v0.2", "RTX 3070 8GB", "3070 8G"});

    private static final List<String> FORMS_EN = List.of(
            "I load %s with load_in_4bit=True on my %s but still get CUDA out of memory",
            "model = AutoModel.from_pretrained(\"%s\").quantize(4).cuda() still gives RuntimeError: CUDA error: out of memory on my %s",
            "Running %s in 4-bit with bitsandbytes on a %s: torch.cuda.OutOfMemoryError while loading");

    private static final List<String> FORMS_ZH = List.of(
            "我用load_in_4bit=True加载%s，%s还是报显存不足",
            "已经改成.quantize(4).cuda()加载%s，但是%s上运行还是报CUDA error: out of memory",
            "用int4量化加载%s，在%s上还是爆显存");

    /**
     * LLaMA-Factory's on-the-fly quantization (bitsandbytes by default), launched from its CLI, its older scripts or a
     * launcher, on one card or several: the width set is the precision meant.
     */
    private static final List<String> LLAMA_FACTORY_FORMS = List.of(
            "llamafactory-cli chat --model_name_or_path %s --template default --quantization_bit 4 gives CUDA out of memory on my %s",
            "python src/cli_demo.py --model_name_or_path %s --quantization_bit 4 在%s上推理报 CUDA out of memory",
            "accelerate launch infer.py --model_name_or_path %s --quantization-bit=4, 很快就报oom的错误, 显卡 %s");

    @Test
    void aQuantizedLoadThatRanOutOfMemoryFitsWhenThePrecisionMeantFits() {
        for (String[] setup : FITS_AT_4BIT) {
            for (String form : FORMS_EN) {
                String q = String.format(form, setup[0], setup[1]);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                assertThat(a.cause()).as(q).isEqualTo("unquantized");
                assertThat(String.join(" ", a.reply().notes())).as(q).contains("As you meant to load it, it fits");
            }
            for (String form : FORMS_ZH) {
                String q = String.format(form, setup[0], setup[2]);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                assertThat(String.join(" ", a.reply().notes())).as(q).contains("按你想要的量化精度，它放得下");
            }
        }
    }

    @Test
    void aLlamaFactoryQuantizedLoadThatRanOutOfMemoryFitsWhenThePrecisionMeantFits() {
        List<String[]> setups = List.of(FITS_AT_4BIT.get(0), FITS_AT_4BIT.get(1), new String[] {"Qwen/Qwen-72B-Chat", "4x RTX 4090 24GB"});
        for (String[] setup : setups) {
            for (String form : LLAMA_FACTORY_FORMS) {
                String q = String.format(form, setup[0], setup[1]);
                assertThat(askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.FITS);
            }
        }
    }

    @Test
    void anOutOfMemoryWithNoQuantizingNamedOrAPrecisionThatDoesNotFitEitherStaysANo() {
        for (String q : List.of(
                "I load THUDM/chatglm3-6b on my RTX 3080 10GB but get CUDA out of memory",
                "I load meta-llama/Llama-2-70b-chat-hf with load_in_4bit=True on my RTX 3080 10GB but still get CUDA out of memory",
                "用int4量化加载meta-llama/Llama-2-70b-chat-hf，在3080 10G上还是爆显存",
                "llamafactory-cli chat --model_name_or_path meta-llama/Llama-2-70b-chat-hf --quantization_bit 4 gives CUDA out of memory on my RTX 3080 10GB")) {
            Answer a = askAsShipped(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.NO);
            assertThat(String.join(" ", a.reply().notes())).as(q).doesNotContain("As you meant").doesNotContain("按你想要的");
        }
    }

    /**
     * Given an 8-bit load of Qwen-72B-Chat (no grouped-query attention: about 20 GB of KV cache at 8k) that ran out of memory
     * on four 24 GB cards, whose 71.5 GB of 8-bit weights the cards hold: with no context stated, only the KV cache of the
     * context we assumed spills, so the verdict is fits and the line says so; with the context stated, that spill is
     * theirs and the out-of-memory stays a no.
     */
    @Test
    void aPrecisionMeantThatSpillsOnlyTheKvCacheOfAnAssumedContextFits() {
        for (String q : List.of(
                "Loading Qwen-72B-Chat quantized to int8 on 4x RTX 4090 24GB still runs out of memory",
                "用int8量化加载Qwen-72B-Chat，4张4090 24G还是爆显存")) {
            Answer a = askAsShipped(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            assertThat(String.join(" ", a.reply().notes())).as(q).containsAnyOf(
                    "only the KV cache of the 8k context we assumed would spill", "只有按我们假设的 8k 上下文算，KV 缓存才会溢出");
        }
        for (String q : List.of(
                "Loading Qwen-72B-Chat quantized to int8 on 4x RTX 4090 24GB with an 8k context still runs out of memory",
                "用int8量化加载Qwen-72B-Chat，上下文设成8k，4张4090 24G还是爆显存")) {
            Answer a = askAsShipped(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.NO);
            assertThat(String.join(" ", a.reply().notes())).as(q).doesNotContain("As you meant").doesNotContain("按你想要的");
        }
    }

    /**
     * Given a quantized load told with no precision ("the quantized 32B", 量化版) that ran out of memory as 16-bit weights,
     * then the precision meant is the common one a precision left open is judged at (4 bits, README rule K): on a card
     * that holds the 4-bit weights the verdict is fits.
     */
    @Test
    void aQuantizedLoadWithNoPrecisionNamedIsJudgedAtFourBits() {
        String q = "我想部署量化版的 Qwen2.5 32B，但是在 4090 上一加载就爆显存了";
        Answer a = askAsShipped(q);
        assertThat(a.cause()).as(q).isEqualTo("unquantized");
        assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
        assertThat(Diagnoser.meantBits(q)).isEqualTo(4);
        assertThat(Diagnoser.meantBits("load_in_8bit=True and it still OOMs")).isEqualTo(8);
    }

    @Test
    void thePrecisionMeantIsReadFromTheLoadNotFromAReleaseQuantizedAlready() {
        assertThat(ProseHints.quantizedLoadBits("model.quantize(4).cuda() runs out of memory")).isEqualTo(4);
        assertThat(ProseHints.quantizedLoadBits("load_in_8bit=True and it still OOMs")).isEqualTo(8);
        assertThat(ProseHints.quantizedLoadBits("用int4量化加载还是爆显存")).isEqualTo(4);
        assertThat(ProseHints.quantizedLoadBits("8位量化加载也不行")).isEqualTo(8);
        assertThat(ProseHints.quantizedLoadBits("tried both load_in_4bit and load_in_8bit, same OOM")).isEqualTo(8);
        assertThat(ProseHints.quantizedLoadBits("llamafactory-cli chat --quantization_bit 4 runs out of memory")).isEqualTo(4);
        assertThat(ProseHints.quantizedLoadBits("quantization_bit: 8 in the yaml, still CUDA out of memory")).isEqualTo(8);
        // a checkpoint quantized already, or quantization switched off, is no load-time quantizing
        assertThat(ProseHints.quantizedLoadBits("the GPTQ int4 checkpoint runs out of memory")).isZero();
        assertThat(ProseHints.quantizedLoadBits("chatglm2-6b int4 runs out of memory")).isZero();
        assertThat(ProseHints.quantizedLoadBits("load_in_4bit=False, CUDA out of memory")).isZero();
        assertThat(ProseHints.quantizedLoadBits("CUDA out of memory on a 24 GB card")).isZero();
    }
}
