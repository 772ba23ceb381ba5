package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory a named model needs, asked with other cards or models only named beside it ("how much GPU RAM is needed for a
 * 4090, 4080 and 4070", "需要多少显存？…跟13B的模型做对比", "需要什么显卡配置，4090或者H100需要多少卡"), is a memory question
 * (eval/real-questions/README.md, "Kinds"); the options are weighed only where a choice is asked ("which is better",
 * "选哪个"). A bare size in such a question is the yardstick, not a second model; asked alone, or in a yes or no about
 * running, it is a model of its own.
 */
class MemoryNeedBesideOptionsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);
    private static final List<String> MODELS = List.of("Qwen2-57B-A14B", "llama 3 70b", "mixtral 8x7b", "gemma3 27b");

    record Frame(String text, Intent kind) {
        @Override public String toString() { return kind + ": " + text; }
    }

    private static final List<Frame> FRAMES = List.of(
            new Frame("If running locally, how much GPU RAM is needed for {m} on a single 4090, 4080 or 4070?", Intent.MEMORY_NEEDED),
            new Frame("How much VRAM does {m} need? Is it about the same as the 13B models it is compared with?", Intent.MEMORY_NEEDED),
            new Frame("What are the memory requirements of {m}? I have an RTX 3060 or an RTX 4060 in mind", Intent.MEMORY_NEEDED),
            new Frame("把{m}跑起来需要多少显存啊？我看评测里都是跟13B的模型做对比，需要的显存数量差不多吗？", Intent.MEMORY_NEEDED),
            new Frame("请问我要运行推理{m}，需要什么显卡配置？用多少卡4090可以，或者H100需要多少卡", Intent.MEMORY_NEEDED),
            new Frame("{m}的显存需求是多少？对比一下4090和A100", Intent.MEMORY_NEEDED),
            // near misses: a choice asked outright keeps the options the question
            new Frame("How much VRAM does {m} need? Which is better for it, a 4090 or an A6000?", Intent.COMPARE_HARDWARE),
            new Frame("{m}需要多少显存？4090和A100选哪个？", Intent.COMPARE_HARDWARE),
            new Frame("{m} vs qwen2.5 32b: which one should I run, and how much memory do they need?", Intent.COMPARE));

    static Stream<Frame> frames() {
        return FRAMES.stream().flatMap(f -> MODELS.stream().map(m -> new Frame(f.text().replace("{m}", m), f.kind())));
    }

    @ParameterizedTest
    @MethodSource("frames")
    void readsTheKind(Frame f) {
        assertThat(PARSER.parse(f.text()).intent()).as(f.text()).isEqualTo(f.kind());
    }

    static Stream<String> models() {
        return MODELS.stream();
    }

    @ParameterizedTest
    @MethodSource("models")
    void aSizeBesideANamedModelIsItsYardstick(String m) {
        assertThat(read("把" + m + "跑起来需要多少显存？评测里都是跟13B的模型做对比")).hasSize(1).noneMatch(Understood.Model::generic);
        assertThat(read("How much VRAM does " + m + " need? About as much as the 13B models it is compared with?"))
                .hasSize(1).noneMatch(Understood.Model::generic);
    }

    @ParameterizedTest
    @MethodSource("models")
    void aSizeAskedAloneOrBesideAnotherModelIsAModel(String m) {
        assertThat(read("how much VRAM does a 13B model need?")).hasSize(1).allMatch(Understood.Model::generic);
        assertThat(read("can my 4090 run " + m + " and a 13B model?")).hasSize(2).anyMatch(Understood.Model::generic);
    }

    private static List<Understood.Model> read(String text) {
        return FACTS.understand(PARSER.parse(text)).understood().models();
    }
}
