package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role a model mention plays, by grammar, on generated sentences, as {@code HardwareRoleFormsTest} does for cards: a
 * table of sentence frames (one per way of saying a role, English and Chinese) times catalog models, each written in the
 * forms {@link CatalogNameFormsTest} derives from the catalog. The roles follow the corpus's labels
 * (eval/real-questions/README.md: "each model named"; models the person says already work are background while another
 * is asked about): a model asked about is read; one model written twice (a tag and its GGUF file, a repository and a short
 * form of its name) is one model; a family word used as a setting's key ("seed = 1024") is no model, nor is the billion a rule
 * of thumb is given per ("1B 参数 fp32 需要 4G"); both sides of a contrast the person draws about their own runs are asked
 * ("I can run X, but Y fails", "Y is slower than X": rule D), while a model said to work is background when another is asked
 * about ("X runs fine. Can it run Y?"), and so is a model the person ran before and left ("switched from X to Y", 以前用的是X) or
 * has replaced ("X would be upgraded to Y", "Y instead of X", 用Y代替X), one named only in a comment of pasted code, or
 * has or uses now while asking about another ("I have X downloaded; can it run Y?", "Besides X, …", 我现在用的是X, 除了X) unless
 * the question compares the two ("would Y be faster?", 哪个更快);
 * a list of models asked about is every one of them; auxiliary models (rule D) are context: the draft model of speculative
 * decoding (an engine's draft option, "X as the draft model", 草稿模型), a tokenizer taken from another model, an embedding or
 * reranking model (by its role or its own name), a run's output folder or file while the model loaded is named (--output_dir,
 * --outfile, save_pretrained, 输出目录), and the models a pasted GGUF metadata line names besides the one loaded; the size
 * class a loader's line prints ("model type = 13B") is the loaded model's, named elsewhere, and an example of other models ("no
 * problem with other models (ie X)", 其他模型（比如X）都正常) is context, as are a friend's or other users' run ("my friend runs X"), a
 * document's figure ("the README says X needs …", 官方文档说X…), what the maintainers said of a model, a program's list of the
 * models it supports (every member of the list, as of what else was tried: "I also tried X and Y") and a model whose approach
 * the person borrows ("like the way X does MoE", "similar to what llama.cpp does for X", 参考了X的做法), and the models
 * text-generation-webui's start-up menu lists beside the one it then loads; OpenAI's hosted models
 * ("GPT-4o mini") are no model at all.
 * The expected readings follow from those definitions and the catalog, never from the program. One row per frame.
 */
class ModelRoleFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    enum Role { ASKED, DUPLICATE, SHORT_FORM, SETTING, RATE, THRESHOLD, WORKING, CONTRAST, SWITCHED, HELD, COMPARED, LISTED, PASSING, ACTIVE, MODULE,
        DRAFT, AUXILIARY, TOKENIZER, OUTPUT, EMBEDDING, METADATA, RELEASES, COMMENT, BORROWED, PAGE, MENU }

    /** One generated question and the catalog ids it must be read as, in any order. */
    private record Case(String question, List<String> ids) { }

    private record Frame(Role role, String name, List<Case> cases) {
        @Override
        public String toString() { return role + ": " + name; }
    }

    /** Current catalog models with a repository, an Ollama tag and a size, one per family, so every line is met. */
    private static final List<ModelEntry> MODELS = pick();

    private static List<ModelEntry> pick() {
        // the forms are CatalogNameFormsTest's, which reads the catalog once before its own tests
        CatalogNameFormsTest.load();
        List<ModelEntry> out = new ArrayList<>();
        List<String> families = new ArrayList<>();
        for (ModelEntry m : K.models().all()) {
            if (m.legacy() || m.hf() == null || m.ollama() == null || families.contains(m.family())) continue;
            if (form(m, "hf repo").isEmpty() || form(m, "ollama tag").isEmpty() || form(m, "gguf file").isEmpty()) continue;
            families.add(m.family());
            out.add(m);
        }
        return out;
    }

    /** The form of {@code m}'s name a rule of {@link CatalogNameFormsTest} writes, when it names {@code m} alone. */
    private static Optional<String> form(ModelEntry m, String rule) {
        return CatalogNameFormsTest.forms(m).stream()
                .filter(f -> f.rule().equals(rule) && CatalogNameFormsTest.meant(m, f).size() == 1)
                .map(CatalogNameFormsTest.Form::text).findFirst();
    }

    private static String name(ModelEntry m) {
        return form(m, "name").orElse(m.hf());
    }

    /** A model's repository name as a web page's address writes it in its slug ("how-to-run-qwen2.5-7b-instruct-locally"). */
    private static String slug(ModelEntry m) {
        return m.hf().substring(m.hf().indexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** A frame with one model: {@code write} gives the question for a model, or null when the model has no such form. */
    private static Frame one(Role role, String frame, java.util.function.Function<ModelEntry, String> write) {
        List<Case> cases = new ArrayList<>();
        for (ModelEntry m : MODELS) {
            String q = write.apply(m);
            if (q != null) cases.add(new Case(q, List.of(m.id())));
        }
        return new Frame(role, frame, cases);
    }

    /** A frame with two models of different families and sizes; {@code expect} gives the ids read. */
    private static Frame two(Role role, String frame, BiFunction<ModelEntry, ModelEntry, List<String>> expect) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < MODELS.size(); i++) {
            ModelEntry a = MODELS.get(i);
            ModelEntry b = MODELS.get((i + 1) % MODELS.size());
            if (Math.abs(a.paramsB() - b.paramsB()) < 0.2 * Math.max(a.paramsB(), b.paramsB())) continue;
            cases.add(new Case(frame.replace("{a}", name(a)).replace("{b}", name(b)).replace("{arepo}", a.hf()).replace("{brepo}", b.hf())
                    .replace("{aslug}", slug(a)),
                    expect.apply(a, b)));
        }
        return new Frame(role, frame, cases);
    }

    /** A frame with three models of different families and sizes ({a}, {b}, {c}); {@code expect} gives the ids read. */
    private static Frame three(Role role, String frame, java.util.function.Function<List<ModelEntry>, List<String>> expect) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < MODELS.size(); i++) {
            ModelEntry a = MODELS.get(i), b = MODELS.get((i + 1) % MODELS.size()), c = MODELS.get((i + 2) % MODELS.size());
            if (!apart(a, b) || !apart(b, c) || !apart(a, c)) continue;
            cases.add(new Case(frame.replace("{a}", name(a)).replace("{b}", name(b)).replace("{c}", name(c)), expect.apply(List.of(a, b, c))));
        }
        return new Frame(role, frame, cases);
    }

    private static boolean apart(ModelEntry a, ModelEntry b) {
        return Math.abs(a.paramsB() - b.paramsB()) >= 0.2 * Math.max(a.paramsB(), b.paramsB());
    }

    private static Frame asked(String frame) {
        return beside(Role.ASKED, frame);
    }

    /** A model asked about beside words that are no model ({@code role}: what they are), read as that model alone. */
    private static Frame beside(Role role, String frame) {
        return one(role, frame, m -> frame.replace("{a}", name(m)));
    }

    /** A lone model that is no model asked about ({@code role}: why it is named), so none is read. */
    private static Frame noneAsked(Role role, String frame) {
        return new Frame(role, frame, MODELS.stream().map(m -> new Case(frame.replace("{a}", name(m)), List.<String>of())).toList());
    }

    /** The same model written in two forms ({x}, {y}: rules of {@link CatalogNameFormsTest}). */
    private static Frame duplicate(String frame, String x, String y) {
        return one(Role.DUPLICATE, frame + "  [" + x + " + " + y + "]", m -> {
            Optional<String> a = form(m, x), b = form(m, y);
            return a.isEmpty() || b.isEmpty() ? null : frame.replace("{x}", a.get()).replace("{y}", b.get());
        });
    }

    /** A repository's name: a line's letters, its version, a size and release words ("Llama-2-13b-chat-hf", "Qwen2.5-7B-Instruct"). */
    private static final Pattern VERSIONED = Pattern.compile(
            "([A-Za-z]{3,})[-_ ]?\\d{1,2}(?:\\.\\d{1,2})?[-_ ](\\d{1,3}(?:\\.\\d)?[Bb])((?:[-_](?:Instruct|instruct|Chat|chat|hf|it))*)");

    /** The line's letters and the size without the version ("llama 13b" of "Llama-2-13b-chat-hf"), when the name is so built. */
    private static Optional<String> shortForm(ModelEntry m) {
        String part = m.hf().substring(m.hf().indexOf('/') + 1);
        Matcher v = VERSIONED.matcher(part);
        return v.matches() ? Optional.of(v.group(1).toLowerCase(Locale.ROOT) + " " + v.group(2).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** A short form of the name before or after the repository or link that names the model in full. */
    private static Frame shortForm(String frame, String full) {
        return one(Role.SHORT_FORM, frame + "  [" + full + "]", m -> {
            Optional<String> s = shortForm(m), f = form(m, full);
            return s.isEmpty() || f.isEmpty() ? null : frame.replace("{s}", s.get()).replace("{f}", f.get());
        });
    }

    /**
     * Two releases of one catalog model compared ({x}: the repository's name; {x}-AWQ its quantized build): rule D reads both
     * sides of the contrast, so the model is read twice.
     */
    private static Frame releases(String frame) {
        return new Frame(Role.RELEASES, frame, MODELS.stream()
                .flatMap(m -> form(m, "hf name").stream().map(x -> new Case(frame.replace("{x}", x), List.of(m.id(), m.id()))))
                .toList());
    }

    static Stream<Frame> frames() {
        return Stream.of(
                asked("can my 3090 run {a}?"),
                asked("我的4060 Ti 16G能跑{a}吗"),
                // a colon after the name, then a number with its unit: no setting's value ("seed: 7"), the question's subject
                asked("{a}: 4bit or 8bit on my 3060?"),
                asked("{a}: 16gb enough?"),
                asked("{a}：4bit量化，4090能跑吗"),
                duplicate("I pulled {x} (the file is {y}) and it runs out of memory on my 3090", "ollama tag", "gguf file"),
                duplicate("我用 ollama run {x}，下载的是 {y}，4060跑很慢", "ollama tag", "hf repo"),
                duplicate("Loading {x} from {y} fails on my 4090", "gguf file", "hf link"),
                duplicate("{x}（{y}）在两张3090上显存不够", "hf name", "ollama tag"),
                shortForm("I downloaded the {s} model ({f}) and it OOMs on my 3060", "hf repo"),
                shortForm("I downloaded {s} from {f}, out of memory on a 3090", "hf link"),
                shortForm("下载了{s}模型（{f}），3090显存不够", "hf repo"),
                shortForm("running {f} on a T4; the docs say {s} in 8-bit runs on a 16GB GPU", "hf repo"),
                beside(Role.SETTING, "Output generated in 18.04 seconds (0.55 tokens/s, 10 tokens, context 66, seed 1920742399) with {a} on my 3090"),
                beside(Role.SETTING, "I set seed = 1024 and run {a} on a 4060, it is slow"),
                beside(Role.SETTING, "options = {\"seed\": 42, \"num_ctx\": 4096} for {a} on my 4070, OOM"),
                beside(Role.SETTING, "{a}在4090上很慢，参数：seed: 7, top_p 0.8"),
                beside(Role.SETTING, "python run.py --seed 3407 --model {a} OOM on 3090"),
                // logs align a setting's value with runs of spaces
                beside(Role.SETTING, "main: seed  = 1686941892\nllama_model_load_internal: n_ctx      = 2048\n{a} is very slow on my 3090"),
                beside(Role.SETTING, "{a}在4060上爆显存，日志：seed     :   42"),
                // one model's repository written twice, as a tool's folder and the name of the model
                duplicate("I ran {x} on my 3090 and it fails: OSError: {y} is incomplete", "hf repo", "hf cache folder"),
                duplicate("{x} 下载到了 {y}，4090加载时显存不够", "hf repo", "modelscope cache folder"),
                duplicate("ollama run {x} is fine, but LM Studio's {y} crashes on my 4060", "ollama tag", "lm studio models path"),
                duplicate("`{y}` ({x}) runs out of memory on two 3090s", "hf name", "unsloth dynamic gguf in its folder"),
                beside(Role.RATE, "我看一些评论说正常 1B 参数 fp32 推理需要 4G左右，{a}推理只需要8.2G？"),
                beside(Role.RATE, "{a}需要多少显存？按每1B参数2G算吗"),
                beside(Role.RATE, "As a rule of thumb each 1B parameters needs 2GB in fp16; how much does {a} need?"),
                beside(Role.RATE, "At 4-bit it is about 0.6 GB per 1B params, so can my 3060 run {a}?"),
                // a memory amount with "b" slipped in for "g" after a verb of using or having is memory, not a model
                beside(Role.RATE, "{a}为什么会用到80b显存？"),
                beside(Role.RATE, "我只有24b显存，能跑{a}吗"),
                beside(Role.RATE, "{a} uses about 20b of vram on my 4090, is that normal?"),
                beside(Role.RATE, "I only have 16b vram. Can I run {a}?"),
                // a gap between two sizes is no model: the models compared are named apart
                beside(Role.RATE, "{a}和它的上一代只相差1B参数，为什么4090显存占用多了这么多？"),
                beside(Role.RATE, "{a}比上一版大了3B，3060还能跑吗"),
                beside(Role.RATE, "{a} has only 2B more parameters than its predecessor; why does it need twice the VRAM on my 4090?"),
                beside(Role.RATE, "The two releases differ by only 1B, yet {a} runs out of memory on my 3090"),
                beside(Role.RATE, "{a} is bigger by 3B than the old one. Will it still fit on my 4060?"),
                // a point on the scale of sizes where behaviour changes is no model
                beside(Role.THRESHOLD, "{a} is fast with MLX on my M2 Ultra, but larger models slow down; the inflection point is at about a 22B parameter model."),
                beside(Role.THRESHOLD, "The cutoff seems to be around 13B: above it everything is slow on my 3090, {a} included"),
                beside(Role.THRESHOLD, "{a}在4090上很慢，分界点大概在30B左右"),
                // rule D: both sides of a contrast the person draws about their own runs are asked ("X runs fine, but Y fails")
                two(Role.CONTRAST, "I can run {a}, but {b} runs out of memory on my 4090", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "I can run {a} fine but {b} crashes on my 3090", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "We could already load {a}; however {b} hangs on two 3090s", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "{a} runs fine on my 3060, but {b} is extremely slow", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "{b} is much slower than {a} on my 3090, why?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "我本地可以跑{a}， 但是跑不了{b}", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "4090能跑{a}，不过{b}跑不起来", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "{b}在4090上比{a}慢很多，为什么", (a, b) -> List.of(a.id(), b.id())),
                // rule D across sentences: the failure told in one sentence (a title, a log's lead-in), the working run in another
                two(Role.CONTRAST, "{b} runs out of memory on my 4090.\nFor comparison, {a} works fine with the same settings.", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "Loading {b} on two 3090s fails with an error. I was able to run {a} on the same machine.", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "{a} ran fine yesterday on my 3060.\nToday {b} crashes right after loading.", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "Why does {b} OOM on my A100? {a} loads fine there.", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "{b} is extremely slow on my M2 Max.\nThe same prompt with {a} runs smoothly.", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "4090上部署{b}显存不足。\n同样的命令部署{a}运行正常。", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "用3090加载{b}报错。同样的环境下跑{a}都可以的。", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "{a}在A10上运行得很好。换了{b}以后推理特别慢。", (a, b) -> List.of(a.id(), b.id())),
                // the GPU left out is a fault of the run as well; "the other model, X" is the second of the pair, no example
                two(Role.CONTRAST, "{b} does not use the GPU of my 4070 anymore. {a} works fine.", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "This model, {b}, does not use the GPU anymore but instead uses the CPU.\n"
                        + "The other model, {a} works fine with GPU acceleration on my 4070.", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "4090上跑{b}没有用到显卡。{a}运行正常。", (a, b) -> List.of(a.id(), b.id())),
                // a model that worked before an update, in a post telling the regression, is asked like the one in the title
                two(Role.CONTRAST, "Does v0.3.12 crash with {b}?\nIn v0.3.9, {b} and {a} ran normally. After upgrading to v0.3.12, "
                        + "both models crash on my M1 Pro.", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "新版本跑{b}会崩溃吗？\n之前的版本{b}和{a}都运行正常，升级到0.6之后两个模型都报错了。", (a, b) -> List.of(a.id(), b.id())),
                // a failure only feared or asked about is no contrast: the working model stays background
                two(Role.WORKING, "{a} runs fine on my 4090. Will {b} run out of memory?", (a, b) -> List.of(b.id())),
                two(Role.WORKING, "{a}在3090上运行正常。{b}会不会显存不足？", (a, b) -> List.of(b.id())),
                // an issue template's examples in the brackets after its "model used" label: the answer after the colon is the model
                two(Role.PASSING, "- 使用的模型（{b} 等）：{a}\n- 显卡：RTX 4090 24G\n加载时显存不足", (a, b) -> List.of(a.id())),
                two(Role.PASSING, "- 使用的模型（{b} / 其它 等）：{a} / Model used ({b} / other, etc.): {a}\n4090 上推理很慢", (a, b) -> List.of(a.id())),
                two(Role.PASSING, "**Model used (e.g. {b}):** {a}\nIt runs out of memory on my 3090", (a, b) -> List.of(a.id())),
                two(Role.PASSING, "LLM (for example {b} / other): {a}\nGPU: A100 40GB, it is very slow", (a, b) -> List.of(a.id())),
                // a model said to work while another is asked about is context
                two(Role.WORKING, "{a} runs fine on my 4090. Can it run {b}?", (a, b) -> List.of(b.id())),
                two(Role.WORKING, "I was able to run {a} on my 3090; would {b} fit too?", (a, b) -> List.of(b.id())),
                two(Role.WORKING, "I can run {a} on my 3090, but can it run {b}?", (a, b) -> List.of(b.id())),
                two(Role.WORKING, "{a}在4060上运行流畅，{b}能跑吗", (a, b) -> List.of(b.id())),
                two(Role.WORKING, "{a}可以正常运行，但是{b}能在3090上跑吗", (a, b) -> List.of(b.id())),
                // rule D: a model the person ran before and left for another is context
                two(Role.SWITCHED, "I switched from {a} to {b} and now it runs out of memory on my 3090", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "After moving from {a} to {b}, my 4090 is very slow", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "I used to run {a} on my 3060; can it run {b}?", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "Can a 4070 run {b}? I moved away from {a} because it was too weak.", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "I replaced {a} with {b} and it no longer fits on my 4090", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "Upgraded from {a} to {b} on two 3090s and the speed dropped a lot", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "我从{a}换成了{b}，4090就爆显存了", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "把{a}换成{b}以后，3090上很慢", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "之前用的是{a}，现在想在4060上跑{b}，可以吗", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "{a}换成{b}后显存不够，3090", (a, b) -> List.of(b.id())),
                // a model being replaced is left, whether or not the clause asks
                two(Role.SWITCHED, "It would be great if the {a} model currently used would be upgraded to {b}, so it fits on an 8GB 3060",
                        (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "Can {a} be replaced with {b} on my 4090?", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "Should I replace {a} with {b} on two 3090s?", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "I want to run {b} instead of {a} on my 3060, is 12GB enough?", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "用{b}代替{a}以后，4090显存不够", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "我想在3090上跑{b}而不是{a}，可以吗", (a, b) -> List.of(b.id())),
                // near misses: the model replaced into is asked, and a comparison without replacing keeps both sides
                two(Role.COMPARED, "Would {b} be faster than {a} on my 4090?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.SWITCHED, "{a} was upgraded to {b} in the app; now my 3060 runs out of memory", (a, b) -> List.of(b.id())),
                // the time said first or after the run ("previously I ran X", "I was running X before"); alone, the model is asked
                two(Role.SWITCHED, "Can my 4090 run {b}? Previously I ran {a} and it was fine", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "I was running {a} before. Can two 3090s run {b}?", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "In the past we used {a}; now {b} runs out of memory on our A100", (a, b) -> List.of(b.id())),
                // the time first, the way or the place next, the verb's 过 last: a run the person had and is over
                two(Role.SWITCHED, "早些时候通过ktransformers运行过{a}，现在4090跑{b}显存爆了", (a, b) -> List.of(b.id())),
                two(Role.SWITCHED, "之前在3090上跑过{a}，{b}为什么报错", (a, b) -> List.of(b.id())),
                asked("I was running {a} before it crashed on my 4090"),
                // a web page's address names the page, not the model asked (rule D); a model hub's address names its model
                two(Role.PAGE, "{b} runs out of memory on my 3060. I followed https://example.com/blog/how-to-run-{aslug}-locally",
                        (a, b) -> List.of(b.id())),
                two(Role.PAGE, "Can my 4090 run {b}? This thread says yes: https://www.reddit.com/r/LocalLLaMA/comments/1abc2de/{aslug}_on_a_4090/",
                        (a, b) -> List.of(b.id())),
                one(Role.PAGE, "Can my 3060 run the model from https://example.com/blog/how-to-run-{aslug}-locally?",
                        m -> "Can my 3060 run the model from https://example.com/blog/how-to-run-" + slug(m) + "-locally?"),
                two(Role.ASKED, "{b} is slow on my 3060. Is https://huggingface.co/{arepo} any faster?", (a, b) -> List.of(a.id(), b.id())),
                // text-generation-webui's start-up menu lists the models on disk; the one loaded is printed after the choice
                two(Role.MENU, "CUDA out of memory on my 3060\nThe following models are available:\n\n1. {a}\n2. {b}\n\n"
                        + "Which one do you want to load? 1-2\n\n2\n\nLoading {b}...", (a, b) -> List.of(b.id())),
                two(Role.MENU, "Which of these fits my 3060?\nThe following models are available:\n\n1. {a}\n2. {b}\n\n"
                        + "Which one do you want to load? 1-2", (a, b) -> List.of(a.id(), b.id())),
                // a remark in pasted code's comments names no model the code runs (the sample code people copy)
                two(Role.COMMENT, "vLLM runs out of memory on two 3090s:\n```python\n# Pass the default decoding hyperparameters of {a}\n"
                        + "llm = LLM(model=\"{brepo}\", tensor_parallel_size=2)\n```", (a, b) -> List.of(b.id())),
                two(Role.COMMENT, "```\nmodel = AutoModelForCausalLM.from_pretrained(\"{brepo}\")  # the same code works for {a}\n```\n"
                        + "4090上显存不够", (a, b) -> List.of(b.id())),
                two(Role.COMMENT, "It is slow on my 3060\n```js\n// {a} was tried here before\nconst model = \"{b}\";\n```", (a, b) -> List.of(b.id())),
                // unfenced, as tracebacks are pasted: a comment after code on its line
                two(Role.COMMENT, "Traceback (most recent call last):\n    pipe = pipeline('/data/{brepo}', # /home/me/{a}\n2080 Ti上显存不够",
                        (a, b) -> List.of(b.id())),
                two(Role.COMMENT, "model = AutoModelForCausalLM.from_pretrained(\"{brepo}\")  // {a} worked here\nOOM on my 3090", (a, b) -> List.of(b.id())),
                // near misses: a root shell's prompt is a command, not a comment; a comment is read when nothing else names a model
                two(Role.LISTED, "My 3060 fails on both:\n```\n# ollama run {a}\nError: out of memory\n# ollama run {b}\n```", (a, b) -> List.of(a.id(), b.id())),
                two(Role.COMMENT, "it runs out of memory on my 3090\n```python\n# load {b}\nmodel = load()\n```", (a, b) -> List.of(b.id())),
                two(Role.LISTED, "# {a} and {b} on my 4090\nBoth run out of memory", (a, b) -> List.of(a.id(), b.id())),
                // rule D: a model the person already has or uses now, named while the question is about another, is context
                two(Role.HELD, "I have {a} downloaded; can my 3060 run {b}?", (a, b) -> List.of(b.id())),
                two(Role.HELD, "I already have {a} running on my 3090. Would {b} fit as well?", (a, b) -> List.of(b.id())),
                two(Role.HELD, "I'm currently using {a} on a 4090, is it possible to run {b} there?", (a, b) -> List.of(b.id())),
                two(Role.HELD, "Can two 3090s serve {b}? Right now I run {a}.", (a, b) -> List.of(b.id())),
                two(Role.HELD, "Besides {a}, can my 4060 Ti 16GB run {b}?", (a, b) -> List.of(b.id())),
                two(Role.HELD, "Apart from {a}, what about {b} on an RTX 3060 12GB?", (a, b) -> List.of(b.id())),
                two(Role.HELD, "我本地有个{a}，想知道4090能不能跑{b}", (a, b) -> List.of(b.id())),
                two(Role.HELD, "我现在用的是{a}，{b}在3090上能跑吗", (a, b) -> List.of(b.id())),
                two(Role.HELD, "目前在跑{a}。请问两张4090可以部署{b}吗？", (a, b) -> List.of(b.id())),
                two(Role.HELD, "除了{a}，我的3060还能跑{b}吗", (a, b) -> List.of(b.id())),
                // a model the person has stays a side of the question when the question compares the two (rule D)
                two(Role.COMPARED, "I'm running {a} on my 4090; would {b} be faster?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.COMPARED, "I have {a} and {b}. Which is better on my 3060?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.COMPARED, "我现在用的是{a}，{b}会比它快吗？3090", (a, b) -> List.of(a.id(), b.id())),
                two(Role.COMPARED, "我有{a}和{b}，哪个在4060上更快", (a, b) -> List.of(a.id(), b.id())),
                two(Role.LISTED, "我的3060能跑{a}, {b}吗", (a, b) -> List.of(a.id(), b.id())),
                two(Role.LISTED, "请问4090可以跑{a}还是{b}", (a, b) -> List.of(a.id(), b.id())),
                two(Role.LISTED, "Can my 4090 run {a} and {b}?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.LISTED, "I wonder if I can run {a}, or {b} on a 3090", (a, b) -> List.of(a.id(), b.id())),
                // rule D: a model named in passing (another with the same fault, an example of other models, one likened to) is context
                two(Role.PASSING, "{b} does not load on my 3060 since the update. I had the same issue with {a} and thought it was the driver",
                        (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} runs out of memory on my 4090. {a} has the same problem.", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} is extremely slow on my M2 Pro, though the GPU works with other models (e.g. {a})", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "Can I run {b} on two 3090s? It has the same architecture as {a}", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} only uses the CPU. I can switch to another model ({a}) and it uses the GPU", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} is slow on my 4090, while another model like {a} is fast", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b}在4060上很慢，换成{a}也一样", (a, b) -> List.of(b.id())),
                // the other side of "the same issue": a model the fault does not show with is the person's yardstick
                two(Role.PASSING, "{b} takes a minute before the second answer on my 4090. This issue does not occur when I run {a}.", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} crashes on my 3060 with long prompts; the problem doesn't happen with {a}", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} runs out of memory on two 3090s. {a} doesn't have this issue.", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b}在4090上第二次提问要等很久，{a}没有这个问题", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "3090跑{b}爆显存，{a}就不会出现这种情况", (a, b) -> List.of(b.id())),
                // near misses: asked whether the fault shows with another model, or it does: both are read
                two(Role.COMPARED, "{b} crashes on my 3060. Does this issue occur with {a} too?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "{a} runs fine on my 3060, but {b} is extremely slow, and the problem doesn't go away", (a, b) -> List.of(a.id(), b.id())),
                // a model another is likened to, in passing ("comparable to X", 相当于X); asked about, both are read
                two(Role.PASSING, "{b} is slow on my 4090, though I heard its speed is comparable to {a}.", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} runs at 6 tokens/s on two 3090s; people say it is on par with {a}", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b}在4090上很慢，据说速度相当于{a}。", (a, b) -> List.of(b.id())),
                // hearsay: what a third party told of a model, or what the person heard; asked whether someone said it, both are read
                two(Role.PASSING, "My friend told me that {a} runs on his 4090. Can my 4090 run {b}?", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "Someone said {a} needs 48GB. Will {b} fit on my 3090?", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "I heard {a} is fast; can my 3060 run {b}?", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "我朋友说他用4090跑过{a}，我的4090能跑{b}吗", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "听说{a}很快，我的4060能跑{b}吗", (a, b) -> List.of(b.id())),
                two(Role.COMPARED, "Did someone say {a} runs on a 4090? Can my 4090 run {b}?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.COMPARED, "Is {b} comparable to {a} in speed on my 3090?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.PASSING, "4090跑{b}爆显存，其他{a}都正常", (a, b) -> List.of(b.id())),
                // an example of other models, however it is marked ("i.e.", "ie", quoted, 比如 in brackets)
                two(Role.PASSING, "{b} crashes on my 3060 with longer prompts. No problem with other models (ie `{a}`)", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} is slow on my 4090; the GPU is used with other models (i.e. \"{a}\")", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b}在4090上爆显存，其他模型（比如{a}）都正常", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "3090跑{b}很慢，别的模型如{a}没问题", (a, b) -> List.of(b.id())),
                // near misses: "i.e." that does not mark an example of other models lists what is asked
                two(Role.LISTED, "{a} and {b}, i.e. both models, run out of memory on my 3090", (a, b) -> List.of(a.id(), b.id())),
                two(Role.LISTED, "我的4090能跑{a}和{b}吗", (a, b) -> List.of(a.id(), b.id())),
                // a loader's line with the loaded model's size class is the size of the model named elsewhere
                beside(Role.METADATA, "ollama run {a} fails on my 3060\nprint_info: model type       = 3B\nprint_info: model params     = 3.84 B"),
                beside(Role.METADATA, "{a}在4090上很慢\nllm_load_print_meta: model type       = 13B\nllm_load_print_meta: model ftype      = Q4_K - Medium"),
                beside(Role.METADATA, "llama_model_load_internal: model size = 65B\nllama_model_load_internal: n_ctx = 2048\n{a} is very slow on my 3090"),
                // rule D: what else was tried besides the model asked about is context
                two(Role.PASSING, "{b} runs out of memory on my 4090. I also tried {a}.", (a, b) -> List.of(b.id())),
                // a model run only to check the machine, a probe of the setup
                two(Role.PASSING, "{b} loads all layers on the CPU of my 4090. I use {a} to check the GPU can run.", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "I ran {a} first to make sure the install works; now {b} crashes on my 3060", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} crashes on my 3060; I have also tested {a}", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b}在4090上爆显存，也试过{a}", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b}在3090上很慢，还试了{a}", (a, b) -> List.of(b.id())),
                // rule D: a model someone else ran, told in passing, is context; the person's own run and a question about
                // another's test are not
                two(Role.PASSING, "I want to run {b} on my 4090, since you guys have tested with the {a} model", (a, b) -> List.of(b.id())),
                // a friend's or other users' run, and a document's figure, are the question's yardstick (rule D)
                two(Role.PASSING, "My 4060 runs out of memory with {b}, while my friend runs {a} on the same card.", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "Others on Reddit run {a} on 8x H100; can my two 4090s run {b}?", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "我同事跑的是{a}，我想在4060上跑{b}，可以吗", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "Can my 3090 run {b}? The README says {a} needs two 4090s.", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "According to the model card, {a} needs 48GB. Will {b} fit on my 4070 12GB?", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "官方文档说{a}需要两张4090，我的3090能跑{b}吗", (a, b) -> List.of(b.id())),
                // what the project's people said of a model, and a program's list of what it supports (every member of it)
                two(Role.PASSING, "I have a 3090. The maintainer said {a} needs two cards. Can one 3090 run {b}?", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "Can my 4070 12GB run {b}? The developers recommended {a} for this app.", (a, b) -> List.of(b.id())),
                three(Role.PASSING, "The app supports {a} and {c}. Can my 3060 run {b}?", m -> List.of(m.get(1).id())),
                three(Role.PASSING, "Can my 4090 run {b}? The README lists {a}, {c} as supported models.", m -> List.of(m.get(1).id())),
                three(Role.PASSING, "Supported models: {a}, {c}. Will {b} fit on my 4070 12GB?", m -> List.of(m.get(1).id())),
                three(Role.PASSING, "支持的模型有{a}、{c}，我的3090能跑{b}吗", m -> List.of(m.get(1).id())),
                three(Role.PASSING, "我看已经支持到{a}、{c}了，请问{b}在4090上能跑吗", m -> List.of(m.get(1).id())),
                three(Role.PASSING, "目前支持{a}和{c}，{b}用两张3090够吗", m -> List.of(m.get(1).id())),
                three(Role.PASSING, "{b} SFT\n我看已经支持到{a}，{c}了，请问有人在4090上跑过吗", m -> List.of(m.get(1).id())),
                three(Role.PASSING, "{b} runs out of memory on my 4090. I also tried {a} and {c}.", m -> List.of(m.get(1).id())),
                // near misses: asking the maintainers or whether the app supports them asks about them; a plain list is asked
                two(Role.COMPARED, "Did the maintainers say {a} or {b} runs on a 3090?", (a, b) -> List.of(a.id(), b.id())),
                three(Role.LISTED, "Does the app support {a}, {b} and {c} on a 4090?", m -> m.stream().map(ModelEntry::id).toList()),
                three(Role.LISTED, "Can my 3090 run {a}, {b} or {c}?", m -> m.stream().map(ModelEntry::id).toList()),
                // OpenAI's hosted models are no model to size, however their name goes on ("GPT-4o mini", "gpt-4o")
                beside(Role.PASSING, "Can my 4060 8GB run {a}? I want something like GPT-4o mini."),
                beside(Role.PASSING, "I'm using gpt-4o via the API; can my 4090 run {a} locally instead?"),
                // near misses: asking whether a friend can run it, or a comparison the person asks, names both
                two(Role.COMPARED, "Can my friend run {a} on his 3090, and can I run {b} on my 4090?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.PASSING, "Can my 3090 run {b}? I know you've already tested it with {a}.", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} runs out of memory on two 3090s. Someone said they ran {a} on the same cards.", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} is slow on my M2 Max; people used {a} without trouble", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "4090跑{b}爆显存，你们测试过{a}", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b}在3090上很慢，别人跑过{a}，速度正常", (a, b) -> List.of(b.id())),
                // what others can run, told as the baseline of the person's question, is context too
                two(Role.PASSING, "If {b} is that small and ppl can run {a} on 1xA100, why does {b} need four?", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b} runs out of memory on my 3090, yet people are able to run {a} on the same card", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "Why is {b} so slow on my 4090? Folks could already run the {a} at 40 tok/s", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "{b}在4090上爆显存，别人都能跑{a}", (a, b) -> List.of(b.id())),
                two(Role.PASSING, "大家也可以运行{a}，为什么我的3060跑{b}就报错", (a, b) -> List.of(b.id())),
                // near misses: asking whether others can run it asks about it
                two(Role.COMPARED, "Can people run {a} or {b} on a 3090?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.COMPARED, "别人能跑{a}吗？{b}呢？", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "{b} runs out of memory on my 4090. I have tested with {a} and it works", (a, b) -> List.of(a.id(), b.id())),
                two(Role.COMPARED, "{b} is slow on my 3090. Have you tested with {a}?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.COMPARED, "Did they run {a} or {b} on the 4090?", (a, b) -> List.of(a.id(), b.id())),
                // rule D: the draft model of speculative decoding is auxiliary; the model it speeds up is asked about
                two(Role.DRAFT, "vllm serve {b} --speculative-model {a} runs out of memory on two 3090s", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "vllm serve {b} --speculative_config '{\"model\": \"{a}\", \"num_speculative_tokens\": 5}' fails on my 4090",
                        (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "./llama-server -m {b} -md {a} -ngl 99 is slow on my 3090", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "I use {a} as the draft model for {b} on a 4090; is 20 tok/s normal?", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "{b} with draft model {a} on my 4090 is slower than without it", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "{b} runs out of memory on my 3090 with speculative decoding. The draft model is {a}.", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "4090上跑{b}很慢，草稿模型用的是{a}", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "用{a}作为草稿模型给{b}做投机采样，4090上速度没提升", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "草稿模型用 {a}，主模型 {b}，两张3090显存不够", (a, b) -> List.of(b.id())),
                // a "main + draft" pair in a sentence about speculative decoding, as the apps list it; a '+' elsewhere lists two
                two(Role.DRAFT, "My 3090 is slow. LM Studio's speculative decoding reaches 83 tok/s with {b}+{a}.", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "Speculative decoding with {b} + {a} on a 4090 is no faster than {b} alone", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "4090上用投机解码 {b} + {a}，速度没有提升", (a, b) -> List.of(b.id())),
                // the draft of a pair labelled after it, as benchmark tables and the apps list it, its file's format in between
                two(Role.DRAFT, "{b} Q4 MLX (main) + {a} Q4 MLX (draft): 33 tok/s on my M1 Pro 32GB, 38 without it", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "On my 4090, {b} (8-bit) + {a} draft is slower than without it", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "main: {b}, draft: {a}. It is slower on my 3090 than without speculation", (a, b) -> List.of(b.id())),
                two(Role.DRAFT, "4090上 {b}（主模型）+ {a}（草稿）反而更慢", (a, b) -> List.of(b.id())),
                // a role said once, in the plural, after a list of drafts is every member's, a file's format words between
                three(Role.DRAFT, "I'm using {c} for the main model and I tried {a} and {b} GGUFs with Q4_K_M as draft models for it, on a 4090",
                        m -> List.of(m.get(2).id())),
                three(Role.DRAFT, "{c} on two 3090s is slower with {a}, {b} as draft models", m -> List.of(m.get(2).id())),
                three(Role.DRAFT, "My 3090 runs {c}; I also keep {a} or {b} files as drafts for it. Which is faster?", m -> List.of(m.get(2).id())),
                // near miss: a singular role after two names is the last one's ("X and Y as the draft model": X is the main model)
                two(Role.DRAFT, "I run {b} and {a} as the draft model on a 4090; is 30 tok/s normal?", (a, b) -> List.of(b.id())),
                two(Role.LISTED, "Can my 4090 run {b} + {a} at the same time?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.LISTED, "Speculative decoding is off. {b} + {a} on two 3090s run out of memory", (a, b) -> List.of(a.id(), b.id())),
                // an auxiliary model's cache folder in a log (an embedding model) is no model asked about
                beside(Role.AUXILIARY, "{a} on my 3090 fails: OSError: /root/.cache/huggingface/hub/models--BAAI--bge-m3/snapshots/5617a9f61b is incomplete"),
                beside(Role.AUXILIARY, "{a}在4090上报错，日志里有 ~/.cache/huggingface/hub/models--sentence-transformers--all-MiniLM-L6-v2"),
                // rule D: a tokenizer taken from another model is auxiliary (vLLM --tokenizer, SGLang --tokenizer-path, AutoTokenizer)
                two(Role.TOKENIZER, "vllm serve {brepo} --tokenizer {arepo} fails on my 4090", (a, b) -> List.of(b.id())),
                two(Role.TOKENIZER, "python -m sglang.launch_server --model-path {brepo} --tokenizer-path {arepo} OOM on two 3090s",
                        (a, b) -> List.of(b.id())),
                two(Role.TOKENIZER, "tokenizer = AutoTokenizer.from_pretrained(\"{arepo}\")\nmodel = AutoModelForCausalLM.from_pretrained(\"{brepo}\","
                        + " device_map=\"auto\") runs out of memory on my 3090", (a, b) -> List.of(b.id())),
                two(Role.TOKENIZER, "I load {b} with the tokenizer of {a} on a 4090 and it is slow", (a, b) -> List.of(b.id())),
                two(Role.TOKENIZER, "用{a}的分词器加载{b}，4090显存不够", (a, b) -> List.of(b.id())),
                // where a run writes its output (a trainer's or converter's output folder or file, save_pretrained) names no model
                // run while the model loaded is named: such folders keep the name of the model they were first made for
                two(Role.OUTPUT, "python train.py --model_name_or_path {brepo} --output_dir ./output_{aslug}_lora runs out of memory on my 4090",
                        (a, b) -> List.of(b.id())),
                two(Role.OUTPUT, "llamafactory-cli train --model_name_or_path {brepo} --output-dir ./{aslug}-sft: CUDA OOM on two 3090s",
                        (a, b) -> List.of(b.id())),
                two(Role.OUTPUT, "args = TrainingArguments(output_dir=\"./{aslug}-finetuned\")\nmodel = AutoModelForCausalLM.from_pretrained(\"{brepo}\")"
                        + " fails on a 4090", (a, b) -> List.of(b.id())),
                two(Role.OUTPUT, "python convert_hf_to_gguf.py {brepo} --outfile {aslug}-q8_0.gguf, then my 3060 cannot load it", (a, b) -> List.of(b.id())),
                two(Role.OUTPUT, "Loading {brepo} and model.save_pretrained(\"./{aslug}-merged\") runs out of memory on my 3090", (a, b) -> List.of(b.id())),
                two(Role.OUTPUT, "4090上微调{brepo}爆显存，命令是 --save_dir ./output_{aslug}_lora", (a, b) -> List.of(b.id())),
                two(Role.OUTPUT, "用 {brepo} 训练，输出目录 ./{aslug}-sft，3090 显存不够", (a, b) -> List.of(b.id())),
                two(Role.OUTPUT, "合并 {brepo} 的 lora，保存路径为 /data/{aslug}-merged，4090 爆显存", (a, b) -> List.of(b.id())),
                // near miss: the output alone is the only name of what was built, so it is the model asked about
                one(Role.OUTPUT, "trtllm-build --checkpoint_dir ./ckpt --output_dir ./engines/{aslug}-fp16 fails on my 4090",
                        m -> "trtllm-build --checkpoint_dir ./ckpt --output_dir ./engines/" + slug(m) + "-fp16 fails on my 4090"),
                // rule D: an embedding or reranking model beside the chat model is auxiliary, by its role or by its own name
                two(Role.EMBEDDING, "I use {a} as the embedding model and {b} for chat on my 3090, it is slow", (a, b) -> List.of(b.id())),
                two(Role.EMBEDDING, "embedding model: {a}, LLM: {b}; out of memory on a 4090", (a, b) -> List.of(b.id())),
                two(Role.EMBEDDING, "Dify 用 {b} 做对话模型，{a} 做向量模型，3060 很慢", (a, b) -> List.of(b.id())),
                two(Role.EMBEDDING, "向量模型用{a}，大模型用{b}，4090爆显存", (a, b) -> List.of(b.id())),
                two(Role.EMBEDDING, "rerank模型用{a}，LLM用{b}，两张3090不够", (a, b) -> List.of(b.id())),
                beside(Role.EMBEDDING, "{a} with nomic-embed-text:latest for RAG is very slow on my 3060"),
                beside(Role.EMBEDDING, "ollama ps shows {a} and bge-m3:latest loaded; the 4060 is out of memory"),
                beside(Role.EMBEDDING, "I serve {a} and mxbai-embed-large:latest on a 3090, why is it slow"),
                beside(Role.EMBEDDING, "Qwen3-Embedding-8B 和 {a} 一起部署在4090上显存不够"),
                beside(Role.EMBEDDING, "{a} plus Qwen/Qwen3-Reranker-4B on two 3090s: OOM"),
                beside(Role.EMBEDDING, "{a}和qwen3-embedding:8b一起跑，4060很慢"),
                // GGUF metadata a loader prints about other models (the base of a fine-tune, the license's repository) names
                // none run (ggml docs/gguf.md, "General metadata"); general.name is the model loaded
                two(Role.METADATA, "{b} crashes on my 3060\nllama_model_loader: - kv   9:                  general.base_model.0.name str              = {a}"
                        + "\nllama_model_loader: - kv  11:              general.base_model.0.repo_url str              = https://huggingface.co/{arepo}",
                        (a, b) -> List.of(b.id())),
                two(Role.METADATA, "{b} is slow on my 4060\nllama_model_loader: - kv   7:                       general.license.link str              = "
                        + "https://huggingface.co/{arepo}/blob/main/LICENSE", (a, b) -> List.of(b.id())),
                two(Role.METADATA, "it runs out of memory on my 3090\nllama_model_loader: - kv   2:                               general.name str              = {b}"
                        + "\nllama_model_loader: - kv   9:                  general.base_model.0.name str              = {a}", (a, b) -> List.of(b.id())),
                // the same keys as other readers of the file print them: mistral.rs's model config ("key: value"), gguf-py's dump
                two(Role.METADATA, "{b} uses more memory in mistral.rs than in llama.cpp on my 3090\ngeneral.architecture: llama"
                        + "\ngeneral.base_model.0.name: {a}\ngeneral.base_model.0.repo_url: https://huggingface.co/{arepo}", (a, b) -> List.of(b.id())),
                two(Role.METADATA, "{b} 在4060上很慢\n     14: STRING     |        1 | general.base_model.0.name = '{a}'", (a, b) -> List.of(b.id())),
                // near miss: general.name is the model loaded, in either form
                two(Role.METADATA, "it runs out of memory on my 3090\ngeneral.name: {b}\ngeneral.base_model.0.name: {a}", (a, b) -> List.of(b.id())),
                // LM Studio's file watcher lists the settings file of every model on disk at start-up: none is the model run
                two(Role.METADATA, "{b} fails to load on my 4060\n[CachedFileDataProvider] Watching file at /Users/me/.lmstudio/.internal/"
                        + "user-concrete-model-default-config/{arepo}/config.json\n[LMSInternal] Loading model", (a, b) -> List.of(b.id())),
                two(Role.METADATA, "{b} 在4060上加载失败\n2025-01-03 10:00:01 [DEBUG] [CachedFileDataProvider] Watching file at "
                        + "C:\\Users\\me\\.lmstudio\\.internal\\user-concrete-model-default-config\\{arepo}.json", (a, b) -> List.of(b.id())),
                // rule D: two releases of one model compared are both sides of the contrast (the catalog keeps them as one model)
                releases("{x}-AWQ is much slower than {x} on my A100, why?"),
                releases("{x}-AWQ 和 {x} 在4090上推理速度对比慢很多"),
                releases("为什么{x}-AWQ比{x}慢这么多"),
                releases("{x} vs {x}-AWQ: which is faster on my 3090?"),
                // a mixture of experts' active parameters are no model of that size
                beside(Role.ACTIVE, "{a} has only 37B activated params, so can my 4090 run it?"),
                beside(Role.ACTIVE, "What does {a} (21B AP) need? I have a 3090"),
                beside(Role.ACTIVE, "{a}激活参数只有37B，4090能跑吗"),
                // a MoE's total count said with its active count is the named model's shape, as a tool's log prints it
                beside(Role.ACTIVE, "Model: {a} (moe, 24B total / 1B active)\nQuant: Q3_K_S\nError: failed to start llama-server on my 5080"),
                beside(Role.ACTIVE, "{a} has 13B total, 2B activated. Can my 3060 run it?"),
                beside(Role.ACTIVE, "{a}总参数24B，激活3B，4090能跑吗"),
                // rule D: a model whose approach the person borrows is context, whether or not its clause asks
                two(Role.BORROWED, "Like the way {a} does MoE, can I run {b} on a 3090?", (a, b) -> List.of(b.id())),
                two(Role.BORROWED, "I want to offload experts to RAM, similar to what llama.cpp does for {a}. Will {b} run on 2x 3090?", (a, b) -> List.of(b.id())),
                two(Role.BORROWED, "Does {b} fit on my 4090 with a long context, the way {a} handles it?", (a, b) -> List.of(b.id())),
                two(Role.BORROWED, "Can my 4090 run {b} with quantized experts, as {a} did?", (a, b) -> List.of(b.id())),
                two(Role.BORROWED, "Inspired by {a}, I want to serve {b} on two 3090s. Is 48GB enough?", (a, b) -> List.of(b.id())),
                two(Role.BORROWED, "I borrowed the idea from {a}: can {b} run on my 3060 with 4-bit experts?", (a, b) -> List.of(b.id())),
                two(Role.BORROWED, "Can {b} use the approach of {a} to fit on a 16GB card?", (a, b) -> List.of(b.id())),
                two(Role.BORROWED, "Following {a}'s recipe, can my 4090 run {b}?", (a, b) -> List.of(b.id())),
                two(Role.BORROWED, "参考了{a}的做法，我想在4090上部署{b}，显存够吗？", (a, b) -> List.of(b.id())),
                two(Role.BORROWED, "借鉴{a}的思路，{b}能在3090上跑吗", (a, b) -> List.of(b.id())),
                two(Role.BORROWED, "像{a}那样切分以后，{b}能不能在两张4060上跑？", (a, b) -> List.of(b.id())),
                two(Role.BORROWED, "{b}在4090上爆显存了，仿照{a}拆成小文件会好吗", (a, b) -> List.of(b.id())),
                // a lone model whose way or likeness is all it is named for: the question names no model (rule D)
                noneAsked(Role.BORROWED, "请问有没有提供在M1上部署的教程？ M2 24G内存，就像{a}那样的说明"),
                noneAsked(Role.BORROWED, "Is there a guide to serve on two 3090s, the way {a} handles it?"),
                noneAsked(Role.PASSING, "Which model fits my 3060 with answers comparable to {a}?"),
                // near misses: a model of that kind is asked about, as is one the person wants to run
                beside(Role.ASKED, "像{a}那样的模型，4090能跑吗"),
                beside(Role.ASKED, "Can my 3060 run {a} like the way I run it on my 4090?"),
                // near misses: how a model does something, asked, and what the person did with a model, are no borrowed approach
                two(Role.COMPARED, "How does {a} handle long context on my 4090, and will {b} fit?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.LISTED, "我想学习{a}和{b}在4090上的部署方法", (a, b) -> List.of(a.id(), b.id())),
                two(Role.COMPARED, "Can my 4090 run {b} like what I did with {a}?", (a, b) -> List.of(a.id(), b.id())),
                two(Role.CONTRAST, "{a}的做法在3090上能跑，但是{b}爆显存", (a, b) -> List.of(a.id(), b.id())),
                // a class's module path names code, not a model
                beside(Role.MODULE, "loading {a} on two 3090s fails: transformers.models.qwen2_moe.modeling_qwen2_moe.Qwen2MoeModel does not support tensor parallel yet"),
                beside(Role.MODULE, "{a}在4090上报错 File \"vllm/model_executor/models/llama.py\", vllm.model_executor.models.llama.LlamaForCausalLM"),
                // an engine named after a family ("mistral.rs", as "llama.cpp") is the program, not a model of that family
                beside(Role.MODULE, "{a} loads in llama.cpp, but mistral.rs runs out of memory on my 3090"),
                beside(Role.MODULE, "用mistral.rs跑{a}，4090显存不够，llama.cpp就可以"));
    }

    @Test
    void anOpenAiHostedModelAloneIsNoModelToSize() {
        // given questions naming only OpenAI's hosted models, whose names go on past their version; then none is read (no
        // gpt-oss stands in for them); near miss: gpt-oss itself is a model
        for (String q : List.of("Can my 4060 8GB run GPT-4o mini?", "Can my 4060 8GB run gpt-4o?", "4090能跑gpt-4.1吗", "Can my 4090 run GPT-5?")) {
            assertThat(PARSER.parse(q).models()).as(q).isEmpty();
        }
        assertThat(PARSER.parse("Can my 4090 run gpt-oss-20b?").models()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void everyQuestionInThisFrameIsReadInItsRole(Frame frame) {
        List<String> misses = new ArrayList<>();
        for (Case c : frame.cases()) {
            List<Understood.Model> got = FACTS.understand(PARSER.parse(c.question())).understood().models();
            List<String> ids = got.stream().map(g -> g.generic() ? "generic " + g.asked() : g.id() == null ? "unknown " + g.asked() : g.id())
                    .sorted().toList();
            if (!ids.equals(c.ids().stream().sorted().toList())) misses.add(c.question() + "  ->  " + ids + "  (want " + c.ids() + ")");
        }
        assertThat(frame.cases()).as("questions of this frame").isNotEmpty();
        assertThat(misses).as("%s: %d of %d questions misread", frame, misses.size(), frame.cases().size()).isEmpty();
    }

    /** Near misses of a memory amount: a size before memory words that asks what a model of that size needs is that size. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "72b显存要多少 | 72", "跑14b需要多大显存 | 14", "how much vram does a 32b model need? | 32", "can a 24b run in 16gb vram? | 24"})
    void aSizeAskedAboutBeforeMemoryWordsIsAModel(String question, double size) {
        List<Understood.Model> got = FACTS.understand(PARSER.parse(question)).understood().models();
        assertThat(got).as(question).singleElement().satisfies(m -> assertThat(m.paramsB()).isCloseTo(size, org.assertj.core.data.Percentage.withPercentage(15)));
    }

    /** Near misses of a gap between sizes or a threshold: a size asked about beside such words is that size. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Can my 4090 run the 13B more quickly? | 13", "3B参数的模型能在手机上跑吗 | 3", "is a 7b with more context better on a 3060? | 7",
            "相差不大的话，14b能在4060上跑吗 | 14", "Can my 3090 run a 22B parameter model at that threshold speed? | 22",
            "门槛是多少？14b能在4060上跑吗 | 14"})
    void aSizeBesideComparingWordsIsAModel(String question, double size) {
        List<Understood.Model> got = FACTS.understand(PARSER.parse(question)).understood().models();
        assertThat(got).as(question).singleElement().satisfies(m -> assertThat(m.paramsB()).isCloseTo(size, org.assertj.core.data.Percentage.withPercentage(15)));
    }

    /** A MoE's size with its active count glued on or apart ("30ba3b", "30b a3b") is one model of the total size, not a size and another. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "can my 4090 run 30ba3b? | 30", "4090能跑30b a3b吗 | 30", "can two 3090s run a 235BA22B model? | 235", "M4 Max 128G跑80ba3b快吗 | 80"})
    void aMoeSizeWithItsActiveCountIsOneModel(String question, double size) {
        List<Understood.Model> got = FACTS.understand(PARSER.parse(question)).understood().models();
        assertThat(got).as(question).singleElement().satisfies(m -> assertThat(m.paramsB()).isCloseTo(size, org.assertj.core.data.Percentage.withPercentage(15)));
    }

    /** A loader's size line with no model named elsewhere is all the text says of the model: a stand-in of that size. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "llm_load_print_meta: model type = 13B\\nout of memory on my 3060, why? | 13",
            "print_info: model type       = 7B\\nprint_info: file type = Q4_K - Medium\\n4060跑起来很慢 | 7",
            // llama.cpp's own function names start its lines ("llama_model_load_internal", "llama_init_from_file"), and the binding's
            // class is imported and called ("from llama_cpp import Llama", "Llama(model_path=…)"): code, no Llama model
            "from llama_cpp import Llama\\nllm = Llama(model_path=./models/model_ggml.bin, n_ctx=1024)\\nllama.cpp: loading model from ./models/model_ggml.bin\\nllama_model_load_internal: model size = 30B\\nllama_init_from_file: kv self size  = 1560.00 MB\\nBLAS = 0, why? | 30",
            "llama_model_load_internal: model size = 13B\\nllama_new_context_with_model: kv self size = 400 MB\\nvery slow on my 3060 | 13"})
    void aLoggedSizeAloneIsTheModelsSize(String question, double size) {
        List<Understood.Model> got = FACTS.understand(PARSER.parse(question.replace("\\n", "\n"))).understood().models();
        assertThat(got).as(question).singleElement().satisfies(m -> {
            assertThat(m.generic()).isTrue();
            assertThat(m.paramsB()).isEqualTo(size);
        });
    }

    /**
     * A line's first release and a later one written side by side ("Qwen-72B-Chat" and "Qwen1.5-72B-Chat") are two models
     * compared, not a short form of one: only a repository or a link, or a revision ("-v1.3"), makes the short form the same.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("releasesCompared")
    void aLinesReleasesWrittenSideBySideAreTwoModels(String question) {
        List<Understood.Model> got = FACTS.understand(PARSER.parse(question)).understood().models();
        assertThat(got).as(question).hasSize(2).noneMatch(Understood.Model::generic);
    }

    static Stream<String> releasesCompared() {
        List<String> out = new ArrayList<>();
        for (String[] p : new String[][] {{"Qwen-72B-Chat", "Qwen1.5-72B-Chat"}, {"chatglm-6b", "chatglm2-6b"}, {"Qwen-7B-Chat", "Qwen2-7B-Instruct"},
                {"baichuan-13b-chat", "baichuan2-13b-chat"}, {"Llama-7b", "Llama-2-7b"}}) {
            out.add(p[1] + " 推理速度比 " + p[0] + " 慢很多，4090");
            out.add("Is " + p[1] + " slower than " + p[0] + " on a 3090?");
            out.add("I compared " + p[0] + " and " + p[1] + " on my A100: the second is much slower");
        }
        return out.stream();
    }

    /**
     * A release the catalog does not know yet is often named both with and without its size ("Google released Gemma 4 … can
     * my card run Gemma4 12B?", a log's "GLM-5.3" after "GLM-5.3-Flash") or with its size a few words after the line's name
     * ("gemma4 mlx version 26b"): one model, sized as a stand-in of its size, not a second unknown model to ask back about.
     * Lines here are future versions of makers the catalog has (so no catalog entry can match), in each spelling, English and
     * Chinese; the expected reading (one model of the size written) follows from rule D, never from the program.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownLineNamedTwice")
    void anUnknownLineNamedWithAndWithoutItsSizeIsOneModel(String question, double size) {
        List<Understood.Model> got = FACTS.understand(PARSER.parse(question)).understood().models();
        assertThat(got).as(question).hasSize(1);
        assertThat(got.get(0).paramsB()).as(question).isEqualTo(size);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> unknownLineNamedTwice() {
        // {as the news names it, as a model name is written}
        String[][] lines = {{"Gemma 9", "Gemma9"}, {"GLM-9.2", "GLM-9.2"}, {"Kimi K9", "Kimi K9"}, {"Qwen9.5", "Qwen9.5"}, {"Phi-9", "phi-9"},
                {"Llama 9", "llama9"}};
        String[] frames = {
                "{line} is out. Can my 3090 run {name} {size}?",
                "Can my 4090 run {name}-{size}? I heard {line} is great",
                "{name} {size} on two 3090s? {line} is new and I want to try it",
                "{name} mlx version {size} runs on my mac, but slowly",
                "I downloaded {name} and the {size} version is slow on my 4060",
                "{name} {size} 能在4090上跑吗？{line} 是新出的",
                "{line} 发布了，4060 Ti 16G 能跑 {name}-{size} 吗",
                "我用{name}的{size}版本，3090很慢",
                "{line}出来了，看介绍有个{size}参数的版本，我的4090能跑{name} {size}吗"};
        List<org.junit.jupiter.params.provider.Arguments> out = new ArrayList<>();
        int i = 0;
        for (String[] line : lines) {
            for (String frame : frames) {
                double size = new double[] {14, 27, 48}[i++ % 3];
                String written = (size == Math.rint(size) ? String.valueOf((int) size) : String.valueOf(size)) + (i % 2 == 0 ? "B" : "b");
                out.add(org.junit.jupiter.params.provider.Arguments.of(
                        frame.replace("{line}", line[0]).replace("{name}", line[1]).replace("{size}", written), size));
            }
        }
        return out.stream();
    }

    /** Such a line's name without its release's word is that release again ("GLM-9.2" in a log after "GLM-9.2-Flash"), unless compared. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownReleaseAndItsLine")
    void anUnknownReleaseAndItsLinesNameAreOneModelUnlessCompared(String question, int models) {
        assertThat(FACTS.understand(PARSER.parse(question)).understood().models()).as(question).hasSize(models);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> unknownReleaseAndItsLine() {
        List<org.junit.jupiter.params.provider.Arguments> out = new ArrayList<>();
        for (String[] r : new String[][] {{"GLM-9.2", "Flash"}, {"Qwen9.5", "Thinking"}, {"Kimi-K9", "Thinking"}}) {
            String release = r[0] + "-" + r[1];
            out.add(org.junit.jupiter.params.provider.Arguments.of(
                    "I run " + release + " on my Mac Studio and it fails:\nerror: " + r[0] + " has a fixed 110 GiB per-rank ceiling", 1));
            out.add(org.junit.jupiter.params.provider.Arguments.of("在两张4090上跑" + release + "报错，日志说" + r[0] + "不支持", 1));
            out.add(org.junit.jupiter.params.provider.Arguments.of("Is " + release + " faster than " + r[0] + " on my Mac Studio?", 2));
            out.add(org.junit.jupiter.params.provider.Arguments.of(release + "比" + r[0] + "慢很多，4090", 2));
        }
        return out.stream();
    }

    /**
     * A short title whose words the catalog name of the model named beside it accounts for ("[Bug]: Qwen2 moe out of memory …
     * Qwen2-57B-A14B", a form's "Model Series" line) is that model again, not an unknown one to ask back about; compared
     * with it ("X moe is slower than X-57B-A14B"), it stays a side of the contrast.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("moeTitleBesideItsRelease")
    void aShortTitleTheNamedModelAccountsForIsThatModel(String question, int models) {
        assertThat(FACTS.understand(PARSER.parse(question)).understood().models()).as(question).hasSize(models);
    }

    /** The line's leading words of a catalog MoE's display name ("Qwen2" of "Qwen2 57B-A14B Instruct (MoE)"). */
    private static final Pattern LINE_BEFORE_SIZE = Pattern.compile("^([A-Za-z][A-Za-z0-9.\\-]*?)[ -]\\d");

    static Stream<org.junit.jupiter.params.provider.Arguments> moeTitleBesideItsRelease() {
        String[] titles = {"[Bug]: {line} moe out of memory\nWhat are the models used? {repo}\nGPUs: 2x RTX 3090",
                "{line} MoE 在4090上爆显存，模型是{repo}", "OOM with {line}-MoE on my A100 80GB: vllm serve {repo}"};
        List<org.junit.jupiter.params.provider.Arguments> out = new ArrayList<>();
        for (ModelEntry m : K.models().all()) {
            Matcher line = LINE_BEFORE_SIZE.matcher(m.name());
            if (m.legacy() || m.hf() == null || !m.name().contains("MoE") || !line.find()) continue;
            String repo = m.hf().substring(m.hf().indexOf('/') + 1);
            // where the repository alone reads as the model and the title alone as no catalog model: the frame tests the title
            if (FACTS.understand(PARSER.parse("can two 3090s run " + repo + "?")).understood().models().stream()
                    .noneMatch(u -> m.id().equals(u.id()))) continue;
            List<Understood.Model> alone = FACTS.understand(PARSER.parse("can two 3090s run " + line.group(1) + " moe?")).understood().models();
            if (alone.size() != 1 || alone.get(0).id() != null || alone.get(0).generic()) continue;
            for (String t : titles) out.add(org.junit.jupiter.params.provider.Arguments.of(t.replace("{line}", line.group(1)).replace("{repo}", repo), 1));
            out.add(org.junit.jupiter.params.provider.Arguments.of(line.group(1) + " moe is slower than " + repo + " on my A100, why?", 2));
        }
        return out.stream();
    }

    /**
     * A bare size beside a named model is that model's line at the size when the line has it ("Llama 2 70B … and 7B?"), never a
     * model of another line its maker files under the same family ("Mixtral 8x7B … a 12B model" is no Mistral Nemo 12B).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sizeBesideANamedModel")
    void aBareSizeBesideANamedModelIsOfItsLineOnly(String question, String id, boolean read) {
        List<String> ids = FACTS.understand(PARSER.parse(question)).understood().models().stream().map(Understood.Model::id).toList();
        if (read) assertThat(ids).as(question).contains(id);
        else assertThat(ids).as(question).doesNotContain(id);
    }

    private static String firstWord(String name) {
        Matcher m = Pattern.compile("^[a-z]+").matcher(name.toLowerCase(Locale.ROOT));
        return m.find() ? m.group() : "";
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> sizeBesideANamedModel() {
        List<ModelEntry> current = K.models().all().stream().filter(m -> !m.legacy() && !m.isMoe() && m.paramsB() >= 1).toList();
        List<org.junit.jupiter.params.provider.Arguments> out = new ArrayList<>();
        for (ModelEntry a : current) {
            for (ModelEntry b : current) {
                // b of a's family under another first word, at a size a's own line lacks
                if (!a.family().equals(b.family()) || firstWord(a.name()).equals(firstWord(b.name()))) continue;
                long size = Math.round(b.paramsB());
                if (current.stream().anyMatch(m -> m.family().equals(a.family()) && firstWord(m.name()).equals(firstWord(a.name()))
                        && Math.abs(m.paramsB() - size) <= 0.3 * size)) continue;
                out.add(org.junit.jupiter.params.provider.Arguments.of("I run " + a.name() + " on two 3090s. Would a " + size + "B fit as well?", b.id(), false));
                out.add(org.junit.jupiter.params.provider.Arguments.of("我在两张3090上跑" + a.name() + "，" + size + "B的也能跑吗？", b.id(), false));
            }
        }
        // near misses: the line's own model at that size is read
        for (String[] n : new String[][] {{"Llama 2 70B", "7B", "llama2-7b-chat"}, {"Mistral 7B", "24B", "mistral-small-3.1-24b-instruct-2503"},
                {"Qwen2.5 7B", "14B", "qwen2.5-14b-instruct"}}) {
            out.add(org.junit.jupiter.params.provider.Arguments.of("I run " + n[0] + " on two 3090s. Would a " + n[1] + " fit as well?", n[2], true));
            out.add(org.junit.jupiter.params.provider.Arguments.of("我在两张3090上跑" + n[0] + "，" + n[1] + "的也能跑吗？", n[2], true));
        }
        return out.stream();
    }

    /** "V3" beside "R1" is DeepSeek's, whether DeepSeek is spelt out or not ("DeekSeep-R1 or V3"). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("v3BesideR1")
    void v3BesideR1IsDeepSeeksV3(String question) {
        List<String> ids = FACTS.understand(PARSER.parse(question)).understood().models().stream().map(Understood.Model::id).sorted().toList();
        assertThat(ids).as(question).containsExactly("deepseek-r1", "deepseek-v3");
    }

    static Stream<String> v3BesideR1() {
        return Stream.of("Can a 4090 with 32GB RAM run R1 or V3?", "Can 8x A100 40GB run R1 or V3 at 4-bit?",
                "r1和v3哪个能在8张4090上跑", "Is V3 or R1 better for my 8x A100 80GB?");
    }

    /** Two sizes of a MoE and a dense model of one family ("mistral 7b", "mixtral 8x7b") are two models, both sized. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("moeAndDense")
    void aMixtureOfExpertsSizeIsASize(String question) {
        List<Understood.Model> got = FACTS.understand(PARSER.parse(question)).understood().models();
        assertThat(got).as(question).hasSize(2).noneMatch(Understood.Model::generic);
    }

    static Stream<String> moeAndDense() {
        return Stream.of("Can my 4090 run mistral 7b and mixtral 8x7b?", "mistral 7b 和 mixtral 8x22b 哪个适合两张3090",
                "Is Mixtral-8x7B-Instruct faster than Mistral-7B-Instruct on a 3090?");
    }
}
