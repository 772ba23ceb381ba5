package dev.llmadvisor.sizing;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

class ModelArchTest {

    /** A record's text as the JDK's own toString writes it: Name[component=value, ...], nested records alike. */
    private static String recordText(Record r) throws ReflectiveOperationException {
        StringJoiner j = new StringJoiner(", ", r.getClass().getSimpleName() + "[", "]");
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = c.getAccessor().invoke(r);
            j.add(c.getName() + "=" + (v instanceof Record nested ? recordText(nested) : String.valueOf(v)));
        }
        return j.toString();
    }

    /** The written-out toString is the record's own: every component, in order (the profile table is keyed by it). */
    @Test
    void givenEveryCatalogArchitectureThenToStringIsTheRecordsOwnText() throws Exception {
        List<ModelArch> archs = new ArrayList<>(List.of(Archs.qwen3_30b_a3b(), Archs.gemma3_12b(), Archs.deepseekV3()));
        for (ModelEntry m : Knowledge.embedded().models().all()) archs.add(m.arch());
        assertThat(archs).anyMatch(a -> a.moe() != null).anyMatch(a -> a.mla() != null).anyMatch(a -> a.slidingWindow() != null);
        for (ModelArch a : archs) assertThat(a.toString()).isEqualTo(recordText(a));
    }
}
