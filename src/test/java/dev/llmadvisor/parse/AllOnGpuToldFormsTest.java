package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run the person tells wholly on the GPU is the symptom ALL_ON_GPU: every layer offloaded in the engine's log, ollama
 * ps's "100% GPU", "runs entirely on the 2060", "run the entire model in VRAM", 全部加载到GPU, generated over models.
 * Only some layers, a GPU's utilisation at 100 %, the CPU among the places, a negation, or the same words asked or
 * planned report nothing; and "100% GPU" is never read as the "0% GPU" of a GPU left unused. The model told to fit the
 * card's memory ("model fits in vram") is FITS_GPU_TOLD; a model sought, negated or asked about is not.
 */
class AllOnGpuToldFormsTest {

    private static final List<String> SUBJECTS = List.of("qwen2.5 7b q8_0", "llama 3.1 8b", "gemma3 27b");

    private static final List<String> TOLD = List.of(
            "loading {m}\nload_tensors: offloaded 29/29 layers to GPU\nworks, but ollama is slower",
            "{m}: msg=\"offloaded 33/33 layers to GPU\" then it answers",
            "NAME {m} SIZE 9 GB PROCESSOR 100% GPU UNTIL 4 minutes from now",
            "In llama.cpp, {m} runs entirely on the RTX 2060 Super graphics card, which is what I want.",
            "{m} is fully on the GPU in LM Studio",
            "llama-server loads the whole model into VRAM; with LM Studio {m} goes partly to the CPU",
            "with llama.cpp {m} fits there entirely",
            "ollama ps 显示 {m} 100% GPU，已经全部加载到GPU了",
            "{m} 在 llama.cpp 里完全放在显存里，速度正常");
    private static final List<String> NOT_TOLD = List.of(
            "load_tensors: offloaded 20/29 layers to GPU for {m}",
            "{m} shows GPU 100% usage and 3 tokens/s",
            "nvidia-smi says 100% GPU utilization with {m}",
            "{m} runs entirely on the CPU and GPU is idle",
            "{m} doesn't run entirely on the GPU",
            "can {m} run entirely on the GPU?",
            "is it required to fit the full model in VRAM for {m}?",
            "{m} 能全部放进显存吗？",
            "{m} 没能全部加载到显卡上");

    @Test
    void aRunToldWhollyOnTheGpuIsTheSymptom() {
        List<String> told = new ArrayList<>();
        for (String m : SUBJECTS) for (String f : TOLD) told.add(f.replace("{m}", m));
        for (String q : told) {
            assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.ALL_ON_GPU)).as(q).isTrue();
        }
    }

    @Test
    void someLayersAUtilisationANegationOrAQuestionIsNot() {
        for (String m : SUBJECTS) {
            for (String f : NOT_TOLD) {
                String q = f.replace("{m}", m);
                assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.ALL_ON_GPU)).as(q).isFalse();
            }
        }
    }

    @Test
    void givenTheModelToldToFitTheCardsMemory_thenItIsToldAsHeldThere() {
        for (String m : SUBJECTS) {
            for (String f : List.of("vulkan build of {m} with -ngl 9999 is as slow as the cpu (model fits in vram , and works in mainline)",
                    "getting very low generation speeds with {m} despite the entire model fitting on my gpu",
                    "{m}: the model fits entirely in my VRAM, yet the GPU sits idle")) {
                String q = f.replace("{m}", m);
                assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.FITS_GPU_TOLD)).as(q).isTrue();
            }
            for (String f : List.of("which model fits in vram, {m} or mistral 7b?", "no model fits in vram on my laptop, so {m} goes to the CPU",
                    "if the model fits in vram, will {m} be fast?", "{m}: the model does not fit in vram", "does the model fit in my gpu? it is {m}")) {
                String q = f.replace("{m}", m);
                assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.FITS_GPU_TOLD)).as(q).isFalse();
            }
        }
    }

    @Test
    void ollamaPsFullGpuIsNotTheGpuUnusedButZeroPercentIs() {
        for (String q : List.of("ollama ps shows 100% GPU for qwen2.5 7b", "qwen2.5 7b: PROCESSOR 100% GPU", "ollama ps 显示 100% GPU")) {
            assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.GPU_NOT_USED)).as(q).isFalse();
        }
        for (String q : List.of("qwen2.5 7b runs with 0% GPU", "task manager shows 0 % gpu while qwen2.5 7b answers")) {
            assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.GPU_NOT_USED)).as(q).isTrue();
        }
    }
}
