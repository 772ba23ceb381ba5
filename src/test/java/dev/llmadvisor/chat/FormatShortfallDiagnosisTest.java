package dev.llmadvisor.chat;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.reply.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure told with a weight format the person's card cannot run (FormatSupport): the cause is the card, named with the
 * capability the format needs and the one the card has, whatever the phrasing, in English and Chinese; the same failure
 * on a card that meets the requirement, or an out-of-memory, is not put on the card.
 */
class FormatShortfallDiagnosisTest {

    static Assembly assembly;

    @BeforeAll
    static void assemble() {
        assembly = Assembly.of(Path.of("knowledge"), Path.of("rules"));
    }

    /** card, its compute capability as NVIDIA publishes it, format word, the capability the format needs on vLLM */
    private record Case(String card, String have, String format, String need) { }

    private static final List<Case> SHORT = List.of(
            new Case("Tesla V100", "7.0", "AWQ", "7.5"),
            new Case("V100 32GB", "7.0", "FP8", "8.9"),
            new Case("Tesla T4", "7.5", "FP8", "8.9"),
            new Case("RTX 3090", "8.6", "FP8", "8.9"),
            new Case("A100 80GB", "8.0", "FP8", "8.9"),
            new Case("RTX 2080 Ti", "7.5", "FP8", "8.9"),
            new Case("Titan V", "7.0", "AWQ", "7.5"));

    private static final List<String> MODELS = List.of("Qwen2.5-7B-Instruct", "Llama-3.1-8B-Instruct", "Qwen2.5-14B-Instruct");

    private static final List<String> EN = List.of(
            "vLLM fails to start with %2$s-%3$s on my %1$s, what's wrong?",
            "Serving %2$s %3$s with vllm on a %1$s throws an error at startup",
            "%1$s: %2$s-%3$s won't load in vLLM. Why?",
            "I get an error when I run %2$s (%3$s) on vllm, GPU is a %1$s. Any idea?");

    private static final List<String> ZH = List.of(
            "用 vllm 在 %1$s 上部署 %2$s-%3$s，启动报错，是什么原因？",
            "%1$s 用 vllm 跑 %2$s %3$s 报错了，怎么回事",
            "vllm 加载 %2$s-%3$s 失败，显卡是 %1$s，为什么？");

    @Test
    void aFormatTheCardCannotRunIsTheCauseInEveryForm() {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (Case c : SHORT) {
            for (String model : MODELS) {
                for (String t : EN) {
                    n++;
                    check(String.format(t, c.card(), model, c.format()), c, false, wrong);
                }
                for (String t : ZH) {
                    n++;
                    check(String.format(t, c.card(), model, c.format()), c, true, wrong);
                }
            }
        }
        assertThat(n).isGreaterThan(100);
        assertThat(wrong).as("forms that did not name the card's compute capability").isEmpty();
    }

    private static void check(String text, Case c, boolean zh, List<String> wrong) {
        Answer a = assembly.advisor().answer("fs-" + text.hashCode(), text);
        String reply = a.reply().toText(false);
        if (!"unsupported_hardware".equals(a.cause()) || !reply.contains(c.need()) || !reply.contains(c.have())
                || (zh && !reply.contains("计算能力"))) {
            wrong.add(text + " -> " + a.cause() + " | " + a.reply().headline());
        }
    }

    @Test
    void lmdeploysFourBitKernelsOnVolta() {
        for (String t : List.of("lmdeploy serve api_server Qwen2-7B-Instruct-AWQ --model-format awq on two V100 gives garbage output, why?",
                "V100 上用 lmdeploy（turbomind）推理 Qwen2.5-14B-Instruct-AWQ 结果全是乱码，为什么？")) {
            Answer a = assembly.advisor().answer("lm-" + t.hashCode(), t);
            assertThat(a.cause()).as(t).isEqualTo("unsupported_hardware");
            assertThat(a.reply().toText(false)).as(t).contains("7.5").contains("7.0");
        }
    }

    @Test
    void aCardThatMeetsTheRequirementOrAnOutOfMemoryIsNotPutOnTheCard() {
        List<String> near = List.of(
                "vLLM fails to start with Qwen2.5-7B-Instruct-FP8 on my RTX 4090, what's wrong?",
                "Serving Qwen2.5-7B-Instruct AWQ with vllm on a Tesla T4 throws an error at startup",
                "用 vllm 在 H100 上部署 Qwen2.5-14B-Instruct-FP8，启动报错，是什么原因？",
                "vLLM fails to start with Qwen2.5-7B-Instruct GPTQ on my Tesla V100, what's wrong?",
                "llama.cpp fails to load Qwen2.5-7B-Instruct Q4_K_M on my GTX 1080, why?",
                "CUDA out of memory with Llama-3.1-70B-Instruct FP8 in vllm on one RTX 3090",
                "Tesla V100 上 vllm 跑 Qwen2.5-72B-Instruct-AWQ 爆显存 CUDA out of memory");
        for (String t : near) {
            Answer a = assembly.advisor().answer("nm-" + t.hashCode(), t);
            assertThat(a.reply().toText(false)).as(t).doesNotContain("the card cannot run this format").doesNotContain("这张卡跑不了这种格式");
        }
    }
}
