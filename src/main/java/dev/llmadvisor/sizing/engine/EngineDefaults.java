package dev.llmadvisor.sizing.engine;

import dev.llmadvisor.sizing.Units;

/**
 * Defaults of the llama.cpp family that change what gets allocated when the person sets nothing.
 * <ul>
 * <li>Ollama (ollama/ollama at fb30760, 2026-08): the default context follows the total VRAM less
 * OLLAMA_GPU_OVERHEAD: 262,144 tokens from 47 GiB, 32,768 from 23 GiB, else 4,096 (server/routes.go), capped at
 * the model's trained context (server/sched.go); OLLAMA_CONTEXT_LENGTH overrides it. OLLAMA_NUM_PARALLEL defaults
 * to 1 and multiplies the context ("-c", NumCtx * numParallel, llm/llama_server.go); OLLAMA_KV_CACHE_TYPE defaults
 * to f16; flash attention is "auto" unless OLLAMA_FLASH_ATTENTION is set (llm/llama_server.go); num_gpu -1 lets
 * llama-server fit the layers.</li>
 * <li>llama.cpp (build b10257, common/common.h): {@code -c 0} means the model's trained context, {@code -ngl -1}
 * (auto) and {@code --fit on} shrink the context to no less than 4,096 and move layers or experts to the CPU until
 * 1 GiB stays free per device; flash attention is auto.</li>
 * </ul>
 */
public final class EngineDefaults {

    public static final int OLLAMA_SMALL = 4096;
    public static final int OLLAMA_MEDIUM = 32768;
    public static final int OLLAMA_LARGE = 262144;
    public static final int LLAMA_CPP_FIT_MIN_CONTEXT = 4096;
    /**
     * The shortest maximum length worth serving on vLLM, SGLang or TGI: shorter, a request holds little more than a system
     * prompt and one question.
     */
    public static final int SERVING_MIN_CONTEXT = 2048;

    /**
     * The maximum length to start a serving engine with when its KV pool holds {@code poolTokens}: rounded down to a
     * thousand tokens (1,024), as people set --max-model-len; 0 when that is below {@link #SERVING_MIN_CONTEXT}.
     */
    public static int servedContext(long poolTokens) {
        int len = (int) Math.min(Integer.MAX_VALUE, poolTokens / 1024 * 1024);
        return len >= SERVING_MIN_CONTEXT ? len : 0;
    }

    private EngineDefaults() { }

    /** Ollama's default context on a machine with this much VRAM, for a model trained to {@code modelMax}. */
    public static int ollamaContext(long totalVramBytes, int modelMax) {
        int ctx = totalVramBytes >= Units.gib(47) ? OLLAMA_LARGE : totalVramBytes >= Units.gib(23) ? OLLAMA_MEDIUM : OLLAMA_SMALL;
        return modelMax > 0 ? Math.min(ctx, modelMax) : ctx;
    }
}
