package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Only one of my cards is used": the work staying on the first card, or the others left idle, said in the ways people
 * write it (English and Chinese, generated from a few verbs, places and card names), is read as the PARTIAL_VRAM
 * symptom, and on a machine with several cards the answer names the split as the cause. Questions about several cards
 * that report no such thing are not read so.
 */
class OneCardUsedFormsTest {

    private static final List<String> EN = List.of(
            "it always uses the first GPU", "everything goes onto GPU 0", "it only ever loads onto cuda:0",
            "the model always runs on device 0", "the other GPUs stay idle", "the second card sits unused",
            "the remaining cards are completely empty", "the rest of the GPUs remain untouched",
            "it doesn't use both GPUs", "vllm won't use my other cards", "it can't utilize all of my GPUs");
    private static final List<String> ZH = List.of(
            "只有一张显卡被占用", "只有1张卡在工作", "始终用0号显卡", "总是运行在第一张卡上", "一直跑在卡0上", "只用了第一张卡",
            "另一张是3090 24G，没有被调用", "另一张卡一直没有被使用", "其他几张卡都是空闲的", "剩下的卡完全闲置",
            "7卡被完全放空", "为什么不能使用多卡", "没法同时用两张卡", "用不了双卡");

    private static Report report(String text) {
        Question q = Parsers.PARSER.parse(text);
        return q.report();
    }

    @Test
    void everyFormIsReadAsOneCardOfSeveralUsed() {
        List<String> missed = new ArrayList<>();
        for (String f : EN) {
            String q = "I have 2x RTX 3090 and run qwen2.5 32b, but " + f + ".";
            if (!report(q).has(Report.Symptom.PARTIAL_VRAM)) missed.add(q);
        }
        for (String f : ZH) {
            String q = "两张 RTX 3090 跑 qwen2.5 32b，" + f + "。";
            if (!report(q).has(Report.Symptom.PARTIAL_VRAM)) missed.add(q);
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void questionsAboutSeveralCardsWithoutThatReportAreNotReadSo() {
        for (String q : List.of("can 2x RTX 3090 run llama 3.1 70b?", "should I use the first GPU or both for qwen2.5 32b?",
                "两张 3090 能跑 qwen2.5 72b 吗？", "双卡 4090 跑 70b 需要什么设置？", "first card is a 4090, second is a 3090: what runs?")) {
            assertThat(report(q).has(Report.Symptom.PARTIAL_VRAM)).as(q).isFalse();
        }
    }

    @Test
    void onSeveralCardsTheAnswerNamesTheSplit() {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String f : List.of("the other GPUs stay idle", "it always uses the first GPU")) {
            String q = "I run llama 3.1 70b q4 with llama.cpp on 2x RTX 3090 and it is slow, " + f + ".";
            Answer a = RealAdvisors.shared().answer("one-card-en-" + n++, q);
            if (!"multi_gpu_split".equals(a.cause())) wrong.add(q + " -> " + a.cause());
        }
        for (String f : List.of("只有一张显卡被占用", "另一张卡一直没有被使用")) {
            String q = "两张 RTX 3090 用 llama.cpp 跑 llama 3.1 70b q4 很慢，" + f + "。";
            Answer a = RealAdvisors.shared().answer("one-card-zh-" + n++, q);
            if (!"multi_gpu_split".equals(a.cause())) wrong.add(q + " -> " + a.cause());
        }
        assertThat(wrong).isEmpty();
    }
}
