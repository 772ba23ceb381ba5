package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.sizing.WeightFormat;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: on vLLM with no format named, a model whose 16-bit weights do not fit and whose 4-bit build's weights fit
 * but leave a KV pool shorter than the context sized. With the context the person's own ("at 8k context"), it is no fit
 * at that context, and the answer says the 4-bit build serves a shorter one, with the --max-model-len to set (never
 * more than its pool holds). With no context stated, the context sized is only our assumption: the 4-bit build fits,
 * started with the length its pool holds, which the headline and the command say. Where a format fits at the context
 * sized, or none serves a useful context, neither is said. English and Chinese phrasings.
 */
class ShorterServedContextTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();
    private static final Pattern EN = Pattern.compile("(AWQ|GPTQ-Int4) does fit at a shorter context: .*KV pool holds ([\\d,]+) tokens, so set --max-model-len (\\d+)\\.");
    private static final Pattern ZH = Pattern.compile("但 (AWQ|GPTQ-Int4) 在更短的上下文下可以：.*KV 池能容纳 ([\\d,]+) 个 token，设 --max-model-len (\\d+) 即可。");
    private static final Pattern SERVED_EN = Pattern.compile("(AWQ|GPTQ-Int4) (?:fits|runs) .*At up to ([\\d,]+) tokens of context: its KV pool holds no more");
    private static final Pattern SERVED_ZH = Pattern.compile("(AWQ|GPTQ-Int4) .*上下文最长 ([\\d,]+) 个 token：KV 池只放得下这么多");

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

    private static void assertServedShorter(String text, Pattern said) {
        Answer a = ask(text);
        assertThat(a.verdict()).as(text).isEqualTo(Verdict.FITS);
        Matcher m = said.matcher(a.reply().headline());
        assertThat(m.find()).as(text + " -> " + a.reply().headline()).isTrue();
        int len = Integer.parseInt(m.group(m.groupCount()).replace(",", ""));
        assertThat(len).as(text).isBetween(2048, 8191).matches(n -> n % 1024 == 0, "a multiple of 1,024");
        assertThat(a.commands()).as(text).anyMatch(c -> c.command().contains("--max-model-len " + len));
    }

    @Test
    void a4BitBuildOfA70bOnTwo24GbCardsUnderVllmWithNoContextStatedFitsAtTheLengthItsPoolHolds() {
        for (String build : List.of("AWQ", "awq int4", "GPTQ int4", "gptq 4bit"))
            for (String cards : List.of("2x RTX 3090", "two 3090s", "2x RTX 4090")) {
                assertServedShorter("Can I run Llama 3.1 70B " + build + " on " + cards + " with vLLM?", SERVED_EN);
                assertServedShorter("I want to serve llama 3.3 70b " + build + " on " + cards + " using vllm, will it fit?", SERVED_EN);
            }
        for (String text : List.of("两张3090能用vLLM跑 Llama 3.1 70B AWQ 吗？", "用 vllm 在 2张4090 上部署 llama 3.3 70b gptq int4 可以吗"))
            assertServedShorter(text, SERVED_ZH);
    }

    @Test
    void withNoFormatNamedVllmLoadsThe16BitWeightsWhichDoNotFitAndTheFourBitBuildIsOfferedWithItsLength() {
        for (String text : List.of("Can I run Llama 3.1 70B on 2x RTX 3090 with vLLM?", "两张3090能用vLLM跑 Llama 3.1 70B 吗？")) {
            Answer a = ask(text);
            assertThat(a.verdict()).as(text).isEqualTo(Verdict.NO);
            assertThat(a.reply().headline()).as(text).contains("AWQ");
            assertThat(a.shown()).as(text).anyMatch(r -> r.candidate().format() == WeightFormat.AWQ_INT4 && r.candidate().onGpu()
                    && r.candidate().context() < 8192);
        }
    }

    @Test
    void a70bOnTwo24GbCardsUnderVllmAtTheirOwnContextGetsTheFourBitBuildAtAShorterOne() {
        for (String context : List.of("8k", "8192 tokens of"))
            for (String cards : List.of("2x RTX 3090", "two 3090s", "2x RTX 4090")) {
                assertShorterContextSaid("Can I run Llama 3.1 70B on " + cards + " with vLLM at " + context + " context?", EN);
                assertShorterContextSaid("I want to serve llama 3.3 70b on " + cards + " using vllm with " + context + " context, will it fit?", EN);
            }
        for (String text : List.of("两张3090能用vLLM跑 Llama 3.1 70B 吗？8k上下文", "用 vllm 在 2张4090 上部署 llama 3.3 70b，上下文 8192，可以吗"))
            assertShorterContextSaid(text, ZH);
    }

    @Test
    void neitherWhereAFormatFitsAtTheContextSizedOrOnAGgufEngine() {
        for (String text : List.of("Can I run Qwen2 72B Instruct on 2x A100 80GB with vLLM?", "Can I run Llama 3.1 8B on an RTX 4090 with vLLM?",
                "Can I run Llama 3.1 70B on 2x RTX 3090 with ollama?", "Can I run Llama 3.1 405B on 2x RTX 3090 with vLLM?")) {
            String headline = ask(text).reply().headline();
            assertThat(EN.matcher(headline).find()).as(text + " -> " + headline).isFalse();
            assertThat(SERVED_EN.matcher(headline).find()).as(text + " -> " + headline).isFalse();
        }
    }
}
