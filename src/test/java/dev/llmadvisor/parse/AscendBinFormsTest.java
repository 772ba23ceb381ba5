package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Ascend 910B sells in a 32 GB bin (910B4) and 64 GB bins (910B1-B3, 910B4-1). A text naming no bin takes the smaller,
 * as a bare A100 is the 40 GB card (eval/real-questions/README.md, label rule C); a named bin or a stated amount decides.
 * Frames times spellings, English and Chinese, with the near misses that must keep 64 GB.
 */
class AscendBinFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    private static final List<String> FRAMES = List.of("8张{c}部署Qwen2.5 32B时提示没有足够的资源", "{c}能跑qwen2.5 72b吗",
            "Can 8x {c} serve Qwen3 235B?", "设备：{c}\n单卡速度很快，2个卡速度慢了将近一倍", "[Bug]: {c}部署qwen2.5-vl-72b输出有时候会出现全部为感叹号的情况");

    /** Each card's memory as the advisor sizes it: the amount written with it, else its catalog entry's. */
    private static double memory(GpuMention g) {
        return g.memoryGb() != null ? g.memoryGb() : K.gpus().find(g.text(), null).orElseThrow().gpu().vramGb();
    }

    private static List<String> misses(List<String> spellings, double want) {
        List<String> misses = new ArrayList<>();
        for (String frame : FRAMES) {
            for (String c : spellings) {
                String q = frame.replace("{c}", c);
                List<GpuMention> gpus = PARSER.parse(q).gpus();
                if (gpus.size() != 1 || memory(gpus.get(0)) != want) misses.add(q + " -> " + gpus);
            }
        }
        return misses;
    }

    @Test
    void aBare910BIsTheSmallerBin() {
        assertThat(misses(List.of("910B", "910b", "Ascend 910B", "昇腾910B", "华为910B", "升腾910B", "910B4"), 32)).isEmpty();
    }

    @Test
    void aNamedBinOrAStatedAmountDecides() {
        assertThat(misses(List.of("910B2", "910B3", "Ascend910B3", "910B4-1", "昇腾910B3", "910B 64G", "910B（64G）"), 64)).isEmpty();
    }

    @Test
    void aBinNamedAfterTheFamilyInAnotherSentenceIsThatBin() {
        for (String q : List.of("Ascend 910B NPU offloads layers to CPU\n4 * 910B1 NPU in 1 node. All layers load on the CPU.",
                "昇腾910B上跑Qwen2.5 32B很慢。\n机器是8卡910B3。")) {
            List<GpuMention> gpus = PARSER.parse(q).gpus();
            assertThat(gpus).as(q).hasSize(1);
            assertThat(memory(gpus.get(0))).as(q).isEqualTo(64.0);
        }
    }

    @Test
    void theFamilyNamedAfterABinInAnotherSentenceIsThatBin() {
        for (String q : List.of("ascend 910B3 & deepseekr1-qwen2.5-32b\n\n1. 是否支持在华为ascend 910b系列系统上推理deepseekr1-qwen2.5-32b？",
                "We run an Ascend 910B2. Does vllm-ascend serve Qwen3 32B on the 910B?")) {
            List<GpuMention> gpus = PARSER.parse(q).gpus();
            assertThat(gpus).as(q).hasSize(1);
            assertThat(memory(gpus.get(0))).as(q).isEqualTo(64.0);
        }
        // near miss: a bin and the family weighed in one sentence are two options
        assertThat(PARSER.parse("910B3还是910B能跑qwen2.5 72b？").alternatives()).hasSize(2);
    }
}
