package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ollama's check of an AMD GPU against the architectures its ROCm library was built for, in every wording its releases
 * printed (0.1.x "amdgpu [0] gfx1103 is not supported by DIR [list]", later "[ID] amdgpu gfx1103 is not supported by DIR
 * [list]" and "amdgpu is not supported (supported types:[…])"): one finding, the GPU left unused, whatever the card, path
 * and prose around it. Label rule I decides its cause by what fixes it: the override (HSA_OVERRIDE_GFX_VERSION) when the
 * list holds the x.y.0 target of the card's family and the log is Linux's or itself points at the override
 * (gpu_not_used); another build when the list lacks that target or Windows' log does not name the override
 * (unsupported_hardware).
 */
class RocmSupportListFormsTest {

    /** Linux's wordings, each list holding gfx1030 and gfx1100. */
    private static final List<String> LINUX = List.of(
            "time=2024-05-02T12:17:03.657Z level=WARN source=amd_linux.go:116 msg=\"amdgpu [0] {gfx} is not supported by /tmp/ollama2145067703/rocm [gfx1030 gfx1100 gfx1101 gfx1102 gfx900 gfx906 gfx908 gfx90a]\"",
            "level=WARN source=amd_linux.go:316 msg=\"[GPU-5c3a] amdgpu {gfx} is not supported by /usr/lib/ollama [gfx1030 gfx1100]\"",
            "level=WARN source=amd_linux.go:378 msg=\"amdgpu is not supported (supported types:[gfx1030 gfx1100 gfx1101 gfx1102])\" gpu_type={gfx} gpu=0");

    private static final String WINDOWS =
            "time=2024-04-11T09:01:22.101+02:00 level=WARN source=amd_windows.go:97 msg=\"amdgpu [1] {gfx} is not supported by C:\\Users\\me\\AppData\\Local\\Programs\\Ollama\\rocm [gfx1030 gfx1100 gfx1101 gfx1102 gfx906]\"";

    /** Ollama 0.1.x on Windows pointed at the override in its own log (gh ollama #2502, where setting it worked). */
    private static final String WINDOWS_ADVICE =
            "\ntime=2024-04-11T09:01:22.102+02:00 level=INFO source=amd_windows.go:98 msg=\"See https://github.com/ollama/ollama/blob/main/docs/troubleshooting.md for HSA_OVERRIDE_GFX_VERSION usage\"";

    private static final List<String> FRAMES = List.of(
            "{l}",
            "ollama serve prints this and then runs everything on the CPU:\n{l}",
            "我的 AMD 显卡在 ollama 里用不上，日志：\n{l}");

    private static String framed(String frame, String line, String gfx) {
        return frame.replace("{l}", line.replace("{gfx}", gfx));
    }

    @Test
    void onLinuxACardWhoseFamilyTargetIsListedIsLeftUnused() {
        for (String gfx : List.of("gfx1103", "gfx1031", "gfx1032", "gfx1036"))
            for (String l : LINUX)
                for (String f : FRAMES) {
                    String text = framed(f, l, gfx);
                    assertThat(LogReader.read(text).noGpu()).as(text).isTrue();
                    assertThat(LogReader.read(text).gpuRefused()).as(text).isFalse();
                    assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("gpu_not_used");
                }
    }

    @Test
    void aCardWhoseFamilyTargetIsNotListedIsUnsupported() {
        // gfx906 and gfx90c point at gfx900, gfx1201 at gfx1200: none in these lists, so no override reaches them
        for (String gfx : List.of("gfx906", "gfx90c", "gfx1201"))
            for (String f : FRAMES) {
                String text = framed(f, LINUX.get(2), gfx);
                assertThat(LogReader.read(text).gpuRefused()).as(text).isTrue();
                assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("unsupported_hardware");
            }
    }

    @Test
    void onWindowsOnlyTheLogsOwnAdviceMakesItASetting() {
        for (String gfx : List.of("gfx1031", "gfx1103"))
            for (String f : FRAMES) {
                String refused = framed(f, WINDOWS, gfx);
                assertThat(LogReader.read(refused).noGpu()).as(refused).isTrue();
                assertThat(RealAdvisors.diagnosedCause(refused)).as(refused).isEqualTo("unsupported_hardware");
                String advised = framed(f, WINDOWS + WINDOWS_ADVICE, gfx);
                assertThat(RealAdvisors.diagnosedCause(advised)).as(advised).isEqualTo("gpu_not_used");
            }
    }
}
