package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a speed in a question, then it is a run seen (the person reports it runs) or a speed wished for (asked or wanted,
 * which reports nothing): "can my 3090 run llama 70b at 15 tokens/s?" is no run; "runs at 20 tok/s, can I make it faster?" is.
 */
class SpeedWishedFormsTest {

    private static final List<String> SPEEDS = List.of("15 tokens/s", "20 tok/s", "30 t/s", "10 tokens per second");
    private static final List<String> WISHED = List.of(
            "can my 3090 run llama 3.3 70b with vllm at %s?",
            "Could a 4090 run qwen3 32b at %s?",
            "will two 3060s run qwen2.5 32b at %s?",
            "is it possible to run mixtral on a 4070 at %s?",
            "I want %s with qwen3 32b, is a 3090 enough?",
            "I need at least %s for coding: which card for qwen2.5-coder 32b?",
            "hoping for %s with llama 3.1 8b on my laptop 4060, doable?");
    private static final List<String> WISHED_ZH = List.of(
            "能用vllm在3090上以每秒15个token跑llama 3.3 70b吗",
            "4090能不能跑到每秒20个token的qwen3 32b？",
            "希望qwen3 32b能有30 tokens/s，3090够吗",
            "目标是每秒20个token，4060跑qwen3 14b可以吗");
    private static final List<String> SEEN = List.of(
            "qwen3 32b runs at %s on my 3090, can I make it faster?",
            "llama 3.3 70b on my 3090 with vllm, I get %s",
            "qwen3.6 27b fp8 on vllm only gets %s on my two 2080 Ti 22GB",
            "can I get more than the %s I see with llama 70b on my 3090?",
            "My 4090 does %s with qwen3 32b. Is that normal?",
            "it can only reach %s with mixtral on my 4070");
    private static final List<String> SEEN_ZH = List.of(
            "Qwen3.6 27B FP8只能跑到40 token/s，我的环境是2080Ti 22G*2，vllm",
            "3090跑qwen3 32b每秒20个token，还能更快吗？",
            "4090上qwen3 32b现在是25 tokens/s，正常吗");

    @Test
    void aSpeedAskedOrWantedIsNoRunTold() {
        List<String> misses = new ArrayList<>();
        for (String frame : WISHED)
            for (String speed : SPEEDS) {
                String t = String.format(frame, speed);
                if (PARSER.parse(t).report().works()) misses.add(t);
            }
        for (String t : WISHED_ZH) if (PARSER.parse(t).report().works()) misses.add(t);
        assertThat(misses).isEmpty();
    }

    @Test
    void aSpeedToldIsARunEvenWithAQuestionAfterIt() {
        List<String> misses = new ArrayList<>();
        for (String frame : SEEN)
            for (String speed : SPEEDS) {
                String t = String.format(frame, speed);
                if (!PARSER.parse(t).report().works()) misses.add(t);
            }
        for (String t : SEEN_ZH) if (!PARSER.parse(t).report().works()) misses.add(t);
        assertThat(misses).isEmpty();
    }

    @Test
    void aSpeedWantedIsMarkedWishedAndASpeedSeenIsNot() {
        // given a speed only wanted, then the report keeps it marked as wished, so no answer tells it as the speed they see
        List<String> misses = new ArrayList<>();
        List<String> wished = new ArrayList<>(WISHED_ZH);
        wished.add("I want to buy 2x3060 12gb. I hope to get like %s");
        for (String frame : WISHED) wished.add(frame);
        for (String frame : wished)
            for (String speed : SPEEDS) {
                String t = String.format(frame, speed);
                if (!PARSER.parse(t).report().has(Report.Symptom.SPEED_WISHED)) misses.add(t);
            }
        // given a speed seen, then it is not
        List<String> seen = new ArrayList<>(SEEN_ZH);
        seen.addAll(SEEN);
        for (String frame : seen)
            for (String speed : SPEEDS) {
                String t = String.format(frame, speed);
                if (PARSER.parse(t).report().has(Report.Symptom.SPEED_WISHED)) misses.add(t);
            }
        assertThat(misses).isEmpty();
    }
}
