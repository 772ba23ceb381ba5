package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.CaseFigures;
import dev.llmadvisor.facts.Cause;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.facts.Setup;
import dev.llmadvisor.sizing.Placement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.llmadvisor.sizing.WeightFormat;
import static dev.llmadvisor.sizing.WeightFormat.F16;
import static dev.llmadvisor.sizing.WeightFormat.Q3_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q5_K_M;
import static org.assertj.core.api.Assertions.assertThat;

/** rules/80-diagnosis.drl: given a log, a setup and our estimate, then this rule names this cause (or does not). */
class DiagnosisRulesTest {

    // ---- given ----------------------------------------------------------------------------------------------

    static LogFacts log(Consumer<LogFacts.Builder> with) {
        LogFacts.Builder b = new LogFacts.Builder();
        with.accept(b);
        return b.build();
    }

    static Setup setup(Engine engine, String... words) {
        List<String> w = List.of(words);
        return new Setup(engine, w.contains("slow"), w.contains("oom"), w.contains("gpuNotUsed"), w.contains("partialVram"),
                w.contains("contextLimit"), w.contains("works"), 0, w.contains("ctx128k") ? 131072 : 8192,
                w.contains("focus") ? "m@" + (w.contains("f16") ? "F16" : "Q4_K_M") : null,
                w.contains("2gpus") ? 2 : 1, w.contains("cpuOnly"), w.contains("otherUse"), w.contains("quantizing"),
                w.contains("ramSpill"), w.contains("afterUpdate"), w.contains("taskManager"), w.contains("memoryUse"),
                w.contains("k80") ? 3.7 : w.contains("p40") ? 6.1 : 0, w.contains("tpRefused"), w.contains("failed"), w.contains("gpusHang"), w.contains("memoryNotReleased"),
                w.contains("gpuOnly"), w.contains("longInput"),
                dev.llmadvisor.facts.UpFrontReservers.of(engine, String.join(" ", words)).orElse(null),
                w.contains("fp8OnAmpere") ? dev.llmadvisor.facts.FormatSupport.of(dev.llmadvisor.sizing.WeightFormat.FP8, "vllm", "GeForce RTX 3090", 8.6).orElse(null) : null,
                w.contains("memoryLow"), w.contains("garbage"), w.contains("worksElsewhere"),
                w.contains("slotsBlamed"), w.contains("oneSlotWorks"), w.contains("gpuUnsupported"), w.contains("largerModelRuns"),
                w.contains("intelMac"), w.stream().filter(x -> x.startsWith("used=")).mapToDouble(x -> Double.parseDouble(x.substring(5))).findFirst().orElse(0),
                w.contains("unified"), w.contains("memoryGrows"), w.contains("quantizedNoSmaller"));
    }

    static Candidate candidate(String model, dev.llmadvisor.sizing.WeightFormat f, Placement p, double weights, double total, double vram) {
        Given.CandidateBuilder b = Given.candidate(model, 70, f).file(weights).vram(vram).placement(p);
        b.kv(total - weights - 0.95);
        return b.build();
    }

    record Outcome(DiagnosisRun.Result result, LogFacts log, Setup setup, Candidate focus) {
        Outcome fires(String rule, String code, int points) {
            List<Cause> c = result.all().stream().filter(x -> x.rule().equals(rule)).toList();
            assertThat(c).as("rule '%s' fires", rule).hasSize(1);
            assertThat(c.get(0).code()).as("cause of '%s'", rule).isEqualTo(code);
            assertThat(c.get(0).points()).as("points of '%s'", rule).isEqualTo(points);
            assertThat(RuleVerifier.engine().rules().rules().get(rule)).as("@source of '%s'", rule).isNotBlank();
            for (Lang lang : Lang.values()) {
                Map<String, String> fig = CaseFigures.of(log, setup, focus, null, null, lang);
                for (String t : List.of(c.get(0).text(lang, fig), c.get(0).fix(lang, fig))) {
                    assertThat(t).as("%s text of '%s'", lang, rule).isNotBlank().doesNotContain("{").doesNotContain(" ?");
                }
            }
            return this;
        }

        Outcome saying(String rule, String fragment) {
            assertThat(written(rule)).as("text of '%s'", rule).contains(fragment);
            return this;
        }

        /** Neither language's text or fix of the rule holds the fragment: another engine's setting, for one. */
        Outcome notSaying(String rule, String fragment) {
            assertThat(written(rule)).as("text of '%s'", rule).doesNotContain(fragment);
            return this;
        }

        /** The rule's text and fix in both languages, with this case's figures. */
        private String written(String rule) {
            Cause c = result.all().stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
            Map<String, String> en = CaseFigures.of(log, setup, focus, null, null, Lang.EN);
            Map<String, String> zh = CaseFigures.of(log, setup, focus, null, null, Lang.ZH);
            return c.text(Lang.EN, en) + " | " + c.fix(Lang.EN, en) + " | " + c.text(Lang.ZH, zh) + " | " + c.fix(Lang.ZH, zh);
        }

        Outcome doesNotFire(String rule) {
            assertThat(RuleVerifier.engine().rules().rules()).as("rule exists").containsKey(rule);
            assertThat(result.all()).as("rule '%s' does not fire", rule).noneMatch(x -> x.rule().equals(rule));
            return this;
        }

        Outcome topIs(String code) {
            assertThat(result.top()).as("strongest cause").isNotNull();
            assertThat(result.top().code()).isEqualTo(code);
            return this;
        }
    }

    static Outcome given(LogFacts log, Setup setup, Candidate... candidates) {
        return given(Given.ask().build(), log, setup, candidates);
    }

    static Outcome given(dev.llmadvisor.facts.Ask ask, LogFacts log, Setup setup, Candidate... candidates) {
        DiagnosisRun.Result r = DiagnosisRun.run(RuleVerifier.engine().rules(), ask, List.of(candidates), setup, log);
        Candidate focus = null;
        for (Candidate c : candidates) if (c.key().equals(setup.focusKey())) focus = c;
        return new Outcome(r, log, setup, focus);
    }

    static final Setup NONE = Setup.NONE;

    // ---- vLLM / SGLang ----------------------------------------------------------------------------------------

    @Test
    void maxModelLengthOverTheKvCacheNamesTheFlag() {
        // The issue's example (Qwen #16): max seq len 32768, KV cache 24320 tokens
        given(log(b -> { b.engine = Engine.VLLM; b.maxSeqLen = 32768; b.kvTokens = 24320; }), setup(Engine.VLLM))
                .fires("vLLM: the max model length exceeds the KV cache", "vllm_kv_cache_too_small", 95)
                .saying("vLLM: the max model length exceeds the KV cache", "--max-model-len 24000")
                .saying("vLLM: the max model length exceeds the KV cache", "24,320")
                .topIs("vllm_kv_cache_too_small");
        given(log(b -> { b.maxSeqLen = 4096; b.kvTokens = 43328; }), NONE).doesNotFire("vLLM: the max model length exceeds the KV cache");
    }

    @Test
    void noCacheBlocksOrZeroBlocks() {
        given(log(b -> b.noCacheMemory = true), NONE).fires("vLLM: no memory left for the KV cache", "vllm_kv_cache_too_small", 90);
        given(log(b -> { b.gpuBlocks = 0; b.weightsGb = 14.25; }), NONE).fires("vLLM: no memory left for the KV cache", "vllm_kv_cache_too_small", 90)
                .saying("vLLM: no memory left for the KV cache", "14.25 GB");
        given(log(b -> b.gpuBlocks = 1478), NONE).doesNotFire("vLLM: no memory left for the KV cache");
    }

    @Test
    void noCacheBlocksWhileAnotherInstanceHoldsTheCard() {
        String rule = "vLLM: no memory left for the KV cache while another instance holds the GPU";
        given(log(b -> b.noCacheMemory = true), setup(Engine.VLLM, "otherUse")).fires(rule, "memory_used_elsewhere", 91)
                .saying(rule, "--gpu-memory-utilization 0.9").topIs("memory_used_elsewhere");
        // nothing else on the card: the share itself is too small
        given(log(b -> b.noCacheMemory = true), setup(Engine.VLLM)).doesNotFire(rule).topIs("vllm_kv_cache_too_small");
        given(log(b -> b.gpuBlocks = 1478), setup(Engine.VLLM, "otherUse")).doesNotFire(rule);
    }

    @Test
    void vllmRunsOutAfterTheWeights() {
        given(log(b -> { b.engine = Engine.VLLM; b.weightsGb = 17.9828; }), setup(Engine.VLLM, "oom"))
                .fires("vLLM: out of memory after the weights loaded", "vllm_kv_cache_too_small", 70)
                .saying("vLLM: out of memory after the weights loaded", "--max-model-len");
        given(log(b -> { b.engine = Engine.VLLM; b.weightsGb = 17.9828; }), setup(Engine.VLLM)).doesNotFire("vLLM: out of memory after the weights loaded");
    }

    @Test
    void sglangMemFraction() {
        given(log(b -> b.memFractionTooSmall = true), NONE).fires("SGLang: the KV pool does not fit in --mem-fraction-static", "vllm_kv_cache_too_small", 88)
                .saying("SGLang: the KV pool does not fit in --mem-fraction-static", "--mem-fraction-static");
    }

    @Test
    void contextLimitWithVllmFromWordsOnly() {
        given(LogFacts.NONE, setup(Engine.VLLM, "contextLimit")).fires("Context limit with vLLM", "vllm_kv_cache_too_small", 45);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "contextLimit")).doesNotFire("Context limit with vLLM");
        // vllm #12346: max_model_len = 200 and a pool of 11,836 blocks of 16 tokens: the length is no limit
        given(log(b -> { b.engine = Engine.VLLM; b.maxSeqLen = 200; b.gpuBlocks = 11836; }), setup(Engine.VLLM, "contextLimit"))
                .doesNotFire("Context limit with vLLM");
        given(log(b -> { b.engine = Engine.VLLM; b.maxSeqLen = 32768; b.gpuBlocks = 1000; }), setup(Engine.VLLM, "contextLimit"))
                .fires("Context limit with vLLM", "vllm_kv_cache_too_small", 45);
    }

    // ---- several GPUs -------------------------------------------------------------------------------------------

    @Test
    void tensorParallelDivisibilityOffersDivisors() {
        given(log(b -> { b.tpNotDivisible = true; b.heads = 28; b.tpSize = 8; }), NONE)
                .fires("Tensor-parallel size must divide the model", "multi_gpu_split", 95)
                .saying("Tensor-parallel size must divide the model", "2, 4, 7 or 14")
                .saying("Tensor-parallel size must divide the model", "28 attention heads are not divisible by 8");
        given(log(b -> { b.tpNotDivisible = true; b.heads = 40; b.tpSize = 3; b.visibleGpus = 3; }), NONE)
                .saying("Tensor-parallel size must divide the model", "--tensor-parallel-size 2");
    }

    @Test
    void aQuantizedShardOffItsGroupsIsTheSplitOnlyWhenSplit() {
        String split = "Tensor-parallel size must divide the model", oneGpu = "A quantized weight the kernel cannot take on one GPU";
        // shown split in the log: the shard, and only smaller sizes offered (a larger one cuts the groups finer)
        given(log(b -> { b.shardOffQuantGroups = true; b.tpNotDivisible = true; b.tensorParallel = 4; }), NONE)
                .fires(split, "multi_gpu_split", 95)
                .saying(split, "whole number of its quantization groups")
                .saying(split, "--tensor-parallel-size 2")
                .doesNotFire(oneGpu);
        // several GPUs named, no size printed: still the split
        given(log(b -> b.shardOffQuantGroups = true), setup(Engine.VLLM, "2gpus")).fires(split, "multi_gpu_split", 95).doesNotFire(oneGpu);
        // one GPU, or several with the engine at tensor-parallel size 1: the kernel's shape, not a split
        given(log(b -> b.shardOffQuantGroups = true), NONE).fires(oneGpu, "other", 80).doesNotFire(split);
        given(log(b -> { b.shardOffQuantGroups = true; b.tensorParallel = 1; }), setup(Engine.VLLM, "2gpus"))
                .fires(oneGpu, "other", 80).doesNotFire(split);
    }

    @Test
    void nothingButExclamationMarksIsAnOverflowNotMemory() {
        String rule = "Nothing but exclamation marks: the arithmetic overflowed";
        given(log(b -> { b.nanOutput = true; b.engine = Engine.VLLM; }), setup(Engine.VLLM))
                .fires(rule, "other", 78).saying(rule, "bfloat16").topIs("other");
        given(log(b -> { b.nanOutput = true; b.outOfMemory = true; }), setup(Engine.VLLM, "oom")).doesNotFire(rule);
        given(log(b -> b.nanOutput = true), setup(Engine.TRANSFORMERS, "oom")).doesNotFire(rule);
    }

    @Test
    void aStatedTensorParallelSizeTheModelDoesNotAdmit() {
        given(log(b -> b.tensorParallel = 6), setup(Engine.VLLM, "tpRefused"))
                .fires("A stated tensor-parallel size the model does not admit", "multi_gpu_split", 90)
                .saying("A stated tensor-parallel size the model does not admit", "cannot be split over 6 GPUs")
                .saying("A stated tensor-parallel size the model does not admit", "--pipeline-parallel-size");
        given(log(b -> b.tensorParallel = 8), setup(Engine.VLLM)).doesNotFire("A stated tensor-parallel size the model does not admit");
    }

    @Test
    void severalGpusWithoutTensorParallel() {
        LogFacts oom = log(b -> { b.engine = Engine.VLLM; b.visibleGpus = 8; b.triedMib = 384; b.totalGib = 79.33; });
        given(oom, NONE).fires("Several GPUs visible but tensor parallelism not set", "multi_gpu_split", 82)
                .saying("Several GPUs visible but tensor parallelism not set", "--tensor-parallel-size 8")
                .topIs("multi_gpu_split");
        given(log(b -> { b.engine = Engine.VLLM; b.visibleGpus = 8; b.tensorParallel = 8; b.triedMib = 384; }), NONE)
                .doesNotFire("Several GPUs visible but tensor parallelism not set");
        // TGI on GPUs the person names: sharding is --num-shard
        LogFacts tgi = log(b -> { b.engine = Engine.TGI; b.triedMib = 128; b.totalGib = 15.77; });
        given(tgi, setup(Engine.TGI, "oom", "2gpus")).fires("Several GPUs visible but tensor parallelism not set", "multi_gpu_split", 82)
                .saying("Several GPUs visible but tensor parallelism not set", "--num-shard 2")
                .topIs("multi_gpu_split");
        given(tgi, setup(Engine.TGI, "oom")).doesNotFire("Several GPUs visible but tensor parallelism not set");
        // vLLM's log at tensor-parallel size 1 on several named cards, the running out told in words (Qwen #870: 第一张卡的显存增加直到溢出)
        LogFacts tp1 = log(b -> { b.engine = Engine.VLLM; b.tensorParallel = 1; });
        given(tp1, setup(Engine.VLLM, "oom", "2gpus")).fires("Several GPUs visible but tensor parallelism not set", "multi_gpu_split", 82);
        given(tp1, setup(Engine.VLLM, "2gpus")).doesNotFire("Several GPUs visible but tensor parallelism not set");
        // five GPUs (4x A10G and an A100, vllm #2248): 5 divides no common model's heads, so the advice is 4, not 5;
        // with the log's heads known, their largest divisor within the GPUs (40 heads on 6 GPUs: 5)
        given(log(b -> { b.engine = Engine.VLLM; b.visibleGpus = 5; b.triedMib = 384; }), NONE)
                .saying("Several GPUs visible but tensor parallelism not set", "--tensor-parallel-size 4 ");
        given(log(b -> { b.engine = Engine.VLLM; b.visibleGpus = 6; b.heads = 40; b.triedMib = 384; }), NONE)
                .saying("Several GPUs visible but tensor parallelism not set", "--tensor-parallel-size 5 ");
        // transformers loads on one GPU by design (device_map is another rule's business)
        given(log(b -> { b.engine = Engine.TRANSFORMERS; b.triedMib = 128; }), setup(Engine.TRANSFORMERS, "oom", "2gpus"))
                .doesNotFire("Several GPUs visible but tensor parallelism not set");
    }

    @Test
    void oneGpuOfSeveralRanOut() {
        given(log(b -> { b.allocFailMib = 9866; b.allocFailDevice = 1; b.gpuCount = 2; }), NONE)
                .fires("One GPU of several ran out", "multi_gpu_split", 72).saying("One GPU of several ran out", "device 1");
        given(log(b -> { b.allocFailMib = 9866; b.allocFailDevice = 0; }), NONE).doesNotFire("One GPU of several ran out");
    }

    @Test
    void oneCardOfSeveralRanOutWhileTheOthersHadRoom() {
        String rule = "One card of several ran out while the others had room";
        // given their words (one card full, the others with room) and an out-of-memory on two cards: the split, above the
        // out-of-memory family that sizes the weights (65-75)
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "partialVram", "oom", "2gpus"))
                .fires(rule, "multi_gpu_split", 78).saying(rule, "2 GPUs").topIs("multi_gpu_split");
        given(log(b -> { b.engine = Engine.TRANSFORMERS; b.triedMib = 784; }), setup(Engine.TRANSFORMERS, "partialVram", "oom", "2gpus"))
                .fires(rule, "multi_gpu_split", 78);
        // then not on one card, not without an out-of-memory (an idle card alone is the 50-point rule), not with no card left out
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "partialVram", "oom")).doesNotFire(rule);
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "partialVram", "2gpus")).doesNotFire(rule)
                .fires("One GPU of several barely used", "multi_gpu_split", 50);
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "oom", "2gpus")).doesNotFire(rule);
    }

    @Test
    void ollamaKeepsAModelThatFitsOneGpuOnThatGpu() {
        String rule = "Ollama keeps a model that fits one GPU on that GPU";
        // ollama #8546: four 4090s, only one used, no model named: Ollama's scheduler, not a setting gone wrong, and the cause
        // is how the model sits on the cards (memory not pooled)
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram", "2gpus"))
                .fires(rule, "multi_gpu_split", 60).saying(rule, "OLLAMA_SCHED_SPREAD=1").topIs("multi_gpu_split");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram", "2gpus", "focus"), candidate("m", Q4_K_M, Placement.GPU, 10, 12, 48))
                .fires(rule, "multi_gpu_split", 60);
        // a model placed on one card is sized against that card alone (21 of 24 GB): more than half the pair, still one card's
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram", "2gpus", "focus"), candidate("m", Q4_K_M, Placement.GPU, 5, 21, 24))
                .fires(rule, "multi_gpu_split", 60).doesNotFire("One GPU of several barely used");
        // a model one card cannot hold is spread by Ollama itself: an idle card is then the split's
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram", "2gpus", "focus"), candidate("m", Q4_K_M, Placement.MULTI_GPU, 30, 33, 48))
                .doesNotFire(rule).topIs("multi_gpu_split");
        // not another engine, not one card, not a run that fails
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "partialVram", "2gpus")).doesNotFire(rule).fires("One GPU of several barely used", "multi_gpu_split", 50);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram")).doesNotFire(rule);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram", "2gpus", "oom")).doesNotFire(rule);
    }

    @Test
    void oneGpuBarelyUsedFromWords() {
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "partialVram", "2gpus")).fires("One GPU of several barely used", "multi_gpu_split", 50);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram", "2gpus", "oom")).fires("One GPU of several barely used", "multi_gpu_split", 50);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram")).doesNotFire("One GPU of several barely used");
        // Ollama with a model that fits one card keeps it there by design: no split to set right
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram", "2gpus")).doesNotFire("One GPU of several barely used");
    }

    @Test
    void oneGpuOfSeveralUsedByAServingEngineIsTheTensorParallelSizeLeftAtOne() {
        // langchain-chatchat #3176: vLLM on two A5000 using one card's memory, no out-of-memory: a serving engine splits no layers
        String rule = "One GPU of several used by a serving engine";
        given(LogFacts.NONE, setup(Engine.VLLM, "partialVram", "2gpus"))
                .fires(rule, "multi_gpu_split", 50).saying(rule, "--tensor-parallel-size 2").doesNotFire("One GPU of several barely used");
        given(LogFacts.NONE, setup(Engine.TGI, "partialVram", "2gpus")).fires(rule, "multi_gpu_split", 50);
        // a layer engine keeps the split advice; one card is nothing to shard over
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram", "2gpus")).doesNotFire(rule);
        given(LogFacts.NONE, setup(Engine.VLLM, "partialVram")).doesNotFire(rule);
    }

    @Test
    void outOfMemoryOnSeveralGpus() {
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "oom", "2gpus")).fires("Out of memory on a machine with several GPUs", "multi_gpu_split", 50);
        given(log(b -> b.tensorParallel = 2), setup(Engine.VLLM, "oom", "2gpus")).doesNotFire("Out of memory on a machine with several GPUs");
    }

    @Test
    void itFitsOnlyWhenSplit() {
        Candidate split = candidate("m", Q4_K_M, Placement.MULTI_GPU, 40, 44, 48);
        given(LogFacts.NONE, setup(null, "oom", "2gpus", "focus"), split)
                .fires("Out of memory, but it fits only when split over the GPUs", "multi_gpu_split", 60);
        Candidate one = candidate("m", Q4_K_M, Placement.GPU, 10, 12, 24);
        given(LogFacts.NONE, setup(null, "oom", "2gpus", "focus"), one).doesNotFire("Out of memory, but it fits only when split over the GPUs");
        // lmdeploy #684: started with tp=4 it was split already; what ran out is something else (there: the KV cache)
        given(log(b -> b.tensorParallel = 4), setup(Engine.OTHER, "oom", "2gpus", "focus"), split)
                .doesNotFire("Out of memory, but it fits only when split over the GPUs");
        // the split is set in the engine run: a vLLM user is told of tensor parallelism, not llama.cpp's or transformers' way
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "2gpus", "focus"), split)
                .saying("Out of memory, but it fits only when split over the GPUs", "--tensor-parallel-size")
                .notSaying("Out of memory, but it fits only when split over the GPUs", "--tensor-split")
                .notSaying("Out of memory, but it fits only when split over the GPUs", "device_map");
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "oom", "2gpus", "focus"), split)
                .saying("Out of memory, but it fits only when split over the GPUs", "max_memory")
                .notSaying("Out of memory, but it fits only when split over the GPUs", "--tensor-parallel-size");
    }

    // ---- the GPU ------------------------------------------------------------------------------------------------

    @Test
    void unsupportedFeatureNamesTheFix() {
        given(log(b -> { b.unsupported = "bf16"; b.ccRequired = 8.0; b.ccHave = 7.0; b.gpuName = "Tesla V100-SXM2-32GB"; }), NONE)
                .fires("The GPU lacks a feature of this setup", "unsupported_hardware", 95)
                .saying("The GPU lacks a feature of this setup", "--dtype half")
                .saying("The GPU lacks a feature of this setup", "Tesla V100-SXM2-32GB has 7");
        given(log(b -> { b.unsupported = "fp8"; b.ccRequired = 9.0; b.ccHave = 8.6; }), NONE)
                .saying("The GPU lacks a feature of this setup", "AWQ/GPTQ");
        given(log(b -> { b.unsupported = "flash-attn"; b.ccRequired = 8.0; }), NONE)
                .saying("The GPU lacks a feature of this setup", "sdpa");
    }

    @Test
    void driverAndMissingGpu() {
        given(log(b -> b.driverTooOld = true), NONE).fires("The NVIDIA driver is older than the CUDA runtime", "gpu_not_used", 92)
                .saying("The NVIDIA driver is older than the CUDA runtime", "update the NVIDIA driver")
                .doesNotFire("The engine found no usable GPU");
        // Ollama refusing its GPU runners on a CPU without AVX in a VM (not refused: the host can pass AVX through)
        given(log(b -> { b.engine = Engine.OLLAMA; b.noGpu = true; b.noGpuReason = "msg=\"CPU does not have AVX or AVX2, disabling GPU support.\""; }), NONE)
                .fires("The engine found no usable GPU", "gpu_not_used", 90)
                .saying("The engine found no usable GPU", "-DGGML_AVX=off")
                .saying("The engine found no usable GPU", "pass AVX through to the VM")
                .doesNotFire("The engine's install refuses the GPU, and no setting lifts it");
        given(log(b -> { b.engine = Engine.OLLAMA; b.cpuBackendOnly = true; }), NONE).fires("The engine found no usable GPU", "gpu_not_used", 90);
    }

    @Test
    void vllmsPipelineRefusalForTheArchitectureIsTheSplit() {
        given(log(b -> { b.engine = Engine.VLLM; b.pipelineRefused = true; }), NONE)
                .fires("vLLM has no pipeline-parallel split for this architecture", "multi_gpu_split", 95)
                .saying("vLLM has no pipeline-parallel split for this architecture", "--tensor-parallel-size");
        given(log(b -> b.engine = Engine.VLLM), NONE).doesNotFire("vLLM has no pipeline-parallel split for this architecture");
    }

    @Test
    void aRunnerCrashWithNoLackOfMemoryIsTheEngine() {
        String rule = "The engine's runner crashed with no lack of memory shown";
        // ollama #5628: exit status 0xc0000409 with a 9B Q4 that fits an 8 GB card
        Candidate fits = candidate("m", Q4_K_M, Placement.GPU, 5.5, 6.5, 8);
        given(log(b -> { b.engine = Engine.OLLAMA; b.runnerCrashed = true; }), setup(Engine.OLLAMA, "focus"), fits)
                .fires(rule, "other", 50).topIs("other")
                .saying(rule, "update");
        // out of memory beside the crash: memory, not the engine
        given(log(b -> { b.engine = Engine.OLLAMA; b.runnerCrashed = true; b.outOfMemory = true; }), setup(Engine.OLLAMA, "focus"), fits)
                .doesNotFire(rule);
        given(log(b -> { b.engine = Engine.OLLAMA; b.runnerCrashed = true; b.allocFailMib = 4096; }), setup(Engine.OLLAMA, "focus"), fits)
                .doesNotFire(rule);
        // our sizing says the model does not fit: the crash is likelier the memory
        Candidate tooLarge = candidate("m", Q4_K_M, Placement.NONE, 40, 44, 8);
        given(log(b -> { b.engine = Engine.OLLAMA; b.runnerCrashed = true; }), setup(Engine.OLLAMA, "focus"), tooLarge)
                .doesNotFire(rule);
    }

    @Test
    void aCpuOnlyPersonIsNotToldTheirGpuIsUnused() {
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.cpuBackendOnly = true; }), setup(Engine.LLAMA_CPP, "cpuOnly"))
                .doesNotFire("The engine found no usable GPU");
        // the engine's own "no GPU detected" is read as CPU-only too, and still names the fault
        given(log(b -> { b.engine = Engine.OLLAMA; b.noGpu = true; }), setup(Engine.OLLAMA, "cpuOnly"))
                .fires("The engine found no usable GPU", "gpu_not_used", 90);
    }

    @Test
    void noLayerOnTheGpu() {
        given(log(b -> { b.layersOffloaded = 0; b.layersTotal = 35; }), NONE).fires("No layer was put on the GPU", "gpu_not_used", 85)
                .saying("No layer was put on the GPU", "0 of 35 layers");
        given(log(b -> { b.layersOffloaded = 0; b.layersTotal = 35; b.nCtx = 131072; }), NONE).doesNotFire("No layer was put on the GPU");
        // `ollama ps` showing 100% CPU with no layer lines: the answer says so instead of an unfilled figure
        given(log(b -> { b.engine = Engine.OLLAMA; b.cpuPercent = 100; }), NONE).fires("No layer was put on the GPU", "gpu_not_used", 85)
                .saying("No layer was put on the GPU", "100% CPU");
    }

    @Test
    void xinferenceWithEveryGpuTaken() {
        given(log(b -> b.gpusTaken = true), NONE).fires("Xinference: every GPU already holds a model", "other", 90)
                .saying("Xinference: every GPU already holds a model", "--gpu-idx");
        given(log(b -> b.outOfMemory = true), NONE).doesNotFire("Xinference: every GPU already holds a model");
    }

    @Test
    void dataParallelReplicasThatRunOutOfMemory() {
        given(log(b -> { b.engine = Engine.SGLANG; b.dataParallel = 8; }), setup(Engine.SGLANG, "oom"))
                .fires("Data parallelism: every replica holds the whole model", "multi_gpu_split", 82)
                .saying("Data parallelism: every replica holds the whole model", "--tensor-parallel-size");
        // tensor parallelism inside each replica, or no out-of-memory: not this
        given(log(b -> { b.engine = Engine.VLLM; b.dataParallel = 2; b.tensorParallel = 4; }), setup(Engine.VLLM, "oom"))
                .doesNotFire("Data parallelism: every replica holds the whole model");
        given(log(b -> { b.engine = Engine.VLLM; b.dataParallel = 2; }), setup(Engine.VLLM, "slow"))
                .doesNotFire("Data parallelism: every replica holds the whole model");
    }

    @Test
    void mlxMetalBufferCountLimit() {
        given(log(b -> b.metalResourceLimit = true), NONE).fires("MLX holds as many Metal buffers as macOS allows", "other", 90)
                .saying("MLX holds as many Metal buffers as macOS allows", "499,000");
        given(log(b -> b.metalUsedMib = 30000), NONE).doesNotFire("MLX holds as many Metal buffers as macOS allows");
    }

    @Test
    void mlxMemoryThatGrowsOverARunIsItsBufferCache() {
        given(log(b -> { }), setup(Engine.MLX, "memoryGrows")).fires("MLX's memory grows over a run", "other", 64)
                .saying("MLX's memory grows over a run", "mx.set_cache_limit");
        // another engine's growth is settled both ways (the history kept, a leak); a failure has its own rules
        given(log(b -> { }), setup(Engine.OLLAMA, "memoryGrows")).doesNotFire("MLX's memory grows over a run");
        given(log(b -> { }), setup(Engine.MLX, "memoryGrows", "oom")).doesNotFire("MLX's memory grows over a run");
        given(log(b -> { }), setup(Engine.MLX, "memoryUse")).doesNotFire("MLX's memory grows over a run");
    }

    @Test
    void aQuantizedLoadThatTookNoLessMemoryWasNotApplied() {
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "quantizedNoSmaller", "memoryUse"))
                .fires("A quantized load takes the memory of the 16-bit one", "other", 60)
                .saying("A quantized load takes the memory of the 16-bit one", ".quantize(8)");
        // an out-of-memory is the quantization that did not take effect before the GPU filled ("Out of memory although the
        // model was meant to load quantized"); an engine that reserves its share up front has its own rule
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "quantizedNoSmaller", "oom", "quantizing"))
                .doesNotFire("A quantized load takes the memory of the 16-bit one");
        given(LogFacts.NONE, setup(Engine.VLLM, "quantizedNoSmaller", "memoryUse"))
                .doesNotFire("A quantized load takes the memory of the 16-bit one")
                .fires("A serving engine takes its share of the GPU up front", "other", 62);
    }

    @Test
    void llamaCppWithoutNgl() {
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.llamaCommand = true; b.zeroLayerProgram = true; b.tokensPerSecond = 0.07; }), NONE)
                .fires("llama.cpp was run without -ngl", "gpu_not_used", 75).saying("llama.cpp was run without -ngl", "-ngl 99")
                .doesNotFire("llama.cpp was run without -ngl, its build not shown");
        // a build before llama.cpp #15434 (b6325) puts no layer on the GPU without the flag
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.llamaCommand = true; b.llamaBuild = 4514; }), NONE)
                .fires("llama.cpp was run without -ngl", "gpu_not_used", 75);
        // a build from it on puts every layer that fits there by itself: the missing flag is no cause
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.llamaCommand = true; b.llamaBuild = 6895; }), NONE)
                .doesNotFire("llama.cpp was run without -ngl").doesNotFire("llama.cpp was run without -ngl, its build not shown");
        // llama-server with no build shown: both are said
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.llamaCommand = true; }), NONE)
                .doesNotFire("llama.cpp was run without -ngl")
                .fires("llama.cpp was run without -ngl, its build not shown", "gpu_not_used", 70)
                .saying("llama.cpp was run without -ngl, its build not shown", "b6325")
                .saying("llama.cpp was run without -ngl, its build not shown", "newer builds put as many layers on the GPU as fit");
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.llamaCommand = true; b.nglGiven = true; }), NONE).doesNotFire("llama.cpp was run without -ngl");
        // a llama-server that runs out of memory: missing -ngl makes it slow, not short of memory
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.llamaCommand = true; }), setup(Engine.LLAMA_CPP, "oom")).doesNotFire("llama.cpp was run without -ngl");
        // a Metal build offloads every layer by default: on a Mac the flag left out keeps the model on the GPU
        given(Given.ask().platform(dev.llmadvisor.facts.Platform.APPLE).build(), log(b -> { b.engine = Engine.LLAMA_CPP; b.llamaCommand = true; b.tokensPerSecond = 0.07; }), NONE)
                .doesNotFire("llama.cpp was run without -ngl");
    }

    @Test
    void aRefusalNoSettingLiftsIsTheCardUnsupported() {
        // rule I: the same refusal outside a VM, fixed only by a source build or another CPU
        given(log(b -> { b.engine = Engine.OLLAMA; b.noGpu = true; b.gpuRefused = true;
                    b.noGpuReason = "msg=\"CPU does not have AVX or AVX2, disabling GPU support.\""; }), NONE)
                .fires("The engine's install refuses the GPU, and no setting lifts it", "unsupported_hardware", 90)
                .saying("The engine's install refuses the GPU, and no setting lifts it", "run on a CPU with AVX")
                .doesNotFire("The engine found no usable GPU")
                .topIs("unsupported_hardware");
        // an AMD card no override reaches: another build, not HSA_OVERRIDE_GFX_VERSION
        given(log(b -> { b.engine = Engine.OLLAMA; b.noGpu = true; b.gpuRefused = true;
                    b.noGpuReason = "msg=\"amdgpu is not supported (supported types:[gfx1030 gfx1100])\" gpu_type=gfx906"; }), NONE)
                .saying("The engine's install refuses the GPU, and no setting lifts it", "a release whose supported list holds the card's gfx target")
                .topIs("unsupported_hardware");
        // a driver older than the runtime has its own rule
        given(log(b -> { b.noGpu = true; b.gpuRefused = true; b.driverTooOld = true; }), NONE)
                .doesNotFire("The engine's install refuses the GPU, and no setting lifts it");
    }

    @Test
    void ollamaOnAnIntelMacHasNoCodeForItsRadeon() {
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed", "intelMac"))
                .fires("Ollama on an Intel Mac has no code for its Radeon", "unsupported_hardware", 88)
                .topIs("unsupported_hardware");
        // llama.cpp's Metal build reaches the card (-ngl), and a Mac whose GPU is used is no case
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "gpuNotUsed", "intelMac")).doesNotFire("Ollama on an Intel Mac has no code for its Radeon");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "slow", "intelMac")).doesNotFire("Ollama on an Intel Mac has no code for its Radeon");
    }

    @Test
    void gpuNotUsedFromWords() {
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed")).fires("The person says the GPU is not used", "gpu_not_used", 45);
        // an Intel Mac's Radeon: neither the NVIDIA driver nor ROCm, but Metal through llama.cpp (ollama #1016)
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed", "intelMac"))
                .saying("The person says the GPU is not used", "ROCm does not run on macOS")
                .saying("The person says the GPU is not used", "llama.cpp built with Metal");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed")).saying("The person says the GPU is not used", "NVIDIA driver");
        // what they report is the cause's ground, said as theirs, with where it most often comes from (not "nothing shows it")
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed"))
                .saying("The person says the GPU is not used", "as you describe, the model runs on the CPU: most often the engine did not find the card")
                .saying("The person says the GPU is not used", "如你所说，模型在 CPU 上运行");
    }

    // ---- memory -------------------------------------------------------------------------------------------------

    @Test
    void weightsCouldNotBeAllocated() {
        given(log(b -> { b.modelAllocFailed = true; b.allocFailMib = 144817.04; b.allocFailDevice = 0; }), NONE)
                .fires("The weights could not be allocated", "model_too_large", 90)
                .saying("The weights could not be allocated", "141.42 GiB (144,817 MiB)");
    }

    @Test
    void metalWorkingSet() {
        given(log(b -> { b.metalUsedMib = 26062.74; b.metalLimitMib = 8176.00; }), NONE)
                .fires("Metal: allocations exceed the GPU working set", "model_too_large", 85)
                .saying("Metal: allocations exceed the GPU working set", "7.98 GiB (8,176 MiB)");
        given(log(b -> { b.metalUsedMib = 5000; b.metalLimitMib = 21845.34; }), NONE).doesNotFire("Metal: allocations exceed the GPU working set");
        // mlx-lm's figures, no engine named: the answer says "the engine", not llama.cpp
        given(log(b -> { b.metalUsedMib = 50986; b.metalLimitMib = 49152; }), NONE)
                .fires("Metal: allocations exceed the GPU working set", "model_too_large", 85)
                .saying("Metal: allocations exceed the GPU working set", "the engine needs");
    }

    @Test
    void ollamaSystemMemory() {
        given(log(b -> { b.engine = Engine.OLLAMA; b.sysRequiredGib = 164.8; b.sysAvailableGib = 13.4; }), NONE)
                .fires("The engine's memory check refuses the model", "model_too_large", 80)
                .saying("The engine's memory check refuses the model", "Ollama needs 164.8 GiB");
        // oMLX's refusal, no engine named
        given(log(b -> { b.sysRequiredGib = 218.08; b.sysAvailableGib = 25; }), NONE)
                .fires("The engine's memory check refuses the model", "model_too_large", 80)
                .saying("The engine's memory check refuses the model", "the engine needs");
        given(log(b -> { b.sysRequiredGib = 20; b.sysAvailableGib = 25; }), NONE).doesNotFire("The engine's memory check refuses the model");
    }

    @Test
    void accelerateWeightsOnDisk() {
        given(log(b -> b.offloadedToDisk = true), NONE).fires("accelerate put weights on disk", "model_too_large", 78)
                .saying("accelerate put weights on disk", "load_in_4bit")
                .topIs("model_too_large");
        given(log(b -> b.offloadedToCpu = true), NONE).doesNotFire("accelerate put weights on disk");
    }

    @Test
    void severalGpusOutOfMemoryWithWeightsOneCardHolds() {
        String rule = "Out of memory on several GPUs with weights one card holds";
        // xpu-perf #73: ChatGLM-6B in 16 bits (12.4 GB) out of memory on two 24 GB cards (47 GB together)
        Candidate small = candidate("m", F16, Placement.GPU, 12.4, 14, 47);
        given(LogFacts.NONE, setup(null, "oom", "focus", "f16", "2gpus"), small)
                .fires(rule, "other", 45).topIs("other")
                .saying(rule, "CUDA_VISIBLE_DEVICES=0")
                .doesNotFire("Out of memory on a machine with several GPUs");
        given(log(b -> { b.engine = Engine.VLLM; b.visibleGpus = 2; b.outOfMemory = true; }), setup(Engine.VLLM, "oom", "focus", "f16", "2gpus"), small)
                .doesNotFire("Several GPUs visible but tensor parallelism not set");
        // weights larger than one card: the split is the question
        Candidate large = candidate("m", F16, Placement.MULTI_GPU, 36, 40, 47);
        given(LogFacts.NONE, setup(null, "oom", "focus", "f16", "2gpus"), large)
                .doesNotFire(rule).fires("Out of memory on a machine with several GPUs", "multi_gpu_split", 50);
        given(log(b -> { b.engine = Engine.VLLM; b.visibleGpus = 2; b.outOfMemory = true; }), setup(Engine.VLLM, "oom", "focus", "f16", "2gpus"), large)
                .fires("Several GPUs visible but tensor parallelism not set", "multi_gpu_split", 82);
        // lmdeploy #1563: no format named, the 4-bit file fits one card but the 16-bit weights as published do not
        Candidate q4 = candidate("m", Q4_K_M, Placement.GPU, 15, 17, 90);
        Candidate published = candidate("m", F16, Placement.MULTI_GPU, 50, 55, 90);
        given(Given.ask().build(), LogFacts.NONE, setup(null, "oom", "focus", "2gpus"), q4, published)
                .doesNotFire(rule).fires("Out of memory on a machine with several GPUs", "multi_gpu_split", 50);
        given(Given.ask().format(Q4_K_M).build(), LogFacts.NONE, setup(null, "oom", "focus", "2gpus"), q4, published).fires(rule, "other", 45);
        // one GPU, or a long input told: not this
        given(LogFacts.NONE, setup(null, "oom", "focus", "f16"), small).doesNotFire(rule);
        given(LogFacts.NONE, setup(null, "oom", "focus", "f16", "2gpus", "longInput"), small).doesNotFire(rule);
    }

    @Test
    void oneVulkanBufferAboveTheDriversLimit() {
        String rule = "One Vulkan buffer is larger than the driver allows";
        // llama.cpp #15009: a 4.4 GiB compute buffer at 70000 context refused on Strix Halo, with plenty of memory free
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.vulkanBufferLimit = true; b.computeAllocFailed = true; b.outOfMemory = true; }), NONE)
                .fires(rule, "other", 92).topIs("other")
                .saying(rule, "single allocation")
                .saying(rule, "-ub 512");
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.computeAllocFailed = true; b.outOfMemory = true; }), NONE).doesNotFire(rule);
    }

    @Test
    void vulkanValidationLayerOn() {
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.vulkanValidation = true; }), NONE)
                .fires("The Vulkan validation layer is switched on", "other", 70)
                .saying("The Vulkan validation layer is switched on", "Layers Controlled by the Vulkan Applications")
                .topIs("other");
    }

    @Test
    void lmStudioEstimateIsNotANumber() {
        given(log(b -> b.memoryEstimateNaN = true), NONE).fires("LM Studio's memory estimate is not a number", "other", 88)
                .saying("LM Studio's memory estimate is not a number", "guardrails to off")
                .topIs("other");
    }

    @Test
    void systemRamRunningOutWhileLoadingIsNotGpuMemory() {
        String rule = "System RAM ran out while the model loaded";
        // the 16-bit weights also exceed the card (LLaMA-Factory #2097): the process died in RAM before the GPU was reached
        given(log(b -> { b.hostMemoryShort = true; b.engine = Engine.TRANSFORMERS; }), setup(Engine.TRANSFORMERS, "oom", "focus", "f16"),
                candidate("m", F16, Placement.GPU, 68.0, 70.0, 32.0))
                .fires(rule, "other", 88).saying(rule, "swap").saying(rule, "low_cpu_mem_usage").topIs("other");
        given(log(b -> b.hostMemoryShort = true), NONE).fires(rule, "other", 88);
        // a GGUF engine maps the file: a kill there is the model not fitting the machine
        for (Engine gguf : List.of(Engine.LLAMA_CPP, Engine.OLLAMA, Engine.LM_STUDIO, Engine.MLX)) {
            given(log(b -> { b.hostMemoryShort = true; b.engine = gguf; }), NONE).doesNotFire(rule);
        }
        // on the CPU alone RAM is where the model runs
        given(log(b -> b.hostMemoryShort = true), setup(null, "cpuOnly")).doesNotFire(rule);
        // nor on a board whose GPU shares that RAM (a Jetson): there is no GPU memory apart from it to reach
        given(log(b -> b.hostMemoryShort = true), setup(Engine.OTHER, "oom", "unified")).doesNotFire(rule);
        given(log(b -> b.outOfMemory = true), setup(Engine.TRANSFORMERS, "oom")).doesNotFire(rule);
    }

    @Test
    void pytorchOutOfMemoryWhileLoading() {
        LogFacts oom = log(b -> { b.triedMib = 9.25 * 1024; b.totalGib = 15.7; b.freeMib = 120; });
        given(oom, setup(Engine.VLLM)).fires("Out of memory while loading the weights", "model_too_large", 65);
        given(oom, setup(Engine.VLLM, "ctx128k")).doesNotFire("Out of memory while loading the weights");
        given(log(b -> { b.triedMib = 1700; b.otherProcessGib = 14.5; b.totalGib = 44.4; }), setup(Engine.VLLM))
                .doesNotFire("Out of memory while loading the weights");
    }

    @Test
    void aLoadOnOneOfSeveralGpusIsTheSplitUnlessTheWeightsExceedThemAll() {
        // text-generation-webui #2803: the loader put everything on GPU 0 of several and ran out while loading
        LogFacts oom = log(b -> { b.triedMib = 86; b.totalGib = 23.99; b.freeMib = 0; });
        given(oom, setup(Engine.TRANSFORMERS, "oom", "2gpus")).doesNotFire("Out of memory while loading the weights")
                .fires("Out of memory on a machine with several GPUs", "multi_gpu_split", 50);
        // weights beyond both cards together are too large however they are split
        given(oom, setup(Engine.TRANSFORMERS, "oom", "2gpus", "focus", "f16"), candidate("m", F16, Placement.NONE, 140, 150, 48))
                .fires("Out of memory while loading the weights", "model_too_large", 65);
        // a split they set is no load on one card
        given(log(b -> { b.triedMib = 86; b.totalGib = 23.99; b.freeMib = 0; b.tensorParallel = 2; }), setup(Engine.VLLM, "oom", "2gpus"))
                .fires("Out of memory while loading the weights", "model_too_large", 65);
    }

    @Test
    void itWorkedBeforeAnUpdate() {
        given(LogFacts.NONE, setup(Engine.OLLAMA, "oom", "afterUpdate"))
                .fires("It worked before an update of the engine", "other", 78).topIs("other");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "afterUpdate")).doesNotFire("It worked before an update of the engine");
    }

    @Test
    void anOlderReleaseThatWorksIsARegressionWithNoFailureWordBesideIt() {
        String rule = "It fails to load since an update of the engine";
        // lmstudio #1021: models that loaded before are refused by 0.3.27, "downgrading to 0.3.26 fixes this", and no failure word read
        given(LogFacts.NONE, setup(Engine.LM_STUDIO, "afterUpdate")).fires(rule, "other", 76).topIs("other");
        given(LogFacts.NONE, setup(Engine.LM_STUDIO, "afterUpdate", "failed")).fires(rule, "other", 76);
        // out of memory or the GPU left unused since the update have rules of their own
        given(LogFacts.NONE, setup(Engine.OLLAMA, "afterUpdate", "oom")).doesNotFire(rule);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "afterUpdate", "gpuNotUsed")).doesNotFire(rule);
        // no update told: nothing to call a regression
        given(LogFacts.NONE, setup(Engine.LM_STUDIO, "failed")).doesNotFire(rule);
    }

    @Test
    void theGpuLeftUnusedAfterAnUpdateIsALostGpuBackend() {
        // ollama #8349: runs on the CPU since the update; a reinstall brought the GPU back
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed", "afterUpdate"))
                .fires("The GPU stopped being used after an update", "gpu_not_used", 80)
                .doesNotFire("It worked before an update of the engine").topIs("gpu_not_used")
                .saying("The GPU stopped being used after an update", "lib/ollama/cuda_")
                // an Ollama user is not told to rebuild llama-cpp-python
                .notSaying("The GPU stopped being used after an update", "CMAKE_ARGS");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed", "slow", "afterUpdate"))
                .doesNotFire("It worked before an update of the engine").topIs("gpu_not_used");
        // running out of memory after an update is the new version's allocation, whatever else is said
        given(LogFacts.NONE, setup(Engine.OLLAMA, "oom", "gpuNotUsed", "afterUpdate"))
                .doesNotFire("The GPU stopped being used after an update").topIs("other");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed")).doesNotFire("The GPU stopped being used after an update");
    }

    @Test
    void oneRequestLargerThanAllTheWeights() {
        // Qwen2-VL #144: a 2B model asks for 56 GiB on a video
        Candidate small = candidate("m", F16, Placement.GPU, 4.4, 6, 32);
        LogFacts huge = log(b -> { b.triedMib = 56.43 * 1024; b.totalGib = 31.7; b.freeMib = 20_000; });
        given(huge, setup(Engine.TRANSFORMERS, "oom", "focus", "f16"), small)
                .fires("Out of memory on one request larger than all the weights", "context_too_large", 72)
                .doesNotFire("Out of memory while loading the weights").topIs("context_too_large");
        LogFacts modest = log(b -> { b.triedMib = 1024; b.totalGib = 31.7; });
        given(modest, setup(Engine.TRANSFORMERS, "oom", "focus", "f16"), small)
                .doesNotFire("Out of memory on one request larger than all the weights");
    }

    @Test
    void oneLlamaCppBufferLargerThanAllTheWeights() {
        // llama.cpp #12586: Qwen2-VL 7B Q4_K_M asks for 114 GB on one of eight 40 GB cards for an image
        Candidate q4 = candidate("m", Q4_K_M, Placement.GPU, 4.4, 5.6, 40);
        LogFacts huge = log(b -> { b.allocFailMib = 114_296.55; b.allocFailDevice = 0; });
        given(huge, setup(Engine.LLAMA_CPP, "oom", "focus", "2gpus"), q4)
                .fires("Out of memory on one llama.cpp buffer larger than all the weights", "context_too_large", 72)
                .topIs("context_too_large");
        // the weights' own buffer failing is the model's size, not the input's
        LogFacts weights = log(b -> { b.allocFailMib = 114_296.55; b.modelAllocFailed = true; });
        given(weights, setup(Engine.LLAMA_CPP, "oom", "focus"), q4)
                .doesNotFire("Out of memory on one llama.cpp buffer larger than all the weights");
        LogFacts modest = log(b -> b.allocFailMib = 2_048);
        given(modest, setup(Engine.LLAMA_CPP, "oom", "focus"), q4)
                .doesNotFire("Out of memory on one llama.cpp buffer larger than all the weights");
    }

    @Test
    void theEnginesShareIsSetToNearlyTheWholeGpu() {
        // QwenLM/Qwen3 #389: Qwen1.5 32B GPTQ (about 18 GB of weights) on a 22 GB card at gpu_memory_utilization=0.99
        Candidate fits = candidate("m", Q4_K_M, Placement.GPU, 18, 21, 22);
        given(log(b -> b.gpuMemUtil = 0.99), setup(Engine.VLLM, "oom", "focus"), fits)
                .fires("The engine's share is set to nearly the whole GPU", "other", 58).topIs("other");
        given(log(b -> b.gpuMemUtil = 0.97), setup(Engine.VLLM, "failed", "focus"), fits)
                .fires("The engine's share is set to nearly the whole GPU", "other", 58);
        // our KV-cache estimate at a context they did not set overflows the card too: the share they set still speaks first
        Candidate kvOver = candidate("m", Q4_K_M, Placement.GPU, 18, 23, 22);
        given(log(b -> b.gpuMemUtil = 0.99), setup(Engine.VLLM, "oom", "focus"), kvOver)
                .fires("Out of memory: the weights fit, the context does not", "context_too_large", 55)
                .fires("The engine's share is set to nearly the whole GPU", "other", 58).topIs("other");
        // the common shares, weights beyond the pool, a run that works, or nothing that fails: not this rule
        given(log(b -> b.gpuMemUtil = 0.95), setup(Engine.VLLM, "oom", "focus"), fits).doesNotFire("The engine's share is set to nearly the whole GPU");
        Candidate tooLarge = candidate("m", Q4_K_M, Placement.GPU, 22.5, 24, 22);
        given(log(b -> b.gpuMemUtil = 0.99), setup(Engine.VLLM, "oom", "focus"), tooLarge).doesNotFire("The engine's share is set to nearly the whole GPU");
        given(log(b -> b.gpuMemUtil = 0.99), setup(Engine.VLLM, "oom", "works", "focus"), fits).doesNotFire("The engine's share is set to nearly the whole GPU");
        given(log(b -> b.gpuMemUtil = 0.99), setup(Engine.VLLM, "memoryUse", "focus"), fits).doesNotFire("The engine's share is set to nearly the whole GPU");
    }

    @Test
    void outOfMemoryAlthoughTheWeightsFit() {
        // llama #136: a 7B model in 16 bits on a 24 GB card (the 16 bits said, so not transformers' float32 default)
        Candidate fits = candidate("m", F16, Placement.GPU, 13.5, 16, 24);
        given(log(b -> b.dtype = "float16"), setup(Engine.TRANSFORMERS, "oom", "focus", "f16"), fits)
                .fires("Out of memory although the weights fit", "context_too_large", 40).topIs("context_too_large");
        Candidate tight = candidate("m", F16, Placement.GPU, 21, 23, 24);
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "oom", "focus", "f16"), tight).doesNotFire("Out of memory although the weights fit");
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "oom", "works", "focus", "f16"), fits).doesNotFire("Out of memory although the weights fit");
    }

    @Test
    void ollamaSystemMemoryThatIsMostlyContext() {
        Candidate q4 = candidate("m", Q4_K_M, Placement.GPU, 2.0, 3.0, 16);
        // a 3B model asking for 44.7 GiB: the context, not the weights
        given(log(b -> { b.sysMemoryShort = true; b.sysRequiredGib = 44.7; b.sysAvailableGib = 10.7; }), setup(Engine.OLLAMA, "focus"), q4)
                .fires("Ollama: the memory it asks for is mostly the context", "context_too_large", 85).topIs("context_too_large");
        // the message quoted without figures, on a machine with 32 GB of RAM
        given(log(b -> b.sysMemoryShort = true), setup(Engine.OLLAMA, "focus"), q4)
                .fires("Ollama: the memory it asks for is mostly the context", "context_too_large", 85);
        // a model whose weights are what does not fit
        Candidate big = candidate("m", Q4_K_M, Placement.OFFLOAD, 132, 140, 16);
        given(log(b -> { b.sysMemoryShort = true; b.sysRequiredGib = 164.8; b.sysAvailableGib = 13.4; }), setup(Engine.OLLAMA, "focus"), big)
                .doesNotFire("Ollama: the memory it asks for is mostly the context").topIs("model_too_large");
    }

    @Test
    void sixteenBitWeightsWhereFourBitFits() {
        Candidate f16 = candidate("m", F16, Placement.OFFLOAD, 13.5, 15, 11);
        Candidate q4 = candidate("m", Q4_K_M, Placement.GPU, 4.1, 5.6, 11);
        given(LogFacts.NONE, setup(Engine.TGI, "oom", "focus", "f16"), f16, q4)
                .fires("16-bit weights where 4-bit would fit", "unquantized", 75).topIs("unquantized")
                // the version on the GPU may be below 4 bits, so the text claims no bit width
                .saying("16-bit weights where 4-bit would fit", "a quantized version fits")
                .saying("16-bit weights where 4-bit would fit", "量化版本放得下");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "oom", "focus", "f16"), f16, q4).doesNotFire("16-bit weights where 4-bit would fit");
        given(LogFacts.NONE, setup(Engine.TGI, "oom", "works", "focus", "f16"), f16, q4).doesNotFire("16-bit weights where 4-bit would fit");
        // only a 2-bit form fits: by label rule J's arithmetic (4-bit weights against the memory) the model is too large
        Candidate q2 = candidate("m", WeightFormat.Q2_K, Placement.GPU, 2.6, 4.1, 11);
        given(LogFacts.NONE, setup(Engine.TGI, "oom", "focus", "f16"), f16, q2)
                .doesNotFire("16-bit weights where 4-bit would fit").topIs("model_too_large");
        // a 4-bit form the sizing squeezes onto the card, but whose weights plus 1 GB pass nine tenths of it (a 26B model on
        // a 16 GB V100): by label rule J too large, not unquantized
        Candidate q4Tight = candidate("m", Q4_K_M, Placement.GPU, 9.5, 10.8, 11);
        given(LogFacts.NONE, setup(Engine.TGI, "oom", "focus", "f16"), f16, q4Tight)
                .doesNotFire("16-bit weights where 4-bit would fit").topIs("model_too_large");
        // 16 bits named are what was loaded, whatever the engine (a TensorRT-LLM fp16 build on a 12 GB card, label rule J)
        given(Given.ask().format(F16).build(), LogFacts.NONE, setup(Engine.OTHER, "oom", "focus", "f16"), f16, q4)
                .fires("16-bit weights where 4-bit would fit", "unquantized", 75).topIs("unquantized");
        // a runtime that keeps the whole model on the GPU fails for its 16-bit weights with the error cut off (transformers'
        // .to('cuda') on a 12 GB card): the weights are what failed, and a quantized form fits
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "gpuOnly", "focus", "f16"), f16, q4)
                .fires("16-bit weights where 4-bit would fit", "unquantized", 75).topIs("unquantized");
        // several quantized formats that fit: one cause, said once (it was one reason line per format)
        Candidate q5 = candidate("m", Q5_K_M, Placement.GPU, 4.8, 6.3, 11);
        Candidate q3 = candidate("m", Q3_K_M, Placement.GPU, 3.3, 4.8, 11);
        given(LogFacts.NONE, setup(Engine.TGI, "oom", "focus", "f16"), f16, q5, q4, q3)
                .fires("16-bit weights where 4-bit would fit", "unquantized", 75);
    }

    @Test
    void sixteenBitWeightsBeyondSeveralGpusAreUnquantizedWhenFourBitFitsThem() {
        // Mixtral 8x7B in F16 on four 24 GB cards (vllm #3285): 90 GB against 85 GB together, its 4-bit form 30 GB fits them
        // (label rule J: the memory they have is what the cards pool)
        Candidate f16 = candidate("m", F16, Placement.OFFLOAD, 87, 90.2, 84.9);
        Candidate q4 = candidate("m", Q4_K_M, Placement.MULTI_GPU, 26, 30, 84.9);
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "focus", "f16", "2gpus"), f16, q4)
                .fires("16-bit weights where 4-bit would fit", "unquantized", 75)
                .saying("16-bit weights where 4-bit would fit", "84.9 GB of GPU memory")
                .doesNotFire("16-bit weights exceed several GPUs together").topIs("unquantized");
        // not even the 4-bit form fits the cards together (a 400B model on two cards): too large for them
        Candidate q4Off = candidate("m", Q4_K_M, Placement.OFFLOAD, 230, 240, 84.9);
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "focus", "f16", "2gpus"), f16, q4Off)
                .fires("16-bit weights exceed several GPUs together", "model_too_large", 75)
                .saying("16-bit weights exceed several GPUs together", "90.2 GB")
                .doesNotFire("16-bit weights where 4-bit would fit").topIs("model_too_large");
        // one card: the quantized file is the answer, as before
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "focus", "f16"), f16, q4).doesNotFire("16-bit weights exceed several GPUs together");
        // the 16-bit weights split over the cards fit: not too large for them
        Candidate split = candidate("m", F16, Placement.MULTI_GPU, 60, 70, 84.9);
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "focus", "f16", "2gpus"), split, q4).doesNotFire("16-bit weights exceed several GPUs together");
    }

    @Test
    void sixteenBitWeightsOfTheNamedSize() {
        // TGI #844: Llama 2 7B on an 11 GiB 2080 Ti
        LogFacts oom = log(b -> { b.triedMib = 96; b.totalGib = 11.0; b.paramsB = 7; });
        given(oom, setup(Engine.TGI)).fires("16-bit weights of the named size exceed the GPU", "unquantized", 70)
                .saying("16-bit weights of the named size exceed the GPU", "13.04 GiB").topIs("unquantized");
        given(log(b -> { b.triedMib = 96; b.totalGib = 80; b.paramsB = 7; }), setup(Engine.TGI)).doesNotFire("16-bit weights of the named size exceed the GPU");
        given(log(b -> { b.triedMib = 96; b.totalGib = 24; b.paramsB = 70; }), setup(Engine.TGI)).doesNotFire("16-bit weights of the named size exceed the GPU");
        // a quantized checkpoint named (Qwen2.5-32B-Instruct-AWQ on a 4090) is no 16-bit load; a 16-bit one named still is
        LogFacts awq = log(b -> { b.triedMib = 2007; b.totalGib = 23.64; b.paramsB = 32; });
        for (WeightFormat f : new WeightFormat[] {WeightFormat.AWQ_INT4, WeightFormat.GPTQ_INT4, WeightFormat.GPTQ_INT8, WeightFormat.FP8}) {
            given(Given.ask().format(f).build(), awq, setup(Engine.VLLM)).doesNotFire("16-bit weights of the named size exceed the GPU");
        }
        given(Given.ask().format(WeightFormat.BF16).build(), awq, setup(Engine.VLLM)).fires("16-bit weights of the named size exceed the GPU", "unquantized", 70);
        // two 24 GB cards hold a 14B model's 16-bit weights together (label rule J: they fit the memory the person has):
        // the load on one card is the fault, not the precision
        LogFacts oneCard = log(b -> { b.engine = Engine.TRANSFORMERS; b.triedMib = 50; b.totalGib = 23.69; b.paramsB = 14; });
        Candidate f16Split = candidate("m", F16, Placement.MULTI_GPU, 26.3, 28.8, 46.4);
        given(oneCard, setup(Engine.TRANSFORMERS, "oom", "2gpus", "focus", "f16"), f16Split)
                .doesNotFire("16-bit weights of the named size exceed the GPU").topIs("multi_gpu_split");
    }

    @Test
    void tensorParallelOverCardsOfUnequalMemory() {
        // a 7B model in F16 (15.1 GB) with --tensor-parallel-size 2 on a 24 GB and an 8 GB card (28.2 GB usable together):
        // each card gets half, which the 8 GB card cannot hold
        String rule = "Tensor parallelism over cards of unequal memory";
        Candidate f16 = candidate("m", F16, Placement.NONE, 13.5, 15.1, 28.2);
        Candidate q4 = candidate("m", Q4_K_M, Placement.MULTI_GPU, 4.1, 5.6, 28.2);
        given(Given.ask().cards(24, 8).build(), LogFacts.NONE, setup(Engine.VLLM, "oom", "2gpus", "focus", "f16"), f16, q4)
                .fires(rule, "multi_gpu_split", 72).saying(rule, "the smallest card").topIs("multi_gpu_split")
                .doesNotFire("16-bit weights where 4-bit would fit");
        // cards of equal memory: an even share is no fault of the split
        given(Given.ask().gpus(2, 16).build(), LogFacts.NONE, setup(Engine.VLLM, "oom", "2gpus", "focus", "f16"), f16, q4).doesNotFire(rule);
        // the model needs more than the cards hold together: too large for them, whatever the split
        Candidate big = candidate("m", F16, Placement.NONE, 60, 66, 28.2);
        given(Given.ask().cards(24, 8).build(), LogFacts.NONE, setup(Engine.VLLM, "oom", "2gpus", "focus", "f16"), big, q4).doesNotFire(rule);
    }

    @Test
    void quantizationThatDidNotTakeEffect() {
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "oom", "quantizing"))
                .fires("Out of memory although the model was meant to load quantized", "unquantized", 62);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "oom", "quantizing")).doesNotFire("Out of memory although the model was meant to load quantized");
        // no GPU (an int4 model out of 16 GB of RAM on a CPU machine): no weights reached a GPU, quantized or not
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "oom", "quantizing", "cpuOnly"))
                .doesNotFire("Out of memory although the model was meant to load quantized");
    }

    @Test
    void weightsAloneOrContextFromTheEstimate() {
        Candidate huge = candidate("m", Q4_K_M, Placement.OFFLOAD, 40, 45, 24);
        given(LogFacts.NONE, setup(null, "oom", "focus"), huge).fires("Out of memory: the weights alone exceed the GPU", "model_too_large", 55)
                .doesNotFire("Out of memory: the weights fit, the context does not");
        Candidate longCtx = candidate("m", Q4_K_M, Placement.OFFLOAD, 10, 30, 24);
        given(LogFacts.NONE, setup(null, "oom", "focus"), longCtx).fires("Out of memory: the weights fit, the context does not", "context_too_large", 55)
                .doesNotFire("Out of memory: the weights alone exceed the GPU");
        given(LogFacts.NONE, setup(null, "oom", "works", "focus"), huge).doesNotFire("Out of memory: the weights alone exceed the GPU");
    }

    @Test
    void longContextFromWords() {
        given(LogFacts.NONE, setup(null, "oom", "ctx128k")).fires("Out of memory with a long context", "context_too_large", 60);
        given(LogFacts.NONE, setup(null, "oom")).doesNotFire("Out of memory with a long context");
    }

    @Test
    void longContextNotBlamedWhenTheEstimateHoldsItsKvCacheFourTimesOver() {
        // 10 GB of weights and 3 GB of KV at the context on 48 GB: three more such contexts would still fit
        given(LogFacts.NONE, setup(null, "oom", "ctx128k", "focus"), candidate("m", Q4_K_M, Placement.GPU, 10, 14, 48))
                .doesNotFire("Out of memory with a long context");
        // 9 GB of KV beside 10 GB of weights on 24 GB: the long context is what fills the card
        given(LogFacts.NONE, setup(null, "oom", "ctx128k", "focus"), candidate("m", Q4_K_M, Placement.GPU, 10, 20, 24))
                .fires("Out of memory with a long context", "context_too_large", 60);
    }

    @Test
    void kvCacheAndComputeAllocations() {
        given(log(b -> { b.kvAllocFailed = true; b.nCtx = 131072; b.gpuKvMib = 51200; }), NONE)
                .fires("The KV cache could not be allocated", "context_too_large", 90)
                .saying("The KV cache could not be allocated", "of 131,072 tokens (50 GiB (51,200 MiB))")
                .saying("The KV cache could not be allocated", "-ctk q8_0");
        given(log(b -> { b.computeAllocFailed = true; b.allocFailMib = 14136.04; b.allocFailDevice = 0; }), NONE)
                .fires("The compute buffers could not be allocated", "context_too_large", 80);
        given(log(b -> { b.computeAllocFailed = true; b.kvAllocFailed = true; }), NONE).doesNotFire("The compute buffers could not be allocated");
    }

    @Test
    void llamaCppPythonsLogitsArray() {
        given(log(b -> b.logitsAllocFailed = true), NONE)
                .fires("llama-cpp-python: the logits of the whole context do not fit in RAM", "context_too_large", 85)
                .topIs("context_too_large")
                .saying("llama-cpp-python: the logits of the whole context do not fit in RAM", "n_ctx");
        given(log(b -> { b.logitsAllocFailed = true; b.modelAllocFailed = true; }), NONE)
                .doesNotFire("llama-cpp-python: the logits of the whole context do not fit in RAM");
    }

    @Test
    void aLongContextPushesLayersToTheCpu() {
        given(log(b -> { b.engine = Engine.OLLAMA; b.nCtx = 131072; b.cpuPercent = 100; }), NONE)
                .fires("A long context pushes the model off the GPU", "context_too_large", 88).topIs("context_too_large");
        given(log(b -> { b.ollamaLayersModel = 81; b.ollamaLayersOffload = 44; b.ollamaRequiredKvGib = 19.5; b.ollamaRequiredFullGib = 60; }), NONE)
                .fires("A long context pushes the model off the GPU", "context_too_large", 88);
        given(log(b -> { b.layersOffloaded = 30; b.layersTotal = 81; b.nCtx = 2048; }), NONE).doesNotFire("A long context pushes the model off the GPU");
    }

    @Test
    void memoryUsedElsewhere() {
        given(log(b -> { b.startupFreeGib = 19.77; b.startupWantedGib = 19.84; b.gpuMemGib = 22.05; }), NONE)
                .fires("vLLM: GPU memory already in use at start-up", "memory_used_elsewhere", 90);
        given(log(b -> { b.otherProcessGib = 14.51; b.totalGib = 44.4; b.triedMib = 1000; }), NONE)
                .fires("Other processes hold GPU memory", "memory_used_elsewhere", 88).topIs("memory_used_elsewhere");
        given(log(b -> { b.otherProcessGib = 0.48; b.totalGib = 22.3; }), NONE).doesNotFire("Other processes hold GPU memory");
        // a 72B model loaded in 16 bits (about 134 GiB) does not fit an 80 GB card whatever the others free (Qwen #187);
        // a 7B one would, and a 4-bit load of the 72B would too
        given(log(b -> { b.otherProcessGib = 48.9; b.totalGib = 79.15; b.triedMib = 768; b.paramsB = 72; }), setup(Engine.VLLM, "oom"))
                .doesNotFire("Other processes hold GPU memory");
        given(log(b -> { b.otherProcessGib = 48.9; b.totalGib = 79.15; b.triedMib = 768; b.paramsB = 7; }), setup(Engine.VLLM, "oom"))
                .fires("Other processes hold GPU memory", "memory_used_elsewhere", 88);
        given(log(b -> { b.otherProcessGib = 48.9; b.totalGib = 79.15; b.triedMib = 768; b.paramsB = 72; }), setup(Engine.VLLM, "oom", "quantizing"))
                .fires("Other processes hold GPU memory", "memory_used_elsewhere", 88);
        given(log(b -> { b.ollamaAvailableGib = 17.8; b.ollamaAvailableSpreadGib = 3.9; }), NONE)
                .fires("Ollama: free VRAM changed between loads", "memory_used_elsewhere", 75).saying("Ollama: free VRAM changed between loads", "3.9 GiB");
        given(log(b -> b.vramNotRecovered = true), setup(Engine.OLLAMA, "oom")).fires("GPU memory not released by the previous model", "memory_used_elsewhere", 60)
                .doesNotFire("Ollama's warning that the VRAM had not come back yet");
        // ollama #9160: the warning alone, nothing run out: the scheduler's wait, not memory taken
        given(log(b -> b.vramNotRecovered = true), NONE).fires("Ollama's warning that the VRAM had not come back yet", "other", 60).topIs("other")
                .doesNotFire("GPU memory not released by the previous model");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "otherUse")).fires("Another model or program holds the GPU", "memory_used_elsewhere", 58);
    }

    // ---- speed --------------------------------------------------------------------------------------------------

    @Test
    void partialOffloadFromTheLog() {
        given(log(b -> { b.layersOffloaded = 42; b.layersTotal = 81; }), NONE)
                .fires("Part of the model runs from system RAM", "partial_offload", 70)
                .saying("Part of the model runs from system RAM", "42 of 81 layers are on the GPU and 39 run from system RAM");
        given(log(b -> b.cpuPercent = 36), NONE).fires("Part of the model runs from system RAM", "partial_offload", 70);
        given(log(b -> { b.layersOffloaded = 81; b.layersTotal = 81; }), NONE).doesNotFire("Part of the model runs from system RAM");
    }

    @Test
    void partialOffloadFromTheEstimateOrTheWords() {
        Candidate off = candidate("m", Q4_K_M, Placement.OFFLOAD, 40, 45, 24);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "slow", "focus"), off).fires("Slow: our estimate puts part of the model in RAM", "partial_offload", 55);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "slow", "cpuOnly", "focus"), off).doesNotFire("Slow: our estimate puts part of the model in RAM");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "ramSpill")).fires("They say part of the model sits in system RAM", "partial_offload", 52);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram", "ramSpill")).fires("VRAM left free while layers go to RAM", "other", 56);
    }

    @Test
    void aModelTheMachineCannotHold() {
        Candidate none = candidate("m", Q4_K_M, Placement.NONE, 26, 28, 10.7);
        DiagnosisRun.Result mac = DiagnosisRun.run(RuleVerifier.engine().rules(), Given.ask().platform(dev.llmadvisor.facts.Platform.APPLE).build(),
                List.of(none), setup(Engine.OLLAMA, "slow", "focus"), LogFacts.NONE);
        assertThat(mac.top().code()).isEqualTo("model_too_large");
        assertThat(mac.top().rule()).isEqualTo("Slow: the model does not fit the machine at all");
        // with no smaller format that fits, the fix names each way once ("a smaller model or quant or a smaller model" before)
        given(Given.ask().platform(dev.llmadvisor.facts.Platform.APPLE).build(), LogFacts.NONE, setup(Engine.OLLAMA, "slow", "focus"), none)
                .saying("Slow: the model does not fit the machine at all", "use a smaller quant or a smaller model")
                .saying("Slow: the model does not fit the machine at all", "改用 更小的量化 或更小的模型");
        // 16-bit weights (MLX's default) that page from disk where a 4-bit form fits the Mac: loaded unquantized (label rule J)
        String unq = "Slow: 16-bit weights do not fit the machine, a quantized form does";
        Candidate f16 = candidate("m", F16, Placement.NONE, 14.5, 15.1, 10.7);
        Candidate q4 = candidate("m", Q4_K_M, Placement.GPU, 4.1, 5.6, 10.7);
        given(Given.ask().platform(dev.llmadvisor.facts.Platform.APPLE).build(), LogFacts.NONE, setup(Engine.MLX, "slow", "focus", "f16"), f16, q4)
                .fires(unq, "unquantized", 57).saying(unq, "a quantized version fits")
                .doesNotFire("Slow: the model does not fit the machine at all").topIs("unquantized");
        // the way to quantize follows the engine they run (CaseFigures.quantizeFix): MLX's conversion for MLX, a GGUF for Ollama
        given(Given.ask().platform(dev.llmadvisor.facts.Platform.APPLE).build(), LogFacts.NONE, setup(Engine.MLX, "slow", "focus", "f16"), f16, q4)
                .saying(unq, "with MLX, a 4-bit or 8-bit MLX conversion (mlx_lm.convert -q)");
        given(Given.ask().platform(dev.llmadvisor.facts.Platform.APPLE).build(), LogFacts.NONE, setup(Engine.OLLAMA, "slow", "focus", "f16"), f16, q4)
                .fires(unq, "unquantized", 57).saying(unq, "with Ollama, a Q4_K_M GGUF");
        // a quantized file that does not fit is too large, whatever else fits
        given(Given.ask().platform(dev.llmadvisor.facts.Platform.APPLE).build(), LogFacts.NONE, setup(Engine.OLLAMA, "slow", "focus"), none,
                candidate("m", WeightFormat.Q2_K, Placement.GPU, 9, 10, 10.7)).doesNotFire(unq).topIs("model_too_large");
        // on a discrete GPU the same shortfall reads as layers in RAM
        given(LogFacts.NONE, setup(Engine.OLLAMA, "slow", "focus"), none).doesNotFire("Slow: the model does not fit the machine at all")
                .fires("Slow: our estimate puts part of the model in RAM", "partial_offload", 55);
    }

    @Test
    void aModelAJetsonCannotHoldIsTooLargeNotSplitIntoRam() {
        // the same shortfall on a Jetson (NVIDIA, CUDA), whose GPU shares one pool with the CPU: no system RAM apart to run a part from
        Candidate none = candidate("m", Q4_K_M, Placement.NONE, 26, 28, 10.7);
        given(Given.ask().gpus(1, 10.7).ram(16).unified().build(), LogFacts.NONE, setup(Engine.OLLAMA, "slow", "focus"), none)
                .fires("Slow: the model does not fit the machine at all", "model_too_large", 55)
                .doesNotFire("Slow: our estimate puts part of the model in RAM");
    }

    @Test
    void vllmOutOfMemoryWithWeightsThatFillMostOfItsShare() {
        Candidate tight = candidate("m", Q4_K_M, Placement.GPU, 18, 21, 21.2);
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "focus"), tight)
                .fires("vLLM runs out of memory with weights that fill most of its share", "vllm_kv_cache_too_small", 50)
                .saying("vLLM runs out of memory with weights that fill most of its share", "--max-model-len")
                .topIs("vllm_kv_cache_too_small");
        // weights that leave room, another engine, or a log with the cache's own figures: other rules speak
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "focus"), candidate("m", Q4_K_M, Placement.GPU, 8, 21, 21.2))
                .doesNotFire("vLLM runs out of memory with weights that fill most of its share");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "oom", "focus"), tight).doesNotFire("vLLM runs out of memory with weights that fill most of its share");
        given(log(b -> b.gpuBlocks = 0), setup(Engine.VLLM, "oom", "focus"), tight).doesNotFire("vLLM runs out of memory with weights that fill most of its share");
    }

    @Test
    void ramBound() {
        given(log(b -> { b.engine = Engine.KTRANSFORMERS; b.tokensPerSecond = 6.1; }), NONE)
                .fires("KTransformers decode is RAM-bound", "ram_bandwidth", 65).saying("KTransformers decode is RAM-bound", "6.1");
        // a KTransformers run they call slow, with no speed printed: its experts in RAM set the pace all the same
        given(LogFacts.NONE, setup(Engine.KTRANSFORMERS, "slow")).fires("KTransformers decode is RAM-bound", "ram_bandwidth", 65)
                .saying("KTransformers decode is RAM-bound", "system RAM");
        // near misses: a failed load is no speed to explain, and another engine's slowness is not its experts'
        given(LogFacts.NONE, setup(Engine.KTRANSFORMERS, "slow", "oom")).doesNotFire("KTransformers decode is RAM-bound");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "slow")).doesNotFire("KTransformers decode is RAM-bound");
        given(LogFacts.NONE, setup(null, "slow", "cpuOnly")).fires("Slow on the CPU alone: RAM bandwidth", "ram_bandwidth", 50);
        given(LogFacts.NONE, setup(null, "slow")).doesNotFire("Slow on the CPU alone: RAM bandwidth");
    }

    @Test
    void nothingKnownNamesNoCause() {
        DiagnosisRun.Result r = DiagnosisRun.run(RuleVerifier.engine().rules(), Given.ask().build(), List.of(), Setup.NONE, LogFacts.NONE);
        assertThat(r.all()).isEmpty();
        assertThat(r.top()).isNull();
    }

    @Test
    void rankingKeepsTheStrongestPerCodeAndOrdersByPoints() {
        // KV error (95) and partial offload (70) in the same log: the error leads, the offload is the runner-up
        DiagnosisRun.Result r = given(log(b -> { b.maxSeqLen = 32768; b.kvTokens = 24320; b.layersOffloaded = 10; b.layersTotal = 33; b.noCacheMemory = true; }), NONE).result();
        assertThat(r.ranked()).extracting(Cause::code).containsExactly("vllm_kv_cache_too_small", "partial_offload");
        assertThat(r.top().points()).isEqualTo(95);
        assertThat(r.runnerUp().code()).isEqualTo("partial_offload");
    }

    @Test
    void turboMindOutOfMemoryWithASmallCacheShareIsTheModel() {
        given(log(b -> { b.cacheShareOom = true; b.outOfMemory = true; b.smallCacheShare = true; }), setup(Engine.OTHER, "oom"))
                .fires("LMDeploy TurboMind runs out with a small k/v cache share set", "model_too_large", 80).topIs("model_too_large")
                .doesNotFire("LMDeploy TurboMind: its k/v cache share does not fit");
        given(log(b -> { b.cacheShareOom = true; b.outOfMemory = true; }), setup(Engine.OTHER, "oom"))
                .fires("LMDeploy TurboMind: its k/v cache share does not fit", "context_too_large", 80)
                .doesNotFire("LMDeploy TurboMind runs out with a small k/v cache share set");
    }

    @Test
    void sixteenBitWeightsAsPublishedThatNearlyFillTheCardAreUnquantized() {
        // LLaMA-Factory #2190: Baichuan2-13B in 16-bit (27.8 GB) on a 32 GB V100, no format named, out of memory
        Candidate q4 = Given.candidate("m", 13.9, Q4_K_M).file(8.4).vram(31.5).placement(Placement.GPU).build();
        Candidate f16 = Given.candidate("m", 13.9, F16).file(27.8).vram(31.5).placement(Placement.GPU).build();
        String rule = "Out of memory: the 16-bit weights as published leave no room on the GPU";
        given(LogFacts.NONE, setup(null, "oom", "focus"), q4, f16).fires(rule, "unquantized", 45).topIs("unquantized")
                .saying(rule, "about 27.8 GB for its weights alone")
                .doesNotFire("Out of memory although the weights fit");
        // a 7B in 16-bit (13.5 GB) leaves room on the same card: not this
        Candidate small = Given.candidate("m", 7, F16).file(13.5).vram(31.5).placement(Placement.GPU).build();
        given(LogFacts.NONE, setup(null, "oom", "focus"), q4, small).doesNotFire(rule);
        // a quantized format named, or loaded quantized on purpose: not this
        given(Given.ask().format(Q4_K_M).build(), LogFacts.NONE, setup(null, "oom", "focus"), q4, f16).doesNotFire(rule);
        given(LogFacts.NONE, setup(null, "oom", "focus", "quantizing"), q4, f16).doesNotFire(rule);
    }

    @Test
    void memoryInUseOfFourBytesPerParameterIsAFloat32Load() {
        // ChatGLM3 #558: a 6.2B model seen taking 27 GB (4.4 bytes a parameter) on a 32 GB Mac
        Candidate glm = Given.candidate("m", 6.2, Q4_K_M).file(3.9).vram(21.3).placement(Placement.GPU).build();
        given(LogFacts.NONE, setup(null, "memoryUse", "focus", "used=27"), glm)
                .fires("The memory in use is four bytes per parameter: a float32 load", "unquantized", 70).topIs("unquantized")
                .saying("The memory in use is four bytes per parameter: a float32 load", "the 27.0 GB in use is about 4 bytes for each of the 6.2B parameters");
        // 13 GB is its 16-bit load, 2 bytes a parameter: not this
        given(LogFacts.NONE, setup(null, "memoryUse", "focus", "used=13"), glm)
                .doesNotFire("The memory in use is four bytes per parameter: a float32 load");
        // vLLM's pool is a share of the GPU, not the weights' bytes
        given(LogFacts.NONE, setup(Engine.VLLM, "memoryUse", "focus", "used=27"), glm)
                .doesNotFire("The memory in use is four bytes per parameter: a float32 load");
        // loaded quantized on purpose: the figure is something else
        given(LogFacts.NONE, setup(null, "memoryUse", "focus", "quantizing", "used=27"), glm)
                .doesNotFire("The memory in use is four bytes per parameter: a float32 load");
    }

    @Test
    void transformersLoadsFloat32WhenNoDtypeIsGiven() {
        // a 7B model: 13.5 GB in 16-bit fits a 24 GB card, its float32 default (27 GB) does not
        Candidate f16 = candidate("m", F16, Placement.GPU, 13.5, 16, 24);
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "oom", "focus", "f16"), f16)
                .fires("Out of memory: loaded in 32-bit by default", "unquantized", 68).topIs("unquantized")
                .saying("Out of memory: loaded in 32-bit by default", "torch_dtype=torch.bfloat16");
        // the dtype is given, or the engine loads 16-bit by default: not this
        given(log(b -> b.dtype = "bfloat16"), setup(Engine.TRANSFORMERS, "oom", "focus", "f16"), f16)
                .doesNotFire("Out of memory: loaded in 32-bit by default");
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "focus", "f16"), f16).doesNotFire("Out of memory: loaded in 32-bit by default");
        // a 3B model fits even in float32
        Candidate small = candidate("m", F16, Placement.GPU, 6.4, 8, 24);
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "oom", "focus", "f16"), small).doesNotFire("Out of memory: loaded in 32-bit by default");
        // two GPUs, each loading the whole 16-bit model (torchtune #612: 7B on two 4090s): still the float32 default
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "oom", "focus", "f16", "2gpus"), f16).fires("Out of memory: loaded in 32-bit by default", "unquantized", 68);
        // 16-bit weights split over several GPUs: the split rules speak (Qwen-72B over 8x 3090 with device_map, Qwen #811)
        Candidate split = candidate("m", F16, Placement.MULTI_GPU, 135, 150, 188);
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "oom", "focus", "f16", "2gpus"), split).doesNotFire("Out of memory: loaded in 32-bit by default");
    }

    @Test
    void theSameModelAsDraftAndAsModel() {
        given(log(b -> { b.draftSameAsModel = true; b.outOfMemory = true; }), setup(Engine.EXLLAMA, "oom"))
                .fires("The same model is loaded as the draft model too", "memory_used_elsewhere", 85).topIs("memory_used_elsewhere");
        given(log(b -> b.outOfMemory = true), setup(Engine.EXLLAMA, "oom")).doesNotFire("The same model is loaded as the draft model too");
    }

    @Test
    void outOfMemoryAfterTheEngineChoseTheSplit() {
        // Ollama put 6 of 33 layers on the GPU by its estimate, and CUDA still ran out
        LogFacts chosen = log(b -> { b.layersOffloaded = 6; b.layersTotal = 33; b.outOfMemory = true; });
        given(chosen, setup(Engine.OLLAMA, "oom"))
                .fires("Out of memory although the engine chose a partial offload itself", "other", 76).topIs("other")
                .saying("Out of memory although the engine chose a partial offload itself", "num_gpu");
        // -ngl set by hand: the person chose the split
        given(log(b -> { b.layersOffloaded = 6; b.layersTotal = 33; b.outOfMemory = true; b.layersSetByUser = true; }), setup(Engine.LLAMA_CPP, "oom"))
                .doesNotFire("Out of memory although the engine chose a partial offload itself");
        // slow, not out of memory: the partial offload itself is the cause
        given(log(b -> { b.layersOffloaded = 6; b.layersTotal = 33; }), setup(Engine.OLLAMA, "slow"))
                .doesNotFire("Out of memory although the engine chose a partial offload itself").topIs("partial_offload");
    }

    @Test
    void ollamaRunningOutInTheLayoutItPlanned() {
        // ollama #11355: the compute graph failed on one card with the layers Ollama chose: its estimate, not the context
        LogFacts graph = log(b -> { b.computeAllocFailed = true; b.outOfMemory = true; });
        given(graph, setup(Engine.OLLAMA, "oom"))
                .fires("Ollama ran out of GPU memory in the layout it planned itself", "other", 81).topIs("other")
                .saying("Ollama ran out of GPU memory in the layout it planned itself", "num_gpu");
        // ollama #11202: the same failure over two cards is the split between them
        given(graph, setup(Engine.OLLAMA, "oom", "2gpus"))
                .fires("Ollama ran out of memory on one of the GPUs it split the model over", "multi_gpu_split", 81).topIs("multi_gpu_split")
                .doesNotFire("Ollama ran out of GPU memory in the layout it planned itself");
        // num_gpu set by hand, another program on the card, or llama.cpp's own -ngl: not Ollama's estimate
        given(log(b -> { b.computeAllocFailed = true; b.outOfMemory = true; b.layersSetByUser = true; }), setup(Engine.OLLAMA, "oom"))
                .doesNotFire("Ollama ran out of GPU memory in the layout it planned itself").topIs("context_too_large");
        given(graph, setup(Engine.OLLAMA, "oom", "otherUse")).doesNotFire("Ollama ran out of GPU memory in the layout it planned itself");
        given(graph, setup(Engine.LLAMA_CPP, "oom"))
                .doesNotFire("Ollama ran out of GPU memory in the layout it planned itself").topIs("context_too_large");
    }

    @Test
    void gpuJudgedIdleByTheTaskManager() {
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed", "taskManager"))
                .fires("They judge GPU use by the Task Manager", "partial_offload", 50).topIs("partial_offload");
        // the log shows the engine found no GPU: then it is not used indeed
        given(log(b -> { b.noGpu = true; b.noGpuReason = "no compatible GPUs were discovered"; }), setup(Engine.OLLAMA, "gpuNotUsed", "taskManager"))
                .doesNotFire("They judge GPU use by the Task Manager").topIs("gpu_not_used");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed")).doesNotFire("They judge GPU use by the Task Manager");
        // a model our estimate places wholly on the GPU has no part in RAM for the GPU to wait on: the GPU is not used
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed", "taskManager", "focus"), candidate("m", Q4_K_M, Placement.GPU, 4, 6.5, 16))
                .doesNotFire("They judge GPU use by the Task Manager").topIs("gpu_not_used");
        // one our estimate splits between the GPU and RAM keeps the reading
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed", "taskManager", "focus"), candidate("m", Q4_K_M, Placement.OFFLOAD, 4.1, 5.3, 3.5))
                .fires("They judge GPU use by the Task Manager", "partial_offload", 50);
    }

    @Test
    void softCappingNeedsANewerGpu() {
        given(log(b -> { b.unsupported = "soft-capping"; b.ccRequired = 8.0; }), setup(Engine.VLLM))
                .fires("The GPU lacks a feature of this setup", "unsupported_hardware", 95)
                .saying("The GPU lacks a feature of this setup", "soft-capping");
    }

    @Test
    void ollamaAsksForFarMoreThanTheParametersCanTake() {
        // a 3.8B model with num_ctx 38000: Ollama wants 98.8 GiB, at most ~8.6 GB of it weights
        given(log(b -> { b.sysMemoryShort = true; b.sysRequiredGib = 98.8; b.sysAvailableGib = 96.8; b.paramsB = 3.8; }), setup(Engine.OLLAMA))
                .fires("Ollama: the memory it asks for is far beyond the model's parameters", "context_too_large", 84).topIs("context_too_large");
        // a 236B model asking for 140 GiB: its weights
        given(log(b -> { b.sysMemoryShort = true; b.sysRequiredGib = 140; b.sysAvailableGib = 60; b.paramsB = 236; }), setup(Engine.OLLAMA))
                .doesNotFire("Ollama: the memory it asks for is far beyond the model's parameters");
    }

    @Test
    void exllamaAutosplitRunsOutOfMemory() {
        given(log(b -> { b.autoSplit = true; b.outOfMemory = true; }), setup(Engine.EXLLAMA, "oom", "2gpus"))
                .fires("ExLlama's automatic split runs out of memory", "multi_gpu_split", 72).topIs("multi_gpu_split");
        given(log(b -> b.autoSplit = true), setup(Engine.EXLLAMA, "slow")).doesNotFire("ExLlama's automatic split runs out of memory");
    }
    // ---- diag5: engine messages of the fifth batch's fitting records ------------------------------------------

    @Test
    void contextAboveTheTrainingContext() {
        // Ollama: msg="requested context size too large for model" num_ctx=131072 n_ctx_train=32768 (ipex-llm #13248)
        given(log(b -> { b.engine = Engine.OLLAMA; b.ctxOverTrain = true; b.nCtx = 131072; b.nCtxTrain = 32768; }), setup(Engine.OLLAMA))
                .fires("The context asked for exceeds the model's training context", "context_too_large", 82)
                .saying("The context asked for exceeds the model's training context", "32,768")
                .saying("The context asked for exceeds the model's training context", "OLLAMA_CONTEXT_LENGTH")
                .topIs("context_too_large");
        given(log(b -> { b.engine = Engine.OLLAMA; b.nCtx = 4096; }), setup(Engine.OLLAMA))
                .doesNotFire("The context asked for exceeds the model's training context");
    }

    @Test
    void tgiWarmupTokenBudget() {
        // TGI #755: "Not enough memory to handle 4096 prefill tokens. You need to decrease `--max-batch-prefill-tokens`"
        given(log(b -> { b.engine = Engine.TGI; b.batchTokensTooMany = true; b.batchTokens = 4096; b.outOfMemory = true; }), setup(Engine.TGI, "oom", "quantizing"))
                .fires("TGI: the batch token budget does not fit", "context_too_large", 86)
                .saying("TGI: the batch token budget does not fit", "--max-batch-prefill-tokens")
                .saying("TGI: the batch token budget does not fit", "4096 tokens")
                .topIs("context_too_large");
        given(log(b -> { b.engine = Engine.TGI; b.triedMib = 42; b.outOfMemory = true; }), setup(Engine.TGI, "oom"))
                .doesNotFire("TGI: the batch token budget does not fit");
    }

    @Test
    void outOfMemoryRaisedWhileGenerating() {
        // text-generation-webui #1595: a 4-bit 13B loaded, then "Tried to allocate 672 MiB … context 2096" while generating
        given(log(b -> { b.engine = Engine.TRANSFORMERS; b.oomWhileGenerating = true; b.outOfMemory = true; b.triedMib = 672; b.totalGib = 8; b.nCtx = 2096; }),
                setup(Engine.TRANSFORMERS, "oom"))
                .fires("Out of memory while generating", "context_too_large", 74)
                .saying("Out of memory while generating", "2096 tokens")
                .topIs("context_too_large");
        // the same failure while loading (no generation frame), in vLLM (its own rules), or with another process on the GPU
        given(log(b -> { b.engine = Engine.TRANSFORMERS; b.outOfMemory = true; b.triedMib = 672; }), setup(Engine.TRANSFORMERS, "oom"))
                .doesNotFire("Out of memory while generating");
        given(log(b -> { b.engine = Engine.VLLM; b.oomWhileGenerating = true; b.outOfMemory = true; b.triedMib = 672; }), setup(Engine.VLLM, "oom"))
                .doesNotFire("Out of memory while generating");
        given(log(b -> { b.oomWhileGenerating = true; b.outOfMemory = true; b.triedMib = 672; b.otherProcessGib = 5; b.totalGib = 24; }), setup(null, "oom"))
                .doesNotFire("Out of memory while generating");
    }

    @Test
    void everyBufferInSystemMemory() {
        // ollama #4726: "CPU KV buffer size = 448.00 MiB", "CPU compute buffer size = 244.01 MiB", no GPU buffer
        given(log(b -> { b.engine = Engine.OLLAMA; b.cpuKvMib = 448; }), setup(Engine.OLLAMA, "gpuNotUsed"))
                .fires("Every buffer is in system memory", "gpu_not_used", 80)
                .saying("Every buffer is in system memory", "448")
                .topIs("gpu_not_used");
        // a KV cache on the GPU, or layers reported offloaded: not this
        given(log(b -> { b.engine = Engine.OLLAMA; b.cpuKvMib = 96; b.gpuKvMib = 800; }), setup(Engine.OLLAMA, "gpuNotUsed"))
                .doesNotFire("Every buffer is in system memory");
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.cpuKvMib = 96; b.layersOffloaded = 20; b.layersTotal = 33; }), setup(Engine.LLAMA_CPP, "gpuNotUsed"))
                .doesNotFire("Every buffer is in system memory");
        // a CPU-only run prints the same buffers
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.cpuKvMib = 448; }), setup(Engine.LLAMA_CPP, "slow", "cpuOnly"))
                .doesNotFire("Every buffer is in system memory");
    }

    @Test
    void illegalMemoryAccessIsACrashNotALackOfMemory() {
        // llama.cpp #13906, vllm #1518: fixed in a release
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.illegalAccess = true; }), setup(Engine.LLAMA_CPP))
                .fires("An illegal memory access in the engine", "other", 72)
                .saying("An illegal memory access in the engine", "update")
                .topIs("other");
        given(log(b -> { b.illegalAccess = true; b.triedMib = 512; b.outOfMemory = true; }), setup(null, "oom"))
                .doesNotFire("An illegal memory access in the engine");
    }

    @Test
    void aKTransformersIndexPastTheCacheIsItsCacheLength() {
        // given the KTransformers server's index assertion on a long conversation: then the cache length it was started with
        given(log(b -> { b.engine = Engine.KTRANSFORMERS; b.indexOutOfBounds = true; }), setup(Engine.KTRANSFORMERS))
                .fires("KTransformers: the conversation outgrew the server's cache length", "other", 85)
                .saying("KTransformers: the conversation outgrew the server's cache length", "--cache_lens")
                .topIs("other");
        // then the same assertion under another engine is not this setting
        given(log(b -> { b.engine = Engine.TRANSFORMERS; b.indexOutOfBounds = true; }), setup(Engine.TRANSFORMERS))
                .doesNotFire("KTransformers: the conversation outgrew the server's cache length");
    }

    @Test
    void aBuildWithoutCodeForTheCardIsUnsupportedHardware() {
        // koboldcpp #1409: "CUDA error: no kernel image is available for execution on the device" on a K80
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.unsupported = "kernels"; }), setup(Engine.LLAMA_CPP))
                .fires("The engine's build has no code for this GPU", "unsupported_hardware", 88)
                .doesNotFire("The GPU lacks a feature of this setup")
                .saying("The engine's build has no code for this GPU", "compute capability")
                .saying("The engine's build has no code for this GPU", "invalid device function")
                .saying("The engine's build has no code for this GPU", "HSA_OVERRIDE_GFX_VERSION")
                .topIs("unsupported_hardware");
        given(log(b -> { b.unsupported = "bf16"; b.ccRequired = 8.0; b.ccHave = 7.5; }), setup(Engine.VLLM))
                .doesNotFire("The engine's build has no code for this GPU")
                .fires("The GPU lacks a feature of this setup", "unsupported_hardware", 95);
    }

    @Test
    void noMoeKernelForTheQuantizationIsUnsupportedHardware() {
        // intel-arc-pro-b70-inference-cookbook #10: "No WNA16 MoE backend supports the deployment configuration" for an
        // 8-bit GPTQ MoE on two Arc Pro B70s, whose XPU build implements only the 4-bit one
        String rule = "No MoE kernel for this quantization on this GPU";
        given(log(b -> { b.engine = Engine.VLLM; b.unsupported = "moe-kernels"; }), setup(Engine.VLLM))
                .fires(rule, "unsupported_hardware", 88)
                .doesNotFire("The GPU lacks a feature of this setup")
                .doesNotFire("The engine's build has no code for this GPU")
                .saying(rule, "MoE kernel")
                .topIs("unsupported_hardware");
        given(log(b -> { b.engine = Engine.VLLM; b.unsupported = "kernels"; }), setup(Engine.VLLM)).doesNotFire(rule);
    }

    @Test
    void vllmTakesItsShareOfTheGpuByDesign() {
        // vllm #17891: "Why does loading a 7b model with VLLM require 70GB of vram?"
        given(LogFacts.NONE, setup(Engine.VLLM, "memoryUse"))
                .fires("A serving engine takes its share of the GPU up front", "other", 62)
                .saying("A serving engine takes its share of the GPU up front", "--gpu-memory-utilization")
                .topIs("other");
        // a failure is not a question about memory use; llama.cpp does not reserve a pool
        given(LogFacts.NONE, setup(Engine.VLLM, "memoryUse", "oom")).doesNotFire("A serving engine takes its share of the GPU up front");
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "memoryUse")).doesNotFire("A serving engine takes its share of the GPU up front");
        // the engines the advisor knows only as "another engine", told by their name (UpFrontReservers), and TGI
        given(LogFacts.NONE, setup(Engine.OTHER, "memoryUse", "lmdeploy"))
                .fires("A serving engine takes its share of the GPU up front", "other", 62)
                .saying("A serving engine takes its share of the GPU up front", "--cache-max-entry-count")
                .topIs("other");
        given(LogFacts.NONE, setup(null, "memoryUse", "tensorrt-llm"))
                .saying("A serving engine takes its share of the GPU up front", "free_gpu_memory_fraction");
        given(LogFacts.NONE, setup(Engine.TGI, "memoryUse"))
                .saying("A serving engine takes its share of the GPU up front", "--cuda-memory-fraction");
        given(LogFacts.NONE, setup(Engine.OTHER, "memoryUse", "koboldcpp")).doesNotFire("A serving engine takes its share of the GPU up front");
        // vllm #13882: a log with no blocks left for the cache is the failure, not the reservation working
        given(log(b -> { b.gpuBlocks = 0; b.weightsGb = 5.2; }), setup(Engine.VLLM, "memoryUse"))
                .doesNotFire("A serving engine takes its share of the GPU up front")
                .topIs("vllm_kv_cache_too_small");
    }

    @Test
    void aServingEngineRunsOutBesideWeightsThatFitWithRoom() {
        String rule = "A serving engine runs out of memory beside weights that fit one GPU with room";
        // vllm #2430: Baichuan-13B in 16 bits (about 26 GB) on an 80 GB A100 runs out: vLLM's share, not the model
        Candidate fits = candidate("m", F16, Placement.GPU, 26, 71, 79);
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "focus", "f16"), fits)
                .fires(rule, "other", 52).topIs("other")
                .saying(rule, "--gpu-memory-utilization")
                .saying(rule, "26.0 GB");
        // LMDeploy, known only as another engine and told by its name (lmdeploy #978)
        given(LogFacts.NONE, setup(Engine.OTHER, "oom", "focus", "f16", "lmdeploy"), fits)
                .fires(rule, "other", 52).saying(rule, "--cache-max-entry-count");
        // weights that fill most of the card, an engine that reserves nothing, several GPUs or a long input told: not this
        Candidate tight = candidate("m", F16, Placement.GPU, 20, 23, 24);
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "focus", "f16"), tight).doesNotFire(rule);
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "oom", "focus", "f16"), fits).doesNotFire(rule);
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "focus", "f16", "2gpus"), fits).doesNotFire(rule);
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "focus", "f16", "longInput"), fits).doesNotFire(rule);
        // a log that says what overflowed outranks it (vLLM's own "no memory left for the KV cache")
        given(log(b -> { b.engine = Engine.VLLM; b.noCacheMemory = true; }), setup(Engine.VLLM, "oom", "focus", "f16"), fits)
                .topIs("vllm_kv_cache_too_small");
    }

    @Test
    void aLongDefaultContextTakesTheMemoryOfTheCache() {
        // exllamav2 #3: "It's using 19gb of vram for a 2.65bit 13b model" (the cache for the config's 16k context)
        given(LogFacts.NONE, setup(Engine.EXLLAMA, "memoryUse"))
                .fires("The cache for the whole context is allocated up front", "context_too_large", 58)
                .saying("The cache for the whole context is allocated up front", "max_seq_len")
                .topIs("context_too_large");
        given(LogFacts.NONE, setup(Engine.VLLM, "memoryUse")).doesNotFire("The cache for the whole context is allocated up front");
        given(LogFacts.NONE, setup(Engine.EXLLAMA, "memoryUse", "oom")).doesNotFire("The cache for the whole context is allocated up front");
    }

    @Test
    void ollamaSizesItsMemoryForTheContextOfEverySlot() {
        // "the file is only 12GB, why does loading it show 22GB?": the KV cache and graph for num_ctx x OLLAMA_NUM_PARALLEL
        String rule = "Ollama sizes its memory for the context of every parallel slot";
        given(LogFacts.NONE, setup(Engine.OLLAMA, "memoryUse")).fires(rule, "context_too_large", 58)
                .saying(rule, "OLLAMA_NUM_PARALLEL").topIs("context_too_large");
        // a failure is not memory use by design; another engine has its own rule
        given(LogFacts.NONE, setup(Engine.OLLAMA, "memoryUse", "oom")).doesNotFire(rule);
        given(LogFacts.NONE, setup(Engine.VLLM, "memoryUse")).doesNotFire(rule);
    }

    @Test
    void aGpuOlderThanTheEngineSupports() {
        // a K80 (compute capability 3.7) named, the GPU unused: Ollama's builds start at 5.0
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed", "k80"))
                .fires("The GPU is older than the engine supports", "unsupported_hardware", 91)
                .saying("The GPU is older than the engine supports", "3.7")
                .saying("The GPU is older than the engine supports", "builds start at 5.0")
                .topIs("unsupported_hardware");
        given(log(b -> { b.engine = Engine.OLLAMA; b.noGpu = true; }), setup(Engine.OLLAMA, "k80"))
                .fires("The GPU is older than the engine supports", "unsupported_hardware", 91);
        // a card the builds support, or a GPU that is used: not the card's age
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed")).doesNotFire("The GPU is older than the engine supports");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "oom", "k80")).doesNotFire("The GPU is older than the engine supports");
        // a driver older than the runtime has its own rule
        given(log(b -> b.driverTooOld = true), setup(Engine.OLLAMA, "gpuNotUsed", "k80")).doesNotFire("The GPU is older than the engine supports");
    }

    @Test
    void aCardOlderThanTheEnginesBuildsBesideAFault() {
        // a P40 (compute capability 6.1) under vLLM, whose builds start at 7.0, and a run that fails: likely the card
        given(LogFacts.NONE, setup(Engine.VLLM, "failed", "p40"))
                .fires("A card older than the engine's builds, beside a fault", "unsupported_hardware", 80)
                .saying("A card older than the engine's builds, beside a fault", "likely the card")
                .saying("A card older than the engine's builds, beside a fault", "builds start at 7.0")
                .topIs("unsupported_hardware");
        // llama.cpp-family builds run on the P40; an out-of-memory or a run that works means the engine ran on the card;
        // a GPU left unused has its own, stronger rule
        given(LogFacts.NONE, setup(Engine.OLLAMA, "failed", "p40")).doesNotFire("A card older than the engine's builds, beside a fault");
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "p40")).doesNotFire("A card older than the engine's builds, beside a fault");
        given(LogFacts.NONE, setup(Engine.VLLM, "works", "p40")).doesNotFire("A card older than the engine's builds, beside a fault");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuNotUsed", "k80")).doesNotFire("A card older than the engine's builds, beside a fault");
    }

    @Test
    void aSlowRunOnACardWithSlowFp16UnderAnFp16Engine() {
        // ExLlama on a P40: FP16 at 1/64 of FP32, so the card's arithmetic makes it slow
        given(LogFacts.NONE, setup(Engine.EXLLAMA, "slow", "p40"))
                .fires("A card with slow FP16 under an engine that computes in FP16", "unsupported_hardware", 78)
                .saying("A card with slow FP16 under an engine that computes in FP16", "1/64")
                .saying("A card with slow FP16 under an engine that computes in FP16", "llama.cpp")
                .topIs("unsupported_hardware");
        // llama.cpp avoids FP16 arithmetic there; a card of another capability, or a run that is not slow, is not this
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "slow", "p40")).doesNotFire("A card with slow FP16 under an engine that computes in FP16");
        given(LogFacts.NONE, setup(Engine.EXLLAMA, "slow", "k80")).doesNotFire("A card with slow FP16 under an engine that computes in FP16");
        given(LogFacts.NONE, setup(Engine.EXLLAMA, "p40")).doesNotFire("A card with slow FP16 under an engine that computes in FP16");
    }

    @Test
    void aCardSaidNotToBeSupported() {
        // told in words, the GPU left unused or the run failing: the card, above an empty GPU's own rules
        given(LogFacts.NONE, setup(Engine.VLLM, "gpuUnsupported", "failed"))
                .fires("The card is said not to be supported", "unsupported_hardware", 86)
                .topIs("unsupported_hardware");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "gpuUnsupported", "gpuNotUsed"))
                .fires("The card is said not to be supported", "unsupported_hardware", 86)
                .topIs("unsupported_hardware");
        // a lack of memory, a run that works, one that worked before an update, or no GPU at all: not the card
        for (String other : List.of("oom", "works", "afterUpdate", "cpuOnly"))
            given(LogFacts.NONE, setup(Engine.VLLM, "gpuUnsupported", other)).doesNotFire("The card is said not to be supported");
        // a log that shows the capability or an old driver has its own rules
        given(log(b -> b.driverTooOld = true), setup(Engine.OLLAMA, "gpuUnsupported")).doesNotFire("The card is said not to be supported");
        given(LogFacts.NONE, setup(Engine.VLLM, "failed")).doesNotFire("The card is said not to be supported");
    }

    @Test
    void ollamaPutsNoLayerOnTheGpuWhenTheWeightsExceedTheFreeVram() {
        LogFacts tooBig = log(b -> { b.engine = Engine.OLLAMA; b.ollamaLayersModel = 35; b.ollamaLayersOffload = 0; b.ollamaWeightsGib = 3.8; b.ollamaAvailableGib = 3.2; });
        given(tooBig, NONE).fires("Ollama put no layer on the GPU: the weights exceed the free VRAM", "model_too_large", 87)
                .saying("Ollama put no layer on the GPU: the weights exceed the free VRAM", "3.2")
                .doesNotFire("No layer was put on the GPU")
                .topIs("model_too_large");
        // weights that fit the free VRAM: the GPU itself is left out
        LogFacts fits = log(b -> { b.engine = Engine.OLLAMA; b.ollamaLayersModel = 35; b.ollamaLayersOffload = 0; b.ollamaWeightsGib = 3.8; b.ollamaAvailableGib = 22.5; });
        given(fits, NONE).doesNotFire("Ollama put no layer on the GPU: the weights exceed the free VRAM")
                .fires("No layer was put on the GPU", "gpu_not_used", 85);
    }

    @Test
    void ollamaPutsNoLayerOnTheGpuWhenItsMinimumExceedsTheFreeVram() {
        // weights that fit the free VRAM, but not with the graph, projector and reserve Ollama needs first
        LogFacts tight = log(b -> { b.engine = Engine.OLLAMA; b.ollamaLayersModel = 35; b.ollamaLayersOffload = 0; b.ollamaWeightsGib = 2.3;
            b.ollamaAvailableGib = 3.2; b.ollamaMinimumGib = 3.33; });
        given(tight, NONE).fires("Ollama put no layer on the GPU: its minimum for one layer exceeds the free VRAM", "model_too_large", 86)
                .saying("Ollama put no layer on the GPU: its minimum for one layer exceeds the free VRAM", "3.33")
                .doesNotFire("No layer was put on the GPU")
                .topIs("model_too_large");
        // a minimum the free VRAM holds: the GPU itself is left out
        LogFacts room = log(b -> { b.engine = Engine.OLLAMA; b.ollamaLayersModel = 35; b.ollamaLayersOffload = 0; b.ollamaWeightsGib = 2.3;
            b.ollamaAvailableGib = 22.5; b.ollamaMinimumGib = 3.33; });
        given(room, NONE).doesNotFire("Ollama put no layer on the GPU: its minimum for one layer exceeds the free VRAM")
                .fires("No layer was put on the GPU", "gpu_not_used", 85);
    }

    @Test
    void aLongContextTheySetPushesLayersOffTheGpu() {
        LogFacts split = log(b -> { b.engine = Engine.OLLAMA; b.cpuPercent = 33; });
        given(split, setup(Engine.OLLAMA, "ctx128k"))
                .fires("A long context they set pushes the model off the GPU", "context_too_large", 84)
                .saying("A long context they set pushes the model off the GPU", "131,072")
                .topIs("context_too_large");
        // a short context, or a context the log prints (the rule on printed figures covers it): not this rule
        given(split, setup(Engine.OLLAMA)).doesNotFire("A long context they set pushes the model off the GPU");
        given(log(b -> { b.engine = Engine.OLLAMA; b.cpuPercent = 33; b.nCtx = 131072; }), setup(Engine.OLLAMA, "ctx128k"))
                .doesNotFire("A long context they set pushes the model off the GPU");
        // vLLM does not place layers: its context is the KV pool's rule
        given(split, setup(Engine.VLLM, "ctx128k")).doesNotFire("A long context they set pushes the model off the GPU");
        // no layer on the GPU at all, with the 128k num_ctx they set: the context, not a GPU left unused
        LogFacts none = log(b -> { b.engine = Engine.OLLAMA; b.layersOffloaded = 0; b.layersTotal = 41; });
        given(none, setup(Engine.OLLAMA, "ctx128k")).doesNotFire("No layer was put on the GPU")
                .fires("A long context they set pushes the model off the GPU", "context_too_large", 84).topIs("context_too_large");
        given(none, setup(Engine.OLLAMA)).fires("No layer was put on the GPU", "gpu_not_used", 85);
    }

    @Test
    void severalGpusRunOutWhereFewerRunIt() {
        // vllm #2856: TP4 works, TP8 runs out of memory; lmdeploy #3648: --tp 1 starts, --tp 2 NPU out of memory
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "gpusHang", "2gpus"))
                .fires("Several GPUs run out of memory where fewer run it", "multi_gpu_split", 66).topIs("multi_gpu_split")
                .doesNotFire("A run over several GPUs hangs where one GPU works");
        // a hang with no lack of memory is the link between the cards
        given(LogFacts.NONE, setup(Engine.VLLM, "gpusHang", "2gpus")).doesNotFire("Several GPUs run out of memory where fewer run it");
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "2gpus")).doesNotFire("Several GPUs run out of memory where fewer run it");
    }

    @Test
    void aModelAsLargeOrLargerRunsOnTheSameSetup() {
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram", "largerModelRuns"))
                .fires("A model as large or larger runs on the same setup", "other", 66).topIs("other");
        given(LogFacts.NONE, setup(Engine.OTHER, "failed", "largerModelRuns"))
                .fires("A model as large or larger runs on the same setup", "other", 66);
        // the same model elsewhere or an update says more, and is its own rule
        given(LogFacts.NONE, setup(Engine.OLLAMA, "failed", "largerModelRuns", "worksElsewhere"))
                .doesNotFire("A model as large or larger runs on the same setup").fires("The same model runs elsewhere on the same machine", "other", 72);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "failed", "largerModelRuns", "afterUpdate"))
                .doesNotFire("A model as large or larger runs on the same setup");
        // an out-of-memory stays the memory rules': the model that ran may have loaded at another precision or context
        given(LogFacts.NONE, setup(Engine.TRANSFORMERS, "oom", "largerModelRuns"))
                .doesNotFire("A model as large or larger runs on the same setup");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "failed", "gpuNotUsed", "largerModelRuns"))
                .doesNotFire("A model as large or larger runs on the same setup");
        // no larger model told: nothing for this rule
        given(LogFacts.NONE, setup(Engine.OLLAMA, "failed")).doesNotFire("A model as large or larger runs on the same setup");
    }

    @Test
    void theSameModelRunsElsewhereOnTheSameMachine() {
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "worksElsewhere"))
                .fires("The same model runs elsewhere on the same machine", "other", 72).topIs("other");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "failed", "worksElsewhere"))
                .fires("The same model runs elsewhere on the same machine", "other", 72);
        // what to reserve less of is named in the engine run: vLLM's eager mode, not Ollama's num_gpu, and the reverse
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "worksElsewhere"))
                .saying("The same model runs elsewhere on the same machine", "--enforce-eager")
                .notSaying("The same model runs elsewhere on the same machine", "num_gpu");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "failed", "worksElsewhere"))
                .saying("The same model runs elsewhere on the same machine", "num_gpu")
                .notSaying("The same model runs elsewhere on the same machine", "--enforce-eager");
        // asked as a diagnosis, the contrast is the fault: "fails to load on Windows — works fine on Ubuntu"
        given(LogFacts.NONE, setup(Engine.OLLAMA, "worksElsewhere")).fires("The same model runs elsewhere on the same machine", "other", 72);
        // an update, a GPU left out, or memory below what they expected: not this rule
        given(LogFacts.NONE, setup(Engine.OLLAMA, "worksElsewhere", "memoryLow")).doesNotFire("The same model runs elsewhere on the same machine");
        given(LogFacts.NONE, setup(Engine.OLLAMA, "oom", "worksElsewhere", "afterUpdate"))
                .doesNotFire("The same model runs elsewhere on the same machine").fires("It worked before an update of the engine", "other", 78);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "failed", "gpuNotUsed", "worksElsewhere"))
                .doesNotFire("The same model runs elsewhere on the same machine");
        // one card of several left idle where another engine uses both (ollama #7956), with a model one card cannot hold
        // (so Ollama spreads it): the split is the cause
        given(LogFacts.NONE, setup(Engine.OLLAMA, "partialVram", "2gpus", "worksElsewhere", "focus"),
                candidate("m", Q4_K_M, Placement.MULTI_GPU, 24, 27, 35))
                .doesNotFire("The same model runs elsewhere on the same machine")
                .fires("One GPU of several barely used", "multi_gpu_split", 50).topIs("multi_gpu_split");
    }

    @Test
    void garbageOutputIsNotALackOfMemory() {
        given(LogFacts.NONE, setup(Engine.MLX, "garbage"))
                .fires("The output is garbage, not a lack of memory", "other", 66).topIs("other");
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "garbage", "oom")).doesNotFire("The output is garbage, not a lack of memory");
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "garbage", "contextLimit")).doesNotFire("The output is garbage, not a lack of memory");
        given(log(b -> b.triedMib = 2048), setup(Engine.LLAMA_CPP, "garbage")).doesNotFire("The output is garbage, not a lack of memory");
        // a format the card cannot run is the card's rule
        given(LogFacts.NONE, setup(Engine.VLLM, "garbage", "fp8OnAmpere"))
                .doesNotFire("The output is garbage, not a lack of memory").topIs("unsupported_hardware");
    }

    @Test
    void lessMemoryThanExpectedIsNotAFault() {
        given(LogFacts.NONE, setup(Engine.OLLAMA, "memoryLow"))
                .fires("It takes less memory than they expected", "other", 58).topIs("other");
        for (String w : List.of("oom", "slow", "gpuNotUsed", "failed", "garbage"))
            given(LogFacts.NONE, setup(Engine.OLLAMA, "memoryLow", w)).doesNotFire("It takes less memory than they expected");
    }

    @Test
    void memoryAboveExpectedSinceAnUpdate() {
        // xinference #1292: since the update the same model takes far more memory at start-up
        given(LogFacts.NONE, setup(Engine.OLLAMA, "memoryUse", "afterUpdate"))
                .fires("It worked before an update of the engine", "other", 78);
        given(LogFacts.NONE, setup(Engine.OLLAMA, "memoryUse")).doesNotFire("It worked before an update of the engine");
    }

    @Test
    void parallelSlotsMultiplyTheKvCache() {
        // tabby #726: "Default parallelism = 4 caused OOM"
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "oom", "slotsBlamed"))
                .fires("Parallel slots multiply the KV cache, as they tell it", "context_too_large", 48)
                .saying("Parallel slots multiply the KV cache, as they tell it", "--parallel 1").topIs("context_too_large");
        // the weights alone exceed the GPU: no number of slots is small enough
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "oom", "slotsBlamed", "focus"),
                candidate("m", Q4_K_M, Placement.GPU, 30, 34, 24))
                .doesNotFire("Parallel slots multiply the KV cache, as they tell it");
        // a pool engine at its max length is the pool's own limit
        given(LogFacts.NONE, setup(Engine.VLLM, "oom", "slotsBlamed", "contextLimit"))
                .doesNotFire("Parallel slots multiply the KV cache, as they tell it");
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "oom")).doesNotFire("Parallel slots multiply the KV cache, as they tell it");
    }

    @Test
    void oneSlotRunsWhereSeveralFail() {
        // llama.cpp #26654: fails to start with the default -np -1, starts normally with --parallel 1; the command line sets no
        // -ngl, and the contrast they measured is stronger than what the command leaves out
        given(log(b -> { b.engine = Engine.LLAMA_CPP; b.llamaCommand = true; }), setup(Engine.LLAMA_CPP, "failed", "oneSlotWorks"))
                .fires("One parallel slot runs where several fail", "context_too_large", 80)
                .fires("llama.cpp was run without -ngl, its build not shown", "gpu_not_used", 70)
                .doesNotFire("Parallel slots multiply the KV cache, as they tell it")
                .topIs("context_too_large");
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "failed", "oneSlotWorks", "focus"),
                candidate("m", Q4_K_M, Placement.GPU, 30, 34, 24))
                .doesNotFire("One parallel slot runs where several fail");
        given(LogFacts.NONE, setup(Engine.LLAMA_CPP, "failed")).doesNotFire("One parallel slot runs where several fail");
    }
}
