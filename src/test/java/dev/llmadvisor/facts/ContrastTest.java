package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comparison word between two names compares them only when no third model stands between: in "tested X and Y; X is
 * slower than Y'" the Y' after "than" is compared with X, not with Y written before it. Generated: pairs of spellings of one
 * model, a third model, and sentence frames in English and Chinese.
 */
class ContrastTest {

    /** Two spellings of one model (the second a short form), and a third model compared with it. */
    private static final String[][] TRIPLES = {
            {"chatglm3", "glm3", "glm-4-9b-chat"},
            {"Qwen2.5-7B-Instruct", "qwen2.5 7b", "llama3.1:8b"},
            {"mistral-7b-instruct-v0.2", "mistral 7b", "gemma-2-9b-it"},
            {"deepseek-r1:14b", "r1 14b", "qwen3:14b"},
    };

    /** {x} and {y} spell one model; {o} stands between them with the comparison word: x and y are not compared. */
    private static final String[] THIRD_BETWEEN = {
            "I tested {o} and {x}; {o} is much slower than {y} on my 3090",
            "Benchmarked {x} vs {o}, then {o} vs {y} again",
            "测试的是{o}和{x}，{o}比{y}慢很多",
            "用4060Ti跑了{x}和{o}，{o}相比{y}速度差很多",
    };

    /** The two written side by side with the comparison word between them: compared. */
    private static final String[] SIDE_BY_SIDE = {
            "{x} is slower than {y} on my 3090",
            "{x}比{y}慢很多",
            "{x} vs {y}: which is faster?",
    };

    private static String fill(String frame, String[] t) {
        return frame.replace("{x}", t[0]).replace("{y}", t[1]).replace("{o}", t[2]);
    }

    @Test
    void aThirdModelBetweenTwoSpellingsIsWhatIsCompared() {
        List<String> wrong = new ArrayList<>();
        for (String[] t : TRIPLES) {
            for (String f : THIRD_BETWEEN) {
                String q = fill(f, t);
                if (Contrast.compared(q, t[0], t[1], List.of(t[0], t[1], t[2]))) wrong.add(q);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void twoNamesWithTheComparisonBetweenThemAreCompared() {
        List<String> wrong = new ArrayList<>();
        for (String[] t : TRIPLES) {
            for (String f : SIDE_BY_SIDE) {
                String q = fill(f, t);
                if (!Contrast.compared(q, t[0], t[1], List.of(t[0], t[1], t[2]))) wrong.add(q);
                if (!Contrast.compared(q, t[0], t[1])) wrong.add(q + " (no other mentions)");
            }
        }
        assertThat(wrong).isEmpty();
    }
}
