package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.rules.FiredRule;
import dev.llmadvisor.rules.Recommendation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an answer showed, reduced to what scenarios check and what a comparison of two rule sets reports.
 *
 * @param verdict derived from the reply's kind and the first shown option: yes (on the GPU or GPUs),
 *                offload (partly or wholly in system RAM), no (nothing shown or the option does not fit /
 *                is ruled out), clarify (the advisor asked back or gave help), error
 * @param focus   index into options of the option the answer is about: the one in the format the
 *                question named when shown, else the first
 * @param text    the reply with its reasons, as {@code --why} prints it
 * @param figures the shown options' sizing figures, for the report's charts (empty when not kept)
 */
public record Observed(String verdict, String language, List<Option> options, int focus, Set<String> fired, String text,
                       List<Candidate> figures) {

    /** One shown option. {@code recommended}: it fits and no rule ruled it out. */
    public record Option(String model, String family, String format, int bits, String placement, boolean recommended,
                         double totalGb, int points) {
        public String key() { return model + "@" + format; }

        /**
         * Whether a scenario's name denotes this option: the model id ("qwen3-14b"), its family ("qwen2.5-coder"),
         * or an id prefix ending in "-*" ("gemma3-*" for gemma3-12b-it), optionally followed by "@FORMAT".
         */
        public boolean matches(String name) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            int at = n.indexOf('@');
            String m = at < 0 ? n : n.substring(0, at);
            if (at >= 0 && !format.equalsIgnoreCase(n.substring(at + 1))) return false;
            String id = model.toLowerCase(Locale.ROOT);
            if (m.endsWith("-*")) return id.startsWith(m.substring(0, m.length() - 1));
            return id.equals(m) || family.equalsIgnoreCase(m);
        }
    }

    public Observed {
        options = List.copyOf(options);
        fired = Set.copyOf(fired);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public Observed(String verdict, String language, List<Option> options, int focus, Set<String> fired, String text) {
        this(verdict, language, options, focus, fired, text, List.of());
    }

    /** {@code withText}: keep the reply's text with its reasons, which only a {@code mentions} expectation reads and which costs formatting every finding. */
    public static Observed of(Answer a, boolean withText) {
        List<Option> opts = new ArrayList<>();
        int focus = -1;
        for (Recommendation r : a.shown()) {
            Candidate c = r.candidate();
            if (focus < 0 && a.ask() != null && a.ask().format() != null && c.format() == a.ask().format()) focus = opts.size();
            opts.add(new Option(c.modelId(), c.family(), c.format().label(), c.formatBits(), c.placementName(), r.eligible(),
                    c.totalGb(), r.points()));
        }
        if (focus < 0) focus = 0;
        Set<String> fired = new LinkedHashSet<>();
        for (FiredRule f : a.fired()) fired.add(f.rule());
        return new Observed(verdict(a, opts), a.reply().lang().name().toLowerCase(Locale.ROOT), opts, focus, fired,
                withText ? a.reply().toText(true) : "", a.shown().stream().map(Recommendation::candidate).toList());
    }

    public Option top() { return options.isEmpty() ? null : options.get(0); }

    public Option focused() { return options.isEmpty() ? null : options.get(focus); }

    /** The options the answer recommends: shown, fitting and not ruled out. */
    public List<Option> recommended() { return options.stream().filter(Option::recommended).toList(); }

    private static String verdict(Answer a, List<Option> opts) {
        Reply.Kind k = a.reply().kind();
        if (k == Reply.Kind.ERROR) return "error";
        if (k != Reply.Kind.ANSWER) return "clarify";
        if (opts.isEmpty()) return "no";
        Option o = opts.get(0);
        if (!o.recommended()) return "no";
        return switch (o.placement()) {
            case "gpu", "multi_gpu" -> "yes";
            case "offload" -> "offload";
            default -> "no";
        };
    }

}
