package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.KindFrames.Frame;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The question kind where little is named (eval/real-questions/README.md, "Kinds"): speed asked with neither a model nor a
 * machine named is a speed question; formats weighed against each other by any word of choice is a format question; the
 * machine a model needs, asked in Chinese ("需要一个什么样的配置", "有建议的服务器配置吗") or English ("what kind of server do
 * I need"), is a memory question; an issue title's "[BUG/Help]" tag is no request for the bot's help. Frames times values,
 * English and Chinese, with near misses that keep their own kind.
 */
class KindBeyondNamesFormsTest extends KindFormsCase {

    private static final List<String> FORMATS = List.of("GPTQ|AWQ", "int8|int4", "Q4_K_M|Q8_0", "fp8|int8");
    private static final List<String> SPEEDS = List.of("token generation", "inference", "the responses");
    private static final List<String> MODELS = List.of("qwen2 7b", "llama 3 70b", "gemma3 27b", "qwen3 32b");

    private static final List<Frame> FRAMES = List.of(
            // speed asked with nothing named
            new Frame("How can I increase the speed of {s} by 10 times? Are there any methods to parallelize it?", Intent.SPEED),
            new Frame("Is it possible to make {s} faster by adding another video card?", Intent.SPEED),
            new Frame("{s} takes 10 seconds for 150 tokens. How can we reduce the inference time?", Intent.SPEED),
            new Frame("更新之后感觉推理速度变慢了，{s}是不是变慢了呢", Intent.SPEED),
            new Frame("[BUG/Help] 模型推理速度非常的慢\n有没有人遇到过{s}速度非常慢的情况？换了checkpoint以后时间陡增", Intent.SPEED),
            // formats weighed against each other, whatever the word of choice
            new Frame("which is faster, {a} or {b}? The computation seems similar between the two", Intent.WHICH_FORMAT),
            new Frame("Quantization preference hierarchy? Is {a} the best when supported, with {b} lesser preferred?", Intent.WHICH_FORMAT),
            new Frame("I have to choose between {a} and {b} for the engine, which one should I pick?", Intent.WHICH_FORMAT),
            new Frame("{a}和{b}选哪个？", Intent.WHICH_FORMAT),
            // the machine a model needs, asked without a figure
            new Frame("大概需要一个什么样的配置可以比较流畅的跑起来{m}?", Intent.MEMORY_NEEDED),
            new Frame("您好，关于推理 {m}，有建议的服务器配置吗？", Intent.MEMORY_NEEDED),
            new Frame("What kind of server do I need for {m}?", Intent.MEMORY_NEEDED),
            new Frame("what machine would I need to run {m}?", Intent.MEMORY_NEEDED),
            // near misses: speed beside a named model stays speed; a request for the bot's help is help; a setting
            // recommended is no hardware asked; one format is no choice
            new Frame("help", Intent.HELP),
            new Frame("/help", Intent.HELP),
            new Frame("你能做什么", Intent.HELP),
            new Frame("vllm推荐的启动参数是什么", Intent.UNKNOWN),
            new Frame("how fast is {a} compared to fp16 for {m} on a 3090?", Intent.WHICH_FORMAT),
            new Frame("{m} {a} on my 3090 runs at 20 tokens/s, how do I make it faster?", Intent.SPEED));

    @Override
    Stream<Frame> frames() {
        List<Frame> out = new ArrayList<>();
        for (Frame f : FRAMES) {
            for (int i = 0; i < FORMATS.size(); i++) {
                String[] ab = FORMATS.get(i).split("\\|");
                String text = f.text().replace("{a}", ab[0]).replace("{b}", ab[1]).replace("{s}", SPEEDS.get(i % SPEEDS.size()))
                        .replace("{m}", MODELS.get(i));
                out.add(new Frame(text, f.kind()));
            }
        }
        return out.stream().distinct();
    }
}
