package dev.llmadvisor.facts;

import dev.llmadvisor.sizing.ExlQuant;
import dev.llmadvisor.sizing.RecordHash;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.List;
import java.util.Set;

/**
 * The question as the rules see it, with the hardware resolved: what the user asks for and what the
 * machine has. Memory in GB (GiB, as GPU tools show it); 0 when unknown.
 *
 * @param modelId      the knowledge-base id of the model the user named, or null
 * @param format       the weight format the user named, or null
 * @param formatsWeighed the formats the user weighs ("Q4_K_M or Q8_0?"), each sized; empty when fewer than two were named
 * @param context      the context the candidates were sized at
 * @param contextGiven whether the user chose that context
 * @param ramGb        system RAM to place against; when {@code ramKnown} is false the person did not state it,
 *                     and answers state the RAM a placement needs instead of judging it
 * @param unifiedGb    the memory pool every GPU shares with the CPU, as sold (Apple silicon, a Jetson, DGX Spark, Strix Halo:
 *                     {@code vramGb} is the GPU's usable share of it), or 0 where the GPU has memory of its own
 * @param engine       the engine the person runs, or null (sized as llama.cpp / Ollama); transformers for models llama.cpp
 *                     cannot load asked about with no engine or a llama.cpp-family one ({@link FactBuilder#sizedOn})
 * @param gpuOnlyAs    the setup run, named for the reply, when it keeps the whole model on the GPU with no layers in RAM
 *                     (decided once, where the ask is built: {@code FactBuilder}); null when it can offload
 * @param client       the chat client the person runs models through, named with no engine (engine other): the answer
 *                     names it, and shows the commands of its backend; null otherwise
 * @param exl          the bit rate named for an EXL2/EXL3 format, or null (each published rate is sized)
 * @param oldestGpu    the named NVIDIA card of the lowest compute capability ({@link OldestCard#NONE} when none is known)
 */
public record Ask(
        Lang lang,
        Intent intent,
        UseCase useCase,
        Set<String> topics,
        Preference preference,
        String modelId,
        WeightFormat format,
        List<WeightFormat> formatsWeighed,
        int context,
        boolean contextGiven,
        Platform platform,
        String hardware,
        int gpuCount,
        double vramGb,
        double largestGpuGb,
        double ramGb,
        boolean ramKnown,
        double unifiedGb,
        Engine engine,
        String gpuOnlyAs,
        ChatClient client,
        Double assumedRamBandwidthGBs,
        ExlQuant exl,
        OldestCard oldestGpu) {

    public Ask {
        if (oldestGpu == null) oldestGpu = OldestCard.NONE;
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        formatsWeighed = formatsWeighed == null ? List.of() : List.copyOf(formatsWeighed);
        if (preference == null) preference = Preference.BALANCED;
        if (useCase == null) useCase = UseCase.GENERAL;
    }

    public boolean hasTopic(String t) { return topics.contains(t); }

    public boolean hasGpu() { return gpuCount > 0; }

    /** A named NVIDIA card is older than the CUDA builds of the engine it is sized for support. */
    public boolean gpuTooOldForEngine() { return hasGpu() && oldestGpu.tooOldFor(engine); }

    /**
     * 16-bit weights computed in fp16 on a named card whose half precision is slow ({@link OldestCard#slowHalfPrecision}):
     * ExLlama computes in fp16 whatever the weights; transformers loads the published 16-bit weights unless a quantized
     * format is named; with no engine named, a 16-bit format named is what they would load.
     */
    public boolean fp16OnSlowHalfPrecision() {
        if (!hasGpu() || !oldestGpu.slowHalfPrecision()) return false;
        if (engine == Engine.EXLLAMA) return true;
        boolean sixteen = format != null && format.nominalBits() == 16;
        return engine == Engine.TRANSFORMERS ? format == null || sixteen : engine == null && sixteen;
    }

    /**
     * The model and everything else share one memory ({@link Platform#oneMemory}, or a GPU that shares the pool): there is
     * no GPU memory apart from RAM to be too small for, nor system RAM to put part of the model in.
     */
    public boolean oneMemory() { return unifiedMemory() || platform != null && platform.oneMemory(); }

    /** Every GPU shares one memory pool with the CPU. */
    public boolean unifiedMemory() { return unifiedGb > 0; }

    /**
     * The GPU memory as the machine is sold with it: on a machine whose GPU shares one memory with the rest (a Mac, a
     * Jetson, DGX Spark), the whole of that memory, of which {@link #vramGb} is the share the GPU may use; {@link #vramGb} otherwise.
     */
    public double cardsGb() { return platform == Platform.APPLE && ramKnown && hasGpu() ? ramGb : unifiedMemory() ? unifiedGb : vramGb; }

    /** The lowest compute capability the CUDA builds of the engine it is sized for run on. */
    public double engineComputeCapability() { return OldestCard.engineMinimum(engine); }

    /** The implicit hash code, without its cost at a cold start: see {@link RecordHash}. */
    @Override
    public int hashCode() {
        return RecordHash.of(lang, intent, useCase, topics, preference, modelId, format, formatsWeighed, context, contextGiven, platform, hardware,
                gpuCount, vramGb, largestGpuGb, ramGb, ramKnown, unifiedGb, engine, gpuOnlyAs, client, assumedRamBandwidthGBs, exl, oldestGpu);
    }
}
