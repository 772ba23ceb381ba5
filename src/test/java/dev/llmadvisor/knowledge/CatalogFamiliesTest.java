package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Tensor;
import dev.llmadvisor.sizing.TensorTable;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks on the model families added by the catalog-models2 work (Phi, Gemma 1/2 2B/3 270M, Falcon, StarCoder 1,
 * Cohere, OLMo, Granite, SmolLM, TinyLlama, MiniCPM, ERNIE, Solar, EXAONE, DBRX, Grok, Nemotron). Scoped to
 * those entries so it can be deleted once a whole-catalog check exists.
 */
class CatalogFamiliesTest {

    /** The catalog on disk (the tests run in the project folder). */
    static Knowledge knowledge() {
        return Knowledge.load(Path.of("knowledge"));
    }

    /** Families whose every entry was written by this work. */
    static final Set<String> FAMILIES = Set.of("falcon", "starcoder", "cohere", "olmo", "granite", "smollm", "tinyllama",
            "minicpm", "ernie", "solar", "exaone", "dbrx", "grok", "nemotron");
    /** Entries added to files that already existed (phi.yaml, gemma.yaml). */
    static final Set<String> ADDED_IDS = Set.of("phi-1", "phi-1.5", "phi-2", "phi-3-mini-4k-instruct", "phi-3-mini-128k-instruct",
            "phi-3-small-8k-instruct", "phi-3-small-128k-instruct", "phi-3-medium-4k-instruct", "phi-3-medium-128k-instruct",
            "phi-3.5-moe-instruct", "phi-4-reasoning", "phi-4-reasoning-plus", "phi-4-mini-reasoning", "gemma-2b-it",
            "gemma-7b-it", "gemma2-2b-it", "gemma3-270m-it");

    static List<ModelEntry> ours() {
        List<ModelEntry> out = new ArrayList<>();
        for (ModelEntry m : knowledge().models().all()) {
            if (FAMILIES.contains(m.family()) || ADDED_IDS.contains(m.id())) out.add(m);
        }
        return out;
    }

    /** Parameters used per token: every tensor, the routed experts scaled by experts used / experts. */
    static double active(ModelArch a, List<Tensor> tensors, boolean withEmbedding) {
        double s = 0;
        for (Tensor t : tensors) {
            if (!withEmbedding && t.name().equals("token_embd.weight")) continue;
            double share = a.isMoe() && t.name().contains("_exps.") ? (double) a.moe().expertsUsed() / a.moe().experts() : 1;
            s += t.elements() * share;
        }
        return s;
    }

    @Test
    void catalogModels2FamiliesMatchTheirParameterCounts() {
        List<ModelEntry> models = ours();
        assertThat(models.size()).isGreaterThanOrEqualTo(75);
        assertThat(models.stream().map(ModelEntry::id).toList()).containsAll(ADDED_IDS);
        List<String> off = new ArrayList<>();
        for (ModelEntry m : models) {
            List<Tensor> tensors = TensorTable.layout(m.arch());
            double total = new TensorTable(tensors).parameterCount() / 1e9;
            if (Math.abs(total - m.paramsB()) > 0.03 * m.paramsB()) {
                off.add(String.format(Locale.ROOT, "%s: params_b %.3f, arithmetic %.3f", m.id(), m.paramsB(), total));
            }
            if (m.isMoe()) {
                // Cards count active parameters with or without the input embedding table; accept either.
                double with = active(m.arch(), tensors, true) / 1e9;
                double without = active(m.arch(), tensors, false) / 1e9;
                boolean ok = Math.abs(with - m.activeParamsB()) <= 0.05 * m.activeParamsB()
                        || Math.abs(without - m.activeParamsB()) <= 0.05 * m.activeParamsB();
                if (!ok) {
                    off.add(String.format(Locale.ROOT, "%s: active_params_b %.3f, arithmetic %.3f (%.3f without embeddings)",
                            m.id(), m.activeParamsB(), with, without));
                }
            } else if (m.activeParamsB() != m.paramsB()) {
                off.add(m.id() + ": dense but active_params_b differs from params_b");
            }
        }
        assertThat(off).isEmpty();
    }

    /** OpenAI's GPT-2 checkpoints against the counts OpenAI published (124M, 355M, 774M, 1558M), within 1%. */
    @Test
    void gpt2CheckpointsMatchOpenAisParameterCounts() {
        Knowledge k = knowledge();
        Map<String, Double> published = Map.of("gpt2", 0.124, "gpt2-medium", 0.355, "gpt2-large", 0.774,
                "gpt2-xl", 1.558);
        published.forEach((id, want) -> {
            ModelEntry m = k.models().exact(id).orElseThrow();
            double total = new TensorTable(TensorTable.layout(m.arch())).parameterCount() / 1e9;
            assertThat(Math.abs(total - want)).as(id + " layout %.4f B", total).isLessThanOrEqualTo(0.01 * want);
            assertThat(Math.abs(m.paramsB() - want)).as(id + " params_b").isLessThanOrEqualTo(0.01 * want);
            assertThat(m.legacy()).as(id).isTrue();
            assertThat(m.context()).as(id).isEqualTo(1024);
        });
    }
}
