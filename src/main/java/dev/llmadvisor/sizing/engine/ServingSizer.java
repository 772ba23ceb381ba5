package dev.llmadvisor.sizing.engine;

import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.Profile;
import dev.llmadvisor.sizing.Quantizer;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sizes a model the way the safetensors serving engines allocate GPU memory. They do not place layers in RAM:
 * each GPU holds its tensor-parallel share of its pipeline stage's weights, and what is left of a fixed share
 * of the card becomes a pool of KV-cache blocks, whose size decides the longest context and how many requests
 * of that length run at once.
 * <ul>
 * <li><b>vLLM</b> (docs: "gpu_memory_utilization", "Conserving memory"; start-up log of
 * {@code determine_available_memory} in vllm/v1/worker/gpu_worker.py): budget = total GPU memory x
 * {@code --gpu-memory-utilization} (default 0.9); it loads the weights, runs one forward pass of
 * {@code max_num_batched_tokens} dummy tokens and one sampler pass over {@code max_num_seqs} rows, and
 * reserves budget - weights - activation peak - non-torch memory for the KV cache, in blocks of 16 tokens.
 * It refuses to start when one request of {@code --max-model-len} tokens does not fit the pool. CUDA graphs
 * are captured afterwards, in the share the budget leaves free.</li>
 * <li><b>SGLang</b> ({@code mem_fraction_static}, python/sglang/srt/server_args.py; default 0.88 at tp 1,
 * 0.87 at tp 2, 0.85 at tp 4, 0.81 at tp 8): weights and the KV pool fill total x fraction; activations and
 * CUDA graphs live in the rest.</li>
 * <li><b>TGI</b> ({@code --cuda-memory-fraction}, default 1.0): warms up with {@code --max-batch-prefill-tokens}
 * (default 4096) and turns the free memory into KV blocks, keeping some slack. Not yet checked against logs.</li>
 * </ul>
 * Pure: no I/O, no state.
 */
public final class ServingSizer {

    /** Which engine, with its defaults. */
    public enum Engine {
        VLLM("vLLM", 16, "--max-model-len"), SGLANG("SGLang", 1, "--context-length"), TGI("TGI", 16, "--max-total-tokens");

        private final String display;
        private final int blockSize;
        private final String contextFlag;

        Engine(String display, int blockSize, String contextFlag) {
            this.display = display;
            this.blockSize = blockSize;
            this.contextFlag = contextFlag;
        }

        public String display() { return display; }

        /** The launch flag that caps one request's tokens (each engine spells it its own way). */
        public String contextFlag() { return contextFlag; }

        /** Tokens per KV block (vLLM's CUDA default 16; SGLang's radix cache pages of 1 token). */
        public int blockSize() { return blockSize; }

        /** The engine's default share of GPU memory for a tensor-parallel size. */
        public double defaultUtilization(int tp) {
            return switch (this) {
                case VLLM -> 0.9;
                case TGI -> 1.0;
                case SGLANG -> tp >= 16 ? 0.79 : tp >= 8 ? 0.81 : tp >= 4 ? 0.85 : tp >= 2 ? 0.87 : 0.88;
            };
        }
    }

    /**
     * How vLLM profiles. CURRENT: the V1 engine (0.8 and later): max_num_batched_tokens 2048, or 8192 on cards
     * of 70 GiB and more that are not A100s, max_num_seqs 256 or 1024 (vllm/engine/arg_utils.py). V1_EARLY: the V1
     * engine while it was opt-in (0.7.x, VLLM_USE_V1=1): the same token budgets (8192 for H100/H200 since
     * vllm-project/vllm#12369) but 256 sequences on every card. LEGACY_V0: the V0 engine (0.7 and earlier):
     * without chunked prefill (max_model_len up to 32k) the profile runs max(max_model_len, 2048) tokens, with it
     * (longer contexts) 512; 256 sequences.
     */
    public enum Profiling { CURRENT, V1_EARLY, LEGACY_V0 }

    /**
     * A run. {@code utilization} 0: the engine's default; {@code parallelism} null: chosen from the card count;
     * {@code maxNumBatchedTokens} / {@code maxNumSeqs} 0: the engine's defaults.
     */
    public record Config(Engine engine, int maxModelLen, double utilization, boolean fp8KvCache, Parallelism parallelism,
                         int maxNumBatchedTokens, int maxNumSeqs, Profiling profiling) {
        public Config {
            if (engine == null) engine = Engine.VLLM;
            if (maxModelLen < 1) throw new IllegalArgumentException("max model length must be positive");
            if (utilization < 0 || utilization > 1) throw new IllegalArgumentException("utilization must be within 0..1, got " + utilization);
            if (profiling == null) profiling = Profiling.CURRENT;
        }

        public static Config of(Engine engine, int maxModelLen) {
            return new Config(engine, maxModelLen, 0, false, null, 0, 0, Profiling.CURRENT);
        }

        public Config withUtilization(double u) { return new Config(engine, maxModelLen, u, fp8KvCache, parallelism, maxNumBatchedTokens, maxNumSeqs, profiling); }
        public Config withFp8KvCache(boolean b) { return new Config(engine, maxModelLen, utilization, b, parallelism, maxNumBatchedTokens, maxNumSeqs, profiling); }
        public Config withParallelism(Parallelism p) { return new Config(engine, maxModelLen, utilization, fp8KvCache, p, maxNumBatchedTokens, maxNumSeqs, profiling); }
        public Config withBatch(int tokens, int seqs) { return new Config(engine, maxModelLen, utilization, fp8KvCache, parallelism, tokens, seqs, profiling); }
        public Config withProfiling(Profiling p) { return new Config(engine, maxModelLen, utilization, fp8KvCache, parallelism, maxNumBatchedTokens, maxNumSeqs, p); }
    }

    /**
     * The engine's accounting, per GPU (the fullest pipeline stage). {@code kvTokens}: what the KV pool holds
     * (blocks x block size); {@code maxContext}: the longest request it serves, at most {@code maxModelLen};
     * {@code concurrency}: requests of maxModelLen tokens at once (vLLM's "Maximum concurrency" line).
     * {@code refusal}: why the engine cannot run this at all (null when it can), {@code cause} its kind (null with
     * no refusal); {@code notes}: cautions.
     */
    public record Estimate(Engine engine, WeightFormat format, Parallelism parallelism, int maxModelLen, double utilization,
                           long totalPerGpu, long budgetPerGpu, long weightsPerGpu, long activationPerGpu, long nonTorchPerGpu,
                           long cudaGraphPerGpu, long kvPoolPerGpu, long kvBytesPerTokenPerGpu, long blocks, long kvTokens,
                           int maxContext, double concurrency, String kvCacheDtype, boolean fp8WeightOnly, Remark refusal,
                           Cause cause, List<Remark> notes) {
        public Estimate {
            notes = List.copyOf(notes);
        }

        /** The engine starts and serves one request of maxModelLen tokens. */
        public boolean fits() { return refusal == null && kvTokens >= maxModelLen; }

        public int gpus() { return parallelism == null ? 0 : parallelism.gpus(); }

        Estimate withNote(Remark note) {
            List<Remark> more = new ArrayList<>(notes);
            more.add(note);
            return new Estimate(engine, format, parallelism, maxModelLen, utilization, totalPerGpu, budgetPerGpu, weightsPerGpu,
                    activationPerGpu, nonTorchPerGpu, cudaGraphPerGpu, kvPoolPerGpu, kvBytesPerTokenPerGpu, blocks, kvTokens,
                    maxContext, concurrency, kvCacheDtype, fp8WeightOnly, refusal, cause, more);
        }

        /** Weights, activation, non-torch memory and KV pool on one GPU: what the engine takes of it. */
        public long usedPerGpu() { return weightsPerGpu + activationPerGpu + nonTorchPerGpu + Math.max(0, kvPoolPerGpu); }
    }

    /**
     * What kind of refusal an estimate carries. NO_GPU, FORMAT and GPU_ARITHMETIC (a format the card has no units or kernel for: FP8, NVFP4) stay whatever the number of cards;
     * PARALLELISM depends on the split; MEMORY (weights and activations leave no room for the KV cache) is what
     * more cards cure.
     */
    public enum Cause { NO_GPU, FORMAT, PARALLELISM, GPU_ARITHMETIC, MEMORY }

    /**
     * Memory a CUDA runtime reports as total is below the marketed size (ECC, reserved regions): 24 GB cards
     * print total_gpu_memory 23.58 GiB (vllm-project/vllm#10517, #14447), H100 80 GB 79.22 GiB (#10511).
     * total = nominal x 0.99 - 0.18 GiB matches both within 0.2 GiB.
     */
    public static long visibleMemory(long nominal) {
        return Math.max(0, Math.round(nominal * 0.99) - Units.gib(0.18));
    }

    /**
     * Bytes per batched token of the profiling forward pass: the largest live set of the feed-forward (gate and
     * up outputs and the activation, 3 x ffn per rank, 16-bit) plus residual and attention buffers of about
     * 3 x hidden. Fitted on vllm-project/vllm#10517 (Llama 3.1 8B, RTX 3090: peak_torch_memory - weights = 2.07
     * GiB at 20,000 tokens, 2.99 GiB at 29,000: 109.8 kB per token).
     */
    static final double HIDDEN_COPIES = 3.0;
    /**
     * Bytes per (row x vocabulary entry) of the profiling sampler pass: fp32 logits, softmax, the sorted copy with
     * int64 indices for top-p/top-k, and masks. Fitted on vllm-project/vllm#10511 (Llama 3 8B, H100, 256 rows,
     * vocabulary 128,256: activation peak 1.26 GiB, above the 0.85 GiB of its 8192-token forward pass).
     */
    static final double SAMPLER_BYTES = 40.0;
    /** Memory outside PyTorch's allocator (CUDA context share, cuBLAS workspace): 0.03-0.35 GiB in the fitting logs. */
    static final long NON_TORCH = Units.gib(0.25);
    /** NCCL and custom all-reduce buffers with more than one GPU. */
    static final long NON_TORCH_PARALLEL = Units.gib(0.25);
    /** CUDA graphs for decode batch sizes: vLLM logs "Graph capturing finished ... took 0.13-0.5 GiB" for 1-8B models. */
    static final long CUDA_GRAPHS = Units.gib(0.5);
    /** TGI keeps this share of the free memory for KV blocks after its warm-up (an assumption, not checked against logs). */
    static final double TGI_KV_SHARE = 0.93;

    private ServingSizer() { }

    /** Sizes the model on these GPUs (the smallest card bounds every rank). */
    public static Estimate estimate(ModelSpec spec, Config cfg, List<Device> gpus, GpuCaps caps) {
        if (spec.format() == WeightFormat.MXFP4) {
            spec = ModelSpec.of(spec.id(), spec.arch(), spec.format(), Quantizer.quantizeForServing(spec.arch(), spec.format()));
        }
        ModelArch a = spec.arch();
        WeightFormat f = spec.format();
        String name = cfg.engine().display();
        List<Remark> notes = new ArrayList<>();
        Remark refusal = null;
        Cause cause = null;
        if (gpus.isEmpty()) {
            refusal = new Remark(name + " needs a GPU; it has no CPU offload by default", name + " 需要 GPU；它默认不能卸载到 CPU 运行");
            cause = Cause.NO_GPU;
        }
        // vLLM and SGLang load a single GGUF file (knowledge/formats.yaml); TGI's CUDA server does not
        if (refusal == null && f != null && f.ggufFileOnly() && cfg.engine() == Engine.TGI) {
            refusal = new Remark(name + " loads safetensors checkpoints, not GGUF " + f.label()
                    + " files; use AWQ/GPTQ, FP8 or bitsandbytes",
                    name + " 加载的是 safetensors 格式的权重，不是 GGUF " + f.label() + " 文件；请改用 AWQ/GPTQ、FP8 或 bitsandbytes");
            cause = Cause.FORMAT;
        }
        if (refusal == null && f != null && f.engine() == WeightFormat.Engine.MLX) {
            refusal = new Remark("MLX formats run only in MLX on Apple Silicon", "MLX 格式只能在 Apple Silicon 上用 MLX 运行");
            cause = Cause.FORMAT;
        }
        Parallelism par = cfg.parallelism();
        if (par == null && !gpus.isEmpty()) {
            par = Parallelism.choose(a, gpus.size(), 8).orElse(null);
            // a model whose heads allow no tensor split, and which one GPU holds, runs on one: pipeline stages over
            // several would only add hops (GPT-2 XL's 25 heads on 2x 3090)
            if (par != null && par.tp() == 1 && par.pp() > 1 && refusal == null) {
                Estimate one = estimate(spec, cfg.withParallelism(new Parallelism(1, 1)), gpus.subList(0, 1), caps);
                if (one.fits()) return one.withNote(new Remark(
                        "one GPU holds it; its " + a.heads() + " attention heads allow no tensor-parallel split, and pipeline stages over "
                                + gpus.size() + " GPUs would only add hops",
                        "一张卡就放得下；它的 " + a.heads() + " 个注意力头无法做张量并行，分到 " + gpus.size() + " 张卡上做流水线并行只会多出卡间传递"));
            }
            if (par == null && refusal == null) {
                refusal = new Remark("no tensor/pipeline split of " + gpus.size() + " GPUs suits the model's " + a.heads()
                        + " attention heads and " + a.kvHeads() + " KV heads",
                        gpus.size() + " 张 GPU 的任何张量/流水线并行切分都不适合模型的 " + a.heads() + " 个注意力头和 "
                        + a.kvHeads() + " 个 KV 头");
                cause = Cause.PARALLELISM;
            }
        }
        if (par != null && refusal == null) {
            Optional<Remark> r = Parallelism.refusal(a, par.tp());
            if (r.isPresent()) {
                refusal = new Remark(name + " cannot use tensor parallelism " + par.tp() + ": " + r.get().en(),
                        name + " 无法使用张量并行 " + par.tp() + "：" + r.get().zh());
                cause = Cause.PARALLELISM;
            } else {
                Parallelism.replicationNote(a, par.tp()).ifPresent(notes::add);
            }
            if (par.gpus() > gpus.size() && refusal == null) {
                refusal = new Remark("tp " + par.tp() + " x pp " + par.pp() + " needs " + par.gpus() + " GPUs; the machine has " + gpus.size(),
                        "tp " + par.tp() + " × pp " + par.pp() + " 需要 " + par.gpus() + " 张 GPU，这台机器只有 " + gpus.size() + " 张");
                cause = Cause.PARALLELISM;
            }
            if (par.pp() > a.layers() && refusal == null) {
                refusal = new Remark("more pipeline stages than layers", "流水线并行的段数多于模型的层数");
                cause = Cause.PARALLELISM;
            }
        }
        boolean fp8WeightOnly = false;
        if (f == WeightFormat.FP8 && refusal == null) {
            if (Boolean.FALSE.equals(caps.fp8())) {
                if (Boolean.TRUE.equals(caps.bf16()) && cfg.engine() == Engine.VLLM) {
                    fp8WeightOnly = true;
                    notes.add(new Remark("this GPU has no FP8 units: vLLM runs FP8 checkpoints on it as weight-only W8A16 (FP8 Marlin),"
                            + " with the memory savings but not the FP8 speed-up",
                            "这张显卡没有 FP8 计算单元：vLLM 会把 FP8 权重按仅权重量化的 W8A16（FP8 Marlin）运行，"
                            + "能省显存，但没有 FP8 的提速"));
                } else {
                    boolean vllm = cfg.engine() == Engine.VLLM;
                    refusal = new Remark("FP8 needs a GPU with FP8 support (NVIDIA Ada, Hopper or newer; AMD MI300)"
                            + (vllm ? "; vLLM's weight-only FP8 fallback needs Ampere or newer" : ""),
                            "FP8 需要支持 FP8 的显卡（NVIDIA Ada、Hopper 或更新的架构；AMD MI300）"
                            + (vllm ? "；vLLM 的仅权重 FP8 回退方案也需要 Ampere 或更新的架构" : ""));
                    cause = Cause.GPU_ARITHMETIC;
                }
            } else if (caps.fp8() == null) {
                notes.add(new Remark("FP8 support of this GPU is not known: FP8 runs natively on Ada, Hopper and newer",
                        "不确定这张显卡是否支持 FP8：Ada、Hopper 及更新的架构才原生支持 FP8"));
            }
        }
        if (f == WeightFormat.NVFP4 && refusal == null && caps.nvfp4() != GpuCaps.Fp4Path.NATIVE) {
            boolean marlin = cfg.engine() == Engine.VLLM && caps.nvfp4() == GpuCaps.Fp4Path.WEIGHT_ONLY;
            if (marlin) {
                notes.add(new Remark("this GPU has no FP4 units: vLLM runs NVFP4 on it weight-only through its Marlin kernel,"
                        + " with the memory savings but not the FP4 speed-up",
                        "这张显卡没有 FP4 计算单元：vLLM 会用 Marlin 内核按仅权重方式运行 NVFP4，能省显存，但没有 FP4 的提速"));
            } else if (caps.nvfp4() == null) {
                notes.add(new Remark("NVFP4 support of this GPU is not known: FP4 runs natively on NVIDIA Blackwell",
                        "不确定这张显卡是否支持 NVFP4：NVIDIA Blackwell 才原生支持 FP4"));
            } else {
                refusal = new Remark("NVFP4 needs an NVIDIA Blackwell GPU" + (cfg.engine() == Engine.VLLM
                                ? "; vLLM's weight-only fallback (Marlin) needs an NVIDIA Ampere or newer card" : ""),
                        "NVFP4 需要 NVIDIA Blackwell 显卡" + (cfg.engine() == Engine.VLLM ? "；vLLM 的仅权重回退（Marlin）也需要 NVIDIA Ampere 或更新的显卡" : ""));
                cause = Cause.GPU_ARITHMETIC;
            }
        }
        boolean fp8Kv = cfg.fp8KvCache();
        if (fp8Kv && Boolean.FALSE.equals(caps.fp8()) && cfg.engine() != Engine.VLLM) {
            notes.add(new Remark(name + " FP8 KV cache needs FP8 support; sized with a 16-bit cache",
                    name + " 的 FP8 KV 缓存需要显卡支持 FP8；已按 16 位缓存估算"));
            fp8Kv = false;
        }
        int tp = par == null ? 1 : par.tp();
        int pp = par == null ? 1 : par.pp();
        double util = cfg.utilization() > 0 ? cfg.utilization() : cfg.engine().defaultUtilization(tp);
        long nominal = gpus.stream().map(Device::memoryBytes).min(Comparator.naturalOrder()).orElse(0L);
        long total = visibleMemory(nominal);
        long budget = Math.round(total * util);

        long weights = weightsPerGpu(spec, tp, pp);
        int dtypeBytes = fp8Kv ? 1 : 2;
        long kvPerToken = kvBytesPerToken(a, tp, pp, dtypeBytes);
        long activation = activation(a, cfg, tp, nominal, gpus, notes);
        long nonTorch = NON_TORCH + (tp * pp > 1 ? NON_TORCH_PARALLEL : 0);
        long pool;
        long graphs = cfg.engine() == Engine.TGI ? 0 : CUDA_GRAPHS;
        switch (cfg.engine()) {
            case SGLANG -> pool = budget - weights - nonTorch;
            case TGI -> pool = Math.round((total * util - weights - activation - nonTorch) * TGI_KV_SHARE);
            default -> pool = budget - weights - activation - nonTorch;
        }
        int block = cfg.engine().blockSize();
        long blocks = pool <= 0 || kvPerToken <= 0 ? 0 : pool / (kvPerToken * block);
        long tokens = blocks * block;
        int maxContext = (int) Math.min(cfg.maxModelLen(), tokens);
        double concurrency = (double) tokens / cfg.maxModelLen();
        if (refusal == null && pool <= 0) {
            double w = Units.toGib(weights), act = Units.toGib(activation + nonTorch), t = Units.toGib(total);
            refusal = new Remark(
                    String.format(Locale.ROOT, "%s leaves no memory for the KV cache: %.1f GB weights + %.1f GB activations on each"
                            + " GPU exceed %.2f x %.1f GB", name, w, act, util, t),
                    String.format(Locale.ROOT, "%s 没有剩余显存给 KV 缓存：每张卡上权重 %.1f GB + 激活 %.1f GB，超过了 %.2f × %.1f GB",
                            name, w, act, util, t));
            cause = Cause.MEMORY;
        }
        // Only vLLM sizes its pool before capturing CUDA graphs and has --enforce-eager to skip them; TGI measures
        // its free memory after the warm-up and SGLang keeps its own reserve.
        if (refusal == null && cfg.engine() == Engine.VLLM && total - budget < graphs + Units.gib(0.2)) {
            double free = Units.toGib(total - budget);
            notes.add(new Remark(
                    String.format(Locale.ROOT, "at utilization %.2f only %.1f GB per GPU stay free for CUDA graphs; add --enforce-eager if"
                            + " start-up runs out of memory", util, free),
                    String.format(Locale.ROOT, "显存利用率为 %.2f 时，每张卡只剩 %.1f GB 给 CUDA graphs；如果启动时显存不足，请加上 --enforce-eager",
                            util, free)));
        }
        return new Estimate(cfg.engine(), f, par, cfg.maxModelLen(), util, total, budget, weights, activation, nonTorch, graphs,
                pool, kvPerToken, blocks, tokens, maxContext, concurrency, fp8Kv ? "fp8" : "auto", fp8WeightOnly, refusal, cause, notes);
    }

    /**
     * Weights on the fullest GPU: each pipeline stage's layers divided over tp ranks (attention by heads, the
     * feed-forward and MoE experts by columns); the embedding sits on the first stage and the LM head on the
     * last, both split by vocabulary. A tied head is one tensor on a single stage, a copy with pp > 1.
     */
    static long weightsPerGpu(ModelSpec spec, int tp, int pp) {
        Profile p = spec.profile();
        int n = spec.arch().layers();
        boolean tied = spec.arch().tiedEmbeddings();
        long best = 0;
        for (int s = 0; s < pp; s++) {
            int from = n * s / pp, to = n * (s + 1) / pp;
            long w = 0;
            for (int il = from; il < to; il++) w += p.dense()[il] + p.experts()[il];
            if (s == 0) w += p.tokenEmbedding();
            if (s == pp - 1) w += pp > 1 && tied ? p.output() : p.hostOutput();
            best = Math.max(best, ceilDiv(w, tp));
        }
        return best;
    }

    /**
     * KV-cache bytes per token on one GPU of the fullest stage: K and V rows of the KV heads this rank holds
     * (replicated heads count in full), or DeepSeek's MLA latent row (kv_lora_rank + rope dims, every rank holds
     * it). Sliding-window layers are counted in full, as vLLM's V0 engine allocated them (V1's hybrid allocator
     * may give more tokens for models that mix window and full layers).
     */
    static long kvBytesPerToken(ModelArch a, int tp, int pp, int dtypeBytes) {
        int layers = (a.layers() + pp - 1) / pp;
        long perLayer;
        if (a.mla() != null) {
            perLayer = (long) (a.mla().kvLoraRank() + a.mla().ropeDim()) * dtypeBytes;
        } else {
            int heads = Parallelism.kvHeadsPerRank(a, tp);
            perLayer = (long) heads * (a.headDimK() + a.headDimV()) * dtypeBytes;
        }
        return perLayer * layers;
    }

    /** The profiling run's activation peak on one GPU. */
    static long activation(ModelArch a, Config cfg, int tp, long nominal, List<Device> gpus, List<Remark> notes) {
        int tokens = cfg.maxNumBatchedTokens(), seqs = cfg.maxNumSeqs();
        boolean big = nominal >= Units.gib(70) && gpus.stream().noneMatch(d -> d.name().toLowerCase(Locale.ROOT).contains("a100"));
        switch (cfg.engine()) {
            case TGI -> {
                if (tokens == 0) tokens = 4096;
                if (seqs == 0) seqs = 1;
            }
            case SGLANG -> {
                if (tokens == 0) tokens = nominal < Units.gib(24.5) ? 2048 : 8192;
                if (seqs == 0) seqs = 1;
            }
            default -> {
                if (cfg.profiling() == Profiling.LEGACY_V0) {
                    if (tokens == 0) tokens = cfg.maxModelLen() > 32768 ? 512 : Math.max(cfg.maxModelLen(), 2048);
                    if (seqs == 0) seqs = 256;
                } else {
                    if (tokens == 0) tokens = big ? 8192 : 2048;
                    if (seqs == 0) seqs = big && cfg.profiling() == Profiling.CURRENT ? 1024 : 256;
                }
            }
        }
        long ffn;
        if (a.moe() != null) {
            ModelArch.Moe m = a.moe();
            ffn = Math.max(a.ffnSize(), (long) m.expertFfnSize() * m.expertsUsed() + (long) m.sharedExperts() * m.sharedFfnSize());
        } else {
            ffn = a.ffnSize();
        }
        double perToken = 2.0 * (3.0 * ffn / tp + HIDDEN_COPIES * a.hiddenSize());
        long forward = Math.round(tokens * perToken);
        long rows = Math.min(seqs, tokens);
        long sampler = Math.round(rows * (double) a.vocabSize() * SAMPLER_BYTES);
        return Math.max(forward, sampler);
    }

    /**
     * The fewest cards of this kind that serve the model at maxModelLen: 1, 2, 4, 8 on one node, then whole
     * nodes of {@code perNode} cards (tp within a node, pp across nodes). Empty when even {@code maxGpus} do not.
     * A refusal more cards cannot lift (FP8 on cards without it, a format the engine does not load) is returned as it is.
     */
    public static Optional<Estimate> fewestGpus(ModelSpec spec, Config cfg, Device card, GpuCaps caps, int perNode, int maxGpus) {
        List<Integer> counts = new ArrayList<>();
        for (int n = 1; n <= Math.min(perNode, maxGpus); n *= 2) counts.add(n);
        for (int nodes = 2; nodes * perNode <= maxGpus; nodes++) counts.add(nodes * perNode);
        for (int n : counts) {
            Parallelism par = n <= perNode ? Parallelism.choose(spec.arch(), n, perNode).orElse(null)
                    : Parallelism.choose(spec.arch(), perNode, perNode).map(p -> new Parallelism(p.tp(), p.pp() * (n / perNode))).orElse(null);
            if (par == null) continue;
            List<Device> gpus = new ArrayList<>();
            for (int i = 0; i < n; i++) gpus.add(card);
            Estimate e = estimate(spec, cfg.withParallelism(par), gpus, caps);
            if (e.fits()) return Optional.of(e);
            // more cards of this kind cannot help a format or FP8 refusal
            if (e.cause() == Cause.GPU_ARITHMETIC || e.cause() == Cause.FORMAT) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }
}
