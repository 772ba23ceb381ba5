package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.CardFrames.Card;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the card the person has now and asks about is {@code gpus} (eval/real-questions/README.md): a card set against their
 * own one ("在公司的A100上可以，在自己的3060上不行", "on my own 3060 it OOMs") is the other machine's, and a card of a run they
 * used to make ("I used to run it on a 3090, now I have …", "之前在3090上跑…现在换成了…") is the former one. Ollama's issue form
 * with "Apple" in its GPU field is the Mac's own chip, unnamed (label rules E and G). Frames times cards, with near misses.
 */
class ElsewhereAndFormerCardFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    private static final List<Card> CARDS = List.of(new Card("3090", "GeForce RTX 3090"), new Card("RTX 4070", "GeForce RTX 4070"),
            new Card("A6000", "RTX A6000"), new Card("4060 Ti 16GB", "GeForce RTX 4060 Ti 16GB"));

    /** Reads every frame with every card ({c} the person's, {y} another) and lists the readings that differ from {@code want}. */
    private static List<String> misses(List<String> frames, boolean both) {
        List<String> misses = new ArrayList<>();
        for (String frame : frames) {
            for (Card c : CARDS) {
                Card y = CardFrames.other(CARDS, c);
                String q = frame.replace("{c}", c.written()).replace("{y}", y.written());
                List<String> want = new ArrayList<>(List.of("1x " + c.name()));
                if (both) want.add("1x " + y.name());
                String got = CardFrames.names(K, PARSER.parse(q).gpus());
                if (!want.stream().sorted().toList().toString().equals(got)) misses.add(q + " -> " + got);
            }
        }
        return misses;
    }

    @Test
    void givenACardSetAgainstTheirOwnOne_thenOnlyTheirOwnIsRead() {
        assertThat(misses(List.of(
                "在公司的{y}上可以跑，在自己的{c}上不行，qwen2.5 32b 是为什么",
                "用{y}跑可以，用自己的{c}跑不了 qwen2.5 14b",
                "It works on the lab {y}, on my own {c} llama3 8b OOMs. Why?"), false)).isEmpty();
    }

    @Test
    void givenAnotherMachineDescribedBeforeItsCard_thenOnlyTheirOwnIsRead() {
        // the other machine with words of its own before its card, or set against the setup with "compared with"; the same
        // setup run again elsewhere, in Chinese as in English
        assertThat(misses(List.of(
                "llama3 8b runs very slowly on my {c}. However, on a Windows 11 machine (equipped with an Nvidia {y}), it runs very quickly.",
                "My {c} unloads qwen3 8b from vram. Compared with a Windows 11 laptop with {y}, it stays in vram.",
                "请问在{c}上跑qwen2.5 14b耗时远远大于预期，是参数哪里有问题吗？相同配置在{y}上性能确实能提升"), false)).isEmpty();
    }

    @Test
    void givenACardOfARunTheyUsedToMake_thenTheCardTheyHaveNowIsRead() {
        assertThat(misses(List.of(
                "I used to run it on a {y} but now I have a {c}, can I run qwen2.5 32b?",
                "I used to run models on a {y}, now I have a {c}. Which 14b model fits?",
                "之前在{y}上跑得很好，现在换成了{c}，qwen2.5 32b 跑不动了"), false)).isEmpty();
    }

    @Test
    void nearMiss_givenTwoCardsOfTheirOwnMachine_thenBothStay() {
        // "自己的" after a card already owned adds one more to the machine; without "own" or a turn of contrast, cards listed stay
        assertThat(misses(List.of(
                "我有一张{y}和一张自己的{c}，能跑qwen2.5 72b吗",
                "I use a {y} and a {c} together, can they run llama 3 70b?"), true)).isEmpty();
    }

    @Test
    void givenOllamasIssueFormWithAppleAsItsGpu_thenTheMacsUnnamedChipIsRead() {
        Question p = PARSER.parse("### What is the issue?\nqwen3:30b is slow\n### OS\nmacOS\n### GPU\nApple\n### CPU\nApple\n### Ollama version\n0.6.0");
        assertThat(p.gpus()).containsExactly(new GpuMention(GpuMention.ANY_MAC, 1, null));
        assertThat(PARSER.parse("### OS\n\nmacOS\n\n### GPU\n\nApple\n\n### CPU\n\nApple").gpus())
                .containsExactly(new GpuMention(GpuMention.ANY_MAC, 1, null));
    }

    @Test
    void nearMiss_givenAppleOutsideTheGpuField_thenNoMacIsRead() {
        assertThat(PARSER.parse("### What is the issue?\nqwen3:30b is slow\n### OS\nLinux\n### GPU\nNvidia\n### CPU\nApple").gpus())
                .noneMatch(g -> g.text().equals(GpuMention.ANY_MAC));
        assertThat(PARSER.parse("Is an Apple GPU good for llama 3 8b?").gpus()).isEmpty();
    }
}
