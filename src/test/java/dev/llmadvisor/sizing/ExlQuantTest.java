package dev.llmadvisor.sizing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Given an ExLlama model at a bit rate, then its weights are the converters' own arithmetic: linear layers at the rate,
 * the head at its bits, the 16-bit token table in RAM (a self-check of the definition, not a measurement of a file).
 */
class ExlQuantTest {

    private static final ModelArch LLAMA3_70B = Archs.llama3_70b();
    private static final long EMBEDDING = 128256L * 8192;

    private static long linearParameters(ModelArch a) {
        long linear = 0;
        for (Tensor t : TensorTable.layout(a)) if (t.layer() >= 0 && !t.isVector()) linear += t.elements();
        return linear;
    }

    /** The layers' norms, kept in 16 bits. */
    private static long normBytes(ModelArch a) {
        long norms = 0;
        for (Tensor t : TensorTable.layout(a)) if (t.layer() >= 0 && t.isVector()) norms += 2 * t.elements();
        return norms;
    }

    @Test
    void givenARateThenTheLinearLayersTakeItAndTheHeadItsSixBits() {
        Profile p = new ExlQuant(2.5, 6).profile(LLAMA3_70B);
        long layers = 0;
        for (long d : p.dense()) layers += d;
        assertThat((double) layers).isCloseTo(linearParameters(LLAMA3_70B) * 2.5 / 8 + normBytes(LLAMA3_70B), within(1e3));
        assertThat(p.hostOutput()).isCloseTo(EMBEDDING * 6 / 8, within(1024L * 1024));
        assertThat(p.tokenEmbedding()).isEqualTo(EMBEDDING * 2);
    }

    @Test
    void givenMoreHeadBitsThenOnlyTheHeadGrows() {
        Profile h6 = new ExlQuant(4.0, 6).profile(LLAMA3_70B);
        Profile h8 = new ExlQuant(4.0, 8).profile(LLAMA3_70B);
        assertThat(h8.fileBytes() - h6.fileBytes()).isCloseTo(EMBEDDING * 2 / 8, within(1024L));
        assertThat(h8.dense()).isEqualTo(h6.dense());
    }

    @Test
    void givenATiedEmbeddingThenTheHeadIsQuantizedAsAHeadOfItsOwn() {
        ModelArch gemma = Archs.gemma3_12b();
        Profile p = new ExlQuant(4.0, 6).profile(gemma);
        long vocab = 262208L * 3840;
        assertThat(p.tokenEmbedding()).isEqualTo(vocab * 2);
        assertThat(p.output()).isBetween(vocab * 6 / 8, vocab * 6 / 8 + 3840L * 4 * 2);
    }

    @Test
    void givenTheRateThenTheFileGrowsWithIt() {
        long low = new ExlQuant(3.0, 6).profile(LLAMA3_70B).fileBytes();
        long high = new ExlQuant(6.0, 6).profile(LLAMA3_70B).fileBytes();
        assertThat((double) (high - low)).isCloseTo(linearParameters(LLAMA3_70B) * 3.0 / 8, within(1e6));
    }

    @Test
    void givenARateOutsideWhatTheConvertersMakeThenNoneIsNamed() {
        assertThat(ExlQuant.named(1.5, null)).isNull();
        assertThat(ExlQuant.named(9.0, null)).isNull();
        assertThat(ExlQuant.named(4.65, null)).isEqualTo(new ExlQuant(4.65, ExlQuant.HEAD_BITS));
        assertThat(ExlQuant.named(4.0, 8).headBits()).isEqualTo(8);
        assertThatThrownBy(() -> new ExlQuant(12, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenARateThenItsWidthLabelAndGradeFollowIt() {
        assertThat(ExlQuant.named(4.65, null).nominalBits()).isEqualTo(4);
        assertThat(ExlQuant.named(4.65, null).label()).isEqualTo("4.65 bpw");
        assertThat(ExlQuant.named(2.5, null).label()).isEqualTo("2.5 bpw");
        assertThat(ExlQuant.named(6.0, null).label()).isEqualTo("6.0 bpw");
        assertThat(ExlQuant.quality(6.0)).isEqualTo("near_lossless");
        assertThat(ExlQuant.quality(4.65)).isEqualTo("balanced");
        assertThat(ExlQuant.quality(2.5)).isEqualTo("extreme");
    }
}
