package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards of the person's own said in the plural with no number and no name (多卡推理, 在多卡的机器上, "my multi-GPU rig"): label
 * rule E's unnamed card, its count not stated, read as two, the fewest several can be. Several cards asked about (支持多卡吗,
 * 还是需要多卡) and a stall (卡顿) are no cards of theirs.
 */
class UncountedOwnCardsFormsTest {

    @Test
    void ownCardsInThePluralWithNoNumberAreSeveralUnnamedCards() {
        for (String q : List.of(
                "qwen 14b多卡推理速度比单卡推理速度慢十倍，是怎么回事？",
                "qwen2 72b 推理只在单卡上，就算是在多卡的机器上也只是不同显卡加载不同的模型",
                "我现在用vllm多机多卡部署qwen3 235b，输出速率只有20tokens/s",
                "本地部署internlm2.5 7b显存不足，如何多卡运行？",
                "llama 3 70b is slow on my multi-GPU rig with ollama",
                "I have several GPUs, can I run llama 3 70b?")) {
            Understood u = Understanding.of(q);
            assertThat(cards(u)).as(q).containsExactly("2x null GB");
            assertThat(u.cpuOnly()).as(q).isFalse();
        }
    }

    @Test
    void severalCardsAskedAboutOrAStallAreNoCardsOfTheirOwn() {
        for (String q : List.of(
                "baichuan2 13b 推理显存占用情况，能否支持多卡？",
                "yi-34b需要多少显存？还是需要多卡？",
                "qwen2 7b 支持多卡吗？",
                "ollama跑qwen2 7b输出很多卡顿",
                "does vllm support multiple GPUs for llama 3 70b?")) {
            assertThat(Understanding.of(q).gpus()).as(q).isEmpty();
        }
    }

    @Test
    void aCardNamedKeepsItsOwnCount() {
        assertThat(cards(Understanding.of("在两张4090上多卡推理qwen2 72b int4很慢"))).containsExactly("2x 24.0 GB");
    }

    private static List<String> cards(Understood u) {
        return u.gpus().stream().map(g -> g.count() + "x " + g.vramGb() + " GB").toList();
    }
}
