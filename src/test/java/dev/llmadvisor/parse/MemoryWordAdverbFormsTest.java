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
 * "服务器内存已经48G了", "我的内存一共64G", "my RAM is already 64GB": an adverb of time or of sum between a memory word and
 * its amount keeps the amount the word's (RAM stays RAM; it is no card's memory). The near miss: a total over two cards
 * ("两张3090显存一共48G") stays a sum over them, 24 GB each.
 */
class MemoryWordAdverbFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    private static final List<String> ADVERBS = List.of("已经", "一共", "总共", "总计", "合计", "共计");

    @Test
    void givenARamWordThenAnAdverbThenAnAmount_thenTheAmountIsTheRam() {
        List<String> misses = new ArrayList<>();
        for (String adverb : ADVERBS) {
            for (String frame : List.of("我服务器内存{a}48G了，能跑qwen2.5 7b吗", "我的内存{a}48G，显卡3090，能跑qwen2.5 72b吗",
                    "显卡3090，内存{a}48G，能跑qwen2.5 72b吗")) {
                String q = frame.replace("{a}", adverb);
                Question p = PARSER.parse(q);
                boolean card = q.contains("3090");
                // the card named keeps the memory it is sold with (null here: the catalog's 24 GB), never the RAM's 48
                boolean ok = Double.valueOf(48).equals(p.ramGb())
                        && (card ? p.gpus().size() == 1 && !Double.valueOf(48).equals(p.gpus().get(0).memoryGb()) : p.gpus().isEmpty())
                        && !Double.valueOf(48).equals(p.vramGb());
                if (!ok) misses.add(q + " -> " + p.gpus() + " ram " + p.ramGb());
            }
        }
        assertThat(misses).isEmpty();
        assertThat(PARSER.parse("my RAM is already 64GB and I have a 3090, can I run llama 3 70b").ramGb()).isEqualTo(64.0);
    }

    @Test
    void givenATotalOverTwoCardsAfterAnAdverb_thenEachCardHoldsItsShare() {
        Question p = PARSER.parse("两张3090显存一共48G，能跑qwen2.5 72b吗");
        assertThat(p.gpus()).hasSize(1);
        assertThat(p.gpus().get(0).count()).isEqualTo(2);
        assertThat(p.gpus().get(0).memoryGb()).isIn(null, 24.0);
        assertThat(p.ramGb()).isNull();
    }
}
