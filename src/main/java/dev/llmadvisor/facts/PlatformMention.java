package dev.llmadvisor.facts;

/**
 * The CPU and system RAM as the user wrote them ("EPYC 9654", "DDR5-4800 12 channels", "ddr4 2933 64g*8", "双路7c13"):
 * each part null when not said. {@code dimms} is a count of memory modules ("64g*8"), {@code channels} a stated
 * channel count; the RAM bandwidth is derived from them in facts (MachineReader).
 */
public record PlatformMention(String cpu, Integer sockets, String ramType, Integer mts, Integer channels, Integer dimms) {

    public boolean isEmpty() {
        return cpu == null && sockets == null && ramType == null && mts == null && channels == null && dimms == null;
    }
}
