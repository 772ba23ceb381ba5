package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory figures told as a use, with no card named: a figure complained of ("显存会到22g这么多", "it takes 20GB, that much"),
 * what a process holds ("the python process with 20gb"), what a run stays below ("stays well below 5GB"). None is a card's
 * memory nor the RAM (eval/real-questions/README.md: {@code gpus} and {@code ram_gb} are what the person has). The near
 * misses state what the person has, with the same words around, and are read as their card's memory.
 */
class UseFigureFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static final int[] SIZES = {12, 20, 22, 40};

    /** A frame with {n} for the figure; {@code owned}: the figure is the memory of the person's card. */
    private record Frame(String text, boolean owned) {
        @Override
        public String toString() { return (owned ? "capacity: " : "use: ") + text; }
    }

    static Stream<Frame> frames() {
        return Stream.of(
                new Frame("为什么加载qwen2.5 14b显存会到{n}g这么多？", false),
                new Frame("qwen2.5 14b 占显存{n}G那么多，正常吗", false),
                new Frame("Why does llama 3 8b take {n}GB, that much?", false),
                new Frame("Why is it using {n}GB? That much for an 8b model?", false),
                new Frame("I see the python process with {n}gb when llama 3 8b is loaded, why?", false),
                new Frame("With ollama the memory stays well below {n}GB, but vllm fills the card. Why?", false),
                new Frame("I have {n}GB of VRAM. Can it run qwen2.5 32b?", true),
                new Frame("My GPU has {n}GB of VRAM, can it run qwen2.5 32b?", true),
                new Frame("我的显卡有{n}G显存，能跑qwen2.5 32b吗", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void aFigureToldAsAUseIsNoMachinesMemory(Frame frame) {
        List<String> misses = new ArrayList<>();
        for (int n : SIZES) {
            String text = frame.text().replace("{n}", String.valueOf(n));
            Understood u = FACTS.understand(PARSER.parse(text)).understood();
            boolean ok = frame.owned()
                    ? u.gpus().size() == 1 && u.gpus().get(0).vramGb() != null && Math.abs(u.gpus().get(0).vramGb() - n) < 0.05
                    : u.gpus().isEmpty() && u.ramGb() == null;
            if (!ok) misses.add(text + "  ->  gpus " + u.gpus() + " ram " + u.ramGb());
        }
        assertThat(misses).as(frame.toString()).isEmpty();
    }
}
