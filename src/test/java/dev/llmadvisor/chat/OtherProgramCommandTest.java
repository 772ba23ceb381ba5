package dev.llmadvisor.chat;

import dev.llmadvisor.reply.CommandWriter;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a question run through a program of another kind than the engines a command is written for (KoboldCpp, FastChat,
 * AirLLM), then the answer gives no command line: a llama-server or Ollama command would not run in their program. An
 * engine named, or none, keeps its commands.
 */
class OtherProgramCommandTest {

    static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();

    static List<String> commands(String question) {
        Reply r = ADVISOR.answer("other-program " + question, question).reply();
        return r.options().stream().flatMap(o -> o.commands().stream()).map(CommandWriter.Command::command).toList();
    }

    @Test
    void aProgramOfAnotherKindGetsNoOtherEnginesCommand() {
        for (String q : List.of("koboldcpp runs llama 2 13b q4_k_m slowly on my RTX 3060 12GB, how do I speed it up?",
                "两块V100用fastchat跑Baichuan2-13B-Chat推理巨慢，有什么调优的思路"))
            assertThat(commands(q)).as(q).isEmpty();
    }

    @Test
    void anEngineNamedOrNoneKeepsItsCommands() {
        assertThat(commands("llama.cpp runs llama 2 13b q4_k_m slowly on my RTX 3060 12GB, how do I speed it up?"))
                .anyMatch(c -> c.startsWith("llama-server"));
        assertThat(commands("can my RTX 3060 12GB run llama 2 13b?")).anyMatch(c -> c.startsWith("llama-server"))
                .anyMatch(c -> c.startsWith("ollama"));
    }
}
