package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.KindFrames.Frame;

import java.util.List;

/**
 * The kind where people tell their own failed run in words beyond the fixed failure phrases (eval/real-questions/README.md,
 * "Kinds" and label rule A), on generated sentences (frames times models and cards, English and Chinese): the GPU left
 * unused by their run beside a memory question, an error received as a message, the memory-taker asked after, memory
 * blown in the slang verbs (内存炸了, 爆内存), a possibility denied ("It is not possible to load it on the GPU"), a failure
 * told with nothing named, the person's machine listed before the failure in one sentence ("我32G内存，4070ti，跑不起来"), the
 * verbs of bringing a model up denied ("can not be initiated", "unable to launch"), the error named between 报 and 错
 * ("报如下错"). Beside them, a quantized build asked for in a title of its own is a format question, and
 * whether it starts on their machine (能起来吗) beside a memory question is a yes or no about running. Near misses keep
 * their kind: the memory asked alone, the possibility asked, a failure only feared or heard of.
 */
class KindOwnFailureFormsTest extends KindFormsCase.Filled {

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "qwen2 7b", "gemma3 27b");
    private static final List<String> CARDS = List.of("3090", "RTX 4060 8GB", "4090", "A100 40G");

    private static final List<Frame> FRAMES = List.of(
            // the GPU left unused by their run, beside a memory question (rule A)
            new Frame("{m} uses 100% CPU when I change num_ctx to 128K\nHow much VRAM is needed to run it on two GPUs?", Intent.DIAGNOSE),
            new Frame("ollama ps shows {m} at 100% CPU on my {g}. How much VRAM does it need?", Intent.DIAGNOSE),
            new Frame("How much VRAM is needed to run {m} on two GPUs?", Intent.MEMORY_NEEDED),
            // an error received as a message
            new Frame("Running {m} with 16GB of RAM: what are the requirements?\nI tried, I got this message \"Error: Post http://127.0.0.1:11434/api/generate: EOF\"", Intent.DIAGNOSE),
            new Frame("What is the minimum RAM for {m}? When I start it, it returns the output: RuntimeError: CUDA error", Intent.DIAGNOSE),
            new Frame("What is the minimum RAM for {m}? I got a message from the maintainers that it needs 32GB", Intent.MEMORY_NEEDED),
            // the memory-taker asked after, and a fix asked for, beside a memory question
            new Frame("需要多少显存啊？我用{m}量化模型占用4.2G，但是把服务运行起来直接就20多了，都是什么东西在占用显存？", Intent.DIAGNOSE),
            new Frame("How much VRAM should {m} take? The weights are 5GB but my {g} shows 20GB in use. What is using all the VRAM?", Intent.DIAGNOSE),
            new Frame("需要多少显存？我用{m}，运行起来显存占用20多G，可以优化吗？", Intent.DIAGNOSE),
            new Frame("{m}需要多少显存？", Intent.MEMORY_NEEDED),
            // memory blown, in the slang verbs, on the GPU or in RAM; feared, it is none
            new Frame("{m}加载内存炸了，切到内存也炸，怎么办", Intent.DIAGNOSE),
            new Frame("{g}跑{m}爆内存了，需要多大内存？", Intent.DIAGNOSE),
            new Frame("{g}跑{m}会不会爆内存？", Intent.CAN_RUN),
            // blown again after a fix ("还是爆掉了") in a headline over a yes or no: the failure is the subject
            new Frame("{g}的显存还是爆掉了，是否支持双卡运行\n\n用的是{m}", Intent.DIAGNOSE),
            new Frame("{g}跑{m}显存还爆了，怎么办", Intent.DIAGNOSE),
            new Frame("是否支持双卡运行\n\n{g}跑{m}，担心显存会爆", Intent.CAN_RUN),
            // a possibility denied tells a failure; asked, it is a yes or no
            new Frame("It is not possible to load the model using the GPU\nUnable to load {m} using the GPU, but it can be loaded with a cpu", Intent.DIAGNOSE),
            new Frame("It's not possible to run {m} on my {g} anymore after the update", Intent.DIAGNOSE),
            new Frame("Is it possible to load {m} using a {g}?", Intent.CAN_RUN),
            // their machine listed before the failure in the same sentence, beside what it needs (rule A); a failure heard
            // of, or asked, is none
            new Frame("需要什么配置啊\n\n我32G内存，{g}，跑不起来，您是什么配置啊", Intent.DIAGNOSE),
            new Frame("{m}对硬件有什么要求？我的电脑是{g}，64G内存，加载不了", Intent.DIAGNOSE),
            new Frame("{m}对硬件有什么要求？我听说{g}加载不了", Intent.MEMORY_NEEDED),
            new Frame("What is the hardware requirement for {m}? The model can not be initiated, my CPU is a Xeon Gold 5222 and the GPU a {g}", Intent.DIAGNOSE),
            new Frame("What are the hardware requirements for {m}? I heard it can't run on a {g}", Intent.MEMORY_NEEDED),
            // the verbs of bringing a model up, denied: a failed run (asked, a yes or no)
            new Frame("Unable to launch {m} on my {g}. How much VRAM does it need?", Intent.DIAGNOSE),
            new Frame("{m} cannot be initialized on my {g}: what are the minimum requirements?", Intent.DIAGNOSE),
            new Frame("{m} cannot be initialized on a {g}: what are the minimum requirements?", Intent.MEMORY_NEEDED),
            new Frame("Can {m} be launched on a {g}?", Intent.CAN_RUN),
            // the error named between 报 and 错 ("报如下错", "报了个错"), not a report (报告)
            new Frame("{m}在{g}上报如下错，需要多少显存？", Intent.DIAGNOSE),
            new Frame("cpu情况下使用{m} 报了个错，要多少内存？", Intent.DIAGNOSE),
            new Frame("{m}需要多少显存？看了技术报告不知道对错", Intent.MEMORY_NEEDED),
            // a failure told with nothing named: the fault is the question
            new Frame("模型下载后，部署失败\n模型下载到本地后，启动不成功，这个怎么排查，本地资源显存内存肯定够的", Intent.DIAGNOSE),
            new Frame("works properly with the CPU runtime but not with the CUDA runtime\n\nFailed to load the model\n\nError loading model.", Intent.DIAGNOSE),
            new Frame("how do I troubleshoot this? the server fails to start every time", Intent.DIAGNOSE),
            new Frame("怎么排查问题", Intent.UNKNOWN),
            // a quantized build asked for in a title of its own
            new Frame("4 bit quantized version of {m}?\n\nUnquantized it requires lots of VRAM (> 12GB).", Intent.WHICH_FORMAT),
            new Frame("GGUF version of {m}?\nI only have a {g}.", Intent.WHICH_FORMAT),
            new Frame("AWQ model available?\nI would like to serve {m} on a {g}.", Intent.WHICH_FORMAT),
            new Frame("The smallest quantization of {m} is Q4. It will be very beneficial to have a Q3 option to fit the VRAM of 12GB cards", Intent.WHICH_FORMAT),
            new Frame("{m}爆显存，有没有int4量化版", Intent.WHICH_FORMAT),
            new Frame("Can the 4 bit quantized version of {m} run on my {g}?", Intent.CAN_RUN),
            new Frame("{m}的量化版在{g}上能跑吗", Intent.CAN_RUN),
            // whether it starts on their machine, beside a memory question
            new Frame("{m} q4运行还需要多少额外的内存，{g}能起来？", Intent.CAN_RUN),
            new Frame("{m}需要多少显存，{g}能跑起来吗", Intent.CAN_RUN),
            new Frame("{m} q4运行需要多少内存？", Intent.MEMORY_NEEDED));

    KindOwnFailureFormsTest() {
        super(FRAMES, MODELS, CARDS);
    }
}
