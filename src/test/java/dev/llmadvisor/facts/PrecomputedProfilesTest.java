package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.Profile;
import dev.llmadvisor.sizing.ProfileTable;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The profiles the build computed cover the catalog in the default ladder and equal what the quantizer gives. */
class PrecomputedProfilesTest {

    @Test
    void everyCatalogModelInEveryLadderFormatIsInTheBuildsTableAndEqualsTheComputedProfile() {
        ProfileTable table = PrecomputedProfiles.embedded();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (ModelEntry m : Knowledge.embedded().models().all()) {
            for (WeightFormat f : FactBuilder.LADDER) {
                Profile p = table.get(m.arch(), f);
                if (p == null) {
                    missing.add(m.id() + "@" + f);
                    continue;
                }
                if (checked++ % 25 == 0) {
                    Profile c = ModelSpec.of(m.id(), m.arch(), f).profile();
                    assertThat(p.fileBytes()).as(m.id() + "@" + f).isEqualTo(c.fileBytes());
                    assertThat(p.dense()).as(m.id() + "@" + f).containsExactly(c.dense());
                    assertThat(p.experts()).as(m.id() + "@" + f).containsExactly(c.experts());
                    assertThat(p.byClass()).as(m.id() + "@" + f).isEqualTo(c.byClass());
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).isGreaterThan(1500);
    }
}
