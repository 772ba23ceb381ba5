package dev.llmadvisor.cli;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Understood;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ask --json's {@code understood}: what was read, in the corpus' field names. */
class AskUnderstoodJsonTest {

    @Test
    void givenCardsNotCountedThenTheirCountIsNullAsTheCorpusLabelsItNotTheTwoSized() {
        Map<String, Object> several = gpus(new Understood.Gpu("GPU", 24.0, 2, false, true)).get(0);
        assertThat(several).containsEntry("count", null).containsEntry("vram_gb", 24.0);
        assertThat(gpus(new Understood.Gpu("GPU", 24.0, 2, false)).get(0)).containsEntry("count", 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenALineNamedWithoutASize_thenOneModelEntryMarkedAsALineOfNoSize() {
        Understood u = new Understood(Intent.CAN_RUN, List.of(), List.of(), false, null, false, null, null, null, null, List.of(),
                List.of(Understood.Model.line("gemma 3", "Gemma 3")));
        List<Map<String, Object>> models = (List<Map<String, Object>>) AskCommand.understood(u).get("models");
        assertThat(models).singleElement().satisfies(m -> assertThat(m).containsEntry("name", "Gemma 3").containsEntry("params_b", null)
                .containsEntry("id", null).containsEntry("generic", false).containsEntry("line", true));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> gpus(Understood.Gpu g) {
        Understood u = new Understood(Intent.CAN_RUN, List.of(g), List.of(), false, null, false, null, null, null, null, List.of());
        return (List<Map<String, Object>>) AskCommand.understood(u).get("gpus");
    }
}
