package dev.llmadvisor.hub;

import dev.llmadvisor.engine.GgufWriter;
import dev.llmadvisor.engine.ModelShapes;
import dev.llmadvisor.knowledge.GgufModel;
import dev.llmadvisor.knowledge.GgufReader;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GgufDigestTest {

    @Test
    void roundTripsWhatTheSizingCoreUses(@TempDir Path dir) throws IOException {
        for (var arch : new dev.llmadvisor.sizing.ModelArch[] {ModelShapes.qwen3moe_30b_a3b(), ModelShapes.deepseekV2Lite(), ModelShapes.gemma3_12b()}) {
            Path p = GgufWriter.write(arch, WeightFormat.Q4_K_M, dir.resolve(arch.arch() + ".gguf")).path();
            GgufModel g = GgufReader.read(p);
            byte[] digest = GgufDigest.encode(g);
            GgufModel back = GgufDigest.decode(digest);
            assertThat(back.arch()).isEqualTo(g.arch());
            assertThat(HubLookupTest.describe(back)).isEqualTo(HubLookupTest.describe(g));
            assertThat(back.format()).isEqualTo(g.format());
            assertThat(back.fileSize()).isEqualTo(g.fileSize());
            assertThat(back.name()).isEqualTo(g.name());
            assertThat(digest.length).isLessThan(200_000);
        }
    }

    @Test
    void anythingElseIsNotADigest() {
        assertThat(GgufDigest.decode("{}".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(GgufDigest.decode("GGUF".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(GgufDigest.decode(new byte[0])).isNull();
        assertThat(GgufDigest.decode("{\"name\":\"x\",\"arch\":{\"arch\":\"llama\",\"layers\":0},\"tensors\":[]}".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
