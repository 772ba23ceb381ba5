package dev.llmadvisor.facts;

/** What the model is for. Finer detail (php, vba, fiction...) goes in Question.topics. */
public enum UseCase {
    GENERAL,
    CODING,
    WRITING,
    LONG_CONTEXT,
    RAG,
    REASONING,
    MULTIMODAL,
    EDGE;

    /** The knowledge base's `uses` tag that marks a model as suited. */
    public String tag() {
        return switch (this) {
            case GENERAL -> "general";
            case CODING -> "coding";
            case WRITING -> "writing";
            case LONG_CONTEXT -> "long_context";
            case RAG -> "rag";
            case REASONING -> "reasoning";
            case MULTIMODAL -> "multimodal";
            case EDGE -> "edge";
        };
    }
}
