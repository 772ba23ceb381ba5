package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.facts.Finding;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Numbers;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finding's template filled with its candidate's figures: each placeholder a rule may write, alone, with others, repeated,
 * in English and Chinese sentences, filled as the chain of {@code String.replace} calls in placeholder order fills it (the
 * reference below), including a model name that itself reads like a placeholder.
 */
class FindingTemplateTest {

    private static final String[] PLACEHOLDERS = {"{model}", "{format}", "{params}", "{file}", "{total}", "{vram}", "{ram}", "{kv}",
            "{context}", "{tps}", "{layers}"};

    @Test
    void fillsEveryPlaceholderAsTheReplaceChainDoes() {
        Random r = new Random(19);
        List<String> templates = new ArrayList<>(List.of("no placeholder here", "花括号 { 但不是占位符", "{unknown} stays", "", "{model}{model}",
                "{vram}{ram}{kv}"));
        for (String p : PLACEHOLDERS) {
            templates.add(p);
            templates.add("needs " + p + " on the card");
            templates.add("需要 " + p + "，超过显存");
        }
        for (int i = 0; i < 400; i++) {
            StringBuilder t = new StringBuilder(r.nextBoolean() ? "At {context} context " : "在 {context} 上下文下，");
            for (int k = r.nextInt(4); k >= 0; k--) t.append(PLACEHOLDERS[r.nextInt(PLACEHOLDERS.length)]).append(r.nextBoolean() ? " and " : "、");
            templates.add(t.toString());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String name : List.of("qwen3-14b", "Llama {vram} edition", "{format}-named")) {
            for (int i = 0; i < 20; i++) {
                WeightFormat f = WeightFormat.values()[r.nextInt(WeightFormat.values().length)];
                candidates.add(Given.candidate(name, r.nextInt(4) == 0 ? 7 : r.nextDouble() * 80, f).file(r.nextDouble() * 40)
                        .kv(r.nextDouble() * 8).vram(r.nextDouble() * 48).ram(r.nextDouble() * 64, 128)
                        .context(r.nextBoolean() ? 1 << (9 + r.nextInt(8)) : 100 + r.nextInt(5000), 131072)
                        .layers(r.nextInt(80), 80).speed(r.nextDouble() * 30, 30 + r.nextDouble() * 60)
                        .placement(Placement.OFFLOAD).build());
            }
        }
        for (Candidate c : candidates) {
            for (String t : templates) {
                Finding f = new Finding(c.key(), "rule", "", Effect.WARN, 0, t, t, c);
                assertThat(f.text(Lang.EN)).as("%s / %s", t, c.modelName()).isEqualTo(chain(t, c));
                assertThat(f.text(Lang.ZH)).as("%s / %s", t, c.modelName()).isEqualTo(chain(t, c));
            }
        }
    }

    @Test
    void aFindingWithoutCandidateOrTemplateIsLeftAsItIs() {
        assertThat(new Finding(null, "rule", "", Effect.NOTE, 0, "needs {vram}", "需要 {vram}", null).text(Lang.ZH)).isEqualTo("需要 {vram}");
        assertThat(new Finding(null, "rule", "", Effect.NOTE, 0, null, null, null).text(Lang.EN)).isNull();
    }

    /** The placeholders replaced one after another, every figure formatted whether used or not. */
    private static String chain(String template, Candidate c) {
        if (template == null || c == null || template.indexOf('{') < 0) return template;
        return template
                .replace("{model}", c.modelName())
                .replace("{format}", c.format().label())
                .replace("{params}", (c.paramsB() == Math.rint(c.paramsB()) ? String.valueOf((long) c.paramsB()) : Numbers.fixed(c.paramsB(), 1)) + "B")
                .replace("{file}", Numbers.fixed(c.fileGb(), 1) + " GB")
                .replace("{total}", Numbers.fixed(c.totalGb(), 1) + " GB")
                .replace("{vram}", Numbers.fixed(c.vramGb(), 1) + " GB")
                .replace("{ram}", Numbers.fixed(c.ramGb(), 1) + " GB")
                .replace("{kv}", Numbers.fixed(c.kvGb(), 1) + " GB")
                .replace("{context}", Candidate.contextLabel(c.context()))
                .replace("{tps}", c.tpsRange())
                .replace("{layers}", c.gpuLayers() + "/" + (c.layers() + 1));
    }
}
