package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.KindFrames.Frame;

import java.util.List;

/**
 * A yes or no about running a model beside the person's own failed run of it (eval/real-questions/README.md, label rule A):
 * "Can I run it on my 3090? I keep getting out of memory", "请问能在4090上运行吗？…报显存溢出" are diagnoses, whose answer
 * still carries the verdict. Near misses keep the yes or no: a shortage only stated ("单卡显存不够", "我发现显存不够用"), a
 * failure heard of ("I heard it runs out of memory", 听说…爆显存了), feared, or a limit stated of a card ("The 4090 can't
 * run it"). Beside them, two readings of "possible" that ask no yes or no: a wonder at what they see ("How is that
 * possible?", a why) and the idiom of degree ("cannot use as much GPU memory as possible").
 */
class KindYesNoBesideFailureFormsTest extends KindFormsCase.Filled {

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "qwen2 7b", "gemma3 27b");
    private static final List<String> CARDS = List.of("3090", "RTX 4060 8GB", "4090", "A100 40G");

    private static final List<Frame> FRAMES = List.of(
            // their own run failed: out of memory, an error shown, a crash
            new Frame("Can I run {m} on my {g}? I keep getting out of memory", Intent.DIAGNOSE),
            new Frame("{m} on two {g}?\nI can load it with transformers, but when I try loading it in TGI I get CUDA OOM. Is this configuration possible?", Intent.DIAGNOSE),
            new Frame("does anyone run {m} on a single {g}?\nI've tried even with int8 but yet cuda out of memory.", Intent.DIAGNOSE),
            new Frame("Is it possible to run {m} on my {g}? It crashes right after loading.", Intent.DIAGNOSE),
            new Frame("请问{m}能在{g}上运行吗？\n\n我下载的是int4模型，但是还是无法在{g}上运行，报显存溢出", Intent.DIAGNOSE),
            new Frame("是否可以跑在8G以下的卡上？我的{g}跑{m}爆显存了", Intent.DIAGNOSE),
            // no run of their own failed
            new Frame("{m}能在{g}上运行吗？\n单卡显存不够", Intent.CAN_RUN),
            new Frame("{g}能跑{m}吗？单卡显存不够", Intent.CAN_RUN),
            new Frame("{m}能在单张{g}上推理吗\n我发现显存不够用", Intent.CAN_RUN),
            new Frame("Can I run {m} on my {g}? I heard it runs out of memory on 24GB cards", Intent.CAN_RUN),
            new Frame("People say {m} crashes on a {g}. Can I run it on mine?", Intent.CAN_RUN),
            new Frame("听说{g}跑{m}爆显存了，是真的吗？", Intent.CAN_RUN),
            new Frame("Will {m} run out of memory on my {g}?", Intent.CAN_RUN),
            new Frame("The {g} can't run {m}. Can I run it on two of them?", Intent.CAN_RUN),
            new Frame("Is it possible to run {m} on my {g}?", Intent.CAN_RUN),
            // their own failure with no model named: what runs is still the question
            new Frame("My {g} keeps running out of memory, which models can it run?", Intent.WHAT_CAN_RUN),
            // "possible" asking no yes or no
            new Frame("{m} uses almost all the memory of my {g}. How is that possible? An 8b model should take about 16GB.", Intent.DIAGNOSE),
            new Frame("Ollama cannot use as much GPU memory as possible on my {g}\n\nWhen I run {m}, the GPU memory can only use up to 19 to 20G and the rest goes to shared memory.", Intent.DIAGNOSE));

    KindYesNoBesideFailureFormsTest() {
        super(Parsers.PARSER, FRAMES, MODELS, CARDS);
    }
}
