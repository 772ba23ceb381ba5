package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.CommandWriter;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    void givenAPhoneAppThatCloses_thenTheWeightsNamedTooLargeExceedItsMemory() {
        // given an app that closes on an 8 GB phone, no format named: the model is judged too large on its weights as
        // published, so the first line names those, not the 4-bit file sized below (3.8 GB "too large" for 8 GB)
        Answer a = answer("Is it working? Just closing on S23.\n\nHi!\nIs it working? Downloaded LLama-2-7b, clicked on Chat button,"
                + " it shows some messages, \"Ready to chat\".\nAnd application closed, probably crushed. That's it.\nSamsung S23");
        Matcher m = Pattern.compile("has about ([\\d.]+) GB of weights and the GPU memory is ([\\d.]+) GB").matcher(a.reply().headline());
        assertThat(m.find()).as(a.reply().headline()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThan(Double.parseDouble(m.group(2)));
    }

    @Test
    void givenAModelThePhonesMemoryHolds_thenItFitsThereAndTheReplySaysSo() {
        // given a phone whose memory holds the model: its CPU and GPU share that memory, so it runs wholly in it (a fit, as
        // the corpus counts a phone's unified memory), not partly in a system RAM a phone does not have apart from it
        for (String q : List.of("my phone has a Snapdragon 8 Gen 3 with 16GB RAM, can it run qwen2.5 7b?",
                "手机是小米14 16+512G，能跑deepseek r1 7b吗")) {
            Answer a = answer(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            assertThat(a.reply().toText(false)).as(q).containsAnyOf("held whole in that memory", "整个放在这块内存里");
        }
        // given a model larger than the phone's memory: still a no
        assertThat(answer("my phone has a Snapdragon 8 Gen 3 with 16GB RAM, can it run llama 3 70b?").verdict()).isEqualTo(Verdict.NO);
        // given a computer without a GPU: the model runs from system RAM on the CPU, an offload
        assertThat(answer("CPU only, 16GB RAM, can it run qwen2.5 7b?").verdict()).isEqualTo(Verdict.OFFLOAD);
    }

    @Test
    void givenAComputerWithoutAGpu_thenTheDesktopCommandsStay() {
        Answer a = answer("CPU only, 16GB RAM, can it run qwen2.5 7b?");
        assertThat(a.commands()).anyMatch(c -> c.command().startsWith("llama-server"));
        assertThat(a.commands()).noneMatch(c -> c.engine().equals("phone app"));
    }
}
