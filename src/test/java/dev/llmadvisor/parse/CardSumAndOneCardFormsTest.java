package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory said of one card of several ("单张显卡只有16G", "单卡仅16G", "each card only has 16GB") is each card's, not a sum the
 * count divides; the cards' memory added up ("2张也只有32G", "a 4090 and an A2000 12GB … 36GB available") is no RAM. Near
 * misses: an amount said of the machine ("机器64G", "the server has 64GB") or one that is not the cards' sum stays RAM.
 * PyTorch's "(GPU 0; 23.69 GiB total capacity; …)" is one card's memory, not a total the count divides. A sum written
 * within a few percent of the cards' sizes ("2xH100 NVL 196GB", "2x A100 with 158GB") is still their sum.
 */
class CardSumAndOneCardFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    private static final List<String> ONE_CARD_FRAMES = List.of(
            "使用{n}张T4显卡，共计{t}G的显存跑qwen3 8b，显存不够。（我的单张显卡只有16G）",
            "使用{n}张T4显卡跑qwen3 8b，显存不够。单卡仅16G",
            "用{n}张T4跑qwen3 8b，显存不够，单块卡的显存只有16G",
            "I use {n} T4 cards for qwen3 8b and it runs out of memory. Each card only has 16GB");

    @Test
    void memorySaidOfOneCardIsEachCardsNotASum() {
        List<String> misses = new ArrayList<>();
        for (int n : new int[] {2, 4}) {
            for (String frame : ONE_CARD_FRAMES) {
                String q = frame.replace("{n}", "" + n).replace("{t}", "" + 16 * n);
                Question p = PARSER.parse(q);
                GpuMention g = p.gpus().size() == 1 ? p.gpus().get(0) : null;
                if (g == null || g.count() != n || g.memoryGb() == null || g.memoryGb() != 16.0 || p.ramGb() != null) {
                    misses.add(q + " -> " + p.gpus() + " ram " + p.ramGb());
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    private static final List<String> TORCH_FRAMES = List.of(
            "There are {n} gpus on my PC but llama 2 13b cannot be loaded on both of them. torch.cuda.OutOfMemoryError: CUDA out of memory. "
                    + "Tried to allocate 50.00 MiB (GPU 0; 23.69 GiB total capacity; 19.19 GiB already allocated; 39.12 MiB free)",
            "我有{n}张卡，跑 qwen 14b 报错 RuntimeError: CUDA out of memory. Tried to allocate 96.00 MiB (GPU 0; 23.70 GiB total capacity; "
                    + "22.18 GiB already allocated)");

    @Test
    void pytorchsTotalCapacityIsOneCardsMemory() {
        List<String> misses = new ArrayList<>();
        for (int n : new int[] {2, 4}) {
            for (String frame : TORCH_FRAMES) {
                String q = frame.replace("{n}", "" + n);
                Question p = PARSER.parse(q);
                GpuMention g = p.gpus().size() == 1 ? p.gpus().get(0) : null;
                if (g == null || g.count() != n || g.memoryGb() == null || Math.abs(g.memoryGb() - 23.7) > 0.1) misses.add(q + " -> " + p.gpus());
            }
        }
        assertThat(misses).isEmpty();
        // near miss: a total said in words is over the cards, never one card's
        GpuMention sum = PARSER.parse("I have 2 gpus, 48GB in total. llama 2 70b runs out of memory").gpus().get(0);
        assertThat(sum.memoryGb()).isIn(null, 24.0);
    }

    private static final List<String> SUM_FRAMES = List.of(
            "使用{n}张T4显卡跑qwen3 8b，显存不够。{n}张也只有{t}G",
            "I have {n} T4 cards, {t}GB, and qwen3 32b runs out of memory");

    @Test
    void theCardsMemoryAddedUpIsNoRam() {
        List<String> misses = new ArrayList<>();
        for (int n : new int[] {2, 4}) {
            for (String frame : SUM_FRAMES) {
                String q = frame.replace("{n}", "" + n).replace("{t}", "" + 16 * n);
                Question p = PARSER.parse(q);
                if (p.ramGb() != null || p.gpus().size() != 1 || p.gpus().get(0).count() != n) misses.add(q + " -> " + p.gpus() + " ram " + p.ramGb());
            }
        }
        assertThat(misses).isEmpty();
        // different cards, each of one size: their sum
        Question mixed = PARSER.parse("I have a 4090 and an RTX A2000 12GB. There are 36GB available but llama 3 70b q4 fails to load");
        assertThat(mixed.gpus()).hasSize(2);
        assertThat(mixed.ramGb()).isNull();
        assertThat(PARSER.parse("我有一张4090和一张A2000 12G，加起来36G，能跑 qwen2.5 72b 吗").ramGb()).isNull();
    }

    @Test
    void anAmountOfTheMachineOrNotTheSumStaysRam() {
        assertThat(PARSER.parse("使用4张T4显卡跑qwen3 8b，显存不够。机器64G").ramGb()).isEqualTo(64.0);
        assertThat(PARSER.parse("I use 4 T4 cards for qwen3 8b, the server has 64GB").ramGb()).isEqualTo(64.0);
        assertThat(PARSER.parse("I have a 4090 and an RTX A2000 12GB and 64GB. Can llama 3 70b q4 load?").ramGb()).isEqualTo(64.0);
        assertThat(PARSER.parse("使用2张T4显卡跑qwen3 8b，显存不够。机器64G").ramGb()).isEqualTo(64.0);
    }

    @Test
    void aSumWrittenNearTheCardsSizesIsDividedIntoTheSizeEachIsSoldWith() {
        List<String> misses = new ArrayList<>();
        for (String[] qc : new String[][] {{"[Bug]: Llama 4 Scout not supported on vLLM, 2xH100 NVL 196GB", "94.0"},
                {"I have 2x A100 with 158GB of VRAM, can it run llama 3 70b", "80.0"}}) {
            Question p = PARSER.parse(qc[0]);
            GpuMention g = p.gpus().size() == 1 ? p.gpus().get(0) : null;
            if (g == null || g.memoryGb() == null || g.memoryGb() != Double.parseDouble(qc[1])) misses.add(qc[0] + " -> " + p.gpus());
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void twoConsumerCardsKeepAMemoryModsSize() {
        // near miss: "两张4090 48G" are two 48 GB modded cards, not 24 GB each
        GpuMention g = PARSER.parse("两张4090 48G能跑llama 3 70b吗").gpus().get(0);
        assertThat(g.count()).isEqualTo(2);
        assertThat(g.memoryGb()).isEqualTo(48.0);
    }
}
