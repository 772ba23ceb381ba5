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
 * A card of a second machine, named after the person's own card with a result of its own ("On a system with a RTX 3090 I
 * get 140 t/s", "但是…部署在A100服务器上就可以"), is not one more card of the setup (eval/real-questions/README.md: {@code gpus}
 * is what the person has, or asks about when it is one setup): the setup is the card named first. The same machine words
 * before the first card, or without a turn of contrast, leave the cards as they were read. Frames times cards.
 */
class OtherMachineFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    /** Cards as people write them, with the catalog name each resolves to. */
    private static final List<Card> CARDS = List.of(new Card("3090", "GeForce RTX 3090"), new Card("RTX 4070", "GeForce RTX 4070"),
            new Card("V100", "Tesla V100 16GB"), new Card("A6000", "RTX A6000"), new Card("Arc A770 16GB", "Arc A770 16GB"));

    private static Card other(Card c) {
        return CardFrames.other(CARDS, c);
    }

    private static String names(List<GpuMention> gpus) {
        return CardFrames.names(K, gpus);
    }

    /** Reads every frame with every card ({c} the person's, {y} another) and lists the readings of gpus that differ. */
    private static List<String> misses(List<String> frames, boolean both) {
        List<String> misses = new ArrayList<>();
        for (String frame : frames) {
            for (Card c : CARDS) {
                Card y = other(c);
                String q = frame.replace("{c}", c.written()).replace("{y}", y.written());
                Question p = PARSER.parse(q);
                List<String> want = new ArrayList<>(List.of("1x " + c.name()));
                if (both) want.add("1x " + y.name());
                String got = names(p.gpus());
                if (!want.stream().sorted().toList().toString().equals(got)) misses.add(q + " -> " + got);
            }
        }
        return misses;
    }

    @Test
    void aCardOfASecondMachineIsNotPartOfTheSetup() {
        assertThat(misses(List.of(
                "My system: {c}, Ubuntu 22.04. I get about 15 t/s with mistral 7b. On a system with a {y} I get 60 t/s. Is that expected?",
                "Llama 3 8B runs at 12 tok/s on my {c}. On another machine with an {y} it runs at 50 tok/s, why?",
                "在{c}服务器上部署qwen2 72b awq会出现乱码。但是完全一样的环境和命令，部署在{y}服务器上就可以推理出正确的结果。",
                "我的{c}跑qwen 14b报错，换到{y}机器上就正常了"), false)).isEmpty();
    }

    @Test
    void aRunRepeatedElsewhereIsNotPartOfTheSetup() {
        // after the sentence of the setup, "the same example / hardware / problem" on another card is that other run's
        assertThat(misses(List.of(
                "Ollama seems slower on my {c}.\nTested the same example on a {y}, and it was 2.5 times faster.",
                "**gpu**: {c}\n**issue**: cuda oom\nBy the way, I got 9.2 tps in decode with the same hardware with {y}.",
                "We can't run llama-2 70B AWQ on {c} anymore. Similar problems even trying two 7b models on a {y}.",
                "Qwen 14B is slow on my {c}. I test this problem in a {y} and have the same problem."), false)).isEmpty();
    }

    @Test
    void aCardOfTheSetupNamedAgainWithTheSameRunStays() {
        // both cards named in the setup's sentence stay, whatever a later sentence says of one; "same issue" in the setup's
        // own sentence is no second machine
        assertThat(misses(List.of(
                "When running inference with {c} and {y}, the {c} is slower.\n2. For the same prompt, the {y} loads in seconds.",
                "Same issue here with a {c} and a {y} in one box, running llama 3 70b."), true)).isEmpty();
    }

    @Test
    void machineWordsWithoutASecondMachineKeepTheCards() {
        // the first card named is the setup, whatever words stand before it; cards of one rig stay one rig
        assertThat(misses(List.of(
                "I am running this on a system that has a {c} and llama 3 8B is slow, why?",
                "在{c}服务器上部署qwen2 72b awq会出现乱码"), false)).isEmpty();
        assertThat(misses(List.of(
                "My server has a {c} and a {y}. Can it run llama 3 70b?",
                "我的机器上有{c}和{y}，能跑qwen 72b吗"), true)).isEmpty();
    }
}
