package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H20 in its two memories: "H20-3e", "H20e", "H20 141G" are the 141 GB card; "H20" alone (or "H20 96GB") stays the
 * first-released 96 GB one. Each form is read in a question and resolved against the catalog, with its count.
 */
class H20MemoryVariantFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    /** The card read from {@code q}, resolved as the answer resolves it: its catalog name, count and memory. */
    private static String card(String q) {
        Question p = PARSER.parse(q);
        assertThat(p.gpus()).as(q).hasSize(1);
        GpuMention g = p.gpus().get(0);
        GpuMatch m = K.gpus().find(g.text(), g.memoryGb()).orElseThrow();
        return m.gpu().name() + " x" + g.count() + " " + m.memoryGb().orElse(m.gpu().vramGb());
    }

    @Test
    void givenTheThreeEOr141Forms_thenTheCardIsThe141GbH20() {
        for (String q : List.of("测试硬件：H20-3e 141G", "GPU：H20e-141G*6", "8x H20 141GB running DeepSeek V3", "two NVIDIA H20-3e, can they run qwen3 235b?",
                "H20 3e 单卡能跑qwen3 32b吗", "我们有8张H20e，能跑满血deepseek r1吗", "one H20 (141G) for Qwen3-VL-4B")) {
            assertThat(card(q)).as(q).startsWith("H20 141GB x").endsWith(" 141.0");
        }
        assertThat(card("GPU：H20e-141G*6")).isEqualTo("H20 141GB x6 141.0");
    }

    @Test
    void givenTheH20AloneOrWith96Gb_thenItStaysThe96GbCard() {
        for (String q : List.of("one H20, can it run qwen3 235b", "8 x H20（96G）跑Qwen3-VL-235B OOM", "H20 96GB x8", "I use 2 H20s for Llama 3 70B FP8")) {
            assertThat(card(q)).as(q).startsWith("H20 x").endsWith(" 96.0");
        }
    }
}
