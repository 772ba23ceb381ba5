package dev.llmadvisor.parse;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The card, its architecture or its compute capability said not to be supported ({@link UnsupportedGpuForms}), in the forms
 * people write it (generated, English and Chinese), is read; a model, a file, an operating system or a CPU feature said
 * unsupported, a question whether a card is supported and a card said supported are not. The whole pipeline then names
 * the card as the cause.
 */
class UnsupportedGpuFormsTest {

    @Test
    void aCardSaidUnsupportedIsRead() {
        List<String> forms = new ArrayList<>();
        for (String card : List.of("Pascal", "my K80", "the Tesla P40", "gfx1032", "my GTX 1080 Ti", "Maxwell", "the RX 6600", "compute capability 6.1"))
            for (String pred : List.of("is not supported", "isn't supported anymore", "is no longer supported", "is unsupported", "is not compatible", "is too old"))
                forms.add("It crashes on load. " + card + " " + pred + " by this build.");
        for (String card : List.of("Pascal", "my P40", "Kepler GPUs", "older cards", "compute capability 5.0", "gfx906", "the V100"))
            for (String lead : List.of("not supported on", "incompatible with", "not compatible with", "unsupported on", "doesn't work on"))
                forms.add("the current version is " + lead + " " + card + ", it fails to start");
        for (String verb : List.of("does not support", "doesn't support", "no longer supports", "dropped support for"))
            for (String card : List.of("Pascal GPUs", "my M40", "Kepler", "sm_61"))
                forms.add("vLLM " + verb + " " + card + " and the server exits");
        // the adverb before the negation ("the Maxwell 2.0 GPU architecture is currently not supported")
        for (String card : List.of("the NVIDIA Maxwell 2.0 GPU architecture", "my Tesla M40", "gfx1031", "Pascal GPUs", "compute capability 5.2"))
            for (String pred : List.of("is currently not supported", "is still not supported", "are officially not supported", "was presently not supported"))
                forms.add("It is not available in the Device list. " + card + " " + pred + ".");
        forms.add("Why isn't Pascal supported? I tried to install and got an error");
        forms.add("I tried to install and got a message saying nothing under CUDA Compute 7.0 can be used");
        forms.add("The current version is incompatible with GPUs with cuda compute capability 5.0(NVIDIA Maxwell architecture), which will cause a crash");
        forms.add("HQQ model loader could not accept GTX1080 Ti due to cuda compatibility");
        forms.add("Please bring support for GPT OSS on SM120. Using 2x 5060 TI 16GB");
        for (String ask : List.of("Any chance we could get compatibility w/ the Nvidia Maxwell generation of GPUs?",
                "Could you add compatibility with Pascal cards? Nothing loads on my P40", "please get support for gfx906, my MI50 fails"))
            forms.add(ask);
        for (String card : List.of("P40", "显卡", "V100", "这张卡", "2080ti"))
            for (String what : List.of("不支持 flash_attn", "不支持bf16", "不兼容"))
                forms.add(card + what + "，推理报错");
        for (String stack : List.of("ROCm", "the ROCm", "HIP", "XPU"))
            for (String lead : List.of("fbgemm_fp8 quantization is currently not supported in", "W8A8 MoE is not yet supported on", "this kernel is unsupported on"))
                forms.add("ValueError: " + lead + " " + stack + ".");
        for (String s : List.of("报错说不支持这张显卡", "算力不够，跑不起来", "算力太低，无法运行", "计算能力 6.1 不支持", "GPU 不支持 FP8，启动失败"))
            forms.add(s);
        List<String> missed = forms.stream().filter(f -> !UnsupportedGpuForms.said(f)).toList();
        assertThat(missed).isEmpty();
    }

    @Test
    void nearMissesAreNotRead() {
        for (String f : List.of(
                "Error: this model is not supported by your version of Ollama. You may need to upgrade",
                "Model architectures ['Qwen3MoeForCausalLM'] are not supported for now",
                "AVX is not supported on this CPU",
                "Windows is not supported, use WSL",
                "ROCm is not supported on Windows, so I use Vulkan",
                "this model is not supported in rocmlir's tuning tables",
                "the GGUF format is not supported by this loader",
                "Is the P40 supported by vLLM?",
                "Does vLLM support Pascal GPUs?",
                "How do I get support for my RTX 4090 with the new driver?",
                "my RTX 3090 is supported and works fine",
                "the model card is not supported on the hub page",
                "this quantization type is not supported",
                "this model architecture is currently not supported by llama.cpp",
                "Windows is still not supported, use WSL",
                "CUDA out of memory on my V100 32GB",
                "模型不支持中文",
                "不支持中文输入",
                "这个模型不支持 function call",
                "显卡支持 bf16 吗？")) {
            assertThat(UnsupportedGpuForms.said(f)).as(f).isFalse();
        }
    }

    @Test
    void theAnswerNamesTheCard() {
        Answer en = RealAdvisors.shared().answer("unsupported-gpu-en",
                "vLLM fails to start on my Tesla P40 with Llama 3 8B: it says GPUs with compute capability below 7.0 are not supported. What is wrong?");
        assertThat(en.cause()).isEqualTo("unsupported_hardware");
        Answer zh = RealAdvisors.shared().answer("unsupported-gpu-zh", "用 lmdeploy 在 Tesla P40 上跑 internlm2-chat-7b 报错，P40不支持 flash_attn，怎么办？");
        assertThat(zh.cause()).isEqualTo("unsupported_hardware");
    }
}
