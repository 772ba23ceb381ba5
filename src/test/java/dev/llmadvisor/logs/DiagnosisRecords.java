package dev.llmadvisor.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.llmadvisor.facts.LogFacts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** eval/diagnosis-logs.yaml: real pasted logs with the cause their thread established, and the figures they print. */
public record DiagnosisRecords(List<Rec> records) {

    public static final Path FILE = Path.of("eval", "diagnosis-logs.yaml");

    /** One record; {@code figures} maps a figure name to the value printed in the text. */
    public record Rec(String id, String source, String engine, String text, String cause, String evidence, Map<String, Double> figures) {
        /** Held out: the first byte of SHA-256(id), modulo 10, is below 3 (the rule of eval/real-questions). */
        public boolean heldOut() {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
                return (h[0] & 0xff) % 10 < 3;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The figure names a record may carry, and where the reader puts each one. */
    public static final Map<String, ToDoubleFunction<LogFacts>> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("max_seq_len", LogFacts::maxSeqLen);
        FIGURES.put("kv_tokens", LogFacts::kvTokens);
        FIGURES.put("gpu_blocks", LogFacts::gpuBlocks);
        FIGURES.put("total_gpu_gib", LogFacts::gpuMemGib);
        FIGURES.put("weights_gb", LogFacts::weightsGb);
        FIGURES.put("cc_required", LogFacts::ccRequired);
        FIGURES.put("cc_have", LogFacts::ccHave);
        FIGURES.put("heads", LogFacts::heads);
        FIGURES.put("tp_size", f -> f.tpSize() > 0 ? f.tpSize() : f.tensorParallel());
        FIGURES.put("tried_mib", LogFacts::triedMib);
        FIGURES.put("tried_gib", f -> f.triedMib() / 1024.0);
        FIGURES.put("total_gib", LogFacts::totalGib);
        FIGURES.put("free_mib", LogFacts::freeMib);
        FIGURES.put("allocated_gib", LogFacts::allocatedGib);
        FIGURES.put("process_gib", LogFacts::processGib);
        FIGURES.put("n_ctx", LogFacts::nCtx);
        FIGURES.put("file_size_gib", LogFacts::fileSizeGib);
        FIGURES.put("layers_model", LogFacts::ollamaLayersModel);
        FIGURES.put("layers_offload", LogFacts::ollamaLayersOffload);
        FIGURES.put("memory_available_gib", LogFacts::ollamaAvailableGib);
        FIGURES.put("required_full_gib", LogFacts::ollamaRequiredFullGib);
        FIGURES.put("tokens_per_second", LogFacts::tokensPerSecond);
    }

    public static DiagnosisRecords load() throws IOException {
        return load(FILE);
    }

    /**
     * The records of one file in this schema, or of every .yaml file of a folder (in name order): a field sample
     * (src/test/resources/field-samples/diagnosis/) is kept in the same format as eval/diagnosis-logs.yaml.
     */
    public static DiagnosisRecords load(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) return new DiagnosisRecords(read(fileOrFolder));
        List<Rec> all = new ArrayList<>();
        try (var files = Files.list(fileOrFolder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) all.addAll(read(f));
        }
        return new DiagnosisRecords(all);
    }

    private static List<Rec> read(Path file) throws IOException {
        JsonNode root = new YAMLMapper().readTree(Files.readString(file));
        List<Rec> out = new ArrayList<>();
        for (JsonNode n : root.path("records")) {
            Map<String, Double> figures = new LinkedHashMap<>();
            n.path("figures").fields().forEachRemaining(e -> figures.put(e.getKey(), e.getValue().asDouble()));
            out.add(new Rec(n.path("id").asText(), n.path("source").asText(), n.path("engine").asText(), n.path("text").asText(),
                    n.path("cause").asText(), n.path("evidence").asText(), figures));
        }
        return out;
    }
}
