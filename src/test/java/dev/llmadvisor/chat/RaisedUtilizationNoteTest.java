package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vLLM leaving no KV pool at its default 0.9 share, where a raised --gpu-memory-utilization leaves one that serves a
 * useful context (72B AWQ on two 24 GB cards): the answer says the setting and the --max-model-len it then starts with,
 * no longer than the pool it names. Weights that fill the cards even at the raised share, or a setup that runs at the
 * default, get no such note.
 */
class RaisedUtilizationNoteTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();
    private static final Pattern NOTE = Pattern.compile("--gpu-memory-utilization 0\\.95 .*?holds about ([\\d,]+) tokens: started with --max-model-len (\\d+)");
    private static final Pattern NOTE_ZH = Pattern.compile("--gpu-memory-utilization 调到 0\\.95.*?约能容纳 ([\\d,]+) 个 token：设 --max-model-len (\\d+)");

    private static String notes(String question) {
        Answer a = RealAdvisors.shared().answer("raised-util-" + CONVERSATION.incrementAndGet(), question);
        return String.join("\n", a.reply().notes());
    }

    @Test
    void aPoolLeftOnlyAtTheRaisedShareIsSaidWithTheLengthItServes() {
        for (String q : List.of("can 2x 3090 run Qwen2.5-72B-Instruct-AWQ with vllm?", "vllm serve Qwen/Qwen2.5-72B-Instruct-AWQ on two RTX 4090s, will it work?")) {
            Matcher m = NOTE.matcher(notes(q));
            assertThat(m.find()).as(q).isTrue();
            assertThat(Integer.parseInt(m.group(2))).as(q).isPositive().isLessThanOrEqualTo(Integer.parseInt(m.group(1).replace(",", "")));
        }
        assertThat(NOTE_ZH.matcher(notes("我有两张3090，想跑 Qwen2.5-72B-Instruct-AWQ，用vllm可以吗？")).find()).isTrue();
    }

    @Test
    void weightsThatFillTheCardsOrASetupThatRunsGetNoSuchNote() {
        for (String q : List.of("can 2x 3090 run llama 3.1 70b fp16 with vllm?", "can 2x 3090 run Qwen2.5-32B-Instruct-AWQ with vllm?",
                "can one RTX 3090 run Qwen2.5-72B-Instruct-AWQ with vllm?")) {
            assertThat(notes(q)).as(q).doesNotContain("--gpu-memory-utilization 0.95");
        }
    }
}
