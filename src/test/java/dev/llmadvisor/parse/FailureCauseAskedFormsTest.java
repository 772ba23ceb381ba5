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
 * a "because" told rather than asked, a panic denied, an app closed by the person. The app closing by itself and a load
 * denied in the passive ("cannot be loaded into the GPU") are failures too; a quantized build asked with nothing named
 * ("请提供GGUF") is a format question unless a failure is told beside it.
 */
class FailureCauseAskedFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    record Frame(String text, Intent kind) {
        @Override public String toString() { return kind + ": " + text; }
    }

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "gemma3 27b", "qwen2.5 14b");
    private static final List<String> CARDS = List.of("4090", "3090", "RTX 4060 Ti 16GB", "A100 40GB");
    private static final List<String> QUANTS = List.of("GGUF", "AWQ", "GPTQ", "int4");

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
            // the app closing by itself, a load denied in the passive
            new Frame("Downloaded {m}, clicked on Chat, it shows \"Ready to chat\". And the application closed, probably crashed. My phone has 12GB.", Intent.DIAGNOSE),
            new Frame("我在{g}上用LM Studio加载{m}，软件直接退出了", Intent.DIAGNOSE),
            new Frame("After updating, the {m} model cannot be loaded into the GPU anymore.", Intent.DIAGNOSE),
            new Frame("Error: llama runner exited, you may not have enough available memory to run this model\nI run {m} on my {g} and always get this response. Any clues?", Intent.DIAGNOSE),
            new Frame("I try ollama run {m} on my {g}: the llama runner process has terminated. What can I do?", Intent.DIAGNOSE),
            new Frame("The app keeps closing when I load {m} on my phone.", Intent.DIAGNOSE),
            // near misses: no failure, a process ended on purpose, a because told, a panic denied
            new Frame("Can {m} run on my {g}? Is it enough?", Intent.CAN_RUN),
            new Frame("我kill掉进程后重新启动了，{g}能跑{m}吗？", Intent.CAN_RUN),
            new Frame("这是因为我只有一张卡，{g}能跑{m}吗？", Intent.CAN_RUN),
            new Frame("Don't panic if it is slow: how fast will {m} run on my {g}?", Intent.SPEED),
            new Frame("When I close the app, does {m} stay loaded on my {g}? Can it run in the background?", Intent.CAN_RUN),
            // a quantized build asked with nothing named is asked of the thread's own model; with a failure told it is the failure
            new Frame("请提供{q}，并支持ollama", Intent.WHICH_FORMAT),
            new Frame("Will there be a {q} version?", Intent.WHICH_FORMAT),
            new Frame("{q} Version Weight\n请问你们有发布{q}格式的权重吗？", Intent.WHICH_FORMAT),
            new Frame("Provide .{q} files?\nWould it be possible to provide a full range of {q} files for these models?", Intent.WHICH_FORMAT),
            new Frame("The {q} version crashes with an error when loading. Will there be a fixed {q} version?", Intent.DIAGNOSE));

    static Stream<Frame> frames() {
        List<Frame> out = new ArrayList<>();
        for (Frame f : FRAMES) {
            for (int i = 0; i < MODELS.size(); i++) {
                out.add(new Frame(f.text().replace("{m}", MODELS.get(i)).replace("{g}", CARDS.get(i)).replace("{q}", QUANTS.get(i)), f.kind()));
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
