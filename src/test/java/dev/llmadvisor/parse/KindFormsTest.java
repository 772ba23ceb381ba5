package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question kind where a problem report meets another question, on generated sentences: a table of frames (one per
 * way of putting a problem report or a plain question, English and Chinese) times models and cards. The expected kinds
 * follow the kinds' definitions (eval/real-questions/README.md, "Kinds" and "Slow but working, or broken"): a failure
 * told about a setup the person shows or asks how to set is a diagnosis even beside "how much memory does it need?"; a
 * bug report is a diagnosis unless only slowness is reported; the GPU left idle is a fault, a run that gets slower over
 * time is slow and working (speed, as the pass 47 label audit reads it); their own failed run told beside "how much does it need?" is a diagnosis (label rule A); a failure only feared ("will it OOM?") is a yes or no about running it. One row per frame, so a failure names
 * the form that is not read, whichever model and card it fails for.
 */
class KindFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "qwen2 7b", "gemma3 27b");
    private static final List<String> CARDS = List.of("3090", "RTX 4060 8GB", "4090", "A100 40G");

    record Frame(String text, Intent kind) {
        @Override public String toString() { return kind + ": " + text; }
    }

    private static final List<Frame> FRAMES = List.of(
            // a failure told next to a memory question, with the setup shown (a command, flags) or a setting asked for
            new Frame("How much VRAM does {m} need? I ran `vllm serve {m} --max-model-len 8192` on my {g} and got CUDA out of memory", Intent.DIAGNOSE),
            new Frame("what is the minimum VRAM for {m}? on my {g} it fails with OOM, how do I set the context length lower?", Intent.DIAGNOSE),
            new Frame("how much GPU memory is required for {m}?\npython web_demo.py --model {m} --port 8000\nRuntimeError: CUDA out of memory on my {g}", Intent.DIAGNOSE),
            new Frame("{m}需要多少显存？我在{g}上用 python cli_demo.py --quantize 4 启动，报错 out of memory", Intent.DIAGNOSE),
            new Frame("{m}推理要多大显存，{g}上还是爆显存了，这个max_length具体怎么设置呢", Intent.DIAGNOSE),
            new Frame("请问{m}最少需要多大显存？{g}上跑提示显存不足，有哪些办法可以运行？", Intent.DIAGNOSE),
            // …also where the model is the thread's own, not named
            new Frame("这个最少需要多大显存？\npython3 -m vllm.entrypoints.openai.api_server --max-model-len 16384 --port 8000\n参数都调小了还是无法启动", Intent.DIAGNOSE),
            new Frame("what is the minimum VRAM for this? `python server.py --max-model-len 8192` still fails to start after lowering every flag", Intent.DIAGNOSE),
            // a bug report by its template, whatever else is asked
            new Frame("### Describe the bug\nLoading {m} on my {g} stops with an error.\n### Steps to reproduce\nrun the demo\n### Expected behavior\nit loads", Intent.DIAGNOSE),
            new Frame("### What is the issue?\nI have a {g}. Can {m} run on it? It exits right after loading.", Intent.DIAGNOSE),
            new Frame("[Bug] {g}上部署{m}失败，需要多大显存？", Intent.DIAGNOSE),
            new Frame("问题描述\n在{g}上运行{m}，加载后直接退出\n复现步骤\npython demo.py", Intent.DIAGNOSE),
            // memory far above what they expected: a fault to explain, not a sizing question (MemoryUseForms)
            new Frame("Serving {m} with vLLM on my {g}, the GPU memory usage is way higher than the weights. Any ideas?", Intent.DIAGNOSE),
            new Frame("TGI loads {m} in 4-bit on my {g} but it uses more VRAM than the fp16 model, why?", Intent.DIAGNOSE),
            new Frame("huge memory usage with {m} on my {g} even for short prompts", Intent.DIAGNOSE),
            new Frame("在{g}上用 vllm 部署{m}后显存翻倍，这是什么原因", Intent.DIAGNOSE),
            new Frame("{g}上用 lmdeploy 跑{m}，显存占用过高，怎么降低", Intent.DIAGNOSE),
            new Frame("{g}上 xinference 启动{m}，显存直接占了20多个g", Intent.DIAGNOSE),
            // the GPU left idle (a fault); a run that degrades over time (slow and working)
            new Frame("{m} on my {g} is extremely slow, both the CPU and GPU remain idle. How can I make it run at full speed?", Intent.DIAGNOSE),
            new Frame("{m} on my {g}: ollama is not utilizing the GPU, generation is slow", Intent.DIAGNOSE),
            new Frame("{m} on my {g} gets slower and slower after a few prompts", Intent.SPEED),
            new Frame("在{g}上跑{m}，推理速度越来越慢，是啥原因？", Intent.SPEED),
            new Frame("{g}跑{m}很慢，显卡一直空闲", Intent.DIAGNOSE),
            new Frame("running {m} on my {g}, GPU utilization drops to zero once generation starts", Intent.DIAGNOSE),
            new Frame("ollama ps shows {m} at 100% CPU on my {g}, responses are slow", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is slow and ollama is still using CPU. How do I force ollama to use the GPU?", Intent.DIAGNOSE),
            // memory use far from what the person expected
            new Frame("There is 24 GB of VRAM on my {g} and ollama decides to use only 12 for {m}.", Intent.DIAGNOSE),
            new Frame("我下载了{m}-sft-int8，在{g}上加载，但是却发现占用了31G的显存", Intent.DIAGNOSE),
            // training asked for is out of scope; a training word inside a model's name is not
            new Frame("can I fine-tune {m} on my {g}?", Intent.OUT_OF_SCOPE),
            new Frame("{g}能sft {m}吗", Intent.OUT_OF_SCOPE),
            new Frame("can my {g} run {m}-sft-v2?", Intent.CAN_RUN),
            // negatives: a failure only feared is a yes or no about running it
            new Frame("will {m} OOM on my {g}?", Intent.CAN_RUN),
            new Frame("could {m} run out of memory on my {g}?", Intent.CAN_RUN),
            new Frame("{g}跑{m}会不会爆显存？", Intent.CAN_RUN),
            new Frame("would {m} crash on my {g} with 8k context?", Intent.CAN_RUN),
            new Frame("{g}跑{m}会不会崩溃？", Intent.CAN_RUN),
            new Frame("I am worried {m} might fail to load on my {g}. Is it enough?", Intent.CAN_RUN),
            new Frame("how much VRAM does {m} need, will my {g} be enough?", Intent.CAN_RUN),
            // whether it is possible on their own machine, asked beside the requirement, is a yes or no about running it
            new Frame("What are the GPU requirements for {m}? Is it viable on my {g}?", Intent.CAN_RUN),
            new Frame("I'd like to understand the VRAM requirements. Would it be possible to run {m} on my {g}?", Intent.CAN_RUN),
            new Frame("How much VRAM does {m} need? Is it feasible with my {g}?", Intent.CAN_RUN),
            new Frame("{m}需要什么样的硬件？比如两张{g}足够吗？", Intent.CAN_RUN),
            new Frame("How much VRAM does {m} need to be feasible?", Intent.MEMORY_NEEDED),
            // a bare amount put to the test beside the requirement is the same yes or no, asked of that amount
            new Frame("如果只用TTS功能，{m}需要多少显存？16G可以吗", Intent.CAN_RUN),
            new Frame("How much VRAM does {m} need? Would 12GB be enough?", Intent.CAN_RUN),
            new Frame("{m}需要多少显存？官方说要16G", Intent.MEMORY_NEEDED),
            // the same yes or no asked indirectly, of several models at once, or as 跑得动 beside the requirement
            new Frame("I was wondering what the VRAM requirements are, and if it was possible to run {m} on my {g}", Intent.CAN_RUN),
            new Frame("How much GPU memory is needed for {m} and for its smaller sibling? Can they run on my {g}?", Intent.CAN_RUN),
            new Frame("{m}推理的显存需求是多少？目前我只有一张{g}，能跑得动吗？", Intent.CAN_RUN),
            new Frame("How much memory do I need to run {m} on {g}?", Intent.MEMORY_NEEDED),
            // words that merely contain a failure's letters ("headroom", "zoom") tell none; the OOM killer does
            new Frame("7B models run on my {g} with a lot of headroom, could I squeeze in {m}?", Intent.CAN_RUN),
            new Frame("the oom-killer stopped {m} on my {g} while loading", Intent.DIAGNOSE),
            // label rule A (eval/real-questions/README.md): their own failed run told beside "how much does it need?" is a
            // diagnosis, the memory asked first or last, with no setup shown
            new Frame("how much VRAM does {m} need? I am getting OOM on my {g}", Intent.DIAGNOSE),
            new Frame("What is the minimum GPU memory for {m}? My {g} runs out of memory when loading it.", Intent.DIAGNOSE),
            new Frame("I tried {m} on my {g} and got CUDA out of memory. How much VRAM is required?", Intent.DIAGNOSE),
            new Frame("what hardware does {m} need? it crashed with a segmentation fault on my {g}", Intent.DIAGNOSE),
            new Frame("{m}至少需要多少显存？我在{g}上运行时提示显存溢出", Intent.DIAGNOSE),
            new Frame("请问{m}运行的最低配置是多少？用{g}跑爆显存了", Intent.DIAGNOSE),
            new Frame("我的{g}跑{m}报 CUDA out of memory，需要多大的显存才够？", Intent.DIAGNOSE),
            // negatives: a plain memory question, a failure only feared or someone else's, or flags with no failure
            new Frame("how much VRAM does {m} need to avoid out of memory errors on my {g}?", Intent.MEMORY_NEEDED),
            new Frame("{m}需要多少显存才不会爆显存？", Intent.MEMORY_NEEDED),
            // label rule A with the failure in looser words (won't load, can't load, froze, 没办法跑起来, 加载失败): their own
            // run when they are its subject, it happened on their machine, or they tried; a capability stated of a model or
            // size, or heard from others, is none
            new Frame("How much VRAM do I need for {m}? It won't load on my {g}.", Intent.DIAGNOSE),
            new Frame("I can't load {m} on my {g}. What are the hardware requirements?", Intent.DIAGNOSE),
            new Frame("Are there any special hardware requirements for {m}? It froze my laptop when I tried to chat.", Intent.DIAGNOSE),
            new Frame("We tried {m} on two {g}s and it failed to start. How many GPUs does it need?", Intent.DIAGNOSE),
            new Frame("{m}至少需要多少显存才可以跑？我{g}还是没办法跑起来", Intent.DIAGNOSE),
            new Frame("{m}需要什么配置？我试了{g}，加载失败", Intent.DIAGNOSE),
            new Frame("How much RAM does {m} need? As far as I understand it cannot run on less than 96GB (am I right)?", Intent.MEMORY_NEEDED),
            new Frame("{m}推理需要多大显存？一般个人能搞13B的模型，34B加载不了", Intent.MEMORY_NEEDED),
            new Frame("How much VRAM does {m} need? I heard it fails to load on a single {g}.", Intent.MEMORY_NEEDED),
            new Frame("{m}需要多少显存？听说{g}加载不了", Intent.MEMORY_NEEDED),
            new Frame("how much VRAM does {m} need with --max-model-len 32768?", Intent.MEMORY_NEEDED),
            new Frame("{m}需要多少显存？用 vllm serve --max-model-len 8192 部署", Intent.MEMORY_NEEDED),
            // the person's own specs listed are no requirement asked for; a requirement asked for is
            new Frame("Which models are best to run for coding?\nHardware Specification:\n{g}\n32GB RAM", Intent.WHAT_CAN_RUN),
            new Frame("Are these system specs good enough for any models? {g}, 16gb ram", Intent.WHAT_CAN_RUN),
            new Frame("{m} is slow in chat mode. My system specs - {g}, 32gb RAM", Intent.SPEED),
            new Frame("what are the minimum hardware specs to run {m}?", Intent.MEMORY_NEEDED),
            new Frame("What are the recommended hardware specifications for {m}?", Intent.MEMORY_NEEDED),
            // negatives: slow and working, even in a bug report, is a speed question; another card idle is uneven load
            new Frame("{m} on my {g} runs at 5 tokens/s, how can I make it faster?", Intent.SPEED),
            new Frame("{m}在{g}上速度很慢，怎么提速", Intent.SPEED),
            new Frame("### Describe the bug\n{m} on my {g} is too slow, 2 tokens/s", Intent.SPEED),
            new Frame("[BUG] {g}上{m}推理速度很慢", Intent.SPEED),
            // a why about the memory a run was seen to take is about that run, however short; a why of a verdict (whether it
            // runs, fits, or why not another option) asks for the verdict's reasons
            new Frame("为什么{m}在{g}上占用这么多显存", Intent.DIAGNOSE),
            new Frame("为啥{g}跑{m}占了22GB显存", Intent.DIAGNOSE),
            new Frame("why does {m} take 20GB on {g}?", Intent.DIAGNOSE),
            new Frame("why is {m} using 23GB?", Intent.DIAGNOSE),
            new Frame("why not the {g}?", Intent.WHY),
            new Frame("为什么不用{g}", Intent.WHY),
            new Frame("why can't my {g} run it?", Intent.WHY),
            new Frame("为啥{g}跑不了{m}", Intent.WHY),
            // speed asked of a machine with no model named is a speed question, not a request for a list; a list asked stays one
            new Frame("请问8张{g}速度每秒多少token", Intent.SPEED),
            new Frame("{g}推理速度大概多少", Intent.SPEED),
            new Frame("how many tokens per second would 2x {g} give with vllm?", Intent.SPEED),
            new Frame("Will using vllm on linux with a {g} get faster results than ollama?", Intent.SPEED),
            new Frame("Which local AI models are best to run on my {g} for coding? Most efficient and fast ones", Intent.WHAT_CAN_RUN),
            new Frame("which open source models fit on a {g}?", Intent.WHAT_CAN_RUN),
            new Frame("{g} 聊天用 要速度快的模型", Intent.WHAT_CAN_RUN),
            new Frame("I need a fast model for chat on my {g}, tokens per second matter", Intent.WHAT_CAN_RUN),
            // the GPU left unused is a fault only where a usable GPU is there: on a machine with none, the run on the CPU is
            // how it runs and slowness alone is a speed question; a graphics chip named as theirs is expected to be used
            new Frame("I run {m} using CPU only on a dual Xeon with 256GB RAM and it is slow. How can I make it faster?", Intent.SPEED),
            new Frame("No GPU here, just a Ryzen 9 with 64GB RAM: {m} runs on the CPU at 2 tokens/s, is that expected?", Intent.SPEED),
            new Frame("{m} on CPU only mode with 128GB RAM is slow, how to speed it up?", Intent.SPEED),
            new Frame("服务器只有cpu，32核64G内存，跑{m}特别慢，如何优化呢？", Intent.SPEED),
            new Frame("没有显卡，纯cpu推理{m}，速度很慢，怎么提速", Intent.SPEED),
            new Frame("Laptop with Snapdragon X Elite and an Adreno GPU: ollama runs {m} on the CPU, no GPU is running. Why?", Intent.DIAGNOSE),
            new Frame("My iGPU is not used at all when running {m} with 32GB RAM, it all runs on the CPU", Intent.DIAGNOSE),
            // lspci's device class pasted with the hardware is no question of compatibility; asked, it is a yes or no
            new Frame("{m} is not running on the GPU\n$ lspci | grep -i nvidia\n0000:3b:00.0 VGA compatible controller: NVIDIA Corporation {g}", Intent.DIAGNOSE),
            new Frame("ollama ps shows 100% CPU for {m}\n01:00.0 3D compatible controller: NVIDIA {g}", Intent.DIAGNOSE),
            new Frame("is the {g} compatible with {m}?", Intent.CAN_RUN),
            // a request put with 能否 / 可否 asks for an answer, so their failed run beside it is the subject (rule A); asked
            // of running, it is a yes or no
            new Frame("能否列出{m}具体的硬件要求？我在{g}上运行时直接退出了", Intent.DIAGNOSE),
            new Frame("可否提供一下{m}的最低配置？{g}上加载报错", Intent.DIAGNOSE),
            new Frame("能否在{g}上运行{m}？", Intent.CAN_RUN),
            // something said to be wrong with what they see is a fault
            new Frame("{m} is using 19GB of VRAM on my {g}. Something's wrong there", Intent.DIAGNOSE),
            new Frame("{m} on my {g} answers, but something seems off with the memory it takes", Intent.DIAGNOSE),
            new Frame("{g}上跑{m}，显存占了20G，感觉不对劲", Intent.DIAGNOSE),
            // the GPU that cannot be used, the work done on the CPU instead of it, a GPU load said to seem low
            new Frame("{g}上跑{m}无法使用显卡", Intent.DIAGNOSE),
            new Frame("在{g}上部署{m}，观察系统监控，发现实际使用了cpu而不是gpu", Intent.DIAGNOSE),
            new Frame("Running {m} on my {g} at 80 sec/token. GPU usage seems low, everything is on the CPU", Intent.DIAGNOSE),
            // running out of memory told in any tense is their own failed run (rule A); feared, it is none
            new Frame("How much RAM does {m} need? Memory grew with every token until I ran out of RAM on my {g}", Intent.DIAGNOSE),
            new Frame("what is the minimum memory for {m}? my {g} keeps running out of memory when loading it", Intent.DIAGNOSE),
            new Frame("how much VRAM does {m} need so that my {g} does not run out of memory?", Intent.MEMORY_NEEDED),
            new Frame("how much VRAM does {m} need? my {g} never runs out of memory with smaller models", Intent.MEMORY_NEEDED),
            new Frame("{m} didn't load on my {g} and crashed", Intent.DIAGNOSE),
            // support of their machine asked is a yes or no about running the thread's model; a lack of support told is a fault
            new Frame("Does it support the {g}?", Intent.CAN_RUN),
            new Frame("{g} inference support? or even two of them?", Intent.CAN_RUN),
            new Frame("Will this project support a {g}, or do I need to buy more memory?", Intent.CAN_RUN),
            new Frame("目前只有{g}，请问后续是否会支持此类型的显卡？", Intent.CAN_RUN),
            new Frame("With tensor parallel 2 it works well on my {g}s, but with 4 vllm can not support {m}", Intent.DIAGNOSE),
            // a model asked for beside the failure is a question for models
            new Frame("I'm running out of memory trying to load models and wondered if there was one that will fit on my {g}", Intent.WHAT_CAN_RUN),
            new Frame("Every model I load runs out of memory on my {g}. Is there any model that runs on it?", Intent.WHAT_CAN_RUN),
            // memory use set against what they expected, or the memory above it asked after
            new Frame("{g}跑{m}，按公式应该是15.6G，但实际需要用到22g多的显存，多余的显存用在哪了呢", Intent.DIAGNOSE),
            new Frame("{m} on my {g}: weights 9.5 GB, KV cache 4.6 GB, so where does the extra VRAM go?", Intent.DIAGNOSE),
            // what they set up wrong asked, in the words people use; the cause asked is no request for a list of models; a
            // fault only feared, or the speed alone asked to be normal, is none
            new Frame("{m} on my {g} runs at 2 tokens/s. Am I missing something?", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is really slow, am I missing anything or does someone else see this?", Intent.DIAGNOSE),
            new Frame("I set num_ctx to 32k for {m} on my {g} and it now takes 15GB instead of 10GB. What could be wrong here?", Intent.DIAGNOSE),
            new Frame("{m} on my {g} takes 30GB, is there something wrong with my setup?", Intent.DIAGNOSE),
            new Frame("my {g} runs out of memory with {m}, what can cause this?", Intent.DIAGNOSE),
            new Frame("Is there anything wrong with running {m} on a {g} at Q4?", Intent.CAN_RUN),
            new Frame("What could go wrong if I run {m} on my {g}?", Intent.CAN_RUN),
            new Frame("{m} on my {g} gives about 20 tokens/s. Is this speed normal?", Intent.SPEED),
            // a fault in the words people use: the GPU not detected, VRAM left empty, resources refused, the run said not to be
            // normal, their own configuration suspected; a speed told and asked to be normal stays a speed question
            new Frame("ollama does not detect my {g}, {m} runs on the CPU", Intent.DIAGNOSE),
            new Frame("编译了llama.cpp vulkan版跑{m}，但是没有识别到{g}", Intent.DIAGNOSE),
            new Frame("{m}模型加载到内存中了，显存没有占用，对话时cpu利用率100%", Intent.DIAGNOSE),
            new Frame("用ollama在{g}上跑{m}，显存一点都没用上", Intent.DIAGNOSE),
            new Frame("8张{g}，部署{m}时提示没有足够的资源", Intent.DIAGNOSE),
            new Frame("{m} on my {g} uses 77GB of system RAM before bombing. That's not normal.", Intent.DIAGNOSE),
            new Frame("{m} on my {g} takes 23GB of VRAM with a 2k context, this isn't normal", Intent.DIAGNOSE),
            new Frame("{m}在{g}上显存占了23G，这不正常吧", Intent.DIAGNOSE),
            new Frame("{m}在{g}上显存占用21GB多，是正常的吗？", Intent.DIAGNOSE),
            new Frame("{g}跑{m}，内存直接占了27个G，推理很慢，是否是我配置问题？", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is very slow, is it a problem with my config?", Intent.DIAGNOSE),
            new Frame("{g}跑{m}很慢，是不是我的参数设置有问题", Intent.DIAGNOSE),
            new Frame("{g}跑{m}每秒20个token，正常吗", Intent.SPEED),
            // which of their settings is wrong, asked under a slow run: a fault suspected in their setup; a faster setup
            // asked for stays a speed question
            new Frame("{m}在{g}上只有20t/s，lmstudio有35t/s，不知道llama.cpp哪里设置问题", Intent.DIAGNOSE),
            new Frame("{g}跑{m}只有每秒5个token，不知道哪里没有设置好", Intent.DIAGNOSE),
            new Frame("{g}跑{m}只有每秒5个token，是哪个参数设置得不对", Intent.DIAGNOSE),
            new Frame("{m} on my {g} only gets 20 tok/s, what did I set wrong?", Intent.DIAGNOSE),
            new Frame("{m} on my {g} only gets 20 tok/s, which flag am I getting wrong?", Intent.DIAGNOSE),
            new Frame("{m} on my {g} is slow at 20 tok/s, is something misconfigured?", Intent.DIAGNOSE),
            new Frame("{g}跑{m}只有每秒5个token，怎么提速", Intent.SPEED),
            new Frame("{m} on my {g} only gets 20 tok/s, which flags would make it faster?", Intent.SPEED),
            new Frame("Does ollama detect the {g}? I want to run {m}", Intent.CAN_RUN),
            new Frame("can my {g} run {m}? it should be normal to offload a bit", Intent.CAN_RUN),
            // a yes or no about running asked in a clause of its own, the speed in another: whether it runs is the question;
            // a clause asking both, a speed alone, or a list of models asked stays what it was
            new Frame("Can my {g} run {m}? If so, how fast?", Intent.CAN_RUN),
            new Frame("Is it possible to run {m} on two {g}s? If yes, how many tokens per second can I expect?", Intent.CAN_RUN),
            new Frame("两张{g}能否运行{m}，如果能运行的话，速度会如何", Intent.CAN_RUN),
            new Frame("{g}能跑{m}吗？可以的话速度大概多少", Intent.CAN_RUN),
            new Frame("我想买8张{g}跑{m}，可以吗？怎么跑呢，速度会不会快点？", Intent.CAN_RUN),
            new Frame("how fast is {m} on my {g}?", Intent.SPEED),
            new Frame("{m} on my {g}: if I add a second card, how fast will it be?", Intent.SPEED),
            // output that is no answer, however it is put, is a fault besides slowness
            new Frame("Weird output from {m} on my {g}: the smaller one works, this one does not. Is this normal?", Intent.DIAGNOSE),
            new Frame("{m} gives strange responses on my {g} after loading in 8-bit, and it is slow", Intent.DIAGNOSE),
            new Frame("{m} 在{g}上用float16推理，输出都是感叹号", Intent.DIAGNOSE),
            new Frame("{g}跑{m}速度很慢，而且输出全是乱码", Intent.DIAGNOSE),
            // which model asked of their machine by the word for a model, one named only as what they have in mind: a list;
            // a yes or no about the one named stays one
            new Frame("{g}，32G 内存，可以跑哪个model？我想用ollama架设{m}", Intent.WHAT_CAN_RUN),
            new Frame("我的{g}适合跑什么样的大模型？之前试过{m}", Intent.WHAT_CAN_RUN),
            new Frame("Which models would you suggest for my {g}? I was thinking of {m}", Intent.WHAT_CAN_RUN),
            new Frame("我的{g}可以跑{m}吗？", Intent.CAN_RUN),
            new Frame("我用{g}跑{m}，有没有能运行在手机上的大模型？", Intent.WHAT_CAN_RUN),
            // the load a working setup serves, or the time one run takes, is a speed question; a failure under load stays a fault
            new Frame("用vllm在{g}上部署{m}，请问有没有并发上限的数据？", Intent.SPEED),
            new Frame("两张{g}运行{m}最多能支持多少个用户同时使用？", Intent.SPEED),
            new Frame("How many concurrent users can {m} serve on a {g}?", Intent.SPEED),
            new Frame("How long does one inference of {m} take on a {g}?", Intent.SPEED),
            new Frame("{g}上跑{m}生成一段回答需要多久？", Intent.SPEED),
            new Frame("在{g}上部署{m}，并发数一高就报错 CUDA out of memory", Intent.DIAGNOSE));

    /**
     * Label rule A with the failure told as an error received: a verb of receiving and the error it brought, every verb
     * with every way of naming the error, beside every way of asking for the memory, before or after it. A denied or
     * aimed-at error ("so I don't get an error") is no failure told, so the memory question stays one.
     */
    private static final List<String> RECEIVE = List.of("it throws", "Ollama gave me", "I ran into", "I keep hitting", "it returned",
            "I encountered", "it showed me", "I received", "I got", "the loader raised");
    private static final List<String> ERROR_NAMED = List.of("an error", "this error message", "the following exception", "the same CUDA error",
            "another allocation error");
    private static final List<String> MEMORY_ASKED = List.of("How much RAM is required to load {m}?", "what is the minimum VRAM for {m}?",
            "How much memory does {m} need?");
    /** The error as the subject of its sentence, passive or intransitive, and the same denied or supposed. */
    private static final List<String> ERROR_AS_SUBJECT = List.of("the following error is displayed", "an exception was thrown",
            "an error occurred", "this error pops up", "the same error message was printed", "errors appear");
    private static final List<String> ERROR_SUPPOSED = List.of("so that no error occurs", "if an error occurs", "before any error appears");
    private static final List<String> ZH_ERROR = List.of("加载时报错", "运行一会就直接退出了", "启动时出现内存不足的错误", "一打开就闪退", "推理时弹出CUDA异常");
    private static final List<String> ZH_MEMORY_ASKED = List.of("{m}至少需要多少显存？", "请问{m}需要多大内存？", "{m}最低配置是多少？");

    static Stream<Frame> errorReceivedFrames() {
        List<Frame> out = new ArrayList<>();
        for (String ask : MEMORY_ASKED) {
            for (String verb : RECEIVE) {
                for (String error : ERROR_NAMED) {
                    out.add(new Frame(ask + " " + verb + " " + error + " on my {g}.", Intent.DIAGNOSE));
                    out.add(new Frame("On my {g} " + verb + " " + error + " when loading it. " + ask, Intent.DIAGNOSE));
                }
            }
            for (String error : ERROR_AS_SUBJECT) {
                out.add(new Frame(ask + " When I load it on my {g}, " + error + ".", Intent.DIAGNOSE));
                out.add(new Frame("On my {g} " + error + " when loading it. " + ask, Intent.DIAGNOSE));
            }
            for (String error : ERROR_SUPPOSED) out.add(new Frame(ask + " I want to load it on my {g} " + error + ".", Intent.MEMORY_NEEDED));
            out.add(new Frame(ask + " I want to be sure I don't get an error on my {g}.", Intent.MEMORY_NEEDED));
            out.add(new Frame(ask + " I never saw an error with smaller models on my {g}.", Intent.MEMORY_NEEDED));
        }
        for (String ask : ZH_MEMORY_ASKED) {
            for (String error : ZH_ERROR) {
                out.add(new Frame(ask + "我在{g}上" + error, Intent.DIAGNOSE));
                out.add(new Frame("在{g}上" + error + "，" + ask, Intent.DIAGNOSE));
            }
        }
        return out.stream();
    }

    /**
     * The memory a model needs asked as a grammar: a qualifier of need before a memory noun, or a size asked of a card,
     * in several frames, English and Chinese. Each is a memory question, whatever the model.
     */
    private static final List<String> NEED_QUALIFIER = List.of("minimum", "min", "minimal", "least", "lowest", "recommended", "required");
    private static final List<String> MEMORY_NOUN = List.of("VRAM", "RAM", "GPU memory", "memory", "system RAM", "video memory",
            "amount of VRAM", "GPU RAM");
    private static final List<String> QUALIFIED_FRAME = List.of("what is the {q} {n} for {m}?", "{q} {n} to run {m}?", "{m}: {q} {n}?",
            "What's the {q} {n} needed for {m}", "Does anyone know the {q} {n} {m} needs?");
    private static final List<String> SIZE_ASKED = List.of("How big a GPU does {m} need?", "What size GPU for {m}?",
            "What kind of GPU is required for {m}?", "what amount of VRAM does {m} need", "how large of a card do I need for {m}?",
            "{m}显存要求是多少？", "{m}对显存有什么要求？", "{m}推理需要的显存是多少", "请问{m}要用多大的显卡", "{m}需要的最小显存",
            "{m}对硬件的要求", "跑{m}的硬件需求有哪些？", "部署{m}得用多大的显存");

    static Stream<Frame> memoryAskedFrames() {
        List<Frame> out = new ArrayList<>();
        for (String frame : QUALIFIED_FRAME) {
            for (String q : NEED_QUALIFIER) {
                for (String n : MEMORY_NOUN) out.add(new Frame(frame.replace("{q}", q).replace("{n}", n), Intent.MEMORY_NEEDED));
            }
        }
        for (String frame : SIZE_ASKED) out.add(new Frame(frame, Intent.MEMORY_NEEDED));
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("memoryAskedFrames")
    void theMemoryAModelNeedsAskedInAnyFormIsAMemoryQuestion(Frame f) {
        assertThat(misread(f)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("errorReceivedFrames")
    void anErrorReceivedBesideAMemoryQuestionIsADiagnosis(Frame f) {
        assertThat(misread(f)).isEmpty();
    }

    static Stream<Frame> frames() {
        return FRAMES.stream();
    }

    /** The sentences of one frame its kind is not read from, with what was read. */
    static List<String> misread(Frame f) {
        return misread(PARSER, f.text(), f.kind(), MODELS, CARDS);
    }

    /** The sentences of a frame filled with each model ({m}) and card ({g}) whose kind is not read, with what was read. */
    static List<String> misread(QuestionParser parser, String frame, Intent kind, List<String> models, List<String> cards) {
        List<String> out = new ArrayList<>();
        for (String m : models) {
            for (String g : cards) {
                String text = frame.replace("{m}", m).replace("{g}", g);
                Intent got = parser.parseOrThrow(text).intent();
                if (got != kind) out.add(got + " <- " + text);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("frames")
    void kindOfEachForm(Frame f) {
        assertThat(misread(f)).isEmpty();
    }
}
