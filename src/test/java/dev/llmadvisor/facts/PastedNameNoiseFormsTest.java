package dev.llmadvisor.facts;

import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What pasting leaves in and around a model's name: Markdown's escapes inside it ("llama3.1\:8b", "Q4\_K\_M", as GitHub's and
 * Reddit's editors write them), a package's version with a wheel's local build label (PEP 440: "llama 0.13+cu124", "+cpu",
 * "+rocm6.1", a family word as a package's short name), and a Python module:attribute a server is told to run
 * ("uvicorn chatglm_cpp.openai_api:app"). The escape is no part of the name, and the other two name no model: each question
 * is read as the same question without them. The expectations follow from what the pasted words are, never from the program.
 */
class PastedNameNoiseFormsTest {

    private static List<String> ids(String question) {
        return Understanding.of(question).models().stream()
                .map(m -> m.generic() ? "generic " + m.paramsB() : String.valueOf(m.id())).sorted().toList();
    }

    /** Names written with ':' and '_' in them, in Ollama tags, files and repositories, several families, both languages. */
    private static final List<String> NAMES = List.of("llama3.1:8b", "qwen2.5:14b-instruct-q4_K_M", "deepseek-r1:32b", "gemma3:12b",
            "Qwen2.5-7B-Instruct-Q4_K_M.gguf", "mistral-7b-instruct-v0.2.Q5_K_M.gguf", "Meta-Llama-3.1-8B-Instruct-Q8_0.gguf");

    @Test
    void aMarkdownEscapeInsideANameIsNoPartOfIt() {
        for (String name : NAMES) {
            String escaped = name.replace(":", "\\:").replace("_", "\\_");
            for (String frame : List.of("ollama run %s is slow on my 3060", "can my 4060 8GB run %s?", "我在4090上跑%s很慢")) {
                String plain = String.format(frame, name);
                String written = String.format(frame, escaped);
                // given the escaped and the plain question; then the same models are read, and some are
                assertThat(ids(plain)).as(plain).isNotEmpty();
                assertThat(ids(written)).as(written).isEqualTo(ids(plain));
            }
        }
    }

    @Test
    void aPackageBuildOrAModuleAttributeIsNoModel() {
        String asked = "Qwen2.5-7B-Instruct";
        List<String> alone = ids("my 4070 cannot load " + asked);
        for (String pasted : List.of("after I upgraded to llama 0.13+cu124", "with llama 0.2.90+cpu installed", "on llama 0.3.1+rocm6.1",
                "MODEL=./models/x.bin uvicorn chatglm_cpp.openai_api:app --host 0.0.0.0", "gunicorn qwen_server.api:app -w 1",
                "python -m uvicorn llama_api.server.main:app", "升级到llama 0.13+cu124以后")) {
            String q = "my 4070 cannot load " + asked + " " + pasted;
            assertThat(ids(q)).as(q).isEqualTo(alone);
        }
    }

    @Test
    void nearMissesAreStillModels() {
        // an Ollama tag's name has digits after its dots; a version without a build label is a model's
        assertThat(ids("ollama run llama3.1:latest on my 3090")).isEqualTo(ids("ollama run llama3.1:8b on my 3090"));
        assertThat(ids("can my 3060 run qwen2.5:7b with cu124?")).isEqualTo(ids("can my 3060 run qwen2.5:7b?")).isNotEmpty();
        assertThat(ids("can my 4090 run llama 3.1 8b?")).isNotEmpty();
        // a backslash of a Windows path before a letter stays
        assertThat(ids("C:\\models\\qwen2.5-7b-instruct-q4_k_m.gguf fails on my 4060")).isNotEmpty();
    }
}
