package dev.llmadvisor.facts;

import java.util.Locale;

/** What the user wants to know. */
public enum Intent {
    /** "what can my 16GB card run?" */
    WHAT_CAN_RUN,
    /** "can two 3090s run Llama 3.1 70B?" */
    CAN_RUN,
    /** "how much memory does Qwen3 32B need?", "how much VRAM do 7B/13B/70B models need?" */
    MEMORY_NEEDED,
    /** "which quant for Qwen3 14B on a 4060 Ti?" */
    WHICH_FORMAT,
    /** "qwen3 14b or phi4 for coding on 16GB?" */
    COMPARE,
    /** "4060 Ti 16GB or 4070 12GB for Qwen 14B?": hardware options side by side */
    COMPARE_HARDWARE,
    /** "why is it so slow?", "CUDA out of memory", a pasted log: the cause and the fix */
    DIAGNOSE,
    /** "how fast will it run?", "it runs at 4 tok/s, how do I make it faster?" */
    SPEED,
    /** "can I fine-tune Phi-3.5 on my 4060?": training memory, which the advisor does not size (it says so, with the rule of thumb) */
    OUT_OF_SCOPE,
    /** "why?", "why not Q8?" about the previous answer */
    WHY,
    HELP,
    UNKNOWN;

    /** The name used in JSON and the real-question corpus: can_run, what_can_run, compare_models, … */
    public String id() {
        return this == COMPARE ? "compare_models" : name().toLowerCase(Locale.ROOT);
    }
}
