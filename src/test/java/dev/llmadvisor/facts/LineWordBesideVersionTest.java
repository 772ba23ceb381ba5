package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.Understanding.catalogId;
import static dev.llmadvisor.testing.Understanding.modelIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Ollama as the engine a line's name alone is its library's :latest tag ("qwen" pulls Qwen1.5 4B). A maker's word
 * written without any version ("Qwen", "Gemma", "Llama") beside a model named as that word and a version ("qwen2.5vl",
 * "Gemma 3 12B", "llama3.1:8b") is that model written short, as a title often writes it before the text names it in full:
 * one model, not the library's :latest release beside it.
 */
class LineWordBesideVersionTest {

    @Test
    void aWordWithoutVersionIsTheVersionedModelBesideIt() {
        // given the maker's word alone and, in the same text, that word with a version (glued, spaced, dashed; English and
        // Chinese); then only the versioned model is read
        List<String[]> cases = List.of(
                new String[] {"Qwen can not use GPU. When using qwen2.5vl, Ollama utilizes both the CPU and GPU", "qwen2.5vl:7b"},
                new String[] {"Gemma is slow: ollama run gemma3:12b takes a minute per answer on my 3060", "gemma3:12b"},
                new String[] {"ollama 里 qwen 很慢，用的是 qwen2.5:14b，显卡 4060", "qwen2.5:14b"},
                new String[] {"Llama keeps crashing. ollama run llama3.1:8b on a 1660 Ti fails after the first answer", "llama3.1:8b"});
        for (String[] c : cases) assertThat(modelIds(c[0])).as(c[0]).containsExactly(catalogId(c[1]));
    }

    @Test
    void aWordBesideAnotherNamedLineStaysItsLatestTag() {
        // near miss: "mistral" beside "mistral-nemo" (another line, a name after the dash, no version) is still Ollama's mistral
        String q = "ollama: mistral runs fine but mistral-nemo is slow on my 3060";
        assertThat(modelIds(q)).contains(catalogId("mistral:latest"));
    }
}
