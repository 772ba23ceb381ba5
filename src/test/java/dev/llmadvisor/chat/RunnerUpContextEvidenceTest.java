package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A context too long is offered as also possible only beside a context the question or its log shows above 2k: with a
 * short one set it cannot be what ran out, and with none stated it would rest on the context we assumed, not on theirs.
 */
class RunnerUpContextEvidenceTest {

    private static List<String> alsoPossible(Answer a) {
        return a.reply().options().stream().filter(o -> o.title().equals("Also possible")).map(Reply.Option::detail).toList();
    }

    @Test
    void givenAShortMaximumLengthSet_thenNoContextTooLongBesideTheCause() {
        // given vLLM's arguments with max_model_len=1024 and an out-of-memory on two A10s
        Answer a = askAsShipped("[Bug]: serve Llama-3.2-11B-Vision-Instruct with 2 A10 oom\n\n"
                + "INFO 11-05 03:21:18 api_server.py:527] args: Namespace(host=None, port=8000, model='/data/model/llama',"
                + " max_model_len=1024, tensor_parallel_size=2, gpu_memory_utilization=0.7)\n");
        assertThat(a.cause()).isNotNull();
        assertThat(alsoPossible(a)).noneMatch(d -> d.contains("context is too long"));
    }

    @Test
    void givenNoContextStated_thenNoContextTooLongBesideTheCause() {
        // given two 4090s, a 4-bit 65B and a load that fails, with no context anywhere
        Answer a = askAsShipped("4bit LLaMA-65B: DefaultCPUAlocator:not enough memory, on 64GB RAM and 48GB total VRAM\n\n"
                + "Hi there, wondering if it's there a way to load the LLaMA-65B model with 64GB of RAM and 48GB of VRAM total (2x4090),"
                + " since I'm trying with:\n\n`python server.py  --cai-chat --listen --load-in-4bit --listen-port 7990 --gpu-memory 19 21"
                + " --no-stream`\n\nAnd I get an error that looks like:\n\n```\nLoading llama-65b-hf...\nLoading model ...\n"
                + "Traceback (most recent call last):\n    model.load_state_dict(torch.load(checkpoint))\n```\n");
        assertThat(a.cause()).isNotNull();
        assertThat(alsoPossible(a)).noneMatch(d -> d.contains("context is too long"));
    }

    @Test
    void givenAContextStatedAbove2k_thenTheContextStaysAlsoPossible() {
        // given vLLM with --max_model_len 8192 on four 40 GB A100s running out of memory
        Answer a = askAsShipped("[Bug]: qwen2.5-vl-72b oom in 4 A100 in 0.8.3\n\n- GPU type: NVIDIA A100-PCIE-40GB\n- GPU number: 8\n"
                + "--model /home/ps/data/pretrained_model/Qwen/Qwen2.5-VL-72B-Instruct/ \\\n--tensor-parallel-size 4 \\\n"
                + "--gpu_memory_utilization 0.95 \\\n--max_num_seqs 2 \\\n--max_model_len 8192 \\\n"
                + "above is my running code. I find that it caused 36GB memory each card, but i don't know the later process and vllm"
                + " caused oom error. Can anyone know why?\n");
        assertThat(alsoPossible(a)).anyMatch(d -> d.contains("context is too long"));
    }
}
