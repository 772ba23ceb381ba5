package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.rules.Recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the answer to "6GB or 12GB, which should I buy?": each hardware option the person weighs was
 * answered on its own (as if it were their machine); this puts those answers side by side, one option per
 * line, and names the better one. Options are never summed into one machine.
 */
public final class HardwareComparison {

    private HardwareComparison() { }

    /** One option and the answer it got; {@code owned} marks the hardware the person already has. */
    public record Choice(Answer answer, boolean owned) { }

    /**
     * @param choices the options in the order the person named them (the owned machine first, when stated)
     * @param model   the model the question is about, or null for "what can it run"
     */
    public static Answer write(Lang lang, List<Choice> choices, String model) {
        boolean zh = lang == Lang.ZH;
        Choice best = choices.stream().max(Comparator.comparingDouble(HardwareComparison::score)).orElseThrow();
        List<Reply.Option> options = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Choice c : choices) {
            Answer a = c.answer();
            String title = label(a) + (c.owned() ? (zh ? "（你现有的）" : " (yours)") : "");
            // the option's best fit in figures; its headline when nothing runs
            Recommendation top = a.shown().isEmpty() ? null : a.shown().get(0);
            String detail = top != null && top.eligible()
                    ? top.candidate().title() + ": " + ReplyWriter.summary(a.reply().lang(), top.candidate())
                    : a.reply().headline();
            options.add(new Reply.Option(title, detail, c == best ? a.commands() : List.of()));
            for (String r : a.reply().reasons()) reasons.add(label(a) + ": " + r);
        }
        String winner = label(best.answer());
        Verdict v = best.answer().verdict();
        String headline;
        if (v == Verdict.NO && model != null) {
            headline = zh ? "这几个选项都跑不了 " + model + "。" : "None of these options runs " + model + ".";
        } else if (choices.stream().filter(c -> score(c) == score(best)).count() > 1) {
            headline = zh ? "这几个选项结果差不多，逐个看：" : "These options come out about the same; one by one:";
        } else if (model != null) {
            headline = zh ? "跑 " + model + " 选 " + winner + " 更好：" + best.answer().reply().headline()
                    : "For " + model + ", " + winner + " is the better choice: " + best.answer().reply().headline();
        } else {
            // the options below are each machine's best fit: the winner's own headline would introduce its list, not them
            headline = zh ? winner + " 能跑的模型更大；每个选项最合适的是：" : winner + " runs the larger models; the best fit on each:";
        }
        List<String> notes = new ArrayList<>(best.answer().reply().notes());
        notes.add(0, zh ? "每个选项都按单独一台机器来算，不会把它们加在一起。" : "Each option is sized as a machine of its own; they are not added together.");
        Reply reply = new Reply(lang, Reply.Kind.ANSWER, headline, options, reasons, notes);
        return new Answer(best.answer().ask(), best.answer().shown(), reply, best.answer().fired(), null, v, null, List.of());
    }

    /** The machine as the sized answer named it ("GeForce RTX 4090 (24 GB)"). */
    private static String label(Answer a) {
        return a.ask() != null ? a.ask().hardware() : "?";
    }

    /**
     * Which option serves better: what the verdict allows first (entirely on the GPU, then with offload), then for a
     * named model its format and speed, and for an open question the size of the largest model that runs.
     */
    private static double score(Choice c) {
        Answer a = c.answer();
        double verdict = a.verdict() == null ? 0 : switch (a.verdict()) {
            case FITS -> 3;
            case OFFLOAD -> 2;
            case NO -> 1;
        };
        // a named model on the GPU: the better format it runs in first (Q4 over Q2), then its speed; with part of it in
        // system RAM the speed first, since a finer format read from RAM is what makes it too slow to use
        boolean onGpuOnly = a.verdict() == Verdict.FITS;
        double within = a.shown().stream().filter(Recommendation::eligible).map(Recommendation::candidate)
                .filter(x -> !onGpuOnly || x.onGpu())
                .mapToDouble(x -> !x.requested() ? Math.min(x.paramsB(), 999)
                        : onGpuOnly ? x.formatBits() * 1000 + Math.min(x.tpsExpected(), 999)
                        : Math.min(x.tpsExpected(), 999) * 1000 + x.formatBits())
                .max().orElse(0);
        return verdict * 1_000_000 + Math.round(within);
    }
}
