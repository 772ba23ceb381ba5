package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.KindFrames.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words of one kind read where they mean another (eval/real-questions/README.md, "Kinds"): a comparison word inside a path,
 * a flag or a file name ("--model_name_or_path", "build-windows-vs2022", "app.apk"), the fine-tuning banner every Unsloth run
 * prints, "does 1 inference" in a question of time, "possible" in thanks. Beside them, faults and needs in forms that were
 * not read: an attempt that found the memory short ("试了一下似乎显存不太够"), a run that does nothing, memory doubled or
 * N-fold against another run, a why about the speed of a run with no model named, the GPUs a model needs or its authors
 * used. Near misses keep their kind.
 */
class KindWordsInContextFormsTest extends KindFormsCase.Filled {

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "qwen2 7b", "gemma3 27b");
    private static final List<String> CARDS = List.of("3090", "RTX 4060 8GB", "4090", "A4000");

    private static final List<Frame> FRAMES = List.of(
            // a comparison word inside a path or a file name compares nothing; as a word of its own it still does
            new Frame("When using {m} better to increase KV cache to avoid errors. I've got an error at C:\\build-windows-vs2022\\src\\pipeline.hpp", Intent.DIAGNOSE),
            new Frame("{m} vs mistral 7b on my {g}, which one is better?", Intent.COMPARE),
            // "how long does 1 inference take" asks a time, not a yes or no; a difference asked beside it is about that time
            new Frame("How long does 1 inference take with {m} in seconds on average?\n\nAnd do you think there is a difference for this when running on 1 GPU vs running on 2 GPUs?", Intent.SPEED),
            new Frame("Does 1 {g} run {m}?", Intent.CAN_RUN),
            // their own attempt found the memory short; a shortage only stated is no attempt
            new Frame("我可以使用8张{g}卡基于vllm来serve {m}吗？我这边试了一下似乎显存不太够", Intent.DIAGNOSE),
            new Frame("{m}能在{g}上运行吗？\n单卡显存不够", Intent.CAN_RUN),
            // a run that does nothing
            new Frame("I can convert {m} for my {g}, but when I try to use it, it doesn't do anything. The prompt gives me blank.", Intent.DIAGNOSE),
            // memory doubled, or N-fold against another run, beside slowness or not
            new Frame("Calling ollama doubles the memory size: I called {m} on my {g} and it showed 60GB, but with ollama run I don't have this problem", Intent.DIAGNOSE),
            new Frame("{m} 显存占用是qwen2 7b的一倍，推理速度只有3 tokens/s", Intent.DIAGNOSE),
            new Frame("{m} 在{g}上推理速度只有3 tokens/s，怎么加速？", Intent.SPEED),
            // a why about the speed of a run told in a post of its own
            new Frame("gpu第一次以及放久了为什么每次询问都要初始化，影响返回值速度\n\n放5分钟以上，再重新问，就要等20多秒才会答复", Intent.SPEED),
            new Frame("为什么？", Intent.WHY),
            // the GPUs a model needs, or the ones its authors used
            new Frame("Was there a specific command used to run {m}? What GPU configuration did the authors use?", Intent.MEMORY_NEEDED),
            new Frame("Could you provide a version of the {m} recipe for serverless? Guidance on the required GPUs would help.", Intent.MEMORY_NEEDED));

    KindWordsInContextFormsTest() {
        super(FRAMES, MODELS, CARDS);
    }

    /** The fine-tuning banner of an Unsloth run loading a model is no training question; training asked still is. */
    @ParameterizedTest
    @MethodSource("banners")
    void readsTheBannerAsARun(String text) {
        assertThat(KNOWLEDGE_PARSER.parseOrThrow(text).intent()).as(text).isNotIn(Intent.OUT_OF_SCOPE, Intent.SPEED);
    }

    static Stream<String> banners() {
        return Stream.of("error\n\nmodel, tokenizer = FastLanguageModel.from_pretrained(model_name = \"unsloth/Meta-Llama-3.1-70B-bnb-4bit\")\n\n"
                + "🦥 Unsloth: Will patch your computer to enable 2x faster free finetuning.\n   GPU: Tesla T4. Max memory: 14.748 GB.");
    }

    @ParameterizedTest
    @MethodSource("training")
    void readsTrainingAsOutOfScope(Frame f) {
        assertThat(KNOWLEDGE_PARSER.parseOrThrow(f.text()).intent()).as(f.text()).isEqualTo(f.kind());
    }

    static Stream<Frame> training() {
        return KindFrames.filled(List.of(new Frame("How much VRAM do I need to fine-tune {m} with unsloth on my {g}?", Intent.OUT_OF_SCOPE)), MODELS, CARDS);
    }
}
