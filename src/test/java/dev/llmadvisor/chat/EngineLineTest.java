package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
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

    /** The commands of an answer's options, each as written. */
    private static List<String> commands(Answer a) {
        return a.reply().options().stream().flatMap(o -> o.commands().stream()).map(dev.llmadvisor.reply.CommandWriter.Command::command).toList();
    }

    @Test
    void givenAClientWithADefaultBackendNamedAloneThenTheLineNamesBothAndTheCommandsAreThatBackends() {
        Answer en = ADVISOR.answer("engine-line client en", "I use Open WebUI with qwen2.5 14b on my 4090, can it run at 32k context?");
        assertThat(en.reply().notes()).contains("Open WebUI is a front end: it runs no model itself but calls a backend you did not name. "
                        + "Sized for llama.cpp, which Ollama, Open WebUI's default backend, runs models on; if yours is another, such as vLLM, say so.")
                .noneMatch(n -> n.contains("not one sized separately"));
        assertThat(commands(en)).isNotEmpty().allMatch(c -> c.contains("ollama"));
        Answer zh = ADVISOR.answer("engine-line client zh", "我在open-webui里用qwen2.5 14b，显卡是4090，能跑吗");
        assertThat(zh.reply().notes()).contains("Open WebUI 是前端应用，本身不运行模型，而是调用推理后端（你没有说明是哪一个）。"
                + "这里按 llama.cpp 估算：Open WebUI 默认连接的 Ollama 就是用 llama.cpp 运行模型的；如果你用的是 vLLM 等其他后端，请说明。");
    }

    @Test
    void givenAClientWithNoDefaultBackendNamedAloneThenTheUsualBackendsAreSaidInTheQuestionsLanguage() {
        Answer en = ADVISOR.answer("engine-line client none en", "Can my 4060 8GB run llama 3 8b? I want to chat with it in SillyTavern.");
        assertThat(en.reply().notes()).contains("SillyTavern is a front end: it runs no model itself but calls a backend you did not name. "
                + "Sized for llama.cpp/Ollama, the usual backends under it; if yours is another, such as vLLM, say so.");
        assertThat(commands(en)).anyMatch(c -> c.startsWith("llama-server")).anyMatch(c -> c.startsWith("ollama run"));
        Answer zh = ADVISOR.answer("engine-line client none zh", "我用Cherry Studio接入qwen3 32b，两张4090，能跑吗？");
        assertThat(zh.reply().notes()).contains("Cherry Studio 是前端应用，本身不运行模型，而是调用推理后端（你没有说明是哪一个）。"
                + "这里按最常用的 llama.cpp/Ollama 估算；如果你用的是 vLLM 等其他后端，请说明。");
    }

    @Test
    void givenAClientBesideTheEngineRunOrSaidNotUsedThenTheLineIsTheEngines() {
        // the engine named runs under the client: its own line
        assertThat(notes("I use Open WebUI as the front end and vLLM serves qwen2.5 14b on my 4090, will it fit?"))
                .contains("Sized for vLLM's memory accounting.").noneMatch(n -> n.contains("Open WebUI"));
        // an engine outside the list named with a client is that engine, not the client
        Answer other = ADVISOR.answer("engine-line client beside other", "lmdeploy serves qwen2.5 14b on my 4090 and I chat with it in Open WebUI, will it fit?");
        assertThat(other.reply().notes()).noneMatch(n -> n.contains("Open WebUI"));
        assertThat(commands(other)).isEmpty();
    }
}
