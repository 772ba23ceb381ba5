package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A named card's memory as a log prints it, a little under the size sold (PyTorch's "23.69 GiB total capacity"), is read as
 * the size sold (label rule G).
 * A count of cards given as a form's field ("GPU Count: 2", "Number of GPUs: 4", "显卡数量：2") counts the cards.
 */
class LoggedCapacityAndCountFieldFormsTest {

    private static final String OLD_OOM = "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB "
            + "(GPU 0; %s GiB total capacity; 5.11 GiB already allocated; 16.81 MiB free; 5.12 GiB reserved in total by PyTorch)";

    private static Understood.Gpu onlyCard(String q) {
        Understood u = Understanding.of(q);
        assertThat(u.gpus()).as(q).hasSize(1);
        return u.gpus().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"I have a T4. | 14.75 | 16", "I have a 3090. | 23.69 | 24", "I have an A6000. | 44.35 | 48"})
    void givenANamedCardWithItsLoggedCapacity_thenItIsTheSizeSold(String named, String printed, double sold) {
        assertThat(onlyCard(named + " " + OLD_OOM.formatted(printed)).vramGb()).isEqualTo(sold);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Device: GPU\\nGPU Count: 2\\nGPU Memory: 24G\\nvicuna-13b fails with out of memory. | 2 | 24",
            "GPU Count: 4, GPU Memory: 16GB. vicuna-13b fails with out of memory | 4 | 16",
            "Number of GPUs: 4\\nGPU memory: 24GB\\nCan it run llama 3 70b? | 4 | 24",
            "显卡数量：2，显存：24G，能跑qwen2.5 72b吗 | 2 | 24"})
    void givenACountAsAFormField_thenThatManyCards(String q, int count, double gb) {
        Understood.Gpu g = onlyCard(q.replace("\\n", "\n"));

        assertThat(g.count()).isEqualTo(count);
        assertThat(g.vramGb()).isEqualTo(gb);
    }

    /** Near miss: a count a requirement speaks of is no machine's. */
    @Test
    void givenACountFieldOfARequirement_thenNoCardsAreCounted() {
        Understood u = Understanding.of("官方推荐配置：需要显卡数量：4，显存：80G。qwen2.5 72b 能跑吗");

        assertThat(u.gpus()).noneMatch(g -> g.count() == 4);
    }
}
