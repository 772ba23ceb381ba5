package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a run whose speed the person ties to system RAM (its bandwidth, channels or DIMMs) and an answer that states no
 * verdict about a model of theirs (none named: no verdict, or a list of what the machine runs), then the verdict is that it
 * runs with offload, said in one line in their language: weights read at the RAM's pace sit in system RAM. Not with a
 * failure told beside it; the verdict of a model sized is kept.
 */
class RamBoundVerdictTest {

    private static final List<String> MACHINES = List.of("单卡4090，500G内存", "GPU:4090 内存：ddr4 2933 64g*8", "两张3090，256G内存");
    private static final List<String> ZH = List.of("%s，速度极其慢，是因为我的内存带宽太小了吗？",
            "%s，输出只有2.3 token/s，单纯是内存条没插满吗？",
            "%s，推理很慢，是不是内存带宽的问题？");
    private static final List<String> MACHINES_EN = List.of("a 4090 and 512GB of RAM", "2x 3090 with 256GB DDR4", "one A6000, 384GB RAM");
    private static final List<String> EN = List.of("With %s I only get 2 tokens/s. Is it because of my RAM bandwidth?",
            "Running on %s, generation is very slow. Is the DDR4 bandwidth the bottleneck?");

    @Test
    void aSpeedTiedToSystemRamRunsWithOffload() {
        int n = check(MACHINES, ZH, "你把速度归到内存") + check(MACHINES_EN, EN, "You tie the speed to system RAM");
        assertThat(n).isEqualTo(15);
    }

    private static int check(List<String> machines, List<String> forms, String note) {
        int n = 0;
        for (String m : machines)
            for (String form : forms) {
                String q = String.format(form, m);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.OFFLOAD);
                assertThat(String.join(" ", a.reply().notes())).as(q).contains(note);
                n++;
            }
        return n;
    }

    @Test
    void aFailureBesideItOrASizedVerdictIsNotThisOffload() {
        Answer failed = askAsShipped("单卡4090，500G内存，加载时报错 CUDA out of memory，是因为内存带宽太小吗？");
        assertThat(failed.reply().notes()).noneMatch(n -> n.startsWith("你把速度归到内存"));
        Answer sized = askAsShipped("Llama 3.1 8B on my 4090 runs at 20 tokens/s. Is it because of my RAM bandwidth?");
        assertThat(sized.verdict()).isEqualTo(Verdict.FITS);
        assertThat(sized.reply().notes()).noneMatch(n -> n.startsWith("You tie the speed to system RAM"));
    }
}
