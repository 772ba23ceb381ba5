package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "24G显存+64G内存", "24GB VRAM + 64GB RAM", "3090 24G显存/128G内存": two memories listed with a plus or a slash keep
 * their own words, the first the card's and the second the RAM, with a card named before them or not. The near miss:
 * "显卡只有24GB内存", one memory that a VRAM word names.
 */
class MemoryWordsJoinedFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    private static final List<String> CARDS = List.of("", "3090 ", "4090 ", "RTX 3090 ", "A6000 ");
    private static final List<String> JOINS = List.of("+", " + ", "＋", "/", " / ");

    @Test
    void givenVramAndRamJoinedByAPlusOrSlash_thenTheRamIsRamAndTheVramTheCards() {
        List<String> misses = new ArrayList<>();
        for (String card : CARDS) {
            for (String join : JOINS) {
                for (String frame : List.of("{c}24G显存{j}128G内存能跑deepseek r1 q2吗", "我的配置：{c}24G显存{j}128G内存",
                        "{c}24GB VRAM{j}128GB RAM, can I run llama 3 70b?")) {
                    String q = frame.replace("{c}", card).replace("{j}", join);
                    Question p = PARSER.parse(q);
                    Double vram = p.gpus().size() == 1 ? p.gpus().get(0).memoryGb() : p.vramGb();
                    boolean ok = Double.valueOf(128).equals(p.ramGb()) && (card.isEmpty() || p.gpus().size() == 1)
                            && (vram == null || vram == 24 || card.startsWith("A6000"));
                    if (!ok) misses.add(q + " -> " + p.gpus() + " vram " + p.vramGb() + " ram " + p.ramGb());
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void givenOneMemoryNamedByAVramWord_thenItIsTheCardsNotRam() {
        for (String q : List.of("显卡只有24GB内存，能跑qwen2.5 32b吗", "我的显卡24G内存，跑不动72b")) {
            Question p = PARSER.parse(q);
            assertThat(p.ramGb()).as(q).isNull();
        }
    }
}
