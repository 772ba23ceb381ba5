package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a load that ran out of system RAM (the CPU allocator refused) and no model we can size, then as tried it did not
 * run: the verdict is no; a setup they say runs keeps no such verdict.
 */
class LoadKilledVerdictTest {

    private static final String LOG = "RuntimeError: [enforce fail at alloc_cpu.cpp:114] . DefaultCPUAllocator: not enough memory: "
            + "you tried to allocate 1048576000 bytes.";

    @Test
    void systemRamRunOutWhileLoadingIsANo() {
        String q = "Loading the model on my RTX 3090 fails: " + LOG;
        assertThat(askAsShipped(q).reply().headline()).as(q).contains("ran out of system RAM");
        assertThat(askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.NO);
    }

    @Test
    void noLogOfItNoVerdict() {
        String q = "Loading the model on my RTX 3090 fails with an error.";
        assertThat(askAsShipped(q).verdict()).as(q).isNotEqualTo(Verdict.NO);
    }
}
