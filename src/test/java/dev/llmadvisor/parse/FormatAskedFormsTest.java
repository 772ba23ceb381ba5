package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A format asked for without the words "which quant" (eval/real-questions/README.md, kind {@code which_format}: which
 * quantization or precision to use), on generated sentences: frames x formats x models x cards, English and Chinese.
 * <ul>
 *   <li>how to run a model in a format, or whether it can be quantized ("how do I run it in 4-bit?", "如何以INT4来运行",
 *       "怎么用int4跑", "可不可以8bit量化"): the format is the question, even beside a failed full-precision run;</li>
 *   <li>what a format costs in quality ("how much accuracy does it lose at 4-bit?", "int4量化后精度下降多少").</li>
 * </ul>
 * Near misses keep their kinds: whether a run in a format works is a yes or no about running ("can I run it in 4-bit?",
 * "4bit量化能跑吗", "能跑量化满血版吗"); the memory or the speed in a format is a memory or a speed question; a run in a
 * format using far more memory than expected is a fault; how to run it with no format named is no format question.
 */
class FormatAskedFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    private static final List<String> MODELS = List.of("qwen2 7b", "llama 3 70b", "chatglm3 6b", "qwen2.5 14b");
    private static final List<String> CARDS = List.of("3090", "RTX 3060 12GB", "4090", "V100");
    /** Formats as people write them in a how-to: {f} in English, {z} the same beside Chinese. */
    private static final List<String> FORMATS = List.of("4-bit", "8bit", "int4", "int8", "Q4_K_M", "fp8", "AWQ", "GPTQ");

    record Frame(String text, Intent kind) {
        @Override public String toString() { return kind + ": " + text; }
    }

    private static final List<Frame> HOW = List.of(
            new Frame("How do I run {m} in {f} on my {g}?", Intent.WHICH_FORMAT),
            new Frame("how to load {m} in {f} with transformers?", Intent.WHICH_FORMAT),
            new Frame("How can we serve {m} with {f} on two {g}s?", Intent.WHICH_FORMAT),
            new Frame("how should I run {m} at {f} on my {g}", Intent.WHICH_FORMAT),
            new Frame("{m} is too big for my {g} in fp16. How do I load it as {f}?", Intent.WHICH_FORMAT),
            new Frame("如何以{f}来运行{m}？", Intent.WHICH_FORMAT),
            new Frame("怎么用{f}跑{m}，我只有一张{g}", Intent.WHICH_FORMAT),
            new Frame("{m}显存不够，{g}上怎么改成{f}", Intent.WHICH_FORMAT),
            // near misses: a yes or no about running in the format, its memory, its speed, a fault, no format named
            new Frame("can I run {m} in {f} on my {g}?", Intent.CAN_RUN),
            new Frame("{g}能跑{m}的{f}版本吗？", Intent.CAN_RUN),
            new Frame("how much VRAM does {m} need in {f}?", Intent.MEMORY_NEEDED),
            new Frame("how fast is {m} in {f} on my {g}?", Intent.SPEED),
            new Frame("{m} in {f} uses 30GB on my {g}, way more than expected. How do I run it in {f} properly?", Intent.DIAGNOSE),
            new Frame("How do I run {m} on my {g}?", Intent.CAN_RUN));

    /** Quantizing asked for as a verb, and what a format costs in quality; no format slot. */
    private static final List<Frame> QUANTIZE = List.of(
            new Frame("how do I quantize {m} for my {g}?", Intent.WHICH_FORMAT),
            new Frame("Can {m} be quantized to fit my {g}?", Intent.WHICH_FORMAT),
            new Frame("is it possible to quantize {m}? my {g} runs out of memory in fp16", Intent.WHICH_FORMAT),
            new Frame("如何量化运行{m}？我的显卡是{g}", Intent.WHICH_FORMAT),
            new Frame("{m}可不可以8bit量化", Intent.WHICH_FORMAT),
            new Frame("{g}显存不够，有没有办法对{m}进行8bit量化？", Intent.WHICH_FORMAT),
            new Frame("{m}在{g}上显存不够，手动加.quantize(8)也不行，请问要如何量化运行该模型", Intent.WHICH_FORMAT),
            new Frame("How much accuracy does {m} lose at 4-bit?", Intent.WHICH_FORMAT),
            new Frame("Does Q4 hurt the quality of {m} much?", Intent.WHICH_FORMAT),
            new Frame("what's the accuracy drop from quantization for {m}?", Intent.WHICH_FORMAT),
            new Frame("{m} int4量化后精度下降多少？", Intent.WHICH_FORMAT),
            new Frame("{m}量化之后效果损失大吗", Intent.WHICH_FORMAT),
            // near misses: a quantized build run asked yes or no, its memory with the how beside it, speed lost is speed
            new Frame("{g}，251G内存，能否跑{m}的量化满血版", Intent.CAN_RUN),
            new Frame("{m} 4bit量化能跑吗？我是{g}", Intent.CAN_RUN),
            new Frame("{m}需要多少显存，怎么量化加载", Intent.MEMORY_NEEDED),
            new Frame("{m}量化后需要多少显存", Intent.MEMORY_NEEDED),
            new Frame("{m} int4量化后速度下降多少？用的{g}", Intent.SPEED),
            new Frame("how much speed do I lose with {m} at 4-bit on my {g}?", Intent.SPEED));

    static Stream<Frame> howFrames() {
        List<Frame> out = new ArrayList<>();
        for (Frame f : HOW) for (String format : FORMATS) out.add(new Frame(f.text().replace("{f}", format), f.kind()));
        return out.stream();
    }

    static Stream<Frame> quantizeFrames() {
        return QUANTIZE.stream();
    }

    /** The sentences of one frame whose kind is not read, with what was read. */
    private static List<String> misread(Frame f) {
        return KindFormsTest.misread(PARSER, f.text(), f.kind(), MODELS, CARDS);
    }

    @ParameterizedTest
    @MethodSource("howFrames")
    void howToRunInAFormatIsAFormatQuestion(Frame f) {
        assertThat(misread(f)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("quantizeFrames")
    void quantizingAskedOrItsQualityCostIsAFormatQuestion(Frame f) {
        assertThat(misread(f)).isEmpty();
    }
}
