package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory written in megabytes ("显存直接60000MB了", "内存 16384MB", "显存占用 7800M") is read as the same memory written in
 * gigabytes. Near misses: a bare "M" that counts parameters or tokens ("gemma3:270M", "1M context"), a log's buffer sizes
 * in MiB, figures under a gigabyte.
 */
class MemoryInMegabytesFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7B的模型，离线推理时：显存最高不到25000MB，vllm部署时：显存直接60000MB了|7B的模型，离线推理时：显存最高不到25G，vllm部署时：显存直接60G了",
            "3060 12G，电脑内存 16384MB，能跑 qwen2.5 14b 吗？|3060 12G，电脑内存 16GB，能跑 qwen2.5 14b 吗？",
            "A100 跑 qwen2.5 32b，显存占用 30000M，正常吗？|A100 跑 qwen2.5 32b，显存占用 30G，正常吗？",
            "My V100 runs qwen2.5 14b and it uses 30000 MB of VRAM, is that normal?|My V100 runs qwen2.5 14b and it uses 30 GB of VRAM, is that normal?"})
    void givenMemoryInMegabytes_thenItIsReadAsInGigabytes(String megabytes, String gigabytes) {
        Question mb = PARSER.parse(megabytes);
        Question gb = PARSER.parse(gigabytes);
        assertThat(mb.gpus()).as(megabytes).isEqualTo(gb.gpus());
        assertThat(mb.ramGb()).as(megabytes).isEqualTo(gb.ramGb());
    }

    @Test
    void givenRamInMegabytes_thenTheRamHasIt() {
        assertThat(PARSER.parse("3060 12G，电脑内存 16384MB，能跑 qwen2.5 14b 吗？").ramGb()).isEqualTo(16.0);
    }

    @Test
    void givenTheCardsMemorySizeInMegabytes_thenItIsTheCardsNotRam() {
        Question q = PARSER.parse("My GPU is an RTX 2060, memory size is 6144MB. Can it run llama 2 7b?");
        assertThat(q.ramGb()).isNull();
        assertThat(q.gpus().get(0).memoryGb()).isEqualTo(6.0);
        // near miss: RAM written in megabytes with its own word stays RAM
        assertThat(PARSER.parse("My GPU is an RTX 2060 6GB and my RAM is 16384MB. Can it run llama 2 7b?").ramGb()).isEqualTo(16.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4090 24G 上 gemma3:270M 能开 1M 上下文吗？",
            "4090 24G, llm_load_tensors:        CPU buffer size =  7794.73 MiB, why is qwen2.5 14b on the CPU?",
            "4090 24G 跑 qwen2.5 14b，内存只剩 800MB 了"})
    void givenMegabytesThatAreNoMemoryOfTheMachine_thenNoRamAndTheCardsOwnMemory(String text) {
        Question q = PARSER.parse(text);
        assertThat(q.ramGb()).as(text).isNull();
        assertThat(q.gpus()).as(text).hasSize(1);
        assertThat(q.gpus().get(0).memoryGb()).as(text).isEqualTo(24.0);
    }

    @Test
    void megabytesAreDecimalUnlessWrittenInBinary() {
        assertThat(MemorySpotter.gigabytesOf(60000, "mb")).isEqualTo(60.0);
        assertThat(MemorySpotter.gigabytesOf(6144, "mb")).isEqualTo(6.0);
        assertThat(MemorySpotter.gigabytesOf(24576, "mib")).isEqualTo(24.0);
    }
}
