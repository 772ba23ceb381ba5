package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * node-llama-cpp's refusal of a context it estimates will not fit (withcatai/node-llama-cpp,
 * resolveContextContextSizeOption.ts: "A context size of ${size}[ with ${n} sequences] is too large for the available VRAM",
 * or RAM, "VRAM and RAM", "resources"), as the source formats it with generated sizes and sequence counts: the context's
 * cache is what does not fit, so the diagnosis is the context. oMLX's prefill memory guard refuses a prompt the same way
 * (its scheduler's wordings, with generated prompt lengths, guards and advice), and prose that only borrows a word of
 * these messages is not read as one.
 */
class ContextRefusedFormsTest {

    private static final List<String> WHERE = List.of("VRAM", "RAM", "RAM (including swap)", "VRAM and RAM", "VRAM and RAM (including swap)", "resources");

    @Test
    void aRefusedContextIsTheContext() {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (int size : new int[] {2048, 4096, 32768, 131072})
            for (String seq : List.of("", " with 2 sequences", " with 8 sequences"))
                for (String where : WHERE) {
                    String text = "Failed to load model: InsufficientMemoryError: A context size of " + size + seq + " is too large for the available " + where;
                    if (!LogReader.read(text).kvAllocFailed()) wrong.add("not read: " + text);
                    if (n++ % 6 == 0 && !"context_too_large".equals(RealAdvisors.diagnosedCause("I run qwen3 8b with node-llama-cpp. " + text)))
                        wrong.add("cause: " + text);
                }
        assertThat(wrong).isEmpty();
    }

    private static final List<String> GUARD = List.of("preflight safety guard, kv_len=%d, min_chunk=32", "pre-chunk guard at 2048 tokens, kv_len=%d");
    private static final List<String> ADVICE = List.of("Reduce context length or raise memory_guard_tier (safe → balanced → aggressive).",
            "Close other apps to free RAM (static cap is 48.00 GB but only 3.20 GB is reclaimable right now), or reduce context length.",
            "Raise kernel iogpu.wired_limit_mb in Terminal (currently caps Metal at 21.33 GB), or reduce context length.");
    private static final List<String> WRAP = List.of("%s", "oMLX prefill memory guard rejected this prompt: %s",
            "Error code: 400 - {'error': {'message': '%s', 'type': 'server_error'}}");

    @Test
    void aPrefillTheGuardRefusesIsTheContext() {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (int kvLen : new int[] {18400, 66461, 131071})
            for (String wrap : WRAP) {
                List<String> lines = new ArrayList<>();
                for (String guard : GUARD)
                    lines.add("Prefill context too large for available memory (" + guard.formatted(kvLen) + "): predicted peak would require ~25.53 GB"
                            + " (current 25.07 GB + KV 338.09 MB + min-chunk transient 137.32 MB) but prefill safety cap is 25.27 GB (90% of effective ceiling 28.08 GB)."
                            + " Reduce context length, free system memory, or loosen memory_guard_tier (safe → balanced → aggressive).");
                for (String advice : ADVICE)
                    lines.add("Prefill would require ~30.10 GB peak (current 24.00 GB + KV+SDPA 6.10 GB) but static ceiling is 28.00 GB. " + advice);
                for (String line : lines) {
                    String text = wrap.formatted(line);
                    if (!LogReader.read(text).kvAllocFailed()) wrong.add("not read: " + text);
                    if (n++ % 4 == 0 && !"context_too_large".equals(RealAdvisors.diagnosedCause("oMLX with mlx-community/Qwen3-30B-A3B-4bit on a 32GB Mac fails: " + text)))
                        wrong.add("cause: " + text);
                }
            }
        assertThat(wrong).isEmpty();
    }

    @Test
    void proseBorrowingTheWordsIsNotTheMessage() {
        for (String text : List.of("The prefill would require a lot of memory with a long prompt, I guess.",
                "Is a 128k context too large for the available memory of a 24 GB card?",
                "Prefill is slow; the peak memory never reaches the ceiling of my Mac."))
            assertThat(LogReader.read(text).kvAllocFailed()).as(text).isFalse();
    }
}
