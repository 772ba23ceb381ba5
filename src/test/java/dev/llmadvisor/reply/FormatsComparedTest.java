package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a question that weighs formats and names no machine ("bf16 or fp16?", "Q4_K_M or Q8_0?"), then how they differ
 * is answered first (the memory each weight takes, its quality), in the person's language, and the machine is asked for
 * after it, not instead of it.
 */
class FormatsComparedTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    @Test
    void givenTwoQuantsWithNoMachineThenEachIsSaidWithItsBitsAndQuality() {
        Reply r = assembly.advisor().answer("formats-q", "Q4_K_M or Q8_0, which is better?").reply();
        assertThat(r.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(r.headline()).startsWith("Q4_K_M, Q8_0 differ in the bits each weight takes");
        assertThat(r.options()).extracting(Reply.Option::title).containsExactly("Q4_K_M", "Q8_0");
        assertThat(r.options().get(1).detail()).contains("about 8.5 bits per weight").contains("perplexity +");
        assertThat(r.notes()).anyMatch(n -> n.startsWith("Name your GPU"));
    }

    @Test
    void givenBf16AgainstFp16ThenTheSameMemoryAndTheGpusThatComputeBf16AreSaid() {
        Reply en = assembly.advisor().answer("formats-16",
                "During Vicuna v1.5 inference, should I set the torch_dtype to bf16 (like during finetuning) or to fp16 (which is found in config.json)?").reply();
        assertThat(en.headline()).startsWith("BF16 and F16 take the same memory").contains("V100, T4");
        Reply zh = assembly.advisor().answer("formats-16-zh", "推理用 bf16 还是 fp16？").reply();
        assertThat(zh.headline()).startsWith("BF16 和 F16 占的显存一样");
        assertThat(zh.notes()).anyMatch(n -> n.startsWith("说出你的显卡"));
    }

    @Test
    void givenAMachineThenTheFormatsAreSizedOnIt() {
        assertThat(assembly.advisor().answer("formats-hw", "qwen3 14b on my 4060 Ti 16GB: Q4_K_M or Q8_0?").reply().headline())
                .doesNotContain("differ in the bits each weight takes");
    }
}
