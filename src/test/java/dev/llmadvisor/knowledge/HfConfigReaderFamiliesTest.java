package dev.llmadvisor.knowledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.ModelArch.Attention;
import dev.llmadvisor.sizing.ModelArch.Bias;
import dev.llmadvisor.sizing.ModelArch.FeedForward;
import dev.llmadvisor.sizing.Tensor;
import dev.llmadvisor.sizing.TensorTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * The model_types added for the catalog-models2 families, one published config each (trimmed to the keys that
 * matter for sizing; the URLs are in the knowledge/models entries), checked against the model card's total.
 */
class HfConfigReaderFamiliesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ModelArch json(String text) {
        try {
            return HfConfigReader.read(JSON.readTree(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double params(ModelArch a) {
        return new TensorTable(TensorTable.layout(a)).parameterCount();
    }

    @Test
    void falcon7bIsMultiQueryWithFusedQkv() {
        ModelArch a = json("""
                {"model_type": "falcon", "hidden_size": 4544, "num_hidden_layers": 32, "num_attention_heads": 71,
                 "multi_query": true, "new_decoder_architecture": false, "parallel_attn": true, "bias": false,
                 "vocab_size": 65024, "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("falcon");
        assertThat(a.kvHeads()).isEqualTo(1);
        assertThat(a.headDimK()).isEqualTo(64);
        assertThat(a.ffnSize()).isEqualTo(4 * 4544);
        assertThat(a.maxContext()).isEqualTo(2048);
        assertThat(a.attention()).isEqualTo(Attention.FUSED_QKV);
        assertThat(a.feedForward()).isEqualTo(FeedForward.PLAIN);
        assertThat(a.bias()).isEqualTo(Bias.NONE);
        assertThat(TensorTable.layout(a)).extracting(Tensor::name).contains("blk.0.attn_qkv.weight").doesNotContain("blk.0.ffn_gate.weight");
        // Falcon-7B: 7.22B in its checkpoint (output head stored separately).
        assertThat(params(a)).isCloseTo(7.22e9, withPercentage(1));
    }

    @Test
    void falcon40bNewDecoderUsesNumKvHeadsAndOldKeysStillRead() {
        ModelArch a = json("""
                {"model_type": "falcon", "hidden_size": 8192, "num_hidden_layers": 60, "num_attention_heads": 128,
                 "num_kv_heads": 8, "new_decoder_architecture": true, "bias": false, "vocab_size": 65024,
                 "tie_word_embeddings": false}""");
        assertThat(a.kvHeads()).isEqualTo(8);
        assertThat(params(a)).isCloseTo(41.8e9, withPercentage(1));
        // The 2023 RefinedWeb config of the same model (n_head, n_layer, n_head_kv; tied by default).
        ModelArch old = json("""
                {"model_type": "RefinedWeb", "hidden_size": 8192, "n_layer": 60, "n_head": 128, "n_head_kv": 8,
                 "new_decoder_architecture": true, "vocab_size": 65024}""");
        assertThat(old.layers()).isEqualTo(60);
        assertThat(old.kvHeads()).isEqualTo(8);
        assertThat(old.tiedEmbeddings()).isTrue();
    }

    @Test
    void gptBigCodeIsStarCoder1() {
        ModelArch a = json("""
                {"model_type": "gpt_bigcode", "n_embd": 6144, "n_inner": 24576, "n_layer": 40, "n_head": 48,
                 "multi_query": true, "n_positions": 8192, "vocab_size": 49152}""");
        assertThat(a.arch()).isEqualTo("starcoder");
        assertThat(a.kvHeads()).isEqualTo(1);
        assertThat(a.headDimK()).isEqualTo(128);
        assertThat(a.maxContext()).isEqualTo(8192);
        assertThat(a.bias()).isEqualTo(Bias.ALL);
        assertThat(a.tiedEmbeddings()).isTrue();
        // StarCoder: 15.5B (the 50M learned position table is not in the layout).
        assertThat(params(a)).isCloseTo(15.5e9, withPercentage(1));
        // n_inner null means 4 x n_embd.
        assertThat(json("""
                {"model_type": "gpt_bigcode", "n_embd": 2048, "n_inner": null, "n_layer": 24, "n_head": 16,
                 "n_positions": 8192, "vocab_size": 49152}""").ffnSize()).isEqualTo(8192);
    }

    @Test
    void gpt2XlHas25HeadsAndALearnedPositionTable() {
        // https://huggingface.co/openai-community/gpt2-xl/blob/main/config.json (sizing keys; n_inner absent)
        ModelArch a = json("""
                {"architectures": ["GPT2LMHeadModel"], "model_type": "gpt2", "n_ctx": 1024, "n_embd": 1600,
                 "n_head": 25, "n_layer": 48, "n_positions": 1024, "vocab_size": 50257,
                 "activation_function": "gelu_new", "layer_norm_epsilon": 1e-05}""");
        assertThat(a.arch()).isEqualTo("gpt2");
        assertThat(a.layers()).isEqualTo(48);
        assertThat(a.hiddenSize()).isEqualTo(1600);
        assertThat(a.heads()).isEqualTo(25);
        assertThat(a.kvHeads()).isEqualTo(25);
        assertThat(a.headDimK()).isEqualTo(64);
        assertThat(a.ffnSize()).isEqualTo(4 * 1600);
        assertThat(a.vocabSize()).isEqualTo(50257);
        assertThat(a.maxContext()).isEqualTo(1024);
        assertThat(a.tiedEmbeddings()).isTrue();
        assertThat(a.attention()).isEqualTo(Attention.FUSED_QKV);
        assertThat(a.feedForward()).isEqualTo(FeedForward.PLAIN);
        assertThat(a.bias()).isEqualTo(Bias.ALL);
        List<Tensor> layout = TensorTable.layout(a);
        assertThat(layout).extracting(Tensor::name).contains("position_embd.weight", "blk.0.attn_qkv.bias", "output_norm.bias")
                .doesNotContain("output.weight", "blk.0.ffn_gate.weight");
        assertThat(layout.stream().filter(t -> t.name().equals("position_embd.weight")).findFirst().orElseThrow().elements())
                .isEqualTo(1024L * 1600);
        // transformers' GPT2LMHeadModel: 1,557,611,200 parameters; OpenAI's "1558M".
        assertThat(new TensorTable(layout).parameterCount()).isEqualTo(1_557_611_200L);
        assertThat(params(a)).isCloseTo(1.558e9, withPercentage(1));
        // n_inner null means 4 x n_embd, as in the files transformers rewrites.
        assertThat(json("""
                {"model_type": "gpt2", "n_embd": 768, "n_inner": null, "n_layer": 12, "n_head": 12,
                 "n_positions": 1024, "vocab_size": 50257}""").ffnSize()).isEqualTo(3072);
    }

    @Test
    void olmo2HasQkNormAndPostNorms() {
        ModelArch a = json("""
                {"model_type": "olmo2", "hidden_size": 5120, "intermediate_size": 27648, "num_hidden_layers": 64,
                 "num_attention_heads": 40, "num_key_value_heads": 8, "vocab_size": 100352,
                 "max_position_embeddings": 4096, "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("olmo2");
        assertThat(a.qkNorm()).isTrue();
        assertThat(a.postNorms()).isTrue();
        // OLMo 2 32B.
        assertThat(params(a)).isCloseTo(32.2e9, withPercentage(1));
    }

    @Test
    void olmoeAndGraniteMoe() {
        ModelArch olmoe = json("""
                {"model_type": "olmoe", "hidden_size": 2048, "intermediate_size": 1024, "num_hidden_layers": 16,
                 "num_attention_heads": 16, "num_key_value_heads": 16, "num_experts": 64, "num_experts_per_tok": 8,
                 "vocab_size": 50304, "max_position_embeddings": 4096}""");
        assertThat(olmoe.moe()).isEqualTo(new ModelArch.Moe(64, 8, 1024, 0, 0, 0, 1));
        assertThat(params(olmoe)).isCloseTo(6.92e9, withPercentage(1));
        ModelArch granite = json("""
                {"model_type": "granitemoe", "hidden_size": 1536, "intermediate_size": 512, "num_hidden_layers": 32,
                 "num_attention_heads": 24, "num_key_value_heads": 8, "num_local_experts": 40,
                 "num_experts_per_tok": 8, "vocab_size": 49155, "max_position_embeddings": 131072,
                 "tie_word_embeddings": true}""");
        assertThat(granite.moe()).isEqualTo(new ModelArch.Moe(40, 8, 512, 0, 0, 0, 1));
        // Granite 3.1 3B-A800M.
        assertThat(params(granite)).isCloseTo(3.3e9, withPercentage(1));
    }

    @Test
    void graniteSmolLM3AndMiniCpmAreLlamaLike() {
        ModelArch granite = json("""
                {"model_type": "granite", "hidden_size": 4096, "intermediate_size": 12800, "num_hidden_layers": 40,
                 "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 49159,
                 "max_position_embeddings": 131072, "tie_word_embeddings": true}""");
        assertThat(granite.arch()).isEqualTo("granite");
        assertThat(granite.tiedEmbeddings()).isTrue();
        assertThat(params(granite)).isCloseTo(8.17e9, withPercentage(1));
        ModelArch smol = json("""
                {"model_type": "smollm3", "hidden_size": 2048, "intermediate_size": 11008, "num_hidden_layers": 36,
                 "num_attention_heads": 16, "num_key_value_heads": 4, "vocab_size": 128256,
                 "max_position_embeddings": 65536, "tie_word_embeddings": true}""");
        assertThat(smol.arch()).isEqualTo("smollm3");
        assertThat(params(smol)).isCloseTo(3.08e9, withPercentage(1));
        // MiniCPM ties by default (MiniCPMConfig); MiniCPM4-8B unties explicitly.
        ModelArch minicpm = json("""
                {"model_type": "minicpm", "hidden_size": 4096, "intermediate_size": 16384, "num_hidden_layers": 32,
                 "num_attention_heads": 32, "num_key_value_heads": 2, "vocab_size": 73448,
                 "max_position_embeddings": 32768, "tie_word_embeddings": false}""");
        assertThat(minicpm.kvHeads()).isEqualTo(2);
        assertThat(params(minicpm)).isCloseTo(8.19e9, withPercentage(1));
        assertThat(json("""
                {"model_type": "minicpm", "hidden_size": 1024, "intermediate_size": 4096, "num_hidden_layers": 24,
                 "num_attention_heads": 16, "num_key_value_heads": 2, "vocab_size": 73448,
                 "max_position_embeddings": 32768}""").tiedEmbeddings()).isTrue();
    }

    @Test
    void minicpm3UsesLatentAttention() {
        ModelArch a = json("""
                {"model_type": "minicpm3", "hidden_size": 2560, "intermediate_size": 6400, "num_hidden_layers": 62,
                 "num_attention_heads": 40, "num_key_value_heads": 40, "q_lora_rank": 768, "kv_lora_rank": 256,
                 "qk_nope_head_dim": 64, "qk_rope_head_dim": 32, "vocab_size": 73448, "max_position_embeddings": 32768}""");
        assertThat(a.arch()).isEqualTo("minicpm3");
        assertThat(a.attention()).isEqualTo(Attention.MLA);
        assertThat(a.mla()).isEqualTo(new ModelArch.Mla(768, 256, 32, 64, 64));
        assertThat(a.isMoe()).isFalse();
        // One latent row per token and layer: 256 + 32.
        assertThat(a.kvWidthK(0)).isEqualTo(288);
        assertThat(params(a)).isCloseTo(4.07e9, withPercentage(1));
    }

    @Test
    void exaoneNamesItsLayersNumLayers() {
        ModelArch a = json("""
                {"model_type": "exaone", "hidden_size": 4096, "intermediate_size": 14336, "num_layers": 32,
                 "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 102400,
                 "max_position_embeddings": 32768, "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("exaone");
        assertThat(a.layers()).isEqualTo(32);
        assertThat(a.tiedEmbeddings()).isFalse();
        // EXAONE 3.5 7.8B.
        assertThat(params(a)).isCloseTo(7.82e9, withPercentage(1));
    }

    @Test
    void dbrxReadsNestedAttentionAndFfnConfigs() {
        ModelArch a = json("""
                {"model_type": "dbrx", "d_model": 6144, "n_heads": 48, "n_layers": 40, "max_seq_len": 32768,
                 "vocab_size": 100352, "attn_config": {"kv_n_heads": 8, "clip_qkv": 8, "rope_theta": 500000},
                 "ffn_config": {"ffn_hidden_size": 10752, "moe_num_experts": 16, "moe_top_k": 4},
                 "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("dbrx");
        assertThat(a.kvHeads()).isEqualTo(8);
        assertThat(a.maxContext()).isEqualTo(32768);
        assertThat(a.attention()).isEqualTo(Attention.FUSED_QKV);
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(16, 4, 10752, 0, 0, 0, 1));
        // DBRX: 132B total.
        assertThat(params(a)).isCloseTo(132e9, withPercentage(1));
    }

    @Test
    void ernie45DenseAndMoe() {
        ModelArch small = json("""
                {"model_type": "ernie4_5", "hidden_size": 1024, "intermediate_size": 3072, "num_hidden_layers": 18,
                 "num_attention_heads": 16, "num_key_value_heads": 2, "head_dim": 128, "vocab_size": 103424,
                 "max_position_embeddings": 131072, "use_bias": false, "tie_word_embeddings": true}""");
        assertThat(small.headDimK()).isEqualTo(128);
        assertThat(params(small)).isCloseTo(0.36e9, withPercentage(1));
        ModelArch a3b = json("""
                {"model_type": "ernie4_5_moe", "hidden_size": 2560, "intermediate_size": 12288, "num_hidden_layers": 28,
                 "num_attention_heads": 20, "num_key_value_heads": 4, "moe_num_experts": 64, "moe_k": 6,
                 "moe_intermediate_size": 1536, "moe_num_shared_experts": 2, "moe_layer_start_index": 1,
                 "vocab_size": 103424, "max_position_embeddings": 131072, "tie_word_embeddings": true}""");
        assertThat(a3b.moe()).isEqualTo(new ModelArch.Moe(64, 6, 1536, 2, 1536, 1, 1));
        assertThat(a3b.isMoeLayer(0)).isFalse();
        assertThat(a3b.isMoeLayer(1)).isTrue();
        assertThat(params(a3b)).isCloseTo(21.8e9, withPercentage(1));
        ModelArch a47b = json("""
                {"model_type": "ernie4_5_moe", "hidden_size": 8192, "intermediate_size": 28672, "num_hidden_layers": 54,
                 "num_attention_heads": 64, "num_key_value_heads": 8, "moe_num_experts": 64, "moe_k": 8,
                 "moe_intermediate_size": 3584, "moe_num_shared_experts": 0, "moe_layer_start_index": 3,
                 "vocab_size": 103424, "max_position_embeddings": 131072, "tie_word_embeddings": true}""");
        assertThat(a47b.moe().sharedExperts()).isZero();
        assertThat(a47b.isMoeLayer(2)).isFalse();
        assertThat(params(a47b)).isCloseTo(300e9, withPercentage(1));
    }

    @Test
    void grokPhiMoeAndPhi3Small() {
        ModelArch grok = json("""
                {"model_type": "grok-1", "hidden_size": 6144, "intermediate_size": 32768, "num_hidden_layers": 64,
                 "num_attention_heads": 48, "num_key_value_heads": 8, "num_experts": 8, "num_experts_per_tok": 2,
                 "vocab_size": 131072, "max_position_embeddings": 8192}""");
        assertThat(grok.arch()).isEqualTo("grok");
        assertThat(grok.tiedEmbeddings()).isTrue();
        assertThat(params(grok)).isCloseTo(314e9, withPercentage(1));
        ModelArch phimoe = json("""
                {"model_type": "phimoe", "hidden_size": 4096, "intermediate_size": 6400, "num_hidden_layers": 32,
                 "num_attention_heads": 32, "num_key_value_heads": 8, "num_local_experts": 16,
                 "num_experts_per_tok": 2, "vocab_size": 32064, "max_position_embeddings": 131072,
                 "attention_bias": true, "tie_word_embeddings": false}""");
        assertThat(phimoe.bias()).isEqualTo(Bias.QKV);
        assertThat(params(phimoe)).isCloseTo(41.9e9, withPercentage(1));
        ModelArch small = json("""
                {"model_type": "phi3small", "hidden_size": 4096, "ff_intermediate_size": 14336, "num_hidden_layers": 32,
                 "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 100352,
                 "max_position_embeddings": 8192, "hidden_act": "gegelu"}""");
        assertThat(small.ffnSize()).isEqualTo(14336);
        assertThat(small.tiedEmbeddings()).isTrue();
        // Phi-3-small: 7.39B.
        assertThat(params(small)).isCloseTo(7.39e9, withPercentage(1));
    }

    @Test
    void nemotronHasAnUngatedMlp() {
        ModelArch a = json("""
                {"model_type": "nemotron", "hidden_size": 3072, "intermediate_size": 9216, "num_hidden_layers": 32,
                 "num_attention_heads": 24, "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 256000,
                 "max_position_embeddings": 4096, "tie_word_embeddings": false}""");
        assertThat(a.feedForward()).isEqualTo(FeedForward.PLAIN);
        // Nemotron-Mini-4B-Instruct: 4.19B.
        assertThat(params(a)).isCloseTo(4.19e9, withPercentage(1));
    }

    @Test
    void olmo3IsOlmo2WithSlidingWindowOnThreeLayersOfFour() {
        String types = String.join(", ", java.util.Collections.nCopies(16,
                "\"sliding_attention\", \"sliding_attention\", \"sliding_attention\", \"full_attention\""));
        ModelArch a = json("""
                {"model_type": "olmo3", "hidden_size": 5120, "intermediate_size": 27648, "num_hidden_layers": 64,
                 "num_attention_heads": 40, "num_key_value_heads": 8, "vocab_size": 100278,
                 "max_position_embeddings": 65536, "sliding_window": 4096, "tie_word_embeddings": false,
                 "layer_types": [%s]}""".formatted(types));
        assertThat(a.arch()).isEqualTo("olmo2");
        assertThat(a.qkNorm()).isTrue();
        assertThat(a.postNorms()).isTrue();
        assertThat(a.slidingWindow()).isEqualTo(new ModelArch.SlidingWindow(4096, 4, false));
        // Olmo 3 32B: 64 layers of 5,120 with 8 KV heads, 32.2B by arithmetic.
        assertThat(params(a)).isCloseTo(32.2e9, withPercentage(1));
        // without layer_types the 3:1 pattern of the release is assumed
        ModelArch plain = json("""
                {"model_type": "olmo3", "hidden_size": 4096, "intermediate_size": 11008, "num_hidden_layers": 32,
                 "num_attention_heads": 32, "num_key_value_heads": 32, "vocab_size": 100278,
                 "max_position_embeddings": 65536, "sliding_window": 4096}""");
        assertThat(plain.slidingWindow()).isEqualTo(new ModelArch.SlidingWindow(4096, 4, false));
        assertThat(params(plain)).isCloseTo(7.3e9, withPercentage(1));
    }

    @Test
    void exaone4ReadsItsSlidingPatternAsNumberOrLetters() {
        String base = """
                {"model_type": "exaone4", "hidden_size": 5120, "intermediate_size": 27392, "num_hidden_layers": 64,
                 "num_attention_heads": 40, "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 102400,
                 "max_position_embeddings": 131072, "tie_word_embeddings": false%s}""";
        for (String pattern : List.of("4", "\"LLLG\"")) {
            ModelArch a = json(base.formatted(", \"sliding_window\": 4096, \"sliding_window_pattern\": " + pattern));
            assertThat(a.slidingWindow()).as(pattern).isEqualTo(new ModelArch.SlidingWindow(4096, 4, false));
            assertThat(a.qkNorm()).isTrue();
            assertThat(a.postNorms()).isTrue();
            // EXAONE 4.0 32B: 30.95B without embeddings plus two 102,400 x 5,120 tables = 32.0B (card).
            assertThat(params(a)).isCloseTo(32.0e9, withPercentage(1));
        }
        assertThat(json(base.formatted(", \"sliding_window\": 4096, \"sliding_window_pattern\": \"LG\"")).slidingWindow())
                .isEqualTo(new ModelArch.SlidingWindow(4096, 2, false));
        // no window (the 1.2B): global attention everywhere, whatever the pattern says
        assertThat(json(base.formatted(", \"sliding_window\": null, \"sliding_window_pattern\": \"LLLG\"")).slidingWindow()).isNull();
        assertThat(json(base.formatted("")).slidingWindow()).isNull();
        ModelArch small = json("""
                {"model_type": "exaone4", "hidden_size": 2048, "intermediate_size": 4096, "num_hidden_layers": 30,
                 "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": 64, "vocab_size": 102400,
                 "max_position_embeddings": 65536, "tie_word_embeddings": true}""");
        // EXAONE 4.0 1.2B: 1.28B with its tied embedding table (card: 1.07B without it).
        assertThat(params(small)).isCloseTo(1.28e9, withPercentage(1));
        assertThatThrownBy(() -> json(base.formatted(", \"sliding_window\": 4096, \"sliding_window_pattern\": \"GLL\"")))
                .isInstanceOf(InputError.class).hasMessageContaining("sliding_window_pattern");
    }

    @Test
    void ministral3IsReadUnderMistral3sTextConfig() {
        ModelArch a = json("""
                {"architectures": ["Mistral3ForConditionalGeneration"], "model_type": "mistral3", "tie_word_embeddings": true,
                 "text_config": {"model_type": "ministral3", "hidden_size": 3072, "intermediate_size": 9216,
                  "num_hidden_layers": 26, "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": 128,
                  "vocab_size": 131072, "max_position_embeddings": 262144, "sliding_window": null}}""");
        assertThat(a.tiedEmbeddings()).isTrue();
        assertThat(a.slidingWindow()).isNull();
        // Ministral 3 3B: the card's 3.4B language model (its 0.4B vision encoder is not counted).
        assertThat(params(a)).isCloseTo(3.43e9, withPercentage(1));
    }

    @Test
    void deepseekMoeHasFullAttentionAndSharedExpertsAfterADenseFirstLayer() {
        // given DeepSeek-MoE 16B's config.json (model_type deepseek, the keys of its configuration_deepseek.py)
        ModelArch a = json("""
                {"architectures": ["DeepseekForCausalLM"], "model_type": "deepseek", "hidden_size": 2048,
                 "intermediate_size": 10944, "moe_intermediate_size": 1408, "num_hidden_layers": 28,
                 "num_attention_heads": 16, "num_key_value_heads": 16, "n_routed_experts": 64, "n_shared_experts": 2,
                 "num_experts_per_tok": 6, "first_k_dense_replace": 1, "moe_layer_freq": 1, "vocab_size": 102400,
                 "max_position_embeddings": 4096, "tie_word_embeddings": false}""");
        // then it is read as full multi-head attention (no latent attention) with 64 routed and 2 shared experts of 1,408
        assertThat(a.attention()).isEqualTo(Attention.SEPARATE_QKV);
        assertThat(a.kvHeads()).isEqualTo(16);
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(64, 6, 1408, 2, 1408, 1, 1));
        // and totals the card's 16.4B
        assertThat(params(a)).isCloseTo(16.4e9, withPercentage(1));
    }

    @Test
    void missingKeysOfNewFamiliesAreNamed() {
        assertThatThrownBy(() -> json("{\"model_type\": \"dbrx\", \"d_model\": 6144, \"n_heads\": 48, \"n_layers\": 40, \"vocab_size\": 100352}"))
                .isInstanceOf(InputError.class).hasMessageContaining("is missing");
        assertThatThrownBy(() -> json("{\"model_type\": \"exaone\", \"hidden_size\": 4096, \"num_attention_heads\": 32}"))
                .isInstanceOf(InputError.class).hasMessageContaining("is missing");
    }
}
