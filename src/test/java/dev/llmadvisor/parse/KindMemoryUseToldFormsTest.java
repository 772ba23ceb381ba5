package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.KindFrames.Frame;

import java.util.List;

/**
 * Memory use told of the person's own run ("显存占用23GB", "low ram usage", "VRAM usage is significant") is what they saw,
 * not a question of what a model needs (eval/real-questions/README.md, "Kinds"): beside a speed it is a speed question, with
 * no speed asked the use itself is the problem to explain. Near misses stay memory questions: the use asked as a topic
 * ("显存占用情况如何", "推理显存占用是多少", "what is the VRAM usage?") or the need asked outright.
 */
class KindMemoryUseToldFormsTest extends KindFormsCase.Filled {

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "qwen2 7b", "gemma3 27b");
    private static final List<String> CARDS = List.of("3090", "RTX 4060 8GB", "4090", "A100 40G");

    private static final List<Frame> FRAMES = List.of(
            // use told beside a speed: a speed question
            new Frame("{m} on my {g}: VRAM usage is 7 GB, but I only get 3 tokens/s. How can I make it faster?", Intent.SPEED),
            new Frame("在{g}上fp16推理{m}，显存占用大概30G，速度太慢了，怎么提速？", Intent.SPEED),
            new Frame("{g}跑{m}，显存占用才8G，推理速度很慢", Intent.SPEED),
            // use told with no speed asked: the use is the problem
            new Frame("每次对话显存占用都会增加几百Mb，请问除了重启程序有别的解决办法吗？", Intent.DIAGNOSE),
            new Frame("使用webui.py gpu 0显存占用很高，1，2显存无变化。", Intent.DIAGNOSE),
            new Frame("low ram usage\ni have 16gb ram, but the software only use 1.6gb with {m}, how do I dedicate more ram to it", Intent.DIAGNOSE),
            // near misses: the use asked as a topic, or the need asked
            new Frame("{m}推理显存占用情况如何？", Intent.MEMORY_NEEDED),
            new Frame("{m}推理显存占用是多少？", Intent.MEMORY_NEEDED),
            new Frame("what is the vram usage of {m}?", Intent.MEMORY_NEEDED),
            new Frame("how much VRAM does {m} need? memory usage on my {g} was 20 GB", Intent.MEMORY_NEEDED));

    KindMemoryUseToldFormsTest() {
        super(Parsers.PARSER, FRAMES, MODELS, CARDS);
    }
}
