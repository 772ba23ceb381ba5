package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.CommandWriter;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone is answered as a phone: the GGUF file and context to set in a phone app over llama.cpp, not desktop command
 * lines (llama-server, Ollama), and no line about a desktop's RAM channels; an engine the person names keeps its own
 * commands.
 */
class PhoneAnswerTest {

    static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();

    static Answer answer(String question) {
        return ADVISOR.answer("phone " + question, question);
    }

    @Test
    void givenAPhoneAndNoEngine_thenAPhoneAppSettingAndNoDesktopCommands() {
        for (String q : List.of("my phone has a Snapdragon 8 Gen 3 with 16GB RAM, can it run qwen2.5 7b?",
                "手机是小米14 16+512G，能跑deepseek r1 7b吗", "Galaxy S24 Ultra 12GB RAM, what can it run?")) {
            Answer a = answer(q);
            List<CommandWriter.Command> commands = a.commands();
            assertThat(commands).as(q).isNotEmpty().allMatch(c -> c.engine().equals("phone app"));
            assertThat(commands.get(0).command()).as(q).contains(".gguf").contains("context");
            String text = a.reply().toText(false);
            assertThat(text).as(q).doesNotContain("llama-server").doesNotContain("ollama ").doesNotContain("desktop's two channels")
                    .doesNotContain("双通道");
        }
    }

    @Test
    void givenAPhoneAndANamedEngine_thenThatEnginesCommands() {
        Answer a = answer("I build llama.cpp in Termux on my Pixel 8 Pro with 12GB of RAM; can it run qwen2.5 3b?");
        assertThat(a.commands()).isNotEmpty().allMatch(c -> c.command().startsWith("llama-server"));
    }

    @Test
    void givenAComputerWithoutAGpu_thenTheDesktopCommandsStay() {
        Answer a = answer("CPU only, 16GB RAM, can it run qwen2.5 7b?");
        assertThat(a.commands()).anyMatch(c -> c.command().startsWith("llama-server"));
        assertThat(a.commands()).noneMatch(c -> c.engine().equals("phone app"));
    }
}
