package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone named with its memory is one unified-memory device of that memory, as a Mac is (eval/real-questions/README.md):
 * its SoC's CPU, GPU and NPU share it, so it is no CPU-only machine with that much RAM. Generated sentences, English and
 * Chinese, generic ("my phone", "手机") and by the maker's line; near misses where the memory is not a phone's. A phone
 * named by its model without its memory is that device, its memory the one it is sold with when there is one, else unknown;
 * a phone in general is no device.
 */
class PhoneFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static Understood understood(String q) {
        return FACTS.understand(PARSER.parseOrThrow(q)).understood();
    }

    /** Phones with their memory: the question and that memory. */
    static Stream<Object[]> phonesWithMemory() {
        return Stream.of(
                new Object[] {"Device: Samsung Galaxy S24 Ultra 12 GB RAM. Can it run Mistral 7B?", 12.0},
                new Object[] {"My Pixel 8 Pro has 12GB of RAM, can it run gemma 2b?", 12.0},
                new Object[] {"Will llama 3 8b run on an iPhone 15 Pro with 8GB?", 8.0},
                new Object[] {"Running phi-3 on my Android phone (8 GB RAM) is slow", 8.0},
                new Object[] {"OnePlus 12 with 16GB RAM: which model should I use?", 16.0},
                // the model's "5G" is its network, not 5 GB of memory
                new Object[] {"Redmi Note 13 5G 8GB RAM, can I run qwen2.5 3b?", 8.0},
                new Object[] {"我的手机是16gb的内存，能跑qwen2.5 7b吗", 16.0},
                new Object[] {"手机一加12，16G内存，能跑qwen3 8b吗", 16.0},
                new Object[] {"小米14 Pro 12G内存能跑minicpm吗", 12.0},
                new Object[] {"华为Mate60 12G运行内存，可以跑qwen2 7b吗", 12.0},
                new Object[] {"荣耀90 16G内存跑llama 3 8b够吗", 16.0},
                // memory and storage as shops write them: the first figure is the memory
                new Object[] {"手机是小米14 16+512G，能跑deepseek r1 7b吗", 16.0},
                new Object[] {"一加12 16G+1T 能跑qwen3 8b吗", 16.0},
                new Object[] {"My Pixel 8 (8/128) - can it run gemma 2b?", 8.0},
                // the pair ends a sentence: its full stop is no decimal point
                new Object[] {"I use a oneplus 13 16/512. Which model should I run?", 16.0},
                new Object[] {"手机是小米14 12+256G。能跑qwen2.5 3b吗", 12.0},
                new Object[] {"Galaxy S23 12GB+256GB, will phi-3 mini run?", 12.0},
                new Object[] {"12+256G的红米k70能跑qwen2.5 3b吗", 12.0},
                // a phone named by its SoC, its memory beside it
                new Object[] {"Qwen3 1.7b is slow on my 8gb Snapdragon 8gen 3 device", 8.0},
                new Object[] {"骁龙888 8G内存能跑qwen2.5 0.5b吗", 8.0});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phonesWithMemory")
    void givenAPhoneWithItsMemory_thenOneUnifiedDeviceOfThatMemory(String q, double gb) {
        Understood u = understood(q);
        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).unified()).as(q).isTrue();
        assertThat(u.gpus().get(0).vramGb()).as(q).isEqualTo(gb);
        assertThat(u.gpus().get(0).count()).as(q).isEqualTo(1);
        assertThat(u.cpuOnly()).as(q).isFalse();
        assertThat(u.ramGb()).as(q).isNull();
    }

    /** The memory said is not a phone's: a phone number, a hotspot, a computer named beside the phone, no phone at all. */
    static Stream<String> notAPhonesMemory() {
        return Stream.of(
                "My phone number changed; I have 16GB RAM, can I run llama 3 8b?",
                "I use my phone's hotspot on a laptop with 16GB RAM, can it run llama 3 8b?",
                "I have a PC with 32GB RAM and a Pixel 7, can I run llama 3 8b?",
                "我的电脑16G内存，手机号换了，能跑qwen2.5 7b吗",
                "Android Studio is open and I have 16GB RAM, can I still run llama 3 8b?",
                "The image is 1024 pixels wide; I have 16GB RAM, can I run llava 7b?");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notAPhonesMemory")
    void givenMemoryThatIsNoPhones_thenNoPhoneDevice(String q) {
        Understood u = understood(q);
        assertThat(u.gpus()).as(q).noneMatch(g -> g.unified());
        assertThat(u.ramGb()).as(q).isNotNull();
    }

    /** Phones named by their model without their memory: the person's device, its memory unknown. */
    static Stream<String> phonesByModelWithoutMemory() {
        return Stream.of(
                "Does MLC support the OnePlus 12, or do I need more RAM?",
                "Is it working? The app closes on my Samsung S23 Ultra after loading Llama-2-7b.",
                "Llama 2 7b outputs garbage on Android (vivo X100 Pro), fine on other phones",
                "Gemma 2b is slow on my Pixel 9 Pro XL, is 4 tokens/s normal?",
                "我们在用小米14 pro测试了llama.cpp跑minicpm，很慢",
                "华为Mate60能跑qwen2 1.5b吗",
                "一加12上跑qwen2.5 3b会崩溃",
                // a phone named by its SoC, with or without the word phone
                "I have a phone with snapdragon 8 gen 2 and llama.cpp is extremely slow",
                "我的手机是Snapdragon 8 gen 2，跑chatglm2-int4速度只有1.3t/s",
                "用骁龙8gen3跑qwen2.5 1.5b会闪退",
                "qwen2 1.5b outputs garbage on Dimensity 9300, fine on other chips",
                "Gemma 2b is slow on my Tensor G3, is that normal?");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phonesByModelWithoutMemory")
    void givenAPhoneByItsModelWithoutMemory_thenOneUnifiedDeviceOfUnknownMemory(String q) {
        Understood u = understood(q);
        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).unified()).as(q).isTrue();
        assertThat(u.gpus().get(0).vramGb()).as(q).isNull();
        assertThat(u.cpuOnly()).as(q).isFalse();
    }

    /** Phones sold with one memory size, named by their model alone: the device with that memory. */
    static Stream<Object[]> phonesSoldWithOneSize() {
        return Stream.of(
                new Object[] {"Does MLC support the non pro iPhone 13, or do I need to buy more RAM?", 4.0},
                new Object[] {"Will llama 3 8b run on my iPhone 15 Pro?", 8.0},
                new Object[] {"Is it working? Downloaded Llama-2-7b and the app closed. Samsung S23", 8.0},
                new Object[] {"Gemma 2b is slow on my Pixel 8, is 4 tokens/s normal?", 8.0},
                new Object[] {"Tested phone is Galaxy S21, the app leaks memory with a LoRA model", 8.0});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phonesSoldWithOneSize")
    void givenAPhoneSoldWithOneMemorySize_thenOneUnifiedDeviceOfThatMemory(String q, double gb) {
        Understood u = understood(q);
        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).unified()).as(q).isTrue();
        assertThat(u.gpus().get(0).vramGb()).as(q).isEqualTo(gb);
        assertThat(u.cpuOnly()).as(q).isFalse();
    }

    /** No phone of the person's by its model: a phone in general, a platform, a phone beside a computer. */
    static Stream<String> noPhoneByModel() {
        return Stream.of(
                "Can Llama 3 8B run on a phone?",
                "Does MLC support Android and iPhone?",
                "手机上能跑qwen2.5 0.5b吗",
                "I run it on my laptop and test the API from a Pixel 7, can it run llama 3 8b?",
                // laptop chips of the same maker have no phone SoC's number
                "My Snapdragon X Elite laptop runs llama 3 8b on the CPU",
                "Surface Pro X with Snapdragon 8cx Gen 3: can it run phi-3?");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noPhoneByModel")
    void givenNoPhoneNamedByItsModel_thenNoPhoneDevice(String q) {
        assertThat(understood(q).gpus()).as(q).noneMatch(Understood.Gpu::unified);
    }

    @Test
    void givenAPhoneWithItsMemory_thenSizedOnThatMemoryAsRam_onThePhonePlatform() {
        String q = "Device: Samsung Galaxy A34 6 GB RAM. Can it run Mistral 7B?";
        var ask = FACTS.understand(PARSER.parseOrThrow(q)).ask();
        assertThat(ask.ramGb()).isEqualTo(6.0);
        assertThat(ask.ramKnown()).isTrue();
        assertThat(ask.platform()).isEqualTo(Platform.PHONE);
        assertThat(ask.hardware()).isEqualTo("a phone with 6 GB of memory");
        // the phone's own memory bandwidth, not an assumed desktop's: no line asks for the CPU or the RAM channels
        assertThat(ask.assumedRamBandwidthGBs()).isNull();
    }

    @Test
    void givenAPhoneWithNoMemoryStated_thenNoMemoryFigureIsShown() {
        // a phone sold in several sizes named alone; the placeholder for unstated RAM is no phone's memory
        var ask = FACTS.understand(PARSER.parseOrThrow("Downloaded Llama-2-7b and the app closed. Samsung S23 Ultra")).ask();
        assertThat(ask.platform()).isEqualTo(Platform.PHONE);
        assertThat(ask.ramKnown()).isFalse();
        assertThat(ask.hardware()).isEqualTo("a phone (memory not stated)");
    }

    @Test
    void givenAPhoneWithItsMemoryAndStorage_thenTheStorageIsNoRam() {
        var ask = FACTS.understand(PARSER.parseOrThrow("手机是小米14 16+512G，能跑deepseek r1 7b吗")).ask();
        assertThat(ask.ramGb()).isEqualTo(16.0);
        assertThat(ask.hardware()).isEqualTo("手机（16 GB 内存）");
    }

    @Test
    void givenAComputerWithTheSameMemory_thenNotThePhonePlatform() {
        var ask = FACTS.understand(PARSER.parseOrThrow("CPU only, 6 GB RAM. Can it run Mistral 7B?")).ask();
        assertThat(ask.platform()).isEqualTo(Platform.CPU_ONLY);
        // a memory+storage pair with no phone named is no phone
        assertThat(understood("Laptop 16+512G, can it run qwen2.5 7b?").gpus()).noneMatch(Understood.Gpu::unified);
        // a decimal after the pair is no storage size: "8/128.5" is no phone's memory and storage
        assertThat(understood("My vivo X100 scores 8/128.5 on the benchmark, can it run gemma 2b?").gpus())
                .allMatch(g -> g.vramGb() == null);
    }
}
