package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vLLM's load_weights looking a GPTQ/AWQ checkpoint's own parameters (qweight, qzeros, g_idx) up in layers built
 * without that quantization method: generated over layer names of several architectures, block numbers and the frames
 * people paste them in (vLLM's log prefix, a traceback, Chinese prose). The checkpoint is refused as it is read, which
 * is not memory ("other"); a KeyError on an ordinary weight is not this family.
 */
class QuantizedCheckpointFormsTest {

    private static final List<String> LAYERS = List.of("model.layers.{n}.self_attn.q_proj", "model.layers.{n}.mlp.down_proj",
            "model.layers.{n}.attention.wqkv", "transformer.h.{n}.attn.c_attn", "model.language_model.layers.{n}.mlp.gate_up_proj");
    private static final List<String> PARAMS = List.of("qweight", "qzeros", "g_idx");
    private static final List<String> FRAMES = List.of(
            "ERROR 05-11 09:14:02 engine.py:366] KeyError: '{k}'",
            "Traceback (most recent call last):\n  File \"/usr/local/lib/python3.10/dist-packages/vllm/model_executor/models/llama.py\", line 430, in load_weights\n    param = params_dict[name]\nKeyError: '{k}'",
            "用 vllm serve 启动量化模型报错：\nKeyError: '{k}'\n怎么解决？");

    @Test
    void aQuantizedCheckpointReadWithoutItsMethodIsRefused() {
        int n = 0;
        for (String layer : LAYERS)
            for (String p : PARAMS) {
                String key = layer.replace("{n}", Integer.toString(n++ % 40)) + "." + p;
                for (String f : FRAMES) {
                    String text = f.replace("{k}", key);
                    assertThat(LogReader.read(text).modelFileRefused()).as(text).isTrue();
                }
                assertThat(RealAdvisors.diagnosedCause(FRAMES.get(n % FRAMES.size()).replace("{k}", key))).as(key).isEqualTo("other");
            }
    }

    @Test
    void aKeyErrorOnAnOrdinaryWeightIsNotThisFamily() {
        for (String layer : LAYERS) {
            String text = "KeyError: '" + layer.replace("{n}", "7") + ".weight'";
            assertThat(LogReader.read(text).modelFileRefused()).as(text).isFalse();
        }
    }
}
