package dev.llmadvisor.logs;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The families added in the eighteenth pass, in generated pastes worded otherwise than the table's examples and the
 * field sample: the requests outgrowing the server's context, GPUs that cannot talk to each other (NCCL's errors and
 * the prose of a multi-GPU hang), GPU memory held after the engine stopped, and the further wordings of a refused
 * model file, and a 16-bit load of a model the paste does not name running out of memory on a card where a 4-bit load
 * fits; each inside English or Chinese prose, with and without a model and a card named. Next to an
 * out-of-memory error the memory diagnosis stands, and a single-GPU run or memory that was released is not read as one
 * of these families.
 */
class LinkAndContextFormsTest {

    static Assembly assembly;

    @BeforeAll
    static void assemble() {
        assembly = RealAdvisors.asShippedOffline();
    }

    private static String cause(String text) {
        return RealAdvisors.diagnosedCause(text);
    }

    private static final List<String> PROSE_BEFORE = List.of(
            "", "Running Qwen2.5 7B on two RTX 3090s, I get this:\n", "我用两张 4090 跑 Llama 3 8B，报错如下：\n",
            "Any idea what this means?\n```\n", "求助，启动后报错\n");
    private static final List<String> PROSE_AFTER = List.of("", "\nHow do I fix it?", "\n怎么解决？", "\n```\nthanks");

    private static List<String> pastes(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String before : PROSE_BEFORE) for (String line : lines) for (String after : PROSE_AFTER) out.add(before + line + after);
        return out;
    }

    @Test
    void theContextSetTooSmallIsNotAMemoryProblem() {
        List<String> lines = List.of(
                "slot update_slots: id  0 | task 3 | failed to find free space in the KV cache, retrying with smaller batch size, i = 0, n_batch = 1024",
                "decode: failed to find a memory slot for batch of size 2048\nsrv  send_error: task id = 7, error: Context size has been exceeded.",
                "[1708000000] update_slots : failed to find free space in the KV cache, retrying with smaller n_batch = 64",
                "init: failed to find a memory slot for batch of size 128");
        for (String p : pastes(lines)) assertThat(cause(p)).as(p).isEqualTo("other");
    }

    @Test
    void ncclErrorsAreALinkFaultNotMemory() {
        List<String> lines = List.of(
                "(VllmWorkerProcess pid=311) ERROR 05-02 10:11:12 multiproc_worker_utils.py:226] RuntimeError: NCCL error: unhandled system error (run with NCCL_DEBUG=INFO for details)",
                "[rank1]: torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/NCCLUtils.hpp:275, unhandled cuda error (run with NCCL_DEBUG=INFO for details), NCCL version 2.20.5",
                "[rank0]:[E1201 12:00:00.000 ProcessGroupNCCL.cpp:616] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=5, OpType=ALLGATHER, NumelIn=1, NumelOut=2, Timeout(ms)=600000) ran for 600012 milliseconds before timing out.",
                "NCCL error in: ProcessGroupNCCL.cpp:1970, remote process exited or there was a network error, NCCL version 2.21.5");
        for (String p : pastes(lines)) assertThat(cause(p)).as(p).isEqualTo("other");
    }

    @Test
    void aMultiGpuHangWhereOneGpuWorksIsTheLink() {
        List<String> said = List.of(
                "vllm serve Qwen/Qwen2.5-14B-Instruct --tensor-parallel-size 2 just hangs after loading, nothing happens",
                "With tensor_parallel_size=4 the server gets stuck at 'Found nccl from library libnccl.so.2'",
                "The model loads fine with one GPU but on multiple GPUs it hangs forever",
                "It works on a single GPU, but fails to start on multiple GPUs",
                "vLLM 多卡推理卡住了，单卡正常",
                "设置 --tensor-parallel-size 2 之后一直卡住没有反应",
                "NCCL hangs and then times out when I start with 2 GPUs",
                "双卡启动时卡死，单卡可以");
        for (String s : said) assertThat(cause(s)).as(s).isEqualTo("other");
    }

    @Test
    void memoryHeldAfterTheEngineStoppedIsHeldElsewhere() {
        List<String> said = List.of(
                "After I quit ollama the VRAM is still occupied and the next model won't load",
                "GPU memory is not released after the vLLM server is killed",
                "vLLM won't let go of the GPU memory even after shutdown",
                "关闭 ollama 之后显存仍然占用，怎么办",
                "kill 掉进程后显存不释放",
                "退出后显存还在占用，nvidia-smi 里看不到进程");
        for (String s : said) assertThat(cause(s)).as(s).isEqualTo("memory_used_elsewhere");
    }

    @Test
    void memoryAnEarlierModelStillHoldsIsHeldElsewhereBesideTheOutOfMemoryAtLoad() {
        // vllm #4678: a second LLM(...) in the same script runs out while loading, the first one's memory not freed
        String oom = "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 224.00 MiB. GPU\n";
        List<String> said = List.of(
                "vllm doesn't seem to free the gpu memory after initializing the 2nd model",
                "The engine does not appear to release the GPU memory when I load the next model",
                "Ollama didn't seem to let go of the VRAM from the previous model");
        for (String s : said) assertThat(cause(oom + s)).as(s).isEqualTo("memory_used_elsewhere");
        assertThat(ProseHints.of("it doesn't seem to free up disk space").memoryNotReleased()).isFalse();
    }

    @Test
    void aRefusedModelFileInOtherWordings() {
        List<String> lines = List.of(
                "llama_model_load: error loading model: create_tensor: tensor 'output_norm.weight' not found",
                "llama_model_load: error loading model: check_tensor_dims: tensor 'blk.3.attn_k.weight' not found",
                "llama_model_load: error loading model: missing tensor 'blk.0.ssm_a'",
                "error loading model: llama.cpp: tensor 'norm.weight' is missing from model",
                "gguf_init_from_file: invalid magic number 00000000",
                "safetensors_rust.SafetensorError: Error while deserializing header: HeaderTooLarge",
                "llama_model_load: error loading model: tensor 'blk.5.ffn_down.weight' data is not within the file bounds, model is corrupted or incomplete");
        for (String p : pastes(lines)) assertThat(cause(p)).as(p).isEqualTo("other");
    }

    @Test
    void aSixteenBitLoadOfAModelNotNamedIsUnquantizedOnACardWhere4BitFits() {
        List<String> said = List.of("", "My card runs out of memory when loading:\n", "加载模型时爆显存：\n", "用官方的 demo 代码就报错\n");
        double[] cards = {6.0, 10.73, 15.77, 23.64, 31.74, 47.5};
        for (String before : said) {
            for (double total : cards) {
                String oldForm = String.format(java.util.Locale.ROOT, "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 64.00 MiB (GPU 0; %.2f GiB total capacity; %.2f GiB already allocated; 10.19 MiB free; %.2f GiB reserved in total by PyTorch)",
                        total, total - 0.4, total - 0.3);
                String newForm = String.format(java.util.Locale.ROOT, "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 250.00 MiB. GPU 0 has a total capacity of %.2f GiB of which 20.12 MiB is free. Including non-PyTorch memory, this process has %.2f GiB memory in use.",
                        total, total - 0.3);
                assertThat(cause(before + oldForm)).as(before + oldForm).isEqualTo("unquantized");
                assertThat(cause(before + newForm)).as(before + newForm).isEqualTo("unquantized");
            }
        }
        // under 5.5 GiB even a 4-bit load of a 7B-class model does not fit: the model is too large for the card
        String small = "RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 3.95 GiB total capacity; 3.41 GiB already allocated; 8.50 MiB free; 3.45 GiB reserved in total by PyTorch)";
        assertThat(cause(small)).isNotEqualTo("unquantized");
        // loaded in 4 bits already: not a 16-bit load (other rules judge a quantized load that still runs out)
        String quantized = "model = AutoModelForCausalLM.from_pretrained(path, load_in_4bit=True)\n"
                + "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 64.00 MiB (GPU 0; 7.79 GiB total capacity; 7.20 GiB already allocated; 12.00 MiB free; 7.30 GiB reserved in total by PyTorch)";
        Question q = assembly.parser().parse(quantized).withIntent(Intent.DIAGNOSE);
        assertThat(assembly.advisor().answer("link-context-q", q).fired()).extracting(f -> f.rule())
                .doesNotContain("A 16-bit load of a model not named runs out of memory while loading");
    }

    @Test
    void outOfMemoryNextToThemKeepsTheMemoryDiagnosis() {
        String oomStuck = "I run Llama 3 70B with --tensor-parallel-size 2 on two RTX 3090 and it is stuck, then:\n"
                + "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 23.69 GiB of which 1.02 GiB is free.";
        assertThat(cause(oomStuck)).isNotEqualTo("other");
        String oomKv = "decode: failed to find a memory slot for batch of size 512\n"
                + "ggml_backend_cuda_buffer_type_alloc_buffer: allocating 8192.00 MiB on device 0: cudaMalloc failed: out of memory";
        assertThat(cause(oomKv)).isNotEqualTo("other");
    }

    @Test
    void oneGpuOrReleasedMemoryIsNotReadAsThoseFamilies() {
        ProseHints single = ProseHints.of("With --tensor-parallel-size 1 the server is stuck at loading the weights");
        assertThat(single.gpusHang()).isFalse();
        ProseHints released = ProseHints.of("After I quit ollama the VRAM is released as expected, but the next load is slow");
        assertThat(released.memoryNotReleased()).isFalse();
        ProseHints oneGpuOnly = ProseHints.of("It works fine on a single GPU and is fast");
        assertThat(oneGpuOnly.gpusHang()).isFalse();
    }
}
