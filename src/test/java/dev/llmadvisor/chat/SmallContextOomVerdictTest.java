package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.ReplyWriter;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an out-of-memory the person tells as happening even at a small context, then the weights themselves do not fit as
 * tried: the verdict is no, said in one line in their language, whatever the sizing at its own context said. A small
 * context that works, a failure at a long context, or vLLM/SGLang (their pool is a share of the card) is not this no.
 */
class SmallContextOomVerdictTest {

    private static final List<String> EN = List.of(
            "llama2-70b on two A100 80GB with TGI: even with tiny max_total_tokens I get cuda OOM. Is this possible?",
            "Qwen2.5 32B fp16 on 2x RTX 4090 with transformers: out of memory even with a context of 1024, why?",
            "Mixtral 8x7B on my 3090 in llama.cpp: it fails to allocate even at -c 512. What am I doing wrong?");

    private static final List<String> ZH = List.of(
            "两张 A100 80G 用 TGI 跑 llama2-70b，即使上下文设成512也爆显存，怎么办？",
            "在两张 4090 上跑 Qwen2.5 32B fp16，哪怕把上下文调到最小还是显存不足，为什么？");

    @Test
    void anOutOfMemoryEvenAtASmallContextIsANo() {
        int n = 0;
        for (String q : EN) n += no(q, "even with a small context");
        for (String q : ZH) n += no(q, "上下文很小也会显存不足");
        assertThat(n).isEqualTo(EN.size() + ZH.size());
    }

    /** The verdict is no; the line is said where it changes the sizing's verdict (a fit at its own context), or is one already. */
    private static int no(String q, String note) {
        Answer a = askAsShipped(q);
        assertThat(a.verdict()).as(q).isEqualTo(Verdict.NO);
        assertThat(String.join(" ", a.reply().notes())).as(q).satisfiesAnyOf(n -> assertThat(n).contains(note),
                n -> assertThat(askAsShipped(q.replaceAll("(?i)even |即使|哪怕", "")).verdict()).isEqualTo(Verdict.NO));
        return 1;
    }

    @Test
    void aSmallContextThatWorksOrALongOneThatFailsIsNotThisNo() {
        for (String q : List.of("Qwen2.5 7B on my RTX 4090 with llama.cpp runs fine with -c 2048, 40 tok/s",
                "Qwen2.5 7B on my RTX 4090: out of memory at 128k context, fine at 8k",
                "我的 4090 跑 Qwen2.5 7B，上下文 32768 时显存不足")) {
            Answer a = askAsShipped(q);
            assertThat(String.join(" ", a.reply().notes())).as(q).doesNotContain("even with a small context").doesNotContain("上下文很小也会显存不足");
        }
        // the same setup told to have run on an earlier version keeps its verdict: the failure is the new version's
        assertThat(ReplyWriter.oomAtSmallContextAsReported(Verdict.FITS, true, true, null)).isEqualTo(Verdict.FITS);
        assertThat(ReplyWriter.oomAtSmallContextAsReported(Verdict.FITS, true, false, null)).isEqualTo(Verdict.NO);
        assertThat(ReplyWriter.oomAtSmallContextAsReported(Verdict.FITS, true, false, Engine.TGI)).isEqualTo(Verdict.NO);
        assertThat(ReplyWriter.oomAtSmallContextAsReported(null, false, false, null)).isNull();
        // vLLM and SGLang size their pool by a share of the card, not by the context: a small context says nothing of the weights
        assertThat(ReplyWriter.oomAtSmallContextAsReported(Verdict.FITS, true, false, Engine.VLLM)).isEqualTo(Verdict.FITS);
        assertThat(ReplyWriter.oomAtSmallContextAsReported(Verdict.OFFLOAD, true, false, Engine.SGLANG)).isEqualTo(Verdict.OFFLOAD);
    }
}
