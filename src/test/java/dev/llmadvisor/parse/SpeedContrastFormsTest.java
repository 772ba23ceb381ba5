package dev.llmadvisor.parse;

import dev.llmadvisor.reply.Answer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two speed contrasts people tell of their own runs, by grammar, on generated sentences in English and Chinese:
 * <ul>
 *   <li>several GPUs no faster than one ({@code {s}}: the several, in the forms people name them) — cause
 *       {@code multi_gpu_split}, or {@code ram_bandwidth} when part of the model runs on the CPU (KTransformers);</li>
 *   <li>a quantized model slower than the 16-bit one ({@code {q}} the quantized format, {@code {w}} the 16-bit one) —
 *       cause {@code other}: the kernels, not the memory.</li>
 * </ul>
 * A third, a model slower than another of at least its size, is cause {@code other} too: no more weights are read per token;
 * and a fourth, the same model slower in one program than in another on the same machine: the slower program's (other).
 * Near misses read neither: the contrast asked rather than told, the single card the slow one, the 16-bit run the slower,
 * a quantized run faster, several GPUs that are fast, a speed contrast between two models. The causes follow the
 * corpus' label definitions (eval/real-questions/README.md: a split over cards is {@code multi_gpu_split}, a cause outside
 * memory {@code other}), never the program's output.
 */
class SpeedContrastFormsTest {

    private static final List<String> SEVERAL_EN = List.of("multi-GPU", "two GPUs", "4 GPUs", "both cards", "dual GPU");
    private static final List<String> SEVERAL_ZH = List.of("多卡", "双卡", "4张卡", "多GPU", "两张卡");

    private static final List<String> SEVERAL_NO_FASTER_EN = List.of(
            "Inference on {s} is 10x slower than on a single GPU.",
            "Running it on {s} is slower than one GPU, what is going on",
            "Why is {s} inference slower than a single card?",
            "With {s} the performance drops a lot compared to one GPU.",
            "It runs at half the expected speed with {s}.",
            "I see no speedup on {s} compared to a single GPU.");
    private static final List<String> SEVERAL_NO_FASTER_ZH = List.of(
            "{s}推理速度比单卡慢十倍，是怎么回事",
            "单卡性能符合预期，{s}的场景中性能下降比较严重",
            "用了{s}，但推理速度和单卡一致，没有提升",
            "为什么{s}推理比单卡还慢",
            "为啥我用{s}跑的，速度还没有单卡的快呢",
            "{s}跑起来还不如单卡");
    private static final List<String> SEVERAL_NEAR_MISSES = List.of(
            "Would {s} be slower than a single GPU?",
            "Is inference on {s} slower than on one GPU?",
            "On {s} it is fast, but a single GPU is very slow.",
            "{s} inference is much faster than a single GPU.",
            "{s}会比单卡慢吗",
            "{s}跑得很快，单卡很慢",
            "{s}没有单卡那么省电");

    private static final List<String[]> QUANT_WIDE = List.of(
            new String[] {"int8", "fp16"}, new String[] {"load_in_8bit", "fp16"}, new String[] {"int4", "bf16"},
            new String[] {"GPTQ", "16-bit"}, new String[] {"4-bit", "the original model"});
    private static final List<String> QUANT_SLOWER_EN = List.of(
            "The {q} model is much slower than {w}.",
            "Inference with {q} takes longer than {w} on the same GPU.",
            "Why is {q} 3x slower than {w}?",
            "With {q} the inference got 4x slower; {w} was fast.",
            // the two runs' figures side by side, the quantized one worse
            "{w}: 25 tokens/s, {q}: 9 tokens/s on the same card.",
            "The {q} model takes 12 s per answer and the {w} one 4 s.");
    private static final List<String> QUANT_SLOWER_ZH = List.of(
            "{q} 推理耗时比{w}长",
            "为什么{q}的推理时间比{w}慢很多",
            "同样的prompt，{q}推理比{w}还慢",
            // told slow beside the 16-bit run, with no "than", or "instead" (反而)
            "加载{q}模型后，发现推理速度很慢（{w}的速度还挺快的）",
            "为什么开启{q}后推理速度反而会降低至1/4呢？",
            "推理时间{w}有3秒多，{q}有10秒以上，请问原因是啥？");
    private static final List<String> QUANT_NEAR_MISSES = List.of(
            "Is {q} slower than {w}?",
            "{w} is slower than {q} on my card.",
            "The {q} model is much faster than {w}.",
            "{q}会比{w}慢吗",
            "{w}比{q}慢",
            "{q}推理很快，{w}推理速度很慢",
            "加载{q}模型后推理速度会变慢吗",
            "With {q} it runs fine; {w} is slower.",
            // figures side by side with the quantized run faster, about the same, or of two kinds
            "{w}: 9 tokens/s, {q}: 25 tokens/s.",
            "推理时间{q}有3秒，{w}有10秒",
            "{w}用了5秒，{q}用了5.2秒",
            "{q}: 30 tokens/s, {w}: 2 s to the first token");

    /** A model slower than another of at least its size: told, in English and Chinese. */
    private static final List<String> MODEL_NO_FASTER = List.of(
            "Qwen1.5-72b-chat is much slower than Qwen-72b-chat on the same machine.",
            "Why is mistral 7b slower than llama 2 13b on my 3090?",
            "Generation with gemma 2b takes 3 times as long as qwen2 7b.",
            "Qwen1.5-72b-chat 推理速度 比 Qwen-72b-chat 慢很多",
            "Qwen1.5-7B-base模型推理速度比Qwen1.5-7B-chat模型速度慢很多",
            "测试了一下，生成速度比Qwen2 7B还慢",
            "发现单图推理时长是InternVL−Chat−V1−5 25.5B模型的3倍，请问是合理情况吗？");
    /** Near misses: asked, a larger model slower than a smaller one, an expectation, engines, cards, "比如". */
    private static final List<String> MODEL_NEAR_MISSES = List.of(
            "Is qwen2 7b slower than llama 3 8b?",
            "Llama 2 70b is much slower than llama 2 7b on my card.",
            "It runs slower than expected for a 7b model.",
            "mlx runs consistently slower than llama.cpp on long context.",
            "14B-AWQ 在相同设备下比 7B 慢的多",
            "qwen 7b 会比 llama 7b 慢吗",
            "使用4卡比2卡慢了一倍",
            "能运行的模型比如：yi:9b 响应相当慢");

    /** The same model slower in one program than in another: in words, or by the two programs' rates side by side. */
    private static final List<String> ENGINE_SLOWER = List.of(
            "Qwen 3.6-35B-A3 MLX is ~50% slower in token generation than LM Studio.",
            "On long context, MLX runs consistently slower than llama.cpp for token generation.",
            "Qwen3.5 much slower speeds compared to LlamaCPP",
            "I get ~20 t/s here. However, in LMstudio, I'm getting over 120 t/s.",
            "Ollama for intel runs qwen3 on the B580 slower than lm studio on CPU.",
            "Why is it 3x slower than vllm on the same card?",
            "**Qwen 2.5 72b 8 bit** GGUF: 7.68 tokens/sec. MLX: 0.42 tokens/sec",
            "单卡跑 Qwen3-4B 可以到17 token/s 也比mindie慢了一半多",
            "同样的模型用llama.cpp快了很多");
    /** Near misses: asked, another model or card compared, the same program's two rates, rates close together. */
    private static final List<String> ENGINE_NEAR_MISSES = List.of(
            "Would it be slower than llama.cpp?",
            "Is ollama slower than vllm?",
            "The 4090 is slower than the A100 here.",
            "It is slower than I expected.",
            "qwen 7b is slower than llama 8b in ollama.",
            "ollama: 30 tokens/s with qwen 7b, ollama: 12 tokens/s with qwen 14b",
            "llama.cpp: 30 tokens/s. LM Studio: 27 tokens/s.",
            "vllm会比sglang慢吗");

    @Test
    void theSameModelToldSlowerThanInAnotherProgramIsRead() {
        List<String> misses = new ArrayList<>();
        for (String t : ENGINE_SLOWER) if (!SpeedContrastForms.engineSlower(t.toLowerCase(Locale.ROOT))) misses.add("not read: " + t);
        for (String t : ENGINE_NEAR_MISSES) if (SpeedContrastForms.engineSlower(t.toLowerCase(Locale.ROOT))) misses.add("read: " + t);
        assertThat(misses).isEmpty();
    }

    @Test
    void aModelToldSlowerThanOneOfItsSizeIsRead() {
        List<String> misses = new ArrayList<>();
        for (String t : MODEL_NO_FASTER) if (!SpeedContrastForms.modelNoFaster(t.toLowerCase(Locale.ROOT))) misses.add("not read: " + t);
        for (String t : MODEL_NEAR_MISSES) if (SpeedContrastForms.modelNoFaster(t.toLowerCase(Locale.ROOT))) misses.add("read: " + t);
        assertThat(misses).isEmpty();
    }

    @Test
    void severalGpusToldNoFasterThanOneAreRead() {
        List<String> misses = new ArrayList<>();
        for (String f : SEVERAL_NO_FASTER_EN) for (String s : SEVERAL_EN) expect(f.replace("{s}", s), true, false, misses);
        for (String f : SEVERAL_NO_FASTER_ZH) for (String s : SEVERAL_ZH) expect(f.replace("{s}", s), true, false, misses);
        assertThat(misses).isEmpty();
    }

    @Test
    void aQuantizedModelToldSlowerThanTheSixteenBitOneIsRead() {
        List<String> misses = new ArrayList<>();
        for (String[] qw : QUANT_WIDE) {
            for (String f : QUANT_SLOWER_EN) expect(f.replace("{q}", qw[0]).replace("{w}", qw[1]), false, true, misses);
            for (String f : QUANT_SLOWER_ZH) expect(f.replace("{q}", qw[0]).replace("{w}", qw[1]), false, true, misses);
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void nearMissesReadNeither() {
        List<String> misses = new ArrayList<>();
        for (String f : SEVERAL_NEAR_MISSES) {
            for (String s : SEVERAL_EN) expect(f.replace("{s}", s), false, false, misses);
            for (String s : SEVERAL_ZH) expect(f.replace("{s}", s), false, false, misses);
        }
        for (String[] qw : QUANT_WIDE) for (String f : QUANT_NEAR_MISSES) expect(f.replace("{q}", qw[0]).replace("{w}", qw[1]), false, false, misses);
        // a speed contrast between two models, or between two engines, is neither
        for (String t : List.of("Qwen1.5-72b-chat is much slower than Qwen-72b-chat on 2 GPUs? no, on one.",
                "llama.cpp is slower than vLLM on my 4090.", "Qwen1.5-7B-base模型推理速度比Qwen1.5-7B-chat模型慢很多",
                // the 16-bit run told slow, or a quantized one told slow with nothing to set it against
                "非量化版本推理速度很慢", "用了int4量化模型后推理速度很慢")) {
            expect(t, false, false, misses);
        }
        assertThat(misses).isEmpty();
    }

    /** The parser's report reads the contrast too, from the same grammar. */
    @Test
    void theParsersReportCarriesTheContrasts() {
        QuestionParser parser = new QuestionParser(dev.llmadvisor.cli.Assembly.vocabulary(
                dev.llmadvisor.knowledge.Knowledge.load(java.nio.file.Path.of("knowledge"))));
        assertThat(parser.parse("Inference of qwen2.5 14b on 4 GPUs is 10x slower than on a single GPU.").report()
                .has(dev.llmadvisor.facts.Report.Symptom.SEVERAL_NO_FASTER)).isTrue();
        assertThat(parser.parse("qwen 14b 的 load_in_8bit 推理耗时比fp16长").report()
                .has(dev.llmadvisor.facts.Report.Symptom.QUANTIZED_SLOWER)).isTrue();
    }

    /** Given the contrast told, with or without the hardware stated, then the answer names its cause. */
    @Test
    void theAnswerNamesTheCauseOfTheContrast() {
        for (String t : List.of("qwen 14b 多卡推理速度比单卡推理速度慢十倍，是怎么回事？",
                "Running llama 3 8b on two RTX 3090s is slower than on a single GPU. Why?",
                "Llama 2 13B on 2x A100: inference with tensor parallelism 2 runs at half the expected speed.")) {
            assertThat(cause(t)).as(t).isEqualTo("multi_gpu_split");
        }
        for (String t : List.of("在V100上跑qwen 14b，load_in_8bit 推理耗时比fp16长，为什么？",
                "Why is the int4 version of qwen2.5 7b 3x slower than bf16 on my RTX 4090?")) {
            assertThat(cause(t)).as(t).isEqualTo("other");
        }
        // a model no faster than one of its size: not the weights read per token (other), asked back for the card or not
        for (String t : List.of("Qwen1.5-72b-chat 推理速度 比 Qwen-72b-chat 慢很多，大家有这种情况吗",
                "On my RTX 4090, qwen2.5 7b is much slower than llama 3 8b with the same settings.")) {
            assertThat(cause(t)).as(t).isEqualTo("other");
        }
        // the same model faster in another program on the machine: that program's kernels, version or settings (other), not
        // the bandwidth a Mac's unified memory gives nor the split over several cards; a placement the slower program chose
        // (part of a model too large for the card in RAM) is still the cause
        for (String t : List.of("Qwen3 30B-A3B on my M3 Ultra 96GB: MLX is ~50% slower than LM Studio.",
                "On my Mac Studio M2 Ultra 192GB, qwen 2.5 72b 8 bit GGUF: 7.68 tokens/sec. MLX: 0.42 tokens/sec",
                "8卡 910B3 推理 Qwen3-30B-A3B模型 平均 6 token/s，单卡跑 Qwen3-4B 可以到17 token/s 也比mindie慢了一半多，多卡跑更慢")) {
            assertThat(cause(t)).as(t).isEqualTo("other");
        }
        String offload = "Llama 3 70B Q4_K_M on my RTX 3060 12GB with 64GB RAM runs at 1.5 tokens/s in ollama, much slower than llama.cpp.";
        assertThat(cause(offload)).as(offload).isEqualTo("partial_offload");
        // KTransformers keeps the experts in RAM: more GPUs do not speed it up, the RAM sets the pace
        String kt = "ktransformers 跑 deepseek r1，用了多GPU，但推理速度和单GPU一致，没有提升";
        assertThat(cause(kt)).as(kt).isEqualTo("ram_bandwidth");
    }

    private static String cause(String text) {
        Answer a = askAsShipped(text);
        return a.cause();
    }

    private static void expect(String text, boolean several, boolean quantized, List<String> misses) {
        String low = text.toLowerCase(Locale.ROOT);
        // the parser reads number words as digits ("两张" as "2张"), as the scan does
        String scanned = low.replace("两张", "2张");
        if (SpeedContrastForms.severalNoFaster(scanned) != several) misses.add((several ? "several not read: " : "several read: ") + text);
        if (SpeedContrastForms.quantizedSlower(scanned) != quantized) misses.add((quantized ? "quantized not read: " : "quantized read: ") + text);
    }
}
