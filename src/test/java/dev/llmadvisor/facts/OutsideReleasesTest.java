package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.GenericCatalog;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Releases the catalog cannot size from their architecture (generic.yaml, "outside": hybrid linear or compressed attention,
 * Mamba layers, a visual expert per layer) are named in questions without a size in the name ("MiniMax-M1", "CogVLM2",
 * "DeepSeek-V4-Flash"). Each is answered with an openly generic stand-in of its published total, never with another release
 * of its maker the catalog holds (MiniMax-Text-01 is not MiniMax-M2). Generated from every entry's names and aliases, in
 * several spellings (case, separators, uploader, packaging suffix) and English and Chinese questions.
 */
class OutsideReleasesTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static final List<Function<String, String>> CONTEXTS = List.of(
            n -> "can my 3090 run " + n + "?", n -> "How much VRAM does " + n + " need?", n -> "我想在两张4090上跑" + n,
            n -> n + "需要多少显存", n -> "ollama run " + n + " is very slow on my 4060 with 64GB RAM");

    /** The spellings people and tools write a name in. */
    static List<String> spellings(GenericCatalog.Outside o) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : Stream.concat(Stream.of(o.name()), o.aliases().stream()).toList()) {
            String bare = n.contains("/") ? n.substring(n.lastIndexOf('/') + 1) : n;
            out.add(n);
            out.add(bare.toLowerCase(Locale.ROOT));
            if (!bare.contains(" ")) {
                out.add(bare + "-GGUF");
                out.add("unsloth/" + bare + "-GGUF");
                out.add(bare.replace('-', '_'));
            }
        }
        return new ArrayList<>(out);
    }

    @Test
    void aReleaseOutsideTheCatalogIsAStandInOfItsPublishedSize() {
        assertThat(K.generic().outside()).hasSizeGreaterThanOrEqualTo(9);
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (GenericCatalog.Outside o : K.generic().outside()) {
            List<String> names = spellings(o);
            for (int i = 0; i < names.size(); i++) {
                String q = CONTEXTS.get(i % CONTEXTS.size()).apply(names.get(i));
                asked++;
                List<Understood.Model> got = FACTS.understand(PARSER.parse(q)).understood().models();
                boolean ok = got.size() == 1 && got.get(0).generic() && got.get(0).id() == null
                        && Math.abs(got.get(0).paramsB() - o.paramsB()) <= 0.02 * o.paramsB()
                        && got.get(0).note() != null && got.get(0).note().en().contains(o.name());
                if (!ok) wrong.add(q + "  ->  " + got.stream().map(g -> g.asked() + "=" + (g.generic() ? "generic " : "") + g.id() + " " + g.paramsB()).toList());
            }
        }
        assertThat(asked).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theLookupReadsNamesLikeTheCatalog() {
        assertThat(K.generic().outside("MiniMaxAI/MiniMax-M1-80k-GGUF")).map(GenericCatalog.Outside::name).contains("MiniMax-M1");
        assertThat(K.generic().outside("deepseek-v4-flash:q4_K_M")).map(GenericCatalog.Outside::name).contains("DeepSeek-V4-Flash");
        assertThat(K.generic().outside("COGVLM2")).map(GenericCatalog.Outside::paramsB).contains(19.5);
        assertThat(K.generic().outside("Snowflake/snowflake-arctic-instruct")).map(GenericCatalog.Outside::activeParamsB).contains(17.0);
        assertThat(K.generic().outside("THUDM/cogagent-vqa-hf")).map(GenericCatalog.Outside::name).contains("CogAgent 18B");
        // mlx_lm.convert's recipe words on an MLX upload (mixed precision, group size, mode, DWQ) are packaging
        assertThat(K.generic().outside("Thump604/DeepSeek-V4-Flash-MLX-Q3-mixed-gs128-affine")).map(GenericCatalog.Outside::name)
                .contains("DeepSeek-V4-Flash");
        assertThat(K.generic().outside("mlx-community/MiniMax-M1-80k-4bit-DWQ")).map(GenericCatalog.Outside::name).contains("MiniMax-M1");
        assertThat(K.generic().outside("deepseek-v4-pro-3bit-gs64")).map(GenericCatalog.Outside::name).contains("DeepSeek-V4-Pro");
        // Snowflake's embedding line shares the name's start only: it is no Arctic LLM
        assertThat(K.generic().outside("snowflake-arctic-embed")).isEmpty();
        // a catalog name is never an outside release
        assertThat(K.generic().outside("MiniMax-M2")).isEmpty();
        assertThat(K.generic().outside("deepseek-v3")).isEmpty();
        assertThat(K.generic().outside(null)).isEmpty();
        assertThat(K.generic().outside(" ")).isEmpty();
    }

    /**
     * Given a recent release at one of the LLaMA era's sizes (Falcon-H1 7B, 2025) and one of 2022 (CodeGeeX-13B, marked
     * legacy), then the first is shaped as the current era's nearest template (Llama 3.1 8B: grouped-query attention, a
     * 128k context) and the second as the LLaMA era's 13B (full multi-head attention, a 4k context).
     */
    @Test
    void aRecentReleaseAtALlamaEraSizeIsShapedAsACurrentModel() {
        Understood.Model falcon = onlyModel("can my 3090 run Falcon-H1-7B-Instruct?");
        Understood.Model codegeex = onlyModel("can my 3090 run CodeGeeX-13B?");
        assertThat(falcon.name()).contains("Llama 3.1 8B");
        assertThat(codegeex.name()).contains("Llama 2 13B");
    }

    private static Understood.Model onlyModel(String q) {
        List<Understood.Model> got = FACTS.understand(PARSER.parse(q)).understood().models();
        assertThat(got).as(q).hasSize(1);
        return got.get(0);
    }

    /** An entry that is also a catalog name would hide nothing and mislead: it is a load error naming the entry. */
    @Test
    void aCatalogNameListedOutsideIsALoadError() throws IOException {
        Path k = Files.createTempDirectory("outside");
        copy(Path.of("knowledge"), k);
        Path g = k.resolve("generic.yaml");
        Files.writeString(g, Files.readString(g) + """
                  - name: MiniMax-M2
                    aliases: []
                    params_b: 230
                    why: "test"
                    source: https://example.org
                """);
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class).hasMessageContaining("MiniMax-M2");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
