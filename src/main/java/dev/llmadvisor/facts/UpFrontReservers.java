package dev.llmadvisor.facts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serving engines that reserve a share of the GPU's memory when they start, whatever the model's size, and fill what
 * the weights leave with KV-cache blocks: their memory use is high by design, which is the answer to "why does it take
 * so much memory?". Each entry names the setting that sets the share and its default, from the engine's own
 * documentation. Engines the advisor knows by name ({@link Engine}) are recognised by it; the others by their name or
 * command in the text (as {@link GpuOnlyRuntimes} does), since {@link Engine#OTHER} does not tell which one it is.
 */
public final class UpFrontReservers {

    /**
     * @param display the engine's name as the answer says it
     * @param engine  the advisor's engine, or null for one it knows only as {@link Engine#OTHER}
     * @param names   how a text names it (lower case), for an engine known only as OTHER; null otherwise
     * @param knob    the setting and its default, as the answer says it
     * @param knobZh  the same in Chinese
     * @param source  where the share and its default are documented
     */
    public record Reserver(String display, Engine engine, Pattern names, String knob, String knobZh, String source) { }

    static final List<Reserver> ALL = List.of(
            // docs.vllm.ai engine arguments: "--gpu-memory-utilization: The fraction of GPU memory to be used for the model
            // executor … default 0.9"; DarkLight1337 (vllm #17891): "vLLM allocates the rest of the GPU for KV cache"
            new Reserver("vLLM", Engine.VLLM, null, "--gpu-memory-utilization, 0.9 by default", "--gpu-memory-utilization，默认 0.9",
                    "vLLM engine arguments (--gpu-memory-utilization)"),
            // SGLang server arguments: "--mem-fraction-static: The fraction of the memory used for static allocation
            // (model weights and KV cache memory pool)", chosen from the GPU's size when not given (about 0.8-0.9)
            new Reserver("SGLang", Engine.SGLANG, null, "--mem-fraction-static, about 0.85 by default", "--mem-fraction-static，默认约 0.85",
                    "SGLang server arguments (--mem-fraction-static)"),
            // TGI launcher: "--cuda-memory-fraction … default 1.0"; at warm-up it infers --max-batch-total-tokens from the
            // memory left and allocates the KV cache for them ("Inferred max batch total tokens")
            new Reserver("TGI", Engine.TGI, null, "--cuda-memory-fraction (1.0 by default) and --max-batch-total-tokens", "--cuda-memory-fraction（默认 1.0）与 --max-batch-total-tokens",
                    "text-generation-inference launcher arguments (--cuda-memory-fraction)"),
            // LMDeploy TurbomindEngineConfig / PytorchEngineConfig: "cache_max_entry_count: the percentage of gpu memory
            // occupied by the k/v cache", 0.8 of the free memory since 0.2.1 (docs/en/get_started, faq)
            new Reserver("LMDeploy", null, Pattern.compile("(?<![a-z0-9_])(?:lmdeploy|turbomind)(?![a-z0-9_])"),
                    "--cache-max-entry-count, 0.8 of the free memory by default", "--cache-max-entry-count，默认为空闲显存的 0.8",
                    "LMDeploy TurbomindEngineConfig (cache_max_entry_count)"),
            // TensorRT-LLM KvCacheConfig: "free_gpu_memory_fraction … defaults to 0.9"
            new Reserver("TensorRT-LLM", null, Pattern.compile("(?<![a-z0-9_])(?:tensorrt[-_ ]?llm|trtllm|trt-llm)(?![a-z0-9_])"),
                    "KvCacheConfig free_gpu_memory_fraction, 0.9 by default", "KvCacheConfig 的 free_gpu_memory_fraction，默认 0.9",
                    "TensorRT-LLM KvCacheConfig (free_gpu_memory_fraction)"),
            // LightLLM api_server: "--mem_fraction … default 0.9", the share of the GPU for weights and its token pool
            new Reserver("LightLLM", null, Pattern.compile("(?<![a-z0-9_])lightllm(?![a-z0-9_])"),
                    "--mem_fraction, 0.9 by default", "--mem_fraction，默认 0.9", "LightLLM api_server arguments (--mem_fraction)"));

    private UpFrontReservers() { }

    /**
     * The reserving engine of a setup: the engine itself when it is one, else (an engine the advisor knows only as
     * OTHER, or none) the first reserving engine the text names; empty when none.
     */
    public static Optional<Reserver> of(Engine engine, String text) {
        if (engine != null && engine != Engine.OTHER) {
            return ALL.stream().filter(r -> r.engine() == engine).findFirst();
        }
        if (text == null || text.isBlank()) return Optional.empty();
        String s = text.toLowerCase(Locale.ROOT);
        Reserver first = null;
        int at = Integer.MAX_VALUE;
        for (Reserver r : ALL) {
            if (r.names() == null) continue;
            var m = r.names().matcher(s);
            if (m.find() && m.start() < at) {
                first = r;
                at = m.start();
            }
        }
        return Optional.ofNullable(first);
    }
}
