package dev.llmadvisor.parse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Preference;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.UseCase;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Measures the parser against a labelled set of phrasings (YAML list; see
 * eval/phrasings.yaml). A field left out of a case means the message says nothing
 * about it, so a value the parser invents there counts as a miss.
 *
 * <p>Per field, accuracy is taken over the cases where the field matters (expected or found non-empty),
 * so the many agreeing empties do not flatter it; the exact-match rate is over all cases and all fields.
 */
public final class ParserAccuracy {

    private ParserAccuracy() {}

    /** One labelled case as written in the YAML file. */
    public record Phrasing(String text, Lang lang, Intent intent, List<Gpu> gpus, List<Gpu> alternatives, Double vramGb, Double ramGb,
                           Boolean cpuOnly, List<String> models, WeightFormat format, Integer context,
                           KvCacheType kvType, UseCase useCase, Set<String> topics, Preference preference) {}

    public record Gpu(String text, Integer count, Double memoryGb) {}

    public record FieldScore(int correct, int relevant) {
        public double accuracy() {
            return relevant == 0 ? 1.0 : (double) correct / relevant;
        }
    }

    public record Miss(String text, List<String> differences) {}

    public record Report(int cases, int exact, Map<String, FieldScore> fields, List<Miss> misses) {
        public double exactRate() {
            return cases == 0 ? 1.0 : (double) exact / cases;
        }

        public String render() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%d phrasings, exact match %d (%.1f%%)%n", cases, exact, 100 * exactRate()));
            fields.forEach((name, s) -> b.append(String.format(Locale.ROOT, "  %-10s %5.1f%%  (%d/%d)%n",
                    name, 100 * s.accuracy(), s.correct(), s.relevant())));
            if (!misses.isEmpty()) b.append("misses:\n");
            for (Miss m : misses) b.append("  ").append(m.text()).append("\n    ").append(String.join("\n    ", m.differences())).append('\n');
            return b.toString();
        }
    }

    /** A field as a comparable value; null and empty both mean "not mentioned". */
    private record Field(String name, Function<Phrasing, Object> expected, Function<Question, Object> actual) {}

    private static final List<Field> FIELDS = List.of(
            new Field("intent", Phrasing::intent, Question::intent),
            new Field("lang", Phrasing::lang, Question::lang),
            new Field("gpus", p -> gpuKeys(p.gpus() == null ? List.of() : p.gpus().stream()
                    .map(g -> new GpuMention(g.text(), g.count() == null ? 1 : g.count(), g.memoryGb())).toList()),
                    q -> gpuKeys(q.gpus())),
            new Field("alternatives", p -> gpuKeys(p.alternatives() == null ? List.of() : p.alternatives().stream()
                    .map(g -> new GpuMention(g.text(), g.count() == null ? 1 : g.count(), g.memoryGb())).toList()),
                    q -> gpuKeys(q.alternatives())),
            new Field("vramGb", Phrasing::vramGb, Question::vramGb),
            new Field("ramGb", Phrasing::ramGb, Question::ramGb),
            new Field("cpuOnly", p -> Boolean.TRUE.equals(p.cpuOnly()) ? true : null, q -> q.cpuOnly() ? true : null),
            new Field("models", p -> modelKeys(p.models()), q -> modelKeys(q.models())),
            // "unquantized" reads as the published format, 16-bit for every model the phrasings name
            new Field("format", Phrasing::format, q -> q.format() != null ? q.format() : q.asPublished() ? WeightFormat.F16 : null),
            new Field("context", Phrasing::context, Question::context),
            new Field("kvType", Phrasing::kvType, Question::kvType),
            new Field("useCase", Phrasing::useCase, Question::useCase),
            new Field("topics", p -> p.topics() == null || p.topics().isEmpty() ? null : new TreeSet<>(p.topics()),
                    q -> q.topics().isEmpty() ? null : new TreeSet<>(q.topics())),
            new Field("preference", Phrasing::preference, Question::preference));

    public static List<Phrasing> load(Path yaml) {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(Files.readString(yaml), new TypeReference<List<Phrasing>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read phrasings " + yaml, e);
        }
    }

    public static Report evaluate(Path yaml, QuestionParser parser) {
        return evaluate(yaml, (Parser) parser::parse);
    }

    /** The same measure for any parser (the LLM parser too). */
    public static Report evaluate(Path yaml, Parser parser) {
        List<Phrasing> cases = load(yaml);
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (Field f : FIELDS) tally.put(f.name(), new int[2]);
        List<Miss> misses = new ArrayList<>();
        int exact = 0;
        for (Phrasing p : cases) {
            Question q = parser.parse(p.text() == null ? "" : p.text());
            List<String> differences = new ArrayList<>();
            for (Field f : FIELDS) {
                Object want = f.expected().apply(p);
                Object got = f.actual().apply(q);
                boolean matters = want != null || got != null || f.name().equals("intent") || f.name().equals("lang");
                if (!matters) continue;
                int[] t = tally.get(f.name());
                t[1]++;
                if (Objects.equals(want, got)) t[0]++;
                else differences.add(f.name() + ": expected " + want + ", got " + got);
            }
            if (differences.isEmpty()) exact++;
            else misses.add(new Miss(p.text(), differences));
        }
        Map<String, FieldScore> fields = new LinkedHashMap<>();
        tally.forEach((name, t) -> fields.put(name, new FieldScore(t[0], t[1])));
        return new Report(cases.size(), exact, fields, misses);
    }

    /** Card names compare ignoring case, spaces and hyphens ("RTX 4090" = "rtx4090"). */
    private static Object gpuKeys(List<GpuMention> gpus) {
        if (gpus.isEmpty()) return null;
        TreeSet<String> keys = new TreeSet<>();
        for (GpuMention g : gpus) {
            keys.add(g.text().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]", "") + " x" + g.count()
                    + (g.memoryGb() == null ? "" : " " + g.memoryGb() + "GB"));
        }
        return keys;
    }

    private static Object modelKeys(List<String> models) {
        if (models == null || models.isEmpty()) return null;
        TreeSet<String> keys = new TreeSet<>();
        for (String m : models) keys.add(m.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
        return keys;
    }

    /**
     * Usage: ParserAccuracy [PHRASINGS.yaml [VOCABULARY.yaml]]. Defaults to the labelled set and the test
     * vocabulary in the source tree, so it runs from the project directory as is.
     */
    public static void main(String[] args) {
        Path yaml = Path.of(args.length > 0 ? args[0] : "eval/phrasings.yaml");
        Path vocabularyFile = Path.of(args.length > 1 ? args[1] : "src/test/resources/parse/vocabulary.yaml");
        Vocabulary vocabulary = Files.exists(vocabularyFile) ? Vocabulary.load(vocabularyFile) : Vocabulary.empty();
        System.out.print(evaluate(yaml, new QuestionParser(vocabulary)).render());
    }
}
