package dev.llmadvisor.reply;

import dev.llmadvisor.facts.GenericModels;
import dev.llmadvisor.facts.Lang;

import java.util.List;

/**
 * An answer ready for any front end: the verdict first, then the best options with their figures, then
 * the reasons (rules that fired and the arithmetic), shown on request. A diagnosis that names no cause keeps its next step
 * ({@link NextStep}), one of the notes, apart as well, so a cause found later can change the step it contradicts.
 */
public record Reply(Lang lang, Kind kind, String headline, List<Option> options, List<String> reasons, List<String> notes,
                    String readAs, NextStep nextStep) {

    /** ANSWER: a verdict; CLARIFY: the question lacks something and we ask back; ERROR: bad input, said kindly. */
    public enum Kind { ANSWER, CLARIFY, HELP, ERROR }

    /** One recommended (or rejected) option: a short title, its figures, and the commands that run it (none if it does not fit). */
    public record Option(String title, String detail, List<CommandWriter.Command> commands) {
        public Option {
            commands = commands == null ? List.of() : List.copyOf(commands);
        }

        public Option(String title, String detail) { this(title, detail, List.of()); }
    }

    public Reply {
        options = List.copyOf(options);
        reasons = reasons instanceof LaterList<String> ? reasons : List.copyOf(reasons);
        notes = List.copyOf(notes);
        // a stand-in's name is held in English; a Chinese reply says it in Chinese wherever it appears
        if (lang == Lang.ZH) {
            headline = chinese(headline);
            options = options.stream().map(o -> new Option(chinese(o.title()), chinese(o.detail()), o.commands())).toList();
            notes = notes.stream().map(Reply::chinese).toList();
            readAs = chinese(readAs);
            if (nextStep != null) nextStep = new NextStep(nextStep.baseline(), chinese(nextStep.text()));
        }
        // the step is one of the notes: a reply rebuilt without that note has no next step either
        if (nextStep != null && !notes.contains(nextStep.text())) nextStep = null;
    }

    /** A space between two Chinese characters: one a template left around a word filled in ("而 这张显卡 只有"). */
    private static final java.util.regex.Pattern HAN_GAP = java.util.regex.Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");

    /** Text of a Chinese reply: stand-ins named in Chinese, and no space left between two Chinese characters. */
    private static String chinese(String text) {
        String named = GenericModels.inChinese(text);
        return named == null ? null : HAN_GAP.matcher(named).replaceAll("");
    }

    public Reply(Lang lang, Kind kind, String headline, List<Option> options, List<String> reasons, List<String> notes) {
        this(lang, kind, headline, options, reasons, notes, null, null);
    }

    public Reply(Lang lang, Kind kind, String headline, List<Option> options, List<String> reasons, List<String> notes,
                 String readAs) {
        this(lang, kind, headline, options, reasons, notes, readAs, null);
    }

    /** This reply with one more note at the end. */
    public Reply withNote(String note) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.add(note);
        return new Reply(lang, kind, headline, options, reasons, all, readAs, nextStep);
    }

    /** This reply without a note it carries (the same reply when it has none such): a note the headline now says. */
    public Reply withoutNote(String note) {
        List<String> rest = notes.stream().filter(n -> !n.equals(note)).toList();
        return new Reply(lang, kind, headline, options, reasons, rest, readAs, nextStep);
    }

    /** This reply with the one line restating what was understood of the question ("Read as: …"). */
    public Reply withReadAs(String line) {
        return new Reply(lang, kind, headline, options, reasons, notes, line, nextStep);
    }

    /** This reply with a note put before the others: what the answer stands in for, said first. */
    public Reply withFirstNote(String note) {
        List<String> n = new java.util.ArrayList<>(notes);
        n.add(0, note);
        return new Reply(lang, kind, headline, options, reasons, n, readAs, nextStep);
    }

    /**
     * This ask-back with what it already answers said first: when lines were put before the notes of {@code asked} (a
     * cause the report shows, a verdict the person's run gives), the first of them becomes the headline and the question
     * for what is missing follows those lines, so the first line answers what was asked ("shouldn't int8 be faster?" is
     * answered before "which GPU do you have?"). An ask-back that lists options (what the model needs, per format) keeps
     * its headline, which leads into them, after that first line. The same reply otherwise.
     */
    public Reply answeredBeforeAsking(Reply asked) {
        if (kind != Kind.CLARIFY || !headline.equals(asked.headline())) return this;
        int added = notes.size() - asked.notes().size();
        if (added <= 0 || !notes.subList(added, notes.size()).equals(asked.notes())) return this;
        List<String> rest = new java.util.ArrayList<>(notes.subList(1, added));
        if (options.isEmpty()) rest.add(headline);
        rest.addAll(asked.notes());
        String first = options.isEmpty() ? notes.get(0) : notes.get(0) + (lang == Lang.ZH ? "" : " ") + headline;
        return new Reply(lang, kind, first, options, reasons, rest, readAs, nextStep);
    }

    /** This reply as another kind under another headline, its options, reasons and notes kept. */
    public Reply withHeadline(Kind k, String h) {
        return new Reply(lang, k, h, options, reasons, notes, readAs, nextStep);
    }

    /**
     * This reply without its options, their reasons and the notes on how they were sized: a question about no model,
     * answered by its cause alone.
     */
    public Reply withoutOptions() {
        return new Reply(lang, kind, headline, List.of(), List.of(), List.of(), readAs);
    }

    public static Reply simple(Lang lang, Kind kind, String text) {
        return new Reply(lang, kind, text, List.of(), List.of(), List.of());
    }

    /** Plain text with light markdown, for the console and plain chat messages. */
    public String toText(boolean withReasons) {
        StringBuilder sb = new StringBuilder(headline);
        boolean first = true;
        for (Option o : options) {
            sb.append("\n- **").append(o.title()).append("**: ").append(o.detail());
            // the commands of the first option that has any: the text stays short; JSON carries every option's
            if (first && !o.commands().isEmpty()) {
                for (CommandWriter.Command c : o.commands()) sb.append("\n    `").append(c.command()).append('`');
                first = false;
            }
        }
        for (String n : notes) sb.append("\n").append(n);
        if (readAs != null) sb.append("\n_").append(readAs).append('_');
        if (withReasons && !reasons.isEmpty()) {
            sb.append("\n").append(lang == Lang.ZH ? "理由：" : "Why:");
            for (String r : reasons) sb.append("\n  * ").append(r);
        }
        return sb.toString();
    }
}
