package dev.llmadvisor.knowledge;

/**
 * A name that meant another model until {@code until} (knowledge/name-changes.yaml): Ollama's deepseek-r1:8b was the
 * R1 distill of Llama 3.1 8B before it became the R1-0528 distill of Qwen3 8B. A question asked before then may mean
 * {@code before}, so an answer sized for {@code model} says so.
 */
public record NameChange(String name, ModelEntry model, ModelEntry before, String until, String source) {

    /** Whether {@code query} is this name in any spelling (case, separators). */
    public boolean names(String query) {
        return query != null && Names.key(query).equals(Names.key(name));
    }
}
