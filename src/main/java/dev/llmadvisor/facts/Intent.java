package dev.llmadvisor.facts;

/** What the user wants to know. */
public enum Intent {
    /** "what can my 16GB card run?" */
    WHAT_CAN_RUN,
    /** "can two 3090s run Llama 3.1 70B?" */
    CAN_RUN,
    /** "how much memory does Qwen3 32B need?" */
    MEMORY_NEEDED,
    /** "which quant for Qwen3 14B on a 4060 Ti?" */
    WHICH_FORMAT,
    /** "qwen3 14b or phi4 for coding on 16GB?" */
    COMPARE,
    /** "why?", "why not Q8?" */
    WHY,
    HELP,
    UNKNOWN
}
