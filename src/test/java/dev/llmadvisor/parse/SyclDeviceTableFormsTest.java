package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * llama.cpp's SYCL device table gives each device's global memory in MiB; a card sold in several sizes named there is the
 * variant holding it (label rule G), whatever backend the row lists (level_zero, opencl) and with the maker's brand word
 * written before the name ("Intel Arc A770 Graphics", as the memory of other device lines is read too).
 */
class SyclDeviceTableFormsTest {

    private static final String ROW = "|  0| [%s:gpu:0]|                     %s|    1.3|    512|    1024|   32| %sM|            1.3.27642|";

    @ParameterizedTest(name = "{0} {1} {2}M")
    @CsvSource(delimiter = '|', value = {
            "level_zero | Intel Arc A770 Graphics | 16225 | 16",
            "level_zero | Intel Arc A770 Graphics | 7956 | 8",
            "opencl | Intel(R) Arc(TM) A770 Graphics | 15930 | 16",
            "level_zero | Intel Arc A770 Graphics | 15473 | 16"})
    void givenASyclDeviceRow_thenTheCardIsTheVariantOfItsMemory(String backend, String name, String mib, double gb) {
        String q = "Low performance with the SYCL backend and llama 3 8b:\n" + ROW.formatted(backend, name, mib) + "\nwhy is it slow?";

        Understood u = Understanding.of(q);

        assertThat(u.gpus()).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).isEqualTo(gb);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "llama_model_load_from_file_impl: using device SYCL0 (Intel Arc A770 Graphics) - 15473 MiB free | 16",
            "level=INFO msg=\"inference compute\" id=0 library=oneapi name=\"Intel Arc A770 Graphics\" total=\"15.9 GiB\" | 16",
            "llama_model_load_from_file_impl: using device ROCm0 (AMD Radeon RX 580) - 8100 MiB free | 8"})
    void givenABrandWordBeforeTheNameInADeviceLine_thenItsMemoryPicksTheVariant(String line, double gb) {
        Understood u = Understanding.of("Slow run of llama 3 8b:\n" + line + "\nwhy?");

        assertThat(u.gpus()).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).isEqualTo(gb);
    }
}
