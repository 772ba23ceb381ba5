package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A yes or no put to a family or list of machines (issue 9: "Is it possible to run on a M1/M2 MacBook Pro?", "能否支持M1或M2
 * 的MAC下启动", "can it run on a 3060/3070?"), on generated sentences: the person asks whether it runs, so the kind is
 * {@code can_run}. Options are weighed ({@code compare_hardware}) only with a choice word: which, better, vs, should I,
 * 哪个, 还是, 选, 推荐, or a fallback named ("6GB? if not, the 12GB one?", read as options for sizes only, see
 * OptionsWeighedFormsTest). The expected kinds follow the kinds' definitions (eval/real-questions/README.md, "Kinds"),
 * never the program. Card pairs of unlike memory, so the reading does not lean on options that change no answer.
 */
class MachineListYesNoFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    private static final String[][] PAIRS = {{"M1", "M2"}, {"3060", "3070"}, {"RTX 4060", "RTX 4070"}, {"3090", "A100 80GB"}};

    record Frame(String text, Intent kind) {
        @Override public String toString() { return kind + ": " + text; }
    }

    static Stream<Frame> frames() {
        return Stream.of(
                new Frame("Is it possible to run on a {a}/{b}?", Intent.CAN_RUN),
                new Frame("can it run on a {a}/{b}?", Intent.CAN_RUN),
                new Frame("Could a {a} or {b} run llama 3 8b?", Intent.CAN_RUN),
                new Frame("does it work on {a} or {b} machines?", Intent.CAN_RUN),
                new Frame("能否支持{a}或{b}下启动", Intent.CAN_RUN),
                new Frame("{a}或者{b}能跑qwen2 7b吗？", Intent.CAN_RUN),
                new Frame("{a}/{b}可以运行吗", Intent.CAN_RUN),
                // near misses: a choice word asks which option to take
                new Frame("can llama 3 8b run better on a {a} or {b}?", Intent.COMPARE_HARDWARE),
                new Frame("which can run qwen2 7b, a {a} or a {b}?", Intent.COMPARE_HARDWARE),
                new Frame("{a} vs {b}: is it possible to run llama 3 8b?", Intent.COMPARE_HARDWARE),
                new Frame("{a}或者{b}，哪个能跑qwen2 7b？", Intent.COMPARE_HARDWARE),
                new Frame("跑qwen2 7b，{a}还是{b}可以吗？", Intent.COMPARE_HARDWARE),
                new Frame("{a}或{b}能跑qwen2 7b吗，推荐哪个", Intent.COMPARE_HARDWARE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void aYesNoOverMachinesIsCanRunUnlessAChoiceIsAsked(Frame frame) {
        List<String> misses = new ArrayList<>();
        for (String[] p : PAIRS) {
            String text = frame.text().replace("{a}", p[0]).replace("{b}", p[1]);
            Question q = PARSER.parse(text);
            if (q.alternatives().size() != 2 || q.intent() != frame.kind()) {
                misses.add(text + "  ->  " + q.intent() + " alt " + q.alternatives().stream().map(o -> o.text()).toList());
            }
        }
        assertThat(misses).as(frame.toString()).isEmpty();
    }
}
