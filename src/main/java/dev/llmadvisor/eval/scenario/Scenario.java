package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.facts.Question;

import java.util.List;

/**
 * One golden case: a question in words ({@link #question}) or as structured facts ({@link #facts}), the
 * follow-up messages sent after it in the same conversation, and what the final answer must show.
 *
 * @param file         the file it came from, as given on the command line (for reports)
 * @param line         the line its entry starts on
 * @param knownFailure why the program (not the scenario) is wrong today, or null
 */
public record Scenario(String id, String file, int line, String question, Question facts, List<String> followUps,
                       Expect expect, String knownFailure) {
    public Scenario {
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** "file#id", unique in a run. */
    public String key() { return file + "#" + id; }

    /** The question as a reader sees it: the words, or a short rendering of the facts. */
    public String asked() {
        if (question != null) return question;
        return "facts: " + Facts.describe(facts);
    }

    /** Renders structured facts briefly for reports. */
    static final class Facts {
        private Facts() { }

        static String describe(Question q) {
            StringBuilder sb = new StringBuilder();
            q.gpus().forEach(g -> sb.append(g.count() > 1 ? g.count() + "x " : "").append(g.text())
                    .append(g.memoryGb() != null ? " " + g.memoryGb() + "GB" : "").append("; "));
            if (q.vramGb() != null) sb.append(q.vramGb()).append(" GB VRAM; ");
            if (q.ramGb() != null) sb.append(q.ramGb()).append(" GB RAM; ");
            if (q.cpuOnly()) sb.append("CPU only; ");
            if (!q.models().isEmpty()) sb.append(String.join(", ", q.models())).append("; ");
            if (q.format() != null) sb.append(q.format().label()).append("; ");
            if (q.context() != null) sb.append(q.context()).append(" ctx; ");
            if (q.useCase() != null) sb.append(q.useCase().name().toLowerCase()).append("; ");
            if (!q.topics().isEmpty()) sb.append(q.topics()).append("; ");
            if (q.preference() != null) sb.append(q.preference().name().toLowerCase()).append("; ");
            sb.append(q.lang().name().toLowerCase());
            return sb.toString();
        }
    }
}
