package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kind of a post with a headline (an issue title or a lead sentence) above a body, on a generated grammar: headlines
 * of one cue class times bodies of another, with models and cards in turn, English and Chinese, as the kinds' definitions
 * (eval/real-questions/README.md, "Kinds" and "Slow but working, or broken") and the issue templates of llama.cpp,
 * Ollama, vLLM, Qwen and ChatGLM (summary title first, then environment, steps and log) put it:
 * <ul>
 * <li>a yes or no about running it in the headline, their own run's failure or fault below it: a diagnosis (label rule
 * A), whose answer still carries the verdict; below it a shortage only stated, or a failure heard of, it stays a can-run
 * question;</li>
 * <li>slowness alone in the headline, a log, a command or speeds below it: a speed question; a fault besides
 * slowness below it (the GPU idle, a hang, garbage, a failure, a wrong setting suspected): a diagnosis;</li>
 * <li>a failure or a fault in the headline: a diagnosis, whatever the body asks or shows (a yes or no about another
 * setup included, when the failure is a symptom of a run: out of memory, a crash, an error); a machine described, a
 * limit stated ("can't run it on my card") or a failure only feared there is none;</li>
 * <li>a bug filed by its template or tag: a diagnosis, unless only slowness is reported.</li>
 * </ul>
 * One row per headline and body class, so a failure names the pair that is not read.
 */
class HeadlineKindTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    private static final List<String> MODELS = List.of("qwen3 32b", "llama 3 70b", "mixtral 8x7b");
    private static final List<String> CARDS = List.of("RTX 3090", "4060 8GB", "A100 40G");

    /** "Can X run on Y?" in the forms people put it, English and Chinese. */
    private static final List<String> YES_NO = List.of(
            "Can {m} run on a single {g}?",
            "Is it possible to run {m} on my {g}?",
            "Could I run {m} with one {g}?",
            "Will {m} fit on a {g}?",
            "{g}能跑{m}吗？",
            "{g}可以运行{m}吗？",
            "单张{g}能跑起{m}不？",
            "请问{m}能在{g}上部署吗？");
    /** Slow and only slow. */
    private static final List<String> SLOW = List.of(
            "{m} is very slow on my {g}.",
            "Slow performance with {m} on a {g}",
            "Why is {m} so slow on my {g}?",
            "{m} only gets 3 tokens/s on my {g}.",
            "{g}上{m}推理速度很慢",
            "为什么{g}跑{m}这么慢？",
            "{m}在{g}上生成速度太慢了。");
    /** A failure or a fault told in the headline itself. */
    private static final List<String> FAILED = List.of(
            "{m} fails to load on my {g}.",
            "CUDA out of memory when running {m} on a {g}",
            "Can't run {m} on my {g}",
            "{m} crashes on my {g} after loading.",
            "{g}上部署{m}报错",
            "{g}跑{m}爆显存了",
            "{m}在{g}上加载失败。");
    /** A run's failure by its symptom (out of memory, a crash, an error, a failed load): over a yes or no, the post is still a report of it. */
    private static final List<String> FAILED_RUN = List.of(
            "CUDA out of memory when running {m} on a {g}",
            "{m} crashes on my {g} after loading.",
            "{g}上部署{m}报错",
            "{g}跑{m}爆显存了",
            "{m} fails to load on my {g}.",
            "{m}在{g}上加载失败。");
    /**
     * A limit stated ("Can't run X on my card"): over a yes or no about another setup, the question is whether that
     * setup runs it (as QuestionParserTest's "The 4090 can't run llama 65b. Can I run it on a MacBook?").
     */
    private static final List<String> LIMIT_STATED = List.of("Can't run {m} on my {g}", "{g}跑不了{m}");

    /** A cause asked for in the headline. */
    private static final List<String> WHY_FAILS = List.of(
            "Why can't {m} run on my {g}?",
            "Why does {m} run out of memory on a {g}?",
            "为什么{g}跑不起来{m}？",
            "{m}在{g}上为什么加载不了？");

    /** What they tried, failing: the background of a question above it. */
    private static final List<String> FAILURE_BODY = List.of(
            "I tried it and got:\ntorch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB",
            "When I start it the process gets killed.",
            "I tried and it fails with an error about the quantization.",
            "我试了一下，报错 CUDA out of memory。",
            "我用默认参数启动，结果爆显存了。",
            "加载的时候报错了，日志如下：\nRuntimeError: CUDA error: out of memory");
    /** An error their run gave, no lack of memory in it: the fault is the question, whatever yes or no is above it. */
    private static final List<String> ERROR_BODY = List.of(
            "I get an error after pulling and loading the model. It says ready but then fails on the first prompt.",
            "I tried it and got this message: Error: Post \"http://127.0.0.1:11434/api/generate\": EOF",
            "It throws an error about the tokenizer when I start it.",
            "我的cuda驱动和toolkit都是12.8，还是报错。",
            "启动的时候出现了一个错误，服务起不来。");
    /** A working run shown: its command, its timings, its speed. */
    private static final List<String> RUN_BODY = List.of(
            "Here is my command:\n./llama-server -m model.gguf -ngl 99 -c 4096",
            "llama_print_timings:        eval time =    9971.03 ms /   119 runs   (   83.79 ms per token,    11.93 tokens per second)",
            "生成一段两百字的回答大概要两分钟。",
            "I get about 4 tokens/s with the default settings.");
    /** A fault of a run besides slowness, as the README lists them: the GPU idle, a hang, garbage. */
    private static final List<String> RUN_FAULT_BODY = List.of(
            "GPU utilization stays at 0% while the CPU is at 100%.",
            "Sometimes it hangs and never responds.",
            "The output is garbage after a few lines.",
            "显卡一直空闲，CPU占满。",
            "有时候直接卡住，没有任何响应。");
    /** A fault besides slowness, as the README lists them: those of a run, and a wrong setting suspected. */
    private static final List<String> FAULT_BODY = Stream.concat(RUN_FAULT_BODY.stream(), Stream.of("Did I miss something in the config?")).toList();

    /** No run of their own failed: a shortage stated, a failure heard of or feared (near misses of a failure told). */
    private static final List<String> NOT_OWN_BODY = List.of(
            "One card does not have enough VRAM.",
            "I heard it runs out of memory on smaller cards.",
            "People say it crashes with long prompts.",
            "I am worried it might run out of memory.",
            "听说有人跑的时候爆显存了。");
    /** A yes or no asked below the headline: whether some other setup would run it. */
    private static final List<String> YES_NO_BODY = List.of(
            "Is it possible to run it on two cards?",
            "Can I run it with a shorter context?",
            "Will it fit if I quantize it to 4 bits?",
            "是否支持双卡运行？",
            "能不能在CPU上跑？",
            "换成int4量化可以运行吗？");
    /** The machine described in the headline, nothing told of a run (near misses of a failure told). */
    private static final List<String> MACHINE = List.of(
            "I have a {g} and 64GB of RAM, planning to use {m}.",
            "My setup: one {g}, 32GB RAM, {m} downloaded.",
            "只有{g}加64G内存，想部署{m}。",
            "我的配置是一张{g}，内存32G，想用{m}。");
    /** A failure only feared in the headline (near misses of a failure told). */
    private static final List<String> FEARED = List.of(
            "Will {m} OOM on my {g}?",
            "Could {m} crash on a {g}?",
            "{g}跑{m}会爆显存吗？",
            "{g}部署{m}会不会报错？");

    record Pair(String name, List<String> heads, List<String> bodies, Intent kind) {
        @Override public String toString() { return name + " -> " + kind; }
    }

    static Stream<Pair> pairs() {
        return Stream.of(
                new Pair("yes-no over a failure", YES_NO, FAILURE_BODY, Intent.DIAGNOSE),
                new Pair("yes-no over a fault", YES_NO, RUN_FAULT_BODY, Intent.DIAGNOSE),
                new Pair("yes-no over a shortage or a failure heard of", YES_NO, NOT_OWN_BODY, Intent.CAN_RUN),
                new Pair("yes-no over an error received", YES_NO, ERROR_BODY, Intent.DIAGNOSE),
                new Pair("slow over a run shown", SLOW, RUN_BODY, Intent.SPEED),
                new Pair("slow over a fault", SLOW, FAULT_BODY, Intent.DIAGNOSE),
                new Pair("slow over a failure", SLOW, FAILURE_BODY, Intent.DIAGNOSE),
                new Pair("failure over a failure", FAILED, FAILURE_BODY, Intent.DIAGNOSE),
                new Pair("failure over a fault", FAILED, FAULT_BODY, Intent.DIAGNOSE),
                new Pair("failure over a run shown", FAILED, RUN_BODY, Intent.DIAGNOSE),
                new Pair("failure over a yes-no", FAILED_RUN, YES_NO_BODY, Intent.DIAGNOSE),
                new Pair("limit stated over a yes-no", LIMIT_STATED, YES_NO_BODY, Intent.CAN_RUN),
                new Pair("machine over a yes-no", MACHINE, YES_NO_BODY, Intent.CAN_RUN),
                new Pair("feared failure over a yes-no", FEARED, YES_NO_BODY, Intent.CAN_RUN),
                new Pair("why it fails over a failure", WHY_FAILS, FAILURE_BODY, Intent.DIAGNOSE),
                new Pair("why it fails over a fault", WHY_FAILS, FAULT_BODY, Intent.DIAGNOSE));
    }

    /**
     * Each headline over each body, with the openings people put before a title: none, a greeting, a title tag. Each pair
     * gets one model and one card, in turn (a Latin square over the headline and body indices): over a table of three
     * headlines and three bodies or more, every model meets every card and every headline and every body meets each model
     * and each card, at a ninth of the parses of the full product.
     */
    static List<String> misread(List<String> heads, List<String> bodies, Intent kind, String opening) {
        List<String> out = new ArrayList<>();
        for (int h = 0; h < heads.size(); h++) {
            for (int b = 0; b < bodies.size(); b++) {
                String m = MODELS.get((h + b) % MODELS.size());
                String g = CARDS.get((h + 2 * b) % CARDS.size());
                String text = (opening + heads.get(h) + "\n" + bodies.get(b)).replace("{m}", m).replace("{g}", g);
                Intent got = PARSER.parseOrThrow(text).intent();
                if (got != kind) out.add(got + " <- " + text);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void headlineOverBody(Pair p) {
        assertThat(misread(p.heads(), p.bodies(), p.kind(), "")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void aGreetingBeforeTheHeadlineChangesNothing(Pair p) {
        assertThat(misread(p.heads(), p.bodies(), p.kind(), "Hello,\n")).isEmpty();
        assertThat(misread(p.heads(), p.bodies(), p.kind(), "您好\n\n")).isEmpty();
    }

    /** A bug filed asks for its fault, whatever its title asks; slowness alone reported in one stays a speed question. */
    @Test
    void aBugFiledIsADiagnosisUnlessOnlySlow() {
        assertThat(misread(YES_NO, FAILURE_BODY, Intent.DIAGNOSE, "[Bug]: ")).isEmpty();
        assertThat(misread(YES_NO, FAILURE_BODY, Intent.DIAGNOSE, "### Describe the bug\n")).isEmpty();
        assertThat(misread(SLOW, RUN_BODY, Intent.SPEED, "[BUG/Help] ")).isEmpty();
    }

    /** Failures only asked about ("会爆显存吗", "will it OOM?") are feared, not told: the question is a yes or no. */
    @Test
    void aFailureAskedAboutIsNotTold() {
        List<String> asked = List.of(
                "{g}跑{m}会爆显存吗？", "{g}上跑{m}会报错吗？", "{g}部署{m}会不会崩溃？", "{g}跑{m}会显存不足吗",
                "will {m} OOM on my {g}?", "would {m} crash on a {g}?", "could {m} run out of memory on my {g}?");
        List<String> out = new ArrayList<>();
        for (String a : asked) {
            for (String m : MODELS) {
                for (String g : CARDS) {
                    String text = a.replace("{m}", m).replace("{g}", g);
                    Intent got = PARSER.parseOrThrow(text).intent();
                    if (got != Intent.CAN_RUN) out.add(got + " <- " + text);
                }
            }
        }
        assertThat(out).isEmpty();
    }

    /** …but one seen before and asked about again ("也会", "还是会") is told. */
    @Test
    void aFailureSeenAndAskedAgainIsTold() {
        assertThat(ReportSpotter.seen(Pattern.compile("爆显存"), "两张卡也会爆显存吗")).isTrue();
        assertThat(ReportSpotter.seen(Pattern.compile("爆显存"), "换了参数还是会爆显存吗")).isTrue();
        assertThat(ReportSpotter.seen(Pattern.compile("报错"), "一运行就会报错，怎么办")).isTrue();
        assertThat(ReportSpotter.seen(Pattern.compile("爆显存"), "4090跑70b会爆显存吗？")).isFalse();
    }
}
