package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line's name alone ("llama3.1", "qwen2.5") is the Ollama library's :latest tag where the models are listed by Ollama's
 * names: with Ollama as the engine, and in Open WebUI (Ollama's web front end, first called Ollama WebUI), whatever engine
 * the text names. Elsewhere it stays the line.
 */
class OllamaFrontEndTagFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static List<String> ids(String text) {
        return FACTS.understand(PARSER.parse(text)).understood().models().stream().map(Understood.Model::id).toList();
    }

    @Test
    void aLinesNameInOpenWebUiIsItsLatestTag() {
        // given a line's name in Open WebUI, written the ways people write the front end; then the line's :latest model
        for (String q : List.of("In Open WebUI, llama3.1 takes a minute before the first answer on my 3060",
                "OpenWebUI 里用 qwen2.5 回答很慢，显卡是4060", "Ollama WebUI: llama3.2 is slow on my laptop")) {
            String line = q.contains("qwen2.5") ? "qwen2.5" : q.contains("llama3.2") ? "llama3.2" : "llama3.1";
            String latest = K.models().find(line + ":latest").orElseThrow().model().id();
            assertThat(ids(q)).as(q).containsExactly(latest);
        }
    }

    @Test
    void aLinesNameElsewhereStaysTheLine() {
        // near miss: with no Ollama front end and no engine named, the line is not narrowed to one tag
        String latest = K.models().find("llama3.1:latest").orElseThrow().model().id();
        assertThat(ids("llama3.1 takes a minute before the first answer on my 3060")).doesNotContain(latest);
        assertThat(ids("In Open WebUI, llama3.1 takes a minute before the first answer on my 3060")).contains(latest);
    }
}
