package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.QuestionForms;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a serving engine that reserves its share of the GPU at start-up (vLLM, SGLang, LMDeploy, TGI:
 * {@code UpFrontReservers}) and a person who asks only why it takes so much memory, when nothing fails, then the
 * verdict is a fit: the engine started and holds the model in GPU memory (xinference #1413, "启动qwen-1.5-7b-chat默认就把
 * 显存给吃满了", settled by lowering gpu_memory_utilization). Near misses: a model whose weights exceed the card named
 * is not made a fit, and an engine that reserves nothing gets no verdict from the question alone. Generated English and
 * Chinese phrasings over engines, cards and models.
 */
class ReservedShareVerdictTest {

    private static final List<String> RESERVERS = List.of("vLLM", "SGLang", "LMDeploy", "TGI");

    /** A card and a model whose 16-bit weights fit it. */
    private static final List<String[]> FITTING = List.of(
            new String[] {"RTX 4090", "qwen2.5 7b"},
            new String[] {"A100 80GB", "llama 3.1 8b"});

    private static final List<String> FORMS = List.of(
            "Why does {e} take so much memory? I'm serving {m} on my {c} and the VRAM usage is very high",
            "{m} on {e} eats all the VRAM of my {c}, is that normal?",
            "serving {m} with {e} on a {c}: GPU memory usage is way higher than expected",
            "用{e}部署{m}，{c}的显存占用过高，正常吗",
            "{e}启动{m}后{c}的显存直接占满了，怎么设置");

    /** The same question with the model named and no card. */
    private static final List<String> NO_CARD_FORMS = List.of(
            "Why does {e} take so much memory? I'm serving {m} and the VRAM usage is very high",
            "{m} on {e} eats all the VRAM, is that normal?",
            "用{e}启动{m}，默认就把显存给吃满了，怎么设置？");

    @Test
    void aReservingEngineAskedAboutItsMemoryFits() {
        for (String e : RESERVERS) {
            for (String[] cm : FITTING) {
                for (String f : FORMS) {
                    String text = QuestionForms.fill(f, cm, e);
                    Answer a = askAsShipped(text);
                    assertThat(a.verdict()).as(text).isEqualTo(Verdict.FITS);
                    assertThat(a.reply().toString()).as(text).containsAnyOf("by design", "设计如此");
                }
            }
        }
    }

    @Test
    void withNoCardNamedTheStartedEngineStillFits() {
        for (String e : RESERVERS) {
            for (String f : NO_CARD_FORMS) {
                String text = QuestionForms.fill(f, new String[] {"", "qwen2.5 7b"}, e);
                assertThat(askAsShipped(text).verdict()).as(text).isEqualTo(Verdict.FITS);
            }
        }
    }

    @Test
    void aModelLargerThanTheCardIsNotMadeAFit() {
        for (String e : RESERVERS) {
            for (String f : FORMS) {
                String text = QuestionForms.fill(f, new String[] {"RTX 4090", "qwen2.5 72b"}, e);
                assertThat(askAsShipped(text).verdict()).as(text).isNotEqualTo(Verdict.FITS);
            }
        }
    }

    @Test
    void anEngineThatReservesNothingGetsNoVerdictFromTheQuestionAlone() {
        for (String e : List.of("llama.cpp", "Ollama", "koboldcpp")) {
            for (String f : NO_CARD_FORMS) {
                String text = QuestionForms.fill(f, new String[] {"", "qwen2.5 7b"}, e);
                assertThat(askAsShipped(text).verdict()).as(text).isNull();
            }
        }
    }

    /** Asked as a sizing ("the model should need 16 GB, how does it use all of it?"), not as a fault: routed outside the diagnosis. */
    private static final List<String> SIZED_FORMS = List.of(
            "Running {m} with {e} on a {c}. It takes almost all of the GPU memory, but the model should take about 16GB. How does {e} use all the GPU memory?",
            "单卡{c}用{e}部署{m}占用了20g显存，为什么？");

    @Test
    void aReservingEngineAskedAboutItsMemoryOutsideADiagnosisNamesTheShareAsTheCause() {
        for (String e : RESERVERS) {
            for (String f : SIZED_FORMS) {
                String text = QuestionForms.fill(f, new String[] {"RTX 4090", "qwen2.5 7b"}, e);
                Answer a = askAsShipped(text);
                assertThat(a.cause()).as(text).isEqualTo("other");
                assertThat(a.reply().toString()).as(text).containsAnyOf("by design", "设计如此");
            }
        }
        // near misses: an out-of-memory told beside it is what the cause must explain; an engine that reserves nothing
        String oom = "Running qwen2.5 7b with vLLM on a RTX 4090 takes almost all of the GPU memory and then fails with CUDA out of memory";
        assertThat(askAsShipped(oom).reply().toString()).doesNotContain("by design");
        for (String f : SIZED_FORMS) {
            String text = QuestionForms.fill(f, new String[] {"RTX 4090", "qwen2.5 7b"}, "koboldcpp");
            assertThat(askAsShipped(text).cause()).as(text).isNotEqualTo("other");
        }
    }

    /**
     * The cause said outside a diagnosis is the diagnosis rules' own: for llama.cpp, which allocates the whole context's
     * cache at load, it is rule "The cache for the whole context is allocated up front" (context_too_large), with its fix.
     */
    @Test
    void anEngineThatAllocatesTheWholeContextAskedAboutItsMemoryOutsideADiagnosisNamesThatRule() {
        for (String f : SIZED_FORMS) {
            String text = QuestionForms.fill(f, new String[] {"RTX 4090", "qwen2.5 7b"}, "llama.cpp");
            Answer a = askAsShipped(text);
            assertThat(a.cause()).as(text).isEqualTo("context_too_large");
            // the fix in llama.cpp's own flag (-c)
            assertThat(a.reply().toString()).as(text).containsPattern("-c(?![a-z])")
                    .containsAnyOf("whole context", "整个上下文");
        }
    }
}
