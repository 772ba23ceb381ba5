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
 * cache is what does not fit, so the diagnosis is the context.
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
}
