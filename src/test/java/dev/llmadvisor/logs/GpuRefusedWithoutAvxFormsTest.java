package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ollama turning its GPU runners off on a CPU without AVX, in both wordings its releases printed (gpu/cpu_common.go
 * "disabling GPU support", discover/gpu.go "GPU inference disabled"). Label rule I decides the cause by what fixes it: on a
 * machine of its own only a source build with AVX off or another CPU (unsupported_hardware, ollama #2903); in a virtual
 * machine the host can pass AVX through, a setting (gpu_not_used, ollama #8399).
 */
class GpuRefusedWithoutAvxFormsTest {

    private static final List<String> LINES = List.of(
            "time=2024-03-05T10:12:44.120+08:00 level=INFO source=cpu_common.go:11 msg=\"CPU does not have AVX or AVX2, disabling GPU support.\"",
            "level=WARN source=gpu.go:222 msg=\"CPU does not have minimum vector extensions, GPU inference disabled\" required=avx detected=\"no vector extensions\"");

    @Test
    void onItsOwnMachineTheCardIsUnsupportedByTheInstall() {
        for (String l : LINES)
            for (String text : List.of(l, "Windows Server 2022, old Xeon X5675, RTX 3070:\n" + l, "老服务器 E5 CPU 加一张 3060，ollama 日志：\n" + l)) {
                assertThat(LogReader.read(text).noGpu()).as(text).isTrue();
                assertThat(LogReader.read(text).gpuRefused()).as(text).isTrue();
                assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("unsupported_hardware");
            }
    }

    @Test
    void inAVirtualMachineItIsASettingOfTheHost() {
        for (String l : LINES)
            for (String text : List.of("Ollama in a Proxmox VM with an H100 passed through:\n" + l, "running in a virtual machine (KVM)\n" + l,
                    "ollama 跑在虚拟机里，显卡直通：\n" + l)) {
                assertThat(LogReader.read(text).gpuRefused()).as(text).isFalse();
                assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("gpu_not_used");
            }
    }
}
