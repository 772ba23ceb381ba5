package dev.llmadvisor.rules;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.llmadvisor.facts.TierRow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule tables read with Jackson CSV's streaming parser give what its ObjectMapper route gives. */
class RuleTablesTest {

    private static List<Map<String, String>> viaMapper(String csv) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new StringReader(csv))) {
            while (it.hasNextValue()) out.add(it.nextValue());
        }
        return out;
    }

    interface Read {
        List<Map<String, String>> get() throws IOException;
    }

    /** The records with their column order, or the failure's class and first line. */
    private static String outcome(Read r) {
        try {
            StringBuilder sb = new StringBuilder();
            for (Map<String, String> row : r.get()) sb.append(row.keySet()).append(row.values()).append('\n');
            return sb.toString();
        } catch (IOException | RuntimeException e) {
            Throwable c = e.getCause() != null && e instanceof RuntimeException ? e.getCause() : e;
            return "error " + c.getClass().getSimpleName() + ": " + String.valueOf(c.getMessage()).lines().findFirst().orElse("");
        }
    }

    @Test
    void theRecordsAreTheMappersRecordsInColumnOrder() throws Exception {
        String shipped = Files.readString(Path.of("rules", RuleTables.TIERS));
        String odd = "a,b,c\n1,\"x, \"\"quoted\"\"\",\n\n2,3\n\"multi\nline\",é,z\n";
        for (String csv : List.of(shipped, odd, "a,b\n", "", "a,b\n1,2,3\n", "a,a\n1,2\n")) {
            assertThat(outcome(() -> RuleTables.records(csv))).as(csv).isEqualTo(outcome(() -> viaMapper(csv)));
        }
        List<Object> rows = RuleTables.read(Path.of("rules"));
        assertThat(rows).hasSizeGreaterThan(3).allMatch(r -> r instanceof TierRow);
    }

    @Test
    void aMalformedTableIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> RuleTables.tiers("rule,tier_b,claim_en,claim_zh,source\nr,1,a,b,c,extra\n"))
                .isInstanceOf(IOException.class).hasMessageContaining(RuleTables.TIERS);
        assertThatThrownBy(() -> RuleTables.tiers("rule,tier_b,claim_en,claim_zh,source\nr,x,a,b,c\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("tier_b \"x\" is not a number");
        assertThatThrownBy(() -> RuleTables.tiers("rule,tier_b\nr,1\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("columns must be");
    }
}
