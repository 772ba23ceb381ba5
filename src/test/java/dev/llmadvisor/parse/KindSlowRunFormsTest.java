package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.KindFrames.Frame;

import java.util.List;

/**
 * A slow run that works is a speed question (eval/real-questions/README.md, "Slow but working, or broken"), in words that
 * used to read as a fault: a cause only guessed ("Maybe not enough VRAM?", "也许是显存不够"), an error denied ("loads
 * without problems (no error)"), a figure and then a sentence about RAM ("输出只有2.3 .是内存条没插满吗"), and the rate itself
 * called low ("Low token/s on …", "tps is very low"). Near misses keep their kind: the failure told, an error received, the
 * RAM that is small, a rate only wished for. The GPU's load given as a share with a wish to raise it ("GPU utilization is only
 * 20%. How can I improve it?") is the same question; a load of nothing is the GPU left out, a diagnosis.
 */
class KindSlowRunFormsTest extends KindFormsCase.Filled {

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "qwen2 7b", "gemma3 27b");
    private static final List<String> CARDS = List.of("3090", "RTX 4060 8GB", "4090", "A4000");

    private static final List<Frame> FRAMES = List.of(
            // a cause only guessed is no failure seen
            new Frame("{m} on my {g} is very slow, only 5-13 t/s here. Maybe not enough vram for any more speed?", Intent.SPEED),
            new Frame("{m} on my {g} is slow, perhaps not enough memory?", Intent.SPEED),
            new Frame("{g}跑{m}很慢，也许是显存不够？", Intent.SPEED),
            new Frame("{g}跑{m}很慢，或许显存不足", Intent.SPEED),
            new Frame("{m} on my {g} is slow and then it ran out of memory", Intent.DIAGNOSE),
            new Frame("{g}跑{m}很慢，然后显存不足了", Intent.DIAGNOSE),
            // an error denied is none
            new Frame("Inference of {m} on my {g} is very slow. It loads without problems (no error).", Intent.SPEED),
            new Frame("{m} is very slow on my {g}, without any error in the log", Intent.SPEED),
            new Frame("{m} is very slow on my {g} and I get an error in the log", Intent.DIAGNOSE),
            // a sentence about RAM after a figure: the figure is not the RAM
            new Frame("{g}跑{m}，设置56核，输出只有2.3 t/s .单纯是内存条没插满吗？", Intent.SPEED),
            new Frame("{g}跑{m}很慢，只有16G内存", Intent.DIAGNOSE),
            new Frame("{g}跑{m}很慢，只有1.5G内存", Intent.DIAGNOSE),
            // the rate itself called low
            new Frame("Low token/s on {m} with {g}\n\nI'm getting about 10 tokens/sec.", Intent.SPEED),
            new Frame("{m} on my {g}: tps is very low, how can I improve it?", Intent.SPEED),
            new Frame("Poor tokens per second with {m} on a {g}", Intent.SPEED),
            new Frame("{m} on my {g}: the token rate is low and then it crashes", Intent.DIAGNOSE),
            // the GPU's load given as a share, with a wish to raise it: a working run asked to go faster
            new Frame("My {g} runs {m} but GPU utilization is only 20%. How can I improve it?", Intent.SPEED),
            new Frame("为啥我的{g}显卡跑{m}的GPU只有20%？ 如何提升？", Intent.SPEED),
            new Frame("{g}跑{m}，显卡利用率30%，怎么优化？", Intent.SPEED),
            new Frame("{m} on my {g} crashes and GPU utilization is 30%, how to improve?", Intent.DIAGNOSE),
            new Frame("{g}跑{m}，GPU利用率0%，如何提升？", Intent.DIAGNOSE));

    KindSlowRunFormsTest() {
        super(FRAMES, MODELS, CARDS);
    }
}
