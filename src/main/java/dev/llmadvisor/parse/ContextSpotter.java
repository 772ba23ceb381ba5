package dev.llmadvisor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spots the context length: "32k context", "ctx 8192", "8K tokens", "上下文32K", "128k", "1M context". */
final class ContextSpotter {

    /** Beyond any model's window; larger numbers are typos or attacks, and are left out. */
    static final long MAX_CONTEXT = 16L * 1024 * 1024;

    /** The largest window people write as a bare "2048k"; a bigger k-number without a context word is no context. */
    private static final int BARE_K_MAX = 2048;

    private static final Pattern WITH_UNIT = Pattern.compile(
            "(?<![a-z0-9.$¥￥])(?<![a-z0-9]-)(\\d{1,12}(?:\\.\\d{1,3})?) ?(k|m)(?![a-z0-9])");
    private static final Pattern AFTER_WORD = Pattern.compile(
            "(?<![a-z0-9])(?:context(?: length| window| size|[_-]length|[_-]size|size)?|ctx|num_ctx|n_ctx|-c|上下文(?:长度|窗口)?"
                    // the engines' own names for it (as flags, quoted keys, vLLM's "max seq len (56000)"), and the length
                    // of the input people mean by it
                    + "|max[_-]model[_-]len|max[_ -]seq(?:uence)?[_ -]len(?:gth)?|max[_-]total[_-]tokens|(?:text|input|prompt) length|(?:文本|输入)长度"
                    // lmdeploy's --session-len / session_len, vLLM's max-model-len said in words ("model len of 1000"), and
                    // LLaMA-Factory's vllm_maxlen (its model_args: the vLLM engine's maximum sequence length)
                    + "|session[_-]len|model len|vllm_maxlen"
                    // the sequence length of a compiled or exported model ("seq_len 1024", "seqlen=2048", "seq1024" in a
                    // TPU/NPU build's name, "sequence length 4096"); a bare "seq" only before three digits ("seq2seq" is none)
                    + "|seq[_-]?len(?:gth)?|sequence[_ -]length|seq(?=\\d{3}))"
                    // a number ends at a file's extension too ("...-ctx4096.pth"); one written with thousands separators
                    // ("a context length of 20,000 (20k)") is read whole, never as its first group
                    + "[ :=\"'(]{0,4}(?:of |is |to |at |是|为|设为|设置为|设成|设置成|改为|改成|开到|到)? ?(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,12})(?![0-9km]|\\.\\d)");
    private static final Pattern BEFORE_WORD = Pattern.compile(
            "(?<![a-z0-9.])(?<!\\d,)(\\d{1,3}(?:,\\d{3})+|\\d{1,12}) ?(?:(?:tokens|token)(?![a-z]| ?(?:/|per|每))|ctx|context|上下文)");
    /** "4k monitor", "2k budget": a k that is not tokens. */
    private static final List<String> NOT_TOKENS = List.of(
            "monitor", "video", "screen", "display", "budget", "usd", "rmb", "dollar", "显示器", "视频", "屏", "预算", "元", "块钱");
    /**
     * Words that make a k-number near them a context. Not "Windows" (the system: "windows11 13900k+4090" names a CPU),
     * nor a speed in tokens per second ("13900k: 8 tokens/s").
     */
    private static final Pattern CONTEXT_WORD = Pattern.compile(
            "context|ctx|上下文|窗口|window(?!s)|model[_-]len|seq_len|长度|token(?!s? ?(?:/|per\\b|每))");

    /**
     * A line a program printed rather than the person wrote: a log level with its timestamp (vLLM's "INFO 06-05 14:36:55
     * llm_engine.py:103]", behind a container's "name |" too), a timestamped or keyed log line (Ollama's "time=… level=…"),
     * llama.cpp's own prefixes ("llama_context: n_ctx = 8192"), an error raised ("ValueError: … max seq len (32768)"), and
     * vLLM's start-up dump of its config ("with config: … max_seq_len=131072"). A length there is what the engine runs at by
     * default or by the model's maximum, as often as one the person set.
     */
    private static final Pattern PRINTED_LINE = Pattern.compile(
            "(?:^|[|>`]) *(?:llama_\\w+:|llm_load_\\w+:|print_info:|time=|\\[?\\d{4}-\\d\\d-\\d\\d[ t]\\d)"
                    + "|(?<![a-z])(?:info|warning|debug|error)\\s+\\d\\d-\\d\\d \\d\\d:\\d\\d|with config:|[a-z]error:");

    /** So many different lengths in one question are lengths tried one after another ("ctx=256K ... OOM, ctx=128K ... OOM"), none of them set. */
    private static final int PROBED_LENGTHS = 3;

    /** A context length read, and whether the person set it rather than a program printing it or probing several. */
    record Context(int tokens, boolean chosen) {}

    Context spot(Scan scan) {
        String s = scan.free();
        Found best = null;
        List<Found> all = new ArrayList<>();
        Matcher m = WITH_UNIT.matcher(s);
        while (m.find()) {
            boolean million = m.group(2).equals("m");
            if (million ? !nearContextWord(s, m.start(), m.end()) : followedBy(s, m.end(), NOT_TOKENS)) continue;
            // "13600k and no gpu": a bare k-number past any window ever written so (2048k) is a part's name, not tokens
            Double k = Patterns.number(m.group(1));
            if (!million && k != null && k > BARE_K_MAX && !nearContextWord(s, m.start(), m.end())) continue;
            Found f = new Found(m.start(), m.end(), m.start(1), m.group(1), million ? 1024 * 1024 : 1024);
            all.add(f);
            best = earlier(best, f);
        }
        for (Pattern p : new Pattern[] {AFTER_WORD, BEFORE_WORD}) {
            m = p.matcher(s);
            while (m.find()) {
                if (p == BEFORE_WORD ? runCount(s, m) : notASetting(s, m)) continue;
                Found f = new Found(m.start(), m.end(), m.start(1), m.group(1), 1);
                all.add(f);
                best = earlier(best, f);
            }
        }
        if (best == null) return null;
        scan.take(best.start, best.end);
        if (Patterns.negated(s, best.numberStart)) return null;
        // "17,000 tokens": a thousands separator, not a decimal point
        double tokens = best.tokens();
        if (tokens < 1 || tokens > MAX_CONTEXT) return null;
        return new Context((int) Math.round(tokens), chosen(s, best, all));
    }

    /**
     * Whether the length read is one the person set: written somewhere outside a program's printed lines, and not one of
     * several lengths probed in turn.
     */
    private static boolean chosen(String s, Found best, List<Found> all) {
        if (all.stream().map(Found::tokens).distinct().count() >= PROBED_LENGTHS) return false;
        return all.stream().anyMatch(f -> f.tokens() == best.tokens() && !printed(s, f.start));
    }

    /**
     * The match at {@code i} is on a line a program printed ({@link #PRINTED_LINE}), its mark before the match: a length the
     * person wrote ahead of a pasted error on the same line ("… with max_model_len 32768: ValueError: …") is theirs.
     */
    private static boolean printed(String s, int i) {
        return PRINTED_LINE.matcher(s).region(s.lastIndexOf('\n', i) + 1, i).find();
    }

    /** "ms / 17 tokens", "28 tokens in 3.2 s", "17 tokens (927 ms/token)": tokens counted in a timed run. */
    private static final Pattern TIMED_BEFORE = Pattern.compile("(?:ms|s|seconds?|秒) ?/ ?$");
    private static final Pattern TIMED_AFTER = Pattern.compile(
            "^,? ?(?:in \\d+(?:\\.\\d+)? ?(?:ms|s|sec|secs|seconds?|minutes?)(?![a-z])|\\(\\d+(?:\\.\\d+)? ?ms ?(?:/|per) ?token\\)|用时|耗时)");
    /** A context shorter than this is never set; fewer tokens are the length of an answer or a prompt. */
    private static final int SHORTEST_CONTEXT = 256;

    /**
     * "N tokens" that counts the tokens of a run rather than a window: a timed count as the engines print it ("prompt time:
     * 15761 ms / 17 tokens (927 ms/token)", "28 tokens in 3.2 s"), or fewer than any context anyone sets.
     */
    private static boolean runCount(String s, Matcher m) {
        if (!m.group().contains("token")) return false;
        Double n = Patterns.number(m.group(1).replace(",", ""));
        if (n != null && n < SHORTEST_CONTEXT) return true;
        return TIMED_BEFORE.matcher(s.substring(Math.max(0, m.start() - 8), m.start())).find()
                || TIMED_AFTER.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 24))).find();
    }

    /** text-generation-webui's line for each run: "(0.55 tokens/s, 10 tokens, context 66, seed 1920742399)". */
    private static final Pattern RUN_LINE_BEFORE = Pattern.compile("tokens/s, \\d+ tokens, $");
    /** A value this small after a context's name is a switch (VLLM_ALLOW_LONG_MAX_MODEL_LEN=1), not a window. */
    private static final int SWITCH_MAX = 16;

    /** "context N" that is no window set: the prompt length a run line prints, or a switch's 0/1. */
    private static boolean notASetting(String s, Matcher m) {
        Double n = Patterns.number(m.group(1).replace(",", ""));
        if (n != null && n < SWITCH_MAX) return true;
        return RUN_LINE_BEFORE.matcher(s.substring(Math.max(0, m.start() - 40), m.start())).find();
    }

    private record Found(int start, int end, int numberStart, String digits, int unit) {
        /** The length in tokens, or -1 when the digits do not read as a number. */
        double tokens() {
            Double n = Patterns.number(digits.replace(",", ""));
            return n == null ? -1 : n * unit;
        }
    }

    private static Found earlier(Found a, Found b) {
        return a == null || b.start < a.start ? b : a;
    }

    private static boolean followedBy(String s, int i, List<String> words) {
        String tail = s.substring(i, Math.min(s.length(), i + 12)).stripLeading();
        for (String w : words) if (tail.startsWith(w)) return true;
        return false;
    }

    private static boolean nearContextWord(String s, int start, int end) {
        // transparent bounds: a word at the edge of the 16 characters is read whole ("window|s" is the system)
        return CONTEXT_WORD.matcher(s).region(Math.max(0, start - 16), Math.min(s.length(), end + 16))
                .useTransparentBounds(true).find();
    }
}
