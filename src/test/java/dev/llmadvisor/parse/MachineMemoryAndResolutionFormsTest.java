package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Two hardware readings, on generated sentences (the corpus's label rules, eval/real-questions/README.md):
 * <ul>
 *   <li>memory labelled by the machine (主机, 电脑, host, PC) is its RAM, even when the card's word and its own
 *       memory or name follow: "主机32G，显卡24G" is 32 GB of RAM and a 24 GB card;</li>
 *   <li>a bare number in a screen or image resolution ("1920x1080", "1080*1920") is no GTX 1080.</li>
 * </ul>
 */
class MachineMemoryAndResolutionFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static Understood understand(String question) {
        return FACTS.understand(PARSER.parseOrThrow(question)).understood();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "主机32G，显卡24G，跑qwen 14b可以吗 | 32 | 24",
            "电脑16G，显卡12G，能跑llama 3 8b吗 | 16 | 12",
            "台式机：64G，显卡 24G，qwen2.5 32b能跑吗 | 64 | 24",
            "电脑32G，显卡3090，能跑qwen 32b吗 | 32 | 24",
            "my pc: 64GB, gpu: 4090, can it run llama 3 70b? | 64 | 24",
            "host 128GB, GPU 48GB, can I run qwen 72b? | 128 | 48"})
    void givenMemoryLabelledByTheMachine_thenItIsRamAndTheCardKeepsItsOwn(String question, double ram, double card) {
        Understood u = understand(question);

        assertThat(u.ramGb()).isEqualTo(ram);
        assertThat(u.gpus()).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).isEqualTo(card);
    }

    /** Near misses: the card's own memory word after the amount, or a card named before it, keeps the amount the card's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "电脑32G显存，能跑qwen 32b吗 | 32",
            "显卡24G，能跑qwen 32b吗 | 24",
            "my pc has a 3090 24GB, can it run qwen 32b? | 24"})
    void givenTheCardsOwnMemory_thenItStaysTheCards(String question, double card) {
        Understood u = understand(question);

        assertThat(u.gpus()).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).isEqualTo(card);
        assertThat(u.ramGb()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I feed 1920x1080 images to qwen2.5 vl 7b on a 3060, does it fit? | GeForce RTX 3060 12GB",
            "我的显示器是2560*1080，显卡是4070，能跑qwen 14b吗 | GeForce RTX 4070",
            "screenshots at 1080x1920 with llava 13b on my 4090 run out of memory | GeForce RTX 4090",
            "一张3840 × 1080的图，用4090跑qwen2-vl 7b会爆显存吗 | GeForce RTX 4090"})
    void givenAResolution_thenItsHeightIsNoCard(String question, String card) {
        Understood u = understand(question);

        assertThat(u.gpus()).extracting(Understood.Gpu::name).containsExactly(card);
    }

    /** Near misses: a GTX 1080 named, or counted with a sign ("2x 1080", "1080*2"), is still the card. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "can my gtx 1080 run llama 3 8b? | 1",
            "I have 2x 1080 and want to run mistral 7b | 2",
            "1080*2 能跑qwen 14b吗 | 2"})
    void givenAGtx1080Named_thenItIsTheCard(String question, int count) {
        assertThat(understand(question).gpus())
                .extracting(Understood.Gpu::name, Understood.Gpu::count)
                .containsExactly(tuple("GeForce GTX 1080", count));
    }
}
