package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.reply.CommandWriter;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** CandidateSizer's dispatch from the person's engine to the right sizer, and the commands each candidate carries. */
class EngineCandidatesTest {

    static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    static final CandidateSizer SIZER = new CandidateSizer(K);

    static ModelEntry model(String id) { return K.models().find(id).orElseThrow().model(); }

    static Hardware gpus(String name, int n, double ramGb) {
        Device d = K.gpus().find(name).orElseThrow().gpu().toDevice(null);
        return Hardware.of(Collections.nCopies(n, d), Units.gib(ramGb));
    }

    static Hardware mac(String name, double ramGb) {
        Device d = K.gpus().find(name).orElseThrow().gpu().toDevice(ramGb);
        return new Hardware(List.of(d), Units.gib(ramGb), d.bandwidthGBs(), true);
    }

    @Test
    void vllmCannotRunMixtralFp16OnFourRtx3090sWhileLlamaCppCan() {
        Hardware hw = gpus("GeForce RTX 3090", 4, 128);
        Candidate llama = SIZER.candidate(model("mixtral-8x7b-instruct"), WeightFormat.F16, RunConfig.of(8192), hw, true);
        assertThat(llama.placement()).isEqualTo(Placement.MULTI_GPU);
        Candidate vllm = SIZER.candidate(model("mixtral-8x7b-instruct"), WeightFormat.F16, RunConfig.of(8192), hw, true, Engine.VLLM, true);
        assertThat(vllm.placement()).isEqualTo(Placement.NONE);
        assertThat(vllm.engine()).isEqualTo("vllm");
        assertThat(vllm.tensorParallel()).isEqualTo(4);
        assertThat(vllm.engineIssue().en()).contains("no memory for the KV cache");
        assertThat(vllm.gpusNeeded()).isEqualTo(8);
        assertThat(vllm.engineNotes()).anyMatch(n -> n.en().contains("--cpu-offload-gb"));
        assertThat(CommandWriter.commands(vllm)).isEmpty();
    }

    @Test
    void theArithmeticOnTheCpuAloneHasNoRuntimeTerm() {
        // no GPU backend, no runtime context: "+ 0.0 GB runtime" is left out (fastchat #2161), kept on a card
        Candidate cpu = SIZER.candidate(model("llama2-13b-chat"), WeightFormat.Q4_K_M, RunConfig.of(4096), Hardware.of(List.of(), Units.gib(32)), true);
        assertThat(cpu.arithmetic(Lang.EN)).contains("GB buffers = ").doesNotContain("runtime");
        assertThat(cpu.arithmetic(Lang.ZH)).doesNotContain("运行时");
        Candidate gpu = SIZER.candidate(model("llama2-13b-chat"), WeightFormat.Q4_K_M, RunConfig.of(4096), gpus("GeForce RTX 3090", 1, 32), true);
        assertThat(gpu.arithmetic(Lang.EN)).containsPattern("\\d\\.\\d GB runtime = ");
    }

    @Test
    void aMemoryModdedCardHasItsCatalogCardsArithmetic() {
        // two 4090s rebuilt with 48 GB: still Ada, so NVFP4 runs weight-only through Marlin and FP8 natively
        Device modded = K.gpus().find("GeForce RTX 4090").orElseThrow().gpu().toDevice(48.0);
        assertThat(modded.name()).endsWith("(modified)");
        Hardware hw = Hardware.of(List.of(modded, modded), Units.gib(64));
        Candidate nvfp4 = SIZER.candidate(model("qwen3.6-27b"), WeightFormat.NVFP4, RunConfig.of(8192), hw, true, Engine.VLLM, true);
        assertThat(nvfp4.engineNotes()).anyMatch(n -> n.en().contains("Marlin")).noneMatch(n -> n.en().contains("not known"));
        Candidate fp8 = SIZER.candidate(model("qwen3.6-27b"), WeightFormat.FP8, RunConfig.of(8192), hw, true, Engine.VLLM, true);
        assertThat(fp8.fits()).isTrue();
        assertThat(fp8.engineNotes()).noneMatch(n -> n.en().contains("not known"));
    }

    @Test
    void vllmWithNoContextStatedServesTheLengthItsKvPoolHoldsWhereTheWeightsFit() {
        Hardware hw = gpus("GeForce RTX 3090", 2, 64);
        ModelEntry m = model("llama3.1-70b-instruct");
        // the person's own 8k context: the pool is short of it, so vLLM refuses to start
        Candidate stated = SIZER.candidate(m, WeightFormat.AWQ_INT4, RunConfig.of(8192), hw, true, Engine.VLLM, true);
        assertThat(stated.placement()).isEqualTo(Placement.NONE);
        assertThat(stated.engineMaxContext()).isBetween(2048, 8191);
        // our assumed 8k: started with the pool's length (rounded down to 1,024 tokens) it runs, and its command says so
        Candidate assumed = SIZER.candidate(m, WeightFormat.AWQ_INT4, RunConfig.of(8192), hw, true, Engine.VLLM, false);
        assertThat(assumed.placement()).isEqualTo(Placement.MULTI_GPU);
        assertThat(assumed.context()).isEqualTo(stated.engineMaxContext() / 1024 * 1024);
        assertThat(assumed.engineNotes()).anyMatch(n -> n.en().contains("context assumed does not fit"));
        assertThat(CommandWriter.commands(assumed)).anyMatch(c -> c.command().contains("--max-model-len " + assumed.context()));
        // near misses: weights that do not fit, or a pool below the shortest useful length, stay no fit
        assertThat(SIZER.candidate(m, WeightFormat.BF16, RunConfig.of(8192), hw, true, Engine.VLLM, false).placement()).isEqualTo(Placement.NONE);
        Hardware one = gpus("GeForce RTX 3090", 1, 64);
        assertThat(SIZER.candidate(model("qwen3-32b"), WeightFormat.FP8, RunConfig.of(8192), one, true, Engine.VLLM, false).placement())
                .isEqualTo(Placement.NONE);
    }

    @Test
    void exllamaHasNoCpuOffload() {
        Hardware hw = gpus("GeForce RTX 3090", 1, 64);
        Candidate llama = SIZER.candidate(model("llama2-70b-chat"), WeightFormat.Q4_K_M, RunConfig.of(4096), hw, true);
        assertThat(llama.placement()).isEqualTo(Placement.OFFLOAD);
        Candidate ex = SIZER.candidate(model("llama2-70b-chat"), WeightFormat.Q4_K_M, RunConfig.of(4096), hw, true, Engine.EXLLAMA, true);
        assertThat(ex.placement()).isEqualTo(Placement.NONE);
        assertThat(ex.engineIssue().en()).contains("no CPU offload");
        Candidate small = SIZER.candidate(model("llama2-13b-chat"), WeightFormat.Q4_K_M, RunConfig.of(4096), hw, true, Engine.EXLLAMA, true);
        assertThat(small.placement()).isEqualTo(Placement.GPU);
    }

    @Test
    void vllmCandidateCarriesPoolTokensConcurrencyAndItsCommand() {
        Candidate c = SIZER.candidate(model("qwen3-14b"), WeightFormat.BF16, RunConfig.of(16384), gpus("GeForce RTX 4090", 2, 64), true,
                Engine.VLLM, true);
        assertThat(c.fits()).isTrue();
        assertThat(c.placement()).isEqualTo(Placement.MULTI_GPU);
        assertThat(c.tensorParallel()).isEqualTo(2);
        assertThat(c.kvTokens()).isGreaterThan(16384);
        assertThat(c.concurrency()).isCloseTo(c.kvTokens() / 16384.0, within(1e-9));
        assertThat(c.engineMaxContext()).isEqualTo(16384);
        assertThat(c.arithmetic(Lang.EN)).contains("KV pool").contains("tp 2");
        assertThat(CommandWriter.commands(c)).extracting(CommandWriter.Command::command)
                .containsExactly("vllm serve Qwen/Qwen3-14B --max-model-len 16384 --gpu-memory-utilization 0.90 --tensor-parallel-size 2");
    }

    @Test
    void aModelPublishedInAQuantizedFormatIsServedFromItsOwnRepository() {
        // Kimi K2 Thinking is published in INT4 (compressed-tensors): no "-GPTQ-Int4" copy is needed or named.
        Hardware hw = gpus("H200", 8, 1024);
        Candidate own = SIZER.candidate(model("kimi-k2-thinking"), WeightFormat.GPTQ_INT4, RunConfig.of(8192), hw, true, Engine.VLLM, true);
        assertThat(own.published()).isTrue();
        assertThat(CommandWriter.commands(own)).singleElement().satisfies(c -> {
            assertThat(c.command()).startsWith("vllm serve moonshotai/Kimi-K2-Thinking --");
            assertThat(c.note()).isNull();
        });
        Candidate other = SIZER.candidate(model("qwen3-14b"), WeightFormat.GPTQ_INT4, RunConfig.of(8192), hw, true, Engine.VLLM, true);
        assertThat(other.published()).isFalse();
        assertThat(CommandWriter.commands(other)).singleElement().satisfies(c ->
                assertThat(c.command()).startsWith("vllm serve Qwen/Qwen3-14B-GPTQ-Int4 "));
    }

    @Test
    void servingEnginesAreOfferedTheirOwnFormatLadder() {
        List<WeightFormat> gguf = FactBuilder.LADDER;
        assertThat(SIZER.ladder(Engine.VLLM, gguf)).contains(WeightFormat.BF16, WeightFormat.FP8, WeightFormat.AWQ_INT4, WeightFormat.BNB_NF4)
                .doesNotContain(WeightFormat.Q4_K_M);
        assertThat(SIZER.ladder(Engine.MLX, gguf)).containsExactly(WeightFormat.BF16, WeightFormat.MLX_8BIT, WeightFormat.MLX_6BIT, WeightFormat.MLX_4BIT);
        assertThat(SIZER.ladder(null, gguf)).isEqualTo(gguf);
        assertThat(SIZER.ladder(Engine.OLLAMA, gguf)).isEqualTo(gguf);
        Candidate q4 = SIZER.candidate(model("qwen3-8b"), WeightFormat.Q4_K_M, RunConfig.of(8192), mac("Apple M2 Pro", 32), true,
                Engine.MLX, true);
        assertThat(q4.placement()).isEqualTo(Placement.NONE);
        assertThat(q4.engineIssue().en()).contains("does not load GGUF Q4_K_M");
        Candidate awq = SIZER.candidate(model("qwen3-8b"), WeightFormat.AWQ_INT4, RunConfig.of(8192), gpus("GeForce RTX 4090", 1, 64), true,
                Engine.OLLAMA, true);
        assertThat(awq.engineIssue().en()).contains("GGUF files");
    }

    @Test
    void aGgufQuantNamedWithVllmOrSglangIsSizedAsThatFileWithItsCommand() {
        // docs.vllm.ai features/quantization/gguf: one .gguf file, the base repository's tokenizer, experimental
        Hardware hw = gpus("GeForce RTX 4090", 1, 64);
        Candidate q4 = SIZER.candidate(model("qwen3-8b"), WeightFormat.Q4_K_M, RunConfig.of(8192), hw, true, Engine.VLLM, true);
        Candidate bf16 = SIZER.candidate(model("qwen3-8b"), WeightFormat.BF16, RunConfig.of(8192), hw, true, Engine.VLLM, true);
        assertThat(q4.placement()).isEqualTo(Placement.GPU);
        assertThat(q4.engineIssue()).isNull();
        assertThat(q4.weightsGb()).isLessThan(bf16.weightsGb() / 3);
        assertThat(q4.engineNotes()).anyMatch(n -> n.en().contains("GGUF support experimental and under-optimized") && n.en().contains("llama-gguf-split --merge"));
        assertThat(CommandWriter.commands(q4)).singleElement().satisfies(c -> assertThat(c.command())
                .startsWith("vllm serve ./Qwen3-8B-Q4_K_M.gguf --tokenizer Qwen/Qwen3-8B --max-model-len "));
        // the 16-bit weights are the published safetensors checkpoint, not a GGUF file
        assertThat(bf16.engineNotes()).noneMatch(n -> n.en().contains("GGUF"));
        assertThat(CommandWriter.commands(bf16)).singleElement().satisfies(c -> assertThat(c.command()).startsWith("vllm serve Qwen/Qwen3-8B "));
        Candidate sg = SIZER.candidate(model("qwen3-8b"), WeightFormat.Q8_0, RunConfig.of(8192), hw, true, Engine.SGLANG, true);
        assertThat(sg.placement()).isEqualTo(Placement.GPU);
        assertThat(sg.engineNotes()).anyMatch(n -> n.en().contains("--tokenizer-path"));
        assertThat(CommandWriter.commands(sg)).singleElement().satisfies(c -> assertThat(c.command())
                .startsWith("python -m sglang.launch_server --model-path ./Qwen3-8B-Q8_0.gguf --tokenizer-path Qwen/Qwen3-8B --context-length "));
    }

    @Test
    void ollamaWithoutAContextUsesItsVramBasedDefault() {
        // ollama/ollama server/routes.go: 4096 below 23 GiB of VRAM, 32768 from 23 GiB, 262144 from 47 GiB, capped at the model's context.
        Candidate small = SIZER.candidate(model("qwen3-8b"), WeightFormat.Q4_K_M, RunConfig.of(8192), gpus("GeForce RTX 4060", 1, 32), true,
                Engine.OLLAMA, false);
        assertThat(small.context()).isEqualTo(4096);
        Candidate mid = SIZER.candidate(model("qwen3-8b"), WeightFormat.Q4_K_M, RunConfig.of(8192), gpus("GeForce RTX 3090", 1, 32), true,
                Engine.OLLAMA, false);
        assertThat(mid.context()).isEqualTo(32768);
        Candidate big = SIZER.candidate(model("llama3-8b-instruct"), WeightFormat.Q4_K_M, RunConfig.of(8192), gpus("GeForce RTX 3090", 2, 32), true,
                Engine.OLLAMA, false);
        assertThat(big.context()).isEqualTo(8192); // 262144 capped at Llama 3's 8192
        Candidate given = SIZER.candidate(model("qwen3-8b"), WeightFormat.Q4_K_M, RunConfig.of(16384), gpus("GeForce RTX 4060", 1, 32), true,
                Engine.OLLAMA, true);
        assertThat(given.context()).isEqualTo(16384);
        assertThat(CommandWriter.commands(small)).extracting(CommandWriter.Command::command)
                .contains("OLLAMA_CONTEXT_LENGTH=4096 OLLAMA_FLASH_ATTENTION=1 ollama serve", "ollama run qwen3:8b");
    }

    @Test
    void ktransformersKeepsEveryRoutedExpertInRam() {
        Candidate c = SIZER.candidate(model("qwen3-30b-a3b"), WeightFormat.Q4_K_M, RunConfig.of(8192), gpus("GeForce RTX 4060 Ti 16GB", 1, 64), true,
                Engine.KTRANSFORMERS, true);
        assertThat(c.expertsInRam()).isTrue();
        assertThat(c.cpuMoeLayers()).isEqualTo(48);
        assertThat(c.ramGb()).isGreaterThan(15);
        assertThat(c.gpuGb()).isLessThan(5);
        assertThat(CommandWriter.commands(c).get(0).command()).startsWith("python -m ktransformers.local_chat --model_path Qwen/Qwen3-30B-A3B --gguf_path");
    }

    @Test
    void ktransformersNeedsAGpuForMoeAndDenseModelsAlike() {
        Hardware cpuOnly = Hardware.of(List.of(), Units.gib(512));
        for (String id : List.of("qwen3-30b-a3b", "llama3.1-8b-instruct")) {
            Candidate c = SIZER.candidate(model(id), WeightFormat.Q4_K_M, RunConfig.of(8192), cpuOnly, true, Engine.KTRANSFORMERS, true);
            assertThat(c.placement()).isEqualTo(Placement.NONE);
            assertThat(c.engineIssue().en()).contains("needs a GPU");
        }
        Candidate withGpu = SIZER.candidate(model("qwen3-30b-a3b"), WeightFormat.Q4_K_M, RunConfig.of(8192), gpus("GeForce RTX 4090", 1, 64), true,
                Engine.KTRANSFORMERS, true);
        assertThat(withGpu.fits()).isTrue();
    }

    @Test
    void mlxFourBitIsFourAndAHalfBitsPerWeightAndStaysInUnifiedMemory() {
        ModelEntry m = model("llama3.1-8b-instruct");
        long bf16 = ModelSpec.of(m.id(), m.arch(), WeightFormat.BF16).profile().fileBytes();
        long q4 = ModelSpec.of(m.id(), m.arch(), WeightFormat.MLX_4BIT).profile().fileBytes();
        // Group size 64 with a 16-bit scale and bias: 36 bytes per 64 weights; norms stay 16/32-bit.
        assertThat((double) q4 / bf16).isCloseTo(4.5 / 16, within(0.005));
        Hardware m2 = mac("Apple M2 Pro", 32);
        Candidate c = SIZER.candidate(m, WeightFormat.MLX_4BIT, RunConfig.of(8192), m2, true, Engine.MLX, true);
        assertThat(c.placement()).isEqualTo(Placement.GPU);
        assertThat(CommandWriter.commands(c)).extracting(CommandWriter.Command::command).containsExactly(
                "mlx_lm.convert --hf-path meta-llama/Llama-3.1-8B-Instruct --mlx-path ./Llama-3.1-8B-Instruct-4bit-mlx -q --q-bits 4 --q-group-size 64",
                "mlx_lm.server --model ./Llama-3.1-8B-Instruct-4bit-mlx");
        Candidate tooBig = SIZER.candidate(model("llama3.1-70b-instruct"), WeightFormat.BF16, RunConfig.of(8192), m2, true, Engine.MLX, true);
        assertThat(tooBig.placement()).isEqualTo(Placement.NONE);
        assertThat(tooBig.engineIssue().en()).contains("unified memory");
        Candidate onNvidia = SIZER.candidate(m, WeightFormat.MLX_4BIT, RunConfig.of(8192), gpus("GeForce RTX 3090", 1, 32), true, Engine.MLX, true);
        assertThat(onNvidia.engineIssue().en()).contains("Apple Silicon");
    }

    @Test
    void mlxAndTransformersLoadGptOssInItsOwnMxfp4() {
        // given gpt-oss-20b as released (MXFP4) under MLX on a 32 GB Mac and under transformers on a 24 GB card
        ModelEntry m = model("gpt-oss-20b");
        Candidate mlx = SIZER.candidate(m, WeightFormat.MXFP4, RunConfig.of(8192), mac("Apple M2 Pro", 32), true, Engine.MLX, true);
        Candidate hf = SIZER.candidate(m, WeightFormat.MXFP4, RunConfig.of(8192), gpus("GeForce RTX 3090", 1, 32), true, Engine.TRANSFORMERS, true);
        // then both are sized in that format (MLX's mxfp4 mode, transformers' quant_method mxfp4), not refused as a GGUF
        assertThat(mlx.placement()).isEqualTo(Placement.GPU);
        assertThat(hf.placement()).isEqualTo(Placement.GPU);
        assertThat(mlx.engineIssue()).isNull();
        assertThat(hf.engineIssue()).isNull();
    }

    @Test
    void mlxWithNoMachineStatedCountsTheKvCacheOfTheContext() {
        // given "how much memory does it need with MLX at 32k?" and no machine (no GPU, RAM unstated)
        ModelEntry m = model("llama3.1-8b-instruct");
        Candidate c = SIZER.candidate(m, WeightFormat.MLX_4BIT, RunConfig.of(32768), Hardware.of(List.of(), Units.gib(1024)), true, Engine.MLX, true);
        // then the need holds the 16-bit KV cache of 32k tokens (32 layers x 8 KV heads x 128 x 2 x 2 bytes = 4 GiB), not the file alone
        assertThat(c.kvGb()).isCloseTo(4.0, within(0.3));
        assertThat(c.totalGb()).isGreaterThan(c.weightsGb() + 3.5);
        // and no placement is claimed where no Mac is known
        assertThat(c.placement()).isEqualTo(Placement.NONE);
    }

    @Test
    void mlxAboveTheWiredLimitSaysHowToRaiseIt() {
        // 96 GB: a 72 GB GPU working set (3/4); Llama 3.1 70B at 8.5 bpw needs about 73 GB with its cache.
        Hardware m3 = mac("Apple M3 Max (30-core GPU)", 96);
        Candidate c = SIZER.candidate(model("llama3.1-70b-instruct"), WeightFormat.MLX_8BIT, RunConfig.of(8192), m3, true, Engine.MLX, true);
        assertThat(c.placement()).isEqualTo(Placement.GPU);
        assertThat(c.engineNotes()).anyMatch(n -> n.en().contains("sudo sysctl iogpu.wired_limit_mb="));
        assertThat(CommandWriter.commands(c).get(0).command()).startsWith("sudo sysctl iogpu.wired_limit_mb=");
    }

    @Test
    void transformersOffloadsWhatDoesNotFitAndRefusesBitsandbytesOffload() {
        Hardware hw = gpus("GeForce RTX 4060 Ti 16GB", 1, 64);
        Candidate bf16 = SIZER.candidate(model("qwen3-14b"), WeightFormat.BF16, RunConfig.of(4096), hw, true, Engine.TRANSFORMERS, true);
        assertThat(bf16.placement()).isEqualTo(Placement.OFFLOAD);
        assertThat(bf16.gpuLayers()).isBetween(10, 39);
        Candidate nf4 = SIZER.candidate(model("qwen3-14b"), WeightFormat.BNB_NF4, RunConfig.of(4096), hw, true, Engine.TRANSFORMERS, true);
        assertThat(nf4.placement()).isEqualTo(Placement.GPU);
        assertThat(CommandWriter.commands(nf4).get(0).command()).contains("BitsAndBytesConfig(load_in_4bit=True").contains("device_map='auto'");
        Candidate nf4TooBig = SIZER.candidate(model("qwen3-32b"), WeightFormat.BNB_NF4, RunConfig.of(4096), gpus("GeForce RTX 4060", 1, 64), true,
                Engine.TRANSFORMERS, true);
        assertThat(nf4TooBig.engineIssue().en()).contains("bitsandbytes");
    }

    @Test
    void llamaServerCommandRealisesAMultiGpuSplitAndExpertOffload() {
        Candidate split = SIZER.candidate(model("llama3.1-70b-instruct"), WeightFormat.Q4_K_M, RunConfig.of(8192),
                gpus("GeForce RTX 3090", 2, 64), true);
        assertThat(split.placement()).isEqualTo(Placement.MULTI_GPU);
        String cmd = CommandWriter.llamaServer(split).command();
        assertThat(cmd).startsWith("llama-server -m Llama-3.1-70B-Instruct-Q4_K_M.gguf -c 8192 -ngl 81 -ts ");
        assertThat(cmd).endsWith("-fa on");
        Candidate moe = SIZER.candidate(model("qwen3-30b-a3b"), WeightFormat.Q4_K_M, RunConfig.of(8192).withKvType(KvCacheType.Q8_0),
                gpus("GeForce RTX 4060", 1, 64), true);
        assertThat(moe.expertsInRam()).isTrue();
        assertThat(CommandWriter.llamaServer(moe).command())
                .contains("-ngl 49 --n-cpu-moe " + moe.cpuMoeLayers() + " -fa on -ctk q8_0 -ctv q8_0");
    }

    @Test
    void fp8UsesTheGpuCatalogsSupportFlags() {
        // RTX 3090 (Ampere): no FP8 units, BF16 yes -> vLLM runs FP8 checkpoints weight-only (FP8 Marlin).
        Candidate ampere = SIZER.candidate(model("qwen3-8b"), WeightFormat.FP8, RunConfig.of(8192), gpus("GeForce RTX 3090", 1, 64), true,
                Engine.VLLM, true);
        assertThat(ampere.fits()).isTrue();
        assertThat(ampere.engineNotes()).anyMatch(n -> n.en().contains("weight-only"));
        // T4 (Turing): neither -> refused, with the reason.
        Candidate turing = SIZER.candidate(model("qwen3-8b"), WeightFormat.FP8, RunConfig.of(8192), gpus("Tesla T4", 1, 64), true,
                Engine.VLLM, true);
        assertThat(turing.placement()).isEqualTo(Placement.NONE);
        assertThat(turing.engineIssue().en()).contains("FP8");
        // RTX 4090 (Ada): native.
        Candidate ada = SIZER.candidate(model("qwen3-8b"), WeightFormat.FP8, RunConfig.of(8192), gpus("GeForce RTX 4090", 1, 64), true,
                Engine.VLLM, true);
        assertThat(ada.engineNotes()).noneMatch(n -> n.en().contains("weight-only"));
    }

    @Test
    void fp8DeepSeekV3OnA100sSaysHowManyAreNeeded() {
        Candidate c = SIZER.candidate(model("deepseek-v3"), WeightFormat.FP8, RunConfig.of(32768), gpus("A100 80GB", 8, 1024), true,
                Engine.VLLM, true);
        assertThat(c.placement()).isEqualTo(Placement.NONE);
        assertThat(c.gpusNeeded()).isEqualTo(16);
    }
}
