package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.logs.ProseHints;
import dev.llmadvisor.parse.KindFrames.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two faults besides slowness (eval/real-questions/README.md, "Slow but working, or broken") in words that used to read as a
 * slow run: the GPU all but left out ("running almost entirely on CPU", "using just 1% of GPU", 只用了1%的GPU) and a run with
 * no output at all ("卡了20分钟也没出结果", "waited an hour and got no output", 没有任何输出). Near misses stay speed: a split
 * ("mostly on CPU"), a GPU share that is real work, output that comes late.
 */
class KindHangAndIdleGpuFormsTest extends KindFormsCase.Filled {

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "qwen2 7b", "gemma3 27b");
    private static final List<String> CARDS = List.of("3090", "RTX 4060 8GB", "4090", "A4000");

    private static final List<Frame> FRAMES = List.of(
            // the GPU all but left out
            new Frame("{m} on my {g} is slow, it is running almost entirely on CPU", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is slow: it runs nearly exclusively on the CPU", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is slow, using just 1% of GPU while all cores of the CPU are busy", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is slow, ollama only utilizes 3 % of the GPU", Intent.DIAGNOSE),
            new Frame("{g}跑{m}很慢，只用了1%的GPU", Intent.DIAGNOSE),
            new Frame("{g}跑{m}很慢，仅占用了大约2%的显卡", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is slow, running mostly on CPU", Intent.SPEED),
            new Frame("{m} on my {g} is slow, it uses 60% of GPU", Intent.SPEED),
            new Frame("{g}跑{m}很慢，只用了60%的GPU", Intent.SPEED),
            // no output at all
            new Frame("{m} on my {g} is slow, I waited an hour and got no output", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is very slow and still no answer after 20 minutes", Intent.DIAGNOSE),
            new Frame("{g}跑{m}很慢，直接卡了20分钟也没出结果", Intent.DIAGNOSE),
            new Frame("{g}跑{m}很慢，一直没有输出结果", Intent.DIAGNOSE),
            new Frame("{g}跑{m}很慢，没有任何输出", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is slow: no output for 30 seconds, then it answers", Intent.SPEED),
            new Frame("{g}跑{m}很慢，要等30秒才出结果", Intent.SPEED),
            // no slow word needed: no output is a hang
            new Frame("{g}跑{m}，直接卡了20分钟也没出结果", Intent.DIAGNOSE),
            new Frame("I run {m} on my {g} and nothing is generated", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is slow: nothing is generated for 10 seconds, then it streams", Intent.SPEED));

    KindHangAndIdleGpuFormsTest() {
        super(Parsers.PARSER, FRAMES, MODELS, CARDS);
    }

    /** The GPU all but left out is one reading, shared by the question parser and the words around a pasted log. */
    @ParameterizedTest
    @ValueSource(strings = {"it is running almost entirely on CPU", "ollama runs virtually only on the cpu", "using just 1% of GPU",
            "it uses about 0.5 % of my gpu", "只用了1%的GPU", "仅使用了3%的显卡"})
    void theGpuAllButLeftOutIsReadByBoth(String words) {
        String text = "deepseek r1 14b on my RTX 4060 is slow, " + words;
        assertThat(Parsers.PARSER.parse(text).report().has(Report.Symptom.GPU_NOT_USED)).as(text).isTrue();
        assertThat(ProseHints.of(text).symptoms()).as(text).contains(Report.Symptom.GPU_NOT_USED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it is running mostly on CPU", "using 40% of GPU", "只用了60%的GPU", "it uses 2% of gpu memory", "只用了2%的GPU显存"})
    void aRealShareOrASplitIsNot(String words) {
        String text = "deepseek r1 14b on my RTX 4060 is slow, " + words;
        assertThat(Parsers.PARSER.parse(text).report().has(Report.Symptom.GPU_NOT_USED)).as(text).isFalse();
    }
}
