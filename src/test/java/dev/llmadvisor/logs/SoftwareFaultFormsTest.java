package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The software-fault families of {@link EngineMessages} (import and load errors, Python's errors of the code itself) in generated pastes: each error line (other modules, paths,
 * architectures and tracebacks than the table's examples) inside English or Chinese prose and a traceback, with and
 * without a model and a card named, is diagnosed "other" (not memory); next to an out-of-memory error the memory
 * diagnosis stands.
 */
class SoftwareFaultFormsTest {

    private static String cause(String text) {
        return RealAdvisors.diagnosedCause(text);
    }

    /** Error lines of the software families, worded as other packages and versions print them. */
    private static final List<String> ERRORS = List.of(
            "ImportError: /home/u/.venv/lib/python3.11/site-packages/vllm/_C.abi3.so: undefined symbol: _ZN3c1017RegisterOperatorsD1Ev",
            "OSError: /usr/local/lib/python3.10/dist-packages/awq_ext.cpython-310-x86_64-linux-gnu.so: undefined symbol: _ZNK3c105Error4whatEv",
            "ImportError: cannot import name 'LlamaFlashAttention2' from 'transformers.models.llama.modeling_llama'",
            "ImportError: cannot import name 'is_flash_attn_greater_or_equal_2_10' from 'transformers.utils' (/opt/conda/lib/python3.9/site-packages/transformers/utils/__init__.py)",
            "ModuleNotFoundError: No module named 'mlx_lm.models.qwen3_next'",
            "ModuleNotFoundError: No module named 'exllamav2_ext'",
            "ImportError: DLL load failed while importing exllamav2_ext: The specified procedure could not be found.",
            "RuntimeError: CUDA error: unspecified launch failure\nCUDA kernel errors might be asynchronously reported at some other API call",
            "ValueError: Cannot use chat template functions because tokenizer.chat_template is not set and no template argument was passed! For information about writing templates, see the docs",
            "ValueError: Model type glm4_moe not supported.",
            "ValueError: Unsupported architectures: Qwen2VLForConditionalGeneration. Supported list: ['LlamaForCausalLM']",
            "Exception: data did not match any variant of untagged enum PyPreTokenizerTypeWrapper at line 75 column 3",
            "TypeError: 'NoneType' object is not subscriptable",
            "TypeError: LlamaForCausalLM.forward() got an unexpected keyword argument 'cache_position'",
            "TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'",
            "AttributeError: module 'transformers' has no attribute 'Qwen3ForCausalLM'",
            "AttributeError: module 'torch.library' has no attribute 'register_fake'",
            "NameError: name 'exllama_ext' is not defined");

    private static final List<String> FRAMES = List.of(
            "I get this error when I start it:\n```\n{e}\n```",
            "Traceback (most recent call last):\n  File \"/app/serve.py\", line 12, in <module>\n    main()\n{e}",
            "启动的时候报错：\n{e}\n请问怎么解决？",
            "qwen2.5 7b on my RTX 4090 fails to start:\n{e}",
            "RTX 3090 上跑 llama 3.1 8b 报错，跑不起来：\n{e}");

    @Test
    void aSoftwareFaultIsNotAMemoryProblem() {
        for (String e : ERRORS)
            for (String f : FRAMES) {
                String text = f.replace("{e}", e);
                assertThat(cause(text)).as(text).isEqualTo("other");
            }
    }

    /** A compiled kernel that did not load shows as an attribute missing on None: that is the hardware or the build, not the code. */
    @Test
    void anAttributeMissingOnNoneIsNotReadAsAFaultOfTheCode() {
        for (String e : List.of("AttributeError: 'NoneType' object has no attribute 'cadam32bit_grad_fp32'",
                "AttributeError: 'NoneType' object has no attribute 'int4WeightExtractionHalf'"))
            assertThat(LogReader.read(e).softwareFault()).as(e).isFalse();
    }

    @Test
    void anOutOfMemoryErrorBesideItIsStillAMemoryDiagnosis() {
        String text = "ModuleNotFoundError: No module named 'flash_attn'\nfalling back to eager attention\n"
                + "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 GiB. GPU 0 has a total capacity of 23.65 GiB of which 1.20 GiB is free.\n"
                + "llama 3.1 70b on my RTX 4090";
        assertThat(cause(text)).isNotEqualTo("other").isNotNull();
    }
}
