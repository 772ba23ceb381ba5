package dev.llmadvisor.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal strings a pattern cannot match without, worked out once from the pattern's own text: every match contains
 * one of them, so a text that holds none is passed over without running the regex. Java's regex tries each branch of a
 * long alternation at every position of the text, and most questions hold none of a form's words (the parser spent most
 * of its time there). Derived from the pattern, not written beside it, so a pattern edited later stays right; a construct
 * not understood (comments mode, Unicode case folding, an unknown escape) leaves the pattern without a prefilter, never
 * with a wrong one. For static patterns only: each pattern's needles are kept for the life of the program (weak keys
 * measured slower on the fuzz texts), so a pattern built per parser, such as its card names, is not passed here.
 */
public final class Prefilter {

    /** More needles than this cost about what the regex does; the pattern then runs unfiltered. */
    private static final int MAX_NEEDLES = 64;
    /** The most branch subsets {@link #matcher} keeps compiled for one pattern (texts hold few of a pattern's words). */
    private static final int MAX_NARROWED = 128;
    private static final Prefilter NONE = new Prefilter(null, false, null);
    private static final ConcurrentHashMap<Pattern, Prefilter> KNOWN = new ConcurrentHashMap<>();
    /**
     * Uses of a pattern over a text shorter than the pattern that run it unfiltered before its needles are worked out.
     * Working them out reads the whole pattern and compiles each branch of a top-level alternation, which costs more
     * than running the pattern once over a short text; a one-shot question runs most of the parser's patterns once
     * or twice (an open question: 140 of 181 once, 32 twice), a corpus or a chat runs them thousands of times.
     */
    private static final int UNFILTERED_USES = 2;
    /** The uses each pattern not yet worked out has had; see {@link #UNFILTERED_USES}. */
    private static final ConcurrentHashMap<Pattern, Integer> UNFILTERED = new ConcurrentHashMap<>();

    /** Null when nothing is known to be required. */
    private final String[] needles;
    /** Case-insensitive (US-ASCII, Java's default): needles and text are compared with ASCII letters lower-cased. */
    private final boolean asciiFold;
    /**
     * The branches of a pattern that is an alternation at its top, each its own pattern with its own needles, or null: a text
     * that holds "gpu" passes the whole pattern's filter, but only the few branches whose own words are there need to run.
     * {@code A|B} finds a match exactly when A or B does.
     */
    private final Branch[] branches;
    /** The pattern narrowed to a subset of its branches (a bit per branch kept), compiled once each; see {@link #matcher}. */
    private final ConcurrentHashMap<Long, Pattern> narrowed = new ConcurrentHashMap<>();

    private record Branch(Pattern pattern, Prefilter filter) { }

    private Prefilter(String[] needles, boolean asciiFold, Branch[] branches) {
        this.needles = needles;
        this.asciiFold = asciiFold;
        this.branches = branches;
    }

    /** Whether {@code p} may find a match in {@code text}; false only when no match is possible. */
    public static boolean mayFind(Pattern p, String text) {
        return forUse(p, text).admits(text);
    }

    /**
     * {@code p.matcher(text).find()}, skipped when the text holds none of the pattern's needles; a top-level alternation runs
     * only the branches whose needles the text holds.
     */
    public static boolean find(Pattern p, String text) {
        Prefilter f = forUse(p, text);
        if (!f.admits(text)) return false;
        if (f.branches == null) return p.matcher(text).find();
        for (Branch b : f.branches) if (b.filter.admits(text) && b.pattern.matcher(text).find()) return true;
        return false;
    }

    /**
     * A matcher over {@code text} that finds exactly the matches {@code p.matcher(text)} finds, with the same groups: for a
     * top-level alternation, the branches whose needles the text lacks (they match nowhere in it) are left out, so a loop over
     * a long alternation's matches ("while (m.find())") tries at each position only the branches that can match. A branch
     * left out of a pattern with groups keeps its place as a branch that fails at once, so the groups keep their numbers.
     */
    public static Matcher matcher(Pattern p, String text) {
        Prefilter f = forUse(p, text);
        if (f.branches == null || f.branches.length >= Long.SIZE) return p.matcher(text);
        long kept = 0;
        for (int i = 0; i < f.branches.length; i++) if (f.branches[i].filter.admits(text)) kept |= 1L << i;
        if (kept == (1L << f.branches.length) - 1) return p.matcher(text);
        Pattern narrowed = f.narrowed.get(kept);
        if (narrowed == null) {
            // a bound on the branch subsets kept per pattern: past it the whole pattern runs, as it would unfiltered
            if (f.narrowed.size() >= MAX_NARROWED) return p.matcher(text);
            narrowed = f.narrowed.computeIfAbsent(kept, k -> f.narrow(p, k));
        }
        return narrowed.matcher(text);
    }

    /**
     * The prefilter of {@code p} for a use over {@code text}: {@link #NONE}, which runs the pattern as it is, for its first
     * {@link #UNFILTERED_USES} uses over texts shorter than the pattern; worked out at once for a longer text, which
     * one unfiltered run costs more than reading the pattern.
     */
    private static Prefilter forUse(Pattern p, String text) {
        Prefilter f = KNOWN.get(p);
        if (f != null) return f;
        if (text.length() < p.pattern().length() && UNFILTERED.merge(p, 1, Integer::sum) <= UNFILTERED_USES) return NONE;
        return KNOWN.computeIfAbsent(p, Prefilter::of);
    }

    /** {@code p} with the branches outside {@code kept} left out, or made to fail at once where {@code p} has groups. */
    private Pattern narrow(Pattern p, long kept) {
        boolean groups = p.matcher("").groupCount() > 0;
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (int i = 0; i < branches.length; i++) {
            boolean keep = (kept & 1L << i) != 0;
            if (!keep && !groups) continue;
            if (!first) b.append('|');
            first = false;
            b.append(keep ? "" : "(?!)").append(branches[i].pattern.pattern());
        }
        return Pattern.compile(first ? "(?!)" : b.toString(), p.flags());
    }

    /** {@code p.matcher(text).replaceAll(replacement)}; the text itself when it holds none of the pattern's needles. */
    public static String replaceAll(Pattern p, String text, String replacement) {
        return mayFind(p, text) ? p.matcher(text).replaceAll(replacement) : text;
    }

    /** The needles of a pattern, one of which every match contains; empty when none is known. */
    static List<String> needles(Pattern p) {
        Prefilter f = KNOWN.computeIfAbsent(p, Prefilter::of);
        return f.needles == null ? List.of() : List.of(f.needles);
    }

    private boolean admits(String text) {
        if (needles == null) return true;
        String t = asciiFold ? asciiLower(text) : text;
        for (String n : needles) if (t.contains(n)) return true;
        return false;
    }

    static Prefilter of(Pattern p) {
        int unsupported = Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CASE | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS;
        if ((p.flags() & unsupported) != 0) return NONE;
        try {
            Reader r = new Reader(p.pattern());
            Need need = r.alternation();
            if (r.pos != r.src.length()) return NONE;
            Branch[] branches = r.bars.isEmpty() || r.inlineFlags || r.backReference ? null : branches(p, r.bars);
            boolean fold = r.fold || (p.flags() & Pattern.CASE_INSENSITIVE) != 0;
            String[] needles = needles(need.any, fold);
            return needles == null && branches == null ? NONE : new Prefilter(needles, fold, branches);
        } catch (Unsupported | RuntimeException e) {
            return NONE;
        }
    }

    /** The strings to look for, the ones that hold another left out (found whenever the other is); null when none is known. */
    private static String[] needles(Set<String> any, boolean fold) {
        if (any == null || any.isEmpty() || any.size() > MAX_NEEDLES || any.contains("")) return null;
        Set<String> ns = new LinkedHashSet<>();
        for (String n : any) ns.add(fold ? asciiLower(n) : n);
        List<String> kept = new ArrayList<>();
        for (String n : ns) {
            boolean holdsAnother = false;
            for (String o : ns) holdsAnother |= !o.equals(n) && n.contains(o);
            if (!holdsAnother) kept.add(n);
        }
        return kept.toArray(String[]::new);
    }

    private static Branch[] branches(Pattern p, List<Integer> bars) {
        String src = p.pattern();
        List<Branch> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= bars.size(); i++) {
            int to = i < bars.size() ? bars.get(i) : src.length();
            Pattern branch = Pattern.compile(src.substring(from, to), p.flags());
            out.add(new Branch(branch, of(branch)));
            from = to + 1;
        }
        return out.toArray(Branch[]::new);
    }

    private static String asciiLower(String s) {
        int i = 0;
        while (i < s.length() && !(s.charAt(i) >= 'A' && s.charAt(i) <= 'Z')) i++;
        if (i == s.length()) return s;
        char[] cs = s.toCharArray();
        for (; i < cs.length; i++) if (cs[i] >= 'A' && cs[i] <= 'Z') cs[i] = (char) (cs[i] + 32);
        return new String(cs);
    }

    /**
     * What a piece of a pattern requires: {@code any}, strings one of which each of its matches contains (null: none known);
     * {@code exact}, the string it always matches when it is a fixed literal ("" for a zero-width piece), else null.
     */
    private record Need(Set<String> any, String exact) {
        static final Need NOTHING = new Need(null, null);
        static final Need ZERO_WIDTH = new Need(null, "");

        static Need literal(String s) {
            return new Need(Set.of(s), s);
        }
    }

    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reading of java.util.regex syntax, just far enough to know what each piece requires. */
    private static final class Reader {
        final String src;
        int pos;
        boolean fold;
        int depth;
        /** Where the top-level alternation's bars are. */
        final List<Integer> bars = new ArrayList<>();
        boolean inlineFlags;
        boolean backReference;

        Reader(String src) {
            this.src = src;
        }

        Need alternation() throws Unsupported {
            List<Need> branches = new ArrayList<>();
            branches.add(sequence());
            while (pos < src.length() && src.charAt(pos) == '|') {
                if (depth == 0) bars.add(pos);
                pos++;
                branches.add(sequence());
            }
            if (branches.size() == 1) return branches.get(0);
            Set<String> union = new LinkedHashSet<>();
            for (Need b : branches) {
                if (b.any == null) return Need.NOTHING;
                union.addAll(b.any);
                if (union.size() > MAX_NEEDLES) return Need.NOTHING;
            }
            return new Need(union, null);
        }

        /** A concatenation: adjacent fixed pieces join into one string; the most selective requirement is kept. */
        Need sequence() throws Unsupported {
            StringBuilder run = new StringBuilder();
            boolean allExact = true;
            Set<String> best = null;
            while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
                Need atom = quantified(atom());
                if (atom.exact != null) {
                    run.append(atom.exact);
                    continue;
                }
                allExact = false;
                best = better(best, run.isEmpty() ? null : Set.of(run.toString()));
                run.setLength(0);
                best = better(best, atom.any);
            }
            best = better(best, run.isEmpty() ? null : Set.of(run.toString()));
            return new Need(best, allExact ? run.toString() : null);
        }

        /**
         * The more selective of two requirements: one whose strings are all long enough to be rare (three ASCII
         * characters, or two Chinese ones) before one with a short string; then the fewer strings; then the longer.
         */
        private static Set<String> better(Set<String> a, Set<String> b) {
            if (a == null) return b;
            if (b == null) return a;
            int wa = lightest(a), wb = lightest(b);
            boolean ra = wa >= 3, rb = wb >= 3;
            if (ra != rb) return ra ? a : b;
            if (a.size() != b.size()) return a.size() < b.size() ? a : b;
            return wa >= wb ? a : b;
        }

        /** The weight of the lightest string: a character past ASCII (a Chinese one) counts two, being rarer. */
        private static int lightest(Set<String> s) {
            int min = Integer.MAX_VALUE;
            for (String x : s) {
                int w = 0;
                for (int i = 0; i < x.length(); i++) w += x.charAt(i) < 0x80 ? 1 : 2;
                min = Math.min(min, w);
            }
            return min;
        }

        Need quantified(Need atom) throws Unsupported {
            if (pos >= src.length()) return atom;
            char c = src.charAt(pos);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                pos++;
            } else if (c == '+') {
                min = 1;
                pos++;
            } else if (c == '{') {
                int close = src.indexOf('}', pos);
                if (close < 0) throw new Unsupported();
                String body = src.substring(pos + 1, close);
                if (!body.matches("\\d+(,\\d*)?")) throw new Unsupported();
                min = Integer.parseInt(body.split(",", -1)[0]);
                boolean once = !body.contains(",") && min == 1;
                pos = close + 1;
                skipLazyOrPossessive();
                if (once) return atom;
                return repeated(atom, min);
            } else {
                return atom;
            }
            skipLazyOrPossessive();
            return repeated(atom, min);
        }

        private static Need repeated(Need atom, int min) {
            if (atom.exact != null && atom.exact.isEmpty()) return Need.ZERO_WIDTH;
            if (min == 0) return Need.NOTHING;
            return new Need(atom.any, null);
        }

        private void skipLazyOrPossessive() {
            if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) pos++;
        }

        Need atom() throws Unsupported {
            char c = src.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    skipClass();
                    return Need.NOTHING;
                case '.':
                    pos++;
                    return Need.NOTHING;
                case '^':
                case '$':
                    pos++;
                    return Need.ZERO_WIDTH;
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported();
                default:
                    pos++;
                    if (Character.isHighSurrogate(c) && pos < src.length() && Character.isLowSurrogate(src.charAt(pos))) {
                        pos++;
                        return Need.literal(src.substring(pos - 2, pos));
                    }
                    return Need.literal(String.valueOf(c));
            }
        }

        private Need group() throws Unsupported {
            pos++; // '('
            depth++;
            boolean lookaround = false;
            if (src.startsWith("?", pos)) {
                if (src.startsWith("?:", pos) || src.startsWith("?>", pos)) {
                    pos += 2;
                } else if (src.startsWith("?=", pos) || src.startsWith("?!", pos)) {
                    pos += 2;
                    lookaround = true;
                } else if (src.startsWith("?<=", pos) || src.startsWith("?<!", pos)) {
                    pos += 3;
                    lookaround = true;
                } else if (src.startsWith("?<", pos)) {
                    int close = src.indexOf('>', pos);
                    if (close < 0) throw new Unsupported();
                    pos = close + 1;
                } else {
                    // inline flags: "(?i)" applies to the rest, "(?i:X)" to X
                    int i = pos + 1;
                    while (i < src.length() && "idmsuxU-".indexOf(src.charAt(i)) >= 0) i++;
                    if (i >= src.length()) throw new Unsupported();
                    String flags = src.substring(pos + 1, i);
                    inlineFlags = true;
                    String on = flags.contains("-") ? flags.substring(0, flags.indexOf('-')) : flags;
                    if (on.contains("x") || on.contains("u") || on.contains("U")) throw new Unsupported();
                    if (on.contains("i")) fold = true;
                    if (src.charAt(i) == ')') {
                        pos = i + 1;
                        depth--;
                        return Need.ZERO_WIDTH;
                    }
                    if (src.charAt(i) != ':') throw new Unsupported();
                    pos = i + 1;
                }
            }
            Need inner = alternation();
            if (pos >= src.length() || src.charAt(pos) != ')') throw new Unsupported();
            pos++;
            depth--;
            return lookaround ? Need.ZERO_WIDTH : inner;
        }

        /** Moves past a character class, nested classes and escapes included. */
        private void skipClass() throws Unsupported {
            pos++; // '['
            if (src.startsWith("^", pos)) pos++;
            if (src.startsWith("]", pos)) throw new Unsupported();
            int depth = 1;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\\') {
                    if (src.startsWith("Q", pos + 1)) {
                        int end = src.indexOf("\\E", pos + 2);
                        if (end < 0) throw new Unsupported();
                        pos = end + 2;
                    } else {
                        pos += 2;
                    }
                    continue;
                }
                if (c == '[') {
                    depth++;
                    pos++;
                    if (src.startsWith("^", pos)) pos++;
                    if (src.startsWith("]", pos)) throw new Unsupported();
                    continue;
                }
                pos++;
                if (c == ']' && --depth == 0) return;
            }
            throw new Unsupported();
        }

        private Need escape() throws Unsupported {
            if (pos + 1 >= src.length()) throw new Unsupported();
            char e = src.charAt(pos + 1);
            pos += 2;
            if ("bBAGZz".indexOf(e) >= 0) return Need.ZERO_WIDTH;
            if ("dDsSwWhHvVRX".indexOf(e) >= 0) return Need.NOTHING;
            switch (e) {
                case 't': return Need.literal("\t");
                case 'n': return Need.literal("\n");
                case 'r': return Need.literal("\r");
                case 'f': return Need.literal("\f");
                case 'a': return Need.literal("\u0007");
                case 'e': return Need.literal("\u001b");
                case 'Q': {
                    int end = src.indexOf("\\E", pos);
                    String quoted = end < 0 ? src.substring(pos) : src.substring(pos, end);
                    pos = end < 0 ? src.length() : end + 2;
                    return quoted.isEmpty() ? Need.ZERO_WIDTH : Need.literal(quoted);
                }
                case 'p': case 'P': case 'N': case 'k': {
                    // \p{L}, \pL, \N{name}, \k<name>: a class or a back reference, nothing fixed
                    backReference |= e == 'k';
                    char open = e == 'k' ? '<' : '{';
                    char close = e == 'k' ? '>' : '}';
                    if (pos < src.length() && src.charAt(pos) == open) {
                        int end = src.indexOf(close, pos);
                        if (end < 0) throw new Unsupported();
                        pos = end + 1;
                    } else if (e == 'p' || e == 'P') {
                        pos++;
                    } else {
                        throw new Unsupported();
                    }
                    return Need.NOTHING;
                }
                case 'x': case 'u': case '0': case 'c':
                    // a character by its code: not worth decoding, it only ends a literal run
                    return skipCode(e);
                default:
                    if (e >= '1' && e <= '9') {
                        backReference = true;
                        while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
                        return Need.NOTHING;
                    }
                    if (Character.isLetterOrDigit(e)) throw new Unsupported();
                    return Need.literal(String.valueOf(e));
            }
        }

        private Need skipCode(char e) throws Unsupported {
            switch (e) {
                case 'x':
                    if (src.startsWith("{", pos)) {
                        int end = src.indexOf('}', pos);
                        if (end < 0) throw new Unsupported();
                        pos = end + 1;
                    } else {
                        pos += 2;
                    }
                    break;
                case 'u':
                    pos += 4;
                    break;
                case '0':
                    while (pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7') pos++;
                    break;
                default:
                    pos++;
            }
            if (pos > src.length()) throw new Unsupported();
            return Need.NOTHING;
        }
    }
}
