package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Finding;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.rules.Recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Why?" for people: for the option in focus of an answer, the arithmetic, then the rules that decided,
 * grouped by what they did (ruled out, caution, in favour, against, remarks), each with its source document
 * and the figures it used. No score tallies. The sections are the reply's options (so every front end shows
 * them, with or without reasons); the same lines are its reasons.
 */
public final class Why {
    private Why() { }

    /** Findings per group shown at most (the strongest first); the rest are counted. */
    static final int PER_GROUP = 6;

    public static Reply of(Answer answer, Lang lang) {
        boolean zh = lang == Lang.ZH;
        Reply last = answer.reply();
        if (answer.shown().isEmpty()) {
            String head = zh ? "上一个回答的理由：" : "Why, for the last answer:";
            List<String> reasons = last.reasons().isEmpty() ? List.of(last.headline()) : last.reasons();
            return new Reply(lang, Reply.Kind.ANSWER, head, List.of(new Reply.Option(zh ? "理由" : "Reasons", String.join("\n", reasons))),
                    reasons, List.of());
        }
        Recommendation focus = answer.shown().get(0);
        Candidate c = focus.candidate();
        String name = c.title();
        String headline = (zh ? "为什么（" + name + "）：" : "Why (" + name + "): ") + last.headline();

        List<Reply.Option> sections = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        String sum = c.arithmetic(lang);
        sections.add(new Reply.Option(zh ? "算式" : "The arithmetic", sum));
        lines.add(name + ": " + sum);

        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (String g : List.of("REJECT", "WARN", "FOR", "AGAINST", "REMARK")) groups.put(g, new ArrayList<>());
        for (Finding f : focus.findings()) groups.get(group(f)).add(f);
        for (Map.Entry<String, List<Finding>> e : groups.entrySet()) {
            List<Finding> fs = e.getValue();
            if (fs.isEmpty()) continue;
            fs.sort((a, b) -> Integer.compare(Math.abs(b.points()), Math.abs(a.points())));
            StringBuilder body = new StringBuilder();
            int n = 0;
            for (Finding f : fs) {
                if (n == PER_GROUP) {
                    body.append(zh ? "……另有 " + (fs.size() - n) + " 条" : "… and " + (fs.size() - n) + " more");
                    break;
                }
                String line = f.text(lang) + " — " + rule(f, zh);
                body.append("• ").append(line).append('\n');
                lines.add("  " + title(e.getKey(), zh) + ": " + line);
                n++;
            }
            sections.add(new Reply.Option(title(e.getKey(), zh), body.toString().strip()));
        }
        if (answer.shown().size() > 1) {
            StringBuilder others = new StringBuilder();
            for (Recommendation r : answer.shown().subList(1, answer.shown().size())) {
                Candidate o = r.candidate();
                others.append("• ").append(o.title()).append(": ")
                        .append(ReplyWriter.summary(lang, o)).append('\n');
            }
            sections.add(new Reply.Option(zh ? "其他方案" : "Other options shown", others.toString().strip()));
        }
        List<String> notes = last.notes().stream().filter(n -> !n.startsWith("! ")).toList();
        return new Reply(lang, Reply.Kind.ANSWER, headline, sections, lines, notes, last.readAs());
    }

    /** Ruled out, caution, in favour, against, or a remark (an "explain" finding, or a score of 0). */
    static String group(Finding f) {
        return switch (f.effect().name()) {
            case "REJECT" -> "REJECT";
            case "WARN" -> "WARN";
            case "SCORE" -> f.points() > 0 ? "FOR" : f.points() < 0 ? "AGAINST" : "REMARK";
            default -> "REMARK";
        };
    }

    private static String title(String group, boolean zh) {
        return switch (group) {
            case "REJECT" -> zh ? "排除" : "Ruled out";
            case "WARN" -> zh ? "注意" : "Caution";
            case "FOR" -> zh ? "支持" : "In favour";
            case "AGAINST" -> zh ? "不利" : "Against";
            default -> zh ? "说明" : "Also considered";
        };
    }

    /** "rule “Q6_K for 7-8B models” (001: Q6_K is the high-value point)". */
    private static String rule(Finding f, boolean zh) {
        String src = f.source() == null || f.source().isBlank() ? "" : (zh ? "（" + f.source() + "）" : " (" + f.source() + ")");
        return (zh ? "规则“" + f.rule() + "”" : "rule \"" + f.rule() + "\"") + src;
    }
}
