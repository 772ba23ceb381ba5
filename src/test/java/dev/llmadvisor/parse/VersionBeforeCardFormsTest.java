package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare number after the name of an operating system or a GPU stack is its version, never a count of the card named
 * after it: every system or stack as people write it with its version, before every card family, gives one card.
 */
class VersionBeforeCardFormsTest {

    private static final List<String> VERSIONED = List.of(
            "Win 11", "Windows 10", "windows 11", "macOS 14", "iOS 17", "Android 14", "Ubuntu 22.04", "Debian 12", "Fedora 9",
            "CentOS 7", "RHEL 9", "CUDA 12", "ROCm 6", "JetPack 6", "driver 5");
    private static final List<String> CARDS = List.of("RTX 4060", "3090", "RX 7900 XTX", "A100 80GB", "Arc A770", "M2 Max 64GB");

    @TestFactory
    Stream<DynamicTest> givenAVersionedSystemBeforeACard_thenTheCardIsOne() {
        return VERSIONED.stream().flatMap(v -> CARDS.stream().map(c -> {
            String q = "I'm on " + v + " " + c + ". Can it run llama 3 8b?";
            return DynamicTest.dynamicTest(q, () -> {
                Understood u = Understanding.of(q);
                assertThat(u.gpus()).as(q).hasSize(1);
                assertThat(u.gpus().get(0).count()).as(q).isEqualTo(1);
            });
        }));
    }

    /** Near misses: a count with its own marker, or after a word that is no system, still counts the cards. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Windows 11, 2x RTX 3090. Can it run llama 3 70b? | 2",
            "Ubuntu 22.04 with 4 3090s, can it run llama 3 70b? | 4",
            "CUDA 12.4 on 2 RTX 4090, can it run llama 3 70b? | 2",
            "I have 2 RTX 3090 on Windows 10. Can it run llama 3 70b? | 2"})
    void givenACountBesideAVersion_thenTheCountStands(String question, int count) {
        Understood u = Understanding.of(question);

        assertThat(u.gpus()).hasSize(1);
        assertThat(u.gpus().get(0).count()).isEqualTo(count);
    }
}
