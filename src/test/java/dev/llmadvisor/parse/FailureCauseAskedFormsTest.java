package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An own failed run told in the words of a crash beyond "crashed" (a Go or kernel panic, a CUDA illegal memory access, a
 * process killed by the system: "被kill了", "会被系统OOM杀进程"), and a cause put forward and asked beside it ("is it because
 * the VRAM is not enough?", "是因为显存不够吗？", "是不是因为…", "是…导致的吗"): the run is the subject, a diagnosis
 * (eval/real-questions/README.md, "Kinds" and label rule A), not a yes or no about running or a speed question. Frames times
 * models and cards, English and Chinese, with near misses: a yes or no with no failure, a process the person ends themselves,
 * a "because" told rather than asked, a panic denied.
 */
class FailureCauseAskedFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    record Frame(String text, Intent kind) {
        @Override public String toString() { return kind + ": " + text; }
    }

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "gemma3 27b", "qwen2.5 14b");
    private static final List<String> CARDS = List.of("4090", "3090", "RTX 4060 Ti 16GB", "A100 40GB");

    private static final List<Frame> FRAMES = List.of(
            // a cause asked beside a failure told
            new Frame("Loading {m} on my {g} gets Killed. Is it because the VRAM is not enough?", Intent.DIAGNOSE),
            new Frame("{m} fails to start on my {g} with an error. Could it be due to the driver version?", Intent.DIAGNOSE),
            new Frame("显卡{g}，加载{m}时程序被kill了，没有其他提示信息，是因为显存不够吗？", Intent.DIAGNOSE),
            new Frame("我用{g}部署{m}，一直起不来，是不是因为显存不够？", Intent.DIAGNOSE),
            new Frame("{g}跑{m}，启动后会被系统OOM杀进程，是内存不足导致的吗？", Intent.DIAGNOSE),
            // a crash in words beyond "crashed", beside another question
            new Frame("{m} runs on my {g} at 20 tokens/s, but with 64 prompts I get a panic with CUDA illegal memory access.", Intent.DIAGNOSE),
            new Frame("ollama panics right after loading {m} on my {g}. Any suggestions?", Intent.DIAGNOSE),
            new Frame("我在{g}上跑{m}，加载到一半程序被kill掉了，有什么办法吗？", Intent.DIAGNOSE),
            // near misses: no failure, a process ended on purpose, a because told, a panic denied
            new Frame("Can {m} run on my {g}? Is it enough?", Intent.CAN_RUN),
            new Frame("我kill掉进程后重新启动了，{g}能跑{m}吗？", Intent.CAN_RUN),
            new Frame("这是因为我只有一张卡，{g}能跑{m}吗？", Intent.CAN_RUN),
            new Frame("Don't panic if it is slow: how fast will {m} run on my {g}?", Intent.SPEED));

    static Stream<Frame> frames() {
        List<Frame> out = new ArrayList<>();
        for (Frame f : FRAMES) {
            for (int i = 0; i < MODELS.size(); i++) {
                out.add(new Frame(f.text().replace("{m}", MODELS.get(i)).replace("{g}", CARDS.get(i)), f.kind()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("frames")
    void readsTheKind(Frame f) {
        assertThat(PARSER.parseOrThrow(f.text()).intent()).as(f.text()).isEqualTo(f.kind());
    }
}
