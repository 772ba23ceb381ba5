package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lines of a diagnosis a person reads say nothing their own report contradicts: a load that failed is not said to run
 * from system RAM, memory taken by design is not a cache that "does not fit", a runner-up cause that the report rules out
 * is left out, a run they measured leads over a "No" of ours, one option has one total, and what they named is not asked for.
 */
class DiagnosisLinesTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();

    private static Answer answer(String question) {
        return RealAdvisors.shared().answer("diagnosis-lines-" + CONVERSATION.incrementAndGet(), question);
    }

    private static String option(Answer a, String title) {
        return a.reply().options().stream().filter(o -> o.title().equals(title)).map(Reply.Option::detail).findFirst().orElse("");
    }

    @Test
    void aFailedLoadIsNotSaidToRunTheRestFromSystemRam() {
        // given a 16-bit load that ran out of memory on a 6 GB card
        Answer a = answer("Loading Llama-2-7b-chat-hf fails: torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 86.00 MiB "
                + "(GPU 0; 6.00 GiB total capacity; 5.28 GiB already allocated; 0 bytes free)");
        // then the estimate says it does not fit, and that only an engine that offloads would run the rest from RAM
        assertThat(a.verdict()).isEqualTo(Verdict.NO);
        assertThat(option(a, "Our estimate")).contains("it does not fit in GPU memory; only an engine that offloads layers")
                .doesNotContain("only part of it fits in GPU memory");
    }

    @Test
    void memoryTakenWithNothingFailingIsWhereTheMemoryGoesNotACacheThatDoesNotFit() {
        // given Ollama taking all the card's memory, with the model running
        Answer a = answer("ollama with gemma3 12b on my RTX 4080 16GB takes all of the VRAM, why does it use so much memory?");
        // then the context's cache is named as where the memory goes
        assertThat(a.reply().headline()).startsWith("The memory goes to the context's KV cache").doesNotContain("does not fit");
    }

    @Test
    void aRunnerUpTheReportRulesOutIsLeftOut() {
        // given a use lower than expected: a cache too large for the memory is not also possible
        Answer low = answer("low ram usage\n\ni have a problem with the ram usage for qwen_1_5_4b\ni have 16gb ram, but the software only use 1.6gb \n"
                + "is there a way to dedicate more ram to ollama process?");
        assertThat(low.reply().headline()).contains("nothing is wrong");
        assertThat(low.reply().options()).extracting(Reply.Option::title).doesNotContain("Also possible");
        // given an out-of-memory on one card of two: the GPU took part, so "the GPU is not used" is not also possible
        Answer oom = answer("在使用llamafactory-cli api加载qwen2-72B-Instruct-AWQ出现CUDA out of memory\n[…]\n我看了下Qwen2官网提供的显存数据，确实需要40G以上，"
                + "是AWQ量化版本不支持多卡推理吗？\n[…]\n目前机器是有四张A100 40G显卡，容器启动只指定了两张，现在运行情况看，只用了其中一张（因为显存不够，直接终止程序），另一张显卡压根没有使用到");
        assertThat(oom.cause()).isEqualTo("multi_gpu_split");
        assertThat(option(oom, "也可能")).doesNotContain("没有用上显卡");
    }

    @Test
    void aSpeedMeasuredOnAMacOfUnstatedMemoryLeadsOverANo() {
        // given a model larger than the Mac's base memory, measured running on it
        Answer a = answer("Qwen3-Coder-Next Q4_K_M with llama.cpp on my M4 Pro gives 24 t/s, MLX gives 60 t/s. Why is llama.cpp slower?");
        // then the first line is their run, not our "No"; our estimate follows as what it said
        assertThat(a.verdict()).isEqualTo(Verdict.FITS);
        assertThat(a.reply().headline()).startsWith("You measured about 24 tokens/s").doesNotStartWith("No");
        assertThat(a.reply().notes()).anySatisfy(n -> assertThat(n).startsWith("Our estimate alone: "));
    }

    @Test
    void notAMemoryProblemGivesTheOptionsOwnTotal() {
        // given a slow run of a model that fits with room to spare
        Answer a = answer("llamafile only gets 26 tokens/s with qwen2-7b-instruct-q3_k_m.gguf on my RTX 2080 while llama.cpp gets 51 tokens/s");
        String total = a.shown().get(0).candidate().totalGb() >= 10 ? String.format(java.util.Locale.ROOT, "%.0f GB", a.shown().get(0).candidate().totalGb())
                : String.format(java.util.Locale.ROOT, "%.1f GB", a.shown().get(0).candidate().totalGb());
        // then the line that rules out memory gives the same total as the option above it
        assertThat(a.reply().notes()).anySatisfy(n -> assertThat(n).startsWith("Not a memory problem").contains("needs about " + total + " "));
    }

    @Test
    void aNoCauseAnswerAsksOnlyForWhatWasNotNamed() {
        // given a slow run on a named Mac, with no model named
        Answer a = answer("[BUG/Help] M1 Pro 16G 提问一直卡住\n您好，我这边M1 Pro 16G内存，运行python cli_demo.py的时候，内存能占到14G，swap也没有一直往上飙，"
                + "GPU最高到30%，问一个你好，回答可能要七八分钟。");
        // then it asks for the model, not again for the GPU
        assertThat(a.reply().notes()).anySatisfy(n -> assertThat(n).endsWith("并说明模型。").doesNotContain("显卡和模型"));
    }
}
