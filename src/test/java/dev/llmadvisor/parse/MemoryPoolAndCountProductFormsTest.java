package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An APU's one memory pool written as its firmware splits it ("RAM 31.65 GB - VRAM 96 GB") is one machine of the sum, not
 * a card plus RAM; cards counted as nodes times cards of an amount ("2*8*80G") are all of them; a run's one parallel size, in
 * any way a launcher is written, counts at least that many of the card named; a phone's memory+storage ("8+128") with no phone
 * named is that phone. Read with the shipped catalog.
 */
class MemoryPoolAndCountProductFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    @ParameterizedTest
    @ValueSource(strings = {"AMD RYZEN AI MAX+ 395 w/ Radeon 8060S\nRAM 31.65 GB - VRAM 96.00 GB\ngpt-oss 120B fails to load",
            "My Ryzen AI Max+ 395 mini PC has 32GB RAM / 96GB VRAM set in the BIOS, can it run qwen3 235b?",
            "Strix Halo 迷你主机，内存 32GB / 显存 96GB，能跑 qwen3 235b 吗"})
    void givenAnApusSplitPoolThenOneMachineOfTheSum(String text) {
        Question q = PARSER.parse(text);
        assertThat(q.gpus()).hasSize(1);
        assertThat(q.gpus().get(0).count()).isEqualTo(1);
        assertThat(q.gpus().get(0).memoryGb()).isEqualTo(128.0);
        assertThat(q.ramGb()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ryzen 7 7840U laptop, 32GB RAM, 8GB VRAM on an RTX 4060: can it run qwen3 14b?"})
    void nearMissAMachineWithACardKeepsItsRam(String text) {
        // a card of its own beside the CPU: the VRAM is the card's and the RAM stays RAM
        Question q = PARSER.parse(text);
        assertThat(q.ramGb()).isEqualTo(32.0);
        assertThat(q.gpus()).extracting(GpuMention::memoryGb).doesNotContain(40.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2*H100 2*8*80G部署DeepSeek R1，推理速度只有19tokens/s，正常吗",
            "Our 2x H100 nodes (2x8x80GB) run deepseek r1 at 19 tokens/s, is that normal?",
            "2*8*80G显卡部署DeepSeek R1很慢"})
    void givenNodesTimesCardsOfAnAmountThenEveryCardCounts(String text) {
        List<GpuMention> gpus = PARSER.parse(text).gpus();
        assertThat(gpus).hasSize(1);
        assertThat(gpus.get(0).count()).isEqualTo(16);
        assertThat(gpus.get(0).memoryGb()).isEqualTo(80.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CMD [\"lmdeploy\", \"serve\", \"api_server\", \"/models/qwen2-72b\", \"--tp\", \"4\"]\nGPU 0: NVIDIA RTX A6000\nGPU 1: NVIDIA RTX A6000\n[…]\nwhy does qwen2 72b use so much memory?",
            "4卡部署InternVL2-26B显存占用过多 lmdeploy serve api_server /root/InternVL2-26B --tp 4\n|   0  NVIDIA RTX A6000  Off |\n|   1  NVIDIA RTX A6000  Off |"})
    void givenAParallelSizeAboveTheRowsShownThenTheRunsCardsCount(String text) {
        // a cut device table lists fewer cards than the run is spread over
        List<GpuMention> gpus = PARSER.parse(text).gpus();
        assertThat(gpus).hasSize(1);
        assertThat(gpus.get(0).count()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"config: {'tensor_parallel_size': 2, 'max_model_len': 4096} on my RTX 4090 server, qwen2.5 72b fails",
            "engine args: {\"tensor_parallel_size\": 2} with my RTX 4090s, qwen2.5 72b OOM"})
    void givenAParallelSizeAsAQuotedKeyThenTheCardsCount(String text) {
        List<GpuMention> gpus = PARSER.parse(text).gpus();
        assertThat(gpus).hasSize(1);
        assertThat(gpus.get(0).count()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8+128能用内存跑大模型不啊", "12GB+256GB，手机上能跑qwen3 4b吗"})
    void givenAMemoryPlusStoragePairThenAPhoneOfThatMemory(String text) {
        List<GpuMention> gpus = PARSER.parse(text).gpus();
        assertThat(gpus).hasSize(1);
        assertThat(gpus.get(0).memoryGb()).isIn(8.0, 12.0);
        assertThat(gpus.get(0).text()).isEqualTo("Phone SoC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"笔记本 16+512，能跑qwen3 8b吗", "My laptop is 16+512, can it run qwen3 8b?"})
    void nearMissALaptopsMemoryPlusStorageIsNoPhone(String text) {
        assertThat(PARSER.parse(text).gpus()).noneMatch(g -> g.text().equals("Phone SoC"));
    }
}
