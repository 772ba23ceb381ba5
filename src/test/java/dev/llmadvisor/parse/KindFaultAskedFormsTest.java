package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.KindFrames.Frame;

import java.util.List;

/**
 * Where the fault of their own run lies, asked (eval/real-questions/README.md, "Kinds": what they set up wrong is a
 * diagnosis): "what am I doing wrong?", "where did I go wrong?", "哪里出问题了呢", "问题出在哪里", "这是什么问题", "不知道哪里出错了", beside a run
 * described with no failure word. Near misses keep their kind: a problem only wondered about ("有什么问题吗", "will there be
 * any problem?") is a yes or no about running, and "是哪里有问题" after a slow speed
 * alone asks why it is slow.
 */
class KindFaultAskedFormsTest extends KindFormsCase.Filled {

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "qwen2 7b", "gemma3 27b");
    private static final List<String> CARDS = List.of("3090", "RTX 4060 8GB", "4090", "A100 40G");

    private static final List<Frame> FRAMES = List.of(
            new Frame("I run {m} on my {g} with ollama and memory shows only 3GB used. What am I doing wrong?", Intent.DIAGNOSE),
            new Frame("I load {m} on my {g} with llama.cpp, the CPU is at 100% and the card idles. Where did I go wrong?", Intent.DIAGNOSE),
            new Frame("I set up {m} on my {g} following the guide. Where is the problem?", Intent.DIAGNOSE),
            new Frame("{g}上用ktransformers跑{m}，内存显示只用了不到10GB，CPU是满负载了，哪里出问题了呢？", Intent.DIAGNOSE),
            new Frame("{g}部署{m}，GPU利用率一直是0，问题出在哪里？", Intent.DIAGNOSE),
            new Frame("{g}部署{m}，显存一直不涨，请问这是什么问题", Intent.DIAGNOSE),
            new Frame("{g}部署{m}，显存一直不涨，不知道哪里出错了", Intent.DIAGNOSE),
            // a problem only wondered about, before running it
            new Frame("{g}能跑{m}吗？会有什么问题吗？", Intent.CAN_RUN),
            new Frame("Can my {g} run {m}? Will there be any problem?", Intent.CAN_RUN),
            // where a slow run could be sped up, asked as a why, stays a speed question
            new Frame("{g}上{m}只有17tokens/s，为什么速度这么低呢？是哪里有问题？", Intent.SPEED));

    KindFaultAskedFormsTest() {
        super(Parsers.PARSER, FRAMES, MODELS, CARDS);
    }
}
