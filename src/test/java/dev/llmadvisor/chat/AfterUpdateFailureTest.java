package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load that worked before an update of the engine and fails since, with no lack of memory shown, is a regression of
 * the new version (other): generated English and Chinese reports over engines, versions and models. A GPU left unused
 * since the update stays the lost GPU backend it is, and a failure with no update named is not called a regression.
 */
class AfterUpdateFailureTest {

    private static final AtomicInteger N = new AtomicInteger();

    private static Answer answer(String q) {
        return RealAdvisors.shared().answer("after-update-" + N.incrementAndGet(), q);
    }

    private static final List<String> FORMS = List.of(
            "After updating to {e} {v} I cannot load {m} anymore",
            "{m} used to work, but since upgrading {e} to {v} it fails to start",
            "Since the update to {e} {v}, {m} keeps crashing when it loads",
            "升级到 {e} {v} 之后，{m} 加载不了了",
            "{e} 更新后 {m} 一加载就崩溃");

    @Test
    void aLoadThatBrokeWithAnUpdateIsARegression() {
        for (String[] s : List.of(new String[] {"ollama", "0.5.12", "qwen2.5 14b"}, new String[] {"llama.cpp", "b4500", "gemma 2 9b"},
                new String[] {"vllm", "0.7.0", "mistral 7b"}))
            for (String f : FORMS) {
                String q = f.replace("{e}", s[0]).replace("{v}", s[1]).replace("{m}", s[2]);
                assertThat(answer(q).cause()).as(q).isEqualTo("other");
            }
        assertThat(answer("After updating to ollama 0.5.12 I cannot load qwen2.5 14b anymore").reply().toText(false)).contains("regression");
        assertThat(answer("升级到 ollama 0.5.12 之后，qwen2.5 14b 加载不了了").reply().toText(false)).contains("回归");
    }

    @Test
    void otherFaultsAfterAnUpdateOrWithoutOneKeepTheirOwnCause() {
        // the GPU left out since the update: the install lost its GPU backend
        assertThat(answer("after updating ollama, qwen2.5 7b runs on the CPU, the GPU is not used").cause()).isEqualTo("gpu_not_used");
        // no update named: a failure is not called a regression
        String noUpdate = answer("ollama cannot load qwen2.5 14b on my RTX 3060").reply().toText(false);
        assertThat(noUpdate).doesNotContain("regression");
    }
}
