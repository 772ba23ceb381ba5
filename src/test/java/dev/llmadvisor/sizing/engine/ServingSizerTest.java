package dev.llmadvisor.sizing.engine;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ServingSizerTest {

    static final Knowledge K = Knowledge.load(Path.of("knowledge"));

    static ModelEntry model(String id) { return K.models().find(id).orElseThrow().model(); }

    static ModelSpec spec(String id, WeightFormat f) {
        ModelEntry m = model(id);
        return ModelSpec.of(m.id(), m.arch(), f);
    }

    static List<Device> cards(String name, int n) {
        Device d = K.gpus().find(name).orElseThrow().gpu().toDevice(null);
        return Collections.nCopies(n, d);
    }

    static final GpuCaps ADA = new GpuCaps(true, true, GpuCaps.Fp4Path.WEIGHT_ONLY), AMPERE = new GpuCaps(false, true, GpuCaps.Fp4Path.WEIGHT_ONLY),
            TURING = new GpuCaps(false, false, GpuCaps.Fp4Path.NONE), BLACKWELL = new GpuCaps(true, true, GpuCaps.Fp4Path.NATIVE);

    @Test
    void mixtralFp16DoesNotFitFourRtx3090sInVllm() {
        // The example: 90 GB of fp16 weights over 4 x 24 GB is 23 GB per GPU, above 0.9 x 23.6 GB.
        ServingSizer.Estimate e = ServingSizer.estimate(spec("mixtral-8x7b-instruct", WeightFormat.F16),
                ServingSizer.Config.of(ServingSizer.Engine.VLLM, 8192), cards("GeForce RTX 3090", 4), AMPERE);
        assertThat(e.parallelism()).isEqualTo(new Parallelism(4, 1));
        assertThat(Units.toGib(e.weightsPerGpu())).isGreaterThan(21.2);
        assertThat(e.fits()).isFalse();
        assertThat(e.refusal().en()).contains("no memory for the KV cache");
        assertThat(e.refusal().zh()).contains("没有剩余显存给 KV 缓存");
        assertThat(e.cause()).isEqualTo(ServingSizer.Cause.MEMORY);
    }

    @Test
    void llama31On3090MatchesThePublishedBlockCountWithinTenPercent() {
        // vllm-project/vllm#10517: RTX 3090, utilization 0.90, max_model_len 20000 -> "GPU blocks: 1952" (31,232 tokens).
        ServingSizer.Estimate e = ServingSizer.estimate(spec("llama3.1-8b-instruct", WeightFormat.BF16),
                ServingSizer.Config.of(ServingSizer.Engine.VLLM, 20000).withProfiling(ServingSizer.Profiling.LEGACY_V0),
                cards("GeForce RTX 3090", 1), AMPERE);
        assertThat((double) e.kvTokens()).isCloseTo(31232, within(3123.0));
        assertThat(e.kvBytesPerTokenPerGpu()).isEqualTo(32L * 8 * 128 * 2 * 2);
        assertThat(e.blocks() * 16).isEqualTo(e.kvTokens());
        assertThat(e.concurrency()).isCloseTo((double) e.kvTokens() / 20000, within(1e-9));
    }

    @Test
    void optInV1ProfilesTheSamplerOver256RowsNotTheLaterThousand() {
        // vLLM 0.7's opt-in V1 engine ran 8192 tokens on an H100 with max_num_seqs 256; the 1024-row default came later.
        ServingSizer.Config cfg = ServingSizer.Config.of(ServingSizer.Engine.VLLM, 2048);
        ServingSizer.Estimate early = ServingSizer.estimate(spec("llama3.1-70b-instruct", WeightFormat.FP8),
                cfg.withProfiling(ServingSizer.Profiling.V1_EARLY), cards("H100 SXM 80GB", 1), ADA);
        ServingSizer.Estimate current = ServingSizer.estimate(spec("llama3.1-70b-instruct", WeightFormat.FP8),
                cfg, cards("H100 SXM 80GB", 1), ADA);
        // 8192 tokens x 2 x (3 x 28672 + 3 x 8192) bytes of feed-forward and hidden buffers outweigh 256 sampler rows.
        assertThat(early.activationPerGpu()).isEqualTo(Math.round(8192 * 2.0 * (3.0 * 28672 + ServingSizer.HIDDEN_COPIES * 8192)));
        assertThat(current.activationPerGpu()).isGreaterThan(early.activationPerGpu());
    }

    @Test
    void tensorParallelSixteenOverEightKvHeadsReplicatesAndIsFlagged() {
        // vLLM accepts tp 16 for 32 heads / 8 KV heads by replicating each KV head twice (QKVParallelLinear).
        ModelArch a = model("mixtral-8x7b-instruct").arch();
        assertThat(Parallelism.refusal(a, 16)).isEmpty();
        assertThat(Parallelism.kvHeadsPerRank(a, 16)).isEqualTo(1);
        assertThat(Parallelism.kvReplicas(a, 16)).isEqualTo(2);
        ServingSizer.Estimate e = ServingSizer.estimate(spec("mixtral-8x7b-instruct", WeightFormat.F16),
                ServingSizer.Config.of(ServingSizer.Engine.VLLM, 8192).withParallelism(new Parallelism(16, 1)), cards("A100 80GB", 16), AMPERE);
        assertThat(e.notes()).anyMatch(n -> n.en().contains("replicates each KV head on 2 GPUs") && n.en().contains("tp 8 x pp 2"));
        // Choosing a split for 16 cards avoids the copies.
        assertThat(Parallelism.choose(a, 16, 16)).contains(new Parallelism(8, 2));
    }

    @Test
    void tensorParallelThatDividesNeitherHeadsNorKvHeadsIsRefusedWithTheReason() {
        ModelArch a = model("llama3.1-8b-instruct").arch(); // 32 heads, 8 KV heads
        assertThat(Parallelism.refusal(a, 3)).map(Remark::en).get().asString().contains("32 attention heads");
        ModelArch twelveKv = ModelArch.builder("llama").layers(4).hidden(3072).heads(24).kvHeads(12).ffn(8192).vocab(32000).build();
        assertThat(Parallelism.refusal(twelveKv, 8)).map(Remark::en).get().asString().contains("12 KV heads");
        ModelArch fortyHeads = ModelArch.builder("llama").layers(4).hidden(5120).heads(40).kvHeads(10).ffn(8192).vocab(32000).build();
        assertThat(Parallelism.refusal(fortyHeads, 4)).map(Remark::en).get().asString().contains("10 KV heads");
        ServingSizer.Estimate e = ServingSizer.estimate(spec("llama3.1-8b-instruct", WeightFormat.BF16),
                ServingSizer.Config.of(ServingSizer.Engine.VLLM, 8192).withParallelism(new Parallelism(3, 1)), cards("GeForce RTX 3090", 3), AMPERE);
        assertThat(e.fits()).isFalse();
        assertThat(e.refusal().en()).contains("tensor parallelism 3");
        assertThat(e.refusal().zh()).contains("张量并行 3").contains("32 个注意力头");
        assertThat(e.cause()).isEqualTo(ServingSizer.Cause.PARALLELISM);
        // Three cards: no tp divides the heads, so vLLM's split is pipeline parallelism.
        assertThat(Parallelism.choose(a, 3, 8)).contains(new Parallelism(1, 3));
    }

    @Test
    void fp8IsRefusedWithoutFp8OrAmpereAndWeightOnlyOnAmpere() {
        ModelSpec s = spec("qwen3-8b", WeightFormat.FP8);
        ServingSizer.Config cfg = ServingSizer.Config.of(ServingSizer.Engine.VLLM, 8192);
        ServingSizer.Estimate turing = ServingSizer.estimate(s, cfg, cards("GeForce RTX 3090", 1), TURING);
        assertThat(turing.refusal().en()).contains("FP8 needs a GPU with FP8 support");
        assertThat(turing.cause()).isEqualTo(ServingSizer.Cause.GPU_ARITHMETIC);
        ServingSizer.Estimate ampere = ServingSizer.estimate(s, cfg, cards("GeForce RTX 3090", 1), AMPERE);
        assertThat(ampere.refusal()).isNull();
        assertThat(ampere.cause()).isNull();
        assertThat(ampere.fp8WeightOnly()).isTrue();
        assertThat(ampere.notes()).anyMatch(n -> n.en().contains("weight-only"));
        ServingSizer.Estimate sglangAmpere = ServingSizer.estimate(s, ServingSizer.Config.of(ServingSizer.Engine.SGLANG, 8192),
                cards("GeForce RTX 3090", 1), AMPERE);
        assertThat(sglangAmpere.refusal().en()).contains("FP8");
        ServingSizer.Estimate ada = ServingSizer.estimate(s, cfg, cards("GeForce RTX 4090", 1), ADA);
        assertThat(ada.fits()).isTrue();
        assertThat(ada.fp8WeightOnly()).isFalse();
    }

    @Test
    void nvfp4IsNativeOnBlackwellWeightOnlyOnAmpereAndRefusedBefore() {
        ModelSpec s = spec("qwen3-8b", WeightFormat.NVFP4);
        ServingSizer.Config cfg = ServingSizer.Config.of(ServingSizer.Engine.VLLM, 8192);
        ServingSizer.Estimate turing = ServingSizer.estimate(s, cfg, cards("GeForce RTX 2080 Ti", 1), TURING);
        assertThat(turing.fits()).isFalse();
        assertThat(turing.refusal().en()).contains("NVFP4 needs an NVIDIA Blackwell GPU").contains("Marlin");
        assertThat(turing.cause()).isEqualTo(ServingSizer.Cause.GPU_ARITHMETIC);
        ServingSizer.Estimate ampere = ServingSizer.estimate(s, cfg, cards("GeForce RTX 3090", 1), AMPERE);
        assertThat(ampere.refusal()).isNull();
        assertThat(ampere.notes()).anyMatch(n -> n.en().contains("weight-only through its Marlin kernel"));
        // SGLang has no weight-only NVFP4 path in the table: refused below Blackwell
        assertThat(ServingSizer.estimate(s, ServingSizer.Config.of(ServingSizer.Engine.SGLANG, 8192), cards("GeForce RTX 3090", 1), AMPERE)
                .cause()).isEqualTo(ServingSizer.Cause.GPU_ARITHMETIC);
        ServingSizer.Estimate blackwell = ServingSizer.estimate(s, cfg, cards("GeForce RTX 5090", 1), BLACKWELL);
        assertThat(blackwell.fits()).isTrue();
        assertThat(blackwell.notes()).noneMatch(n -> n.en().contains("Marlin"));
        // 4.5 bits per weight (a scale byte per 16) against AWQ's 4.16: a little larger, far below 16 bits
        long awq = ServingSizer.estimate(spec("qwen3-8b", WeightFormat.AWQ_INT4), cfg, cards("GeForce RTX 5090", 1), BLACKWELL).weightsPerGpu();
        long bf16 = ServingSizer.estimate(spec("qwen3-8b", WeightFormat.BF16), cfg, cards("GeForce RTX 5090", 1), BLACKWELL).weightsPerGpu();
        assertThat(blackwell.weightsPerGpu()).isGreaterThan(awq).isLessThan(bf16 / 2);
    }

    @Test
    void fp8KvCacheHalvesTheBytesPerTokenAndDoublesTheTokens() {
        ModelSpec s = spec("llama3.1-8b-instruct", WeightFormat.BF16);
        ServingSizer.Estimate f16 = ServingSizer.estimate(s, ServingSizer.Config.of(ServingSizer.Engine.VLLM, 8192), cards("GeForce RTX 4090", 1), ADA);
        ServingSizer.Estimate fp8 = ServingSizer.estimate(s, ServingSizer.Config.of(ServingSizer.Engine.VLLM, 8192).withFp8KvCache(true),
                cards("GeForce RTX 4090", 1), ADA);
        assertThat(fp8.kvBytesPerTokenPerGpu() * 2).isEqualTo(f16.kvBytesPerTokenPerGpu());
        assertThat((double) fp8.kvTokens() / f16.kvTokens()).isCloseTo(2.0, within(0.01));
        assertThat(fp8.kvCacheDtype()).isEqualTo("fp8");
    }

    @Test
    void deepSeekV3Fp8NeedsNodesOfH100sAndIsRefusedOnA100s() {
        ModelSpec s = spec("deepseek-r1", WeightFormat.FP8);
        ServingSizer.Config cfg = ServingSizer.Config.of(ServingSizer.Engine.VLLM, 32768);
        Device h100 = cards("H100 SXM 80GB", 1).get(0);
        ServingSizer.Estimate h = ServingSizer.fewestGpus(s, cfg, h100, ADA, 8, 64).orElseThrow();
        assertThat(h.fits()).isTrue();
        assertThat(h.gpus()).isEqualTo(16); // 671 GB of FP8 weights: more than 8 x 80 GB, two nodes (tp 8 x pp 2)
        assertThat(h.parallelism()).isEqualTo(new Parallelism(8, 2));
        // MLA: every rank holds the whole 576-wide latent row per layer.
        assertThat(h.kvBytesPerTokenPerGpu()).isEqualTo((61 + 1) / 2 * 576L * 2);
        Device v100 = cards("A100 80GB", 1).get(0);
        ServingSizer.Estimate t = ServingSizer.fewestGpus(s, cfg, v100, TURING, 8, 64).orElseThrow();
        assertThat(t.refusal().en()).contains("FP8");
    }

    @Test
    void sglangPoolIsTheStaticFractionLessWeights() {
        ServingSizer.Estimate e = ServingSizer.estimate(spec("qwen3-8b", WeightFormat.BF16), ServingSizer.Config.of(ServingSizer.Engine.SGLANG, 8192),
                cards("GeForce RTX 4090", 1), ADA);
        assertThat(e.utilization()).isEqualTo(0.88);
        assertThat(e.kvPoolPerGpu()).isEqualTo(e.budgetPerGpu() - e.weightsPerGpu() - e.nonTorchPerGpu());
        assertThat(ServingSizer.Engine.SGLANG.defaultUtilization(4)).isEqualTo(0.85);
        assertThat(ServingSizer.Engine.SGLANG.defaultUtilization(8)).isEqualTo(0.81);
    }

    @Test
    void ggufQuantMixesAreRefusedByTgiAndSizedByVllmAndSglang() {
        ServingSizer.Estimate e = ServingSizer.estimate(spec("qwen3-8b", WeightFormat.Q4_K_M), ServingSizer.Config.of(ServingSizer.Engine.TGI, 8192),
                cards("GeForce RTX 4090", 1), ADA);
        assertThat(e.fits()).isFalse();
        assertThat(e.refusal().en()).contains("safetensors").contains("Q4_K_M");
        assertThat(e.cause()).isEqualTo(ServingSizer.Cause.FORMAT);
        // vLLM's experimental GGUF loader (docs.vllm.ai features/quantization/gguf): the file's weights under vLLM's own pool
        for (ServingSizer.Engine engine : List.of(ServingSizer.Engine.VLLM, ServingSizer.Engine.SGLANG)) {
            ServingSizer.Estimate served = ServingSizer.estimate(spec("qwen3-8b", WeightFormat.Q4_K_M), ServingSizer.Config.of(engine, 8192),
                    cards("GeForce RTX 4090", 1), ADA);
            assertThat(served.fits()).as(engine.display()).isTrue();
            assertThat(served.refusal()).isNull();
            assertThat(served.weightsPerGpu()).isLessThan(Units.gib(6));
        }
    }

    @Test
    void aModelWhoseHeadsAllowNoTensorSplitRunsOnOneGpuWhenOneHoldsIt() {
        // GPT-2 XL has 25 heads: over two cards only pipeline parallelism is possible, and one card holds it
        ServingSizer.Estimate e = ServingSizer.estimate(spec("gpt2-xl", WeightFormat.F16),
                ServingSizer.Config.of(ServingSizer.Engine.VLLM, 1024), cards("GeForce RTX 3090", 2), AMPERE);
        assertThat(e.parallelism()).isEqualTo(new Parallelism(1, 1));
        assertThat(e.fits()).isTrue();
        assertThat(e.notes()).anySatisfy(n -> assertThat(n.en()).startsWith("one GPU holds it"));
        // a model with divisible heads keeps the tensor-parallel split over both
        assertThat(ServingSizer.estimate(spec("qwen3-8b", WeightFormat.BF16), ServingSizer.Config.of(ServingSizer.Engine.VLLM, 8192),
                cards("GeForce RTX 3090", 2), AMPERE).parallelism()).isEqualTo(new Parallelism(2, 1));
    }

    @Test
    void pipelineStagesSplitTheLayersAndTheWeights() {
        ModelSpec s = spec("llama3.1-70b-instruct", WeightFormat.BF16);
        long tp4 = ServingSizer.weightsPerGpu(s, 4, 1), tp2pp2 = ServingSizer.weightsPerGpu(s, 2, 2);
        assertThat((double) tp2pp2).isCloseTo(tp4, within(tp4 * 0.03));
        assertThat(ServingSizer.kvBytesPerToken(s.arch(), 2, 2, 2)).isEqualTo(40L * 4 * 128 * 2 * 2);
    }

    @Test
    void gptOssKeepsNonExpertWeightsInSixteenBitsOnServingEngines() {
        ModelSpec s = spec("gpt-oss-120b", WeightFormat.MXFP4);
        ServingSizer.Estimate e = ServingSizer.estimate(s, ServingSizer.Config.of(ServingSizer.Engine.VLLM, 8192), cards("H100 SXM 80GB", 1), ADA);
        // The published checkpoint loads as 64.4-66.0 GiB in vLLM (vllm-project/vllm#33155, #23278).
        assertThat(Units.toGib(e.weightsPerGpu())).isBetween(60.0, 67.0);
    }

    @Test
    void mxfp4ExpertsArePaddedToAHiddenSizeOf3072() {
        // gpt-oss-20b on an A100 printed "Model loading took 13.72 GiB"; unpadded experts give 12.81 GiB.
        ServingSizer.Estimate e = ServingSizer.estimate(spec("gpt-oss-20b", WeightFormat.MXFP4),
                ServingSizer.Config.of(ServingSizer.Engine.VLLM, 8192), cards("A100 80GB", 1), AMPERE);
        assertThat(Units.toGib(e.weightsPerGpu())).isCloseTo(13.72, within(0.35));
    }
}
