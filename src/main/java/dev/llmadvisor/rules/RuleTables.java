package dev.llmadvisor.rules;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.llmadvisor.facts.TierRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        try {
            int line = 1;
            for (Map<String, String> row : records(csv)) {
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
        } catch (RuntimeException | JsonProcessingException e) {
            throw new IOException(TIERS + " is not a valid table: " + e.getMessage());
        }
        return rows;
    }

    private static final CsvFactory CSV = new CsvFactory();

    /**
     * The records of a CSV text with a header line, each as column name to value in column order: what
     * {@code CsvMapper.readerForMapOf(String.class)} gives, read with Jackson CSV's streaming parser alone, since
     * an ObjectMapper costs every start about 400 classes of Jackson databind (RuleTablesTest compares the two).
     */
    static List<Map<String, String>> records(String csv) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (CsvParser p = CSV.createParser(new StringReader(csv))) {
            p.setSchema(CsvSchema.emptySchema().withHeader());
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.START_OBJECT) throw new JsonParseException(p, "expected a record, got " + t);
                Map<String, String> row = new LinkedHashMap<>();
                for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    row.put(name, p.getText());
                }
                out.add(row);
            }
        }
        return out;
    }
}
