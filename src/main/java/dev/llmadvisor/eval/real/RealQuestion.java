package dev.llmadvisor.eval.real;

import dev.llmadvisor.facts.Lang;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * One question copied from a public thread (eval/real-questions/*.yaml), with what a careful reader takes
 * from it and the outcome the thread established. Labels come from reading the thread, never from the
 * program's output.
 */
public record RealQuestion(String id, String source, Lang lang, String text, Expected understood, Outcome outcome,
                           String file, String declaredSplit) {

    /** A question whose split comes from its id (the corpus: no {@code split:} line). */
    public RealQuestion(String id, String source, Lang lang, String text, Expected understood, Outcome outcome, String file) {
        this(id, source, lang, text, understood, outcome, file, null);
    }

    /**
     * Held out: as declared by the entry's {@code split:} line (a field sample is tuning data, declared dev), else
     * the first byte of SHA-256(id), modulo 10, is below 3 (fixed by id, about 30 %).
     */
    public boolean heldOut() {
        if (declaredSplit != null) return declaredSplit.equals("held-out");
        return (idHash()[0] & 0xff) % 10 < 3;
    }

    public String split() { return heldOut() ? "held-out" : "dev"; }

    /**
     * The half of dev a question falls in, "dev-a" or "dev-b" (the parity of the second byte of SHA-256(id)), null
     * for held-out: tuning on dev-a while only measuring dev-b shows whether a change reaches questions it was not
     * shaped by, without touching held-out.
     */
    public String devHalf() {
        if (heldOut()) return null;
        return (idHash()[1] & 1) == 0 ? "dev-a" : "dev-b";
    }

    private byte[] idHash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** What a careful reader takes from the question. */
    public record Expected(String kind, List<Card> gpus, List<Card> alternatives, boolean cpuOnly, Double ramGb,
                           String engine, List<Model> models, String format, Integer context) {
        public Expected {
            gpus = gpus == null ? List.of() : List.copyOf(gpus);
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
            models = models == null ? List.of() : List.copyOf(models);
        }
    }

    /** A kind of card: memory per card (null: not pinned), how many (null: not stated), unified memory. */
    public record Card(String name, Double vramGb, Integer count, boolean unified) { }

    /** A model as named: its name, the base of a fine-tune, size, Hub repo, or a generic size. */
    public record Model(String asked, String name, String base, Double paramsB, String hf, boolean generic) { }

    /** What the thread established: fits / offload / no / unknown, a cause for problems, a memory figure. */
    public record Outcome(String verdict, String cause, Double memoryGb, String basis, String evidence) {
        public boolean hasVerdict() { return verdict != null && !verdict.equals("unknown"); }
    }
}
