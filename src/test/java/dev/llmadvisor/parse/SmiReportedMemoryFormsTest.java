package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * nvidia-smi's memory column ("2998MiB / 4096MiB") is what the driver reports the card in that row has, so it is the
 * card's memory even when no variant of the name is sold with it: a laptop part ("RTX 3050 Laptop", 4 GB) or a mod
 * (eval/real-questions/README.md, rule C: a stated total picks the variant). Read with the full catalog, whose names
 * carry the desktop variants.
 */
class SmiReportedMemoryFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    private static String smi(String name, String used, String total) {
        return "Ollama is slow with mistral:7b\n### GPU info\n\n"
                + "|   0  " + name + "  WDDM  |   00000000:01:00.0 Off |                  N/A |\n"
                + "| N/A   49C    P8              5W /   38W |    " + used + "MiB /   " + total + "MiB |     12%      Default |\n";
    }

    @Test
    void theSmiTotalIsTheCardsMemory() {
        for (String[] c : new String[][] {{"NVIDIA GeForce RTX 3050 ...", "4096", "4"}, {"NVIDIA GeForce RTX 3060 Laptop GPU", "6144", "6"},
                {"NVIDIA GeForce RTX 2080 Ti", "22528", "22"}}) {
            String q = smi(c[0], "2998", c[1]);
            List<GpuMention> gpus = PARSER.parse(q).gpus();
            assertThat(gpus).as(q).hasSize(1);
            assertThat(gpus.get(0).memoryGb()).as(q).isEqualTo(Double.parseDouble(c[2]));
        }
    }

    @Test
    void aMemoryUseApartFromTheCardIsNotItsMemory() {
        // near miss: a use written apart from the card is no capacity of it; the 3050 is left to its catalog variant
        String q = "My RTX 3050 runs mistral:7b slowly.\n\nThe model uses 4GB. Why is it slow?";
        List<GpuMention> gpus = PARSER.parse(q).gpus();
        assertThat(gpus).hasSize(1);
        assertThat(gpus.get(0).memoryGb()).as(q).isNull();
    }
}
