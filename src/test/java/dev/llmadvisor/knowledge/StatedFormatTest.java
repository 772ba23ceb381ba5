package dev.llmadvisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The weight format a checkpoint's config.json states in quantization_config, as each quantizer writes it. */
class StatedFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Optional<WeightFormat> stated(String quantizationConfig, List<String> notes) throws Exception {
        JsonNode config = JSON.readTree("{\"model_type\": \"llama\", \"quantization_config\": " + quantizationConfig.replace('\'', '"') + "}");
        return HfConfigReader.statedFormat(config, notes);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'quant_method': 'gptq', 'bits': 4, 'group_size': 128}                         | GPTQ_INT4",
            "{'quant_method': 'gptq', 'bits': 8}                                            | GPTQ_INT8",
            "{'quant_method': 'awq', 'bits': 4}                                             | AWQ_INT4",
            "{'quant_method': 'fp8', 'fmt': 'e4m3'}                                         | FP8",
            "{'quant_method': 'mxfp4'}                                                      | MXFP4",
            // NVIDIA ModelOpt: the algorithm names the format
            "{'quant_method': 'modelopt', 'quant_algo': 'NVFP4', 'group_size': 16, 'ignore': ['lm_head']} | NVFP4",
            "{'quant_method': 'modelopt', 'quant_algo': 'W4A16_NVFP4', 'group_size': 16}    | NVFP4",
            "{'quant_method': 'modelopt', 'quant_algo': 'FP8'}                              | FP8",
            // LLM Compressor (compressed-tensors): the weights' bits and number type
            "{'quant_method': 'compressed-tensors', 'config_groups': {'group_0': {'weights': {'num_bits': 4, 'type': 'float', 'group_size': 16}}}} | NVFP4",
            "{'quant_method': 'compressed-tensors', 'config_groups': {'group_0': {'weights': {'num_bits': 8, 'type': 'float'}}}}                   | FP8",
            "{'quant_method': 'compressed-tensors', 'config_groups': {'group_0': {'weights': {'num_bits': 4, 'type': 'int'}}}}                     | GPTQ_INT4"})
    void aKnownQuantizerStatesItsFormat(String config, WeightFormat expected) throws Exception {
        List<String> notes = new ArrayList<>();
        assertThat(stated(config, notes)).contains(expected);
        assertThat(notes).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'quant_method': 'modelopt', 'quant_algo': 'MIXED_PRECISION'} | modelopt",
            "{'quant_method': 'hqq', 'bits': 4}                           | hqq 4-bit",
            "{'quant_method': 'gptq', 'bits': 3}                          | gptq 3-bit"})
    void anotherIsSaidToBeUnknown(String config, String said) throws Exception {
        List<String> notes = new ArrayList<>();
        assertThat(stated(config, notes)).isEmpty();
        assertThat(notes).singleElement().asString().contains(said).contains("not a format the sizing core knows");
    }
}
