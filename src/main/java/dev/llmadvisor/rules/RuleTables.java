package dev.llmadvisor.rules;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.llmadvisor.facts.TierRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule tables: guidance that is data (a document's table) kept as rows beside the DRL, read with Jackson CSV. Each
 * row becomes a fact that one rule matches. Today: 10-size-tiers.csv, document 000's size table ({@link TierRow}).
 */
final class RuleTables {
    private RuleTables() { }

    static final String TIERS = "10-size-tiers.csv";
    private static final Set<String> TIER_COLUMNS = Set.of("rule", "tier_b", "claim_en", "claim_zh", "source");

    /** The tables of a rules folder (none is fine). */
    static List<Object> read(Path dir) throws IOException {
        Path f = dir.resolve(TIERS);
        if (!Files.exists(f)) return List.of();
        if (!Files.isRegularFile(f) || Files.size(f) > RuleSet.MAX_DRL_BYTES) throw new IOException(TIERS + " is not a rule table file");
        return tiers(Files.readString(f, StandardCharsets.UTF_8));
    }

    /** The tables shipped in the jar. */
    static List<Object> embedded() throws IOException {
        try (InputStream in = RuleTables.class.getResourceAsStream("/rules/" + TIERS)) {
            return in == null ? List.of() : tiers(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<Object> tiers(String csv) throws IOException {
        List<Object> rows = new ArrayList<>();
        try (Reader r = new StringReader(csv);
             MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
            int line = 1;
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                line++;
                if (!row.keySet().equals(TIER_COLUMNS)) throw new IOException(TIERS + ":" + line + ": columns must be " + TIER_COLUMNS + ", got " + row.keySet());
                double tier;
                try {
                    tier = Double.parseDouble(row.get("tier_b").strip());
                } catch (NumberFormatException e) {
                    throw new IOException(TIERS + ":" + line + ": tier_b \"" + row.get("tier_b") + "\" is not a number");
                }
                for (String c : TIER_COLUMNS) {
                    if (row.get(c) == null || row.get(c).isBlank()) throw new IOException(TIERS + ":" + line + ": " + c + " is empty");
                }
                rows.add(new TierRow(row.get("rule").strip(), tier, row.get("claim_en"), row.get("claim_zh"), row.get("source")));
            }
        } catch (RuntimeException e) {
            throw new IOException(TIERS + " is not a valid table: " + e.getMessage());
        }
        return rows;
    }
}
