package dev.llmadvisor.sizing;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileTableTest {

    private static final List<ModelArch> ARCHS = List.of(Archs.llama3_8b(), Archs.qwen3_30b_a3b(), Archs.gemma3_12b(), Archs.deepseekV3());

    private static ProfileTable roundTrip(Map<String, Profile> profiles) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProfileTable.write(profiles, out);
        return ProfileTable.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertSame(Profile read, Profile computed) {
        assertThat(read.dense()).containsExactly(computed.dense());
        assertThat(read.experts()).containsExactly(computed.experts());
        assertThat(List.of(read.tokenEmbedding(), read.output(), read.hostOutput(), read.fileBytes(), read.parameters(), read.activeParameters()))
                .isEqualTo(List.of(computed.tokenEmbedding(), computed.output(), computed.hostOutput(), computed.fileBytes(),
                        computed.parameters(), computed.activeParameters()));
        assertThat(read.byClass()).isEqualTo(computed.byClass());
    }

    @Test
    void givenProfilesWrittenAndReadThenEachEqualsTheComputedOne() throws Exception {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (ModelArch a : ARCHS) for (WeightFormat f : List.of(WeightFormat.Q4_K_M, WeightFormat.F16)) {
            profiles.put(ProfileTable.key(a, f), ModelSpec.of("x", a, f).profile());
        }
        ProfileTable t = roundTrip(profiles);
        assertThat(t.size()).isEqualTo(8);
        for (ModelArch a : ARCHS) for (WeightFormat f : List.of(WeightFormat.Q4_K_M, WeightFormat.F16)) {
            assertSame(t.get(a, f), ModelSpec.of("x", a, f).profile());
        }
    }

    @Test
    void givenAnEditedArchitectureOrAnotherFormatThenTheTableMissesAndTheSpecIsComputed() throws Exception {
        ModelArch a = Archs.llama3_8b();
        ProfileTable t = roundTrip(Map.of(ProfileTable.key(a, WeightFormat.Q4_K_M), ModelSpec.of("x", a, WeightFormat.Q4_K_M).profile()));
        ModelArch longer = new ModelArch(a.arch(), a.layers() + 1, a.hiddenSize(), a.heads(), a.kvHeads(), a.headDimK(), a.headDimV(),
                a.ffnSize(), a.vocabSize(), a.tiedEmbeddings(), a.attention(), a.feedForward(), a.bias(), a.qkNorm(), a.postNorms(),
                a.moe(), a.mla(), a.slidingWindow(), a.linearAttention(), a.maxContext());
        assertThat(t.get(longer, WeightFormat.Q4_K_M)).isNull();
        assertThat(t.get(a, WeightFormat.Q8_0)).isNull();
        assertThat(t.spec("m", longer, WeightFormat.Q4_K_M).profile().dense()).hasSize(a.layers() + 1);
    }

    @Test
    void givenASpecFromTheTableThenItsTensorTableIsBuiltOnDemandAndMatchesTheProfile() throws Exception {
        ModelArch a = Archs.qwen3_30b_a3b();
        ProfileTable t = roundTrip(Map.of(ProfileTable.key(a, WeightFormat.Q4_K_M), ModelSpec.of("x", a, WeightFormat.Q4_K_M).profile()));
        ModelSpec s = t.spec("m", a, WeightFormat.Q4_K_M);
        assertThat(s.tensors().totalBytes()).isEqualTo(s.profile().fileBytes());
    }

    @Test
    void givenATableOfAnotherVersionThenItReadsAsEmpty() throws Exception {
        assertThat(ProfileTable.read(new ByteArrayInputStream(new byte[] {0, 0, 0, 99, 0, 0, 0, 0})).size()).isZero();
    }
}
