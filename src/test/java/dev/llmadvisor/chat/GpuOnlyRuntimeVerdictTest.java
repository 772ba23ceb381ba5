package dev.llmadvisor.chat;

import dev.llmadvisor.testing.QuestionForms;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a runtime that keeps the whole model on the GPU with no path through system RAM (ChatRTX, MLC LLM / WebLLM,
 * LMDeploy: marked in the parser's engine fingerprints, {@link QuestionParser#gpuOnlyRuntime}), when the model asked about does not fit in the card's memory, then the verdict is a
 * no (what llama.cpp would run with layers in RAM does not run there), and the reply says the runtime has no CPU offload;
 * a model that fits the card still fits. The same questions with llama.cpp or Ollama named keep the offload. Generated
 * English and Chinese phrasings over runtimes, cards and models.
 */
class GpuOnlyRuntimeVerdictTest {

    /** Runtime names as people write them, each with the display name the reply uses. */
    private static final List<String[]> RUNTIMES = List.of(
            new String[] {"ChatRTX", "ChatRTX"}, new String[] {"Chat with RTX", "ChatRTX"},
            new String[] {"MLC LLM", "MLC LLM"}, new String[] {"mlc-llm", "MLC LLM"}, new String[] {"WebLLM", "MLC LLM"},
            new String[] {"LMDeploy", "LMDeploy"}, new String[] {"lmdeploy (TurboMind)", "LMDeploy"});

    /** A card and a model that does not fit it even at 4 bits, but would run with layers in RAM. */
    private static final List<String[]> TOO_LARGE = List.of(
            new String[] {"RTX 3060 12GB", "qwen2.5 32b"},
            new String[] {"RTX 4060 8GB", "llama 2 13b"},
            new String[] {"RTX 3080 10GB", "gemma 2 27b"});

    /** A card and a model that fits it entirely. */
    private static final List<String[]> FITS = List.of(
            new String[] {"RTX 4090", "qwen2.5 7b"},
            new String[] {"RTX 3060 12GB", "llama 3.1 8b"});

    private static final List<String> FORMS = List.of(
            "can I run {m} on my {c} with {e}?",
            "I'm using {e} on a {c}. Will {m} work?",
            "Is {m} usable through {e} with a {c} and 64GB of RAM?",
            "我的{c}能用{e}跑{m}吗？",
            "用{e}在{c}上部署{m}可以吗，内存有64G");


    @Test
    void aModelLargerThanTheCardIsANoOnARuntimeWithNoCpuOffload() {
        for (String[] rt : RUNTIMES) {
            for (String[] cm : TOO_LARGE) {
                for (String f : FORMS) {
                    String text = QuestionForms.fill(f, cm, rt[0]);
                    Answer a = askAsShipped(text);
                    assertThat(a.verdict()).as(text).isEqualTo(Verdict.NO);
                    String said = a.reply().toString();
                    assertThat(said).as(text).contains(rt[1]);
                    assertThat(said).as(text).containsAnyOf("no CPU offload", "不能卸载到 CPU");
                    // a Chinese reply names the engine in Chinese: no English words inside it
                    if (f.startsWith("我") || f.startsWith("用")) assertThat(a.reply().headline()).as(text).doesNotContain("another engine");
                }
            }
        }
    }

    @Test
    void aModelThatFitsTheCardStillFits() {
        for (String[] rt : RUNTIMES) {
            for (String[] cm : FITS) {
                for (String f : FORMS) {
                    String text = QuestionForms.fill(f, cm, rt[0]);
                    assertThat(askAsShipped(text).verdict()).as(text).isEqualTo(Verdict.FITS);
                }
            }
        }
    }

    @Test
    void anEngineThatOffloadsKeepsTheOffload() {
        for (String e : List.of("llama.cpp", "Ollama")) {
            for (String[] cm : TOO_LARGE) {
                for (String f : FORMS) {
                    String text = QuestionForms.fill(f, cm, e);
                    assertThat(askAsShipped(text).verdict()).as(text).isEqualTo(Verdict.OFFLOAD);
                }
            }
        }
    }

    /** A failure told on the runtime, in forms of a problem report. */
    private static final List<String> FAILURE_FORMS = List.of(
            "{e} installs on my {c} but {m} fails to load, it doesn't open",
            "Trying {m} in {e} on a {c}: it crashes every time. Slow would be fine, I just want it to work",
            "{e}在{c}上跑{m}，加载失败，打不开",
            "我用{e}部署{m}，显卡是{c}，启动就报错退出");

    /** A run told as working on the runtime, with its memory seen in use. */
    private static final List<String> RUNNING_FORMS = List.of(
            "{m} runs in {e} on my {c} and takes about 20GB of VRAM, is that normal?",
            "用{e}跑{m}，{c}上正常运行，显存占用 20G 左右，正常吗");

    @Test
    void aFailureToldOnTheRuntimeIsANoWhenTheModelDoesNotFitTheCard() {
        for (String[] rt : RUNTIMES) {
            for (String[] cm : TOO_LARGE) {
                for (String f : FAILURE_FORMS) {
                    String text = QuestionForms.fill(f, cm, rt[0]);
                    Answer a = askAsShipped(text);
                    assertThat(a.verdict()).as(text).isEqualTo(Verdict.NO);
                    assertThat(a.reply().toString()).as(text).doesNotContain("runs from system RAM").doesNotContain("放在内存里由 CPU 计算");
                }
            }
        }
    }

    @Test
    void aRunToldAsWorkingOnTheRuntimeFits() {
        for (String[] rt : RUNTIMES) {
            for (String f : RUNNING_FORMS) {
                String text = QuestionForms.fill(f, new String[] {"RTX 4090", "internlm2 20b"}, rt[0]);
                assertThat(askAsShipped(text).verdict()).as(text).isEqualTo(Verdict.FITS);
            }
        }
    }

    @Test
    void theRuntimeIsReadAsAWholeWordAndTheFirstNamedWins() {
        assertThat(QuestionParser.gpuOnlyRuntime("ChatRTX fails to open on my 3050")).isEqualTo("ChatRTX");
        assertThat(QuestionParser.gpuOnlyRuntime("RuntimeError: [TM][ERROR] out of memory /lmdeploy/src/turbomind/utils/memory_utils.cu:32"))
                .isEqualTo("LMDeploy");
        assertThat(QuestionParser.gpuOnlyRuntime("用 mlc_llm chat 跑，WebLLM 也试过")).isEqualTo("MLC LLM");
        assertThat(QuestionParser.gpuOnlyRuntime("lmdeploy works, but mlc-llm does not")).isEqualTo("LMDeploy");
        // names inside other words, and runtimes that do offload, name none
        assertThat(QuestionParser.gpuOnlyRuntime("my chatrtxyz fork")).isNull();
        assertThat(QuestionParser.gpuOnlyRuntime("llama.cpp with -ngl 20 on a 3060")).isNull();
        assertThat(QuestionParser.gpuOnlyRuntime("koboldcpp and text-generation-webui")).isNull();
        assertThat(QuestionParser.gpuOnlyRuntime(null)).isNull();
        assertThat(QuestionParser.gpuOnlyRuntime("")).isNull();
    }

    /** No GPU memory sized (none stated, or a phone's): the refusal says so, not that the model misses "0.0 GB" of VRAM. */
    @Test
    void withoutAGpuTheRefusalSaysSoInsteadOfZeroVram() {
        String en = askAsShipped("can I run llama 3 8b with exllamav2? I have 32GB RAM, no GPU").reply().toString();
        assertThat(en).contains("no GPU memory is known here").doesNotContain("0.0 GB of VRAM");
        String zh = askAsShipped("我的安卓手机能用MLC LLM跑qwen2.5 1.5b吗").reply().toString();
        assertThat(zh).contains("不知道有多少显存可用").doesNotContain("0.0 GB 显存");
        String phone = askAsShipped("can my 8GB android phone run qwen2.5 1.5b with MLC LLM?").reply().toString();
        assertThat(phone).contains("no GPU memory is known here").doesNotContain("0.0 GB of VRAM");
    }
}
