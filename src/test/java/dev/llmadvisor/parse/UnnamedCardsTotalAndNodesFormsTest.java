package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts of cards written with a total or with nodes: cards counted without a name and a total over them ("4 GPUs with
 * 96GB VRAM in total", "双卡共48G") are that many of the share; "我有几张4090，总共96G显存" has a few of the card, which
 * the total counts (几张 after 有 is cards had, not a count asked); cards per node after a count of nodes ("2 nodes of 8 x
 * 80G GPUs", "两台8卡服务器") are all of them; a count of nodes joined to the word ("a two-node DGX Spark deployment") of a
 * unified-memory machine is that many machines. Near misses: a total no card size divides, a count of cards asked, cards
 * per node that are not the count after the nodes. Read with the shipped catalog.
 */
class UnnamedCardsTotalAndNodesFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    private static GpuMention only(String text) {
        List<GpuMention> gpus = PARSER.parse(text).gpus();
        assertThat(gpus).as(text).hasSize(1);
        return gpus.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have 4 GPUs with 96GB VRAM in total, can I run llama 3 70b?",
            "Our server: 4 GPUs, 96GB total. Can it run llama 3 70b?",
            "我们有4张卡，总共96G显存，能跑llama 3 70b吗"})
    void givenUnnamedCardsCountedWithATotal_thenEachHasItsShare(String text) {
        GpuMention g = only(text);
        assertThat(g.count()).isEqualTo(4);
        assertThat(g.memoryGb()).isEqualTo(24.0);
    }

    @Test
    void givenTwoUnnamedCardsWithATotal_thenEachHasHalf() {
        for (String text : List.of("双卡共48G，能跑qwen2 72b int4吗", "2 GPUs, 48GB total. Can it run qwen 72b awq?")) {
            GpuMention g = only(text);
            assertThat(g.count()).as(text).isEqualTo(2);
            assertThat(g.memoryGb()).as(text).isEqualTo(24.0);
        }
    }

    @Test
    void givenATotalNoCardSizeDivides_thenNoMemoryIsGuessed() {
        // 100 / 4 = 25: no card is sold with 25 GB
        GpuMention g = only("I have 4 GPUs with 100GB VRAM in total, can I run llama 3 70b?");
        assertThat(g.count()).isEqualTo(4);
        assertThat(g.memoryGb()).isNull();
    }

    @Test
    void givenAFewOfACardHadWithATotal_thenTheTotalCountsThem() {
        // the card's one size (24 GB) divides the total: four of them
        GpuMention g = only("我有几张4090，总共96G显存，能跑deepseek r1 70b吗");
        assertThat(g.count()).isEqualTo(4);
        // near miss: a count asked is no card of theirs
        Question asked = PARSER.parse("跑deepseek r1 70b需要几张4090？");
        assertThat(asked.gpus()).noneMatch(c -> c.count() > 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"we have 2 nodes of 8 x 80G GPUs, can we run deepseek v3?",
            "we have 2 nodes, each with 8x 80GB GPUs. how to run deepseek v3?",
            "两台8卡服务器，每张卡80G，能跑deepseek v3吗"})
    void givenUnnamedCardsPerNodeAfterTheNodes_thenAllOfThemCount(String text) {
        GpuMention g = only(text);
        assertThat(g.count()).isEqualTo(16);
        assertThat(g.memoryGb()).isEqualTo(80.0);
    }

    @Test
    void givenCardsNotCountedPerNode_thenTheNodesDoNotMultiplyThem() {
        // the 8 cards are the whole setup, the two nodes are elsewhere in the text
        GpuMention g = only("I run 8 x 80GB GPUs. A colleague said it needs 2 nodes. can it run deepseek v3?");
        assertThat(g.count()).isEqualTo(8);
    }

    @Test
    void givenATwoNodeDeploymentOfAUnifiedMemoryMachine_thenTwoMachines() {
        GpuMention g = only("A two-node DGX Spark vLLM deployment hard-resets during a 131K-token DeepSeek V4 prefill.");
        assertThat(g.count()).isEqualTo(2);
    }
}
