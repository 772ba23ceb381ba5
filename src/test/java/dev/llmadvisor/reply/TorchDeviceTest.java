package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Platform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the maker of the person's GPU, then the PyTorch device they are told to check the model is on is the one their
 * PyTorch build reaches it by: an Intel Arc is "xpu", never "cuda"; NVIDIA and AMD's ROCm build are "cuda".
 */
class TorchDeviceTest {

    @Test
    void givenAnIntelGpuThenTheDeviceIsXpu() {
        assertThat(SpeedAnswer.torchDevice(Platform.INTEL)).isEqualTo("xpu");
        assertThat(SpeedAnswer.torchDevice(Platform.ASCEND)).isEqualTo("npu");
    }

    @Test
    void givenAnNvidiaOrAmdGpuThenTheDeviceIsCuda() {
        assertThat(SpeedAnswer.torchDevice(Platform.NVIDIA)).isEqualTo("cuda");
        assertThat(SpeedAnswer.torchDevice(Platform.AMD)).isEqualTo("cuda");
        assertThat(SpeedAnswer.torchDevice(null)).isEqualTo("cuda");
    }
}
