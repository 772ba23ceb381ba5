package dev.llmadvisor.parse;

import dev.llmadvisor.facts.PlatformMention;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformSpotterTest {

    private static PlatformMention spot(String text) {
        return new PlatformSpotter().spot(new Scan(text));
    }

    @Test
    void aCpuNameCopiedFromSystemInformationKeepsItsNameWithoutTheTrademarkMarks() {
        // given a CPU as Windows lists it, then as an Intel code name
        PlatformMention xeon = spot("Server: Intel(R) Xeon(R) Silver 4314 CPU @ 2.40GHz, 64 GB, slow answers");
        PlatformMention laptop = spot("benchmark on LNL 258V 32G LPDDR5X");
        // then the CPU is read, without the marks
        assertThat(xeon.cpu()).isEqualToIgnoringCase("Xeon Silver 4314");
        assertThat(laptop.cpu()).isEqualToIgnoringCase("lnl 258v");
        // and laptop chips with integrated graphics only are told from the rest
        assertThat(PlatformSpotter.integratedGraphicsOnly("Core Ultra 5 125U")).isTrue();
        assertThat(PlatformSpotter.integratedGraphicsOnly("i7-1185G7")).isTrue();
        assertThat(PlatformSpotter.integratedGraphicsOnly("i7-13700K")).isFalse();
        assertThat(PlatformSpotter.integratedGraphicsOnly(xeon.cpu())).isFalse();
    }

    @Test
    void aRaspberryPiIsItsBoardsCpu() {
        assertThat(spot("can a Raspberry Pi 5 8GB run Gemma 3 4B?").cpu()).isEqualToIgnoringCase("raspberry pi 5");
        assertThat(spot("树莓派4B 4G内存能跑qwen2.5 1.5b吗").cpu()).isEqualToIgnoringCase("树莓派4b");
        assertThat(spot("on my rpi4 with 8gb").cpu()).isEqualToIgnoringCase("rpi4");
    }

    @Test
    void aLaptopsSolderedLpddrIsItsRamType() {
        // an Intel MacBook Pro's "About This Mac" line, and a laptop's spec line without a rate
        PlatformMention mac = spot("Intel Iris Plus Graphics 655 1536 MB / 16 GB 2133 MHz LPDDR3");
        assertThat(mac.ramType()).isEqualTo("LPDDR3");
        assertThat(mac.mts()).isEqualTo(2133);
        assertThat(spot("32GB LPDDR5X, can it run qwen3 30b?").ramType()).isEqualTo("LPDDR5X");
        assertThat(spot("DDR4 3200 64GB").ramType()).isEqualTo("DDR4");
    }

    @Test
    void epycWithTwelveChannelsOfDdr5() {
        PlatformMention p = spot("EPYC 9654 with DDR5-4800 12 channels and a 4090, how fast is DeepSeek R1?");
        assertThat(p.cpu()).isEqualTo("EPYC 9654");
        assertThat(p.ramType()).isEqualTo("DDR5");
        assertThat(p.mts()).isEqualTo(4800);
        assertThat(p.channels()).isEqualTo(12);
        assertThat(p.sockets()).isNull();
    }

    @Test
    void chineseDualSocketWithModuleCount() {
        // ktransformers#319: "CPU:epyc 7c13*2 GPU:4090 内存：ddr4 2933 64g*8"
        PlatformMention p = spot("CPU:epyc 7c13*2 GPU:4090 内存：ddr4 2933 64g*8 设置56核");
        assertThat(p.cpu()).isEqualToIgnoringCase("epyc 7c13");
        assertThat(p.sockets()).isEqualTo(2);
        assertThat(p.ramType()).isEqualTo("DDR4");
        assertThat(p.mts()).isEqualTo(2933);
        assertThat(p.dimms()).isEqualTo(8);
    }

    @Test
    void speedBeforeTypeAndModulesAfterIt() {
        // ktransformers#314: "RAM：64G 4800MHz DDR5✖️12"
        PlatformMention p = spot("CPU：AMD EPYC 9654 96-core✖️1 RAM：64G 4800MHz DDR5✖️12 GPU：RTX 4090 24G✖️1");
        assertThat(p.cpu()).isEqualToIgnoringCase("epyc 9654");
        assertThat(p.mts()).isEqualTo(4800);
        assertThat(p.ramType()).isEqualTo("DDR5");
        assertThat(p.dimms()).isEqualTo(12);
    }

    @Test
    void xeonAndDesktopNames() {
        assertThat(spot("dual Xeon Gold 6454S, 1TB").cpu()).isEqualTo("Xeon Gold 6454S");
        assertThat(spot("dual Xeon Gold 6454S, 1TB").sockets()).isEqualTo(2);
        assertThat(spot("Threadripper 3970X and 64GB").cpu()).isEqualTo("Threadripper 3970X");
        assertThat(spot("i9-10900X + RTX 2080").cpu()).isEqualTo("i9-10900X");
        assertThat(spot("Ryzen 9 7950X, DDR5 6000").mts()).isEqualTo(6000);
        assertThat(spot("双路 EPYC 9654").sockets()).isEqualTo(2);
        assertThat(spot("8通道 DDR4").channels()).isEqualTo(8);
    }

    @Test
    void nothingSaidIsNull() {
        assertThat(spot("can my 3090 run llama 3 70b?")).isNull();
        assertThat(spot("I have 64GB of RAM and a 4060")).isNull();
    }
}
