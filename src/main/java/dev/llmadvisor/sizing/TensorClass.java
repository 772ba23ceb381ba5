package dev.llmadvisor.sizing;

/** The classes of weights reported separately, so an answer can say where the bytes go. */
public enum TensorClass {
    TOKEN_EMBEDDING,
    ATTENTION,
    FEED_FORWARD,
    EXPERTS,
    OUTPUT,
    NORM
}
