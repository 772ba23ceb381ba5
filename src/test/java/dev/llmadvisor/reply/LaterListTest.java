package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LaterListTest {

    @Test
    void madeOnFirstReadOnlyAndThenKept() {
        AtomicInteger made = new AtomicInteger();
        LaterList<String> reasons = new LaterList<>(() -> {
            made.incrementAndGet();
            return List.of("Qwen3 8B Q4_K_M: 5.0 GB of weights", "  fits [+10]");
        });
        assertThat(made).hasValue(0);
        assertThat(reasons).hasSize(2);
        assertThat(reasons.get(1)).isEqualTo("  fits [+10]");
        assertThat(reasons).containsExactly("Qwen3 8B Q4_K_M: 5.0 GB of weights", "  fits [+10]");
        assertThat(made).hasValue(1);
    }

    @Test
    void aReplyKeepsItsReasonsUnmadeUntilTheyAreShown() {
        AtomicInteger made = new AtomicInteger();
        Reply r = new Reply(Lang.EN, Reply.Kind.ANSWER, "Yes.", List.of(), new LaterList<>(() -> {
            made.incrementAndGet();
            return List.of("the arithmetic");
        }), List.of()).withReadAs("Read as: RTX 4060 8 GB").withFirstNote("a note");
        assertThat(r.toText(false)).doesNotContain("the arithmetic");
        assertThat(made).hasValue(0);
        assertThat(r.toText(true)).contains("the arithmetic");
        assertThat(made).hasValue(1);
    }

    @Test
    void isUnmodifiable() {
        LaterList<String> l = new LaterList<>(() -> new java.util.ArrayList<>(List.of("a")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> l.add("b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
