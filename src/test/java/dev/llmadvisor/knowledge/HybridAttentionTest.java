package dev.llmadvisor.knowledge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmadvisor.sizing.KvCache;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Tensor;
import dev.llmadvisor.sizing.TensorTable;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Qwen3-Next / Qwen3.5 / Qwen3.6 hybrid layers: Gated DeltaNet linear attention between full-attention layers. Only the
 * full-attention layers hold a KV cache; the linear ones keep a fixed recurrent state per sequence (llama.cpp's hybrid
 * memory: (conv_kernel - 1) x conv channels + key_head_dim x value width, F32). Checked against the configs' layer
 * pattern, written both ways the files write it (layer_types or full_attention_interval).
 */
class HybridAttentionTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final WeightFormat.Engine LLAMA = WeightFormat.Engine.LLAMA_CPP;

    /** A Qwen3.5-style text config with the layer pattern as a layer_types list (every n-th layer full). */
    private static ObjectNode config(String type, int layers, int every, boolean listTypes) {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.put("model_type", type);
        c.put("hidden_size", 2048);
        c.put("num_hidden_layers", layers);
        c.put("num_attention_heads", 16);
        c.put("num_key_value_heads", 2);
        c.put("head_dim", 256);
        c.put("intermediate_size", 6144);
        c.put("vocab_size", 248320);
        c.put("max_position_embeddings", 262144);
        c.put("linear_num_key_heads", 16);
        c.put("linear_num_value_heads", 32);
        c.put("linear_key_head_dim", 128);
        c.put("linear_value_head_dim", 128);
        c.put("linear_conv_kernel_dim", 4);
        if (listTypes) {
            ArrayNode types = c.putArray("layer_types");
            for (int i = 0; i < layers; i++) types.add((i + 1) % every == 0 ? "full_attention" : "linear_attention");
        } else {
            c.put("full_attention_interval", every);
        }
        return c;
    }

    @Test
    void theLayerPatternOfTheConfigDecidesWhichLayersHoldAKvCache() {
        for (String type : List.of("qwen3_5_text", "qwen3_next")) {
            for (int every : new int[] {2, 3, 4, 6, 8}) {
                for (int layers : new int[] {every * 3, every * 10, every * 16}) {
                    for (boolean listed : new boolean[] {true, false}) {
                        ModelArch a = HfConfigReader.read(config(type, layers, every, listed));
                        String form = type + " " + layers + " layers, every " + every + (listed ? " (layer_types)" : " (interval)");
                        int full = 0;
                        for (int il = 0; il < layers; il++) {
                            boolean fullLayer = (il + 1) % every == 0;
                            assertThat(a.isLinearLayer(il)).as(form + " layer " + il).isEqualTo(!fullLayer);
                            if (fullLayer) full++;
                        }
                        // KV: only the full layers, each 2 KV heads x 256 x (K and V) x 2 bytes per cell in F16
                        RunConfig run = RunConfig.of(32768);
                        long kv = (long) full * 32768 * 2 * 256 * 2 * 2;
                        long state = (long) (layers - full) * (3L * (2 * 2048 + 4096) + 128L * 4096) * 4;
                        assertThat(KvCache.totalBytes(a, run, LLAMA)).as(form).isEqualTo(kv + state);
                        // the linear layers' state does not grow with the context
                        long at4k = KvCache.totalBytes(a, RunConfig.of(4096), LLAMA);
                        assertThat(at4k - state).as(form).isEqualTo((long) full * 4096 * 2 * 256 * 2 * 2);
                    }
                }
            }
        }
    }

    @Test
    void aLayerListOffThePatternIsAnInputErrorNotAStackTrace() {
        ObjectNode c = config("qwen3_5_text", 8, 4, true);
        ((ArrayNode) c.get("layer_types")).set(1, JsonNodeFactory.instance.textNode("full_attention"));
        assertThatThrownBy(() -> HfConfigReader.read(c)).isInstanceOf(InputError.class).hasMessageContaining("layer_types");
        ObjectNode disagree = config("qwen3_5_text", 8, 4, true);
        disagree.put("full_attention_interval", 2);
        assertThatThrownBy(() -> HfConfigReader.read(disagree)).isInstanceOf(InputError.class).hasMessageContaining("full_attention_interval");
        ObjectNode noFull = config("qwen3_5_text", 8, 4, true);
        ArrayNode types = noFull.putArray("layer_types");
        for (int i = 0; i < 8; i++) types.add("linear_attention");
        assertThatThrownBy(() -> HfConfigReader.read(noFull)).isInstanceOf(InputError.class);
        ObjectNode noHeads = config("qwen3_5_text", 8, 4, false);
        noHeads.remove("linear_num_value_heads");
        assertThatThrownBy(() -> HfConfigReader.read(noHeads)).isInstanceOf(InputError.class);
    }

    @Test
    void linearLayersHoldTheDeltaNetProjectionsAndFullLayersAGatedQuery() {
        ModelArch a = K.models().find("Qwen/Qwen3.5-35B-A3B").orElseThrow().model().arch();
        List<Tensor> layout = TensorTable.layout(a);
        // layer 0 is linear: fused Q/K/V convolution channels (2 x 16 x 128 + 32 x 128), no K or V projection of its own
        assertThat(find(layout, "blk.0.attn_qkv.weight").shape()).containsExactly(2048L, 8192L);
        assertThat(find(layout, "blk.0.ssm_out.weight").shape()).containsExactly(4096L, 2048L);
        assertThat(layout).noneMatch(t -> t.name().equals("blk.0.attn_k.weight"));
        // layer 3 is full: Q with its output gate (2 x 16 heads x 256), K and V of 2 heads
        assertThat(find(layout, "blk.3.attn_q.weight").shape()).containsExactly(2048L, 8192L);
        assertThat(find(layout, "blk.3.attn_k.weight").shape()).containsExactly(2048L, 512L);
        assertThat(layout).noneMatch(t -> t.name().equals("blk.3.ssm_out.weight"));
    }

    @Test
    void theHybridReleasesAreSizedWithAQuarterOfTheirLayersCaching() {
        for (String name : List.of("Qwen/Qwen3-Next-80B-A3B-Instruct", "qwen3.5:397b", "Qwen3.5-122B-A10B", "qwen3.5 35b-a3b", "Qwen/Qwen3.5-27B",
                "qwen3.5:9b", "Qwen3.5-4B", "qwen3.5:2b", "Qwen/Qwen3.5-0.8B", "Qwen3.6-35B-A3B", "qwen3.6:27b")) {
            ModelArch a = K.models().find(name).orElseThrow(() -> new AssertionError(name)).model().arch();
            int full = 0;
            for (int il = 0; il < a.layers(); il++) if (!a.isLinearLayer(il)) full++;
            assertThat(full * 4).as(name).isEqualTo(a.layers());
            assertThat(a.linearAttention().gatedQuery()).as(name).isTrue();
        }
        // none of them is still an outside name, sized only by its total
        assertThat(K.generic().outside("Qwen3.5-35B-A3B")).isEmpty();
    }

    private static Tensor find(List<Tensor> layout, String name) {
        return layout.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
