package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: on vLLM with no format named, a model whose 16-bit weights do not fit and whose 4-bit build's
 * weights fit but leave a KV pool shorter than the context sized is no fit at that context, and the answer says the
 * 4-bit build serves a shorter one, with the --max-model-len to set (never more than its pool holds). Where a format fits
 * at the context sized, or none serves a useful context, no such line is added. English and Chinese phrasings.
 */
class ShorterServedContextTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();
    private static final Pattern EN = Pattern.compile("(AWQ_INT4|GPTQ_INT4) does fit at a shorter context: .*KV pool holds ([\\d,]+) tokens, so set --max-model-len (\\d+)\\.");
    private static final Pattern ZH = Pattern.compile("但 (AWQ_INT4|GPTQ_INT4) 在更短的上下文下可以：.*KV 池能容纳 ([\\d,]+) 个 token，设 --max-model-len (\\d+) 即可。");

    private static Answer ask(String question) {
        return RealAdvisors.shared().answer("shorter-context-" + CONVERSATION.incrementAndGet(), question);
    }

    private static void assertShorterContextSaid(String text, Pattern said) {
        Answer a = ask(text);
        assertThat(a.verdict()).as(text).isEqualTo(Verdict.NO);
        Matcher m = said.matcher(a.reply().headline());
        assertThat(m.find()).as(text + " -> " + a.reply().headline()).isTrue();
        int pool = Integer.parseInt(m.group(2).replace(",", ""));
        int len = Integer.parseInt(m.group(3));
        assertThat(len).as(text).isBetween(2048, pool).isLessThan(8192);
    }

    @Test
    void a70bOnTwo24GbCardsUnderVllmGetsTheFourBitBuildAtAShorterContext() {
        for (String engine : List.of("vLLM", "vllm"))
            for (String cards : List.of("2x RTX 3090", "two 3090s", "2x RTX 4090")) {
                assertShorterContextSaid("Can I run Llama 3.1 70B on " + cards + " with " + engine + "?", EN);
                assertShorterContextSaid("I want to serve llama 3.3 70b on " + cards + " using " + engine + ", will it fit?", EN);
            }
        for (String text : List.of("两张3090能用vLLM跑 Llama 3.1 70B 吗？", "用 vllm 在 2张4090 上部署 llama 3.3 70b 可以吗"))
            assertShorterContextSaid(text, ZH);
    }

    @Test
    void noLineWhereAFormatFitsAtTheContextSizedOrOnAGgufEngine() {
        for (String text : List.of("Can I run Qwen2 72B Instruct on 2x A100 80GB with vLLM?", "Can I run Llama 3.1 8B on an RTX 4090 with vLLM?",
                "Can I run Llama 3.1 70B on 2x RTX 3090 with ollama?", "Can I run Llama 3.1 405B on 2x RTX 3090 with vLLM?")) {
            String headline = ask(text).reply().headline();
            assertThat(EN.matcher(headline).find()).as(text + " -> " + headline).isFalse();
        }
    }
}
