package dev.llmadvisor.reply;

/**
 * The next step a diagnosis gives when it names no cause, kept with its reply beside the note that says it, so a cause
 * found later (from the sizing) finds the step by what it is, not by its words.
 *
 * @param baseline what the estimate the step rests on says of the setup: it fits (check what else holds memory), part of
 *                 it runs from system RAM on a machine with a GPU, or anything else (no estimate, CPU only, no fit)
 * @param text     the note as the reply shows it
 */
public record NextStep(Baseline baseline, String text) {

    public enum Baseline { FITS, SPILLS, OTHER }
}
