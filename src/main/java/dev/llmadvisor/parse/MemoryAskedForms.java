package dev.llmadvisor.parse;

/**
 * Whether a question asks how much memory a model needs ("how much VRAM does it need?", "需要多少显存"), not only tells
 * how much a run uses: the parser's own reading (IntentRules), so an answer to a failure told beside that question can
 * answer it first, as the kind did not (label rule A makes such a question a diagnosis).
 */
public final class MemoryAskedForms {

    private MemoryAskedForms() {}

    public static boolean asked(String text) {
        return text != null && IntentRules.asksMemoryItself(new Scan(text).low);
    }
}
