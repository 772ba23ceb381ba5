package dev.llmadvisor.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Of the models a problem report names, which one the person says fails when they say another works: "llama3.2 works
 * fine … but llama4:scout doesn't use the GPU", "qwen3:8b runs, qwen3:32b crashes with out of memory", "7B没问题，14B就爆显存".
 * Rule D keeps both sides of such a contrast among the models asked about; the diagnosis reasons about the failing one.
 * Each mention's words run from the name to the next other model named or the clause's end; a clause that asks ("does X
 * run fine?") tells nothing. With no model said to work, or none left beside those said to work, nothing is told, so two
 * models both failing, or one model that worked before an update, keep the diagnosis on the first model named.
 * Expects the question's text and its models as asked.
 */
public final class RunContrastForms {

    /** The models said to fail (else those not said to work), and those said to work, as asked, in the question's order. */
    public record Told(List<String> failing, List<String> working) { }

    /** A clause ends at a sentence's end (not a version's dot), a blank line, a comma, or a turn of contrast. */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "\\.(?![0-9a-z])|[;!?。；！？,，]|\\n\\s*\\n|\\b(?:but|however|whereas|while)\\b|但|可是|不过|然而|却|而");
    private static final Pattern WORKS = Pattern.compile(
            "\\b(?:runs?|running|ran|works?|working|worked|loads?|loaded)\\b(?: (?:just|really|very|pretty))? (?:fine|well|ok|okay|perfectly|great|smoothly|normally|flawlessly)\\b"
                    + "|\\b(?:no|without(?: any| an?)?) (?:problems?|issues?)\\b|\\b(?:uses?|using) (?:the )?gpus? (?:correctly|fine|properly|normally)\\b"
                    + "|\\b(?:was|were|am|is|are) able to (?:run|load)\\b|\\bsuccessfully (?:run|ran|load|loaded)\\b"
                    + "|没问题|没有问题|(?<![不非])正常|(?<![不没])(?:能|可以)(?:跑|运行|用)|流畅|跑得动|成功(?:运行|跑|加载)");

    private RunContrastForms() { }

    /** The model said to fail beside one said to work; empty when the text tells no such contrast. */
    public static Optional<Told> of(String text, List<String> models) {
        if (text == null || models.size() < 2) return Optional.empty();
        String low = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> names = models.stream().map(m -> Normalizer.normalize(m, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)).toList();
        List<String> working = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        List<String> neither = new ArrayList<>();
        List<List<int[]>> mentions = names.stream().map(n -> mentions(low, n)).toList();
        for (int k = 0; k < names.size(); k++) {
            boolean works = false, fails = false;
            for (int[] at : mentions.get(k)) {
                String words = wordsOf(low, at[0], at[1], k, names, mentions);
                if (words == null) continue;
                Matcher t = ModelSpotter.TROUBLE.matcher(words);
                boolean trouble = t.find() && !Prefilter.find(ModelSpotter.TROUBLE_HEDGE, words.substring(0, t.start()));
                fails |= trouble;
                works |= !trouble && Prefilter.find(WORKS, words);
            }
            (fails ? failing : works ? working : neither).add(models.get(k));
        }
        if (working.isEmpty()) return Optional.empty();
        // those failing, then those not said to work: "llama4:scout" whose trouble is told of "the model" after it
        List<String> left = new ArrayList<>(failing);
        left.addAll(neither);
        return left.isEmpty() ? Optional.empty() : Optional.of(new Told(List.copyOf(left), List.copyOf(working)));
    }

    /**
     * Where a model as asked is written: its words in order, with the spaces or a Chinese 的/之 the reading dropped
     * between them ("qwen1 72b" in "qwen1 的72b int4"); a name's words never run on into a longer name ("qwen1" is not
     * "qwen1.5"). The pattern is built per name and per question, so it is matched directly, never through Prefilter.
     */
    private static List<int[]> mentions(String low, String name) {
        List<int[]> at = new ArrayList<>();
        if (name.isEmpty()) return at;
        List<String> words = List.of(name.split("\\s+"));
        String joined = String.join("[\\s的之]*", words.stream().map(Pattern::quote).toList());
        Matcher m = Pattern.compile(joined + "(?![0-9]|\\.[0-9])").matcher(low);
        while (m.find()) at.add(new int[] {m.start(), m.end()});
        return at;
    }

    /**
     * The words told of model {@code k}'s mention at [from, to): back to its clause's start and on to the clause's end,
     * each cut at another model named; null when the clause asks.
     */
    private static String wordsOf(String low, int from, int to, int k, List<String> names, List<List<int[]>> mentions) {
        int start = Math.max(0, from - 80);
        Matcher before = CLAUSE_END.matcher(low).region(start, from);
        while (before.find()) start = before.end();
        Matcher after = CLAUSE_END.matcher(low).region(to, Math.min(low.length(), to + 120));
        int end = after.find() ? after.start() : Math.min(low.length(), to + 120);
        String name = names.get(k);
        for (int j = 0; j < names.size(); j++) {
            String other = names.get(j);
            if (j == k || other.isEmpty() || name.contains(other) || other.contains(name)) continue;
            for (int[] o : mentions.get(j)) {
                if (o[0] >= start && o[1] <= from) start = o[1];
                if (o[0] >= to && o[0] < end) end = o[0];
            }
        }
        String clause = low.substring(start, end);
        boolean asks = end < low.length() && low.charAt(end) == '?' || Prefilter.find(ModelSpotter.ASKS, clause)
                || Prefilter.find(ModelSpotter.ASKS_ZH, clause);
        return asks ? null : clause;
    }
}
