package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A model named only by a mixture-of-experts size the catalog lacks (issue 10: "Blue-Orchid-2x7B", "a 4x7b merge",
 * "一个8x7b的模型") is sized as an openly generic MoE stand-in of that size, Mixtral-style (total not N x M), and never
 * as another model; a catalog MoE named with its size ("Mixtral 8x7B", "mixtral:8x22b") is still that catalog entry.
 */
class GenericMoeNameFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    /** Sizes as the merges write them, with the total the stand-in must give (mergekit-moe configs, Mixtral's own). */
    private static final Map<String, Double> TOTALS = Map.of("2x7B", 12.9, "4x7b", 24.2, "8x7B", 46.7, "8x22b", 140.6,
            "2x10.7B", 19.2, "3x7B", 18.5);

    /** Names of merges the catalog does not hold, around a size. */
    private static final List<Function<String, String>> NAMES = List.of(s -> "Blue-Orchid-" + s, s -> "Open_Gpt4_" + s,
            s -> "a " + s + " merge", s -> "some " + s + " finetune", s -> s, s -> "Beyonder-" + s + "-v3");

    private static final List<Function<String, String>> CONTEXTS = List.of(
            n -> "can my 3090 run " + n + "?", n -> "How much VRAM does " + n + " need?", n -> "我想在4090上跑" + n,
            n -> "一个" + n + "的模型需要多少显存", n -> "will " + n + " fit on 2x 3090?");

    @Test
    void aMoeSizeTheCatalogLacksIsAnOpenlyGenericMoeOfThatSize() {
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (Map.Entry<String, Double> size : TOTALS.entrySet()) {
            for (int i = 0; i < NAMES.size(); i++) {
                for (Function<String, String> context : CONTEXTS) {
                    String q = context.apply(NAMES.get(i).apply(size.getKey()));
                    asked++;
                    List<Understood.Model> got = FACTS.understand(PARSER.parse(q)).understood().models();
                    boolean ok = got.size() == 1 && got.get(0).generic() && got.get(0).id() == null
                            && got.get(0).name().contains("MoE") && Math.abs(got.get(0).paramsB() - size.getValue()) < 0.05
                            && got.get(0).note() != null && got.get(0).note().en().contains("generic " + size.getKey().toUpperCase().replace("X", "x"));
                    if (!ok) wrong.add(q + "  ->  " + got.stream().map(g -> g.asked() + "=" + g.name() + " " + g.paramsB()).toList());
                }
            }
        }
        assertThat(asked).isGreaterThan(150);
        assertThat(wrong).isEmpty();
    }

    /** The Mixtral-style build gives the catalog's Mixtral 8x7B and 8x22B from their dense bases, total and active. */
    @Test
    void theBuildMatchesMixtral() {
        GenericModels generic = new GenericModels(K);
        for (String[] c : new String[][]{{"8x7B", "mixtral-8x7b-instruct"}, {"8x22B", "mixtral-8x22b-instruct"}}) {
            ModelEntry standIn = generic.moeStandIn(GenericModels.moeSizeIn(c[0]).orElseThrow()).orElseThrow();
            ModelEntry mixtral = K.models().all().stream().filter(m -> m.id().equals(c[1])).findFirst().orElseThrow();
            assertThat(standIn.paramsB()).as(c[0] + " total").isCloseTo(mixtral.paramsB(), within(0.01 * mixtral.paramsB()));
            assertThat(standIn.activeParamsB()).as(c[0] + " active").isCloseTo(mixtral.activeParamsB(), within(0.02 * mixtral.activeParamsB()));
            assertThat(standIn.arch().moe().expertsUsed()).isEqualTo(2);
        }
        // one expert is all there is to route to: the active count is the total
        ModelEntry one = generic.moeStandIn(GenericModels.moeSizeIn("1x7b").orElseThrow()).orElseThrow();
        assertThat(one.activeParamsB()).isEqualTo(one.paramsB());
    }

    /** Near misses: every catalog name or alias that carries an NxM size is that catalog model, not a stand-in. */
    @Test
    void aCatalogMoeNamedWithItsSizeIsTheCatalogEntry() {
        List<String> names = new ArrayList<>();
        for (ModelEntry m : K.models().all()) {
            for (String n : java.util.stream.Stream.concat(java.util.stream.Stream.of(m.name()), m.aliases().stream()).toList()) {
                if (GenericModels.moeSizeIn(n).isPresent()) names.add(m.id() + "\t" + n);
            }
        }
        assertThat(names).hasSizeGreaterThan(5);
        List<String> wrong = new ArrayList<>();
        for (String idName : names) {
            String id = idName.split("\t")[0], n = idName.split("\t")[1];
            for (String q : List.of("can my 3090 run " + n + "?", "我想在4090上跑" + n)) {
                List<Understood.Model> got = FACTS.understand(PARSER.parse(q)).understood().models();
                if (got.size() != 1 || !id.equals(got.get(0).id()) || got.get(0).generic()) {
                    wrong.add(q + "  ->  " + got.stream().map(g -> g.asked() + "=" + g.id()).toList());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A dense size is still a dense stand-in ("a 7b model"), and "8x7B" after Mixtral 8x7B is Mixtral again. */
    @Test
    void denseSizesAndRepeatsStayAsTheyWere() {
        List<Understood.Model> dense = FACTS.understand(PARSER.parse("can my 3090 run a 13b model?")).understood().models();
        assertThat(dense).singleElement().satisfies(g -> assertThat(g.name()).doesNotContain("MoE"));
        List<Understood.Model> again = FACTS.understand(PARSER.parse("Mixtral 8x7B on my 3090: how fast is the 8x7b?")).understood().models();
        assertThat(again).extracting(Understood.Model::id).containsOnly("mixtral-8x7b-instruct");
    }
}
