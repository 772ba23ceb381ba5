package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card asked to be required ("do I have to use a V100?", "must we use an A100", "是不是必须用A100", "一定要用A100吗") is no
 * card the person has: the card that failed for them stays theirs, alone. Near misses: "I have to use my 3090" (the card
 * is theirs) and a card to buy ("must I buy an A100?") stays an option.
 */
class CardAskedRequiredFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    private static final List<String> FRAMES = List.of(
            "RTX 4090 cannot run llama 65b normally. Do I have to use a V100 to run it?",
            "NVIDIA RTX 4090 24GB cannot run it. Do I have to use NVIDIA V100 40GB to run it?",
            "RTX 4090 gets CUDA out of memory on llama 65b. Must we use an A100 for it?",
            "4090跑不起来 llama 65b，是不是必须用A100？",
            "4090跑 llama 65b 爆显存了，一定要用A100吗？");

    @Test
    void aCardAskedToBeRequiredIsNotTheMachine() {
        List<String> misses = new ArrayList<>();
        for (String q : FRAMES) {
            List<String> gpus = PARSER.parse(q).gpus().stream().map(GpuMention::text).toList();
            if (gpus.size() != 1 || !gpus.get(0).contains("4090")) misses.add(q + " -> " + gpus);
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aCardOwnedOrToBuyKeepsItsRole() {
        assertThat(PARSER.parse("I have to use my 3090 for this, can it run llama 70b?").gpus())
                .extracting(GpuMention::text).containsExactly("3090");
        Question buy = PARSER.parse("Must I buy an A100 for this? My 3060 fails on llama 70b.");
        assertThat(buy.gpus()).extracting(GpuMention::text).containsExactly("3060");
        assertThat(buy.alternatives()).extracting(GpuMention::text).containsExactly("A100");
    }
}
