package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an out-of-memory whose cause is the KV cache of a long context, then the verdict depends on who set that length:
 * one only a program printed (vLLM's start-up config with the model's own maximum, GLM-4 #19) or probed in turn is no
 * choice of theirs, and the model runs on the card at a shorter one (fits); one they set in their own command is what
 * they asked for, and as asked it does not run (no).
 */
class PrintedContextVerdictTest {

    private static final String LOG = "vllm_server-1  | INFO 06-05 14:36:55 llm_engine.py:103] Initializing an LLM engine (v0.4.2) with config: "
            + "model='/models/llm', dtype=torch.bfloat16, max_seq_len=131072, tensor_parallel_size=1\n"
            + "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 GiB.";

    @Test
    void aLengthOnlyTheEnginePrintedIsNoChoiceAndTheModelFitsAtAShorterOne() {
        Answer a = askAsShipped("vllm cli 命令行启动，仍然报OOM的错误\nA30 24G\n" + LOG);
        assertThat(a.cause()).isEqualTo("context_too_large");
        assertThat(a.verdict()).isEqualTo(Verdict.FITS);
    }

    @Test
    void aLengthSetInTheirOwnCommandIsWhatWasAskedAndDoesNotRun() {
        Answer a = askAsShipped("vllm serve /models/llm --max-model-len 131072 仍然报OOM的错误\nA30 24G\n" + LOG);
        assertThat(a.cause()).isEqualTo("context_too_large");
        assertThat(a.verdict()).isEqualTo(Verdict.NO);
    }
}
