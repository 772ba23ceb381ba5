package dev.llmadvisor.parse;

import dev.llmadvisor.facts.UseCase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A picture attached to a post ("as shown in the image", "see screenshot", "[image]", 如图, 截图如下) or a container image
 * ("docker image", "image: quay.io/…") is not a task for the model: the question is not read as needing a vision model,
 * which would reject every text model asked about. A picture the model is to read still is.
 */
class AttachedPictureFormsTest {

    private static final List<String> ATTACHED = List.of(
            "my machine is 32G+4060ti 16G, which model performs better? If I run ollama run deepseek-coder-v2, is it configured as shown in the image",
            "RTX 4060 Ti 16GB not detected by LM Studio, see screenshot.",
            "Ollama runs llama3 8b on the CPU. [image] My card is a 3060 12GB",
            "llama3 8b on my 3090 is slow ![image](https://github.com/user-attachments/assets/abc)",
            "I am using a custom docker image built from the vllm v0.16.0 release with qwen3 32b on 2x 4090",
            "with the official server-cuda image, pulled today, qwen2.5 14b crashes on my 3060",
            "image: quay.io/go-skynet/local-ai:latest\nmistral 7b uses only the CPU",
            "Refer screenshot for reference: qwen2.5 7b on a 7900 XTX is slow",
            "qwen2.5 7b vllm方式，max_model_len=20000，具体请看下面的图片，4090 24G",
            "部署 glm4 9b 后输出的是一堆乱码，具体图片如下，3090",
            "chinese-llama-plus-13b 推理过程中报错：[截图]，显卡 3060",
            "如图，qwen2.5 14b 在 4060 上只跑 3 token/s");

    private static final List<String> PICTURE_TASK = List.of(
            "which model can describe images on a 4090?",
            "I need a vision model for images on my 3060 12GB",
            "4090 能跑哪个多模态模型做图片理解？",
            "what model can do OCR on screenshots with 16GB VRAM?",
            "看图说话用什么模型，3090");

    @Test
    void aPictureAttachedToThePostIsNoVisionTask() {
        for (String q : ATTACHED) assertThat(PARSER.parse(q).useCase()).as(q).isNotEqualTo(UseCase.MULTIMODAL);
    }

    @Test
    void aPictureTheModelIsToReadStillIs() {
        for (String q : PICTURE_TASK) assertThat(PARSER.parse(q).useCase()).as(q).isEqualTo(UseCase.MULTIMODAL);
    }
}
