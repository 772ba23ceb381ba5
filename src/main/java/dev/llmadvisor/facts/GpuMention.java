package dev.llmadvisor.facts;

/**
 * A GPU as the user wrote it: the name text ("3060 12G", "RTX 2000 Ada", "M3 Max"), how many, and a memory
 * size if one was given with it ("M3 Max 64GB", "3060 12G"). Resolved against the knowledge base later.
 *
 * @param uncounted cards said in the plural with no number (多卡, "my multi-GPU rig"): {@code count} is then the fewest
 *                  several can be, an assumption the answer says, never a count the person gave
 */
public record GpuMention(String text, int count, Double memoryGb, boolean uncounted) {

    /** A Mac named without its chip ("16GB Mac", "Mac Studio with 192GB"): sized from its memory. */
    public static final String ANY_MAC = "Apple Silicon Mac";
    /** Cards named without a make ("7x 24GB cards", "8 GPUs"): sized from their memory, if given. */
    public static final String ANY_GPU = "GPU";

    public GpuMention {
        if (count < 1) count = 1;
    }

    public GpuMention(String text, int count, Double memoryGb) {
        this(text, count, memoryGb, false);
    }

    /** Unnamed cards of the person's own said in the plural with no number: two, the fewest several can be. */
    public static GpuMention severalUnnamed() {
        return new GpuMention(ANY_GPU, 2, null, true);
    }

    /** The same cards with their memory per card. */
    public GpuMention withMemory(Double gb) {
        return new GpuMention(text, count, gb, uncounted);
    }
}
