package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A llama.cpp run that leaves the GPU out by default, on a machine whose GPU stack the text names but whose card it does
 * not. Read only where a cheap test already applies (a slow llama.cpp run asked back for its hardware), so it never scans
 * every question.
 */
public final class NoGpuLayerForms {

    private NoGpuLayerForms() {}

    /** "rocm", "CUDA", "Vulkan", "my GPU", 显卡: the machine has a GPU stack. */
    private static final Pattern STACK = Pattern.compile(
            "(?<![a-z])(?:rocm|hip|cuda|cublas|vulkan|clblast|sycl|gpus?|nvidia|radeon|geforce|rtx|显卡|独显)(?![a-z])");
    /** A Mac: a Metal build offloads every layer by default. */
    private static final Pattern MAC = Pattern.compile("(?<![a-z])(?:mac|macbook|macos|metal|apple|mps)(?![a-z])");
    /**
     * A program whose default puts no layer on the GPU: llama.cpp's ./main binary (renamed llama-cli in June 2024; later
     * releases fit the layers to the GPU by themselves, JohannesGaessler, llama.cpp #18266: 'the default value for the
     * number of GPU layers is 999') and llama-cpp-python's Llama(), whose n_gpu_layers defaults to 0.
     */
    private static final Pattern ZERO_LAYER_DEFAULT = Pattern.compile(
            "(?:\\./main|bin/main|main\\.exe)(?![\\w.-])|llama-cpp-python|llama\\(model_path");

    /** Whether the text names a GPU stack or a GPU, and no Mac. */
    public static boolean gpuStackNamed(String text) {
        if (text == null || text.isEmpty()) return false;
        String low = text.toLowerCase(Locale.ROOT);
        return Prefilter.find(STACK, low) && !Prefilter.find(MAC, low);
    }

    /** Whether the run is of a llama.cpp program whose default puts no layer on the GPU. */
    public static boolean zeroLayerDefault(String text) {
        return text != null && Prefilter.find(ZERO_LAYER_DEFAULT, text.toLowerCase(Locale.ROOT));
    }
}
