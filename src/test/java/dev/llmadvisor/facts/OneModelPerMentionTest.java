package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.eval.real.RealQuestion;
import dev.llmadvisor.eval.real.RealQuestionLoader;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the models a question is read as, whatever path read each mention (issue 9 "an extra model"): one model
 * written twice, in two spellings that different readers resolve (an uploader's prefix and the bare repository, a version
 * without its dot and the full name, a packaging word and a size beside the repository), is one model; two models of one line
 * and size that differ by a word stay two; a name written with underscores keeps its version apart from its size
 * ("llama_2_7b" is Llama 2 7B, not a 2.7B model); a PCI address's bus number ("0000:3b:00.0") is no model size. The
 * cases are generated from the catalog (its names and Hugging Face repositories), in English and Chinese sentences, and
 * the first invariant is also checked over every dev question of the corpus.
 */
class OneModelPerMentionTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static final List<Function<String, String>> FRAMES = List.of(
            n -> "can my 4090 run " + n + "? it fails to load",
            n -> "我用两张4090部署" + n + "，显存不够",
            n -> "INFO: loading " + n + " ... out of memory");

    private static List<Understood.Model> read(String text) {
        return FACTS.understand(PARSER.parse(text)).understood().models();
    }

    private static List<String> ids(String text) {
        return read(text).stream().map(m -> m.generic() ? "generic" : String.valueOf(m.id())).toList();
    }

    /** Current catalog models with a Hugging Face repository that, written alone, is read as the model itself. */
    private static List<ModelEntry> byRepo() {
        List<ModelEntry> out = new ArrayList<>();
        for (ModelEntry m : K.models().all()) {
            if (m.hf() == null || m.legacy() || m.paramsB() < 1) continue;
            String repo = m.hf().substring(m.hf().indexOf('/') + 1);
            if (ids("can my 4090 run " + repo + "?").equals(List.of(m.id()))) out.add(m);
        }
        return out;
    }

    private static final List<ModelEntry> MODELS = byRepo();

    private static String repo(ModelEntry m) {
        return m.hf().substring(m.hf().indexOf('/') + 1);
    }

    @Test
    void anUploadersPrefixedRepositoryAndTheBareOneAreOneModel() {
        assertThat(MODELS).hasSizeGreaterThan(50);
        List<String> wrong = new ArrayList<>();
        for (ModelEntry m : MODELS) {
            for (String uploader : List.of("TheBloke_", "bartowski_", "models--unsloth--")) {
                for (Function<String, String> frame : FRAMES) {
                    String text = frame.apply(uploader + repo(m) + "-GPTQ") + " (model_basename: " + repo(m) + "-GPTQ-4bit)";
                    List<String> got = ids(text);
                    if (!got.equals(List.of(m.id()))) wrong.add(text + " -> " + got);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A line's version with a dot ("Qwen2.5", "Llama-3.1") after its letters, to be written without it ("Qwen25"). */
    private static final Pattern DOTTED_VERSION = Pattern.compile("^([A-Za-z]+)[- ]?(\\d)\\.(\\d)(?![0-9.]*[Bb](?![a-z]))");
    /** A display name's size ("32B"), not a MoE's active count. */
    private static final Pattern NAME_SIZE = Pattern.compile("(?<=[ -])\\d{1,3}(?:\\.\\d)?B(?![a-zA-Z0-9])");

    @Test
    void aVersionWrittenWithoutItsDotBesideTheRepositoryIsOneModel() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (ModelEntry m : MODELS) {
            Matcher v = DOTTED_VERSION.matcher(m.name());
            Matcher size = NAME_SIZE.matcher(m.name());
            if (!v.find() || !size.find()) continue;
            // "Qwen2.5-VL 32B Instruct" -> "Qwen25 VL 32B": the line's version without its dot, the words up to the size
            String rest = m.name().substring(v.end(), size.end()).replace('-', ' ').strip();
            String shortForm = v.group(1) + v.group(2) + v.group(3) + (rest.isEmpty() ? "" : " " + rest);
            for (Function<String, String> frame : FRAMES) {
                String text = frame.apply(shortForm + " AWQ") + "; model: " + repo(m) + "-AWQ";
                cases++;
                List<String> got = ids(text);
                if (!got.equals(List.of(m.id()))) wrong.add(text + " -> " + got);
            }
        }
        assertThat(cases).isGreaterThan(30);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aPackagingWordAndASizeBesideTheRepositoryOfThatSizeAreOneModel() {
        List<String> wrong = new ArrayList<>();
        for (ModelEntry m : MODELS) {
            Matcher size = NAME_SIZE.matcher(m.name());
            if (!size.find()) continue;
            for (String packaging : List.of("AWQ", "GPTQ", "int4")) {
                String text = "loading " + packaging + " " + size.group() + " fails: " + repo(m) + "-" + packaging + " runs out of memory";
                List<String> got = ids(text);
                if (!got.equals(List.of(m.id()))) wrong.add(text + " -> " + got);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void twoModelsOfOneLineAndSizeThatDifferByAWordStayTwo() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (ModelEntry a : MODELS) {
            for (ModelEntry b : MODELS) {
                if (a == b || a.paramsB() != b.paramsB()) continue;
                String x = a.name().replaceAll("\\s*\\(.*\\)", ""), y = b.name().replaceAll("\\s*\\(.*\\)", "");
                // "Qwen2.5 7B Instruct" and "Qwen2.5-Coder 7B Instruct": every word of one in the other, which adds one
                List<String> wx = List.of(x.toLowerCase(Locale.ROOT).split("[- ]")), wy = List.of(y.toLowerCase(Locale.ROOT).split("[- ]"));
                if (wy.size() != wx.size() + 1 || !wy.containsAll(wx)) continue;
                if (!ids("can my 4090 run " + x + "?").equals(List.of(a.id())) || !ids("can my 4090 run " + y + "?").equals(List.of(b.id()))) continue;
                for (String text : List.of(x + " or " + y + " on my 4090?", "我的4090跑" + x + "还是" + y + "更好？")) {
                    cases++;
                    List<String> got = ids(text);
                    if (!(got.size() == 2 && got.containsAll(List.of(a.id(), b.id())))) wrong.add(text + " -> " + got);
                }
            }
        }
        assertThat(cases).isGreaterThan(4);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aModelNamedAgainInAShorterFormAfterItsFullNameIsOneModel() {
        // the line without its version or its word, at the same size, after the full name: the model named first
        assertThat(ids("testing ollama on llama2 7b with a 4090. on llama7b should we expect faster results?")).containsExactly("llama2-7b-chat");
        assertThat(ids("I run Llama-2-7b-chat-hf on a 3060. Is llama 7b supposed to use 14GB?")).containsExactly("llama2-7b-chat");
        assertThat(ids("我在4090上部署了Qwen2.5-Coder-32B-Instruct，qwen2.5 32b 只用了CPU")).containsExactly("qwen2.5-coder-32b-instruct");
        assertThat(ids("chatglm2-6b-int4模型报显存不足，但是启动“ChatGLM6B”服务会报错")).containsExactly("chatglm2-6b");
        assertThat(ids("qwen2.5-coder isn't using the GPU\nWhen running qwen2.5 (32b) it only uses the CPU.\nI pulled qwen2.5-coder:32b"))
                .containsExactly("qwen2.5-coder-32b-instruct");
        // a Mistral 0.x release written without its "0." beside its repository
        assertThat(ids("I use vLLM for mistral v2: model=\"mistralai/Mistral-7B-Instruct-v0.2\" on a T4")).containsExactly("mistral-7b-instruct-v0.2");
        assertThat(ids("我用vllm跑mistral v3，模型是mistralai/Mistral-7B-Instruct-v0.3，T4显存不够")).containsExactly("mistral-7b-instruct-v0.3");
        // near misses: the older line named first (a table), two forms weighed, another version, another size, another 0.x release
        assertThat(ids("InternLM-7B | InternLM-20B | InternLM2-7B on an Orin")).containsExactly("internlm-7b", "internlm-20b", "internlm2-7b-chat");
        assertThat(ids("llama2 7b or llama 7b, which is faster on my 3060?")).containsExactly("llama2-7b-chat", "llama1-7b");
        assertThat(ids("我的4090跑Qwen2.5-Coder 7B还是Qwen2.5 7B更好？")).containsExactly("qwen2.5-coder-7b-instruct", "qwen2.5-7b-instruct");
        // the shorter form told apart as another model ("The other model, X"), in a contrast of the person's own runs
        assertThat(ids("This model, QWEN 2.5 Coder 14B Instruct, no longer uses the GPU on my 4070.\n"
                + "The other model, QWEN 2.5 14B Instruct works fine with GPU acceleration."))
                .containsExactly("qwen2.5-coder-14b-instruct", "qwen2.5-14b-instruct");
        assertThat(ids("Qwen2.5 7B runs on my 3060. can I run qwen2 7b too?")).containsExactly("qwen2.5-7b-instruct", "qwen2-7b-instruct");
        assertThat(ids("llama2 7b works on my 3060. what about llama 13b?")).hasSize(2).contains("llama2-7b-chat");
        assertThat(read("Mistral-7B-Instruct-v0.2 works on my T4; will mistral v3 fit?")).hasSize(2);
    }

    /** A display name "Line V NB" or "LineV.W NB" ("Llama 2 7B", "Qwen2.5 7B Instruct", "Ministral 3 8B"). */
    private static final Pattern LINE_VERSION_SIZE = Pattern.compile("^([A-Za-z]+)[- ]?(\\d)(?:\\.(\\d))? (\\d{1,2})B(?: |$)");

    @Test
    void aNameWrittenWithUnderscoresKeepsItsVersionApartFromItsSize() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (ModelEntry m : K.models().all()) {
            Matcher n = LINE_VERSION_SIZE.matcher(m.name());
            if (!n.find()) continue;
            String version = n.group(2) + (n.group(3) == null ? "" : "_" + n.group(3));
            String dashed = n.group(1) + "-" + n.group(2) + (n.group(3) == null ? "" : "." + n.group(3)) + "-" + n.group(4) + "b";
            List<String> alone = ids("can my 4090 run " + dashed + "?");
            if (alone.size() != 1 || alone.get(0).equals("generic")) continue;
            List<String> spellings = new ArrayList<>(List.of(n.group(1) + "_" + version + "_" + n.group(4) + "b",
                    n.group(1).toLowerCase(Locale.ROOT) + "_" + version + "_" + n.group(4) + "B"));
            // the major version glued to the line, as local folders write it ("qwen1_5_7b", "llama3_1_8b")
            if (n.group(3) != null) spellings.add(n.group(1).toLowerCase(Locale.ROOT) + n.group(2) + "_" + n.group(3) + "_" + n.group(4) + "b");
            for (String under : spellings) {
                for (Function<String, String> frame : FRAMES) {
                    cases++;
                    String text = frame.apply(under);
                    List<String> got = ids(text);
                    if (!got.equals(alone)) wrong.add(text + " -> " + got + ", as " + dashed + ": " + alone);
                }
            }
        }
        assertThat(cases).isGreaterThan(30);
        assertThat(wrong).isEmpty();
        // after a release word, or after a version written with '_' for its dot, the digits are a size again
        assertThat(read("can my 4090 run internlm2_chat_1_8b?")).extracting(Understood.Model::paramsB).allMatch(p -> p < 2.5);
        assertThat(read("我的3060能跑qwen1_5_1_8b吗")).extracting(Understood.Model::paramsB).allMatch(p -> p < 2.5);
    }

    @Test
    void aPciAddressIsNoModelSize() {
        List<String> wrong = new ArrayList<>();
        for (String bus : List.of("1b", "2b", "3b", "4b", "5b", "6b", "7b", "8b", "9b", "1B", "3B", "7B")) {
            for (String address : List.of("0000:" + bus + ":00.0", "00000000:" + bus + ":00.0", bus + ":00.0")) {
                String alone = "ollama does not use my gpu. lspci | grep -i nvidia\n" + address + " VGA compatible controller: NVIDIA Corporation Device 2684";
                if (!read(alone).isEmpty()) wrong.add(alone + " -> " + read(alone));
                String withModel = "qwen2.5:7b runs on the CPU only. nvidia-smi: " + address + " Off";
                List<Understood.Model> got = read(withModel);
                if (got.size() != 1 || Math.abs(got.get(0).paramsB() - 7.6) > 0.5) wrong.add(withModel + " -> " + got);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Over every dev question: no two models read where one mention's text lies inside the other's, at the same size,
     * resolved to different models, unless the text compares the two.
     */
    @Test
    void noMentionInsideAnotherIsASecondModelOverTheDevCorpus() {
        List<String> wrong = new ArrayList<>();
        List<RealQuestion> dev = RealQuestionLoader.load(Path.of("eval", "real-questions")).stream().filter(q -> !q.heldOut()).toList();
        assertThat(dev).hasSizeGreaterThan(500);
        for (RealQuestion q : dev) {
            List<Understood.Model> models = read(q.text());
            for (Understood.Model a : models) {
                for (Understood.Model b : models) {
                    if (a == b || b.generic() || b.id() == null || b.id().equals(a.id()) || a.paramsB() <= 0) continue;
                    if (Math.abs(a.paramsB() - b.paramsB()) > 0.15 * Math.max(a.paramsB(), b.paramsB())) continue;
                    String x = squeezed(a.asked()), y = squeezed(b.asked());
                    if (!x.contains(y) || Contrast.compared(q.text(), a.asked(), b.asked())) continue;
                    // the longer mention stays when its own model accounts for its words at least as well (two releases of a line)
                    if (!a.generic() && a.name() != null && squeezed(a.name()).length() > 0 && x.contains(squeezed(a.name()))) continue;
                    wrong.add(q.id() + ": " + a.asked() + " (" + a.name() + ") and " + b.asked() + " (" + b.name() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String squeezed(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * A name the catalog lacks, written once with its size (a tag, a repository) and again without it as a file or a title,
     * only packaging after the name's words: one model, the stand-in of the size written; a word that is no packaging
     * ("-Vision") names another model.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "qwen3.8-flash-next:125b-mlx doesn't fit in 128 GB on my M4 Max, Qwen3.8-Flash-Next-UD-IQ4_XS fits | 1 | 125",
            "ollama run qwen3.8-flash-next:125b is slow on my M3 Ultra; the Qwen3.8-Flash-Next-MLX build too | 1 | 125",
            "Does Mistral-Next-Large-180B fit on 4x A100 80GB? Mistral-Next-Large-AWQ fails to load | 1 | 180",
            "两张3090能跑 Mistral-Next-Large-180B 吗？Mistral-Next-Large-Instruct-Q4_K_M.gguf 下载好了 | 1 | 180",
            "我用4090跑 deepseek-v5-lite-16b 爆显存，DeepSeek-V5-Lite-GGUF 也一样 | 1 | 16",
            "Can my 4090 run deepseek-v5-lite-16b? And DeepSeek-V5-Lite-Vision? | 2 | 16"
    })
    void anUnknownNameWrittenAgainWithoutItsSizeIsThatModel(String question, int models, double sizeB) {
        List<Understood.Model> read = read(question);
        assertThat(read).as(question).hasSize(models);
        assertThat(read).as(question).anyMatch(m -> m.generic() && m.paramsB() == sizeB);
    }
}
