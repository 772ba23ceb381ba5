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

    @Test
    void anOllamaTagSaysWhereOllamaWasReadFrom() {
        for (String q : List.of("can my 3090 run llama3:70b?", "will qwen2.5:14b run on a 4060 ti 16gb?")) {
            assertThat(notes(q)).as(q).contains("Sized for Ollama, read from the model's Ollama tag (Ollama runs models on llama.cpp).")
                    .noneMatch(n -> n.contains("you did not name an engine"));
        }
        assertThat(notes("我的 3090 能跑 qwen2.5:32b 吗")).anyMatch(n -> n.startsWith("按 Ollama 估算（从模型名的 Ollama 标签看出"));
        // a name without a tag keeps the default line
        assertThat(notes("can my 3090 run llama 3 70b?")).contains("Sized for llama.cpp/Ollama (you did not name an engine).");
    }

    @Test
    void anEngineOutsideTheListIsSaidAsSizedLikeLlamaCppInTheQuestionsLanguage() {
        var en = ADVISOR.answer("engine-line other en", "can lmdeploy run qwen2.5 14b on my 4090?");
        assertThat(en.reply().notes()).contains("Sized as llama.cpp runs it: the engine you use is not one sized separately here, and its own memory use may differ.")
                .noneMatch(n -> n.contains("another engine's memory accounting"));
        assertThat(en.understood().line(dev.llmadvisor.facts.Lang.EN)).contains(", another engine,");
        var zh = ADVISOR.answer("engine-line other zh", "用lmdeploy在4090上能跑qwen2.5 14b吗");
        assertThat(zh.reply().notes()).anyMatch(n -> n.startsWith("按 llama.cpp 的方式估算：你用的推理引擎这里没有单独的估算"));
        assertThat(zh.understood().line(dev.llmadvisor.facts.Lang.ZH)).contains("其他推理引擎").doesNotContain("another engine");
    }
}
