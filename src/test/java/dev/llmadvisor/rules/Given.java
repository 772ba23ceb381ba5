package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.OldestCard;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.facts.Preference;
import dev.llmadvisor.facts.UseCase;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.List;
import java.util.Set;

/** Test facts: an ask and candidates with only the fields a rule looks at set. */
final class Given {
    private Given() { }

    static AskBuilder ask() { return new AskBuilder(); }

    static CandidateBuilder candidate(String model, double paramsB, WeightFormat format) {
        return new CandidateBuilder(model, paramsB, format);
    }

    static final class AskBuilder {
        Lang lang = Lang.EN;
        Intent intent = Intent.WHAT_CAN_RUN;
        UseCase useCase = UseCase.GENERAL;
        Set<String> topics = Set.of();
        Preference preference = Preference.BALANCED;
        String modelId;
        WeightFormat format;
        int context = 8192;
        boolean contextGiven;
        Platform platform = Platform.NVIDIA;
        int gpus = 1;
        double vram = 16;
        double largest = 16;
        double ram = 32;
        boolean ramKnown = true;
        double unifiedGb;
        Engine engine;
        OldestCard oldestGpu = OldestCard.NONE;

        AskBuilder lang(Lang v) { lang = v; return this; }
        AskBuilder intent(Intent v) { intent = v; return this; }
        AskBuilder useCase(UseCase v) { useCase = v; return this; }
        AskBuilder topics(String... v) { topics = Set.of(v); return this; }
        AskBuilder preference(Preference v) { preference = v; return this; }
        AskBuilder model(String v) { modelId = v; return this; }
        AskBuilder format(WeightFormat v) { format = v; return this; }
        AskBuilder context(int v) { context = v; contextGiven = true; return this; }
        /** The context the advisor chose when the question gave none (a model's own limit below the default). */
        AskBuilder defaultContext(int v) { context = v; contextGiven = false; return this; }
        AskBuilder platform(Platform v) { platform = v; return this; }
        AskBuilder gpus(int n, double each) { gpus = n; vram = n * each; largest = each; return this; }
        /** Cards of the memory given, one each (unequal cards: 24 and 8). */
        AskBuilder cards(double... each) {
            gpus = each.length; vram = java.util.Arrays.stream(each).sum(); largest = java.util.Arrays.stream(each).max().orElse(0);
            return this;
        }
        AskBuilder noGpu() { gpus = 0; vram = 0; largest = 0; platform = Platform.CPU_ONLY; return this; }
        AskBuilder ram(double v) { ram = v; return this; }
        /** The person did not state their RAM (the machine reader then places against a large stand-in). */
        AskBuilder ramUnstated() { ram = 1024; ramKnown = false; return this; }
        /** A GPU sharing one memory pool with the CPU (a Jetson, DGX Spark): the pool is the RAM, the GPU's share the VRAM. */
        AskBuilder unified() { unifiedGb = ram; return this; }
        AskBuilder engine(Engine v) { engine = v; return this; }
        /** The oldest NVIDIA card named, as the catalog names it, and its compute capability. */
        AskBuilder oldestGpu(String name, double cc) { oldestGpu = new OldestCard(name, cc); return this; }

        Ask build() {
            return new Ask(lang, intent, useCase, topics, preference, modelId, format, List.of(), context, contextGiven, platform,
                    "test machine", gpus, vram, largest, ram, ramKnown, unifiedGb, engine, null, null, null, null, oldestGpu);
        }
    }

    static final class CandidateBuilder {
        final String model;
        final double params;
        final WeightFormat format;
        String family = "test";
        double active;
        boolean moe;
        Set<String> uses = Set.of("general");
        Set<String> languages = Set.of("en");
        double tier;
        boolean requested;
        int context = 8192;
        int maxContext = 131072;
        Placement placement = Placement.GPU;
        double file, weights, kv = 1.0, compute = 0.5, overhead = 0.45, vram = 16, ram = 0, ramCapacity = 27;
        double gpu = -1;
        int gpuLayers = 33, layers = 32;
        boolean expertsInRam;
        double tpsLow = 30, tpsHigh = 50;
        String quality;

        CandidateBuilder(String model, double params, WeightFormat format) {
            this.model = model;
            this.params = params;
            this.format = format;
            this.active = params;
            this.tier = params;
            this.file = params * format.nominalBits() / 8.0 * 1.1;
            this.weights = file;
        }

        CandidateBuilder family(String v) { family = v; return this; }
        CandidateBuilder moe(double activeB) { moe = true; active = activeB; return this; }
        CandidateBuilder uses(String... v) { uses = Set.of(v); return this; }
        CandidateBuilder languages(String... v) { languages = Set.of(v); return this; }
        CandidateBuilder tier(double v) { tier = v; return this; }
        CandidateBuilder requested() { requested = true; return this; }
        CandidateBuilder context(int c, int max) { context = c; maxContext = max; return this; }
        CandidateBuilder placement(Placement v) { placement = v; return this; }
        CandidateBuilder file(double v) { file = v; weights = v; return this; }
        CandidateBuilder kv(double v) { kv = v; return this; }
        CandidateBuilder vram(double v) { vram = v; return this; }
        CandidateBuilder gpu(double v) { gpu = v; return this; }
        CandidateBuilder ram(double used, double capacity) { ram = used; ramCapacity = capacity; return this; }
        CandidateBuilder layers(int onGpu, int of) { gpuLayers = onGpu; layers = of; return this; }
        CandidateBuilder expertsInRam() { expertsInRam = true; placement = Placement.OFFLOAD; return this; }
        CandidateBuilder speed(double low, double high) { tpsLow = low; tpsHigh = high; return this; }
        CandidateBuilder quality(String v) { quality = v; return this; }

        Candidate build() {
            double total = weights + kv + compute + overhead;
            double onGpu = gpu >= 0 ? gpu : (placement == Placement.GPU || placement == Placement.MULTI_GPU ? total : Math.min(total, vram));
            String q = quality != null ? quality : defaultQuality(format);
            return new Candidate(model + "@" + format, model, model, family, params, active, moe, uses, languages, tier,
                    format, format.nominalBits(), q, requested, context, maxContext, placement, file, weights, kv, compute,
                    overhead, total, onGpu, vram, ram, ramCapacity, gpuLayers, layers, expertsInRam, tpsLow, tpsHigh);
        }

        private static String defaultQuality(WeightFormat f) {
            return switch (f) {
                case F32, F16, BF16 -> "lossless";
                case Q8_0, Q6_K, FP8, GPTQ_INT8 -> "near_lossless";
                case Q5_K_M, Q5_K_S, Q4_K_M, Q4_K_S, IQ4_XS, AWQ_INT4, GPTQ_INT4 -> "balanced";
                case Q3_K_M, Q3_K_L, Q3_K_S, IQ3_M -> "low";
                default -> "extreme";
            };
        }
    }
}
