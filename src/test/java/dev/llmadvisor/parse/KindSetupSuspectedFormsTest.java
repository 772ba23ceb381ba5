package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.KindFrames.Frame;

import java.util.List;

/**
 * The kind where a slow or failing run meets words the kind reader did not count (eval/real-questions/README.md, "Slow but
 * working, or broken", label rules A and D), on generated sentences: their own setting asked as the cause ("是我配置的原因么",
 * "是参数哪里有问题吗", "调用的接口不对吗", "am I doing it in a wrong way?") makes a slow run a diagnosis, while a fault asked
 * of nothing of theirs ("是哪里有问题？") and a run that gets slower over time stay speed (beside a crash it is a
 * diagnosis); a run stuck at a step ("一直卡在这不动"), a failure of their own in "haven't been able to get it running", a
 * refusal shown ("提醒不能使用"), a program that ends by itself ("直接终止了") are failures told; an issue template's
 * "What is the bug?" or "Steps to reproduce" files a fault whatever the post would otherwise read as (models named with
 * no choice asked, nothing read), unless a choice is asked or only slowness is told; a pre-trained model (预训练模型) is no
 * training.
 */
class KindSetupSuspectedFormsTest extends KindFormsCase.Filled {

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "qwen2 7b", "gemma3 27b");
    private static final List<String> CARDS = List.of("3090", "RTX 4060 8GB", "4090", "A100 40G");

    private static final List<Frame> FRAMES = List.of(
            // their own setting asked as the cause of a slow run
            new Frame("{m}在{g}上跑起来速度非常慢，只有约1.5token/s，请问是我配置的原因么？", Intent.DIAGNOSE),
            new Frame("{m}在{g}上推理耗时远远大于vllm，是参数哪里有问题吗？", Intent.DIAGNOSE),
            new Frame("用ollama跑{m}，很慢，大概50s左右，调用的接口不对吗？", Intent.DIAGNOSE),
            new Frame("{m} on my {g} took almost an hour to answer. Am I doing it in a wrong way?", Intent.DIAGNOSE),
            new Frame("{m}在{g}上的推理速度这么低，为什么？是哪里有问题？", Intent.SPEED),
            // a step or setting of theirs suspected missed or wrong beside a slow run; a speed asked alone stays speed
            new Frame("[Bug] {m} on a {g} is slow\n\nIt runs at about 27ms per token, which is very slow. So if I miss some key point when using it.", Intent.DIAGNOSE),
            new Frame("{m} is slower than expected on a {g}\n\nI get 7 tokens/s. Is this expected, or may I be missing some optimization or using an incorrect benchmark setup?", Intent.DIAGNOSE),
            new Frame("{m} inference speed is unusually slow on my {g}, something wrong within my usage?", Intent.DIAGNOSE),
            new Frame("{m}在{g}上推理速度慢，是需要开启什么配置么？", Intent.DIAGNOSE),
            new Frame("{m}在{g}上推理速度慢，怎么提速？", Intent.SPEED),
            // a run that degrades over time is slow and working; beside a crash it is a fault
            new Frame("{m} on my {g} gets slower and slower, then it crashes", Intent.DIAGNOSE),
            // stuck at a step, not yet running, refused
            new Frame("{g}上加载{m}，一直卡在这不动", Intent.DIAGNOSE),
            new Frame("是否支持{m}\n\n加载模型后一直卡在这不动", Intent.DIAGNOSE),
            new Frame("是否支持{m}\n\n我的{g}显卡在跑别的模型", Intent.CAN_RUN),
            new Frame("I have been trying {m} on my {g}, and I haven't been able to get it running.", Intent.DIAGNOSE),
            new Frame("{m} quantization for {g}?\n\nI have been trying {m} on vllm and I haven't been able to get it running.", Intent.DIAGNOSE),
            new Frame("Can {m} run on a {g}? I haven't tried it yet", Intent.CAN_RUN),
            new Frame("部署了双卡{g}，跑{m}，但是依然提醒不能使用，是否能正常运行？", Intent.DIAGNOSE),
            new Frame("部署了双卡{g}，跑{m}，是否能正常运行？", Intent.CAN_RUN),
            // a program that ends by itself while loading, beside what it needs (rule A); a pre-trained model is no training
            new Frame("大概需要多少内存才能加载{m}的预训练模型？程序加载到一半直接终止了", Intent.DIAGNOSE),
            new Frame("{m}的预训练模型需要多少显存？", Intent.MEMORY_NEEDED),
            new Frame("对{m}进行训练需要多大显存？", Intent.OUT_OF_SCOPE),
            // an issue template files a fault
            new Frame("0 GPU detected on {g}\n\n**Which operating system?**\nWin 11\n\n**What is the bug?**\n0 GPU detected, I have a {g}", Intent.DIAGNOSE),
            new Frame("Offloading VRAM to disabled GPU\n\n**What is the bug?**\nOffloading models to disabled GPU's VRAM.\n\n**To Reproduce**\n1. Disable one GPU\n2. Load a model", Intent.DIAGNOSE),
            new Frame("Slow prompt processing\n\n**What is the bug?**\n{m} on my {g} runs at 3 tokens/s, too slow", Intent.SPEED),
            new Frame("Empty answers\n\n### Describe the bug\nWith {m} or mistral 7b on my {g} the answers are empty; phi 3 mini answers well.", Intent.DIAGNOSE),
            new Frame("Empty answers\n\n### Describe the bug\n{m} or mistral 7b, which one is better on my {g}?", Intent.COMPARE));

    KindSetupSuspectedFormsTest() {
        super(FRAMES, MODELS, CARDS);
    }
}
