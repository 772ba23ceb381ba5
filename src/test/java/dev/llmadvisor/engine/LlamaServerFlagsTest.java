package dev.llmadvisor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.CandidateSizer;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.reply.CommandWriter;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The llama-server commands the advisor prints, run through llama.cpp's own argument parser (common/arg.cpp of build
 * b10257, the build the other engine tests load models with; see {@link LlamaServerArgs}): every flag must be
 * accepted, and the parsed values must be the placement the sizing core recommended (context, GPU layers, tensor
 * split, experts kept on the CPU, flash attention, KV-cache types, parallel slots). Skipped, with the reason, when
 * node, g++ or nlohmann/json.hpp is missing.
 */
class LlamaServerFlagsTest {

    static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    static final CandidateSizer SIZER = new CandidateSizer(K);
    /** ggml_type ids: GGML_TYPE_F16 = 1, GGML_TYPE_Q4_0 = 2, GGML_TYPE_Q8_0 = 8 (ggml/include/ggml.h). */
    static final int F16 = 1, Q4_0 = 2, Q8_0 = 8;

    private static LlamaServerArgs parser;
    private static String unavailable;
    private static Path model;

    @BeforeAll
    static void build() throws Exception {
        unavailable = LlamaCppProbe.whyUnavailable();
        if (unavailable != null) return;
        LlamaCppProbe probe = LlamaCppProbe.locate();
        probe.ensureInstalled();
        Path toolDir = Path.of("").toAbsolutePath();
        while (toolDir != null && !Files.exists(toolDir.resolve("tools/llamacpp/probe.mjs"))) toolDir = toolDir.getParent();
        toolDir = toolDir.resolve("tools/llamacpp");
        unavailable = LlamaServerArgs.whyUnavailable(toolDir);
        if (unavailable != null) return;
        Path work = Path.of("target/llamacpp-args").toAbsolutePath();
        parser = LlamaServerArgs.build(toolDir, work);
        model = work.resolve("model.gguf");
        if (!Files.exists(model)) Files.createFile(model);
    }

    static ModelEntry m(String id) { return K.models().find(id).orElseThrow().model(); }

    static Hardware gpus(String name, int n, double ramGb) {
        Device d = K.gpus().find(name).orElseThrow().gpu().toDevice(null);
        return Hardware.of(Collections.nCopies(n, d), Units.gib(ramGb));
    }

    /** The command's arguments with the model file replaced by an existing file (the parser checks nothing else about it). */
    static List<String> args(Candidate c) {
        String cmd = CommandWriter.llamaServer(c).command();
        List<String> a = new ArrayList<>(Arrays.asList(cmd.split(" ")));
        assertThat(a.get(0)).isEqualTo("llama-server");
        a.remove(0);
        a.set(a.indexOf("-m") + 1, model.toString());
        return a;
    }

    JsonNode parsed(Candidate c) throws Exception {
        assumeTrue(parser != null, () -> "real llama.cpp argument parser unavailable: " + unavailable);
        JsonNode n = parser.parse(args(c));
        assertThat(n.path("ok").asBoolean()).as("llama.cpp accepted: " + CommandWriter.llamaServer(c).command()).isTrue();
        return n;
    }

    @Test
    void singleGpuCommandParsesToTheRecommendedContextLayersAndFlashAttention() throws Exception {
        Candidate c = SIZER.candidate(m("qwen3-14b"), WeightFormat.Q4_K_M, RunConfig.of(16384), gpus("GeForce RTX 3090", 1, 64), true);
        assertThat(c.placement()).isEqualTo(Placement.GPU);
        JsonNode n = parsed(c);
        assertThat(n.path("n_ctx").asInt()).isEqualTo(16384);
        assertThat(n.path("n_gpu_layers").asInt()).isEqualTo(c.gpuLayers());
        assertThat(n.path("flash_attn").asInt()).isEqualTo(1); // LLAMA_FLASH_ATTN_TYPE_ENABLED
        assertThat(n.path("cache_type_k").asInt()).isEqualTo(F16);
        assertThat(n.path("overrides").asInt()).isZero();
    }

    @Test
    void multiGpuSplitParsesToTheLayerShares() throws Exception {
        Candidate c = SIZER.candidate(m("llama3.1-70b-instruct"), WeightFormat.Q4_K_M, RunConfig.of(8192), gpus("GeForce RTX 3090", 2, 64), true);
        assertThat(c.placement()).isEqualTo(Placement.MULTI_GPU);
        JsonNode n = parsed(c);
        JsonNode ts = n.path("tensor_split");
        assertThat(ts.get(0).asDouble()).isEqualTo(c.gpuLayerSplit().get(0).doubleValue());
        assertThat(ts.get(1).asDouble()).isEqualTo(c.gpuLayerSplit().get(1).doubleValue());
        assertThat(n.path("n_gpu_layers").asInt()).isEqualTo(81);
    }

    @Test
    void expertsInRamParseToOneCpuOverridePerLayerAndQuantizedCache() throws Exception {
        Candidate c = SIZER.candidate(m("qwen3-30b-a3b"), WeightFormat.Q4_K_M, RunConfig.of(8192).withKvType(KvCacheType.Q8_0),
                gpus("GeForce RTX 4060", 1, 64), true);
        assertThat(c.expertsInRam()).isTrue();
        JsonNode n = parsed(c);
        assertThat(n.path("overrides").asInt()).isEqualTo(c.cpuMoeLayers()); // --n-cpu-moe N: one blk.i exps=CPU rule per layer
        assertThat(n.path("cache_type_k").asInt()).isEqualTo(Q8_0);
        assertThat(n.path("cache_type_v").asInt()).isEqualTo(Q8_0);
    }

    @Test
    void partialOffloadAndParallelSlotsParse() throws Exception {
        Candidate c = SIZER.candidate(m("qwen3-32b"), WeightFormat.Q4_K_M, RunConfig.of(4096).withParallel(2).withKvType(KvCacheType.Q4_0),
                gpus("GeForce RTX 4060", 1, 64), true);
        assertThat(c.placement()).isEqualTo(Placement.OFFLOAD);
        JsonNode n = parsed(c);
        assertThat(n.path("n_gpu_layers").asInt()).isEqualTo(c.gpuLayers()).isLessThan(c.layers());
        assertThat(n.path("n_ctx").asInt()).isEqualTo(8192);
        assertThat(n.path("n_parallel").asInt()).isEqualTo(2);
        assertThat(n.path("cache_type_k").asInt()).isEqualTo(Q4_0);
    }

    @Test
    void theParserRefusesWhatLlamaCppDoesNotKnow() throws Exception {
        assumeTrue(parser != null, () -> "real llama.cpp argument parser unavailable: " + unavailable);
        assertThat(parser.parse(List.of("-m", model.toString(), "--n-gpu-layer", "10")).path("ok").asBoolean()).isFalse();
        assertThat(parser.parse(List.of("-m", model.toString(), "-ctk", "q9_0")).path("ok").asBoolean()).isFalse();
        assertThat(parser.parse(List.of("-m", model.toString(), "-fa", "yes")).path("ok").asBoolean()).isFalse();
        // The override spelling the lead's notes give for keeping every expert in RAM.
        assertThat(parser.parse(List.of("-m", model.toString(), "-ot", "exps=CPU")).path("overrides").asInt()).isEqualTo(1);
    }
}
