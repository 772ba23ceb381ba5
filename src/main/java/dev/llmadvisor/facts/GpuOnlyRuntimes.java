package dev.llmadvisor.facts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runtimes the parser names as "another engine" ({@link Engine#OTHER}, from {@code EngineFingerprints}) that keep the whole
 * model on the GPU and have no path that runs layers from system RAM: on them a model that does not fit in GPU memory does
 * not run, so "part of it in RAM" is no option and the verdict is a no (as for ExLlama, {@link Engine#keepsModelOnGpu()}).
 * Each entry says where its maintainers state it. Runtimes that do offload (llama.cpp's family, KoboldCpp, text-generation-
 * webui's loaders, transformers' device_map="auto", vLLM's --cpu-offload-gb, FlexGen, AirLLM) are not here.
 */
public final class GpuOnlyRuntimes {

    private GpuOnlyRuntimes() {}

    /** One runtime: its display name, its names as people write them (lower case, whole words), and the source. */
    public record Runtime(String display, Pattern names, String source) {
        Runtime(String display, String names, String source) {
            this(display, Pattern.compile("(?<![a-z0-9_])(?:" + names + ")(?![a-z0-9_])"), source);
        }
    }

    static final List<Runtime> ALL = List.of(
            // NVIDIA/ChatRTX README, system requirements: an RTX 30/40-series (Ampere/Ada) GPU "with at least 8GB of VRAM";
            // it runs TensorRT-LLM engines built for the GPU, and the installer refuses smaller cards (NVIDIA/ChatRTX#127)
            new Runtime("ChatRTX", "chatrtx|chat ?with ?rtx", "NVIDIA/ChatRTX README (system requirements)"),
            // mlc-ai/mlc-llm#3094, maintainer MasterJH5574 (2025-01-22): "MLC keeps all the model weights and KV cache in
            // GPU, and does not do model offloading"; WebLLM is MLC's WebGPU runtime, MLC Chat its app
            new Runtime("MLC LLM", "mlc[-_ ]?llm|mlc[-_ ]?chat|web[-_ ]?llm|mlc_chat_cli",
                    "mlc-ai/mlc-llm#3094 (maintainer: no model offloading)"),
            // InternLM/lmdeploy#2586, maintainer lvhan028 (2024-10-11): "lmdeploy 不支持 cpu 推理" — TurboMind and its
            // PyTorch engine run on NVIDIA GPUs and Ascend NPUs only, with nothing computed from system RAM
            new Runtime("LMDeploy", "lmdeploy|turbomind", "InternLM/lmdeploy#2586 (maintainer: no CPU inference)"));

    /** The GPU-only runtime a message names, the first in the text when it names several; empty when it names none. */
    public static Optional<Runtime> named(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String s = text.toLowerCase(Locale.ROOT);
        Runtime first = null;
        int at = Integer.MAX_VALUE;
        for (Runtime r : ALL) {
            var m = r.names().matcher(s);
            if (m.find() && m.start() < at) {
                first = r;
                at = m.start();
            }
        }
        return Optional.ofNullable(first);
    }
}
