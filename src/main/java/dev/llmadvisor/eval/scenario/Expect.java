package dev.llmadvisor.eval.scenario;

import java.util.List;

/**
 * What a scenario's final answer must show. Every field is optional (null or empty: not checked).
 *
 * @param verdict        yes | no | offload | clarify | error
 * @param recommends     model ids, families or model@FORMAT that must be among the recommended options
 * @param notRecommends  ditto, must not be
 * @param top            the first option's model id or family
 * @param placement      gpu | multi_gpu | offload | none, of the focus option
 * @param quant          accepted formats of the focus option (any of)
 * @param totalGbBetween [lo, hi] for the focus option's total memory
 */
public record Expect(String verdict, List<String> recommends, List<String> notRecommends, String top, String placement,
                     List<String> quant, Integer quantBitsAtMost, Integer quantBitsAtLeast, double[] totalGbBetween,
                     List<String> rulesFired, List<String> rulesNotFired, String language, List<String> mentions) {
    public Expect {
        recommends = recommends == null ? List.of() : List.copyOf(recommends);
        notRecommends = notRecommends == null ? List.of() : List.copyOf(notRecommends);
        quant = quant == null ? List.of() : List.copyOf(quant);
        rulesFired = rulesFired == null ? List.of() : List.copyOf(rulesFired);
        rulesNotFired = rulesNotFired == null ? List.of() : List.copyOf(rulesNotFired);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** Whether anything at all is expected. */
    public boolean isEmpty() {
        return verdict == null && recommends.isEmpty() && notRecommends.isEmpty() && top == null && placement == null
                && quant.isEmpty() && quantBitsAtMost == null && quantBitsAtLeast == null && totalGbBetween == null
                && rulesFired.isEmpty() && rulesNotFired.isEmpty() && language == null && mentions.isEmpty();
    }
}
