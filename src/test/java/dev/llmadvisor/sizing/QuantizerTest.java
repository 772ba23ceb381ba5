package dev.llmadvisor.sizing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuantizerTest {

    /**
     * Whole-file bits per weight of Llama 3.1 8B per mix, from llama.cpp's own table
     * (https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md).
     */
    @ParameterizedTest
    @CsvSource({"Q8_0, 8.50", "Q6_K, 6.56", "Q5_K_M, 5.70", "Q5_K_S, 5.57", "Q4_K_M, 4.89", "Q4_K_S, 4.67", "Q4_0, 4.64",
            "Q3_K_L, 4.30", "Q3_K_M, 4.00", "Q3_K_S, 3.64", "Q2_K, 3.16", "Q2_K_S, 2.97", "IQ4_XS, 4.46", "IQ4_NL, 4.68",
            "IQ3_M, 3.76", "IQ3_S, 3.66", "IQ3_XS, 3.50", "IQ3_XXS, 3.25", "IQ2_M, 2.93", "IQ2_S, 2.74", "IQ2_XS, 2.59",
            "IQ2_XXS, 2.38", "IQ1_M, 2.15", "IQ1_S, 2.00"})
    void bitsPerWeightMatchLlamaCppTable(WeightFormat format, double bpw) {
        TensorTable t = Quantizer.quantize(Archs.llama3_8b(), format);
        assertThat(t.totalBytes() * 8.0 / t.parameterCount()).isCloseTo(bpw, within(0.01));
    }

    /** llama.h's LLAMA_FTYPE ids, as written in general.file_type, and the spellings of file names and tags. */
    @ParameterizedTest
    @CsvSource({"Q2_K_S, 21, q2_k_s", "IQ3_XS, 22, iq3_xs", "IQ3_S, 26, IQ3-S", "IQ2_S, 28, iq2s", "IQ2_M, 29, IQ2_M"})
    void everyMixIsKnownByItsFileTypeIdAndItsSpellings(WeightFormat format, int fileType, String spelling) {
        assertThat(WeightFormat.byGgufFileType(fileType)).contains(format);
        assertThat(WeightFormat.parse(spelling)).contains(format);
    }

    @Test
    void iq3XsDropsQKAndTheMiddleGateAndUpProjectionsToIq3Xxs() {
        TensorTable t = Quantizer.quantize(Archs.llama3_8b(), WeightFormat.IQ3_XS);
        assertThat(t.find("blk.0.attn_q.weight").type()).isEqualTo(GgmlType.IQ3_XXS);
        assertThat(t.find("blk.0.attn_k.weight").type()).isEqualTo(GgmlType.IQ3_XXS);
        assertThat(t.find("blk.0.ffn_up.weight").type()).isEqualTo(GgmlType.IQ3_S);
        assertThat(t.find("blk.16.ffn_up.weight").type()).isEqualTo(GgmlType.IQ3_XXS);
        assertThat(t.find("blk.16.ffn_gate.weight").type()).isEqualTo(GgmlType.IQ3_XXS);
        assertThat(t.find("blk.31.ffn_gate.weight").type()).isEqualTo(GgmlType.IQ3_S);
    }

    @ParameterizedTest
    @CsvSource({"Q6_K_L, Q6_K", "Q5_K_L, Q5_K_M", "Q4_K_L, Q4_K_M", "Q3_K_XL, Q3_K_L", "Q2_K_L, Q2_K"})
    void aQ8HeadVariantIsItsMixWithTheEmbeddingAndHeadAtQ8(WeightFormat variant, WeightFormat mix) {
        TensorTable v = Quantizer.quantize(Archs.llama3_8b(), variant);
        TensorTable m = Quantizer.quantize(Archs.llama3_8b(), mix);
        assertThat(v.find("token_embd.weight").type()).isEqualTo(GgmlType.Q8_0);
        assertThat(v.find("output.weight").type()).isEqualTo(GgmlType.Q8_0);
        for (String name : List.of("blk.0.attn_v.weight", "blk.5.attn_v.weight", "blk.0.ffn_down.weight", "blk.13.ffn_down.weight", "blk.9.attn_q.weight")) {
            assertThat(v.find(name).type()).as(name).isEqualTo(m.find(name).type());
        }
        // The file says the mix it was made with; a file is never read back as the variant.
        assertThat(variant.ggufFileType()).isEqualTo(mix.ggufFileType());
        assertThat(WeightFormat.byGgufFileType(mix.ggufFileType())).contains(mix);
        assertThat(WeightFormat.parse(variant.name().toLowerCase())).contains(variant);
    }

    @Test
    void outputHeadIsQ6KAndHalfOfAttnVIsBumpedInQ4KM() {
        TensorTable t = Quantizer.quantize(Archs.llama3_8b(), WeightFormat.Q4_K_M);
        assertThat(t.find("output.weight").type()).isEqualTo(GgmlType.Q6_K);
        assertThat(t.find("token_embd.weight").type()).isEqualTo(GgmlType.Q4_K);
        assertThat(t.find("blk.0.attn_v.weight").type()).isEqualTo(GgmlType.Q6_K);
        assertThat(t.find("blk.4.attn_v.weight").type()).isEqualTo(GgmlType.Q4_K);
        assertThat(t.find("blk.0.attn_norm.weight").type()).isEqualTo(GgmlType.F32);
    }

    @Test
    void tiedEmbeddingIsQuantizedAsTheOutputHead() {
        TensorTable t = Quantizer.quantize(Archs.gemma3_12b(), WeightFormat.Q4_K_M);
        assertThat(t.find("output.weight")).isNull();
        assertThat(t.find("token_embd.weight").type()).isEqualTo(GgmlType.Q6_K);
    }

    @Test
    void rowsThatAreNotWholeBlocksFallBack() {
        // Gemma 3 1B has a hidden size of 1152, not a multiple of 256 (google/gemma-3-1b-it config.json).
        ModelArch a = ModelArch.builder("gemma3").layers(26).hidden(1152).heads(4).kvHeads(1).headDim(256, 256)
                .ffn(6912).vocab(262144).tied(true).build();
        TensorTable t = Quantizer.quantize(a, WeightFormat.Q4_K_M);
        assertThat(t.find("blk.1.attn_q.weight").type()).isEqualTo(GgmlType.Q5_0);
        assertThat(t.find("token_embd.weight").type()).isEqualTo(GgmlType.Q8_0);
    }

    @Test
    void eightExpertModelsKeepAttentionKVAtQ8() {
        // Mixtral 8x7B: https://huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json
        ModelArch a = ModelArch.builder("llama").layers(32).hidden(4096).heads(32).kvHeads(8).ffn(14336).vocab(32000)
                .moe(new ModelArch.Moe(8, 2, 14336, 0, 0, 0, 1)).build();
        TensorTable t = Quantizer.quantize(a, WeightFormat.Q4_K_M);
        assertThat(t.find("blk.3.attn_k.weight").type()).isEqualTo(GgmlType.Q8_0);
        assertThat(t.find("blk.3.attn_v.weight").type()).isEqualTo(GgmlType.Q8_0);
        assertThat(t.find("blk.3.ffn_gate_inp.weight").type()).isEqualTo(GgmlType.F32);
        // ~46.7B parameters per the Mixtral model card.
        assertThat(t.parameterCount() / 1e9).isCloseTo(46.7, within(0.1));
    }

    @Test
    void servingFormatsKeepEmbeddingsIn16Bits() {
        TensorTable t = Quantizer.quantize(Archs.llama3_8b(), WeightFormat.AWQ_INT4);
        assertThat(t.find("token_embd.weight").type()).isEqualTo(GgmlType.BF16);
        assertThat(t.find("blk.0.ffn_up.weight").type()).isEqualTo(GgmlType.GPTQ4_G128);
    }

    @Test
    void awqAndGptqNeedWholeGroupsOf128NotOfTheirTwoGroupBlock() {
        // Qwen2-72B's FFN width 29568 is 231 groups of 128 (https://huggingface.co/Qwen/Qwen2-72B-Instruct/blob/main/config.json):
        // AWQ quantizes its down projection; kept in BF16 the model would weigh about 65 GB instead of about 40
        ModelArch a = ModelArch.builder("qwen2").layers(80).hidden(8192).heads(64).kvHeads(8).ffn(29568).vocab(152064).build();
        TensorTable t = Quantizer.quantize(a, WeightFormat.AWQ_INT4);
        assertThat(t.find("blk.0.ffn_down.weight").type()).isEqualTo(GgmlType.GPTQ4_G128);
        assertThat(t.totalBytes() / 1e9).isBetween(38.0, 44.0);
        assertThat(GgmlType.GPTQ4_G128.fits(29568 + 64)).isFalse();
    }
}
