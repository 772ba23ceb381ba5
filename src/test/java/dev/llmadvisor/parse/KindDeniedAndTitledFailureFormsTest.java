package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.KindFrames.Frame;

import java.util.List;

/**
 * Faults and needs in forms any writer uses that were read wrong (eval/real-questions/README.md, "Kinds"): a failure denied
 * by "no" ("no OOM") is none, so a working run asked about its speed stays a speed question; a run "slowing down" is slow,
 * so its pasted log is no fault; a title that tells a failed run ("Failing when trying to run …", "部署成功但调用失败") makes
 * the post a report of it, whatever yes or no its body asks (label rule A), while a limit stated ("the 4090 can't run …")
 * does not; a hard requirement (硬性要求), the hardware asked without its auxiliary ("what server and gpu I need"), the server
 * to rent (需要租什么配置的服务器) are the memory a model needs; the best speed asked (最快可以到多少) is a speed question.
 * Near misses keep their kind.
 */
class KindDeniedAndTitledFailureFormsTest extends KindFormsCase.Filled {

    private static final List<String> MODELS = List.of("qwen3 32b", "gemma3 27b");
    private static final List<String> CARDS = List.of("4090", "RTX 3090");
    private static final String OFFLOADED = "\n\nThe model is fully offloaded to the GPU:\n```\nllm_load_tensors: offloaded 65/65 layers to GPU\n"
            + "llm_load_tensors:      CUDA0 buffer size = 18500.09 MiB\n```\n";

    private static final List<Frame> FRAMES = List.of(
            // a failure denied by "no"; told, it is a fault
            new Frame("{m} on my {g}: model loads in 80 s, no OOM, generation at 12 tok/s. Is that the expected speed?", Intent.SPEED),
            new Frame("{m} on my {g}: generation at 12 tok/s, then OOM after a minute.", Intent.DIAGNOSE),
            // slowing down beside the run's own log; crashing beside it is a fault
            new Frame("Prompt processing slowing down on my {g} with {m}" + OFFLOADED, Intent.SPEED),
            new Frame("Prompt processing crashing on my {g} with {m}" + OFFLOADED, Intent.DIAGNOSE),
            // a failed run or call told in the title; a limit stated, or no failure, leaves the yes or no the question
            new Frame("Failing when trying to run {m} on my {g}\n\nIs it possible at all with 24GB?", Intent.DIAGNOSE),
            new Frame("Can {m} run on my {g}?\n\nIs it possible at all with 24GB?", Intent.CAN_RUN),
            new Frame("The {g} can't run llama 3 70b. Can I run {m} on it?", Intent.CAN_RUN),
            new Frame("{g}部署{m}成功但调用失败\n\n这张卡可以跑吗？", Intent.DIAGNOSE),
            // the memory or machine a model needs, in three more forms
            new Frame("{m}对GPU有什么硬性要求？", Intent.MEMORY_NEEDED),
            new Frame("I am looking for what server and gpu I need to serve {m} to 100 users.", Intent.MEMORY_NEEDED),
            new Frame("如果要部署{m}，需要在云上租什么配置的服务器？", Intent.MEMORY_NEEDED),
            // the best speed asked of a working run
            new Frame("{m}在{g}上回答hello最快可以到多少？现在要一分钟", Intent.SPEED));

    KindDeniedAndTitledFailureFormsTest() {
        super(FRAMES, MODELS, CARDS);
    }
}
