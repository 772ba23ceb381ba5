package dev.llmadvisor.facts;

import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pretrained Qwen-VL, written as its repository or with its language model's size, is the vision release sized as
 * Qwen-7B, its language model, said so; not an open 7B stand-in of another line (issue 10).
 */
class QwenVlNameTest {

    @Test
    void givenQwenVlWithItsLanguageModelsSize_thenTheVisionReleaseSizedAsQwen7B() {
        Understood u = Understanding.of("单卡 v100 无法推理 qwen-vl-7b 模型，32G V100 只能用 cpu 加载吗？");
        assertThat(u.models()).extracting(Understood.Model::id).containsExactly("qwen-7b-chat");
        assertThat(u.models().get(0).name()).isEqualTo("Qwen-VL (vision)");
    }

    @Test
    void givenQwenVlsRepository_thenTheVisionRelease() {
        assertThat(Understanding.modelNames("model = AutoModelForCausalLM.from_pretrained(\"Qwen/Qwen-VL\", trust_remote_code=True) runs out of memory on my 3090"))
                .containsExactly("Qwen-VL (vision)");
    }
}
