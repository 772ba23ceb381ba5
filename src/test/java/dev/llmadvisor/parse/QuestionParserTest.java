package dev.llmadvisor.parse;

import dev.llmadvisor.facts.ChatClient;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Preference;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.UseCase;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

class QuestionParserTest {

    private static Question parse(String text) {
        return PARSER.parseOrThrow(text);
    }

    @Nested
    class Language {
        @Test
        void hanMeansChineseEvenAmongEnglishNames() {
            assertThat(parse("my 4090 能跑 qwen3 32b 吗").lang()).isEqualTo(Lang.ZH);
            assertThat(parse("can my 4090 run qwen3 32b").lang()).isEqualTo(Lang.EN);
        }

        @Test
        void chinesePunctuationAloneMeansChinese() {
            assertThat(parse("。。。").lang()).isEqualTo(Lang.ZH);
        }

        @Test
        void chinesePunctuationInEnglishProseStaysEnglish() {
            // typed on a Chinese keyboard, but the question is written in English: the reply must be too
            assertThat(parse("I have four 4090 GPUs but only one GPU is used. I have configured the environment variables。").lang())
                    .isEqualTo(Lang.EN);
        }
    }

    @Nested
    class Gpus {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "can two 3090s run llama 3 70b      | 3090 | 2",
                "2x 3090 for qwen3 32b              | 3090 | 2",
                "2x3090 for qwen3 32b               | 3090 | 2",
                "3090 x2 what can i run             | 3090 | 2",
                "3090*2 能跑什么                      | 3090 | 2",
                "dual 3090 what can i run           | 3090 | 2",
                "两张3090能跑什么                      | 3090 | 2",
                "双卡3090能跑什么                      | 3090 | 2",
                "2张4090能跑什么                       | 4090 | 2",
                "四张A100能跑什么                      | A100 | 4",
                "4 x RTX 3090 what fits             | RTX 3090 | 4",
                "我有一张4090                          | 4090 | 1",
                "机器上是3090，两块，想跑70b            | 3090 | 2",
                "用的卡是A100，四张                      | A100 | 4",
                "what can my 4090 run               | 4090 | 1"})
        void countsInBothLanguagesStayOutOfTheName(String text, String name, int count) {
            assertThat(parse(text).gpus()).containsExactly(new GpuMention(name, count, null));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "115B的模型能否支持8张Ascend 910B推理，推理显存大概需要多少？ | Ascend 910B | 8",
                "华为Ascend 310P卡是否支持部署qwen2.5-72B ?            | 华为Ascend 310P | 1",
                "昇腾310B4芯片能跑qwen3 1.7b吗                         | 昇腾310B4   | 1",
                "两张升腾910B能跑deepseek吗                            | 升腾910B    | 2",
                "910B机器能跑qwen2.5 72b吗                             | 910B        | 1",
                "910B能跑qwen2.5 72b吗                                 | 910B        | 1"})
        void huaweiAscendChipsAreCardsWithTheirCount(String text, String name, int count) {
            assertThat(parse(text).gpus()).containsExactly(new GpuMention(name, count, null));
            // no 910B or 310B model exists: the chip is not read as a model size
            assertThat(parse(text).models()).noneMatch(m -> m.matches("(?i).*[39]10b"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "3060 12G能跑什么           | 3060        | 12",
                "rtx 3060 12gb what fits   | rtx 3060    | 12",
                "A100 80GB what fits       | A100        | 80",
                "M3 Max 64GB what fits     | M3 Max      | 64",
                "Mac mini M4 32GB          | Mac mini M4 | 32",
                "12GB 3060 what fits       | 3060        | 12",
                "4090 (24GB VRAM) what fits | 4090       | 24"})
        void memoryWrittenWithTheCardBelongsToIt(String text, String name, double gb) {
            assertThat(parse(text).gpus()).containsExactly(new GpuMention(name, 1, gb));
            assertThat(parse(text).vramGb()).isNull();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "I have a Tesla K80 (2x12GB), what fits | Tesla K80 | 2 | 12",
                "my rig: 3090 (2 x 24GB)                | 3090      | 2 | 24"})
        void aCountInsideTheCardsMemoryCountsTheCard(String text, String name, int count, double gb) {
            assertThat(parse(text).gpus()).containsExactly(new GpuMention(name, count, gb));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "can I run llama 3 70b on 7x24 GB cards | 7 | 24",
                "I have 4x 24GB, what can I run         | 4 | 24",
                "我有4张24G的卡，能跑什么                  | 4 | 24"})
        void cardsNamedOnlyByTheirMemoryKeepTheirCount(String text, int count, double gb) {
            assertThat(parse(text).gpus()).containsExactly(new GpuMention(GpuMention.ANY_GPU, count, gb));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "how much GPU RAM is needed for a single 4090, 4080, and 4070",
                "what is the minimum for 3090, 4090 or A100?",
                "文档推荐3090、4090和A100，最低需要哪张"})
        void aListOfCardsARequirementSpeaksOfIsOptions(String text) {
            assertThat(parse(text).gpus()).isEmpty();
            assertThat(parse(text).alternatives()).hasSize(3);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "I found in document said: `Minimum 2x4090 48G` But I have only 1, can I run it? | 4090 | 1",
                "the readme needs 4x A100. I only have 2, what can I do?                         | A100 | 2",
                "文档说最低需要2张A100，我只有1张，能跑吗                                            | A100 | 1"})
        void theCountThePersonHasOverridesTheCountOfARequirement(String text, String name, int count) {
            assertThat(parse(text).gpus()).extracting(GpuMention::text, GpuMention::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(name, count));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "手头只有 24g 显存的显卡和 22g 显存的显卡，能跑吗",
                "I have a 24GB card and a 22GB card, what can I run?",
                "我有一张24G的卡，还有一张22G的卡",
                // the same size named twice is one card
                "24g 显存的卡能跑吗？我只有 24g 显存的显卡和 22g 显存的显卡"})
        void cardsKnownOnlyByDifferentMemoriesAreCardsOfTheirOwn(String text) {
            assertThat(parse(text).gpus()).containsExactly(new GpuMention(GpuMention.ANY_GPU, 1, 24.0), new GpuMention(GpuMention.ANY_GPU, 1, 22.0));
        }

        @Test
        void cardsKnownOnlyByTheirMemoryJoinedByOrAreOptions() {
            assertThat(parse("should I get a 24GB card or a 16GB card for qwen3 32b?").alternatives())
                    .containsExactly(new GpuMention(GpuMention.ANY_GPU, 1, 24.0), new GpuMention(GpuMention.ANY_GPU, 1, 16.0));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                // a count in Chinese after the card does not run into its number ("30902张")
                "我的3090两张能跑qwen2.5 14b吗                 | 3090                        | 2",
                "RTX 4070 Ti Super两张能跑什么                   | RTX 4070 Ti Super           | 2",
                // digits inside a card's name are no count of GPUs
                "I have a P106-100 GPU, what can I run          | P106-100                    | 1",
                // brand words before a known name, and a data-centre card's form factor, stay with the name
                "I have an NVIDIA Tesla V100-SXM2-32GB          | NVIDIA Tesla V100-SXM2-32GB | 1",
                "two NVIDIA H100 SXMs, what fits                | NVIDIA H100 SXM             | 2",
                "I have a NVIDIA RTX 4090 D, can it run qwen3 32b | NVIDIA RTX 4090 D         | 1",
                "what can a 1630 run                            | 1630                        | 1"})
        void cardsWrittenTheWaysPeopleWriteThemKeepTheirNameAndCount(String text, String name, int count) {
            assertThat(parse(text).gpus()).extracting(GpuMention::text, GpuMention::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(name, count));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "单卡24G显存跑qwen2.5 14b爆显存，换成4卡、8卡也一样",
                "one card with 24GB runs out of memory on qwen2.5 14b; tried 2 gpus or 4 gpus as well"})
        void countsTriedOneAfterAnotherAreNotTheMachinesCount(String text) {
            Question q = parse(text);
            assertThat(q.gpus()).allMatch(g -> g.count() == 1);
            assertThat(q.vramGb()).isEqualTo(24.0);
        }

        @Test
        void aLineNumberInALogIsNoCard() {
            // given a log whose source line numbers look like GeForce numbers
            Question q = parse("RTX 4090 here, qwen 14b crashes:\nERROR worker.py:2080] CUDA error\nWARN 12:00:08 gpu_worker.py:31] retrying\nWARN loader.cpp:3060 retrying");
            // then the only card is the one named, once
            assertThat(q.gpus()).containsExactly(new GpuMention("RTX 4090", 1, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "python -m fastchat.serve.model_worker --model-path /data/Llama-2-13b-chat-hf --num-gpus 2, why only one card?",
                "config: {'num_gpus': 2, 'max_model_len': 2048} but nvidia-smi shows one card busy",
                "os.environ['CUDA_VISIBLE_DEVICES'] = '2,3' then device_map='auto', only one card fills up"})
        void devicesARunIsHandedCountCardsNotNamed(String text) {
            assertThat(parse(text).gpus()).containsExactly(new GpuMention(GpuMention.ANY_GPU, 2, null));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "vllm serve deepseek-ai/DeepSeek-R1-Distill-Llama-70B --tensor-parallel-size 4 --max-model-len 4096 fails to load | 4",
                "lmdeploy serve api_server /models/llama2-70b --tp 2 runs slower than llama2 13b | 2",
                "单卡无法运行DeepSeek Qwen 14B fp8，报错显存不够：vllm serve /models/qwen-14b -tp=1 --max-model-len 32768 | 1"})
        void oneParallelSizeOfARunCountsCardsNotNamed(String text, int cards) {
            // given a launch line with one tensor-parallel size and no card named, then that many cards of a model not said
            assertThat(parse(text).gpus()).containsExactly(new GpuMention(GpuMention.ANY_GPU, cards, null));
        }

        @Test
        void ofSeveralParallelSizesTriedTheLargestIsTheCardsTheRunSpanned() {
            // label rule G: the person's own run at the larger size was on that many cards
            assertThat(parse("When I set tensor_parallel_size=2 it works, with tensor_parallel_size=4 vllm fails for Phi-3-medium").gpus())
                    .containsExactly(new GpuMention(GpuMention.ANY_GPU, 4, null));
        }

        @Test
        void aCardAskedAboutRightAfterARequirementIsTheOneAsked() {
            assertThat(parse("这个需要多大的显存可以跑起来RTX4090 24G可以吗").gpus()).containsExactly(new GpuMention("RTX4090", 1, 24.0));
        }

        @Test
        void cardsADocumentationIsAskedForAreNotThePersons() {
            assertThat(parse("Please add some documentation for 2080, 3060 cards. My PC: Ryzen 7, 64 gb ram and 3060 with 12gb").gpus())
                    .containsExactly(new GpuMention("3060", 1, 12.0));
        }

        @Test
        void theSetupOfAnExampleIsNotThePersons() {
            assertThat(parse("我机器是4个RTX4090 24G，使用示例的2x3090启动命令起不来").gpus()).containsExactly(new GpuMention("RTX4090", 4, 24.0));
        }

        @Test
        void aNumberAfterAMultiplierSignCountsWhatCameBeforeIt() {
            assertThat(parse("CPU:epyc 7c13*2 GPU:4090 内存：ddr4 2933 64g*8").gpus()).containsExactly(new GpuMention("4090", 1, null));
            assertThat(parse("**2x 3090** what can I run").gpus()).containsExactly(new GpuMention("3090", 2, null));
        }

        @Test
        void theCountOfTheSetupToldFirstWinsOverARunElsewhereButOneCardThenMoreIsMore() {
            assertThat(parse("我的环境是 vLLM v0.8.5 & 4 * H20 96GB，OOM。默认参数使用8*H20可以成功运行").gpus())
                    .extracting(GpuMention::count).containsExactly(4);
            assertThat(parse("一张4090 单卡部署qwen2-7b模型占用了20g显存，而用两张4090卡，每张都会各占20g").gpus())
                    .extracting(GpuMention::count).containsExactly(2);
        }

        @Test
        void theCardsARunWasTriedWithAreOwnedAndATablesFigureIsNoMemory() {
            Question q = parse("llama-65b-4bit | 40GB | A100, 2x3090, 2x4090, A40, A6000\n"
                    + "So when I try the 60B Version with 2 RTX 3090 I get an OOM - how can I use both GPUs?");
            assertThat(q.gpus()).extracting(GpuMention::count).containsExactly(2);
            assertThat(q.ramGb()).isNull();
            // a spec table's RAM row is the machine's
            assertThat(parse("| GPU | RTX 3090 |\n| RAM | 64GB |").ramGb()).isEqualTo(64.0);
        }

        @Test
        void aTensorParallelSizeCountsTheOneCardNamed() {
            assertThat(parse("A10G GPU (24GB each). llm = LLM(model=..., tensor_parallel_size=8) OOM, TP4 works").gpus())
                    .extracting(GpuMention::count).containsExactly(8);
            assertThat(parse("vllm serve qwen3 32b on 4090 with -tp 2 -pp 2").gpus()).extracting(GpuMention::count).containsExactly(4);
            // a count written wins
            assertThat(parse("2x 4090, vllm serve ... --tensor-parallel-size 1").gpus()).extracting(GpuMention::count).containsExactly(2);
        }

        @Test
        void theCardsALoadIsSpreadOverAreTheSetupNotARequirement() {
            Question q = parse("is it possible to split vram requirements between 2 RTX3090s to run LLaMA 65B?");
            assertThat(q.gpus()).containsExactly(new GpuMention("RTX3090", 2, null));
            assertThat(q.targets()).isEmpty();
        }

        @Test
        void theDevicesARunIsGivenCountTheOneCardNamed() {
            assertThat(parse("3090-24G多卡推理 OOM\nCUDA_VISIBLE_DEVICES=\"4,5,6,7,8\" python demo.py").gpus())
                    .extracting(GpuMention::count).containsExactly(5);
            assertThat(parse("HGX模块的8卡GPU，只能识别到1个GPU。GPU H20 96GB").gpus()).extracting(GpuMention::count).containsExactly(8);
        }

        @Test
        void aCardOwnedStaysOwnedWhenTheQuestionSupposesNoGpu() {
            Question q = parse("can I use the 70b with my paltry 6700xt and ryzen 3700x (or what the max model to use with no GPU at all)?");
            assertThat(q.gpus()).extracting(GpuMention::text).containsExactly("6700xt");
            assertThat(q.cpuOnly()).isFalse();
        }

        @Test
        void aBareNumberAboveSixteenIsNoCardCount() {
            assertThat(parse("C1 83 / 87 RTX 3090 24GB, driver 535.183.01").gpus()).extracting(GpuMention::count).containsExactly(1);
        }

        @Test
        void nodesNamedByTheirCardsHoldEightEach() {
            assertThat(parse("How to run DeepSeek-V3.2 on 2 H100 nodes?").gpus()).containsExactly(new GpuMention("H100", 16, null));
            assertThat(parse("两台服务器，每台8张A100，能跑deepseek r1吗").gpus()).containsExactly(new GpuMention("A100", 16, null));
        }

        @Test
        void theSlashOfWithOrWithoutIsNoOr() {
            // "w/" is "with" and "w/o" is "without": cards of one machine, not options; a slash between cards still weighs them
            Question with = parse("RTX 3090 w/ an RTX 3060, can it run llama 3 70b?");
            assertThat(with.gpus()).extracting(GpuMention::text).containsExactly("RTX 3090", "RTX 3060");
            assertThat(with.alternatives()).isEmpty();
            Question without = parse("I have a 3090 w/o nvlink and a 4090, can they run llama 3 70b?");
            assertThat(without.gpus()).extracting(GpuMention::text).containsExactly("3090", "4090");
            assertThat(without.alternatives()).isEmpty();
            assertThat(parse("3090/4090 which is better for llama 3 70b?").alternatives()).hasSize(2);
        }

        @Test
        void eightTimesACardBeforeNodesIsWhatOneNodeHolds() {
            // "8xH100 nodes" are nodes of eight H100s each, however many of them there are ("several")
            assertThat(parse("I have access to several 8xH100 nodes however it fails with llama 3.1 405b").gpus())
                    .containsExactly(new GpuMention("H100", 8, null));
            assertThat(parse("We can fit it on a single 8x A100 node, can't we?").gpus()).containsExactly(new GpuMention("A100", 8, null));
            // the count of nodes written apart still multiplies
            assertThat(parse("I get this error when attempting to deploy to 2 8x H100 nodes").gpus())
                    .containsExactly(new GpuMention("H100", 16, null));
        }

        @Test
        void cardsInMachinesSaidToBeApartAreOptionsNotOneRig() {
            Question q = parse("I ran the same code on two different hardware setups, on an A6000 and on a 4090, with different times");
            assertThat(q.gpus()).isEmpty();
            assertThat(q.alternatives()).extracting(GpuMention::text).containsExactly("A6000", "4090");
            assertThat(parse("我在两台不同的机器上跑，一台3090，一台4090，速度差很多").alternatives()).hasSize(2);
        }

        @Test
        void theOneSetupAskedAboutIsTheSetupThoughNamedAsARequirement() {
            assertThat(parse("文档推荐的4090 24G显存+380G内存，是可以跑r1 q4量化版，还是bf16原始版本？").gpus())
                    .containsExactly(new GpuMention("4090", 1, 24.0));
            // how many of a card a model needs: the card stays the unit to count, not a setup
            assertThat(parse("how many A100 80GB does deepseek r1 need?").gpus()).isEmpty();
        }

        @Test
        void aCountPerNodeWrittenWithTheCardHoldsForEachNode() {
            assertThat(parse("Using 2 H100*8 machines to deploy deepseek-R1").gpus()).containsExactly(new GpuMention("H100", 16, null));
            assertThat(parse("how to use vicuna-33b with multi nodes? such as three nodes and each has a V100 GPU").gpus())
                    .containsExactly(new GpuMention("V100", 3, null));
        }

        @Test
        void cardsPerNodeSaidApartFromTheCardMultiplyTheNodes() {
            assertThat(parse("在a800上部署了 fp16的满血版 为什么推理速度只有3token/s 有知道的吗 用的是vllm和ray 集群三个节点一个节点八台gpu").gpus())
                    .containsExactly(new GpuMention("a800", 24, null));
            assertThat(parse("We run L40S in 2 nodes, 8 GPUs per node, and vLLM fails").gpus()).extracting(GpuMention::count).containsExactly(16);
        }

        @Test
        void nOfThemCountsTheOneCardNamed() {
            assertThat(parse("Each H20 has 96GB memory so 8 of them would make it about 770 GB?").gpus())
                    .extracting(GpuMention::count).containsExactly(8);
            // with no card named, "3 of them" counts something else
            assertThat(parse("I tried three models and 3 of them were slow").gpus()).isEmpty();
        }

        @Test
        void aCardDeployedWithLaterIsTheirsToo() {
            Question q = parse("使用A800（80G）× 2，加载完模型后两张卡占用显存都是72G左右。想着160G显存足够，再用A100（40G）× 4去部署");
            assertThat(q.gpus()).extracting(GpuMention::count).containsExactly(2, 4);
        }

        @Test
        void aCardThePersonSaysTheyHaveNowIsTheirsEvenWhenNamedAsAnOptionBefore() {
            Question q = parse("A100/A800 显卡去运行不同参数的模型 我现在有A100的显卡，想试试8B 32B 72B 模型");
            assertThat(q.gpus()).extracting(GpuMention::text).containsExactly("A100");
        }

        @Test
        void anApusIntegratedGpuTheCatalogKnowsIsTheGpuItsIgpuWordsNameAndTheMemoryGivenToIt() {
            // given a vocabulary where the Radeon 780M shares the system's memory
            QuestionParser knowsApu = new QuestionParser(new Vocabulary(List.of(), List.of(), List.of("radeon 780m"), Map.of(),
                    Set.of("radeon 780m")));
            // when the person names it and the memory set aside for it
            Question q = knowsApu.parseOrThrow("Mini PC, Ryzen 7 8845HS and Radeon 780M. The BIOS gives the iGPU 8GB of VRAM. What runs on it?");
            // then the chip is the GPU, with that memory, and the machine is not CPU-only
            assertThat(q.gpus()).containsExactly(new GpuMention("Radeon 780M", 1, 8.0));
            assertThat(q.cpuOnly()).isFalse();
            // while integrated graphics with no such chip named still leave only the CPU
            assertThat(knowsApu.parseOrThrow("laptop with Iris Xe graphics and 16GB RAM, what runs?").cpuOnly()).isTrue();
        }

        @Test
        void intelsIntegratedGraphicsNamedByModelNumberLeaveOnlyTheCpu() {
            // given Intel iGPUs written by their model numbers, in several spellings and both languages
            for (String q : List.of("my laptop has Intel UHD 620 graphics and 16GB RAM, what can it run?",
                    "Is it possible to use with old cpu like i5 8250u (uhd 620)", "thinkpad with Iris Plus 655, 16gb ram, llama 3 8b?",
                    "Intel HD 4000, 8GB RAM: can it run phi-3 mini?", "Intel UHD Graphics 630 and 32GB, what runs?",
                    "笔记本只有intel uhd 630，16G内存能跑qwen2.5 7b吗")) {
                // then no card is read and the machine runs on its CPU
                Question p = parse(q);
                assertThat(p.gpus()).as(q).isEmpty();
                assertThat(p.cpuOnly()).as(q).isTrue();
            }
            // while a Radeon "HD" card is a card, not Intel's iGPU
            assertThat(parse("I have a Radeon HD 7970 with 3GB, can it run phi-3 mini?").cpuOnly()).isFalse();
        }

        @Test
        void aLaptopCpuWithIntegratedGraphicsOnlyMakesACpuOnlyMachineWhateverItsGpuWordsSay() {
            // given a laptop described by its iGPU-only CPU, with the GPU's use spoken of
            Question q = parse("Laptop: Intel(R) Core(TM) i7-1185G7, 16 GB. Loading a 7b model the GPU memory shown goes to 6GB and it is slow");
            // then no card is read and the machine runs on its CPU with that RAM
            assertThat(q.gpus()).isEmpty();
            assertThat(q.cpuOnly()).isTrue();
            assertThat(q.ramGb()).isEqualTo(16.0);
            // a desktop CPU with a GPU word stays a machine that may have a card
            assertThat(parse("i7-13700K, 64GB, the GPU is slow with a 7b model").cpuOnly()).isFalse();
        }

        @Test
        void theCapacityPyTorchReportsIsTheCardsMemoryOverABudgetSpokenOfBefore() {
            // given a budget the person wants, then PyTorch's out-of-memory message
            Question q = parse("Can I keep it under 12GB? I get: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB. "
                    + "GPU 0 has a total capacity of 15.77 GiB of which 3.06 MiB is free.");
            // then the card's memory is what PyTorch measured
            assertThat(q.vramGb()).isEqualTo(15.77);
        }

        @Test
        void cardsNamedOnlyInAQuotedLineAreTheQuotesNotThePersons() {
            // given a post that quotes a README before saying what the person runs
            Question q = parse("The README says:\n> Runs on a single RTX 4090 or A6000.\n\nBut on my 12GB card it crashes with a 13b model.");
            // then the quoted cards are neither owned nor options, and the person's own card is read
            assertThat(q.alternatives()).isEmpty();
            assertThat(q.gpus()).isEmpty();
            assertThat(q.vramGb()).isEqualTo(12.0);
        }

        @Test
        void aTotalOverSeveralCardsIsSplitOverThemAndPicksTheSizeTheyAreSoldWith() {
            // given a card sold in two sizes
            QuestionParser knowsSizes = new QuestionParser(new Vocabulary(List.of(), List.of(), List.of("a770"), Map.of("a770", Set.of(8.0, 16.0))));
            // then a total said apart from the cards picks the size whose sum it is
            assertThat(knowsSizes.parseOrThrow("The rig: 3x A770, 48GB in total. Can it run llama 70b?").gpus())
                    .containsExactly(new GpuMention("A770", 3, 16.0));
            // and a total written with the cards is each card's share, not each card's memory
            assertThat(knowsSizes.parseOrThrow("my rig: 2 x A770 with 16GB VRAM combined, 32GB RAM").gpus())
                    .containsExactly(new GpuMention("A770", 2, 8.0));
        }

        @Test
        void theTotalOfNvidiaSmisMemoryColumnIsTheCardsMemory() {
            // given an nvidia-smi row pasted without the card's name
            Question q = parse("|  0%   41C  P2   85W / 350W |  10240MiB / 24576MiB |  97%  Default |\nwhy is qwen 14b so slow?");
            // then the card has what the column's total says, and what is used is no capacity
            assertThat(q.vramGb()).isEqualTo(24.0);
            assertThat(q.ramGb()).isNull();
        }

        @Test
        void neofetchsMemoryLineIsTheSystemsRam() {
            // given neofetch's summary, whose memory line has nvidia-smi's form
            Question q = parse("OS: Ubuntu 22.04\nGPU: NVIDIA GeForce RTX 4090\nMemory: 3120MiB / 65536MiB\nwhy does qwen 32b crawl?");
            // then its total is the RAM, not the card's memory
            assertThat(q.ramGb()).isEqualTo(64.0);
            assertThat(q.gpus()).noneMatch(g -> g.memoryGb() != null && g.memoryGb() == 64.0);
        }

        @Test
        void aFigureALittleUnderTheCardsSizeIsItsUsableMemory() {
            QuestionParser knowsMemory = new QuestionParser(new Vocabulary(List.of(), List.of(), List.of("a6000", "2080 ti"),
                    Map.of("a6000", Set.of(48.0), "2080 ti", Set.of(11.0))));
            assertThat(knowsMemory.parseOrThrow("显卡A6000，45G显存").gpus()).containsExactly(new GpuMention("A6000", 1, 48.0));
            assertThat(knowsMemory.parseOrThrow("10 tok/s on a NVIDIA A6000 with 46GB of effective VRAM").gpus())
                    .containsExactly(new GpuMention("NVIDIA A6000", 1, 48.0));
            // a memory mod is far above the size sold, and stays as stated
            assertThat(knowsMemory.parseOrThrow("my 2080 Ti has 22GB vram").gpus()).containsExactly(new GpuMention("2080 Ti", 1, 22.0));
        }

        @Test
        void memoryModulesCountedInChineseAreRam() {
            Question q = parse("内存两条16G，显卡3060，能跑什么");
            assertThat(q.gpus()).containsExactly(new GpuMention("3060", 1, null));
            assertThat(q.ramGb()).isEqualTo(32.0);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "服务器配置：A100*2，内存 256，跑deepseek慢 | 256",
                "specs: RTX 3090, RAM: 64, qwen 72b q4?    | 64"})
        void aRamFigureAfterTheWordWithoutAUnitIsTheRam(String text, double gb) {
            assertThat(parse(text).ramGb()).isEqualTo(gb);
        }

        @Test
        void aCountAfterTheRamWordIsNoSize() {
            assertThat(parse("内存16条，显卡3090，能跑什么").ramGb()).isNull();
        }

        @Test
        void aCardFollowedByCanItRunIsTheCardAskedAbout() {
            // a requirement spoken of earlier in the clause does not make the card a target
            assertThat(parse("需要多大的显存笔记本RTX4090 16G是否可以运行此模型").gpus()).singleElement()
                    .satisfies(g -> assertThat(g.memoryGb()).isEqualTo(16.0));
            // right after "how many" it still is one
            assertThat(parse("需要几张A100能跑deepseek r1").gpus()).isEmpty();
        }

        @Test
        void recommendedModelsForACardAreAskedForThatCard() {
            assertThat(parse("What are some recommended models for a 24GB GPU?").vramGb()).isEqualTo(24.0);
        }

        @Test
        void aCardThePersonSaysTheyLackIsNotTheirs() {
            assertThat(parse("I don't have a 4090, only a 3060").gpus()).extracting(GpuMention::text).containsExactly("3060");
            assertThat(parse("没有3090显卡，也没有A100显卡。目前有3060").gpus()).extracting(GpuMention::text).containsExactly("3060");
            assertThat(parse("not sure if my 4090 can run qwen3 32b").gpus()).extracting(GpuMention::text).containsExactly("4090");
        }

        @Test
        void aRequirementSpeaksOfItsOwnClauseAndABare我OwnsTheCard() {
            assertThat(parse("readme中的示例代码跑，输入长度1k左右，8*V100 32G，一个step就需要10s+").gpus())
                    .extracting(GpuMention::count).containsExactly(8);
            assertThat(parse("问一下 qwen3 32b 至少需要多少显存，\n我 2*4090 还是跑不起来").gpus())
                    .extracting(GpuMention::count).containsExactly(2);
            assertThat(parse("千问3 32b 需要几张4090").gpus()).isEmpty();
        }

        @Test
        void namesAreKeptAsWritten() {
            assertThat(parse("RTX 2000 Ada for vba").gpus()).extracting(GpuMention::text).containsExactly("RTX 2000 Ada");
            assertThat(parse("rtx4090 please").gpus()).extracting(GpuMention::text).containsExactly("rtx4090");
            assertThat(parse("7900 XTX 能跑啥").gpus()).extracting(GpuMention::text).containsExactly("7900 XTX");
        }

        @Test
        void laptopCardsAreMarked() {
            assertThat(parse("5090 笔记本能跑什么").gpus()).extracting(GpuMention::text).containsExactly("5090 laptop");
            assertThat(parse("what can a 5090 laptop run").gpus()).extracting(GpuMention::text).containsExactly("5090 laptop");
            assertThat(parse("笔记本4060 8G").gpus()).containsExactly(new GpuMention("4060 laptop", 1, 8.0));
        }

        @Test
        void severalCardsEachKeepTheirCount() {
            assertThat(parse("2x 3090 + 1x 4090 what can i run").gpus())
                    .containsExactly(new GpuMention("3090", 2, null), new GpuMention("4090", 1, null));
        }

        @Test
        void aCardNamedWithItsMemoryAndAgainWithoutIsOneCard() {
            assertThat(parse("4 * H20 96GB 怎么运行Qwen3-235B-A22B？8*H20可以成功运行").gpus()).singleElement()
                    .satisfies(g -> assertThat(g.memoryGb()).isEqualTo(96.0));
            assertThat(parse("3060 8GB or 3060 12GB?").alternatives()).hasSize(2);
        }

        @Test
        void aCountInAWordJoinsTheOneCardNamedButAnOrdinalDoesNot() {
            assertThat(parse("4090无法运行Int8版本，lmdeploy似乎不支持双卡运行").gpus()).containsExactly(new GpuMention("4090", 2, null));
            assertThat(parse("我有一张4090，第三张卡显存不够").gpus()).extracting(GpuMention::count).containsExactly(1);
        }

        @Test
        void memoryTheCardHasIsItsMemory() {
            assertThat(parse("my 3090 has 24gb, what fits").gpus()).containsExactly(new GpuMention("3090", 1, 24.0));
            assertThat(parse("使用A100 每卡80G的机器部署qwen3 14b").gpus()).containsExactly(new GpuMention("A100", 1, 80.0));
            assertThat(parse("我的3060有12G显存").gpus()).containsExactly(new GpuMention("3060", 1, 12.0));
        }

        @Test
        void ramWrittenAfterACardIsNotItsMemory() {
            Question q = parse("4090, 64GB RAM");
            assertThat(q.gpus()).containsExactly(new GpuMention("4090", 1, null));
            assertThat(q.ramGb()).isEqualTo(64.0);
        }

        @Test
        void modelSizesAndContextsAreNotCards() {
            assertThat(parse("qwen3 14b at 4096 tokens").gpus()).isEmpty();
        }

        @Test
        void theOtherCardOfTheMachineIsOwnedToo() {
            assertThat(parse("显示使用的是我3060 6G的显卡，另一张是3090 24G，没有被调用").gpus())
                    .extracting(GpuMention::text).containsExactly("3060", "3090");
        }

        @Test
        void aRemarkThatACardRunsRatherHighIsNoComparison() {
            // "比较高" is "rather high": the card after it is still the person's
            assertThat(parse("两张4090推理，一张卡利用率很低，另外一张利用率比较高\n两张4090这是什么情况").gpus())
                    .containsExactly(new GpuMention("4090", 2, null));
        }

        @Test
        void aCardOfTheSetupComparedLaterStaysInTheSetup() {
            assertThat(parse("1张RTX5000ADA 32G+1张V100 32G能否运行qwen 72b，毕竟RTX5000ADA比V100要快的多").gpus())
                    .extracting(GpuMention::memoryGb).containsExactly(32.0, 32.0);
            // named first in a comparison, a card is only a reference
            assertThat(parse("a 4090 is faster than a 3090, what can my 4090 run").gpus()).extracting(GpuMention::text).containsExactly("4090");
        }

        @Test
        void aLineBreakEndsAClause() {
            // the title's failure ("报显存不足") says nothing about the next line's card memory
            assertThat(parse("chatglm2-6b-int4模型报显存不足\n8G显存，可以运行chatglm2-6b-int4模型").vramGb()).isEqualTo(8.0);
        }

        @Test
        void aStarredMemoryThenAStarredCountAreMemoryAndCount() {
            assertThat(parse("x99主板，3060*12g*2 不知道这样可以不？").gpus()).containsExactly(new GpuMention("3060", 2, 12.0));
        }

        @Test
        void aChipNameGluedToAModelNameIsNoMac() {
            assertThat(parse("我用A100*2运行了qwen 32b，再运行一个bge-m3 embedding模型").gpus()).extracting(GpuMention::text).containsExactly("A100");
            // also when the model's name before it was read already
            assertThat(parse("MiniMax-M1最低需要多少GPU显存能跑？").gpus()).isEmpty();
        }

        @Test
        void theBareNameIsTheCardNamedWithItsFormFactor() {
            assertThat(parse("Your Tesla V100-SXM2-32GB GPU has compute capability 7.0.\nv100 can not run it??").gpus())
                    .singleElement().satisfies(g -> assertThat(g.text().toLowerCase()).contains("sxm2"));
            assertThat(parse("H100 PCIe or H100 SXM for qwen3 32b?").alternatives()).hasSize(2);
        }

        @Test
        void aCardLeftOutOfTheRunIsNotPartOfTheSetup() {
            assertThat(parse("主显卡: Intel Arc A770 16GB\n副显卡: NVIDIA P106-100 6GB (未启用)").gpus())
                    .extracting(GpuMention::memoryGb).containsExactly(16.0);
            assertThat(parse("RTX 3090 24GB and GTX 1050 (disabled)").gpus()).extracting(GpuMention::memoryGb).containsExactly(24.0);
        }

        @Test
        void theCardMemoryStatedApartPicksTheVariantOfTheOneCardNamed() {
            // "0.3,80G": after a decimal figure the comma is no thousands separator
            Question q = parse("A100 vllm部署报错 命令：vllm serve x --gpu-memory-utilization 0.3，80G的显卡--gpu-memory-utilization 0.3是24G");
            assertThat(q.gpus()).containsExactly(new GpuMention("A100", 1, 80.0));
            assertThat(q.ramGb()).as("a share of the card worked out is no RAM").isNull();
        }

        @Test
        void aCardWhoseSubjectIsSomeoneElseIsTheirSetupNotThePersons() {
            Question q = parse("My friend tested this on a 4090 and says it flies. Would my 3060 manage?");
            assertThat(q.gpus()).extracting(GpuMention::text).containsExactly("3060");
            assertThat(parse("博主用的是两张A100，我的4060跑得动吗").gpus()).extracting(GpuMention::text).containsExactly("4060");
            // a word cut in two by the clause window is no subject: "the" is not "he"
            assertThat(parse("would it be feasible to load the 70b checkpoint on 2x 3090?").gpus()).containsExactly(new GpuMention("3090", 2, null));
        }

        @Test
        void anExampleSetupFollowedByCanItRunIsTheSetupAskedAbout() {
            assertThat(parse("想本地跑qwen2.5 72b，例如三张4090 24G够吗？").gpus()).containsExactly(new GpuMention("4090", 3, 24.0));
            assertThat(parse("Something like a 4090, can it run qwen2.5 32b?").gpus()).extracting(GpuMention::text).containsExactly("4090");
        }

        @Test
        void aRequirementsCountAndMemoryAreNotThoseOfTheSameCardOwned() {
            Question q = parse("Officially it takes 8x A100 80GB; we have a single A100, is that hopeless?");
            assertThat(q.gpus()).containsExactly(new GpuMention("A100", 1, null));
            assertThat(parse("文档里写着要四张A100 80G，我只有一张A100").gpus()).containsExactly(new GpuMention("A100", 1, null));
        }

        @Test
        void aSentenceOpenedByOrGoesOnWithTheRequirementBeforeIt() {
            Question q = parse("You need 2x48GB cards for this. Or 4x 24gb. My card is a 4070.");
            assertThat(q.gpus()).extracting(GpuMention::text, GpuMention::count).containsExactly(org.assertj.core.groups.Tuple.tuple("4070", 1));
        }

        @Test
        void twoCatalogNamesOfOneChipAreOneChip() {
            QuestionParser knowsChip = new QuestionParser(new Vocabulary(List.of(), List.of(), List.of("strix halo", "ryzen ai max+ 395", "p106-090", "p106-100"),
                    Map.of(), Set.of("strix halo", "ryzen ai max+ 395"),
                    Map.of("strix halo", Set.of("Ryzen AI Max+ 395"), "ryzen ai max+ 395", Set.of("Ryzen AI Max+ 395"),
                            "p106-090", Set.of("P106-100"), "p106-100", Set.of("P106-100")), Map.of()));
            assertThat(knowsChip.parseOrThrow("my ryzen ai max+ 395 (strix halo) box has 96GB").gpus()).hasSize(1);
            // named again further on, under its other name: still the one chip, with the count said of the first
            assertThat(knowsChip.parseOrThrow("two strix halo mini PCs on my desk. Does the ryzen ai max+ 395 do ROCm?").gpus())
                    .extracting(GpuMention::count).containsExactly(2);
            // counted apart, two names the catalog sizes alike are cards of their own
            assertThat(knowsChip.parseOrThrow("rig: 2x P106-090, 1x P106-100").gpus()).hasSize(2);
        }

        @Test
        void oneDatacenterDesignUnderTwoNamesSlashedIsOneSetup() {
            QuestionParser knowsKinds = new QuestionParser(new Vocabulary(List.of(), List.of(), List.of("h100", "h800", "3090", "4090"),
                    Map.of("h100", Set.of(80.0), "h800", Set.of(80.0), "3090", Set.of(24.0), "4090", Set.of(24.0)), Set.of(),
                    Map.of("h100", Set.of("H100"), "h800", Set.of("H800"), "3090", Set.of("RTX 3090"), "4090", Set.of("RTX 4090")),
                    Map.of("H100", "datacenter Hopper", "H800", "datacenter Hopper", "RTX 3090", "desktop Ampere", "RTX 4090", "desktop Ada")));
            assertThat(knowsKinds.parseOrThrow("we run 4x H100/H800 for serving").gpus()).containsExactly(new GpuMention("H100", 4, null));
            // consumer cards slashed are options still
            assertThat(knowsKinds.parseOrThrow("3090/4090 for qwen3 32b?").alternatives()).hasSize(2);
        }

        @Test
        void optionsJoinedByOrAreFoundWhereverTheCardsMeet() {
            Question q = parse("[Help] P100 部署求助\n我目前是使用 P40 来部署 6B 模型。现在想要新搭一台服务器，有 P40 或者 P100 两种选择。");
            assertThat(q.gpus()).extracting(GpuMention::text).containsExactly("P40");
            assertThat(q.alternatives()).extracting(GpuMention::text).contains("P100");
        }
    }

    @Nested
    class Memory {
        @Test
        void whatAModelHasIsItsSizeNotTheMachinesMemory() {
            assertThat(parse("I have a 3090. The FP16 model has 260GB of weights, can I offload it?").ramGb()).isNull();
            assertThat(parse("I have a 3090 and my machine has 64GB, can I offload llama 3 70b?").ramGb()).isEqualTo(64.0);
        }

        @Test
        void aUseSpeaksOfTheAmountRightAfterItNotOfTheNextOne() {
            assertThat(parse("4070显卡，推理时占用了11G，系统内存32G").ramGb()).isEqualTo(32.0);
            assertThat(parse("RTX 4070 here; llama.cpp takes 11GB, and the box has 32GB of RAM").ramGb()).isEqualTo(32.0);
        }

        @Test
        void aMemoryWordAfterACardIsTheCardsNotTheAmountBeforeTheCard() {
            Question q = parse("我的配置是16G+1060 6G显存，能跑7B吗");
            assertThat(q.gpus()).containsExactly(new GpuMention("1060", 1, 6.0));
            assertThat(q.ramGb()).isEqualTo(16.0);
        }

        @Test
        void memoryLeftOverOrATotalOverTheCardsIsNeitherCardMemoryNorRam() {
            Question left = parse("GPU: 4090. With Qwen2.5 32B at 32K context I still have 2 GB of VRAM left.");
            assertThat(left.gpus()).singleElement().satisfies(g -> assertThat(g.memoryGb()).isNull());
            assertThat(parse("2x P40 and a 40GB model: 16GB on each GPU is used for the model, total of 36GB, but I have 48GB in total.").ramGb()).isNull();
        }

        @Test
        void anAmountThatIsTheNamedCardsOwnMemoryIsNoRam() {
            QuestionParser knowsMemory = new QuestionParser(new Vocabulary(List.of(), List.of(), List.of("3090"), Map.of("3090", Set.of(24.0))));
            assertThat(knowsMemory.parseOrThrow("I have a 3090, 24GB, can it run qwen3 32b?").ramGb()).isNull();
            assertThat(knowsMemory.parseOrThrow("I have a 3090 and 64GB, can it run qwen3 32b?").ramGb()).isEqualTo(64.0);
            assertThat(knowsMemory.parseOrThrow("I have a 3090 and 24GB of RAM").ramGb()).isEqualTo(24.0);
        }

        @Test
        void aRamLabelBeforeACardNamesTheAmountBetweenThem() {
            // "gpu:" labels the card after it, so "32gb" keeps the RAM word before it
            Question q = parse("System: cpu: 5600g ram: 32gb gpu: 3060 12gb");
            assertThat(q.ramGb()).isEqualTo(32.0);
            assertThat(q.gpus()).containsExactly(new GpuMention("3060", 1, 12.0));
            assertThat(parse("ram 32gb gpu 3060").gpus()).containsExactly(new GpuMention("3060", 1, null));
        }

        @Test
        void ramWrittenWithoutAUnitOrAsAServerSpecIsRam() {
            assertThat(parse("GTX 1080 + i78700k + 32 Ram How long to wait?").ramGb()).isEqualTo(32.0);
            assertThat(parse("目前用4张4090 48G的+256内存跑1.58bit").ramGb()).isEqualTo(256.0);
            assertThat(parse("当前使用32C64G的服务器，只有cpu").ramGb()).isEqualTo(64.0);
            // a number that is no memory size stays none
            assertThat(parse("GTX 1080 + 3 ram sticks").ramGb()).isNull();
        }

        @Test
        void aCardsOwnMemoryCalledRamRightAfterItIsNoSystemRam() {
            QuestionParser knowsMemory = new QuestionParser(new Vocabulary(List.of(), List.of(), List.of("1080ti", "rtx3070"),
                    Map.of("1080ti", Set.of(11.0), "rtx 3070", Set.of(8.0))));
            assertThat(knowsMemory.parseOrThrow("i have 2 1080ti with 11 gb ram, can i run a model?").ramGb()).isNull();
            assertThat(knowsMemory.parseOrThrow("I only have two NVIDIA GeForce RTX3070 GPUs, each with 8GB of memory.").ramGb()).isNull();
            // another amount is the machine's RAM
            assertThat(knowsMemory.parseOrThrow("i have 2 1080ti with 64 gb ram").ramGb()).isEqualTo(64.0);
        }

        @Test
        void aDecimalCommaIsOneAmountAndMemoryOfUseIsNoCapacity() {
            // "39,4 GB of use" is neither 4 GB nor the machine's memory
            Question q = parse("on a NVIDIA A40 the model ends loading with 39,4 GB of use");
            assertThat(q.ramGb()).isNull();
            assertThat(parse("my laptop has 15,5 GB RAM").ramGb()).isEqualTo(15.5);
        }

        @Test
        void aModelsSizeAfterWhichIsIsNoMemory() {
            assertThat(parse("i have 64gb ram and use a model which is 40gb+ size").ramGb()).isEqualTo(64.0);
        }

        @Test
        void devicesARequirementNamesAreNotOwned() {
            assertThat(parse("So far I've heard it requires 2x80gb gpus to run.").gpus()).isEmpty();
            assertThat(parse("I used 8*80G GPUs to run it").gpus()).containsExactly(new GpuMention(GpuMention.ANY_GPU, 8, 80.0));
        }

        @Test
        void windowsSharedGpuMemoryIsNoRam() {
            assertThat(parse("22.9/24 GB of dedicated GPU memory is used, and 18.9/31.9 GB of shared GPU memory is used. GPU 4090, RAM 64GB").ramGb())
                    .isEqualTo(64.0);
        }

        @Test
        void noGpuUsageIsASymptomNotAMachineWithoutAGpu() {
            Question q = parse("I am using a GPU having 2GB VRAM; during generation there is no GPU usage");
            assertThat(q.cpuOnly()).isFalse();
            assertThat(parse("I have no GPU, only 32GB RAM").cpuOnly()).isTrue();
            // an APU's integrated graphics, and a model run on system RAM with no card named
            assertThat(parse("It has an AMD E1-6015 APU and 8gb of ram. Can it run llama 3 8b?").cpuOnly()).isTrue();
            assertThat(parse("I'm running qwen3 14b on 12 gigs of system RAM, 2315 ms per token").cpuOnly()).isTrue();
            assertThat(parse("I'm running qwen3 14b on my 3060 and 12 gigs of system RAM").cpuOnly()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"The gpu is barely being used during generation. 3060 12gb, 34B IQ3_S",
                "the model runs fine but does not use VRAM or GPU at all. I have an 3080 Ti 12GB",
                "my CPU is loaded up to 50%, speed is about 5 t/s, my GPU is 0%. RTX 3060 12GB",
                "qwen2.5-14b-instruct-q4_k_m.gguf can not run on GPU",
                // several cards, none used
                "two 3090s in the box but mixtral 8x7b is not using the GPUs, 2 t/s"})
        void aGpuBarelyOrNotUsedIsThatSymptomAndAskedWhy(String text) {
            Question q = parse(text);
            assertThat(q.report().has(dev.llmadvisor.facts.Report.Symptom.GPU_NOT_USED)).isTrue();
            assertThat(q.intent()).isEqualTo(Intent.DIAGNOSE);
        }

        @Test
        void aMachineDescribedByItsCpuWithNoGpuWordIsCpuOnly() {
            Question q = parse("Processor 13th Gen Intel(R) Core(TM) i7-1370P 1.90 GHz\nInstalled RAM 64.0 GB. llama2 is very slow");
            assertThat(q.cpuOnly()).isTrue();
            assertThat(q.ramGb()).isEqualTo(64.0);
            assertThat(parse("i5-1135G7 with 16GB, can it run qwen3 4b?").cpuOnly()).isTrue();
            // a GPU word leaves room for a card they did not name
            assertThat(parse("Xeon Gold 6240, 64GB RAM, my GPU is slow with qwen3 8b").cpuOnly()).isFalse();
        }

        @Test
        void anEngineLogFieldIsNoStatementOfMemory() {
            assertThat(parse("GPU: 4090. msg=offload layers.model=63 memory.available=\"[22.5 GiB]\" memory.required.full=\"22.5 GiB\"").ramGb())
                    .isNull();
        }

        @Test
        void aSpaceBetweenChineseClausesEndsTheClause() {
            // "内存占用很少" (little memory in use) is its own clause: the 500G after it is what the machine has
            assertThat(parse("内存占用很少 速度极其慢 500G内存，单卡4090 怎么才能复现作者的速度").ramGb()).isEqualTo(500.0);
        }

        @Test
        void aMemoryGenerationAfterTheAmountMakesItRam() {
            Question q = parse("请问40核6133 CPU 、显卡 4*4090D 、256GD4内存有比distill的70B更好的部署选择吗");
            assertThat(q.ramGb()).isEqualTo(256.0);
            assertThat(q.gpus()).extracting(GpuMention::count).containsExactly(4);
            assertThat(parse("I have a 3090 and 64GB DDR5, what can I run").ramGb()).isEqualTo(64.0);
        }

        @Test
        void whatAnEngineSaysItNeedsOrWhatACardSharesIsNoCapacity() {
            assertThat(parse("ollama: \"model requires more system memory (5.3 GiB) than is available (3.3 GiB)\"").ramGb()).isNull();
            assertThat(parse("两张4090卡，每张都会各占20g，而不是每张卡平摊10g呢？").ramGb()).isNull();
        }

        @Test
        void aMemoryWordGluedToTheNextAmountNamesThatOne() {
            Question q = parse("RTX 4080Super 16G 内存64G 能跑多少B的模型");
            assertThat(q.ramGb()).isEqualTo(64.0);
            // a space parts a card and RAM listed side by side
            Question listed = parse("1650显卡 40G内存可以跑起来吗");
            assertThat(listed.ramGb()).isEqualTo(40.0);
            assertThat(listed.gpus()).singleElement().satisfies(g -> assertThat(g.memoryGb()).isNull());
            assertThat(parse("显卡只有24GB内存").vramGb()).isEqualTo(24.0);
        }

        @Test
        void memoryPerCardIsTheCardsAndSizesAreNoCapacity() {
            assertThat(parse("I am using 8 RTX 4090 GPUs, 24GB each card").ramGb()).isNull();
            assertThat(parse("I have a 3090 and 64GB RAM; the model is 40GB in size").ramGb()).isEqualTo(64.0);
            // 'getting 1 token per second' neither buys the card nor makes it a requirement
            assertThat(parse("I'm getting 1 token per second with a 4090").gpus()).hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "我的文件明明只有12GB，为什么加载的时候，却显示需要22GB显存？",
                "之前启动显存32G , 现在启动占用129G",
                "so i need atleast 129G GPU memory? any workaround to still use llama2 129G /data01/models--meta-llama--Llama-2-70b-chat-hf",
                "显存在 16-22GB之间的用户",
                "加载完模型后两张卡占用显存都是72G左右，符合官方描述的144G",
                "Model: gemma3:4b (3.3gb), Context Length: 1024",
                "Process 1779404 has 21.94 GiB memory in use",
                "CPU offload is occurring because only 32GB of GPU memory is being used for the model"})
        void sizesStartupFiguresRangesListingsAndUseAreNoCapacity(String text) {
            Question q = parse(text);
            assertThat(q.vramGb()).as(text).isNull();
            assertThat(q.ramGb()).as(text).isNull();
        }

        @Test
        void aDashAfterANameIsNoRange() {
            assertThat(parse("Raspberry Pi 4 - 4GB RAM w/32GB MicroSD card").ramGb()).isEqualTo(4.0);
        }

        @Test
        void aRaspberryPiRunsOnItsCpuWithTheMemoryStated() {
            Question q = parse("From your video I think RPi 5 with 8Gb would be sufficient?");
            assertThat(q.cpuOnly()).isTrue();
            assertThat(q.ramGb()).isEqualTo(8.0);
            assertThat(q.gpus()).isEmpty();
        }

        @Test
        void cardsCountedWithGeAreCountedAndTheirMemoryKept() {
            assertThat(parse("centos上，2个12g显存的显卡如何配置可以同时使用").gpus()).containsExactly(new GpuMention(GpuMention.ANY_GPU, 2, 12.0));
        }

        @Test
        void memoryCalled内存OfAGpuIsTheGpusMemory() {
            Question q = parse("我正在使用一台16GB内存的CPU和一台4GB内存的GPU，但由于内存溢出而无法运行");
            assertThat(q.ramGb()).isEqualTo(16.0);
            assertThat(q.vramGb()).isEqualTo(4.0);
        }

        @ParameterizedTest
        @ValueSource(strings = {"python3 -m fastchat.serve.cli --load-8bit --max-gpu-memory 14Gib on my 3090",
                "'max_memory': '75GB' on my 3090", "正常 1B 参数 fp32 推理需要 4G左右。7B *4 =28G，我的3090"})
        void settingsAndWorkedOutFiguresAreNoCapacity(String text) {
            Question q = parse(text);
            assertThat(q.ramGb()).isNull();
            assertThat(q.vramGb()).isNull();
        }

        @Test
        void anIntelMacBookWithItsClockSpeedRunsOnTheCpu() {
            Question q = parse("Mac的MacBook Pro\n2.8 GHz 四核Intel Core i7\nIntel Iris Plus Graphics 655 1536 MB\n16 GB 2133 MHz LPDDR3");
            assertThat(q.cpuOnly()).isTrue();
            assertThat(q.gpus()).isEmpty();
            assertThat(q.ramGb()).isEqualTo(16.0);
        }

        @Test
        void aFigureWeighedAsEnoughIsNotTheMachinesMemory() {
            Question q = parse("I serve it on a 3090 x 2. In my expectation, 24G memory could be enough in one gpu");
            assertThat(q.ramGb()).isNull();
            assertThat(q.gpus()).containsExactly(new GpuMention("3090", 2, null));
        }

        @Test
        void thePartInUseOfAWholeIsNotCapacityAndTheWholeKeepsItsKind() {
            Question q = parse("observe the VRAM having 10GB out of 12GB on my gpu");
            assertThat(q.ramGb()).isNull();
            assertThat(q.vramGb()).isEqualTo(12.0);
        }

        @Test
        void theWholeAFewWordsAfterItsPartKeepsThePartsKind() {
            Question q = parse("I dedicate 8 of my 10gb VRAM to it, and it's eating about 12gb RAM as well, out of my 32gb available");
            assertThat(q.ramGb()).isEqualTo(32.0);
            assertThat(q.gpus()).noneMatch(g -> Double.valueOf(32.0).equals(g.memoryGb()));
        }

        @Test
        void aUnitlessRamSizeMayNameTheCpuOrTheSystem() {
            assertThat(parse("I have 32 CPU ram and a 4090 GPU (24 GB), can it run starcoder").ramGb()).isEqualTo(32.0);
            assertThat(parse("my 3090 and 64 system ram, can it run llama 2 70b").ramGb()).isEqualTo(64.0);
        }

        @ParameterizedTest
        @ValueSource(strings = {"加载qwen-7b，显存为什么从15G跳到19G", "显存占用保持15G几秒钟后突然涨到19G", "15G应该是模型的正常大小，为什么多了4G",
                "推理100张左右的图像后，显卡显存从37G直接飙升到68G，直到报OOM",
                "VRAM usage jumps from 9GB to 23GB when running llama 3 8b",
                "memory usage grows from 20GB to 40GB over time with llama 3 8b, then OOM"})
        void aUseThatChangesOrIsTheModelsSizeIsNoCapacity(String text) {
            Question q = parse(text);
            assertThat(q.vramGb()).isNull();
            // a card whose memory they watch grow is their own unnamed card (label rule E), never one of the amounts
            assertThat(q.gpus()).allSatisfy(g -> assertThat(g.memoryGb()).isNull());
        }

        @Test
        void anUpgradeFromOneSizeToAnotherKeepsTheNewSize() {
            // "went" and "increased" also tell an upgrade, so they are no verbs of a use that changes
            assertThat(parse("I went from 16GB to 64GB of RAM and my 3090 still can't run llama 3 70b").ramGb()).isEqualTo(64.0);
        }

        @Test
        void aBareFigureThatNoRamIsSoldInIsNotTheRam() {
            // "31G+" is what the model took on the card, not a RAM size
            assertThat(parse("Baichuan2-13B 原来使用32G V100 推理,显存勉强够,31G+;现在不够了").ramGb()).isNull();
            assertThat(parse("my 3090 and 64GB, can it run llama 2 70b").ramGb()).isEqualTo(64.0);
        }

        @Test
        void aBareFigureIsTheMemoryOfCardsNamedWithoutNameOrMemory() {
            Question q = parse("可以把两块GPU同时用起来吗？一块只有16GB，容易出现torch.cuda.OutOfMemoryError");
            assertThat(q.ramGb()).isNull();
            assertThat(q.gpus()).containsExactly(new GpuMention(GpuMention.ANY_GPU, 2, 16.0));
        }

        @ParameterizedTest
        @ValueSource(strings = {"internlm2-chat-20b只有37G，为什么这么小", "I am trying to run deepseek-coder-v2:16b, which is only 8.9GB",
                "qwen2.5 14b is about 9GB, why does ollama want more"})
        void aFigureJoinedToAModelIsItsSize(String text) {
            Question q = parse(text);
            assertThat(q.vramGb()).isNull();
            assertThat(q.ramGb()).isNull();
            assertThat(q.gpus()).isEmpty();
        }

        @Test
        void aChineseCommaEndsTheClauseOfARequirement() {
            // "要求多少显存" asks; the card after the comma is the one that ran out
            assertThat(parse("请问2B模型要求多少显存，在16G显存的显卡上推理的时候还是爆显存了").vramGb()).isEqualTo(16.0);
        }

        @Test
        void pyTorchsTotalCapacityIsTheCardsMemory() {
            Question q = parse("4*A10 卡部署 OutOfMemoryError: GPU 1 has a total capacity of 21.99 GiB of which 39.00 MiB is free.");
            assertThat(q.ramGb()).isNull();
        }

        @Test
        void pyTorchsMisspeltTotalCapacityIsTheCardsMemoryToo() {
            // PyTorch 2.1 printed "capacty"
            Question q = parse("OutOfMemoryError: CUDA out of memory. GPU 0 has a total capacty of 79.35 GiB of which 21.24 GiB is free.");
            assertThat(q.ramGb()).isNull();
            assertThat(q.vramGb()).isEqualTo(79.35);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "i have a 16GB card        | 16",
                "16G显存能跑什么              | 16",
                "显存16G能跑什么              | 16",
                "got 12 gigs what can i run | 12",
                "24GB VRAM what fits        | 24",
                "显存只有8G                  | 8"})
        void gpuMemoryWithoutACard(String text, double gb) {
            Question q = parse(text);
            assertThat(q.vramGb()).isEqualTo(gb);
            assertThat(q.ramGb()).isNull();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "64GB RAM and a 4090      | 64",
                "内存64G                  | 64",
                "64g内存                  | 64",
                "32 GB of system memory   | 32",
                "64GRAM                   | 64"})
        void systemMemory(String text, double gb) {
            Question q = parse(text);
            assertThat(q.ramGb()).isEqualTo(gb);
            assertThat(q.vramGb()).isNull();
        }

        @Test
        void bothKindsInOneMessage() {
            for (String text : List.of("显存16G内存64G", "16G显存64G内存", "显存16G 内存64G", "16GB VRAM, 64GB RAM",
                    "RAM 64GB and VRAM 16GB")) {
                Question q = parse(text);
                assertThat(q.vramGb()).as(text).isEqualTo(16.0);
                assertThat(q.ramGb()).as(text).isEqualTo(64.0);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"no GPU", "cpu only", "CPU-only box", "没有显卡", "不用显卡", "纯CPU", "没独显", "integrated graphics"})
        void cpuOnly(String text) {
            assertThat(parse(text).cpuOnly()).isTrue();
        }

        @Test
        void runningOnTheCpuWithACardNamedIsASymptomNotTheMachine() {
            Question q = parse("My device: NVIDIA RTX4070 12G. ollama will be forced to run on the CPU no matter what");
            assertThat(q.cpuOnly()).isFalse();
            assertThat(q.gpus()).singleElement().satisfies(g -> assertThat(g.text()).containsIgnoringCase("4070"));
            // saying there is no GPU still makes a named card one they would buy
            Question buyer = parse("no gpu yet, should I get a 3060?");
            assertThat(buyer.cpuOnly()).isTrue();
            assertThat(buyer.gpus()).isEmpty();
        }

        @Test
        void devicesCountedWithTheirSizeAreHardwareWhateverTheVerb() {
            assertThat(parse("I used 8*80G GPUs, but it still oom").gpus())
                    .singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(8)).satisfies(g -> assertThat(g.memoryGb()).isEqualTo(80.0));
            assertThat(parse("服务器有 4 张显卡，每张大小 23GB，但是实际使用每张占用 4GB 显存").gpus())
                    .singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(4)).satisfies(g -> assertThat(g.memoryGb()).isEqualTo(23.0));
            assertThat(parse("can not run on a dual-A100(40G) server").gpus())
                    .singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(2));
        }

        @Test
        void aComputersMemoryWithoutAWordForItIsRamAndARestatementIsNoSecondAmount() {
            Question q = parse("the RAM usage was only around 4.5GB. My machine has 64GB. Is there a way to use more?");
            assertThat(q.ramGb()).isEqualTo(64.0);
            assertThat(q.vramGb()).isNull();
            Question listed = parse("Installed RAM 64.0 GB (63.7 GB usable)");
            assertThat(listed.ramGb()).isEqualTo(64.0);
            assertThat(listed.vramGb()).isNull();
        }

        @Test
        void aMemoryModIsTheCardsMemory() {
            assertThat(parse("单卡2080ti 魔改22G的效果怎么样？").gpus()).singleElement().satisfies(g -> assertThat(g.memoryGb()).isEqualTo(22.0));
            assertThat(parse("I have a 2080 Ti modded to 22GB").gpus()).singleElement().satisfies(g -> assertThat(g.memoryGb()).isEqualTo(22.0));
        }

        @Test
        void pytorchsOlderMessageNamesTheCardsMemoryAndWhatIsAllocatedIsNoRam() {
            Question q = parse("CUDA out of memory. Tried to allocate 17.95 GiB (GPU 0; 79.35 GiB total capacity; 48.28 GiB already allocated;"
                    + " 11.78 GiB free; 66.28 GiB reserved in total by PyTorch)");
            assertThat(q.vramGb()).isEqualTo(79.35, org.assertj.core.api.Assertions.within(0.01));
            assertThat(q.ramGb()).isNull();
        }

        @Test
        void memoryAddedUpIsASumNotRam() {
            assertThat(parse("用A100（40G）× 4 去部署，4张卡显存占用到39G / 40G，加起来足足有156G").ramGb()).isNull();
        }

        @Test
        void aCpuAsWhatItRunsOnWithoutAGpuIsCpuOnlyAndGpuMemoryStatedIsNot() {
            assertThat(parse("I get 1 token per second on a Ryzen 7 3700X with the 65B model. I have 128GB RAM.").cpuOnly()).isTrue();
            assertThat(parse("想问下是否可以支持cpu的部署").cpuOnly()).isTrue();
            Question stated = parse("本身机器显存8G，使用cuda提示显存不够，目前使用cpu跑，贼慢");
            assertThat(stated.cpuOnly()).isFalse();
            assertThat(stated.vramGb()).isEqualTo(8.0);
        }

        @Test
        void kubernetesStyleGibibytesAreGigabytes() {
            assertThat(parse("CPU mem: 502Gi. GPU: NVIDIA GeForce RTX 4090").ramGb()).isEqualTo(502.0);
        }

        @Test
        void aMacsOneMemoryAmountIsItsUnifiedMemoryWhereverTheSpecListPutsIt() {
            Question q = parse("I have got a Mac Studio M3 Ultra. Which model should I use? 28-core CPU, 60-core GPU, "
                    + "32-core neural engine, 256GB Memory, 1TB SSD");
            assertThat(q.gpus()).singleElement().satisfies(g -> assertThat(g.memoryGb()).isEqualTo(256.0));
        }

        @Test
        void whatAModelRunsInAndTheCardMemoryRestatedAreNoRam() {
            assertThat(parse("Llama.cpp 30B runs with only 6GB of RAM now - update ?").ramGb()).isNull();
            Question q = parse("本身机器显存8G，使用cuda提示显存不够，目前使用cpu跑，如何调整输入可以满足显存在8G以内的设备上跑");
            assertThat(q.ramGb()).isNull();
            assertThat(q.vramGb()).isEqualTo(8.0);
        }

        @Test
        void anAmountInAQuotedRequirementIsTheQuotesNotTheMachines() {
            Question q = parse("The README says \"64 or better 128 Gb of RAM\". I have a 3090. Will more RAM help?");
            assertThat(q.ramGb()).isNull();
            assertThat(parse("I have a 3090 and 64GB of RAM, the README says \"128 Gb of RAM\"").ramGb()).isEqualTo(64.0);
        }

        @Test
        void aBareTIsTerabytesOfMemoryOnlyNextToAMemoryWord() {
            assertThat(parse("单卡RTX 4090, DRAM 1.5T").ramGb()).isEqualTo(1536.0);
            assertThat(parse("2T 内存 + 单张L40 显卡").ramGb()).isEqualTo(2048.0);
            assertThat(parse("my 4090 gets 11 t/s").ramGb()).isNull();
            // a word saying which memory may stand between ("1T system memory", "2T of host RAM")
            assertThat(parse("I have 1T system memory and a 4090").ramGb()).isEqualTo(1024.0);
            assertThat(parse("a 4090 with 2T of host RAM").ramGb()).isEqualTo(2048.0);
            assertThat(parse("1.5T DDR5 memory, one L40").ramGb()).isEqualTo(1536.0);
            assertThat(parse("llama 3 was trained on 15T tokens; my 4090 has 64GB system memory").ramGb()).isEqualTo(64.0);
        }

        @Test
        void aStrixHaloWrittenWithoutRyzenSharesItsMemory() {
            Question q = parse("I have a NIMO machine with AI MAX+ 395 and 128GB RAM");
            assertThat(q.gpus()).singleElement().satisfies(g -> assertThat(g.memoryGb()).isEqualTo(128.0));
        }

        @Test
        void diskLentAsMemoryIsNoRam() {
            assertThat(parse("x99 e5主板 2tssd 1t虚拟成内存。3060*12g*2").ramGb()).isNull();
            assertThat(parse("4090, 32GB RAM and a 64GB page file").ramGb()).isEqualTo(32.0);
        }

        @Test
        void theBreakdownOfARamAmountIsRamNotCards() {
            Question q = parse("GPU: 4090 24G VRAM\nMemory: DDR4-2400 DRAM (448GB=64GB x 7)");
            assertThat(q.gpus()).containsExactly(new GpuMention("4090", 1, 24.0));
            assertThat(q.ramGb()).isEqualTo(448.0);
        }

        @Test
        void memoryGoneWithoutIsNotTheMachines() {
            assertThat(parse("Can i install without 8gbvram? I have only 6gb vram on my laptop").vramGb()).isEqualTo(6.0);
        }

        @Test
        void aRequirementWrittenWithAnAtSignIsStillARequirement() {
            assertThat(parse("the requirement is to have a GPU with @least 24G of VRAM. can I run mistral on CPU?").vramGb()).isNull();
        }

        @Test
        void aBareAmountWithoutACardIsSystemMemoryWhenThereIsNoGpu() {
            Question q = parse("no gpu, 32gb, what can I run");
            assertThat(q.ramGb()).isEqualTo(32.0);
            assertThat(q.vramGb()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"999999999999GB card", "-16GB vram", "0GB vram", "99999GB vram", "1TB ssd and 512GB ssd"})
        void absurdAmountsAreLeftOut(String text) {
            Question q = parse(text);
            assertThat(q.vramGb()).isNull();
            assertThat(q.ramGb()).isNull();
        }
    }

    @Nested
    class Models {
        @Test
        void aNumberOfBitsPerWeightAfterANameIsNoVersion() {
            assertThat(parse("llama 6.5 bpw OOM on 3x 3090").models()).containsExactly("llama");
            assertThat(parse("qwen 4 bit on my 3060?").models()).doesNotContain("qwen 4");
        }

        @Test
        void aProgramsRepositoryIsNoModel() {
            // given llama.cpp's repository or two programs joined by "/" beside a model: then only the model is read
            for (String program : new String[] {"ggml-org/llama.cpp", "ollama/llama-cpp", "ggerganov/whisper.cpp"}) {
                String text = "I built " + program + " and run qwen2.5 7b on my 3060, it is slow";
                assertThat(parse(text).models()).as(text).containsExactly("qwen2.5 7b");
            }
            // then a repository whose name goes on past the family word stays a model
            assertThat(parse("can my 3090 run TheBloke/Llama-2-13B-GGUF?").models()).containsExactly("TheBloke/Llama-2-13B-GGUF");
        }

        @Test
        void formatsJoinedBySlashesAreNoRepository() {
            // given a choice of formats written with "/" beside a model: then only the model is read, never "4bit/8bit"
            for (String choice : new String[] {"4bit/8bit", "8bit/4bit", "q4/q8", "int4/int8"}) {
                String text = "Failed to load chatglm2-6b in " + choice + " on my 3090";
                assertThat(parse(text).models()).as(text).containsExactly("chatglm2-6b");
            }
        }

        @Test
        void sizesListedWithSlashesAreEachASizeNotARepository() {
            // given sizes joined by "/" in either language and case: then each size is its own mention
            for (String list : new String[] {"7B/13B/30B/65B", "7b/13b/70b", "1.5B/7B/14B"}) {
                for (String form : new String[] {"how much VRAM do %s models need?", "%s模型分别需要多少显存", "can my 3090 run %s?"}) {
                    String text = String.format(form, list);
                    assertThat(parse(text).models()).as(text)
                            .containsExactlyElementsOf(java.util.Arrays.stream(list.split("/")).toList());
                }
            }
            // then an owner with letters before a sized name stays a repository
            assertThat(parse("can my 3090 run Qwen/Qwen2.5-7B-Instruct?").models()).containsExactly("Qwen/Qwen2.5-7B-Instruct");
        }

        @Test
        void aSourceFileAndLineInALogIsNoModel() {
            // given a log line naming the Go file and line that printed it: then no model, the model named elsewhere stays
            assertThat(parse("2024/01/05 10:38:07 mistral.go:212: error starting runner for qwen2:7b on my 3060").models())
                    .contains("qwen2:7b").noneMatch(m -> m.contains(".go"));
            assertThat(parse("GGML_ASSERT at llama.cpp:2301 while loading gemma2:9b").models())
                    .contains("gemma2:9b").noneMatch(m -> m.contains(":2301"));
            // then a family name with a tag stays a model
            assertThat(parse("run mistral:7b on my 3060").models()).containsExactly("mistral:7b");
        }

        @Test
        void aPulledContainerImageIsNoModel() {
            assertThat(parse("docker pull intelanalytics/ipex-llm-serving-xpu:0.8.3-b22, then qwen2.5 7b on my A770 is slow").models())
                    .containsExactly("qwen2.5 7b");
        }

        @Test
        void aContainerImageNamedAsSuchIsNoModel() {
            // given an image's repository written before the word "image": then the serving software, no model
            assertThat(parse("I am using Ollama from `intelanalytics/ipex-llm-inference-cpp-xpu` docker image to run qwen2.5 7b on my Arc A380").models())
                    .containsExactly("qwen2.5 7b");
            assertThat(parse("the vllm/vllm-openai:v0.8.5 image serves Qwen/Qwen2.5-7B-Instruct on my 3090").models())
                    .containsExactly("Qwen/Qwen2.5-7B-Instruct");
            // then a model's repository before another word stays a model
            assertThat(parse("Qwen/Qwen2.5-7B-Instruct images are described wrongly on my 3090").models())
                    .containsExactly("Qwen/Qwen2.5-7B-Instruct");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "can it run qwen3 14b?                          | qwen3 14b",
                "will my 3060 run deepseek-r1:8b                | deepseek-r1:8b",
                "qwen2.5-coder:32b-instruct-q8_0 on a 3090      | qwen2.5-coder:32b-instruct-q8_0",
                "llama 3 70b on two 3090s                        | llama 3 70b",
                "Llama 3.1 70B at 32k                            | Llama 3.1 70B",
                "is deepseek good                                | deepseek",
                "mixtral 8x7b on cpu                             | mixtral 8x7b",
                "qwen3 30b-a3b on 8gb                            | qwen3 30b-a3b",
                "Qwen/Qwen3-14B-AWQ with vllm                    | Qwen/Qwen3-14B-AWQ",
                "千问3 14b能跑吗                                   | qwen3 14b",
                "通义千问能跑吗                                    | qwen",
                "深度求索的模型                                    | deepseek",
                "16g显存能跑32b吗                                  | 32b",
                "someorg/newmodel-9b on a 4090                   | someorg/newmodel-9b",
                "minicpm 4b on a phone                           | minicpm 4b"})
        void mentionsAsWritten(String text, String model) {
            assertThat(parse(text).models()).containsExactly(model);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "is Mystral-7b ok on a 3060?                   | mistral-7b",
                "羊驼2 70b 要几张卡                                | llama2 70b",
                "文心4.5 300b 需要多少显存                          | ernie4.5 300b",
                "浦语2.5 7b 在4060上能跑吗                          | internlm2.5 7b"})
        void otherNamesOfAFamilyAreReportedUnderItsName(String text, String model) {
            assertThat(parse(text).models()).containsExactly(model);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "given ollama, then deepseek r1:32b on a 4090   | deepseek-r1:32b",
                "r1:70b with two 3090s                          | deepseek-r1:70b",
                "deepseak-r1:1.5b on a laptop                   | deepseek-r1:1.5b",
                "用深度求索 r1:14b 可以吗                           | deepseek-r1:14b"})
        void aTagNamedByALinesLetterVersionIsThatLineOfTheMakerWrittenBeforeIt(String text, String model) {
            assertThat(parse(text).models()).containsExactly(model);
        }

        @Test
        void unknownNamesOfKnownFamiliesStillComeThrough() {
            assertThat(parse("can i run qwen9 13b").models()).containsExactly("qwen9 13b");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "qwen3 14b 4bit with mlx                   | MLX_4BIT",
                "qwen3 14b 8-bit with mlx                  | MLX_8BIT",
                "qwen3 32b 4-bit on vllm                   | AWQ_INT4",
                "qwen3 32b int4 on vllm                    | GPTQ_INT4",
                "load qwen3 14b in 8bit with transformers  | BNB_INT8",
                "qwen3 32b 4bit with ollama                | Q4_K_M",
                "qwen3 32b 4bit                            | Q4_K_M",
                "qwen3 32b q4_k_m on vllm                  | Q4_K_M"})
        void aBitWidthIsTheEnginesOwnFormatOfThatWidth(String text, WeightFormat format) {
            assertThat(parse(text).format()).isEqualTo(format);
        }

        /** MLX has no format of its own here for 3 (or 2, 5) bits: the width read stays, never rounded up to MLX's 4-bit. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "deepseek r1 3bit with mlx on three M2 Ultras       | deepseek r1 3bit on three M2 Ultras",
                "qwen3 32b 3-bit via mlx_lm.generate on an M3 Max     | qwen3 32b 3-bit on an M3 Max",
                "用mlx跑qwen3 32b的2bit版本，M2 Max 64G             | 跑qwen3 32b的2bit版本，M2 Max 64G",
                "llama 3.3 70b 5bit in MLX on a 96GB M2 Max         | llama 3.3 70b 5bit on a 96GB M2 Max"})
        void aWidthMlxHasNoFormatForKeepsTheWidthRead(String withMlx, String without) {
            assertThat(parse(withMlx).format()).isEqualTo(parse(without).format()).isNotIn(WeightFormat.MLX_4BIT, WeightFormat.MLX_6BIT,
                    WeightFormat.MLX_8BIT);
        }

        @Test
        void formatWordsAfterASpaceAreNotPartOfTheName() {
            Question q = parse("llama 3.1 70b fp16 on an A100");
            assertThat(q.models()).containsExactly("llama 3.1 70b");
            assertThat(q.format()).isEqualTo(WeightFormat.F16);
        }

        @Test
        void sizesListedSideBySideAreEachASize() {
            assertThat(parse("我现在有A100的显卡，想试试8B 32B 72B 模型的运行效率").models()).containsExactly("8B", "32B", "72B");
        }

        @Test
        void aSizeWrittenAsTheModelOfAFamilyJoinsIt() {
            // reported size first, as written, so that "the 7B Qwen model" can refer back (ModelResolver reads it either way)
            assertThat(parse("is it possible to run the 120b model of gpt-oss on 2x 5090's?").models()).containsExactly("120b gpt-oss");
        }

        @Test
        void aFormatBetweenASizeAndAFamilyLeavesTheJoinAndIsTheFormat() {
            Question q = parse("can a 4090 run 8b int4 qwen3?");
            assertThat(q.models()).containsExactly("8b qwen3");
            assertThat(q.format()).isNotNull();
            assertThat(parse("4090能跑8b 4位量化的qwen3吗").models()).containsExactly("8b qwen3");
            assertThat(parse("can a 4090 run 8b q4_k_m qwen3?").models()).containsExactly("8b qwen3");
        }

        @Test
        void aSizeSaidRightAfterAFamilyJoinsIt() {
            assertThat(parse("I use qwen3 with 8B size on an M1 8GB").models()).containsExactly("qwen3 8B");
            assertThat(parse("can a 4090 run mistral (7b)?").models()).containsExactly("mistral 7b");
            // a size that makes no known name with the family stays apart
            assertThat(parse("gemma 3 and a 70b").models()).containsExactly("gemma 3", "70b");
        }

        @Test
        void anAscendChipIsNoModelSize() {
            assertThat(parse("910B机器 Ascend 910B 利用mindformers推理，token生成速度6tokens/s").models()).isEmpty();
            // a machine word after it makes a bare 910B the chip too, with no Ascend named
            assertThat(parse("910B机器能跑qwen2.5 72b吗").models()).containsExactly("qwen2.5 72b");
            assertThat(parse("两张升腾910B能跑deepseek吗").models()).noneMatch(m -> m.contains("910"));
        }

        @Test
        void aListOfModelsKeepsItsOrder() {
            // people weigh three or four models at once ("qwen3 14b or phi4 or gemma3 12b?"); up to six are read
            assertThat(parse("qwen3 14b or phi4 or gemma3 12b?").models()).containsExactly("qwen3 14b", "phi4", "gemma3 12b");
        }

        @Test
        void twoNamesSideBySideAreTwoModels() {
            assertThat(parse("qwen2.5-instruct qwen2.5-base 两个模型对GPU有什么硬性要求？").models())
                    .containsExactly("qwen2.5-instruct", "qwen2.5-base");
        }

        @Test
        void parameterCountsWrittenOtherwiseAreSizes() {
            assertThat(parse("Which model (8 billion, 9 billion, 12 billion) fits each GPU?").models()).containsExactly("8B", "9B", "12B");
            // 亿 is 10^8: 70亿参数 is 7B; 1亿 tokens are no model
            assertThat(parse("我的4090能跑70亿参数的模型吗").models()).containsExactly("7B");
            assertThat(parse("训练了1亿token").models()).isEmpty();
            // a mixture of eight 7B experts written either way
            assertThat(parse("can a 24gb gpu run mixtral 7b*8").models()).containsExactly("mixtral 8x7b");
            assertThat(parse("can a 24gb gpu run mixtral 8*7B").models()).containsExactly("mixtral 8x7B");
            // the same mixture again with its "x" slipped; the digits alone stay a size
            assertThat(parse("Mistral 8*7B Out of memory. Does the framework support the mistral 87B model?").models())
                    .containsExactly("Mistral 8x7B");
            assertThat(parse("can two 3090s run a 87B model?").models()).containsExactly("87B");
            // a count of cards is no mixture
            assertThat(parse("16 * A10 run llama 3.1 70b").models()).containsExactly("llama 3.1 70b");
        }

        @Test
        void aQuantizationAfterASlashIsNoFolder() {
            assertThat(parse("本地部署 deepseek-R1/Q4_K_M. 4090 24G").models()).containsExactly("deepseek-R1");
        }

        @Test
        void aProgramNamedAfterAFamilyIsNoModelOfIt() {
            assertThat(parse("I get 60 t/s for 7-8b LLMs with the llama cpp server").models()).containsExactly("8b");
            assertThat(parse("llama.cpp runs 13b models slowly on my 3060").models()).containsExactly("13b");
            assertThat(parse("chatglm.cpp with chatglm2-6b on 16GB RAM").models()).containsExactly("chatglm2-6b");
            assertThat(parse("llama-server with llama 3 8b").models()).containsExactly("llama 3 8b");
            // a program in C or Go after its family ("llama2.c"), a family's own inference package ("mistral-inference")
            assertThat(parse("I compiled llama2.c and run stories110M on my laptop with 16GB RAM").models()).isEmpty();
            assertThat(parse("I installed mistral-inference on my 4090, can it run mistral 7b?").models()).containsExactly("mistral 7b");
            assertThat(parse("python -m mistral_inference on a 3060 runs out of memory").models()).isEmpty();
            // a Rust port's crate after its family ("mistral-rs", as "mistral.rs")
            assertThat(parse("QwQ-32B runs with llama-cpp on my 4090 but fails with `mistral-rs` on the same gguf").models())
                    .containsExactly("QwQ-32B");
            assertThat(parse("the mistral_rs server on my 3090 runs out of memory").models()).isEmpty();
            // Ollama's runner in its own messages
            assertThat(parse("Error: llama runner process has terminated: exit status 2 on my 3060").models()).isEmpty();
            assertThat(parse("Error: llama runner exited with qwen3:8b on my 3060").models()).containsExactly("qwen3:8b");
        }

        @Test
        void aConstantInCapitalsNamedAfterAFamilyIsNoModel() {
            // given a code or environment constant, words in capitals joined by '_'; then it names no model of the family
            assertThat(parse("LMDeployServer(path='internlm/internlm2_5-7b-chat', meta_template=INTERNLM2_META, top_p=0.8)").models())
                    .containsExactly("internlm/internlm2_5-7b-chat");
            assertThat(parse("I built it with `make LLAMA_CUBLAS=1` on my 3090").models()).isEmpty();
            assertThat(parse("export QWEN_API_KEY=xxx, can my 4090 run qwen2.5 7b?").models()).containsExactly("qwen2.5 7b");
            // a model's name in capitals keeps its size or release words, and is read
            assertThat(parse("can my 4090 run QWEN2_7B_INSTRUCT?").models()).isNotEmpty();
            assertThat(parse("can my 4090 run LLAMA_3_8B?").models()).isNotEmpty();
        }

        @Test
        void aCommandLineOptionNamedLikeAFamilyIsNoModel() {
            assertThat(parse("mlx_lm.generate --model mlx-community/Meta-Llama-3.1-8B-Instruct-4bit --temp 0.0 --seed 1000").models())
                    .containsExactly("mlx-community/Meta-Llama-3.1-8B-Instruct-4bit");
            assertThat(parse("./main -m models/7B/ggml-model-q4_0.bin --seed 1 --ignore-eos").models()).doesNotContain("seed 1");
        }

        @Test
        void anAppsImageIsNoModelRepository() {
            assertThat(parse("docker run ollama/ollama on 4x 3090 with qwen3 32b").models()).containsExactly("qwen3 32b");
        }

        @Test
        void aConfigFileNamedLikeAModelIsNoModelButAWeightsFileIs() {
            assertThat(parse("ktransformers --model_path ./DeepSeek-R1 --optimize_config_path rules/DeepSeek-V3-Chat-multi-gpu.yaml").models())
                    .containsExactly("DeepSeek-R1");
            assertThat(parse("ollama create from models/qwen3-14b-Q4_K_M.gguf").models()).anySatisfy(m -> assertThat(m).contains("qwen3-14b"));
        }

        @Test
        void modelsSaidToWorkAlreadyAreNotAskedAboutWhileAnotherIsLeft() {
            // rule D: a contrast of the person's own runs asks about both sides
            assertThat(parse("qwen3 8b works fine but qwen3 32b runs out of memory on my 4090").models()).containsExactly("qwen3 8b", "qwen3 32b");
            assertThat(parse("Since it was able to run llama 3.1 70b on one 24 GB GPU, could you run qwen3 32b with 12gb?").models())
                    .containsExactly("qwen3 32b");
            assertThat(parse("加载qwen3 32b要150G显存 另外gemma3 12b和phi4都能运行正常").models()).containsExactly("qwen3 32b");
            // a question about whether it works asks about it
            assertThat(parse("does qwen3 8b run fine on a 3060, or phi4?").models()).containsExactly("qwen3 8b", "phi4");
            // the only model named stays, and so does a working model whose line a bare size asks about
            assertThat(parse("qwen3 8b runs fine on my 3060, how do I make it faster").models()).containsExactly("qwen3 8b");
            assertThat(parse("llama 3.1 8b runs fine on my 3060. what about 70b").models()).containsExactly("llama 3.1 8b", "70b");
        }

        @Test
        void aModelSaidToRunNormallyOrSmoothlyIsAlsoAlreadyWorking() {
            assertThat(parse("gemma3 4b runs normally, but can my 3060 run gemma3 27b?").models()).containsExactly("gemma3 27b");
            // rule D: a contrast of the person's own runs asks about both sides
            assertThat(parse("gemma3 4b runs normally, but gemma3 27b crashes on my 3060").models()).containsExactly("gemma3 4b", "gemma3 27b");
            assertThat(parse("On the laptop phi4 can be used smoothly. Would qwen3 32b work there?").models()).containsExactly("qwen3 32b");
            assertThat(parse("qwen3 8b在4060上运行流畅，qwen3 32b呢").models()).containsExactly("qwen3 32b");
        }

        @Test
        void aModelNamedAsTheMeasureOfAnothersSpeedIsAskedAboutToo() {
            // rule D of the real-question corpus: the person contrasts their own runs, and the contrast is the question
            assertThat(parse("qwen2.5 14b在A10上比glm-4-9b-chat慢得多，怎么优化").models()).containsExactly("qwen2.5 14b", "glm-4-9b-chat");
            assertThat(parse("mixtral 8x7b is much slower than llama 3 8b on my 3090. how to speed it up").models())
                    .containsExactly("mixtral 8x7b", "llama 3 8b");
            // a comparison that asks names both
            assertThat(parse("qwen3 32b比qwen2.5 32b快吗").models()).containsExactly("qwen3 32b", "qwen2.5 32b");
        }

        @Test
        void aClauseAfterACommaThatSaysItWorksSpeaksOfTheModelBeforeIt() {
            assertThat(parse("以前用的是glm-4-9b，运行正常，换成glm-4-32b后显存不够").models()).containsExactly("glm-4-32b");
            // unless it asks
            assertThat(parse("我的glm-4-9b，运行正常吗？glm-4-32b呢").models()).containsExactly("glm-4-9b", "glm-4-32b");
        }

        @Test
        void aFolderNamedLikeAModelIsNoModel() {
            assertThat(parse("llm = LLM(model=\"../QwenModel/qwen15/Qwen1.5-32B-Chat-GPTQ-Int4\")").models())
                    .containsExactly("Qwen1.5-32B-Chat-GPTQ-Int4");
        }

        @Test
        void familyWordsInsideOtherWordsAreNotModels() {
            assertThat(parse("philosophy of graphics cards in ollama").models()).isEmpty();
        }
    }

    @Nested
    class Formats {
        @Test
        void aFormatGoneWithoutIsNotTheOneRun() {
            assertThat(parse("Is it possible to run Vicuna-13B without GPTQ (full fp16) on 2 RTX4090?").format()).isEqualTo(WeightFormat.F16);
            assertThat(parse("不用AWQ，直接bf16跑qwen2.5 7b，3090够吗").format()).isEqualTo(WeightFormat.BF16);
            assertThat(parse("can I run llama 3 8b w/o q4?").format()).isNull();
            // asking why not a format asks about that format
            assertThat(parse("为什么不用Q8？").format()).isEqualTo(WeightFormat.Q8_0);
        }

        @Test
        void aPrecisionWrittenOutSaysWhatUnquantizedMeans() {
            assertThat(parse("部署的是Deepseek R1 671B的无量化版本的fp8精度的模型吗").format()).isEqualTo(WeightFormat.FP8);
            // without one, "unquantized" is the format the model is published in, which the knowledge base knows
            Question unquantized = parse("用无量化的qwen3 32b，4090够吗");
            assertThat(unquantized.format()).isNull();
            assertThat(unquantized.asPublished()).isTrue();
            assertThat(parse("qwen3 32b 不量化").asPublished()).isTrue();
            assertThat(parse("8张H20能跑满血版deepseek r1吗").asPublished()).isTrue();
            // ChatGLM3 #420: "not quantized" said as what was (not) done
            assertThat(parse("我的显卡显存为8G，模型为chatglm3-6b，未做量化").asPublished()).isTrue();
            assertThat(parse("在没有做量化的情况下，qwen2.5 7b 推理很慢").asPublished()).isTrue();
            // "w/o" for "without", as people write it
            assertThat(parse("any chance to run qwen3 32b on 3x4090? (w/o quantization)").asPublished()).isTrue();
            assertThat(parse("can my 4090 run qwen3 14b without any quantization?").asPublished()).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "qwen3 14b Q4_K_M          | Q4_K_M",
                "qwen3 14b q4_k_m          | Q4_K_M",
                "qwen3 14b q4km            | Q4_K_M",
                "at Q8?                    | Q8_0",
                "int4 please               | Q4_K_M",
                "4-bit                     | Q4_K_M",
                "用4位量化                   | Q4_K_M",
                "8bit                      | Q8_0",
                "fp16                      | F16",
                "FP8 on H100               | FP8",
                "AWQ with vllm             | AWQ_INT4",
                "GPTQ                      | GPTQ_INT4",
                "qwen2.5-coder:32b-instruct-q8_0 | Q8_0",
                "why not Q8?               | Q8_0",
                // a dtype set in code or on a command line, and half precision however written
                "AutoModel.from_pretrained(x, torch_dtype=torch.bfloat16) | BF16",
                "vllm serve x --dtype float16 | F16",
                "model = AutoModel.from_pretrained(x).half().cuda() | F16",
                "用半精度加载qwen2.5 7b     | F16",
                "loaded in 16-bit on my 4090 | F16",
                "跑Int 8量化的qwen2.5 7b     | Q8_0"})
        void formats(String text, WeightFormat format) {
            assertThat(parse(text).format()).isEqualTo(format);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "q8 kv cache            | Q8_0",
                "KV cache q4_0          | Q4_0",
                "kv q8_0                | Q8_0",
                "KV缓存用q8_0            | Q8_0",
                "--cache-type-k q4_0    | Q4_0"})
        void kvCacheTypeIsNotTheWeightFormat(String text, KvCacheType kv) {
            Question q = parse(text);
            assertThat(q.kvType()).isEqualTo(kv);
            assertThat(q.format()).isNull();
        }

        @Test
        void aKvCacheSettingPastedFromAnEnvironmentListingIsNotTheWeightFormat() {
            Question aligned = parse("OLLAMA_FLASH_ATTENTION   1\nOLLAMA_KV_CACHE_TYPE     q4_0\nqwen3 14b on my 3060");
            assertThat(aligned.kvType()).isEqualTo(KvCacheType.parse("q4_0").orElseThrow());
            assertThat(aligned.format()).isNull();
            Question quoted = parse("export OLLAMA_KV_CACHE_TYPE=\"q8_0\" and qwen3 14b still spills out of my 3060");
            assertThat(quoted.kvType()).isEqualTo(KvCacheType.parse("q8_0").orElseThrow());
            assertThat(quoted.format()).isNull();
        }

        @Test
        void bothWeightFormatAndKvType() {
            Question q = parse("qwen3 14b q4_k_m with q8_0 kv cache");
            assertThat(q.format()).isEqualTo(WeightFormat.Q4_K_M);
            assertThat(q.kvType()).isEqualTo(KvCacheType.Q8_0);
        }
    }

    @Nested
    class Contexts {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "32k context      | 32768",
                "ctx 8192         | 8192",
                "ctx=8192         | 8192",
                "8K tokens        | 8192",
                "上下文32K         | 32768",
                "32k上下文         | 32768",
                "128k             | 131072",
                "1M context       | 1048576",
                "-c 4096          | 4096",
                "context length of 16384 | 16384",
                "能跑 qwen3-14b，32768 上下文 吗 | 32768",
                "an input of 17,000 tokens | 17000",
                "--max-model-len 32768 | 32768",
                "max_model_len为1M的大模型 | 1048576",
                "text length=25000就OOM | 25000",
                // the engines' own settings as flags, quoted keys and messages, and a window written into a file name
                "--context-length 65536 | 65536",
                "--contextsize 4096 --gpulayers 20 | 4096",
                "options = {'num_ctx': 24576} | 24576",
                "max_total_tokens=12000 | 12000",
                "The model's max seq len (40960) is larger than the KV cache | 40960",
                "loading rwkv-7b-ctx8192.pth fails | 8192",
                // a k-number past 2048 with a context word beside it
                "a 3000k token window | 3072000",
                "4096k context on windows 11 | 4194304"})
        void contexts(String text, int tokens) {
            assertThat(parse(text).context()).isEqualTo(tokens);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0k context", "-32k context", "99999999k context", "ctx 999999999999",
                "i9-14900K", "4k monitor", "50 tokens/s", "1m tall", "Should I get the 13600k and no gpu?",
                // a CPU beside "Windows" (the system, not a window) or beside a speed in tokens per second
                "windows11\n13900k+4090\npython3.11.8", "Windows 11, 14900K, RTX 4090: can it run qwen3 14b?",
                "win11 / windows server, 12700k, 64GB", "我的电脑是 windows 10，13900K + 4090", "13900k gets 8 tokens/s on cpu",
                "a 14900k does 5 tokens per second"})
        void absurdOrOtherNumbersAreNotContexts(String text) {
            assertThat(parse(text).context()).isNull();
        }
    }

    @Nested
    class Uses {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "best model for coding            | CODING    | ",
                "写代码用什么模型                    | CODING    | ",
                "WordPress插件开发                  | CODING    | php;wordpress",
                "php backend                      | CODING    | php",
                "SolidWorks VBA宏开发               | CODING    | solidworks;vba",
                "excel vba macros                 | CODING    | vba",
                "中文长篇小说写作                    | WRITING   | chinese;fiction",
                "writing fiction                  | WRITING   | fiction",
                "long documents                   | LONG_CONTEXT | ",
                "长文档总结                          | LONG_CONTEXT | ",
                "RAG over my notes                | RAG       | ",
                "知识库问答                          | RAG       | ",
                "端侧部署                            | EDGE      | ",
                "raspberry pi                     | EDGE      | ",
                "多模态 图片理解                      | MULTIMODAL | ",
                "vision model for images          | MULTIMODAL | ",
                "数学推理                            | REASONING | math",
                "reasoning model                  | REASONING | ",
                "just chatting                    | GENERAL   | ",
                "日常聊天                            | GENERAL   | "})
        void useCaseAndTopics(String text, UseCase useCase, String topics) {
            Question q = parse(text);
            assertThat(q.useCase()).isEqualTo(useCase);
            assertThat(q.topics()).containsExactlyInAnyOrder(topics == null ? new String[0] : topics.split(";"));
        }

        @Test
        void aSpecificUseBeatsAGenericWord() {
            assertThat(parse("help writing wordpress plugins").useCase()).isEqualTo(UseCase.CODING);
        }

        @Test
        void inferenceIsNotReasoning() {
            assertThat(parse("本地推理速度怎么样").useCase()).isNull();
        }

        @Test
        void modelNamesDoNotSetTheUseCase() {
            assertThat(parse("can my 3090 run qwen2.5-coder:32b").useCase()).isNull();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "the fastest one   | SPEED",
                "速度要快           | SPEED",
                "best quality      | QUALITY",
                "效果最好的          | QUALITY",
                "speed and quality | BALANCED",
                // one put before the other is no balance
                "I prefer quality over speed                   | QUALITY",
                "accuracy matters more than speed for me       | QUALITY",
                "I don't care about speed, I want good answers | QUALITY",
                "speed doesn't matter, quality does            | QUALITY",
                "slower is fine if the quality is better       | QUALITY",
                "质量优先，速度慢点没关系                          | QUALITY",
                "速度无所谓，要效果好的                            | QUALITY",
                "speed over quality                            | SPEED",
                "quality is secondary, I need it fast          | SPEED",
                "速度优先，效果差一点没关系                        | SPEED",
                // near misses: both wanted, or neither put first
                "good speed and good quality                   | BALANCED",
                "a balance of quality over time and speed      | BALANCED"})
        void preference(String text, Preference preference) {
            assertThat(parse(text).preference()).isEqualTo(preference);
        }
    }

    @Nested
    class Engines {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "can vllm serve qwen3 32b on two 3090s?                      | VLLM",
                "ollama run llama3.1:70b is slow on my 4090                   | OLLAMA",
                "LM Studio offloads only 20 layers of qwen3 14b               | LM_STUDIO",
                "python -m sglang.launch_server --mem-fraction-static 0.8     | SGLANG",
                "text-generation-launcher OOM with llama 2 70b                | TGI",
                "AutoModelForCausalLM.from_pretrained OOM on my 3090          | TRANSFORMERS",
                "model.half().to('mps') runs out of memory on my M1           | TRANSFORMERS",
                "mlx_lm.generate with qwen3 8b on my M2                       | MLX",
                "ktransformers deepseek r1 with --cpu_infer 60                | KTRANSFORMERS",
                "llama-bench -m qwen3-8b-q4_k_m.gguf on a 3060                | LLAMA_CPP",
                "it loads in transformers, but in tgi I get cuda OOM          | TGI",
                "exllamav2 llama 3 70b on two 3090s                           | EXLLAMA",
                "lmdeploy serve qwen2 72b on 2x A100                          | OTHER",
                "AnythingLLM with qwen3 8b on a 3060 is slow                  | OTHER",
                "用MindIE在昇腾上部署qwen2.5 72b                                 | OTHER",
                "我用vllm部署qwen3 32b，显存不够                                  | VLLM",
                "llama_cpp_python with a 4080 and a 3060 is slower on the 4080 | LLAMA_CPP",
                "xinference launch --model-engine Transformers --model-name glm-4v | TRANSFORMERS",
                "xinference的transformers推理引擎速度太慢了                          | TRANSFORMERS",
                "ktransformers --type transformers --model_path x 提示显存不足        | KTRANSFORMERS",
                "I tried text-generation-webui and had the same problem. In LMstudio I get 120 t/s | OTHER",
                "LM Studio on my M4 Max: MLX is much slower than GGUF          | LM_STUDIO",
                "lms ps shows qwen3 14b loaded with a 4k context on my M4      | LM_STUDIO",
                "Jan v0.5.4 crashes loading mistral 7b on my 8GB MacBook       | OTHER",
                "after a fresh install of Jan llama 3 8b prints garbage         | OTHER",
                "ds4-server refuses a 1M context on my Mac Studio               | OTHER",
                "status says GPU loading failed (Out of VRAM?) on my 3060       | OTHER",
                "我用xinference vllm框架部署qwen2.5 32b                            | VLLM",
                "xinference部署qwen2.5 32b，加载引擎：vllm，显存不够                     | VLLM",
                // a wrapper named runs transformers underneath: its API words in the log are no other engine
                "with device_map=auto and load_in_4bit set, FastChat still puts vicuna 13b on one of my two 3090s | OTHER",
        })
        void theEngineNamedOrShownByItsFlags(String text, Engine engine) {
            assertThat(parse(text).engine()).as(text).isEqualTo(engine);
        }

        /**
         * The ways people name each engine, taken from the engines' own names, commands, APIs and settings (not from the
         * corpus), in English and Chinese sentences.
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                // llama.cpp: its name, binaries, Python binding, library
                "llama.cpp offloads 20 layers of qwen3 14b to my 3060                         | LLAMA_CPP",
                "built llamacpp with CUDA and qwen3 8b runs at 5 t/s on my 3060              | LLAMA_CPP",
                "llama-server -m qwen3-14b-q4_k_m.gguf -c 32768 runs out of memory on my 4070 | LLAMA_CPP",
                "llama-cli with gemma3 27b on my 3090 is slow                                 | LLAMA_CPP",
                "./main -m models/7B/ggml-model-q4_0.bin -t 8 on my 16GB laptop is slow       | LLAMA_CPP",
                "after pip install llama-cpp-python qwen3 8b does not use my 3060             | LLAMA_CPP",
                "from llama_cpp import Llama with qwen3 8b on a 3060                          | LLAMA_CPP",
                "ggml_cuda_init: found 1 CUDA devices, then qwen3 8b fails on my 3060         | LLAMA_CPP",
                "ggml_metal_init: allocating, then gemma3 27b fails on my M1 Max               | LLAMA_CPP",
                "用llama.cpp在4090上跑qwen3 32b，速度很慢                                       | LLAMA_CPP",
                "llama-server 启动 qwen3 32b 报显存不足                                         | LLAMA_CPP",
                "llama cpp python with qwen3 8b on my 3060 is slow                            | LLAMA_CPP",
                "llama-quantize qwen3 32b to q4_k_m, then it runs out of memory on my 4090    | LLAMA_CPP",
                "llama_model_loader: loaded meta data, then qwen3 8b fails on my 3060          | LLAMA_CPP",
                "on my 3090 qwen3 8b gives pp512 3100 t/s and tg128 95 t/s, is that normal?     | LLAMA_CPP",
                // Ollama: its name, commands, Modelfile, settings
                "ollama run qwen3 32b is slow on my 4090                                     | OLLAMA",
                "ollama ps shows 40%/60% CPU/GPU for gemma3 27b on my 3060                    | OLLAMA",
                "I set PARAMETER num_ctx 32768 in the Modelfile for qwen3 14b on my 3090      | OLLAMA",
                "with num_ctx 16384 qwen3 14b no longer fits my 3090                          | OLLAMA",
                "OLLAMA_NUM_PARALLEL=4 makes qwen3 8b spill out of my 12GB card               | OLLAMA",
                "我用ollama跑deepseek-r1:32b，4090显存占满了                                      | OLLAMA",
                "设置了OLLAMA_NUM_PARALLEL之后qwen3 8b显存不够                                     | OLLAMA",
                // LM Studio: its name in any spelling, its lms command line
                "LM Studio on my M2 Max loads qwen3 32b slowly                                | LM_STUDIO",
                "lmstudio crashes loading gemma3 27b on my 3090                              | LM_STUDIO",
                "LMStudio 0.3.5 offloads only half of qwen3 32b to my 4090                    | LM_STUDIO",
                "LM-Studio runs qwen3 14b slowly on my 3060                                   | LM_STUDIO",
                "lms load qwen3 14b --gpu max fails on my 4070                                | LM_STUDIO",
                "在LM Studio里加载qwen3 32b，显存不够                                             | LM_STUDIO",
                // vLLM: its name, server commands, Python API, settings
                "vllm serve Qwen/Qwen3-32B on two 3090s runs out of memory                    | VLLM",
                "python -m vllm.entrypoints.openai.api_server --model Qwen/Qwen3-32B on an A100 fails | VLLM",
                "from vllm import LLM, then qwen3 8b runs out of memory on my 4090            | VLLM",
                "--tensor-parallel-size 2 with qwen3 32b on two 4090s fails                   | VLLM",
                "gpu_memory_utilization=0.9 and qwen3 8b still OOMs on a 3090                 | VLLM",
                "用vLLM部署qwen3 32b，两张4090，报OOM                                              | VLLM",
                // SGLang
                "sglang with qwen3 32b on 2x 4090 runs out of memory                          | SGLANG",
                "python -m sglang.launch_server --model-path Qwen/Qwen3-32B --tp 2 on two 4090s | SGLANG",
                "用SGLang部署deepseek-r1，8张H20                                                 | SGLANG",
                // TGI: its launcher, its name, its container image
                "text-generation-launcher --model-id meta-llama/Llama-3.1-70B --num-shard 2    | TGI",
                "text-generation-inference with llama 3 70b on 2 A100s fails                  | TGI",
                "docker run ghcr.io/huggingface/text-generation-inference:2.0 with llama 3 8b on a 3090 | TGI",
                "TGI部署llama 3 70b报显存不足                                                      | TGI",
                "File text_generation_server/models/flash_causal_lm.py: CUDA out of memory with llama 3 8b | TGI",
                // transformers: its name and API
                "from_pretrained runs out of memory with qwen3 14b on my 3090                 | TRANSFORMERS",
                "AutoModelForCausalLM with qwen3 32b on my two 3090s is slow                  | TRANSFORMERS",
                "with device_map=\"auto\" qwen3 32b spreads over my two 3090s                  | TRANSFORMERS",
                "load_in_4bit=True with llama 3.1 8b on a 3060 fails                          | TRANSFORMERS",
                "BitsAndBytesConfig with qwen3 14b on my 3060 runs out of memory              | TRANSFORMERS",
                "AutoModelForSeq2SeqLM with flan-t5 on my 3060 is slow                        | TRANSFORMERS",
                "pipe = pipeline(\"text-generation\", model=x) with qwen3 8b is slow on my 3060 | TRANSFORMERS",
                "用transformers加载qwen3 32b，显存不足                                            | TRANSFORMERS",
                // MLX: its packages and commands
                "mlx_lm.generate --model mlx-community/Qwen3-32B-4bit on my M2 Max            | MLX",
                "mlx-lm with qwen3 32b on my M3 Max is slow                                   | MLX",
                "mlx_lm.server with qwen3 14b on my M4 runs out of memory                     | MLX",
                "用mlx在M2 Max上跑qwen3 32b                                                      | MLX",
                // KTransformers: its name, its chat script, its rule files
                "ktransformers with deepseek r1 on one 4090 and 512GB RAM                     | KTRANSFORMERS",
                "python local_chat.py --model_path deepseek-ai/DeepSeek-R1 on one 4090 fails | KTRANSFORMERS",
                "--optimize_config_path optimize_rules/DeepSeek-V3-Chat.yaml on a 4090 is slow | KTRANSFORMERS",
                "用ktransformers跑deepseek-r1 671b，单卡4090                                      | KTRANSFORMERS",
                // ExLlama: its name, its format, its server
                "exllamav2 with llama 3 70b on two 3090s                                      | EXLLAMA",
                "a 4.0bpw exl2 of llama 3 70b on two 3090s runs out of memory                 | EXLLAMA",
                "TabbyAPI with qwen3 32b on a 3090 is slow                                    | EXLLAMA",
                "用exllamav2在两张3090上跑llama 3 70b                                              | EXLLAMA",
                // engines outside the list
                "koboldcpp --usecublas --gpulayers 31 with a 34b model on my 3060 is slow     | OTHER",
                "text-generation-webui with llama 3.1 8b on a 3060 is slow                    | OTHER",
                "ooba with llama 3.1 8b on a 3060 is slow                                     | OTHER",
                "lmdeploy serve api_server qwen3 8b on my 4090 runs out of memory             | OTHER",
                "TensorRT-LLM with llama 3.1 8b on a 4090 fails to build                      | OTHER",
                "GPT4All with mistral 7b on my laptop is slow                                 | OTHER",
                "用Xinference部署qwen3 32b，两张4090                                               | OTHER",
                "TinyChat with an AWQ llama 3 8b on my Orin gets killed                       | OTHER",
                "bigdl-llm int4 mistral 7b on my Arc A750 is slower than expected              | OTHER",
                "用bigdl在A770上跑qwen 7b，显存占用太高                                              | OTHER",
        })
        void theWaysPeopleNameEachEngine(String text, Engine engine) {
            assertThat(parse(text).engine()).as(text).isEqualTo(engine);
        }

        /** Engines only weighed against each other, or named as the yardstick, are no engine the person runs. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', nullValues = "null", value = {
                "Ollama or LM Studio, which should I use for qwen3 32b on my 3090?          | null",
                "should I use vllm or llama.cpp for qwen3 32b on two 3090s?                   | null",
                "vllm vs sglang for qwen3 32b on 2x 4090                                      | null",
                "which is faster for qwen3 14b on a 3060, ollama or llama.cpp?                | null",
                "用ollama还是vllm部署qwen3 32b，两张4090                                            | null",
                "vllm和sglang哪个更快，qwen3 32b，两张4090                                          | null",
                "unlike vLLM, ollama keeps part of qwen3 32b in RAM on my 3090                 | OLLAMA",
                "I run llama.cpp now; should I move to vllm or sglang for qwen3 32b?           | LLAMA_CPP",
                // a GGML file is a format several engines load; a pipeline of a model id is LMDeploy's, not transformers'
                "TheBloke/Llama-2-7B-Chat-GGML on my 3060 is slow                             | null",
                "pipe = pipeline(\"internlm/internlm2-chat-7b\") on my 4090 runs out of memory | null",
        })
        void enginesWeighedOrComparedAreNotTheOneRun(String text, Engine engine) {
            assertThat(parse(text).engine()).as(text).isEqualTo(engine);
        }

        @Test
        void anErrorOnlyOneEnginePrintsNamesItOverAnEarlierApiWord() {
            assertThat(parse("model.generate(x) on my M2 gives: Attempting to allocate 19081554496 bytes which is greater than"
                    + " the maximum allowed buffer size").engine()).isEqualTo(Engine.MLX);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "compared to transformers, lmdeploy needs far more VRAM for qwen2 7b. why? | OTHER",
                "显存占用比使用transformers大很多：用lmdeploy部署qwen2 7b                        | OTHER",
                "it loads without issue on transformers, but llama.cpp dies on my 3090s    | LLAMA_CPP",
                "transformers works fine on my 4090; with vllm qwen3 8b needs 20GB          | VLLM",
                "sglang dies loading qwen3 14b on my 4090. Using LM Studio, we can run the same model | SGLANG",
                // a failure told after a list of engines tried is told of all of them, not of the last one
                "ipex-llm on my A770 is slow; I also tested vllm, tgi and the llama cpp server and get slower speeds | OTHER",
        })
        void theEngineOnlyComparedWithOrShownWorkingIsNotTheOneAskedAbout(String text, Engine engine) {
            assertThat(parse(text).engine()).as(text).isEqualTo(engine);
        }

        /** A pasted launch command or model loader shows the engine run, over another engine's name or API word. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "with load_in_8bit it took 9GB; lmdeploy chat qwen2 7b takes 15GB on my 3090, can I quantize it? | OTHER",
                "inside the openvino image I start python -m vllm.entrypoints.openai.api_server --model x and qwen2 7b is slow | VLLM",
                "from transformers import AutoTokenizer; AutoGPTQForCausalLM.from_quantized(x) fails on my T4 | OTHER",
                "python server.py --model llama-13b --loader llama.cpp --listen is slow on my 3060 | OTHER",
                "ollama run qwen3 32b is slow on my 4090, and llama-server -m qwen3.gguf is faster | OLLAMA",
        })
        void aLaunchCommandShowsTheEngineRun(String text, Engine engine) {
            assertThat(parse(text).engine()).as(text).isEqualTo(engine);
        }

        @Test
        void aMonthIsNoJan() {
            assertThat(parse("since the update in Jan 2024 qwen3 8b is slow on my 3060").engine()).isNull();
        }

        @Test
        void anEngineNamedAsNotUsedIsNoEngine() {
            assertThat(parse("can my 4090 run qwen3 32b without vllm?").engine()).isNull();
            assertThat(parse("can my 4090 run qwen3 32b without using vllm?").engine()).isNull();
            assertThat(parse("在不使用vllm的情况下，A100上qwen 7b的int4比bf16还慢").engine()).isNull();
        }

        @Test
        void trainingNextToRunningOrATrainedModelIsNoTrainingQuestion() {
            assertThat(parse("can I train and inference on 8 4090s?").intent()).isNotEqualTo(Intent.OUT_OF_SCOPE);
            assertThat(parse("RTX4090跑不动训练好的百川13B模型").intent()).isNotEqualTo(Intent.OUT_OF_SCOPE);
            assertThat(parse("which trained model should I choose for my 12GB GPU?").intent()).isNotEqualTo(Intent.OUT_OF_SCOPE);
            // a web demo or web UI runs the model
            assertThat(parse("两张12g显存的卡，无论是训练还是web，都始终只用0号卡").intent()).isNotEqualTo(Intent.OUT_OF_SCOPE);
            assertThat(parse("both training and the web demo only use the first of my two 3090s").intent()).isNotEqualTo(Intent.OUT_OF_SCOPE);
            assertThat(parse("how much VRAM does fine-tuning llama 7b need?").intent()).isEqualTo(Intent.OUT_OF_SCOPE);
        }

        @Test
        void anOllamaTagImpliesOllamaWithoutNamingIt() {
            Question q = parse("can my 4090 run qwen3:32b?");
            assertThat(q.engine()).isNull();
            assertThat(q.engineHint()).isEqualTo(Engine.OLLAMA);
        }
    }

    @Nested
    class Intents {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "what can my 4090 run?                         | WHAT_CAN_RUN",
                "can I fine-tune qwen3 8b on my 3090?          | OUT_OF_SCOPE",
                "想用4090微调qwen2.5 7b，显存够吗                 | OUT_OF_SCOPE",
                "How much cpu memory do I need to run 30B Llama on 2 x RTX 3090? | MEMORY_NEEDED",
                "what models fit in 16GB                       | WHAT_CAN_RUN",
                "4090能跑什么                                   | WHAT_CAN_RUN",
                "16G显存推荐什么模型                               | WHAT_CAN_RUN",
                "can two 3090s run llama 3 70b                 | CAN_RUN",
                "will my 3060 run deepseek                     | CAN_RUN",
                "3060能跑qwen3 14b吗                            | CAN_RUN",
                "qwen3 14b 4060ti 16g 可以吗                     | CAN_RUN",
                "4090跑得动llama 3 70b吗                         | CAN_RUN",
                "16g显存能跑32b吗                                 | CAN_RUN",
                "how much VRAM does qwen3 32b need             | MEMORY_NEEDED",
                "what are the hardware requirements for llama 3 70b | MEMORY_NEEDED",
                // a requirement quoted with its figure, questioned
                "So mistral 7b is needing 2x A100 in fp16?       | MEMORY_NEEDED",
                "the docs say qwen2 7b will require ~30 GB of GPU memory, really? | MEMORY_NEEDED",
                "I fit the 7B model on 17gb. What would the requirements be for the 72b model? | MEMORY_NEEDED",
                "does it require a dedicated GPU with high VRAM? Which model (8 billion, 12 billion)? | MEMORY_NEEDED",
                "qwen3 32b 的硬件需求是什么                          | MEMORY_NEEDED",
                "用int4量化后，qwen2.5 14b最低的显存需要多大           | MEMORY_NEEDED",
                "it says 40 GB for the 70b, is that system RAM or VRAM? | MEMORY_NEEDED",
                "I'm unable to run llama 3 70b on 7x 3090      | DIAGNOSE",
                "用4090跑qwen3 32b没有成功                         | DIAGNOSE",
                "mixtral on my 4090 is incredibly slow         | SPEED",
                "在2080ti上四卡推理qwen2-72b-instruct-awq模型非常缓慢      | SPEED",
                "72b-int4推理速度很慢，开了use_flash_attn之后推理速度依然很慢，这个是为什么？ | SPEED",
                "On my 4090, is it normal to take 40 seconds per answer with a 7B model? It is too slow. | SPEED",
                "My P40 gets stuck every other message, I get about 3.7 tokens a second | DIAGNOSE",
                "llama 3 70b on my 4090 is slow, it shifts entirely to the CPU after 5 seconds | DIAGNOSE",
                "500G内存，单卡4090，内存占用很少 速度极其慢                 | DIAGNOSE",
                "Llama and mistral fails on my 3050, it may be slow but I want to use it | DIAGNOSE",
                "用V100 32G部署internlm 20b 4bit，推理胡言乱语                 | DIAGNOSE",
                "qwen 14b on my 3090 prints gibberish after a few answers   | DIAGNOSE",
                "20b-int4量化模型在4090上显存占用22gb左右，是否正常？              | DIAGNOSE",
                "qwen2 7b在3090上可以跑，但是输入长一点就超出显存了                   | DIAGNOSE",
                "baichuan2 13b在A770上输入4k就OOM了，能不能优化一下显存占用             | DIAGNOSE",
                "4张a100 40G跑qwen2 72b int4，输入到2w显存就满了，这是什么情况      | DIAGNOSE",
                "The 4090 can't run llama 65b. Can I run it on a 96GB MacBook instead? | CAN_RUN",
                "V100单卡能inference吗 我发现32G显存不够用                | CAN_RUN",
                "是否可以像原版跑在8G一以下的卡？我的8G卡爆显存了            | DIAGNOSE",
                "can I run llama 2 70b on my 3090? I keep getting out of memory | DIAGNOSE",
                "why do I get out of memory running llama 2 70b on my 3090? | DIAGNOSE",
                "can my 2080 ti run it?                        | CAN_RUN",
                "请问2080Ti显卡是否能跑起来                          | CAN_RUN",
                "is it possible to run on a 4GB GPU?           | CAN_RUN",
                "I have 8 RTX 4090 GPUs, can I train and inference? | CAN_RUN",
                "能在4060 8G上运行吗                               | CAN_RUN",
                "what's the biggest model I can run on a 3060? | WHAT_CAN_RUN",
                "I made the changes you suggested, but I'm still not able to load qwen3 8b | DIAGNOSE",
                "4070 Ti SUPER, llama 3.1 70b: generation is very slow, 1 word per minute. Am I choosing the wrong settings? | DIAGNOSE",
                "what models do you recommend for a 3060?      | WHAT_CAN_RUN",
                // a failed run in other words, and a GPU the engine will not use
                "I run mistral 7b with ollama on my 3060 and it fails with a CUDA error | DIAGNOSE",
                "trying to load qwen2.5 14b on a 4070, it gives following error       | DIAGNOSE",
                "qwen2 7b 在 3090 上部署出错                         | DIAGNOSE",
                "两张4090部署qwen2 72b int4没启动成功                 | DIAGNOSE",
                "I have a 4090 but ollama won't use my graphics card with llama 3 8b | DIAGNOSE",
                "my gpu is not being used when I run qwen3 8b on my 3060 | DIAGNOSE",
                "qwen2 7b 在 3090 上执行失败                         | DIAGNOSE",
                "下载了qwen2 7b，在我的3060上载入直接失败                  | DIAGNOSE",
                "qwen3 14b on my M1 Mac with 64GB: excessive RAM usage over time | DIAGNOSE",
                // slow and working: why it is as fast as it is, uneven cards, timings pasted
                "为什么llama2 7b开启load_in_8bit后推理速度反而降低了，用的是3090      | SPEED",
                "qwen 14b on my 3090: why is the response time 20 seconds?       | SPEED",
                "两张4090跑qwen 14b，一张卡的利用率很低，另外一张100%，这是什么情况     | SPEED",
                "4张v100跑qwen2 72b int4，只有一张卡利用率高，其他基本上没有用到        | SPEED",
                "on my 3090 llama 2 13b takes 8 minutes per token, is that normal? | SPEED",
                "为什么跑模型时CPU比GPU出力还高？怎样更多的让GPU干活？              | SPEED",
                "qwen3 14b on my 3060: how do I make the GPU work harder than the CPU? | SPEED",
                "llama 2 7b on my 4090 is too slow. llama_print_timings: eval time = 6223.74 ms / 65 runs | SPEED",
                // slow with a fault beside it stays a diagnosis
                "alpaca 7b on my 4GB server is slow, is this normal? swap is at 90% | DIAGNOSE",
                "llama 3 8b on my 4090 is too slow, utilization of GPU is about 5-10% | DIAGNOSE",
                "mixtral on my M1 Pro takes 10 minutes to answer. Did I miss something in the config? | DIAGNOSE",
                "deepseek r1 on my 4090 runs at 8 tokens/s, but 500G内存只用了18G            | DIAGNOSE",
                "qwen3 32b 之前启动显存32G，现在启动占用129G                          | DIAGNOSE",
                "vllm can not support phi3 medium with tensor parallel 4 on my 4 A10s | DIAGNOSE",
                "gemma3 27b is using 40GB of memory on my mac, while I only have 36GB | DIAGNOSE",
                // a memory question with a yes or no about their own machine
                "how much VRAM does qwen3 32b need, will my 4090 suffice?          | CAN_RUN",
                "qwen2 14b需要多大显存，一张24G 4090能跑吗                       | CAN_RUN",
                "13b的模型要多大显存呢？40G的卡够不                                | CAN_RUN",
                "has anybody tried llama 2 13b on a tesla k80?                  | CAN_RUN",
                // which size or variant of a named model, or what else, is a list
                "how large can deepseek r1 be deployed with 8x 4090 and 256G RAM? | WHAT_CAN_RUN",
                "is it possible to run llama 2 13b on my 4GB gpu? Or what else choice do I have? | WHAT_CAN_RUN",
                "4张4090D、256G内存，有比llama 3 70b更好的部署选择吗                   | WHAT_CAN_RUN",
                "exllama on my 4GB 3050 with a 7b model: does exllama not support offload yet? | CAN_RUN",
                // hardware to buy or pick, weighed by speed or not
                "I want to buy the hardware to run llama 2 13b at 5 tokens per second. What GPU do you recommend? | COMPARE_HARDWARE",
                "should I get a 13600k and no gpu or a 3060 12gb for llama.cpp? which is faster? | COMPARE_HARDWARE",
                "新搭一台服务器跑chatglm 6b，有 P40 或者 P100 两种选择，速度差很远吗      | COMPARE_HARDWARE",
                // the smallest machine, asked in other words
                "what is the lowest config that is able to run qwen2 7b?         | MEMORY_NEEDED",
                "how many GPU memory is required to run qwen2 7b in float16?    | MEMORY_NEEDED",
                "minimum specification to launch (but not train) llama 2 7b?   | MEMORY_NEEDED",
                // a speed figure "tokens/s" written without a space, and asking to improve it, is a speed question
                "deepseek-r1 on my 4090: eval rate:4.5tokens/s, 如何优化?                       | SPEED",
                "I serve qwen3 32b on my 4090 at less than 10 tokens/s. Is there a way to improve this? | SPEED",
                "4090跑deepseek-r1，eval rate: 4.025818136519449 tokens/s，能否通过调整参数配置来提升token值？ | SPEED",
                // their own failed run beside the memory asked for is a diagnosis (label rule A), as a why, a fix or memory use told is
                "how much VRAM does qwen3 32b need? I am getting OOM on my 3090 with this error | DIAGNOSE",
                "运行qwen3 32b的最低配置是多少？我的4GB显卡由于内存溢出而无法运行               | DIAGNOSE",
                "qwen3 32b on my 3090 runs out of memory. What options do I have to reduce memory usage? | DIAGNOSE",
                "显存占用问题：qwen3 14b用一张A100 80G爆显存了，这个需要这么大的显存吗            | DIAGNOSE",
                // a yes or no about a machine asked next to the memory question, the machine named as a requirement
                "qwen3 32b需要多大得显存可以跑起来RTX4090 24G可以吗                              | CAN_RUN",
                "qwen3 235b能否支持8张A100 80G推理，推理显存大概需要多少？                         | CAN_RUN",
                // the hardware a model needs, asked in other words
                "请教下，qwen3 8b本地部署，啥配置能流畅跑？                                        | MEMORY_NEEDED",
                "qwen3 32b模型在哪些GPU芯片可以跑起来                                             | MEMORY_NEEDED",
                "有没有人试过deepseek-r1 Q8模型所需的配置和速度                                     | MEMORY_NEEDED",
                "能否请官方给个deepseek-r1的推荐硬件配置？                                          | MEMORY_NEEDED",
                // a command recommended is no list of models
                "有推荐的启动命令行嘛，我用vllm在3090上跑qwen3 32b没启动成功                        | DIAGNOSE",
                // options of one memory size in a yes or no: the yes or no is asked; of different sizes, a comparison
                "a single A100 80GB or an H100 80GB? Can it run qwen3 235b without offloading? | CAN_RUN",
                "should I get an A100 40GB or an A100 80GB for llama 3 70b?                    | COMPARE_HARDWARE",
                // asking for a quantized build of the model named
                "qwen2 72b在3060上爆显存了，有量化版本么                          | WHICH_FORMAT",
                "is there a quantized version of qwen2 72b for my 3090?          | WHICH_FORMAT",
                // …or of the project's own model, unnamed, for the machine named
                "两张4090放不下这个模型，后续会发布int4的版本吗                        | WHICH_FORMAT",
                "will there be a GGUF build? fp16 does not fit my 16GB 4080       | WHICH_FORMAT",
                "I have a 3060 and want to run local models    | WHAT_CAN_RUN",
                "qwen3 32b需要多少显存                             | MEMORY_NEEDED",
                "which quant for qwen3 14b                     | WHICH_FORMAT",
                "qwen3 14b用什么量化                              | WHICH_FORMAT",
                "qwen3 14b哪个量化好                              | WHICH_FORMAT",
                "q4_k_m or q5_k_m for qwen3 14b?               | WHICH_FORMAT",
                "qwen3 32b用q4还是q8                              | WHICH_FORMAT",
                "qwen3 14b or phi4?                            | COMPARE",
                "llama 3 8b vs qwen3 8b                        | COMPARE",
                "compare gemma3 27b and qwen3 32b              | COMPARE",
                "qwen3 14b和phi4哪个好                            | COMPARE",
                "why?                                          | WHY",
                "why not Q8?                                   | WHY",
                "为什么                                          | WHY",
                "help                                          | HELP",
                "/help                                         | HELP",
                "帮助                                            | HELP",
                "你能做什么                                        | HELP",
                "what can you do?                              | HELP"})
        void intents(String text, Intent intent) {
            assertThat(parse(text).intent()).isEqualTo(intent);
        }

        @Test
        void helpWithHardwareIsAQuestionAboutTheHardware() {
            assertThat(parse("help me pick a model for my 3060").intent()).isEqualTo(Intent.WHAT_CAN_RUN);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "???", "asdf qwerty", "\u200b\u200b", "🙂🙂🙂"})
        void emptyOrGarbledIsUnknown(String text) {
            assertThat(parse(text).intent()).isEqualTo(Intent.UNKNOWN);
        }
    }

    @Nested
    class FollowUps {
        @Test
        void contextOnly() {
            for (String text : List.of("and at 32k context?", "那32k上下文呢")) {
                Question q = parse(text);
                assertThat(q.intent()).as(text).isEqualTo(Intent.UNKNOWN);
                assertThat(q.context()).as(text).isEqualTo(32768);
                assertThat(q.hasHardware()).as(text).isFalse();
                assertThat(q.models()).as(text).isEmpty();
            }
        }

        @Test
        void formatOnly() {
            Question q = parse("what about Q8?");
            assertThat(q.intent()).isEqualTo(Intent.UNKNOWN);
            assertThat(q.format()).isEqualTo(WeightFormat.Q8_0);
        }

        @Test
        void mergesIntoThePreviousQuestion() {
            Question first = parse("can two 3090s run llama 3 70b at q4_k_m?");
            Question merged = parse("and at 32k context?").over(first);
            assertThat(merged.intent()).isEqualTo(Intent.CAN_RUN);
            assertThat(merged.gpus()).containsExactly(new GpuMention("3090", 2, null));
            assertThat(merged.models()).containsExactly("llama 3 70b");
            assertThat(merged.format()).isEqualTo(WeightFormat.Q4_K_M);
            assertThat(merged.context()).isEqualTo(32768);
        }

        @Test
        void aPostOfItsOwnOpeningWithAndOrEndingInNeIsNoFollowUp() {
            // several lines, or one long line: a question of its own, whatever word opens or ends it
            assertThat(parse("And now I want to try this model myself at home, but all I own is a single RTX 3060 with 12GB,"
                    + " so is it possible to run this model on hardware like mine?").intent()).isEqualTo(Intent.CAN_RUN);
            assertThat(parse("能否用两张卡一起跑？\n手上只有两张3060 12G，能不能把模型拆到两张卡上共用显存呢？").intent())
                    .isEqualTo(Intent.CAN_RUN);
        }

        @Test
        void newHardwareReplacesTheOld() {
            Question first = parse("两张3090能跑qwen3 32b吗");
            Question merged = parse("换成4090呢").over(first);
            assertThat(merged.gpus()).containsExactly(new GpuMention("4090", 1, null));
            assertThat(merged.models()).containsExactly("qwen3 32b");
            assertThat(merged.intent()).isEqualTo(Intent.CAN_RUN);
        }

        @Test
        void givenAClientNamedAloneThenAFollowUpKeepsItWithTheEngineAndAnEngineNamedDropsIt() {
            Question first = parse("I use Open WebUI, can my 3090 run qwen3 32b?");
            assertThat(parse("and at 32k context?").over(first).client()).isEqualTo(new ChatClient("Open WebUI", Engine.OLLAMA));
            Question onVllm = parse("and with vllm?").over(first);
            assertThat(onVllm.engine()).isEqualTo(Engine.VLLM);
            assertThat(onVllm.client()).isNull();
        }
    }

    @Test
    void keepsTheOriginalText() {
        assertThat(parse("  Can my ３０６０ run qwen3?  ").text()).isEqualTo("  Can my ３０６０ run qwen3?  ");
    }

    @Test
    void fullWidthDigitsAndZeroWidthCharactersAreRead() {
        Question q = parse("３０６０　１２Ｇ 能跑 deep\u200bseek-r1:8b 吗");
        assertThat(q.gpus()).containsExactly(new GpuMention("3060", 1, 12.0));
        assertThat(q.models()).containsExactly("deepseek-r1:8b");
    }

    @Test
    void worksWithoutAVocabulary() {
        Question q = new QuestionParser(Vocabulary.empty()).parse("can 2x rtx 3090 run Qwen/Qwen3-32B at q4_k_m?");
        assertThat(q.gpus()).containsExactly(new GpuMention("rtx 3090", 2, null));
        assertThat(q.models()).containsExactly("Qwen/Qwen3-32B");
        assertThat(q.intent()).isEqualTo(Intent.CAN_RUN);
    }

    @Nested
    class FearedFailures {
        private static final dev.llmadvisor.facts.Report.Symptom OOM = dev.llmadvisor.facts.Report.Symptom.OUT_OF_MEMORY;

        @Test
        void aFailureFearedOrToBeAvoidedIsNotOneSeen() {
            // given every hedge before every way of saying it, in English and in Chinese
            List<String> hedges = List.of("might", "may", "could", "would it", "will it", "I'm afraid it will", "worried it will",
                    "to avoid", "without");
            List<String> failures = List.of("run out of memory", "OOM", "hit out of memory");
            for (String h : hedges) {
                for (String f : failures) {
                    String text = "Planning to load mixtral 8x7b on two 3090s, " + h + " " + f + ", any tips";
                    // then no out-of-memory is reported
                    assertThat(parse(text).report().has(OOM)).as(text).isFalse();
                }
            }
            for (String h : List.of("可能会", "会不会", "是否会", "担心", "怕", "为了避免", "不会")) {
                for (String f : List.of("爆显存", "显存不足", "内存不够")) {
                    String text = "两张 4090 跑 qwen2.5 72b 的 int4，" + h + f + "？";
                    assertThat(parse(text).report().has(OOM)).as(text).isFalse();
                }
            }
        }

        @Test
        void aFailureToldAsSeenStaysOneEvenBesideAWorryOrAsAQuestion() {
            // given a failure told plainly, or negated modals that report it ("could not", "wouldn't"), or asked in disbelief
            for (String text : List.of("loading mixtral 8x7b on two 3090s: CUDA out of memory",
                    "it could not start, out of memory", "the server wouldn't load: OOM", "I might switch cards, it runs out of memory every time",
                    "两张 4090 跑 qwen2.5 72b 直接爆显存了", "两张 V100 也会爆显存吗", "一运行就显存不足")) {
                // then it is reported
                assertThat(parse(text).report().has(OOM)).as(text).isTrue();
            }
        }
    }
}
