package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards of the person's own said in the plural with no number and no name (多卡推理, 在多卡的机器上, "my multi-GPU rig"): label
 * rule E's unnamed card, its count not stated, sized as two, the fewest several can be, and said as "several", never as a
 * count they gave. Several cards asked about (支持多卡吗, 还是需要多卡) and a stall (卡顿) are no cards of theirs.
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
            assertThat(u.gpus()).as(q).allMatch(Understood.Gpu::uncounted);
            assertThat(u.cpuOnly()).as(q).isFalse();
        }
    }

    @Test
    void givenSeveralCardsNotCountedThenWhatWasReadSaysSeveralAndTheQuestionBackAsksHowMany() {
        Answer en = RealAdvisors.askAsShipped("I have several GPUs, can I run llama 3 70b?");
        assertThat(en.understood().line(Lang.EN)).startsWith("Read as: several GPUs, RAM not stated");
        assertThat(en.reply().headline()).contains("You have several GPUs: how many, which model and how much memory each")
                .doesNotContain("2 cards");
        Answer zh = RealAdvisors.askAsShipped("qwen 14b多卡推理速度比单卡推理速度慢十倍，是怎么回事？");
        assertThat(zh.understood().line(Lang.ZH)).startsWith("理解为：多张显卡，");
        assertThat(zh.reply().toText(false)).contains("你的多张显卡是几张、什么型号、每张多少显存").doesNotContain("这 2 张");
    }

    @Test
    void givenSeveralCardsOfAMemoryNotCountedThenTheAnswerSaysItAssumedTwo() {
        Answer en = RealAdvisors.askAsShipped("my multi-GPU rig has 24GB per card, can it run llama 3 70b?");
        assertThat(en.understood().line(Lang.EN)).startsWith("Read as: several GPUs 24 GB,");
        assertThat(en.reply().notes()).contains("Sized on two cards, the fewest several can be (you did not say how many); with more cards,"
                + " larger models fit.");
        Answer zh = RealAdvisors.askAsShipped("我在多卡的机器上跑qwen2 72b，每张卡24G显存，能跑吗");
        assertThat(zh.understood().line(Lang.ZH)).startsWith("理解为：多张显卡 24 GB，");
        assertThat(zh.reply().notes()).contains("你没有说有几张显卡，按两张估算（多张至少是两张）；卡更多，能放下的模型也更大。");
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
        Understood u = Understanding.of("在两张4090上多卡推理qwen2 72b int4很慢");
        assertThat(cards(u)).containsExactly("2x 24.0 GB");
        assertThat(u.gpus()).noneMatch(Understood.Gpu::uncounted);
    }

    private static List<String> cards(Understood u) {
        return u.gpus().stream().map(g -> g.count() + "x " + g.vramGb() + " GB").toList();
    }
}
