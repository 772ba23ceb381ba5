package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How names wrapped in their packaging are read: an engine's own name is no misspelt model name ("ollama/ollama:latest" is
 * the app's image, not a "llama:latest"); a community fine-tune that writes its Llama base short ("L3.1-8B-Niitama-v1.1")
 * is sized as that base and says it is built on it; an uploader's repository of a catalog model under its own owner and
 * suffix ("JANGQ-AI/Qwen3.5-35B-A3B-JANG_4K") is sized as that model, said so; a weights file in a folder of the same size
 * is one model. Cases are generated (Llama's released sizes, made-up fine-tune and uploader words, the catalog's
 * repositories), in English and Chinese sentences.
 */
class PackagedNameFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static final List<Function<String, String>> FRAMES = List.of(
            n -> "my 3090 runs " + n + " out of memory, why?",
            n -> "我用4090跑 " + n + " 显存不够",
            n -> "./llama-server -m /models/" + n + " -ngl 99 -c 8192");

    private static List<Understood.Model> read(String text) {
        return FACTS.understand(PARSER.parse(text)).understood().models();
    }

    @Test
    void anEnginesOwnNameIsNoMisspeltModel() {
        List<String> images = List.of("ollama/ollama:latest", "ollama/ollama:0.5.7", "ollama:latest", "ollama/ollama:rocm");
        for (String image : images) {
            for (String q : List.of("docker run -d --gpus all -p 11434:11434 " + image + "; only 4GB of each 24GB card is used",
                    "用 docker 部署 " + image + "，4 张显卡每张只占 4GB 显存")) {
                assertThat(read(q)).as(q).isEmpty();
            }
        }
        // the model run in the app is still read
        assertThat(read("docker run ollama/ollama:latest, then ollama run llama3.1:8b on my 3060"))
                .extracting(Understood.Model::id).containsExactly("llama3.1-8b-instruct");
    }

    /** Llama's released versions and sizes as fine-tunes name them short ("L3.1-8B"), with the base's own name written out. */
    private static final List<String[]> SHORT_BASES = List.of(
            new String[] {"L2", "Llama-2", "7B", "13B", "70B"}, new String[] {"L3", "Llama-3", "8B", "70B"},
            new String[] {"L3.1", "Llama-3.1", "8B", "70B"}, new String[] {"L3.3", "Llama-3.3", "70B"});
    private static final List<String> TUNES = List.of("Stheno-v3.2", "Niitama-v1.1", "Euryale-v2.1", "Lumimaid_v0.2", "Foobar");
    private static final List<String> FILES = List.of("", ".Q4_K_M.gguf", "-IQ4_XS-imat.gguf", "-exl2-4.0bpw");

    @Test
    void aFineTuneNamingItsLlamaBaseShortIsSizedAsThatBaseSaidSo() {
        int checked = 0;
        for (String[] base : SHORT_BASES) {
            for (String size : List.of(base).subList(2, base.length)) {
                // the base's released sizes, as its full name resolves
                List<Understood.Model> full = read("can my 3090 run " + base[1] + "-" + size + "?");
                assertThat(full).hasSize(1);
                String baseId = full.get(0).id();
                assertThat(baseId).isNotNull();
                for (String tune : TUNES) {
                    for (String file : FILES) {
                        String name = base[0] + "-" + size + "-" + tune + file;
                        for (Function<String, String> frame : FRAMES) {
                            String q = frame.apply(name);
                            List<Understood.Model> got = read(q);
                            assertThat(got).as(q).hasSize(1);
                            assertThat(got.get(0).id()).as(q).isEqualTo(baseId);
                            assertThat(got.get(0).asked().toLowerCase(Locale.ROOT)).as(q).contains(tune.toLowerCase(Locale.ROOT).split("[-_]")[0]);
                            assertThat(got.get(0).note()).as(q).isNotNull();
                            assertThat(got.get(0).note().en()).as(q).contains("built on");
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        // not a short base: a card, a cache level, an "L" glued to more letters
        for (String q : List.of("my L40-48GB runs out of memory", "L2-cache 8B? no idea, my 3090 runs qwen2.5 7b fine",
                "the XL3-8B-foo model on my 3090")) {
            assertThat(read(q)).as(q).noneMatch(m -> m.asked().toLowerCase(Locale.ROOT).startsWith("llama-"));
        }
    }

    private static final Pattern SIZED_REPO = Pattern.compile("(?i)(?<![a-z0-9.])\\d{1,4}(?:\\.\\d{1,2})?b(?![a-z0-9])");

    @Test
    void anUploadersRepositoryOfACatalogModelIsThatModelSaidSo() {
        int checked = 0;
        for (ModelEntry m : K.models().all()) {
            if (m.hf() == null || m.legacy() || m.paramsB() < 1) continue;
            String repo = m.hf().substring(m.hf().indexOf('/') + 1);
            // a size written with '_' for its point ("internlm2_5-1_8b-chat") is the reader's to spell out, which reads no repository
            if (!SIZED_REPO.matcher(repo).find() || repo.contains("_")) continue;
            // the repository written alone is read as the model itself: the ones whose name the reader resolves
            List<Understood.Model> alone = read("can my 4090 run " + repo + "?");
            if (alone.size() != 1 || !m.id().equals(alone.get(0).id())) continue;
            for (String upload : List.of("JANGQ-AI/" + repo + "-JANG_4K", "someone/" + repo + "-custom-quant")) {
                for (Function<String, String> frame : FRAMES.subList(0, 2)) {
                    String q = frame.apply(upload);
                    List<Understood.Model> got = read(q);
                    assertThat(got).as(q).hasSize(1);
                    assertThat(got.get(0).generic()).as(q).isFalse();
                    assertThat(got.get(0).id()).as(q).isEqualTo(m.id());
                    assertThat(got.get(0).note()).as(q).isNotNull();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void aWeightsFileInAFolderOfTheSameSizeIsOneModel() {
        List<String> paths = new ArrayList<>();
        for (String size : List.of("7B", "13B", "34B", "70B")) {
            String low = size.toLowerCase(Locale.ROOT);
            paths.add("D:\\models\\ReluLLaMA-" + size + "-PowerInfer-GGUF\\llama-" + low + "-relu.q4.powerinfer.gguf");
            paths.add("/data/FooLM-" + size + "-Chat-GGUF/foolm-chat-" + low + ".Q5_K_M.gguf");
            paths.add("~/Bar-Llama-" + size + "-GGUF/llama-" + low + "-bar.Q4_0.gguf");
        }
        for (String p : paths) {
            for (Function<String, String> frame : List.<Function<String, String>>of(
                    x -> "main.exe -m " + x + " -n 128 -t 32 is very slow on my 4090",
                    x -> "我用 " + x + " 跑，4090 只用了一半显存")) {
                String q = frame.apply(p);
                assertThat(read(q)).as(q).hasSize(1);
            }
        }
    }

    @Test
    void aTrainedCheckpointIsTheFirstModelItsNameCarries() {
        // a checkpoint folder of a fine-tune, named after it and then after its language model, as training runs name them
        // ("50_internvl2_4b_phi3_3_8b_dynamic_res_finetune_merge"): the fine-tune is what was trained, sized as its base
        int checked = 0;
        for (dev.llmadvisor.knowledge.FineTune f : K.models().finetunes()) {
            String alias = f.aliases().stream().filter(a -> a.matches("[A-Za-z][A-Za-z0-9.]*(?:-(?![0-9.]+(?:-|$))[A-Za-z0-9.]+)+") && SIZED_REPO.matcher(a).find())
                    .findFirst().orElse(null);
            if (alias == null || f.base().paramsB() < 1) continue;
            // (a word of digits alone, "hermes-2-pro", is a version the reader joins only with its separators kept)
            // read alone, the alias must be the fine-tune; the later name is another catalog model of another size
            List<Understood.Model> alone = read("can my 4090 run " + alias + "?");
            if (alone.size() != 1 || !f.base().id().equals(alone.get(0).id())) continue;
            String later = f.base().paramsB() > 20 ? "qwen2_5_7b" : "qwen2_5_72b";
            String folder = "run_3/50_" + alias.replace('-', '_') + "_" + later + "_dynamic_res_finetune_merge";
            for (Function<String, String> frame : FRAMES.subList(0, 2)) {
                String q = frame.apply(folder);
                List<Understood.Model> got = read(q);
                assertThat(got).as(q).hasSize(1);
                assertThat(got.get(0).id()).as(q).isEqualTo(f.base().id());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);
        // near miss: a checkpoint named only after its language model is that model
        List<Understood.Model> got = read("my 3090 runs run_3/50_mytune_phi3_3_8b_dynamic_res_finetune_merge out of memory, why?");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).id()).startsWith("phi-3-mini");
    }
}
