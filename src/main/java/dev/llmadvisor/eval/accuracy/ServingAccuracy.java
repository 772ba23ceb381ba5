package dev.llmadvisor.eval.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.knowledge.HfConfigReader;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;
import dev.llmadvisor.sizing.engine.GpuCaps;
import dev.llmadvisor.sizing.engine.Parallelism;
import dev.llmadvisor.sizing.engine.ServingSizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The vLLM / SGLang sizer against published start-up logs ({@code eval/accuracy/vllm-logs.yaml}): for each record, the
 * KV-cache tokens (or, where the log prints no tokens, the KV-cache memory) the sizer predicts from the logged
 * model, GPU, utilization, max_model_len and KV dtype, against the figure the engine printed. Records marked
 * {@code fitting} set the sizer's constants; {@code held_out} ones were only measured. Pure: files in, records out.
 */
public final class ServingAccuracy {

    /** One record: what was compared ({@code tokens} or {@code kv_pool_gib}), published vs ours. */
    public record Row(String id, String engine, String split, String model, String settings, String measure, double published,
                      double ours, boolean publishedFits, boolean oursFits, String note) {
        /** Signed relative error in percent; for a pool at or below zero (no KV cache at all), the error in GiB x 100. */
        public double errorPct() {
            if (published <= 0) return (ours - published) * 100;
            return (ours - published) / published * 100;
        }

        /**
         * Whether ours is within {@code pct} of the published figure and agrees on whether the engine starts. A
         * published pool at or below zero (no KV cache at all) is matched only by ours at or below zero too.
         */
        public boolean within(double pct) {
            if (published <= 0) return ours <= 0 && publishedFits == oursFits;
            return Math.abs(errorPct()) <= pct && publishedFits == oursFits;
        }
    }

    /** Per split: records, median and max absolute error of those with a positive figure, share within 10 %. */
    public record Summary(String split, int count, double medianPct, double maxPct, int within10, int verdictsAgree) { }

    public record Result(String file, List<Row> rows, List<String> skipped) {
        public Summary summary(String split) {
            List<Row> r = rows.stream().filter(x -> x.split().equals(split)).toList();
            List<Double> errs = r.stream().filter(x -> x.published() > 0).map(x -> Math.abs(x.errorPct())).sorted().toList();
            double median = errs.isEmpty() ? 0 : errs.size() % 2 == 1 ? errs.get(errs.size() / 2)
                    : (errs.get(errs.size() / 2 - 1) + errs.get(errs.size() / 2)) / 2;
            double max = errs.isEmpty() ? 0 : errs.get(errs.size() - 1);
            int within = (int) r.stream().filter(x -> x.within(10)).count();
            int verdicts = (int) r.stream().filter(x -> x.publishedFits() == x.oursFits()).count();
            return new Summary(split, r.size(), median, max, within, verdicts);
        }
    }

    public static final double TARGET_PCT = 10.0;
    private static final YAMLMapper YAML = new YAMLMapper();

    private ServingAccuracy() { }

    public static Result evaluate(Path file, Knowledge k) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InputError("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String key : List.of("records", "sglang_records")) {
            for (JsonNode r : root.path(key)) {
                try {
                    rows.add(row(r, k, key.startsWith("sglang") ? ServingSizer.Engine.SGLANG : ServingSizer.Engine.VLLM));
                } catch (RuntimeException e) {
                    skipped.add(r.path("id").asText("?") + ": " + e.getMessage());
                }
            }
        }
        return new Result(file.toString(), rows, skipped);
    }

    static Row row(JsonNode r, Knowledge k, ServingSizer.Engine engine) {
        String id = r.path("id").asText();
        JsonNode m = r.path("model");
        WeightFormat format = WeightFormat.parse(m.path("format").asText()).orElseThrow(() -> new IllegalArgumentException("unknown format"));
        ModelArch arch;
        String name;
        if (m.has("config")) {
            arch = HfConfigReader.read(m.get("config"));
            name = m.path("name").asText("config");
        } else {
            ModelEntry e = k.models().find(m.path("id").asText()).orElseThrow(() -> new IllegalArgumentException("model not in the catalog")).model();
            arch = e.arch();
            name = e.name();
        }
        ModelSpec spec = ModelSpec.of(name, arch, format);
        JsonNode run = r.path("run");
        GpuMatch g = k.gpus().find(run.path("gpu").asText()).orElseThrow(() -> new IllegalArgumentException("GPU not in the catalog"));
        Device card = g.gpu().toDevice(null);
        int count = run.path("gpu_count").asInt(1);
        List<Device> gpus = new ArrayList<>();
        for (int i = 0; i < count; i++) gpus.add(card);
        int tp = run.path("tp").asInt(1), pp = run.path("pp").asInt(1);
        ServingSizer.Config cfg = new ServingSizer.Config(engine, run.path("max_model_len").asInt(), run.path("utilization").asDouble(0),
                "fp8".equalsIgnoreCase(run.path("kv_cache_dtype").asText("")), new Parallelism(tp, pp),
                run.path("max_num_batched_tokens").asInt(0), run.path("max_num_seqs").asInt(0),
                ServingSizer.Profiling.valueOf(r.path("profiling").asText("current").toUpperCase(Locale.ROOT)));
        // The logs do not say whether each card supports FP8; the records' cards are named, so the sizer's
        // FP8 checks are not what is measured here.
        ServingSizer.Estimate e = ServingSizer.estimate(spec, cfg, gpus, GpuCaps.UNKNOWN);
        JsonNode rep = r.path("reported");
        String settings = String.format(Locale.ROOT, "%dx %s, tp %d pp %d, util %.2f, max_model_len %d, %s", count, card.name(), tp, pp,
                e.utilization(), cfg.maxModelLen(), format.label());
        boolean publishedFits;
        if (rep.has("kv_tokens")) {
            double published = rep.get("kv_tokens").asDouble();
            publishedFits = published >= cfg.maxModelLen();
            boolean oursFits = e.refusal() == null && e.kvTokens() >= cfg.maxModelLen();
            return new Row(id, engine.display(), r.path("split").asText(), name, settings, "kv_tokens", published, e.kvTokens(),
                    publishedFits, oursFits, r.path("source").asText());
        }
        double published = rep.path("kv_pool_gib").asDouble();
        publishedFits = published > 0 && published * Units.GIB >= (double) e.kvBytesPerTokenPerGpu() * cfg.maxModelLen();
        boolean oursFits = e.fits();
        return new Row(id, engine.display(), r.path("split").asText(), name, settings, "kv_pool_gib", published,
                Units.toGib(e.kvPoolPerGpu()), publishedFits, oursFits, r.path("source").asText());
    }
}
