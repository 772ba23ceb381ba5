package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.logs.ProseHints;
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
            "it doesn't use both GPUs", "vllm won't use my other cards", "it can't utilize all of my GPUs",
            "I cannot get ollama to utilize both GPUs", "I can't get it to use all of my GPUs", "it is unable to use both cards",
            "I cannot get Ollama to utilize two 3090s", "llama.cpp is not able to use both 3090s", "ollama only uses one of them",
            "it just runs on one of the two", "the model is not loaded onto both GPUs", "it doesn't get split across my cards",
            "the weights were never distributed over the two cards");
    private static final List<String> ZH = List.of(
            "只有一张显卡被占用", "只有1张卡在工作", "始终用0号显卡", "总是运行在第一张卡上", "一直跑在卡0上", "只用了第一张卡",
            "另一张是3090 24G，没有被调用", "另一张卡一直没有被使用", "其他几张卡都是空闲的", "剩下的卡完全闲置",
            "7卡被完全放空", "为什么不能使用多卡", "没法同时用两张卡", "用不了双卡",
            "只有一张卡被利用", "只有1张显卡在利用", "另一张卡没有被利用",
            "只能用一张卡", "只能用到一张显卡", "只会使用一张卡", "只能用一張卡的显存",
            "模型并没有加载到两张卡上", "没有分配到多张卡", "未切分到2块显卡");

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
                "两张 3090 能跑 qwen2.5 72b 吗？", "双卡 4090 跑 70b 需要什么设置？", "first card is a 4090, second is a 3090: what runs?",
                // near misses of the forms above: using both cards asked about or told to work, not denied
                "can ollama utilize two 3090s for qwen2.5 72b?", "vllm can use both GPUs with -tp 2 for llama 3.1 70b", "两张 3090 能同时用一张卡跑一个模型吗？",
                "the model is split across both GPUs with -tp 2, llama 3.1 70b runs fine", "没有问题，模型加载到两张卡上了，qwen2.5 72b 能跑")) {
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

    /** Cards named by their index, the way engines and nvidia-smi number them. */
    private static final List<String> CARDS_EN = List.of("GPU 0", "gpu1", "cuda:0", "device 1", "card 2");
    private static final List<String> LEFT_OUT_EN = List.of("{c} is not used", "{c} stays idle", "{c} is not participating",
            "{c} wasn't being utilized", "{c} doesn't participate", "{c} remains at 0%", "{c} is never used",
            "only {c} is used", "only {c} is doing the work", "only {c} is busy");
    private static final List<String> ONE_OF_EN = List.of("it only runs on one of my GPUs", "it uses just one GPU",
            "it loads onto only one card", "the 3090 is doing most of the work", "the 2080ti is only at 10%", "one GPU is idle",
            "a lot of VRAM is not used at all", "the VRAM is not fully utilized");
    private static final List<String> CARDS_ZH = List.of("GPU 0", "gpu1", "0号卡", "1号显卡", "卡1", "第2张卡");
    private static final List<String> LEFT_OUT_ZH = List.of("{c}并没有参与进来", "{c}确并没有参与", "{c}没有被使用", "{c}未被调用",
            "{c}完全没有占用", "{c}没有被利用", "只有{c}在推理", "只有{c} 进行推理", "只有{c}在工作", "只能在{c}上运行", "只会加载到{c}");

    /** Every generated sentence with a numbered card left out, in both languages. */
    private static List<String> numberedForms() {
        List<String> all = new ArrayList<>();
        for (String c : CARDS_EN) for (String f : LEFT_OUT_EN) all.add("I have 2x RTX 3090 and run qwen2.5 32b, but " + f.replace("{c}", c) + ".");
        for (String f : ONE_OF_EN) all.add("I have 2x RTX 3090 and run qwen2.5 32b, but " + f + ".");
        for (String c : CARDS_ZH) for (String f : LEFT_OUT_ZH) all.add("两张 RTX 3090 跑 qwen2.5 32b，" + f.replace("{c}", c) + "。");
        return all;
    }

    @Test
    void aNumberedCardLeftOutIsReadByTheParserAndByTheWordsAroundALog() {
        List<String> missed = new ArrayList<>();
        for (String q : numberedForms()) {
            if (!report(q).has(Report.Symptom.PARTIAL_VRAM)) missed.add("parser: " + q);
            // the words around a pasted log read the same grammar (no list of their own)
            if (!ProseHints.of(q).symptoms().contains(Report.Symptom.PARTIAL_VRAM)) missed.add("log words: " + q);
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void aNumberedCardWithNothingLeftOutIsNotReadSo() {
        for (String q : List.of("torch.OutOfMemoryError: CUDA out of memory. GPU 0 has a total capacity of 23.69 GiB of which 63.94 MiB is free.",
                "Device 0: NVIDIA GeForce RTX 4090, compute capability 8.9, VMM: yes", "cuda:0 is an RTX 4090 and cuda:1 a 3090: what runs?",
                "能不能让gpu1也参与推理？", "the CPU is doing most of the work and the GPU waits", "GPU 0 is used for the display, GPU 1 for the model")) {
            assertThat(report(q).has(Report.Symptom.PARTIAL_VRAM)).as(q).isFalse();
            assertThat(ProseHints.of(q).symptoms()).as(q).doesNotContain(Report.Symptom.PARTIAL_VRAM);
        }
    }

    @Test
    void onSeveralCardsANumberedCardLeftOutIsTheSplit() {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String f : List.of("GPU 1 stays idle", "only cuda:0 is doing the work", "it only runs on one of my GPUs")) {
            String q = "I run llama 3.1 70b q4 with llama.cpp on 2x RTX 3090 and it is slow, " + f + ".";
            Answer a = RealAdvisors.shared().answer("numbered-card-en-" + n++, q);
            if (!"multi_gpu_split".equals(a.cause())) wrong.add(q + " -> " + a.cause());
        }
        for (String f : List.of("GPU 0并没有参与进来，只有gpu1进行推理", "只能在0号卡上运行")) {
            String q = "两张 RTX 3090 用 llama.cpp 跑 llama 3.1 70b q4 很慢，" + f + "。";
            Answer a = RealAdvisors.shared().answer("numbered-card-zh-" + n++, q);
            if (!"multi_gpu_split".equals(a.cause())) wrong.add(q + " -> " + a.cause());
        }
        assertThat(wrong).isEmpty();
    }

    /** One card of several full or out of memory, the others with room, in English: generated from both halves. */
    private static final List<String> FULL_EN = List.of("it OOMs on one of the cards", "the first GPU is out of capacity",
            "it runs out of memory on GPU 0", "it fills up the first card's VRAM", "cuda:0 is completely full", "it overflows device 1");
    private static final List<String> ROOM_EN = List.of("another is still half empty", "the other 7 GPUs only have 810MB used",
            "the second card still has plenty of room", "the other GPUs are idle", "none of the other 3 GPUs ever get anything loaded");
    private static final List<String> FULL_ZH = List.of("第一张卡显存溢出", "0卡总是显存溢出", "前两张卡跑满", "一张卡爆显存", "gpu0 显存占满",
            "gpu 0显存占用很高");
    private static final List<String> ROOM_ZH = List.of("其他卡还有大量显存", "其余卡显存占用极少", "后两张卡几乎无占用", "另一张卡还有空间", "剩下的卡还空闲",
            "1，2显存无变化", "卡1显存没有变化", "其他卡显存不变");

    @Test
    void oneCardFullWhileTheOthersHaveRoomIsOneCardOfSeveralLeftOut() {
        List<String> missed = new ArrayList<>();
        for (String full : FULL_EN) for (String room : ROOM_EN) {
            for (String q : List.of("I have 2x RTX 3090 and run qwen2.5 32b, but " + full + " while " + room + ".",
                    "I have 2x RTX 3090 and run qwen2.5 32b: " + room + ", but " + full + ".")) {
                if (!report(q).has(Report.Symptom.PARTIAL_VRAM)) missed.add("parser: " + q);
                if (!ProseHints.of(q).symptoms().contains(Report.Symptom.PARTIAL_VRAM)) missed.add("log words: " + q);
            }
        }
        for (String full : FULL_ZH) for (String room : ROOM_ZH) {
            String q = "两张 RTX 3090 跑 qwen2.5 32b，推理时" + full + "，但" + room + "。";
            if (!report(q).has(Report.Symptom.PARTIAL_VRAM)) missed.add("parser: " + q);
        }
        // the split told uneven, the growth or the model kept on one card
        for (String q : List.of("I have 2x RTX 3090: uneven load of the 49B model, it OOMs.", "the layers are not split evenly across my two GPUs",
                "with 8k context the usage only increased on GPU0", "the -ts rounding biases the whole model towards one device",
                "双卡 3090 显存分配不均，一直爆显存", "四张卡负载不均衡")) {
            if (!report(q).has(Report.Symptom.PARTIAL_VRAM)) missed.add("uneven: " + q);
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void oneCardFullWithNothingSaidOfTheOthersIsNotReadSo() {
        for (String q : List.of("it runs out of memory on GPU 0 with the 70b model", "the first GPU is out of memory, what now?",
                "one card is full and the other one is full too", "the other process has plenty of room", "my other PC has 64GB free",
                "第一张卡显存溢出，怎么办", "一张卡不够，其他卡也满了", "量化后精度不均匀吗", "一张卡显存不够，能用两张卡吗",
                "gpu 0显存占用很高，正常吗", "显存占用很高，过了1小时也没变化")) {
            assertThat(report(q).has(Report.Symptom.PARTIAL_VRAM)).as(q).isFalse();
        }
    }

    @Test
    void onSeveralCardsAnOutOfMemoryOnOneCardWhileTheOthersHaveRoomIsTheSplit() {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String q : List.of("I load llama 3.1 70b q4 with llama.cpp on 2x RTX 3090 and it OOMs on one of the cards while another is still half empty.",
                "Running qwen2.5 72b awq with transformers on 4x RTX 3090: CUDA out of memory, the first GPU is out of capacity while the other 3 GPUs only have 800MB used.",
                "两张 RTX 3090 用 llama.cpp 跑 llama 3.1 70b q4，加载时第一张卡显存溢出，但其他卡还有大量显存。")) {
            Answer a = RealAdvisors.shared().answer("one-card-full-" + n++, q);
            if (!"multi_gpu_split".equals(a.cause())) wrong.add(q + " -> " + a.cause());
        }
        assertThat(wrong).isEmpty();
    }
}
