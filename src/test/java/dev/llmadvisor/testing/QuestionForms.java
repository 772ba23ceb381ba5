package dev.llmadvisor.testing;

/** Generated questions: a form with {c} for the card, {m} for the model and {e} for the engine filled in. */
public final class QuestionForms {
    private QuestionForms() { }

    /** A form without an engine. */
    public static String fill(String form, String[] cardAndModel) {
        return fill(form, cardAndModel, "");
    }

    /** {@code cardAndModel}: the card first, then the model; a form without {e} ignores {@code engine}. */
    public static String fill(String form, String[] cardAndModel, String engine) {
        return form.replace("{c}", cardAndModel[0]).replace("{m}", cardAndModel[1]).replace("{e}", engine);
    }
}
