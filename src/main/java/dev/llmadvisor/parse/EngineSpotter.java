package dev.llmadvisor.parse;

import dev.llmadvisor.facts.ChatClient;
import dev.llmadvisor.facts.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots the inference engine a message names, from the fingerprints in {@link EngineFingerprints}: its name in any
 * spelling, a command, flag, setting, log line or API only that engine has, or an error text only it prints. Engines
 * outside the advisor's list (LMDeploy, TensorRT-LLM, GPT4All, KoboldCpp …) are OTHER. When several are named, the one
 * the person runs wins over ones only compared ("more memory than transformers", "it loads fine in transformers") or
 * weighed ("vllm or sglang?"): the first named, except that a front end (Ollama, LM Studio, text-generation-webui …) wins over
 * the backend it wraps (llama.cpp, MLX …), and only over that, unless it is an app outside the list that shows that backend's
 * own log lines (then the backend). A GGUF file with no engine named is the llama.cpp family's.
 */
final class EngineSpotter {

    /** @param byApi the engine shown only by its library's API or messages, which a wrapper engine prints too */
    private record Cue(Engine engine, Pattern pattern, boolean byApi) { }

    private static final String B0 = "(?<![a-z0-9_])";
    private static final String B1 = "(?![a-z0-9_])";

    /** Every engine's names, flags, settings and logs ({@link EngineFingerprints}), one cue per engine, and its API words apart. */
    private static final List<Cue> CUES = cues();
    /**
     * Error texts only one engine prints: a pasted error names its engine more surely than an API word earlier in the
     * message ("model.generate(...)" before MLX's Metal allocator error).
     */
    private static final List<Cue> SIGNATURES = cuesOf(EngineFingerprints.Kind.ERROR);
    /**
     * Command lines (and model loaders) that start an engine: a pasted launch shows the engine the person runs more surely
     * than a name elsewhere in the message ("lmdeploy serve …" after "load_in_4bit", "python -m vllm.entrypoints…" in an
     * ipex-llm container).
     */
    private static final List<Cue> LAUNCHES = cuesOf(EngineFingerprints.Kind.PROGRAM);
    /** A file only the llama.cpp family loads (a GGUF): the engine when nothing else names one. */
    private static final List<Cue> FILES = cuesOf(EngineFingerprints.Kind.FILE);

    /**
     * Per engine, in the table's order: one cue for all its fingerprints but API words and files, and one for its API words.
     * Each fingerprint carries its own word bounds ("B0(?:a)B1|B0(?:b)B1", the same matches as "B0(?:a|b)B1": the fingerprints
     * are tried in the same order at each position), so a cue is an alternation at its top and {@link Prefilter#matcher}
     * runs only the fingerprints whose words the message holds.
     */
    private static List<Cue> cues() {
        java.util.Map<Engine, StringBuilder> named = new java.util.LinkedHashMap<>();
        java.util.Map<Engine, StringBuilder> api = new java.util.LinkedHashMap<>();
        for (EngineFingerprints.Fingerprint f : EngineFingerprints.ALL) {
            if (f.kind() == EngineFingerprints.Kind.FILE) continue;
            boolean byApi = f.kind() == EngineFingerprints.Kind.API;
            StringBuilder b = (byApi ? api : named).computeIfAbsent(f.engine(), e -> new StringBuilder());
            b.append(b.isEmpty() ? "" : "|").append(B0 + "(?:" + f.pattern() + ")" + (byApi ? "" : GLUED_VERSION) + B1);
        }
        List<Cue> all = new ArrayList<>();
        named.forEach((e, b) -> all.add(new Cue(e, Pattern.compile(b.toString()), false)));
        api.forEach((e, b) -> all.add(new Cue(e, Pattern.compile(b.toString()), true)));
        return List.copyOf(all);
    }

    /** The fingerprints of one kind, one cue each. */
    private static List<Cue> cuesOf(EngineFingerprints.Kind kind) {
        return EngineFingerprints.ALL.stream().filter(f -> f.kind() == kind).map(f -> cue(f.engine(), f.pattern())).toList();
    }

    /** The one engine a launch command in the message starts, or null when none or several are launched. */
    private static Engine launched(String s) {
        Engine found = null;
        for (Cue c : LAUNCHES) {
            if (!Prefilter.find(c.pattern(), s) || c.engine() == found) continue;
            if (found != null) return null;
            found = c.engine();
        }
        return found;
    }

    /** An Ollama tag ("qwen3:32b", "deepseek-r1:671b"; Hub ids use no colon): Ollama is likely, not named. */
    private static final Pattern OLLAMA_TAG = Pattern.compile("(?<![a-z0-9_./])[a-z][a-z0-9.\\-]{1,30}:\\d{1,4}(?:\\.\\d)?b(?:-[a-z0-9_.\\-]+)?(?![a-z0-9])");

    /** The engine a message implies without naming it (an Ollama tag), or null. */
    Engine hint(Scan scan) {
        return Prefilter.find(OLLAMA_TAG, scan.low) ? Engine.OLLAMA : null;
    }

    /**
     * "without vllm", "without using vllm", "I don't use ollama", "没有使用vllm", "在不使用vllm的情况下", "未启用vllm": an engine named as
     * not used.
     */
    private static final Pattern NEGATED = Pattern.compile(
            "(?:without(?: using)?|(?<![a-z])(?<!can )(?<!could )not (?:using|use|running|run|through|via)|(?<![a-z])(?:do|does|did)(?: not|n'?t) (?:use|run)"
                    + "|no|w/o|instead of|rather than|没有使用|没有用|没用|不使用|不用|未使用|而不是|不是用|(?:未|没有?|不)(?:启用|开启)) ?(?:the )?$");
    /**
     * …or told so right after its name, as a form's answer or a setting: "是否启用VLLM：否", "vLLM: no", "use vllm = false", "vllm（未使用）",
     * "vllm未启用。". An answer of yes ("是否使用vllm：是"), a version ("vllm: 0.6.3"), or what the engine does not use ("ollama没有使用GPU")
     * is no negation.
     */
    private static final Pattern NEGATED_AFTER = Pattern.compile(
            "^ ?(?:[:：=] ?(?:否|无|不|没有|未使用|未启用|不使用|no|none|false|off|not used)(?![a-z0-9])|[(（] ?(?:否|未使用|未启用|没有用|not used)"
                    + "|(?:未|没有?)(?:启用|开启)(?=[，。,.;；!！\\s]|$)|(?:is|was) not (?:used|enabled|installed))");

    /**
     * A program's name as the folder of a model store in a path ("/home/x/.lmstudio/models/…gguf", "D:\\AI\\PrivateGPT\\models\\…",
     * "~/.ollama/models/blobs/…"): it shows where a file was downloaded, not the program that runs it.
     */
    private static final Pattern MODEL_STORE_AFTER = Pattern.compile("^[/\\\\]models?[/\\\\]");

    private static boolean modelStore(String s, int start, int end) {
        return start > 0 && "/\\.".indexOf(s.charAt(start - 1)) >= 0
                && MODEL_STORE_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 8))).find();
    }

    /**
     * An app the model runs in: an Android package, "the app", a phone or tablet ("手机上", "on my iPhone"); not a user or folder
     * named app ("[app@host ~]$", "/app/").
     */
    private static final Pattern APP = Pattern.compile(
            "\\.apk(?![a-z])|(?<![a-z/@])apps?(?![a-z@/])|(?<![a-z])(?:android|iphone|ipad|ios)(?![a-z])|手机|安卓|平板");

    /** The chat clients and app platforms of {@link EngineFingerprints#CLIENTS}, in each spelling listed. */
    private static final Pattern CLIENT = Pattern.compile(B0 + "(?:" + EngineFingerprints.clientSpellings().stream()
            .map(c -> c.toLowerCase(java.util.Locale.ROOT)).distinct()
            .collect(java.util.stream.Collectors.joining("|")) + ")" + B1);

    /** A name said not to be used, by the words just before it ("without vLLM", "未启用 ollama", "not through open-webui"). */
    private static boolean negatedBefore(String s, int start) {
        return Prefilter.find(NEGATED, s.substring(Math.max(0, start - 20), start));
    }

    /**
     * The chat client or app platform the message names first other than as one not used ("not through open-webui"), or null:
     * an app the model is run through, which the engine named beside it runs.
     */
    private static ChatClient clientNamed(String s) {
        if (!Prefilter.mayFind(CLIENT, s)) return null;
        Matcher m = CLIENT.matcher(s);
        while (m.find()) {
            if (!negatedBefore(s, m.start())) return clientOf(m.group());
        }
        return null;
    }

    /** The client a spelling the {@link #CLIENT} pattern matched is of (each spelling is a pattern there: "continue.dev"). */
    private static ChatClient clientOf(String matched) {
        for (EngineFingerprints.Client c : EngineFingerprints.CLIENTS) {
            for (String spelling : c.spellings()) {
                if (Pattern.matches(spelling.toLowerCase(java.util.Locale.ROOT), matched)) return c.named();
            }
        }
        throw new IllegalStateException("no client is spelt " + matched);
    }

    /**
     * A program launched with a model file: on a command line (at a line's start or after a prompt or backtick), with options
     * only between it and the file after -m / --model (so that prose, "when I pass -m x.gguf", is none), or run from the current
     * folder with the file as its argument ("./nano_wss ./models/x.bin"). The program's name is the group.
     */
    private static final Pattern PROGRAM_WITH_MODEL_FILE = Pattern.compile(
            "(?m)(?:^|[`$>] ?)(?:\\./|[\\w.~/-]+/)?([a-z][a-z0-9_-]{2,30})(?:\\.exe)?(?: --?[a-z][a-z0-9_-]*(?: [^\\s`-][^\\s`]*)?){0,8}? (?:-m|--model) [^\\s`]+\\.(?:bin|gguf)(?![a-z0-9])"
                    + "|(?<![\\w/.])\\./([a-z][a-z0-9_-]{2,30}) [^\\s`]+\\.(?:bin|gguf)(?![a-z0-9])");
    /**
     * Names that launch nothing of their own: shells, interpreters and tools, and llama.cpp's programs before their
     * llama- prefix (ggml-org/llama.cpp PR #7809: main, server, embedding …), whose GGUF or GGML file names its family.
     */
    private static final Pattern NOT_A_PROGRAM_OF_ITS_OWN = Pattern.compile(
            "python\\d?(?:\\.\\d+)?|py|sudo|bash|sh|zsh|nohup|time|numactl|taskset|env|docker|podman|wget|curl|git|pip\\d?|conda|uv"
                    + "|main|server|llama[a-z0-9_-]*|llava[a-z0-9_-]*|quantize|perplexity|embedding|bench|simple|batched(?:-bench)?|parallel"
                    + "|speculative|lookahead|lookup|infill|finetune|export-lora|save-load-state|gritlm|passkey|retrieval|tokenize"
                    + "|cvector-generator|imatrix|gguf[a-z0-9_-]*|convert[a-z0-9_-]*");

    /** Whether a program the table does not know is launched with a model file. */
    private static boolean unknownProgramLaunched(String s) {
        if (!Prefilter.mayFind(PROGRAM_WITH_MODEL_FILE, s)) return false;
        Matcher m = PROGRAM_WITH_MODEL_FILE.matcher(s);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (!NOT_A_PROGRAM_OF_ITS_OWN.matcher(name).matches()) return true;
        }
        return false;
    }

    /**
     * A log line of a Rust program's tracing output: a UTC time, the level, and the module that printed it ("2025-01-12T18:12:29.336835Z
     * INFO mistralrs_core::pipeline::normal:"). The module is the group; neither llama.cpp nor a program of the list prints such
     * lines but through a binding named after it (llama-cpp-2's "llama_cpp_2::…").
     */
    private static final Pattern RUST_LOG = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dt\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?z +(?:info|warn|error|debug|trace) +([a-z][a-z0-9_]*)(?:::[a-z0-9_]+)*:");
    private static final Pattern BINDING_OF_LLAMA_CPP = Pattern.compile("llama_cpp|ggml");

    /** Whether the message shows a Rust program's log line from a crate that is no binding of llama.cpp. */
    private static boolean unknownRustLog(String s) {
        if (!Prefilter.mayFind(RUST_LOG, s)) return false;
        Matcher m = RUST_LOG.matcher(s);
        while (m.find()) {
            if (!Prefilter.find(BINDING_OF_LLAMA_CPP, m.group(1))) return true;
        }
        return false;
    }

    /** A failure told right after an engine's name, in its clause. */
    private static final Pattern FAILS = Pattern.compile(
            "(?<![a-z])(?:oom|out of memory|error|errors|fails?|failed|crash(?:es|ed)?|can'?t|cannot|won'?t|doesn'?t work"
                    + "|(?:same |the )?(?:problem|issue)s?|slow(?:er)?)(?![a-z])"
                    + "|报错|失败|爆显存|显存不足|跑不起来|启动不了");

    /**
     * …or just before it, the engine the clause ends with: "the same command doesn't work when I try it with mistral-rs", "it
     * fails in vllm", "OOM when loading with `sglang`".
     */
    private static final Pattern FAILS_BEFORE = Pattern.compile(
            "(?<![a-z])(?:doesn'?t (?:work|run|load)|does not (?:work|run|load)|didn'?t (?:work|run|load)|won'?t (?:work|run|load)"
                    + "|fails?|failed|crash(?:es|ed)?|ooms?|out of memory)(?: [^.,;:!?\\n]{0,30})? (?:with|in|on|using|under) ?[`'\"*]*$");

    /**
     * An engine named as the yardstick: "more memory than (with) transformers", "比使用transformers大", "compared to vLLM", and with
     * what is compared between ("compare TorchChat's tokens/second with llama-cpp's", "comparing the speed against vllm").
     */
    private static final Pattern COMPARED_TO = Pattern.compile(
            "(?:(?<![a-z])than|(?<![a-z])compar(?:e|es|ed|ing)(?: [^.?!;:。？！；\\n]{1,48}?)? (?:to|with|against)|in comparison (?:to|with)|(?<![a-z])unlike|相比于?|相较于?|比起?|不像|不同于)"
                    + "(?: (?:with|using|in|on))? ?(?:使用|用)?(?: the)? ?$");
    /** An engine named as where it works: "it loads without issue on transformers", "runs fine in llama.cpp". */
    private static final Pattern WORKS_ON = Pattern.compile(
            "(?<![a-z])(?:loads?|loaded|runs|ran|works?|worked)(?: (?:fine|well|ok|okay|perfectly|without (?:any )?(?:issues?|problems?|errors?)))?"
                    // "works fine when direct using llama_cpp", "works in pure transformers": the engine on its own, outside the program
                    + "(?: (?:when|if))?(?: directly| direct)? (?:on|in|with|using|under)(?: the)?(?: (?:pure|plain|vanilla|bare|raw|native))? $");
    /**
     * …or told so right after its name: "transformers works fine", "vllm has no problem", "transformers正常", "with ollama, I
     * can run it" (read past the comma, which ends the clause).
     */
    private static final Pattern WORKS_AFTER = Pattern.compile(
            "^ ?(?:(?:works?|worked|runs|ran|loads?|loaded) (?:fine|well|ok|okay|perfectly|without)|(?:is|was) (?:fine|ok|okay)"
                    // "with llama.cpp it works, with vllm …": a clause that only says it works
                    + "|,? ?(?:it|this|that|everything) (?:works|worked|runs fine|ran fine|loads fine|is fine)(?: (?:fine|well|perfectly))? ?(?:[,.;!]|but|$)"
                    + "|(?:has|had) no (?:problems?|issues?)|(?:都)?(?:可以)?正常|没(?:有)?问题"
                    + "|,? ?(?:i|we) (?:can|could|am able to|was able to|were able to) (?:run|load|use)(?![a-z]))");

    /** A version glued to a name: "ktransformersv0.2.1", "ollama0.5.7". */
    private static final String GLUED_VERSION = "(?:v?\\d+(?:\\.\\d+)+)?";

    private static Cue cue(Engine e, String alternatives) {
        return new Cue(e, Pattern.compile(B0 + "(?:" + alternatives + ")" + GLUED_VERSION + B1), false);
    }

    /**
     * A wrapper told which backend to run ("xinference launch --model-engine Transformers", "transformers推理引擎", and
     * lm-evaluation-harness's "lm_eval --model vllm", whose --model names the backend by its README): the backend is the engine.
     */
    private static final Pattern BACKEND = Pattern.compile(
            "(?:--model[-_]engine|model_engine|--backend|backend|lm[-_]eval[^\\n]{0,40}? --model|(?:inference |model )?engine ?[:=]|(?:推理|加载|模型)?(?:引擎|后端|框架) ?[:=]?)"
                    + "[ =:'\"]*(transformers|vllm|sglang|llama\\.cpp|llama-cpp|mlx)" + B1
                    + "|" + B0 + "(transformers|vllm|sglang|llama\\.cpp|mlx) ?(?:推理)?(?:引擎|后端|框架)");
    /** An engine's name as another tool's option value ("ktransformers --type transformers") names no engine. */
    private static final Pattern OPTION_BEFORE = Pattern.compile("--[a-z][a-z_-]{1,20}[ =]['\"]?$");

    /**
     * Two engines weighed as options: "vllm or sglang?", "ollama vs llama.cpp", "用ollama还是vllm"; joined by "and" / "和" only in
     * a question of which one ("vllm和sglang哪个更快").
     */
    private static final Pattern EITHER = Pattern.compile("^,? ?(?:or|vs\\.?|versus|还是|或者|或|/) ?$");
    private static final Pattern BOTH = Pattern.compile("^,? ?(?:and|和|与|跟|、) ?$");
    private static final Pattern WHICH = Pattern.compile("(?<![a-z])(?:which|better|faster)(?![a-z])|哪个|哪一个|哪种|选哪|更好|更快");

    /** One engine as named: where first, whether a failure is told of it, whether it is only the yardstick or an option weighed. */
    private record Named(Engine engine, int at, boolean failing, boolean aside, boolean weighed, boolean byApi, boolean used) { }

    /** "I currently use", "we are running", "我现在用": the person says which engine they use. */
    private static final Pattern USED = Pattern.compile(
            "(?<![a-z])(?:i|we)(?:'m|'re| am| are)? (?:currently |now |still |already )?(?:use|using|run|running) (?:the )?$"
            + "|我们?(?:现在|目前|一直)?(?:在)?(?:用|使用) ?$");

    /** One mention of an engine by one of its cues, for telling which mentions are weighed against each other. */
    private record Mention(Cue cue, int start, int end) {
        Engine engine() { return cue.engine(); }
    }

    /**
     * A shell line continuation, a backslash before the line break (or before the spaces a paste flattened it to): the command
     * goes on, as if on one line ("./build/bin/llama-server \\ -m x.gguf" launches llama-server with -m).
     */
    private static final Pattern CONTINUED = Pattern.compile("[ \\t]*\\\\\\s+");

    /** The engine read, and the chat client it is when that is one named alone (engine other), else null. */
    record Spotted(Engine engine, ChatClient client) {
        Spotted(Engine engine) { this(engine, null); }
    }

    Spotted spot(Scan scan) {
        String s = CONTINUED.matcher(unslipped(scan.low)).replaceAll(" ");
        for (Cue c : SIGNATURES) if (Prefilter.find(c.pattern(), s)) return new Spotted(c.engine());
        Matcher backend = BACKEND.matcher(s);
        if (backend.find()) return new Spotted(overBackend(s, backendOf(backend.group(1) != null ? backend.group(1) : backend.group(2))));
        Engine launched = launched(s);
        if (launched == Engine.OTHER) return new Spotted(appLogged(s));
        if (launched != null) return new Spotted(launched);
        List<Named> named = new ArrayList<>();
        List<Mention> mentions = mentions(s);
        java.util.Set<Integer> weighed = weighed(s, mentions);
        for (Cue c : CUES) {
            // the engine's first mention, and its first mention that is neither a yardstick nor an option weighed: "is vllm faster
            // than ollama? I currently use ollama" runs Ollama. The cue's matches are those mentions() found, in the same order:
            // each cue's pattern runs over the message once.
            int first = -1;
            int run = -1;
            int runEnd = -1;
            for (Mention m : mentions) {
                if (m.cue() != c) continue;
                if (negatedBefore(s, m.start())
                        || NEGATED_AFTER.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 16))).find()
                        || OPTION_BEFORE.matcher(s.substring(Math.max(0, m.start() - 24), m.start())).find()
                        || modelStore(s, m.start(), m.end())) continue;
                if (first < 0) first = m.start();
                if (!aside(s, m.start(), m.end()) && !weighed.contains(m.start())) {
                    run = m.start();
                    runEnd = m.end();
                    break;
                }
            }
            if (first < 0) continue;
            if (run < 0) {
                named.add(new Named(c.engine(), first, false, true, weighed.contains(first), c.byApi(), false));
                continue;
            }
            boolean failing = (Prefilter.find(FAILS, clauseAfter(s, runEnd))
                    || Prefilter.find(FAILS_BEFORE, s.substring(Math.max(0, run - 60), run))) && !listedAfter(s, mentions, c.engine(), run);
            boolean used = Prefilter.find(USED, s.substring(Math.max(0, run - 30), run));
            named.add(new Named(c.engine(), run, failing, false, false, c.byApi(), used));
        }
        ChatClient client = clientNamed(s);
        if (named.isEmpty()) {
            // "Hello OpenWebUI team", "a chatbot released on Dify": a chat client or app platform named with no engine is the app
            // the person runs the model through (the README's rule B names Dify), even beside a GGUF file it serves
            if (client != null) return new Spotted(Engine.OTHER, client);
            // "`starcoder -m ./starchat-alpha-ggml-q4_0.bin`", "$ ./nano_wss ./models/qwen3-0b6_q8.bin": a program the list does
            // not know, launched with the model file, names itself as what runs it (the README's rule B; a script run by python
            // names nothing)
            if (unknownProgramLaunched(s)) return new Spotted(Engine.OTHER);
            // "the Android app loads qwen2.5-3b-q4_k_m.gguf": a phone or desktop app the text does not name runs the file, and
            // which engine it runs is not told (the README's rule B: an app is not the engine it may wrap)
            if (Prefilter.find(APP, s)) return new Spotted(null);
            // "2026-04-08T18:41:28Z  INFO infr_llama::seam: VRAM plan …" beside a GGUF: a program whose own log lines the list
            // does not know runs the file, not llama.cpp, whose family prints no such lines
            if (unknownRustLog(s)) return new Spotted(Engine.OTHER);
            for (Cue c : FILES) if (Prefilter.find(c.pattern(), s)) return new Spotted(c.engine());
            return new Spotted(null);
        }
        // "uses more memory than transformers", "it loads without issue on transformers": the yardstick is not the engine run;
        // "vllm or sglang?": options weighed are not one the person runs, and with nothing else named no engine is
        List<Named> pool = named.stream().filter(n -> !n.aside() && !n.weighed()).toList();
        if (pool.isEmpty() && named.stream().anyMatch(Named::weighed)) return new Spotted(null);
        // "slow in Open WebUI, while it works fine in LM Studio": a client named beside engines only compared is the one run
        if (pool.isEmpty() && client != null) return new Spotted(Engine.OTHER, client);
        if (pool.isEmpty()) pool = named;
        // "load_in_4bit is deprecated … xinference.model.llm": an engine named wins over one shown only by an API it may wrap
        if (pool.stream().anyMatch(n -> !n.byApi() && n.engine() != Engine.TRANSFORMERS)) pool = pool.stream().filter(n -> !n.byApi()).toList();
        Engine hosted = hosted(s, pool);
        if (hosted != null) return new Spotted(hosted);
        Engine logged = loggedBackend(s, pool);
        if (logged != null) return new Spotted(logged);
        Engine appShown = appShowsLogs(s, pool);
        if (appShown != null) return new Spotted(appShown);
        Engine appRuns = namedBackend(s, pool, mentions);
        if (appRuns != null) return new Spotted(appRuns);
        // "LM Studio: MLX is much slower than GGUF", "INFO:Loading x.bin… llama_model_load_internal: …": the backend a front end
        // named in the message wraps is that front end's, not another engine the person runs
        java.util.Set<Engine> wrapped = wrapped(s, pool);
        List<Named> lead = pool.stream().filter(n -> !wrapped.contains(n.engine())).toList();
        if (lead.isEmpty()) lead = pool;
        Named first = null;
        for (Named n : lead) if (first == null || n.at() < first.at()) first = n;
        // "I can load it in transformers, but when I try loading in TGI I get CUDA OOM": the engine that fails is the one asked about
        List<Named> failing = lead.stream().filter(Named::failing).toList();
        if (named.size() > 1 && failing.size() == 1) return new Spotted(failing.get(0).engine());
        // "would llama.cpp be faster than vllm? I currently use vllm": the one the person says they use
        List<Named> used = pool.stream().filter(Named::used).toList();
        if (used.size() == 1) return new Spotted(used.get(0).engine());
        return new Spotted(first.engine());
    }

    /**
     * Engines' names that are made-up words of eight letters or more, which one slip of the keys ({@link Slips#oneSlip}: a
     * letter left out, added or two swapped) cannot turn into another word: "KTranformers", "xinfernece", "koboldpcp" name
     * them, and so does "Langchain-Chachat". Real words ("transformers") and short names ("ollama" and "llama") are not among them, and the slip is past the
     * first two letters: "inference" is a word, not "xinference" misspelt.
     */
    private static final List<String> SLIP_PROOF_NAMES = List.of(
            "ktransformers", "lmstudio", "tabbyapi", "xinference", "koboldcpp", "lmdeploy", "llamafile", "oobabooga", "turbomind",
            "chatchat");

    private static final Pattern WORD = Pattern.compile("[a-z]{7,}");

    /**
     * The message with each word one slip from a {@link #SLIP_PROOF_NAMES} name written as that name, so that a slipped name
     * weighs like the name itself against the other engines named ("failed using Xinferrence but works fine in llama_cpp").
     */
    private static String unslipped(String s) {
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String name = SLIP_PROOF_NAMES.stream().filter(n -> w.startsWith(n.substring(0, 2)) && Slips.oneSlip(w, n)).findFirst().orElse(w);
            m.appendReplacement(out, name);
        }
        return m.appendTail(out).toString();
    }

    private record FrontEndCue(Engine engine, Pattern pattern, java.util.Set<Engine> wraps, boolean backendLogsWin) { }

    private static final List<FrontEndCue> FRONT_ENDS = EngineFingerprints.FRONT_ENDS.stream()
            .map(f -> new FrontEndCue(f.engine(), Pattern.compile(B0 + "(?:" + f.pattern() + ")" + B1), f.wraps(), f.backendLogsWin())).toList();

    /**
     * "INFO:Loading x.bin… llama_model_load_internal: …" (text-generation-webui), KoboldCpp's command with llama.cpp's
     * "llama_new_context_with_model:" lines: an app outside the list that shows the own log lines of exactly one backend it
     * wraps runs that backend, which the README's rule B labels (the app is context); null otherwise.
     */
    private static Engine loggedBackend(String s, List<Named> pool) {
        for (FrontEndCue f : FRONT_ENDS) {
            if (!f.backendLogsWin() || !f.pattern().matcher(s).find()) continue;
            List<Engine> shown = pool.stream().map(Named::engine)
                    .filter(e -> f.wraps().contains(e) && LOGS.containsKey(e) && LOGS.get(e).matcher(s).find()).distinct().toList();
            if (shown.size() == 1) return shown.get(0);
        }
        return null;
    }

    /**
     * "用MaxKB接入… llama_model_loader: …", "I use LLaMA-Factory's web UI … File \".../site-packages/vllm/engine/llm_engine.py\"": an
     * app outside the list, named, beside the own log lines of exactly one engine, and no other engine of the list named, runs
     * that engine (the README's rule B), as a launched app does ({@link #appLogged}); null otherwise. A port or fork that
     * prints its backend's log lines under its own name (Aphrodite, chatglm.cpp: a front end whose backend's logs do not win)
     * stays itself.
     */
    private static Engine appShowsLogs(String s, List<Named> pool) {
        if (pool.stream().noneMatch(n -> n.engine() == Engine.OTHER && !n.byApi())) return null;
        for (FrontEndCue f : FRONT_ENDS) if (f.engine() == Engine.OTHER && !f.backendLogsWin() && f.pattern().matcher(s).find()) return null;
        List<Engine> listed = pool.stream().map(Named::engine).filter(e -> e != Engine.OTHER).distinct().toList();
        if (listed.size() != 1 || !LOGS.containsKey(listed.get(0))) return null;
        Engine e = listed.get(0);
        // only shown by its log lines: an engine also named outside them ("I am using GGML FP16 with llama-cpp" beside TorchChat)
        // is one the person weighs or compares, which the rules below settle
        List<int[]> logged = spans(LOGS.get(e), s);
        if (logged.isEmpty()) return null;
        for (int[] n : spans(ONLY_NAMES.get(e), s)) {
            if (logged.stream().noneMatch(l -> l[0] <= n[0] && n[1] <= l[1])) return null;
        }
        return e;
    }

    /** Where a pattern matches in the message, as [start, end) pairs; none for a null pattern. */
    private static List<int[]> spans(Pattern p, String s) {
        List<int[]> out = new ArrayList<>();
        if (p == null) return out;
        Matcher m = p.matcher(s);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    /**
     * "python server.py --chat … llama_model_load: loading model", "swift infer … transformers/generation/utils.py": an app
     * outside the list launched, which shows the own log lines of exactly one engine, runs that engine (the README's rule B);
     * else the app ({@link Engine#OTHER}).
     */
    private static Engine appLogged(String s) {
        List<Engine> shown = LOGS.entrySet().stream().filter(e -> e.getKey() != Engine.OTHER && e.getValue().matcher(s).find())
                .map(java.util.Map.Entry::getKey).toList();
        return shown.size() == 1 ? shown.get(0) : Engine.OTHER;
    }

    /**
     * text-generation-webui "with ExLlamav2_HF loader", "Exllama v2 crashes … I am using it via oobabooga": an app outside the
     * list that runs one of several backends (its loaders), named with exactly one of them as run (not a yardstick, nor one of
     * a list of loaders tried: "Test AutoGPTQ,Exllama_HF,Exllama"), runs that backend, as the README's rule B labels it (the
     * text names the engine the app runs); null otherwise. An app with one backend only names what it is built on.
     */
    private static Engine namedBackend(String s, List<Named> pool, List<Mention> mentions) {
        for (FrontEndCue f : FRONT_ENDS) {
            if (!f.backendLogsWin() || f.wraps().size() < 2 || !f.pattern().matcher(s).find()) continue;
            List<Engine> named = pool.stream().filter(n -> !n.byApi() && f.wraps().contains(n.engine()) && !inList(s, mentions, n.at())
                            && !inModelName(s, n.at())).map(Named::engine).distinct().toList();
            if (named.size() == 1) return named.get(0);
        }
        return null;
    }

    /** Whether a mention is part of a model's or file's name ("Mistral-Nemo-Instruct-2407-exl2-5bpw"): a format, not a loader named. */
    private static boolean inModelName(String s, int at) {
        return at > 0 && "-_/\\.".indexOf(s.charAt(at - 1)) >= 0;
    }

    /** Engines' names joined as a list: "AutoGPTQ,Exllama_HF,Exllama", "llama.cpp/exllama", "vllm、sglang", "tgi and the llama cpp server". */
    private static final Pattern LIST_JOIN = Pattern.compile("^ ?(?:,|/|、|&|and|和|以及) ?(?:the )?$");

    /** Whether the mention at {@code at} is joined to another engine's mention, before or after it, as a list. */
    private static boolean inList(String s, List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.start() != at) continue;
            for (Mention o : mentions) {
                if (o.engine() == m.engine()) continue;
                if (o.end() <= m.start() && Prefilter.find(LIST_JOIN, s.substring(o.end(), m.start()))) return true;
                if (o.start() >= m.end() && Prefilter.find(LIST_JOIN, s.substring(m.end(), o.start()))) return true;
            }
        }
        return false;
    }

    /** The backends wrapped by a front end that is in the pool and named (or shown by its logs) in the message. */
    private static java.util.Set<Engine> wrapped(String s, List<Named> pool) {
        java.util.Set<Engine> in = pool.stream().map(Named::engine).collect(java.util.stream.Collectors.toSet());
        java.util.Set<Engine> wrapped = java.util.EnumSet.noneOf(Engine.class);
        for (FrontEndCue f : FRONT_ENDS) {
            if (in.contains(f.engine()) && f.pattern().matcher(s).find()) wrapped.addAll(f.wraps());
        }
        return wrapped;
    }

    /**
     * The engine a backend told of runs under: a front end named that wraps it ("LocalAI … with backend llama-cpp", "Ollama,
     * backend: llama.cpp") is the program the person runs, as the README labels a front end; else the backend itself (a
     * {@link EngineFingerprints.Host} such as Xinference told to run it).
     */
    private static Engine overBackend(String s, Engine backend) {
        for (FrontEndCue f : FRONT_ENDS) {
            if (f.engine() != backend && f.wraps().contains(backend) && f.pattern().matcher(s).find()) return f.engine();
        }
        return backend;
    }

    private record HostCue(Pattern pattern, java.util.Set<Engine> runs) { }

    private static final List<HostCue> HOSTS = EngineFingerprints.HOSTS.stream()
            .map(h -> new HostCue(Pattern.compile(B0 + "(?:" + h.pattern() + ")" + B1), h.runs())).toList();

    /**
     * Each engine's names and its own log lines, for telling an engine named (or shown running by what it prints) from one
     * shown only by flags passed through a host.
     */
    private static final java.util.Map<Engine, Pattern> NAMES = byEngine(java.util.EnumSet.of(EngineFingerprints.Kind.NAME, EngineFingerprints.Kind.LOG));
    /** Each engine's own log lines alone, for telling the backend an app runs from one it only names. */
    private static final java.util.Map<Engine, Pattern> LOGS = byEngine(java.util.EnumSet.of(EngineFingerprints.Kind.LOG));
    /** Each engine's names alone, for telling an engine named from one only shown by its log lines. */
    private static final java.util.Map<Engine, Pattern> ONLY_NAMES = byEngine(java.util.EnumSet.of(EngineFingerprints.Kind.NAME));

    /** Per engine, one whole-word pattern of its fingerprints of the given kinds. */
    private static java.util.Map<Engine, Pattern> byEngine(java.util.Set<EngineFingerprints.Kind> kinds) {
        return EngineFingerprints.ALL.stream().filter(f -> kinds.contains(f.kind()))
                .collect(java.util.stream.Collectors.groupingBy(EngineFingerprints.Fingerprint::engine,
                        java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.mapping(EngineFingerprints.Fingerprint::pattern,
                                java.util.stream.Collectors.joining("|")), p -> Pattern.compile(B0 + "(?:" + p + ")" + B1))));
    }

    /**
     * "xinference … vllm 0.3.0", "FastChat needs 26GB while vLLM needs 37GB", privateGPT with llama.cpp's log lines: a
     * framework that runs engines underneath, named with exactly one of those engines by its name or its own log lines (not its
     * flags passed through the host, nor an API word), runs that one; null otherwise.
     */
    private static Engine hosted(String s, List<Named> pool) {
        for (HostCue h : HOSTS) {
            if (!h.pattern().matcher(s).find()) continue;
            List<Engine> runs = pool.stream().map(Named::engine).filter(e -> h.runs().contains(e) && namedOutsideListing(NAMES.get(e), s))
                    .distinct().toList();
            if (runs.isEmpty()) {
                runs = pool.stream().map(Named::engine).filter(e -> h.runs().contains(e) && NAMES.get(e).matcher(s).find()).distinct().toList();
            }
            if (runs.size() == 1) return runs.get(0);
        }
        return null;
    }

    /** A package's version right after its name: "transformers 4.47.1", "vllm==0.7.0", "vllm: 0.6.3". */
    private static final Pattern VERSION_AFTER = Pattern.compile("^ ?(?:==|=|:)? ?v?\\d+\\.\\d+");

    /**
     * Whether an engine is named other than in a list of package versions ("transformers 4.47.1\nvllm 0.7.0" in an issue's
     * system info): such a list is the environment the host runs in, weaker than an engine named or logged elsewhere.
     */
    private static boolean namedOutsideListing(Pattern name, String s) {
        Matcher m = name.matcher(s);
        while (m.find()) if (!VERSION_AFTER.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 12))).find()) return true;
        return false;
    }

    /** A link's start ("https://", "www.") in the word a mention stands in. */
    private static final Pattern LINK = Pattern.compile("[a-z]+://|(?<![a-z0-9])www\\.");

    /**
     * Whether a mention is part of a link ("I am working on https://github.com/ollama/ollama/pull/2458"): a link points at a
     * project's page, it does not say the person runs it.
     */
    private static boolean inLink(String s, int start) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(s.charAt(from - 1))) from--;
        return Prefilter.find(LINK, s.substring(from, start));
    }

    /** An engine named as the yardstick, as where it works, as the one left ("switched from ollama to vllm"), or in a link. */
    private static boolean aside(String s, int start, int end) {
        String after = s.substring(end, Math.min(s.length(), end + 40));
        return inLink(s, start)
                || Prefilter.find(COMPARED_TO, s.substring(Math.max(0, start - 64), start))
                || Prefilter.find(WORKS_ON, s.substring(Math.max(0, start - 40), start))
                || Prefilter.find(WORKS_AFTER, after)
                || Prefilter.find(LEFT, s.substring(Math.max(0, start - 30), start))
                || (Prefilter.find(LEFT_ZH_BEFORE, s.substring(Math.max(0, start - 6), start)) && Prefilter.find(LEFT_ZH_AFTER, after));
    }

    /**
     * "switched from", "moved away from", "migrated from": the engine left for another; or used before and no more ("in the
     * past, I used **`GPT4ALL`**", "I used to run", "以前用过", "之前用ollama从没遇到"), the name perhaps in markdown.
     */
    private static final Pattern LEFT = Pattern.compile(
            "(?:(?<![a-z])(?:switch(?:ed|ing)?|mov(?:ed|ing)(?: away)?|migrat(?:ed|ing)|came|coming|went|changed|upgrad(?:ed|ing)) from(?: the| using)?"
                    + "|(?<![a-z])(?:in the past,?|formerly,?|previously,?) (?:i|we) (?:used|ran|tried)(?: the)?|(?<![a-z])(?:i|we) used to (?:use|run)(?: the)?"
                    + "|(?:以前|之前)(?:我们?)?(?:一直)?(?:用|使用)(?:过|的是)?) ?[*`'\"]*$");
    /** "从ollama换成vllm", "从 ollama 迁移到 vllm": the engine left. */
    private static final Pattern LEFT_ZH_BEFORE = Pattern.compile("从(?:使用|用)? ?$");
    private static final Pattern LEFT_ZH_AFTER = Pattern.compile("^ ?(?:换成|换到|换为|切换到|切换成|切换为|迁移到|迁到|转到|转向|改用|改成)");

    /** Every mention of an engine, in order of where it starts (a stable sort: one cue's matches stay in the order found). */
    private static List<Mention> mentions(String s) {
        List<Mention> all = new ArrayList<>();
        for (Cue c : CUES) {
            if (!Prefilter.mayFind(c.pattern(), s)) continue;
            Matcher m = Prefilter.matcher(c.pattern(), s);
            while (m.find()) all.add(new Mention(c, m.start(), m.end()));
        }
        all.sort(java.util.Comparator.comparingInt(Mention::start));
        return all;
    }

    /** A contrast between two engines' clauses: "works in transformers, but in TGI …", "而用vllm …". */
    private static final Pattern CONTRAST = Pattern.compile("(?<![a-z])(?:but|however|while|whereas|though|although)(?![a-z])|但|可是|不过|而");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!;。？！；\\n]");

    /**
     * Whether the engine at {@code at} ends a list of engines in one sentence ("tested vllm, tgi and the llama cpp server and
     * get slower speeds"): a failure told after the list is told of all of them.
     */
    private static boolean listedAfter(String s, List<Mention> mentions, Engine engine, int at) {
        Mention before = null;
        for (Mention m : mentions) {
            if (m.start() >= at) break;
            if (m.engine() != engine) before = m;
        }
        if (before == null || before.end() > at) return false;
        String between = s.substring(before.end(), at);
        return !Prefilter.find(SENTENCE_END, between) && !Prefilter.find(CONTRAST, between);
    }

    /** Where the mentions of engines weighed against another start: two engines joined by "or", "vs", "还是" (or "and" in a which-question). */
    private static java.util.Set<Integer> weighed(String s, List<Mention> mentions) {
        java.util.Set<Integer> at = new java.util.HashSet<>();
        boolean which = Prefilter.find(WHICH, s);
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (a.engine() == b.engine() || b.start() < a.end()) continue;
            String between = s.substring(a.end(), b.start());
            if (Prefilter.find(EITHER, between) || (which && Prefilter.find(BOTH, between))) {
                at.add(a.start());
                at.add(b.start());
            }
        }
        return at;
    }

    private static Engine backendOf(String name) {
        return Engine.ofId(name.equals("llama-cpp") ? "llama.cpp" : name).orElseThrow();
    }

    /** What follows an engine's name up to the end of its clause (at most 80 characters). */
    private static String clauseAfter(String s, int from) {
        int end = Math.min(s.length(), from + 80);
        for (int i = from; i < end; i++) if (".?!;,。？！；，\n".indexOf(s.charAt(i)) >= 0) return s.substring(from, i);
        return s.substring(from, end);
    }
}
