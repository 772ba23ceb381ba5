package dev.llmadvisor.chat;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line saying which engine an answer was sized for. With no engine named, a format llama.cpp does not load is sized
 * on the engine that serves it, and the line must not claim llama.cpp for it.
 */
class EngineLineTest {

    static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();

    /** Each question in a conversation of its own: a follow-up would keep the engine of the one before. */
    static List<String> notes(String question) {
        return ADVISOR.answer("engine-line " + question, question).reply().notes();
    }

    @Test
    void aFormatLlamaCppDoesNotLoadNamesTheEngineItWasSizedFor() {
        for (String q : List.of("can a 5090 run qwen3 32b nvfp4?", "can my 4090 run qwen3 14b awq?", "will qwen3 32b fp8 fit on an H100?")) {
            assertThat(notes(q)).as(q).anyMatch(n -> n.contains("for vLLM, which serves it") && n.contains("you did not name an engine"));
        }
        assertThat(notes("4090 能跑 qwen3 14b awq 吗")).anyMatch(n -> n.contains("按 vLLM 估算") && n.contains("llama.cpp 不加载"));
    }

    @Test
    void aGgufFormatOrNoneKeepsTheDefaultEngineLine() {
        for (String q : List.of("can my 4090 run qwen3 32b?", "can my 4090 run qwen3 32b q4_k_m?", "can my 4090 run qwen3 32b fp16?")) {
            assertThat(notes(q)).as(q).contains("Sized for llama.cpp/Ollama (you did not name an engine).")
                    .noneMatch(n -> n.contains("which serves it"));
        }
        // an engine named: its own line, whatever the format
        assertThat(notes("can vllm run qwen3 14b awq on my 4090?")).contains("Sized for vLLM's memory accounting.");
    }
}
