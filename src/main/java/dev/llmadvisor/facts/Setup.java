package dev.llmadvisor.facts;

/**
 * What the person runs and what goes wrong, as one fact for the diagnosis rules: the engine, the symptoms
 * they describe (from {@link Report}) joined with what their log shows, the speed they see, and the key of
 * the candidate that stands for their setup (the named model in the format they run, sized by the sizing
 * core on the named hardware), or null when the question names no model or hardware.
 *
 * @param engine          the engine they run (as named, else as the log shows), or null
 * @param slow            they say it is slow, or the log shows under {@link #SLOW_TPS} tokens/s
 * @param outOfMemory     they say it runs out of memory, or the log shows an allocation that failed
 * @param gpuNotUsed      they say the GPU is not used
 * @param partialVram     they say only part of the VRAM, or one GPU of several, is used
 * @param contextLimit    they hit a context or max-length limit
 * @param works           they say it runs (possibly slowly): a fact to improve on, never to contradict
 * @param tokensPerSecond the speed they see (said, else printed), or 0
 * @param context         the context they run (said, else printed), or 0
 * @param focusKey        the candidate key of their setup, or null
 * @param gpuCount        GPUs in the question, else in the log
 * @param cpuOnly         no GPU: they said so, or the machine has none
 * @param otherUse        they mention another model or program holding the GPU
 * @param quantizing      they say they load it quantized (int8/int4, load_in_4bit)
 * @param ramSpill        they say part of the model sits in system RAM
 * @param afterUpdate     they say it worked before an update of the engine
 * @param taskManager     they judge GPU use by the Windows Task Manager (its default graph shows 3D work, not CUDA)
 * @param memoryUse       they ask why the setup takes so much memory, without a failure
 * @param minComputeCapability the lowest NVIDIA compute capability among the GPUs they or their log name (the
 *                        catalog's figure), or 0 when none is known
 * @param tpRefused       their command's tensor-parallel size is one the model's attention or KV heads do not admit
 * @param failed          they say it does not run or crashes ("cannot load", "keeps crashing", 跑不起来), however it fails
 * @param gpusHang        they say a run over several GPUs hangs or fails where one GPU works (tensor parallel "stuck",
 *                        "NCCL hangs", "works fine on a single GPU", 多卡卡住)
 * @param memoryNotReleased they say GPU memory stays taken after the engine stopped ("VRAM still occupied after exiting",
 *                        显存不释放)
 * @param gpuOnly         their setup keeps the whole model on the GPU with no layers in RAM (a runtime with no CPU path,
 *                        {@link Ask#gpuOnlyAs}, or transformers moving it whole onto the GPU): nothing of it runs from RAM
 * @param longInput      they name a long input where the memory fails ("OOM with long prompts", "insufficient memory for
 *                        overly long context", 超长文本的推理OOM)
 * @param reserver       the engine reserves a share of the GPU's memory at start-up ({@link UpFrontReservers}), or null
 * @param shortfall      the weight format they run needs a compute capability their oldest named card lacks
 *                        ({@link FormatSupport}), or null
 * @param memoryLow      they ask why it takes so little memory ("only uses 1.6gb", 只用了18G): not a failure
 * @param garbage        the output is garbage (gibberish, 乱码, 胡言乱语)
 * @param worksElsewhere the same model runs on the same machine with another engine, OS or engine mode ("works fine on Ubuntu")
 * @param slotsBlamed    they name the engine's parallel slots where the memory fails ("default parallelism = 4 caused OOM",
 *                        并发数设为 8 时爆显存): each slot holds a context of KV cache
 * @param oneSlotWorks   it fails with several parallel slots and runs with one ("starts normally with --parallel 1",
 *                        "OLLAMA_NUM_PARALLEL=1 fixed it", 并发设为1就正常了)
 * @param largerModelRuns a model as large or larger runs on the same setup ("other larger models load correctly",
 *                        "llama2-13b都加载得好好的" beside a failing 13B)
 * @param intelMac       the machine is an Intel Mac: its GPU is reached through Metal by llama.cpp alone, not by Ollama or ROCm
 * @param usedGb         the memory they see the model take ("占用27G", "uses 24GB"; {@link Report#usedGb}), or 0: against the
 *                        model's parameters it shows the bytes per weight loaded
 * @param unifiedMemory  the GPU shares the system's memory (a Jetson board, Apple Silicon, a phone): RAM running out is
 *                        the GPU's memory running out, with no separate GPU memory for the model to reach
 * @param memoryGrows    they say the memory taken keeps growing as the run goes on ("RAM usage increasing over time",
 *                        显存不断增加)
 * @param quantizedNoSmaller they say a quantized load takes about the memory of the 16-bit one ("load_in_8bit … still
 *                        12.4GB", 和非量化一样)
 */
public record Setup(Engine engine, boolean slow, boolean outOfMemory, boolean gpuNotUsed, boolean partialVram,
                    boolean contextLimit, boolean works, double tokensPerSecond, int context, String focusKey,
                    int gpuCount, boolean cpuOnly, boolean otherUse, boolean quantizing, boolean ramSpill,
                    boolean afterUpdate, boolean taskManager, boolean memoryUse, double minComputeCapability, boolean tpRefused,
                    boolean failed, boolean gpusHang, boolean memoryNotReleased, boolean gpuOnly, boolean longInput,
                    UpFrontReservers.Reserver reserver, FormatSupport.Shortfall shortfall,
                    boolean memoryLow, boolean garbage, boolean worksElsewhere, boolean slotsBlamed, boolean oneSlotWorks,
                    boolean gpuUnsupported, boolean largerModelRuns, boolean intelMac, double usedGb,
                    boolean unifiedMemory, boolean memoryGrows, boolean quantizedNoSmaller) {

    /** A speed below this reads as slow when the person gives no word for it. */
    public static final double SLOW_TPS = 3.0;

    public static final Setup NONE = new Setup(null, false, false, false, false, false, false, 0, 0, null, 0, false, false, false, false, false, false, false, 0, false, false, false, false, false, false, null, null, false, false, false, false, false, false, false, false, 0, false, false, false);

    public boolean engineIs(String id) { return engine != null && engine.id().equals(id); }

    /** The engine loads GGUF files layer by layer (llama.cpp, Ollama, LM Studio), or is not known. */
    public boolean layerEngine() { return engine == null || engine.runsGguf(); }

    /** The engine reserves a memory pool and fills it with KV-cache blocks (vLLM, SGLang). */
    public boolean poolEngine() { return engine == Engine.VLLM || engine == Engine.SGLANG; }

    /** The lowest compute capability the engine's CUDA builds run on ({@link OldestCard#engineMinimum}). */
    public double minEngineComputeCapability() { return OldestCard.engineMinimum(engine); }

    /** A named NVIDIA card is older than the engine's builds support. */
    public boolean gpuTooOldForEngine() { return new OldestCard(null, minComputeCapability).tooOldFor(engine); }

    /**
     * The oldest named card computes FP16 at 1/64 of its FP32 rate: compute capability 6.1 (GeForce 10 series, Tesla
     * P40/P4), 2 results per clock per SM against 128 (CUDA C++ Programming Guide, arithmetic instruction throughput).
     */
    public boolean fp16Crawls() { return Math.abs(minComputeCapability - 6.1) < 0.01; }

    /** The engine's kernels compute in FP16 on such a card (ExLlama, vLLM, SGLang, TGI), unlike llama.cpp's FP32/int8 paths. */
    public boolean fp16Engine() {
        return engine == Engine.EXLLAMA || engine == Engine.VLLM || engine == Engine.SGLANG || engine == Engine.TGI;
    }

    /** The engine loads safetensors in 16-bit unless told otherwise (transformers, vLLM, SGLang, TGI). */
    public boolean sixteenBitEngine() {
        return engine == Engine.TRANSFORMERS || engine == Engine.VLLM || engine == Engine.SGLANG || engine == Engine.TGI;
    }
}
