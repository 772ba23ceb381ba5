package dev.llmadvisor.logs;

import dev.llmadvisor.facts.LogFacts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GPU refused for a feature it lacks, in the forms engines print beyond their fixed messages: a feature "only supported on"
 * devices of a least compute capability (FA2/FA3, FP8, bfloat16, a kernel; "capability" and the typo "capablity"), the end
 * of vLLM's bfloat16 refusal quoted alone, and ptxas refusing an instruction the target architecture lacks; generated from
 * frames and values, with near misses that name no refusal.
 */
class FeatureRefusedFormsTest {

    /** What a refusal names before "only supported on", and the feature the reader gives it. */
    private static final Map<String, String> FEATURES = Map.of("FA2", "flash-attn", "FA3", "flash-attn", "FlashAttention", "flash-attn",
            "FP8 quantization", "fp8", "Bfloat16", "bf16", "This kernel", "compute");

    @Test
    void aFeatureOnlySupportedFromACapability() {
        for (Map.Entry<String, String> f : FEATURES.entrySet()) {
            for (String on : List.of("device", "devices", "GPUs")) {
                for (String word : List.of("capability", "capablity")) {
                    for (String at : List.of(">=", ">= ", "≥ ", "of at least ")) {
                        for (String need : List.of("8", "8.0", "8.9", "9.0")) {
                            String text = "Cannot use FA version 2 is not supported due to " + f.getKey() + " is only supported on " + on
                                    + " with compute " + word + " " + at + need;
                            LogFacts l = LogReader.read(text);
                            assertThat(l.unsupported()).as(text).isEqualTo(f.getValue());
                            assertThat(l.ccRequired()).as(text).isEqualTo(Double.parseDouble(need));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theEndOfVllmsBfloat16RefusalQuotedAlone() {
        for (String before : List.of("", "报错\n", "Error: ", "ValueError: [address=0.0.0.0:37495, pid=262] ")) {
            for (String tail : List.of("You can use float16 instead by explicitly setting the`dtype` flag in CLI, for example: --dtype=half",
                    "You can use float16 instead by explicitly setting the `dtype` flag in CLI, for example: --dtype=half.")) {
                LogFacts l = LogReader.read(before + tail);
                assertThat(l.unsupported()).as(before + tail).isEqualTo("bf16");
                assertThat(l.ccRequired()).as(before + tail).isEqualTo(8.0);
            }
        }
    }

    @Test
    void theFrameOfVllmsDtypeCheckInATracebackCutBeforeItsMessage() {
        for (String frame : List.of("qanything-container-local  | 2024-02-20 21:46:23 | ERROR | stderr |     _check_if_gpu_supports_dtype(self.model_config.dtype)",
                "    _check_if_gpu_supports_dtype(self.model_config.dtype)",
                "  File \"/usr/local/lib/python3.10/dist-packages/vllm/worker/worker.py\", line 40, in init_model\n    _check_if_gpu_supports_dtype(self.model_config.dtype)")) {
            LogFacts l = LogReader.read("Traceback (most recent call last):\n" + frame);
            assertThat(l.unsupported()).as(frame).isEqualTo("bf16");
            assertThat(l.ccRequired()).as(frame).isEqualTo(8.0);
        }
    }

    @Test
    void theAssertOfVllmV1sFlashAttentionBackendIsFlashAttentionTheCardLacks() {
        // vLLM V1 asserts the FlashAttention version it picked runs on the device (FA2 from compute capability 8.0)
        for (String frame : List.of("ERROR 02-11 20:39:41 core.py:208]     assert is_fa_version_supported(self.fa_version)",
                "  File \"/usr/local/lib/python3.12/dist-packages/vllm/v1/attention/backends/flash_attn.py\", line 155, in __init__\n"
                        + "    assert is_fa_version_supported(self.fa_version)\nAssertionError")) {
            LogFacts l = LogReader.read("Traceback (most recent call last):\n" + frame);
            assertThat(l.unsupported()).as(frame).isEqualTo("flash-attn");
            assertThat(l.ccRequired()).as(frame).isEqualTo(8.0);
        }
        // the function named in a fix or a question is not the failed assert
        assertThat(LogReader.read("should is_fa_version_supported return False on a T4?").unsupported()).isNull();
    }

    @Test
    void ptxasRefusingAnInstructionTheTargetLacks() {
        for (String ins : List.of(".m16n8k16", ".bf16", "ldmatrix", "cp.async")) {
            for (int sm : new int[] {75, 80, 86, 89, 90}) {
                String text = "ptxas /tmp/tmpxft_0006e7c4_00000000-6_gemm_kernels.ptx, line 928; error   : Feature '" + ins + "' requires .target sm_"
                        + sm + " or higher";
                LogFacts l = LogReader.read(text);
                assertThat(l.unsupported()).as(text).isEqualTo("compute");
                assertThat(l.ccRequired()).as(text).isEqualTo(sm / 10 + (sm % 10) / 10.0);
            }
        }
    }

    @Test
    void nearMissesNameNoRefusal() {
        for (String text : List.of(
                "Flash attention is only supported on Linux",
                "I use float16 instead of bfloat16 for speed",
                "Device 0: NVIDIA GeForce RTX 3090, compute capability 8.6, VMM: yes",
                "bfloat16 is supported on this GPU with compute capability 8.6",
                "nvcc -gencode arch=compute_80,code=sm_80 -o kernel.o",
                "this model is only supported on vLLM >= 0.6",
                "I set dtype=half so that _check_if_gpu_supports_dtype passes")) {
            assertThat(LogReader.read(text).unsupported()).as(text).isNull();
        }
    }
}
