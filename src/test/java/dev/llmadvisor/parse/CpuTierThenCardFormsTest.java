package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "硬件：i9 4060", "i9 4090 64G": a spec line's shorthand, the CPU's tier then the card. Core i9 numbers start at 7900
 * (Skylake-X, 2017), so a four-digit number below that after "i9" is a card; "i7 6700" and "i9 9900K" stay CPUs.
 */
class CpuTierThenCardFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    @Test
    void aCardAfterTheI9TierIsRead() {
        for (String[] c : new String[][] {{"环境：win11 硬件：i9 4060 模型使用的是chatGLM3-6B-int4，无法使用显卡推理", "4060"},
                {"My rig: i9 4090, 64GB RAM. Can it run llama 3 70b?", "4090"}, {"配置 i9-3090 能跑qwen2.5 32b吗", "3090"}}) {
            List<GpuMention> gpus = PARSER.parse(c[0]).gpus();
            assertThat(gpus).as(c[0]).hasSize(1);
            assertThat(gpus.get(0).text()).as(c[0]).contains(c[1]);
        }
    }

    @Test
    void realCpuNumbersStayCpus() {
        for (String q : List.of("My PC: i7 6700, 16GB RAM, no GPU. Can it run llama 3 8b?", "i9 9900K 和 32G 内存能跑qwen2.5 7b吗",
                "I have an i5 4460 and 16GB RAM, can it run mistral 7b?")) {
            assertThat(PARSER.parse(q).gpus()).as(q).isEmpty();
        }
    }
}
