package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.rules.RuleVerifier.given;

/** rules/70-platform.drl: notes for Apple unified memory, AMD, Huawei Ascend, CPU-only machines, phones, NVIDIA cards too old for the engine and Pascal cards computing in fp16. */
class PlatformRulesTest {

    @Test
    void appleSiliconNotesTheWorkingSetLimit() {
        // an M3 Max with 64 GB of unified memory
        given(Given.ask().platform(Platform.APPLE).gpus(1, 48).ram(64).build())
                .rule("Apple silicon: the GPU gets about two thirds to three quarters of RAM")
                .firesOnQuestion().saying("working-set limit");
        given(Given.ask().build()).rule("Apple silicon: the GPU gets about two thirds to three quarters of RAM").doesNotFire();
    }

    @Test
    void anotherUnifiedMemoryMachineNotesTheGpuShareOfThePool() {
        // a Jetson AGX Orin 64GB, whose GPU may use 48 GB of the memory it shares with the CPU
        String rule = "Other unified memory: the GPU gets a share of the one pool";
        given(Given.ask().gpus(1, 48).ram(64).unified().build()).rule(rule).firesOnQuestion().saying("shares one memory with the CPU");
        // a Mac has its own note; a discrete card none
        given(Given.ask().platform(Platform.APPLE).gpus(1, 48).ram(64).unified().build()).rule(rule).doesNotFire();
        given(Given.ask().gpus(1, 24).build()).rule(rule).doesNotFire();
    }

    @Test
    void amdNotesRocmOrVulkan() {
        // an RX 7900 XTX 24GB
        given(Given.ask().platform(Platform.AMD).gpus(1, 24).build()).rule("AMD: ROCm or Vulkan")
                .firesOnQuestion().saying("ROCm or Vulkan");
        given(Given.ask().gpus(1, 24).build()).rule("AMD: ROCm or Vulkan").doesNotFire();
    }

    @Test
    void ascendNotesCannNotCuda() {
        // eight Ascend 910B with 64 GB each
        given(Given.ask().platform(Platform.ASCEND).gpus(8, 64).build()).rule("Huawei Ascend: CANN, not CUDA")
                .firesOnQuestion().saying("CANN");
        given(Given.ask().gpus(1, 24).build()).rule("Huawei Ascend: CANN, not CUDA").doesNotFire();
    }

    @Test
    void mooreThreadsNotesMusaNotCuda() {
        // an MTT S80 16GB
        given(Given.ask().platform(Platform.MOORE_THREADS).gpus(1, 16).build()).rule("Moore Threads: MUSA, not CUDA")
                .firesOnQuestion().saying("MUSA");
        given(Given.ask().gpus(1, 16).build()).rule("Moore Threads: MUSA, not CUDA").doesNotFire();
    }

    @Test
    void noGpuNotesThatBandwidthSetsTheSpeed() {
        given(Given.ask().noGpu().ram(32).build()).rule("No GPU: CPU inference")
                .firesOnQuestion().saying("memory bandwidth");
        given(Given.ask().build()).rule("No GPU: CPU inference").doesNotFire();
        // a phone has its own note: no desktop RAM
        given(Given.ask().noGpu().platform(Platform.PHONE).ram(16).build()).rule("No GPU: CPU inference").doesNotFire();
        // Ollama runs llama.cpp; ExLlama or another engine (MLC LLM) is not told what llama.cpp does
        given(Given.ask().noGpu().ram(32).engine(Engine.OLLAMA).build()).rule("No GPU: CPU inference").firesOnQuestion();
        given(Given.ask().noGpu().ram(32).engine(Engine.EXLLAMA).build()).rule("No GPU: CPU inference").doesNotFire();
        given(Given.ask().noGpu().ram(32).engine(Engine.OTHER).build()).rule("No GPU: CPU inference").doesNotFire();
    }

    @Test
    void aPhoneNotesTheAppAndTheMemoryTheSystemKeeps() {
        // a phone with 16 GB
        given(Given.ask().noGpu().platform(Platform.PHONE).ram(16).build()).rule("Phone: an app over llama.cpp on the shared memory")
                .firesOnQuestion().saying("less than the amount stated is free");
        given(Given.ask().noGpu().ram(16).build()).rule("Phone: an app over llama.cpp on the shared memory").doesNotFire();
    }

    @Test
    void aCardOlderThanTheEnginesCudaBuildsIsSaidToBeLeftUnused() {
        String rule = "NVIDIA card older than the engine's CUDA builds";
        // a Tesla K80 (compute capability 3.7) with Ollama: its builds start at 5.0
        given(Given.ask().gpus(1, 12).engine(Engine.OLLAMA).oldestGpu("Tesla K80", 3.7).build()).rule(rule)
                .firesOnQuestion().saying("compute capability 3.7 and Ollama's builds start at 5.0");
        // a Tesla P40 (6.1): llama.cpp runs it, vLLM (7.0+) does not, and llama.cpp is named as the way
        given(Given.ask().gpus(1, 24).engine(Engine.VLLM).oldestGpu("Tesla P40", 6.1).build()).rule(rule)
                .firesOnQuestion().saying("llama.cpp and Ollama do");
        given(Given.ask().gpus(1, 24).oldestGpu("Tesla P40", 6.1).build()).rule(rule).doesNotFire();
        // no known card, or no GPU in the machine sized
        given(Given.ask().gpus(1, 24).engine(Engine.VLLM).build()).rule(rule).doesNotFire();
        given(Given.ask().noGpu().oldestGpu("Tesla K80", 3.7).build()).rule(rule).doesNotFire();
    }

    @Test
    void aPascalCardComputingInFp16IsToldItsHalfPrecisionIsSlow() {
        String rule = "Pascal card computing in fp16";
        // a Tesla P40 (6.1): 16-bit weights with no engine named, transformers' default load, and ExLlama at any format
        given(Given.ask().gpus(1, 24).format(WeightFormat.F16).oldestGpu("Tesla P40", 6.1).build()).rule(rule)
                .firesOnQuestion().saying("fp16 math at 1/64 of its fp32 rate");
        given(Given.ask().gpus(1, 24).engine(Engine.TRANSFORMERS).oldestGpu("Tesla P40", 6.1).build()).rule(rule).firesOnQuestion();
        given(Given.ask().gpus(1, 24).engine(Engine.EXLLAMA).oldestGpu("Tesla P40", 6.1).build()).rule(rule).firesOnQuestion();
        // a quantized GGUF through llama.cpp, or no format and no engine: computed in fp32/int8 there
        given(Given.ask().gpus(1, 24).format(WeightFormat.Q4_K_M).oldestGpu("Tesla P40", 6.1).build()).rule(rule).doesNotFire();
        given(Given.ask().gpus(1, 24).oldestGpu("Tesla P40", 6.1).build()).rule(rule).doesNotFire();
        given(Given.ask().gpus(1, 24).engine(Engine.OLLAMA).format(WeightFormat.F16).oldestGpu("Tesla P40", 6.1).build()).rule(rule).doesNotFire();
        // a P100 (GP100, 6.0) has fast fp16; a 3090 (8.6) too
        given(Given.ask().gpus(1, 16).format(WeightFormat.F16).oldestGpu("Tesla P100", 6.0).build()).rule(rule).doesNotFire();
        given(Given.ask().gpus(1, 24).engine(Engine.TRANSFORMERS).oldestGpu("RTX 3090", 8.6).build()).rule(rule).doesNotFire();
    }
}
