package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run the person reports split between the GPU and the CPU (or system RAM) is the symptom SPLIT: the forms people
 * use in English and Chinese (a "+" or "and" between the two, ollama ps's PROCESSOR column, "partially offloaded", a
 * count of layers on the GPU, 一部分在内存, CPU和GPU一起, a MoE model's experts said to be in RAM: "CPU MoE", 专家放在内存), generated over engines and models. The same words asked or
 * planned ("should I split it between GPU and CPU?", 能不能让一部分放在内存里) report nothing.
 */
class ReportedSplitFormsTest {

    private static final List<String> SUBJECTS = List.of("qwen2.5 14b", "llama 3.1 8b on ollama", "gemma3 27b in LM Studio", "mistral small 24b with llama.cpp");

    private static final List<String> TOLD_EN = List.of(
            "{m} is running slow on gpu+cpu",
            "{m} runs on both the CPU and the GPU and it is slow",
            "{m} is split between VRAM and RAM, 4 tokens/s",
            "ollama ps shows 35%/65% CPU/GPU for {m}",
            "ollama ps says 48% / 52% GPU/CPU when I load {m}",
            "{m} got partially offloaded to the CPU",
            "{m} is partly in system RAM now, very slow",
            "{m} offloads 40% to CPU even though my card should hold it",
            "{m} offloaded some layers to the RAM and generation crawls",
            "only 24 of 49 layers are on the GPU with {m}",
            "I'm using --pre-layer 26 with {m} to dedicate about 8 of my 10gb VRAM to it",
            "python server.py --wbits 4 --groupsize 128 --pre_layer 20 loads {m}, 2 tokens/s",
            // Windows' shared GPU memory is system RAM lent to the card
            "with {m} the GPU memory only fills to 20G, and the remaining 2 or 3G can only use shared memory",
            "{m} spills into shared GPU memory and gets slow",
            "{m}: the rest goes to the shared GPU memory");
    private static final List<String> TOLD_ZH = List.of(
            "{m} 跑起来是 CPU和GPU一起在跑，很慢",
            "{m} 运行时显卡和内存一起用，速度只有 3 token/s",
            "{m} 一部分在内存里，速度很慢",
            "{m} 部分层在CPU上，生成很慢",
            "{m} 显存不够溢出到内存了，很卡",
            "{m} 用上了共享显存，速度很慢",
            "任务管理器显示 {m} 是 GPU/CPU 混合在跑",
            "{m} 运行的时候CPU的占用比GPU还高",
            "跑 {m} 时 CPU 出力比显卡多，怎么让显卡多干活",
            "{m} 推理主要是CPU在算，显卡利用率上不去",
            "跑 {m} 的时候CPU占用很高，但GPU占用不高");
    /** The CPU told as doing more of the work than the GPU (the layers in RAM run there while the GPU waits). */
    private static final List<String> CPU_BUSIER_EN = List.of(
            "with {m} the CPU is doing most of the work and the GPU waits",
            "the CPU seems to be doing almost all of the lifting when I run {m}",
            "{m} loads into VRAM but the processing seems to be mostly on the CPU",
            "inference is mostly on the CPU with {m}, VRAM is full",
            "CPU usage is much higher than GPU while {m} generates",
            "when running {m} the CPU usage is often full, but the GPU usage is not high",
            "with {m} GPU utilization is quite low, at most around 25%, while the CPU usage is very high");
    /** A MoE model's experts said to be kept in system RAM: they run from RAM on the CPU. */
    private static final List<String> EXPERTS_IN_RAM = List.of(
            "RTX 2050 4GB: {m} runs at ~21 tok/s with single-layer CPU MoE prefill buffer",
            "{m} with CPU MoE on my 3060 gives 25 t/s",
            "{m}: the experts stay in RAM and it runs at 12 tok/s",
            "with {m} the experts are on the CPU and only attention is on the GPU, 15 tok/s",
            "{m} 把专家放在内存里，速度 20 token/s",
            "{m} 的专家层都放在CPU上，注意力在显卡上，能跑 15 tokens/s");
    /** The same settings asked about, not run. */
    private static final List<String> EXPERTS_ASKED = List.of(
            "should I use CPU MoE for {m}?",
            "should the experts of {m} stay in RAM?",
            "{m} 要不要把专家放在内存里？");

    private static final List<String> ASKED = List.of(
            "should I split {m} between GPU and CPU?",
            "should I use --pre_layer 20 for {m}?",
            "can {m} run on both the GPU and the CPU?",
            "is it possible to partially offload {m} to the CPU?",
            "how do I offload some layers of {m} to the RAM?",
            "{m} 能不能一部分放在内存里？",
            "{m} 可以CPU和GPU一起跑吗？",
            "如果显存不够，{m} 会不会溢出到内存？",
            "should the CPU do most of the work with {m}?",
            "{m} 能不能主要用CPU跑？",
            "will {m} spill into shared GPU memory on an 8 GB card?");

    @Test
    void aSplitRunTheyReportIsTheSymptom() {
        List<String> told = new ArrayList<>();
        for (String m : SUBJECTS) {
            for (String f : TOLD_EN) told.add(f.replace("{m}", m));
            for (String f : TOLD_ZH) told.add(f.replace("{m}", m));
            for (String f : CPU_BUSIER_EN) told.add(f.replace("{m}", m));
        }
        for (String m : List.of("Qwen3-30B-A3B-Q4_K_M", "gpt-oss-120b", "GLM-4.5-Air")) {
            for (String f : EXPERTS_IN_RAM) told.add(f.replace("{m}", m));
        }
        for (String q : told) {
            assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.SPLIT)).as(q).isTrue();
        }
    }

    @Test
    void aSplitAskedOrPlannedIsNoSymptom() {
        for (String m : SUBJECTS) {
            for (String f : ASKED) {
                String q = f.replace("{m}", m);
                assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.SPLIT)).as(q).isFalse();
            }
        }
    }

    @Test
    void expertsInRamAskedAboutIsNoSymptom() {
        for (String m : List.of("Qwen3-30B-A3B", "gpt-oss-120b")) {
            for (String f : EXPERTS_ASKED) {
                String q = f.replace("{m}", m);
                assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.SPLIT)).as(q).isFalse();
            }
        }
    }

    @Test
    void whatIsNotASplitIsNoSymptom() {
        for (String q : List.of("my 3090 and 64GB of RAM: can it run llama 3 70b?", "I have a GPU and a CPU, which model?",
                "it uses 20GB of VRAM and 8GB of RAM", "RTX 4090 + 128GB RAM, 7950X CPU", "显卡 4090，内存 64G，CPU 是 13900K",
                "the GPU and the CPU are both idle", "ollama ps shows 100% GPU",
                "ollama ignores my RTX 3060 12GB: qwen2.5 7b runs only on the CPU and GPU utilization stays at 0%",
                "it runs on the CPU and GPU usage is 0%", "it runs on the GPU and CPU usage is 100%",
                "the GPU does most of the work and the CPU idles", "GPU usage is higher than CPU", "GPU的占用比CPU高",
                // the memory an integrated GPU has is shared memory: naming it is no split
                "my Radeon 780M uses 16GB of shared memory", "shared GPU memory is 16GB on my laptop")) {
            assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.SPLIT)).as(q).isFalse();
        }
    }
}
