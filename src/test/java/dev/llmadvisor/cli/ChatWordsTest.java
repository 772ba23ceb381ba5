package dev.llmadvisor.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's own words: leaving and "why", as people type them in other chat consoles, and questions that are not. */
class ChatWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"quit", "Quit", " exit ", "/quit", "/exit", "/bye", "bye", ":q", "q", "退出", "/退出", "再见"})
    void leaves(String line) {
        assertThat(ChatCommand.Word.of(line)).isEqualTo(ChatCommand.Word.QUIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"why", "Why", "/why", "explain", "为什么", "理由"})
    void explains(String line) {
        assertThat(ChatCommand.Word.of(line)).isEqualTo(ChatCommand.Word.WHY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"why not Q8?", "quit using ollama?", "can I exit the model early?", "为什么不用Q8", "/", "qwen3 8b", "bye bye 3090"})
    void questionsAreNoCommands(String line) {
        assertThat(ChatCommand.Word.of(line)).isEqualTo(ChatCommand.Word.NONE);
    }
}
