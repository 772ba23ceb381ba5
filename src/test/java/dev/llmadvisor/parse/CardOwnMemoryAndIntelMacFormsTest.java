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
 * A card's own memory joined to it by 的 / with / has ("4090的24GB内存", "my 3060 with its 12GB memory") is the card's, not
 * the system's RAM; an Intel Mac named by its model year ("2019 MacBook Pro", "19年Mac", "2018款macbook pro") runs on its
 * CPU, with its memory as RAM and no Apple chip. Frames times cards, English and Chinese, with the near misses.
 */
class CardOwnMemoryAndIntelMacFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    /** A card as written, with a size it is sold with. */
    private record Card(String written, int gb) { }

    private static final List<Card> CARDS = List.of(new Card("4090", 24), new Card("RTX 3060", 12), new Card("3080", 10),
            new Card("4060 Ti", 16), new Card("A100", 80), new Card("2080 Ti", 11));

    /** Reads every frame with every card ({c} the card, {n} its size plus {@code offset}); lists the readings that differ. */
    private static List<String> cardMisses(List<String> frames, int offset, boolean cardsOwn) {
        List<String> misses = new ArrayList<>();
        for (String frame : frames) {
            for (Card c : CARDS) {
                int n = c.gb() + offset;
                String q = frame.replace("{c}", c.written()).replace("{n}", String.valueOf(n));
                Question p = PARSER.parse(q);
                List<GpuMention> gpus = p.gpus();
                boolean ok = gpus.size() == 1 && (cardsOwn
                        ? Double.valueOf(n).equals(gpus.get(0).memoryGb()) && p.ramGb() == null
                        : Double.valueOf(n).equals(p.ramGb()) && !Double.valueOf(n).equals(gpus.get(0).memoryGb()));
                if (!ok) misses.add(q + " -> " + gpus + " ram " + p.ramGb());
            }
        }
        return misses;
    }

    @Test
    void givenTheCardsOwnSizeJoinedByDeOrWithOrHas_thenItIsTheCardsMemoryNotRam() {
        assertThat(cardMisses(List.of("{c}的{n}GB内存能跑qwen3 32b吗", "我的{c}的{n}G内存够不够跑deepseek r1 14b", "显卡{c}有{n}G内存，能跑qwen2.5 14b吗",
                "my {c} with its {n}GB memory, can it run llama 3 8b?", "I have a {c} with {n}GB of memory. Which model fits?",
                "a {c} that has {n}GB of memory: can it run mistral 7b?", "My {c} has {n}GB memory, what can I run?"), 0, true)).isEmpty();
    }

    @Test
    void givenAnotherAmountOrARamWord_thenItStaysTheSystemsRam() {
        // near misses: an amount no variant of the card has, and a RAM word (the card's own size said "with 24GB RAM" is read
        // as the card's memory restated, by an older rule, so the English RAM words are tried with another amount)
        assertThat(cardMisses(List.of("{c}的{n}GB内存能跑qwen3 32b吗", "my {c} with its {n}GB memory, can it run llama 3 8b?",
                "a {c} that has {n}GB of memory: can it run mistral 7b?", "my {c} with {n}GB RAM, can it run llama 3 8b?",
                "I have a {c} with {n}GB of system memory. Which model fits?"), 40, false)).isEmpty();
        assertThat(cardMisses(List.of("{c}的{n}G运行内存能跑qwen3 32b吗", "我的{c}，有{n}G运行内存，能跑什么"), 0, false)).isEmpty();
    }

    /** Each Intel Mac form must read CPU-only, no card, its memory as RAM. */
    private static List<String> macMisses(List<String> texts, boolean intel) {
        List<String> misses = new ArrayList<>();
        for (String q : texts) {
            Question p = PARSER.parse(q);
            boolean ok = intel ? p.cpuOnly() && p.gpus().isEmpty() && Double.valueOf(16).equals(p.ramGb())
                    : !p.cpuOnly() && p.gpus().size() == 1 && Double.valueOf(16).equals(p.gpus().get(0).memoryGb());
            if (!ok) misses.add(q + " -> " + p.gpus() + " cpu " + p.cpuOnly() + " ram " + p.ramGb());
        }
        return misses;
    }

    @Test
    void givenAMacNamedByAYearBeforeAppleChips_thenItIsAnIntelMacOnItsCpu() {
        assertThat(macMisses(List.of("I have a 2019 MacBook Pro with 16GB, can I run mistral 7b?", "my 2017 iMac with 16GB RAM, can it run llama 3 8b?",
                "2015 Mac mini, 16GB: what can I run?", "Intel Core i5的19年Mac 16G 跑起来好卡", "2018款macbook pro 16G内存能跑qwen2.5 7b吗",
                "我的17年imac，16G内存，能跑什么模型", "2019 MacBook Pro i9 16GB, can I run mistral 7b?", "Intel Mac with 16GB RAM, run llama 3 8b?",
                "MacBook Pro 2018 Core i7 16GB, what can I run?"), true)).isEmpty();
    }

    @Test
    void givenAnIntelMacsRadeonWithItsMemory_thenThatMemoryIsNoRam() {
        // the Radeon's 8 GB is the card's, never the Mac's RAM (not stated here)
        for (String q : List.of("MacBook Pro 2019 Intel, Radeon Pro 5500M 8GB. llama.cpp Mistral 7B does not use the GPU",
                "2019 MacBook Pro i9 with an AMD Radeon Pro 5500M 8 GB, can I run mistral 7b?")) {
            Question p = PARSER.parse(q);
            assertThat(p.cpuOnly()).as(q).isTrue();
            assertThat(p.ramGb()).as(q).isNull();
        }
        // the RAM stated beside it is still read
        assertThat(PARSER.parse("Intel MacBook Pro, Radeon Pro 5500M 8GB, 32GB RAM. Can llama.cpp run Mistral 7B?").ramGb()).isEqualTo(32.0);
    }

    @Test
    void givenAnAppleSiliconMacOrAYearNotBeforeTheMac_thenItIsNoIntelMac() {
        // near misses: an Apple chip named with the Mac, and a year that is no model year of the Mac (a count, a version)
        assertThat(macMisses(List.of("I have an M1 MacBook Pro with 16GB, can I run mistral 7b?", "M2 Mac mini 16GB，能跑qwen2.5 7b吗",
                "In 2023 I bought an M2 Mac mini 16GB, what can I run?"), false)).isEmpty();
    }
}
