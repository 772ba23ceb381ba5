package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Label rule E: a GPU the person says they have without naming it is one card of a model and memory not said, its count as
 * stated ("both GPUs"): had ("I have a decent GPU", "my laptop has 16GB RAM and a GPU", 我电脑有独显) or watched at a low
 * load ("GPU utilization is only 30%"). Integrated graphics, a GPU supposed or lacked, and a GPU asked about are no card.
 * A card named right after a word of lacking with its article ("can't afford an H100", "without an A100") is not theirs.
 */
class GpuHadUnnamedFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I have a laptop with 8gb ram and a decent GPU, will llama 3 8b run? | 1",
            "I have a decent GPU, will llama 3 8b run? | 1",
            "My laptop has 16GB RAM and a GPU. Can it run llama 3 8b? | 1",
            "will I be able to run llama 7b on my laptop with 8gb ram and medium GPU? | 1",
            "My PC has 32GB RAM and decent GPU, will llama 3 8b run? | 1",
            "我电脑有独显，能跑qwen2 7b吗 | 1",
            "GPU utilization is only 30% when running qwen2 7b with vllm. | 1",
            "Both GPUs are at 0% while running llama 3 70b. | 2",
            "So, is it possible to use both of my gpus for llama 3 70b? | 2"})
    void givenAGpuTheyHaveWithoutItsName_thenOneUnnamedCardOfTheCountSaid(String q, int count) {
        Understood u = Understanding.of(q);

        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).as(q).isNull();
        assertThat(u.gpus().get(0).count()).as(q).isEqualTo(count);
        assertThat(u.cpuOnly()).as(q).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "My laptop has an integrated GPU and 16GB RAM. Can it run llama 3 8b?",
            "我电脑没有显卡，能跑qwen2 7b吗",
            "If I have a GPU, can llama 3 8b run faster?",
            "I have a question about a GPU: can llama 3 8b run?",
            "I don't have a GPU. Can llama 3 8b run on 16GB RAM?",
            "My laptop has 16GB RAM and no GPU. Can it run llama 3 8b?",
            "My laptop has 16GB RAM and integrated GPU. Can it run llama 3 8b?",
            "Does llama 3 8b need a GPU?",
            "I can't afford an H100. How do I run llama 3 70b?",
            "Without an A100, is it possible to run llama 3 70b?"})
    void givenAGpuSupposedLackedOrIntegrated_thenNoCardOfTheirs(String q) {
        assertThat(Understanding.of(q).gpus()).as(q).isEmpty();
    }
}
