package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.Understanding.modelNames;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line's short form ("Qwen72B", "llama 7b") beside a release of that line and size written as a path's step
 * ("--model_name_or_path /models/Qwen1.5-72B-Chat") is the model the path loads, not the line's first release as well.
 * So is a date-stamped revision in a repository id ("deepseek-ai/DeepSeek-R1-0528" beside "R1"). Written side by side as names
 * ("qwen7b和Qwen1.5-7B-Chat", "R1-0528 … than R1"), the two are still two releases.
 */
class ShortFormInPathTest {

    @Test
    void givenAShortFormAndAPathToAVersionedRelease_thenOneModel() {
        assertThat(modelNames("4 bit量化Qwen72B的模型，需要多大的GPU？ python export_model.py --model_name_or_path /data/models/Qwen1.5-72B-Chat"))
                .hasSize(1).allMatch(n -> n.startsWith("Qwen1.5 72B"));
        assertThat(modelNames("How much VRAM for llama 7b? I run python app.py --model ./weights/llama-2-7b-chat"))
                .hasSize(1).allMatch(n -> n.startsWith("Llama 2 7B"));
        assertThat(modelNames("qwen7b跑不起来，路径是 D:\\models\\Qwen1.5-7B-Chat 显存8G"))
                .hasSize(1).allMatch(n -> n.startsWith("Qwen1.5 7B"));
    }

    /** A date-stamped revision in a repository id is what "R1" or "Mistral Small" beside it loads. */
    @Test
    void givenANicknameAndTheRepositoryOfADateStampedRevision_thenOneModel() {
        assertThat(modelNames("如何提高R1速度？运行命令：ftllm run deepseek-ai/DeepSeek-R1-0528")).hasSize(1).allMatch(n -> n.startsWith("DeepSeek-R1-0528"));
        assertThat(modelNames("How do I speed up R1? I serve deepseek-ai/DeepSeek-R1-0528 with vLLM on 8x H100.")).hasSize(1)
                .allMatch(n -> n.startsWith("DeepSeek-R1-0528"));
    }

    @Test
    void givenBothReleasesNamedSideBySide_thenBothStay() {
        assertThat(modelNames("qwen7b和Qwen1.5-7B-Chat哪个推理更快？")).hasSize(2);
        assertThat(modelNames("llama 7b vs llama-2-7b on a 3060: which one is faster?")).hasSize(2);
        assertThat(modelNames("Is DeepSeek-R1-0528 better than R1 for coding on my 8x H100?")).hasSize(2);
    }
}
