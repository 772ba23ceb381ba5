package dev.llmadvisor.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which sized candidates of an open question ("what can my card run?") reach the rules. Every catalog model is
 * sized in every format of the ladder, but the answer shows only each model's best option, so candidates that
 * cannot be a model's best only cost the rules time. When a format of 4 bits or more of a model fits entirely in
 * GPU memory, that model's other candidates that run partly or wholly from system RAM, and its 2-bit formats,
 * are left out: under the rules' points scale (rules/README.md) an option on the GPU at 4 bits or more outranks
 * them whatever the preference (GPU +30 against offload +5 at most; a 2-bit format -20 against +4 to +6).
 * Candidates the user named are never filtered.
 */
public final class OpenQuestions {
    private OpenQuestions() { }

    public static List<Candidate> filter(List<Candidate> candidates) {
        Set<String> onGpuAt4Bits = new HashSet<>();
        for (Candidate c : candidates) if (c.onGpu() && c.formatBits() >= 4) onGpuAt4Bits.add(c.modelId());
        if (onGpuAt4Bits.isEmpty()) return candidates;
        return candidates.stream()
                .filter(c -> c.requested() || !onGpuAt4Bits.contains(c.modelId()) || (c.onGpu() && c.formatBits() > 2))
                .toList();
    }
}
