package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static dev.llmadvisor.facts.EngineCandidatesTest.SIZER;
import static dev.llmadvisor.facts.EngineCandidatesTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * "How much memory does X need with vLLM" names no GPU: there is no KV pool to fill, so each row carries one request's
 * KV cache of the context, and its total adds it. A dense model is not offered in MXFP4, which only quantizes MoE experts.
 */
class ServingMemoryNeededTest {

    static Assembly assembly;

    @BeforeAll
    static void assemble() throws Exception {
        assembly = Assembly.of(Path.of("knowledge"), Path.of("rules"));
    }

    /** Given no GPU and a serving engine, then the KV cache grows with the context and is part of the total. */
    @ParameterizedTest
    @CsvSource({"deepseek-v3, FP8, VLLM", "llama3.1-8b-instruct, BF16, VLLM", "qwen3-14b, BF16, SGLANG", "qwen2.5-72b-instruct, AWQ_INT4, VLLM"})
    void withNoGpuEachRowCarriesOneRequestsKvCache(String id, WeightFormat f, Engine e) {
        Hardware none = Hardware.of(List.of(), 0);
        Candidate at8k = SIZER.candidate(model(id), f, RunConfig.of(8192), none, true, e, true);
        Candidate at32k = SIZER.candidate(model(id), f, RunConfig.of(32768), none, true, e, true);
        assertThat(at8k.kvGb()).isPositive();
        assertThat(at32k.kvGb()).isCloseTo(4 * at8k.kvGb(), within(0.05 * at32k.kvGb() + 0.1));
        assertThat(at32k.totalGb()).isCloseTo(at32k.weightsGb() + at32k.kvGb() + at32k.computeGb() + at32k.overheadGb(), within(0.05));
    }

    /** Given "how much memory" with vLLM, then only MoE models (and a format named) are listed in MXFP4. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "how much vram does llama 3.1 8b need with vllm at 32k|false",
            "how much memory does qwen2.5 72b need on vllm|false",
            "Qwen3-14B 用 vllm 部署需要多少显存|false",
            "how much vram does llama 3.1 8b need with vllm in mxfp4|true",
            "how much vram does gpt-oss-120b need with vllm|true"})
    void mxfp4RowsOnlyForModelsItQuantizes(String question, boolean listed) {
        Answer a = assembly.advisor().answer("mxfp4", assembly.parser().parse(question));
        List<WeightFormat> formats = a.shown().stream().map(Recommendation::candidate).map(Candidate::format).toList();
        assertThat(formats).isNotEmpty();
        assertThat(formats.contains(WeightFormat.MXFP4)).as("%s: %s", question, formats).isEqualTo(listed);
    }
}
