package dev.llmadvisor.engine;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calibration run: loads zero-weight GGUF files of real model shapes in a real llama.cpp over a matrix of
 * context, micro-batch, flash attention, cache type and parallel sequences, and writes eval/accuracy/llamacpp-probe.csv.
 * Not a test (it takes ~15 minutes on 2 cores); run it with
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.llmadvisor.engine.LlamaCppCalibration
 * </pre>
 * Optional arguments: output CSV path (default eval/accuracy/llamacpp-probe.csv), then labels of the models to run.
 *
 * <p>With {@code --held-out} as the first argument it runs a smaller matrix over architectures the CPU compute terms
 * were NOT fitted on ({@link #HELD_OUT}, knowledge-base entries read from their config.json values) and writes
 * eval/accuracy/llamacpp-probe-heldout.csv: the compute terms' out-of-sample check (~15 minutes on 2 cores).
 */
public final class LlamaCppCalibration {

    static final String HEADER = "arch,model_shape,format,n_ctx,n_ubatch,n_parallel,flash_attn,type_k,type_v,"
            + "model_buf_mib,kv_mib_total,kv_mib_swa,kv_cells,kv_cells_swa,compute_mib,n_ctx_reported,llamacpp_build,"
            + "n_ctx_seq,n_layer,n_embd,n_head,n_head_kv,head_dim_k,head_dim_v,n_ff,n_vocab,n_swa,kv_layers,kv_layers_swa,kv_unified,n_expert,n_expert_used,error";

    record Run(int nCtx, int nUbatch, int nParallel, boolean fa, String typeK, String typeV, boolean unified) {
        Run(int nCtx, int nUbatch, int nParallel, boolean fa, String typeK, String typeV) { this(nCtx, nUbatch, nParallel, fa, typeK, typeV, false); }
    }

    /**
     * One knowledge-base model per architecture the compute terms were not fitted on (the fit used llama, qwen2, qwen3,
     * gemma3, phi3, starcoder2, qwen3moe and deepseek2): chosen before any run as the smallest entry of each
     * architecture that our GGUF writer can produce for this llama.cpp build.
     */
    static final List<String> HELD_OUT = List.of("gemma-2b-it", "gemma2-2b-it", "exaone-3.5-2.4b-instruct", "internlm2-1.8b-chat",
            "smollm3-3b", "minicpm-2b-sft", "baichuan2-7b-chat", "granite-3.3-2b-instruct", "granite-3.1-1b-a400m-instruct",
            "gpt2-medium", "glm-4-9b-0414", "mpt-7b", "qwen-1.8b-chat", "chatglm3-6b", "command-r7b-12-2024");

    /** Models to run, each over the same matrix. */
    record Group(Map<String, ModelArch> models, List<Run> runs) { }

    public static void main(String[] args) throws Exception {
        String why = LlamaCppProbe.whyUnavailable();
        if (why != null) {
            System.err.println("cannot calibrate: " + why);
            System.exit(2);
        }
        if (args.length > 0 && args[0].equals("--held-out")) {
            Knowledge k = Knowledge.load(Path.of("knowledge"));
            Map<String, ModelArch> models = new LinkedHashMap<>();
            for (String id : HELD_OUT) {
                models.put(id, k.models().byId(id).orElseThrow(() -> new IllegalStateException("not in the catalog: " + id)).arch());
            }
            run(Path.of(args.length > 1 ? args[1] : "eval/accuracy/llamacpp-probe-heldout.csv"), List.of(new Group(models, heldOutMatrix())));
            return;
        }
        Map<String, ModelArch> small = new LinkedHashMap<>();
        small.put("Qwen2.5-0.5B", ModelShapes.qwen25_05b());
        small.put("Gemma-3-1B", ModelShapes.gemma3_1b());
        small.put("Llama-3.2-1B", ModelShapes.llama32_1b());
        Map<String, ModelArch> big = new LinkedHashMap<>(ModelShapes.main());
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        if (!only.isEmpty()) {
            small.keySet().retainAll(only);
            big.keySet().retainAll(only);
        }
        run(Path.of(args.length > 0 ? args[0] : "eval/accuracy/llamacpp-probe.csv"),
                List.of(new Group(small, matrix(true)), new Group(big, matrix(false))));
    }

    private static void run(Path csv, List<Group> groups) throws Exception {
        LlamaCppProbe probe = LlamaCppProbe.locate();
        probe.ensureInstalled();
        Path tmp = Files.createTempDirectory("llamacpp-calib");
        Files.createDirectories(csv.toAbsolutePath().getParent());
        long start = System.nanoTime();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            out.println(HEADER);
            for (Group g : groups) {
                for (Map.Entry<String, ModelArch> e : g.models().entrySet()) {
                    ModelArch a = e.getValue();
                    WeightFormat f = WeightFormat.Q4_K_M;
                    Path file = tmp.resolve(e.getKey() + ".gguf");
                    GgufWriter.write(a, f, file);
                    for (Run r : g.runs()) {
                        long t0 = System.nanoTime();
                        String row = row(probe, e.getKey(), a, f, file, r);
                        out.println(row);
                        out.flush();
                        System.out.printf(Locale.ROOT, "[%4.0fs] %-18s %5.1fs %s%n", (System.nanoTime() - start) / 1e9, e.getKey(),
                                (System.nanoTime() - t0) / 1e9, row);
                    }
                    Files.deleteIfExists(file);
                }
            }
        }
        System.out.println("wrote " + csv.toAbsolutePath());
        System.exit(0);
    }

    /** Each phase of the graph once at two context sizes: logits (small ub), attention (16384 without FA), FFN, streams. */
    static List<Run> heldOutMatrix() {
        List<Run> runs = new ArrayList<>();
        for (int ctx : new int[] {512, 4096, 16384}) {
            for (boolean fa : new boolean[] {false, true}) runs.add(new Run(ctx, 512, 1, fa, "f16", "f16"));
        }
        for (boolean fa : new boolean[] {false, true}) {
            runs.add(new Run(4096, 128, 1, fa, "f16", "f16"));
            runs.add(new Run(4096, 2048, 1, fa, "f16", "f16"));
            runs.add(new Run(4096, 512, 4, fa, "f16", "f16"));
        }
        return runs;
    }

    static List<Run> matrix(boolean small) {
        List<Run> runs = new ArrayList<>();
        int[] ctxs = small ? new int[] {512, 4096, 16384, 65536} : new int[] {512, 4096, 16384};
        for (int ctx : ctxs) {
            for (boolean fa : new boolean[] {false, true}) {
                runs.add(new Run(ctx, 512, 1, fa, "f16", "f16"));
                runs.add(new Run(ctx, 128, 1, fa, "f16", "f16"));
            }
        }
        // larger micro-batches, for the compute-buffer fit
        for (boolean fa : new boolean[] {false, true}) {
            runs.add(new Run(4096, 2048, 1, fa, "f16", "f16"));
            runs.add(new Run(4096, 1024, 1, fa, "f16", "f16"));
        }
        // quantized cache (a quantized V cache needs flash attention), and the refusal without it
        runs.add(new Run(4096, 512, 1, true, "q8_0", "q8_0"));
        runs.add(new Run(4096, 512, 1, false, "q8_0", "q8_0"));
        if (small) runs.add(new Run(16384, 512, 1, true, "q4_0", "q4_0"));
        // parallel sequences
        for (boolean fa : new boolean[] {false, true}) runs.add(new Run(4096, 512, 4, fa, "f16", "f16"));
        if (small) runs.add(new Run(16384, 512, 4, true, "f16", "f16"));
        runs.add(new Run(4096, 512, 4, true, "f16", "f16", true)); // kv_unified
        runs.add(new Run(4096, 512, 4, false, "f16", "f16", true));
        // odd context: padding
        runs.add(new Run(1000, 512, 1, true, "f16", "f16"));
        if (small) runs.add(new Run(3000, 256, 3, true, "f16", "f16"));
        return runs;
    }

    static String row(LlamaCppProbe probe, String label, ModelArch a, WeightFormat f, Path file, Run r) {
        LlamaCppProbe.Params p = new LlamaCppProbe.Params(r.nCtx(), Math.max(2048, r.nUbatch()), r.nUbatch(), r.nParallel(), r.fa(), r.typeK(), r.typeV(), r.unified());
        String shape = String.join(";", "L" + a.layers(), "E" + a.hiddenSize(), "H" + a.heads(), "KV" + a.kvHeads(),
                "D" + a.headDimK(), "FF" + a.ffnSize(), "V" + a.vocabSize());
        List<Object> c = new ArrayList<>(List.of(a.arch(), label + "[" + shape + "]", f.label(), r.nCtx(), r.nUbatch(), r.nParallel(),
                r.fa() ? "on" : "off", r.typeK(), r.typeV()));
        String error = "";
        EngineReport rep = null;
        try {
            rep = probe.run(file, p);
        } catch (LlamaCppProbe.EngineError e) {
            error = e.getMessage().lines().findFirst().orElse("");
        } catch (IOException | InterruptedException e) {
            error = e.toString();
        }
        if (rep != null) {
            c.addAll(List.of(fmt(rep.modelTotalMib()), fmt(rep.kvTotalMib()), fmt(rep.kvMib(true)), rep.kvCells(false), rep.kvCells(true),
                    fmt(rep.computeTotalMib()), rep.nCtx(), rep.build(), rep.nCtxSeq()));
        } else {
            c.addAll(List.of("", "", "", "", "", "", "", "", ""));
        }
        int swa = a.slidingWindow() == null ? 0 : a.slidingWindow().window();
        c.addAll(List.of(a.layers(), a.hiddenSize(), a.heads(), a.kvHeads(), a.headDimK(), a.headDimV(), a.ffnSize(), a.vocabSize(), swa));
        if (rep != null) {
            c.add(rep.kv().stream().filter(b -> !b.swa()).mapToInt(EngineReport.KvBuffer::layers).max().orElse(0));
            c.add(rep.kv().stream().filter(EngineReport.KvBuffer::swa).mapToInt(EngineReport.KvBuffer::layers).max().orElse(0));
        } else {
            c.add("");
            c.add("");
        }
        c.add(r.unified());
        c.add(a.moe() == null ? 0 : a.moe().experts());
        c.add(a.moe() == null ? 0 : a.moe().expertsUsed());
        c.add(csvQuote(error));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) sb.append(i == 0 ? "" : ",").append(c.get(i));
        return sb.toString();
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    private static String csvQuote(String s) {
        if (s.isEmpty()) return "";
        return "\"" + s.replace("\"", "'").replace("\n", " ") + "\"";
    }
}
