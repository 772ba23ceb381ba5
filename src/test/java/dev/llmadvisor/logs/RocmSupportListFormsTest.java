package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ollama's check of an AMD GPU against the architectures its ROCm library was built for, in every wording its releases
 * printed (0.1.x "amdgpu [0] gfx1103 is not supported by DIR [list]", later "[ID] amdgpu gfx1103 is not supported by DIR
 * [list]" and "amdgpu is not supported (supported types:[…])"): one finding, the GPU left unused, whatever the card, path
 * and prose around it.
 */
class RocmSupportListFormsTest {

    private static final List<String> LINES = List.of(
            "time=2024-05-02T12:17:03.657Z level=WARN source=amd_linux.go:116 msg=\"amdgpu [0] {gfx} is not supported by /tmp/ollama2145067703/rocm [gfx1030 gfx1100 gfx1101 gfx1102 gfx900 gfx906 gfx908 gfx90a]\"",
            "time=2024-04-11T09:01:22.101+02:00 level=WARN source=amd_windows.go:97 msg=\"amdgpu [1] {gfx} is not supported by C:\\Users\\me\\AppData\\Local\\Programs\\Ollama\\rocm [gfx1030 gfx1100 gfx1101 gfx1102 gfx906]\"",
            "level=WARN source=amd_linux.go:316 msg=\"[GPU-5c3a] amdgpu {gfx} is not supported by /usr/lib/ollama [gfx1030 gfx1100]\"",
            "level=WARN source=amd_linux.go:378 msg=\"amdgpu is not supported (supported types:[gfx1030 gfx1100 gfx1101 gfx1102])\" gpu_type={gfx} gpu=0");

    private static final List<String> FRAMES = List.of(
            "{l}",
            "ollama serve prints this and then runs everything on the CPU:\n{l}",
            "我的 AMD 显卡在 ollama 里用不上，日志：\n{l}");

    @Test
    void anArchitectureOutsideTheBuildsListLeavesTheGpuUnused() {
        for (String gfx : List.of("gfx1103", "gfx1031", "gfx1032", "gfx90c"))
            for (String l : LINES)
                for (String f : FRAMES) {
                    String text = f.replace("{l}", l.replace("{gfx}", gfx));
                    assertThat(LogReader.read(text).noGpu()).as(text).isTrue();
                    assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("gpu_not_used");
                }
    }
}
