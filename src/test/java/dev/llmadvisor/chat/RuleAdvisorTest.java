package dev.llmadvisor.chat;

import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.parse.Vocabulary;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.rules.RuleSet;
import dev.llmadvisor.rules.RulesEngine;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole pipeline on the real knowledge base and rules: parse -> facts -> sizing -> rules -> reply. */
class RuleAdvisorTest {

    static RuleAdvisor advisor;
    static QuestionParser parser;

    @BeforeAll
    static void assemble() throws Exception {
        Knowledge k = Knowledge.load(Path.of("knowledge"));
        parser = new QuestionParser(Vocabulary.load(Path.of("src/test/resources/parse/vocabulary.yaml")));
        advisor = new RuleAdvisor(parser::parse, new FactBuilder(k), RulesEngine.of(RuleSet.compile(Path.of("rules"))));
    }

    @Test
    void openQuestionListsModelsThatFitTheCard() {
        Answer a = advisor.answer("u1", "what can my 8GB card run?");
        assertThat(a.reply().kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.shown()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.candidate().placement()).isEqualTo(Placement.GPU);
            assertThat(r.candidate().gpuGb()).isLessThanOrEqualTo(8.0);
        });
    }

    @Test
    void aTextModelAskedAboutImagesStillRunsOnTheCard() {
        // the headline says it does not suit the use; the verdict says whether it runs there (GLM-4 #300: a model
        // read as text-only, slow on T4s, ran)
        Answer a = advisor.answer("u1b", "can my RTX 4090 run llama 3.1 8b to describe images?");
        assertThat(a.reply().headline()).startsWith("No").contains("reads text only");
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
    }

    @Test
    void aSetupThePersonSaysRunsIsNotANo() {
        // ollama #2324: Mixtral on a 16 GB M1 Pro answered after ten minutes; our estimate holds no format of it in
        // the GPU's share of the memory, but it ran, from system memory
        Answer slow = advisor.answer("u1c", "Running mixtral 8x7b on my MacBook Pro M1 Pro 16GB is incredibly slow, 10+ min to answer hello");
        assertThat(slow.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.OFFLOAD);
        // lmdeploy #2214: 4x 2080 Ti run a 72B AWQ slowly; its weights fit the cards' memory though our vLLM estimate
        // leaves no KV cache
        Answer split = advisor.answer("u1d", "qwen2 72b instruct awq on 4x RTX 2080 Ti is very slow");
        assertThat(split.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        // a question about a setup not yet run keeps the estimate's no
        Answer asked = advisor.answer("u1e", "can my MacBook Pro M1 Pro 16GB run mixtral 8x7b?");
        assertThat(asked.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.NO);
    }

    @Test
    void aModelSeenInGpuMemoryWithNoFaultFits() {
        // given a running deployment whose GPU memory use the person reports, with nothing failing
        Answer seen = advisor.answer("u1f", "After starting qwen2.5 7b with sglang, nvidia-smi shows 21GB of VRAM occupied. Is that expected?");
        Answer seenZh = advisor.answer("u1g", "用 lmdeploy 部署 qwen2-7b 后，显存使用了 30G，这么高正常吗？");
        // then it is loaded on the GPU and runs there, though no card was named
        assertThat(seen.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        assertThat(seenZh.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        // given system memory in use, or GPU memory in use next to an out-of-memory, then that says nothing of a fit
        Answer ram = advisor.answer("u1h", "After starting qwen2.5 7b, it consumes 12GB of RAM. Is that expected?");
        assertThat(ram.verdict()).isNotEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        Answer failed = advisor.answer("u1j", "qwen2.5 7b with sglang uses 21GB of VRAM and then fails with CUDA out of memory");
        assertThat(failed.verdict()).isNotEqualTo(dev.llmadvisor.reply.Verdict.FITS);
    }

    @Test
    void aTransformersLoadMovedWholeOntoTheGpuNeverOffloads() {
        // given a 16-bit 7B (about 16 GB) in transformers on a 10 GB card, moved onto it with .cuda()
        Answer pinned = advisor.answer("u1k", "transformers: model = AutoModelForCausalLM.from_pretrained(\"Qwen/Qwen2.5-7B-Instruct\", "
                + "torch_dtype=torch.float16).cuda() on my RTX 3080 10GB, will it run?");
        // then it does not run there: nothing of it can stay in RAM
        assertThat(pinned.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.NO);
        // given the same load through device_map="auto", then accelerate leaves the layers that do not fit in RAM
        Answer mapped = advisor.answer("u1l", "transformers: model = AutoModelForCausalLM.from_pretrained(\"Qwen/Qwen2.5-7B-Instruct\", "
                + "torch_dtype=torch.float16, device_map=\"auto\") on my RTX 3080 10GB, will it run?");
        assertThat(mapped.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.OFFLOAD);
    }

    @Test
    void anAnswerThatComesHoweverSlowlyIsNoNo() {
        // given a model far larger than the machine's GPU memory, whose answers the person does get, slowly
        Answer minutes = advisor.answer("u1m", "On my MacBook Air M2 8GB, Ollama with llama 3 70b takes 15 minutes to answer a simple question. Is my config wrong?");
        Answer hours = advisor.answer("u1n", "RTX 2060 6G 跑 qwen2.5-32b 提示显存不够，改成 CPU 跑以后半小时才出结果，是哪里设置错了吗？");
        // then it runs, from RAM or on the CPU
        assertThat(minutes.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.OFFLOAD);
        assertThat(hours.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.OFFLOAD);
        // given a load that never finishes, then no answer came and it is still a no
        Answer stuck = advisor.answer("u1o", "On my MacBook Air M2 8GB, Ollama with llama 3 70b is stuck loading forever. Is my config wrong?");
        assertThat(stuck.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.NO);
    }

    @Test
    void aSetupThePersonSaysFailsIsANoWhenItsWeightsFillTheMemory() {
        // given a 72B (about 140 GB in 16-bit) the person cannot get running on 96 GB of cards, no cause named
        Answer failed = advisor.answer("u1p", "I'm unable to run Qwen2.5 72B Instruct on 4x RTX 3090, what am I doing wrong?");
        Answer failedZh = advisor.answer("u1q", "两张 3090 跑不起来 qwen2.5-72b-instruct，怎么办");
        // then as tried it does not run, though a smaller format would
        assertThat(failed.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.NO);
        assertThat(failedZh.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.NO);
        // given a 4-bit 7B failing on 160 GB of cards, then the weights leave most of the memory free: a setting was in
        // the way, and the estimate's verdict stands
        Answer setting = advisor.answer("u1r", "Qwen2.5 7B Instruct AWQ cannot run with vLLM on my 2x A100 80GB, why?");
        assertThat(setting.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        // given the same words asked as a question (吗), then nothing failed yet
        Answer asked = advisor.answer("u1s", "两张 3090 跑不起来 qwen2.5-72b-instruct 吗？");
        assertThat(asked.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        // given an out-of-memory of a named 32B (about 65 GB in 16-bit) on 40 GB ("it runs out of memory" is no run),
        // then it is a no as tried too; said of no model, the machine's verdict stands
        Answer oom = advisor.answer("u1t", "What is the minimum GPU memory for Qwen2.5 32B Instruct? On my A100 40GB it runs out of memory.");
        assertThat(oom.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.NO);
        Answer anyModel = advisor.answer("u1u", "My RTX 3060 12GB keeps running out of memory, which models can it run?");
        assertThat(anyModel.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
    }

    @Test
    void aSetupThatRunsOnAnEngineWithoutOffloadRanOnTheGpu() {
        // tinygrad #15825: GLM-5.1 runs, slowly, in MLX on a 512 GB M3 Ultra; MLX holds the whole model in unified
        // memory, so what runs there is no offload, whichever of its formats our estimate weighed
        Answer a = advisor.answer("u1i", "Running glm 5.1 with mlx on my Mac Studio M3 Ultra 512GB: prompt processing is really slow");
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
    }

    @Test
    void anOpenQuestionOnKtransformersOffersMoeModels() {
        // KTransformers #424: what one 4090 with 192 GB of RAM runs on it is a MoE with its experts in RAM, not a dense 32B
        Answer a = advisor.answer("u1j", "what is the largest model I can run with ktransformers on one RTX 4090 and 192GB RAM?");
        assertThat(a.shown()).isNotEmpty().allSatisfy(r -> assertThat(r.candidate().moe()).isTrue());
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.OFFLOAD);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "can I run deepseek r1 with ktransformers on cpu only, 512GB RAM, no GPU?",
            "ktransformers 纯CPU 能跑 qwen3 30b a3b 吗？内存 256G",
            "no gpu, 384 GB RAM: will ktransformers run Qwen3 235B?"})
    void ktransformersWithoutAGpuDoesNotRun(String question) {
        // KTransformers #296: "只有cpu+内存能否使用ktransformers？" answered "不行": attention and the KV cache live on the GPU
        // (that question itself names no model and is asked back)
        Answer a = advisor.answer("u1kt", question);
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.NO);
    }

    @Test
    void aComparisonGivesTheVerdictOfTheModelItIsFor() {
        // LLaMA-Factory #4870, read as a comparison: the one model named runs on the two 4090s, so the verdict is its own
        Answer one = advisor.answer("u1k", parser.parse("qwen2 7b on two RTX 4090s with vllm: each card takes 20g, not 10g each?")
                .withIntent(Intent.COMPARE));
        assertThat(one.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        // nothing was weighed against it, so the answer is that model's own, never "only qwen2 fits"
        assertThat(one.reply().headline()).doesNotStartWith("Only");
        // two models compared on a stated machine: the verdict is the first model named's, and the line says which model
        // it is for (the sizing-verdict invariant, SizingVerdictInvariantTest)
        Answer two = advisor.answer("u1l", "qwen2.5 7b vs qwen2.5 14b on my RTX 4090?");
        assertThat(two.understood().kind()).isEqualTo(Intent.COMPARE);
        assertThat(two.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        assertThat(two.reply().notes()).anyMatch(n -> n.startsWith("Verdict for Qwen2.5 7B"));
        // both hold on the 24 GB card: the headline says so rather than naming a winner with no reason
        assertThat(two.reply().headline()).endsWith("both fit entirely in GPU memory.");
        Answer tight = advisor.answer("u1m", "qwen2.5 7b or qwen2.5 32b at q8 on my RTX 4060 8GB, which is better?");
        assertThat(tight.reply().headline()).contains("runs partly from system RAM");
    }

    @Test
    void aGpuTheEngineFallsBackFromFitsOnceTheEngineUsesIt() {
        // ollama #11420: the card would hold the model, but the engine runs it on the CPU; Ollama has a ROCm build for the card,
        // so the verdict is what the card gives once used (the corpus README's rule F)
        Answer a = advisor.answer("u1h", "can my RX 7900 XTX 24GB run llama3.1 8b? ollama falls back to CPU");
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
    }

    @Test
    void aSupportedNvidiaCardLeftUnusedFitsOnceFixed() {
        // README rule F: every CUDA build of Ollama runs on a 3090, so the fall-back is a setting or driver to fix, and the
        // verdict is what the card gives once used: an 8B holds in 24 GB
        Answer a = advisor.answer("u1h2", "can my RTX 3090 run llama3.1 8b? ollama falls back to CPU");
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
    }

    @Test
    void ollamaWithNoQuantizationNamedRunsItsDefaultQ4KmTag() {
        // "ollama run qwen2.5:14b" pulls Q4_K_M (9 GB), which an 8 GB card offloads, although a Q2_K file would fit
        Answer a = advisor.answer("u1f", "can my RTX 4060 8GB run qwen2.5 14b in ollama?");
        assertThat(a.shown().get(0).candidate().format()).isEqualTo(WeightFormat.Q4_K_M);
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.OFFLOAD);
        // named, the quantization is the one sized; what was understood keeps no format the text did not name
        Answer q8 = advisor.answer("u1g", "can my RTX 4060 8GB run qwen2.5 14b q8_0 in ollama?");
        assertThat(q8.shown().get(0).candidate().format()).isEqualTo(WeightFormat.Q8_0);
        assertThat(a.understood().format()).isNull();
    }

    @Test
    void followUpKeepsTheHardwareAndChangesTheContext() {
        advisor.answer("u2", "can a 4090 run qwen3 32b?");
        Answer at128k = advisor.answer("u2", "and at 128k context?");
        assertThat(at128k.ask().context()).isEqualTo(131072);
        assertThat(at128k.ask().hardware()).contains("4090");
        assertThat(at128k.shown().get(0).candidate().modelId()).isEqualTo("qwen3-32b");
    }

    @Test
    void askingBackForHardwareThenAnswering() {
        Answer first = advisor.answer("u3", "can it run qwen3 14b?");
        assertThat(first.reply().kind()).isEqualTo(Reply.Kind.CLARIFY);
        // the question back comes with what the model needs, without command lines (no machine to place on yet)
        assertThat(first.reply().headline()).startsWith("Which GPU").contains("Qwen3 14B");
        assertThat(first.reply().options()).isNotEmpty().allSatisfy(o -> assertThat(o.commands()).isEmpty());
        Answer second = advisor.answer("u3", "16GB VRAM");
        assertThat(second.reply().kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(second.shown().get(0).candidate().modelId()).isEqualTo("qwen3-14b");
    }

    @Test
    void whyNotQ8ExplainsThatFormat() {
        advisor.answer("u4", "can an RTX 4060 8GB run qwen3 8b?");
        Answer why = advisor.answer("u4", "why not Q8?");
        assertThat(why.shown().get(0).candidate().format()).isEqualTo(WeightFormat.Q8_0);
        assertThat(why.reply().reasons()).anyMatch(r -> r.contains("Q8_0"));
    }

    @Test
    void chineseQuestionsGetChineseAnswers() {
        Reply r = advisor.ask("u5", "两张3090跑llama 3.1 70b的Q4可以吗");
        assertThat(r.lang()).isEqualTo(Lang.ZH);
        assertThat(r.headline()).containsPattern("[\\u4e00-\\u9fff]");
    }

    @Test
    void aFileLargerThanTheCardIsCorrected() {
        // Document 004 claims the ~35 GB qwen2.5-coder:32b q8_0 runs on its 16 GB RTX 2000 Ada.
        Answer a = advisor.answer("u6", "RTX 2000 Ada 16GB and 64GB RAM: can it run qwen2.5-coder:32b-instruct-q8_0?");
        assertThat(a.shown().get(0).candidate().placement()).isNotEqualTo(Placement.GPU);
        assertThat(a.reply().notes()).anyMatch(n -> n.contains("file alone is") && n.contains("the GPU can use"));
    }

    @Test
    void unknownNamesGetSuggestions() {
        Reply r = advisor.ask("u7", "can a 4090 run qwen9?");
        assertThat(r.kind()).isEqualTo(Reply.Kind.CLARIFY);
        assertThat(r.headline()).contains("qwen9");
    }

    @Test
    void anUnknownNameWithASizeIsSizedAsAGenericStandInAndSaysSo() {
        Reply r = advisor.ask("u7b", "can a 4090 run qwen9 14b?");
        assertThat(r.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(r.options()).allSatisfy(o -> assertThat(o.title()).containsIgnoringCase("generic 14B"));
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("\"qwen9 14b\" is not in the catalog"));
    }

    @Test
    void garbageGetsHelpNotAnError() {
        assertThat(advisor.ask("u8", "\u0000\uD83D\uDE00 ~~~").kind()).isEqualTo(Reply.Kind.HELP);
        assertThat(advisor.explain("nobody").kind()).isEqualTo(Reply.Kind.CLARIFY);
    }

    @Test
    void hardwareOptionsAreComparedSideBySideNeverSummed() {
        Answer a = advisor.answer("u9", "should I buy 2x 3090 or 1x 4090 for llama 3 70b?");
        assertThat(a.understood().kind()).isEqualTo(dev.llmadvisor.facts.Intent.COMPARE_HARDWARE);
        assertThat(a.understood().gpus()).isEmpty();
        assertThat(a.understood().alternatives()).extracting(g -> g.count()).containsExactly(2, 1);
        assertThat(a.reply().options()).hasSize(2);
        // two 24 GB cards hold a 70B model at Q4 on the GPUs; one does not
        assertThat(a.reply().headline()).contains("2x").contains("3090");
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
    }

    @Test
    void aYesOrNoAboutOptionsOfOneSizeIsAnsweredSideBySideAndReadAsAYesOrNo() {
        Answer a = advisor.answer("u9b", "a single A100 80GB or an H100 80GB? Can it run llama 3.1 70b?");
        assertThat(a.understood().kind()).isEqualTo(dev.llmadvisor.facts.Intent.CAN_RUN);
        assertThat(a.understood().alternatives()).hasSize(2);
        assertThat(a.reply().options()).hasSize(2);
    }

    @Test
    void anOptionWeighedIsReportedAsReadWhateverTheAnswerDoes() {
        Answer a = advisor.answer("u10b", "I currently have an RTX 3050. I might buy an RTX 4090 if it would make generation faster");
        assertThat(a.understood().gpus()).extracting(g -> g.name()).singleElement().asString().contains("3050");
        assertThat(a.understood().alternatives()).extracting(g -> g.name()).singleElement().asString().contains("4090");
    }

    @Test
    void theCardsOwnedComeFirstInAComparison() {
        Answer a = advisor.answer("u10", "我有一张 3060 12G，换 4090 还是再加一张 3060 跑 qwen3 32b？");
        assertThat(a.reply().options()).first().satisfies(o -> assertThat(o.title()).contains("3060").contains("你现有的"));
    }

    @Test
    void aMemoryFigureThatIsTheSumOverTheCardsIsNotOneCardsMemory() {
        Answer a = advisor.answer("u11", "can 3 x RTX 3090 (72GB vram) run llama 3 70b?");
        assertThat(a.understood().gpus()).singleElement().satisfies(g -> {
            assertThat(g.count()).isEqualTo(3);
            assertThat(g.vramGb()).isEqualTo(24.0);
        });
    }

    @Test
    void aMacNamedByItsMemoryIsSizedAsTheSlowestChipSoldWithIt() {
        Answer a = advisor.answer("u12", "I own a Mac Studio with 192GB, what can it run?");
        assertThat(a.understood().gpus()).singleElement().satisfies(g -> {
            assertThat(g.unified()).isTrue();
            assertThat(g.vramGb()).isEqualTo(192.0);
        });
        // the unified memory is the chip's, not RAM besides it
        assertThat(a.understood().ramGb()).isNull();
        assertThat(a.reply().headline()).contains("chip not stated");
        // the chip sized is an assumption, and what was understood says so too, not "Apple M2 Ultra" as if named
        assertThat(a.understood().line(dev.llmadvisor.facts.Lang.EN)).startsWith("Read as: Mac 192 GB (chip not stated: sized as Apple M2 Ultra)");
        Answer canRun = advisor.answer("u12c", "I only have a 16GB Mac, can it run qwen2.5 14b?");
        assertThat(canRun.understood().line(dev.llmadvisor.facts.Lang.EN)).startsWith("Read as: Mac 16 GB (chip not stated: sized as Apple M1),");
        assertThat(advisor.answer("u12d", "我的16G内存的Mac能跑qwen2.5 14b吗").understood().line(dev.llmadvisor.facts.Lang.ZH))
                .startsWith("理解为：Mac 16 GB（未说明芯片，按 Apple M1 估算）");
        // 8 GB is also a Jetson Orin Nano's memory, but a Mac is an Apple chip
        Answer small = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor().answer("u12b", "I have a Mac with 8GB, what can it run?");
        assertThat(small.reply().headline()).startsWith("On Apple ");
        Answer none = advisor.answer("u13", "can my mac run qwen3 8b?");
        assertThat(none.reply().kind()).isEqualTo(Reply.Kind.CLARIFY);
        assertThat(none.reply().headline()).startsWith("Which Mac is it: its chip and memory").doesNotContain("I don't know the GPU");
        // a question lacking the Mac's chip is no bad input: the conversation keeps the model for the answer that follows
        assertThat(none.badInput()).isFalse();
        // its unified memory said apart from it, even in the word a card's memory takes, is the Mac's
        for (String q : java.util.List.of("On my macbook pro qwen3 32b is slow. I have 48 gb unified memory", "On my macbook pro qwen3 32b is slow. I have 48 gb vram")) {
            assertThat(advisor.answer("u13-" + q.hashCode(), q).understood().line(dev.llmadvisor.facts.Lang.EN)).as(q)
                    .startsWith("Read as: Mac 48 GB (chip not stated");
        }
    }

    @Test
    void canItRunWithNoModelNamedListsWhatRunsAndAsksForTheModel() {
        Answer a = advisor.answer("u14", "can my 2080 ti run it?");
        assertThat(a.understood().kind()).isEqualTo(dev.llmadvisor.facts.Intent.CAN_RUN);
        assertThat(a.shown()).isNotEmpty();
        assertThat(a.reply().headline()).startsWith("I could not tell which model you mean");
        // some model runs on the card, which says nothing of the one meant
        assertThat(a.verdict()).isNull();
        // in Chinese, of two cards, the list is what the hardware runs, not "this card"
        Answer zh = advisor.answer("u14z", "我有一张 RTX 3090 和一张 RTX 3060 12GB，能跑吗？");
        assertThat(zh.reply().headline()).contains("这套硬件能跑的模型");
    }

    @Test
    void aFineTuneTheCatalogLacksIsSizedAsTheBaseItsNameCarriesAndSaysSo() {
        Answer a = advisor.answer("u15", "can a 3060 run my-finetune-qwen3-14b?");
        assertThat(a.understood().models()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("qwen3-14b");
            assertThat(m.generic()).isFalse();
        });
        assertThat(a.reply().notes()).anySatisfy(n -> assertThat(n).contains("built on Qwen3 14B"));
    }

    @Test
    void aFineTuneOfALegacyLineIsSizedAsTheOnlyReleaseOfItsLineAndSizeAndSaysSo() {
        // a fine-tune finetunes.yaml lacks (Wizard-Vicuna-30B-Uncensored is listed there, and read as that entry)
        Answer a = advisor.answer("u15b", "can a 3090 run Koala-Wizard-30B-Uncensored?");
        assertThat(a.understood().models()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("llama1-33b");
            assertThat(m.generic()).isFalse();
        });
        assertThat(a.reply().notes()).anySatisfy(n -> assertThat(n).contains("the only model of its line and size is LLaMA 33B"));
        // no line word of the era: still an openly generic stand-in
        assertThat(advisor.answer("u15c", "can a 3090 run magicoder 6.7b?").understood().models())
                .singleElement().satisfies(m -> assertThat(m.generic()).isTrue());
        // a line's name alone (here the app) is no model to ask about
        assertThat(advisor.answer("u15d", "can my 3060 run gpt4all?").reply().headline()).doesNotContain("don't know the model");
    }

    @Test
    void aNameWithTwoLettersSwappedIsReadAsTheModelItSpellsAndSaysSo() {
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        assertThat(shipped.answer("u15k", "baichaun2-13b int4量化后占显存15g，为什么").understood().models()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("baichuan2-13b-chat");
            assertThat(m.note().zh()).contains("写反");
        });
        assertThat(shipped.answer("u15l", "can a 3060 run chatgml2-6b?").understood().models()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("chatglm2-6b");
            assertThat(m.note().en()).contains("read as chatglm2-6b").contains("swapped");
        });
        // a made-up name stays unknown: no swap of its letters names a model
        assertThat(shipped.answer("u15m", "can a 3060 run zorblax-13b?").understood().models())
                .singleElement().satisfies(m -> assertThat(m.id()).isNull());
    }

    @Test
    void aNameThatMeantAnotherModelBeforeSaysWhatItMeantThen() {
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        Answer tag = shipped.answer("u15h", "can my 3060 12GB run deepseek-r1:8b?");
        assertThat(tag.understood().models()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("deepseek-r1-0528-qwen3-8b");
            assertThat(m.note().en()).contains("before, it named DeepSeek-R1-Distill-Llama-8B").contains("sized differently");
        });
        assertThat(tag.reply().notes()).anySatisfy(n -> assertThat(n).contains("DeepSeek-R1-Distill-Llama-8B"));
        // the two Mistral Large 2 releases share one architecture: the figures hold for both
        Answer same = shipped.answer("u15i", "can 4x A100 80GB run mistral large?");
        assertThat(same.understood().models()).singleElement().satisfies(m ->
                assertThat(m.note().en()).contains("(2407)").contains("same architecture"));
        // a name with its release date says which one it is: no note
        Answer dated = shipped.answer("u15j", "can 4x A100 80GB run mistral-large-2407?");
        assertThat(dated.understood().models()).singleElement().satisfies(m -> assertThat(m.note()).isNull());
    }

    @Test
    void aLineNameThatCoversOneModelOnlyNamesThatModelAndSaysSo() {
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        Answer a = shipped.answer("u15g", "try to load qwen-72 with AutoModelForCausalLM on 8x 3090, it has oom");
        assertThat(a.understood().models()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("qwen-72b-chat");
            assertThat(m.note().en()).contains("read as").contains("the only model of that name");
        });
    }

    @Test
    void aMakerWithASizeOnlyOneOfItsModelsHasIsThatModelAndSaysSo() {
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        Answer a = shipped.answer("u15h", "can my 4090 run deepseek 14b?");
        assertThat(a.understood().models()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("deepseek-r1-distill-qwen-14b");
            assertThat(m.note().en()).contains("the only model of that maker and size");
        });
        // two DeepSeek models of 7B (the R1 distill and DeepSeek LLM): a stand-in, never a pick
        assertThat(shipped.answer("u15i", "can my 4090 run deepseek 7b?").understood().models())
                .singleElement().satisfies(m -> assertThat(m.generic()).isTrue());
        // a bare size after that maker's name is its one model of that size; its own two 8B models leave "deepseek:8b" a stand-in
        assertThat(shipped.answer("u15i2", "我在本地部署了deepseek:8b，很慢。同时部署70b的模型，CPU也吃不满").understood().models())
                .satisfiesExactly(
                        m -> assertThat(m.generic()).isTrue(),
                        m -> {
                            assertThat(m.id()).isEqualTo("deepseek-r1-distill-llama-70b");
                            assertThat(m.note().en()).contains("the only model of that size by the maker named");
                        });
    }

    @Test
    void aMakerWithASizeSeveralOfItsModelsShareIsAStandInOfTheirShapeNotADenseOne() {
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        // DeepSeek-V3, V3.1, R1 … are all 671B MoE of one shape ("685B" on the Hub counts the MTP module): no pick, no dense 671B
        assertThat(shipped.answer("u15s", "满血deepseek 671B需要多少显存").understood().models()).singleElement().satisfies(m -> {
            assertThat(m.generic()).isTrue();
            assertThat(m.name()).contains("(671B MoE) architecture");
        });
        // a release named with the Hub's count is that release, not a stand-in
        assertThat(shipped.answer("u15s", "deepseek-r1 685b on 8x H100").understood().models()).singleElement().satisfies(m -> {
            assertThat(m.generic()).isFalse();
            assertThat(m.id()).isEqualTo("deepseek-r1");
        });
    }

    @Test
    void aLineNameOrAMakerWithTheSizeOfANamedModelIsThatModelAgain() {
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        // given "llama2-70b" named with its size, a later bare "llama2" is that model, not the line's 7B
        assertThat(shipped.answer("u15i", "16 x A10 cannot inference llama2-70b. How much memory does llama2 need for a long prompt?")
                .understood().models()).extracting(Understood.Model::asked).containsExactly("llama2-70b");
        // given DeepSeek-R1's 14B distill, "deepseek-14b" is that model written short, not a generic 14B
        assertThat(shipped.answer("u15j", "ollama on a 16GB card: deepseek-r1:14b is slow, deepseek-14b gets 10 t/s")
                .understood().models()).singleElement().satisfies(m -> assertThat(m.generic()).isFalse());
        // an unknown name of another maker at that size is still sized as an openly generic stand-in
        assertThat(shipped.answer("u15k", "ollama on a 16GB card: deepseek-r1:14b and foobar-14b")
                .understood().models()).anySatisfy(m -> assertThat(m.generic()).isTrue());
    }

    @Test
    void aSizeAfterALineNamedWithoutOneIsThatLinesModel() {
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        // given the Qwen3 line named alone, "the 30B MoE" and "the 32B" are Qwen3's (not Qwen3-Coder's, not generic)
        assertThat(shipped.answer("u15l", "trying the new Qwen3 models: little speed up with the 30B MoE compared to the 32B dense model on a 4090")
                .understood().models()).extracting(Understood.Model::id).containsExactly("qwen3-30b-a3b", "qwen3-32b");
    }

    @Test
    void trainingIsNotSizedButTheRuleOfThumbIsGivenAgainstTheStatedMemory() {
        Answer a = advisor.answer("u15m", "can I fine-tune qwen3 8b on my 16GB card?");
        assertThat(a.understood().kind()).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(a.shown()).isEmpty();
        assertThat(a.reply().headline()).contains("not training");
        // 8.2B parameters: 16 bytes each for full fine-tuning is about 131 GB; QLoRA's 0.5 bytes about 4 GB
        assertThat(a.reply().notes()).anySatisfy(n -> assertThat(n).contains("about 131 GB").contains("about 4 GB"));
        // LoRA's 16-bit weights alone (16.4 GB) already exceed 16 GB
        assertThat(a.reply().notes()).anySatisfy(n -> assertThat(n).contains("Against your 16 GB").contains("only QLoRA fits"));
        // the options weighed for training are reported as read
        Answer rig = advisor.answer("u15n", "for fine-tuning, what works better: 2x 3090 (total 48Gb) or 1x 4090 (24Gb)?");
        assertThat(rig.understood().kind()).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(rig.understood().alternatives()).hasSize(2);
    }

    @Test
    void aJetsonsMemoryIsItsUnifiedMemoryLikeAMacs() {
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        assertThat(shipped.answer("u15n", "I am using Jetson Nano Orin Developer Kit 8GB to run llama 2 7b").understood().gpus())
                .singleElement().satisfies(g -> {
                    assertThat(g.name()).isEqualTo("Jetson Orin Nano");
                    assertThat(g.vramGb()).isEqualTo(8.0);
                    assertThat(g.unified()).isTrue();
                });
    }

    @Test
    void aCardsMemoryFromALogSelectsTheVariantSoldWithIt() {
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        // the bare "A100" is the 40 GB card, but PyTorch's 79.35 GiB is the 80 GB one
        assertThat(shipped.answer("u15o", "单卡A100推理不了 (GPU 0; 79.35 GiB total capacity; 48.28 GiB already allocated)")
                .understood().gpus()).singleElement().satisfies(g -> assertThat(g.name()).isEqualTo("A100 80GB"));
    }

    @Test
    void aLegacyLineAtASizeOutsideItsReleasesIsAStandInOfThatEra() {
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        // "Llama-70B" may be Llama 2's or Llama 3's: a stand-in on Llama 2 70B's architecture (8 KV heads), said so
        assertThat(shipped.answer("u15p", "3x Tesla P40 with Llama-70B-q6 in koboldcpp").understood().models())
                .singleElement().satisfies(m -> {
                    assertThat(m.generic()).isTrue();
                    assertThat(m.name()).contains("Llama 2 70B");
                });
    }

    @Test
    void aNumberAfterAGluedSizeIsNoVersionOfTheName() {
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        assertThat(shipped.answer("u15h", "不同型号的GPU能否运行qwen72b-int4\n1张RTX5000ADA 32G+1张V100 32G能否运行该模型").understood().models())
                .singleElement().satisfies(m -> assertThat(m.asked()).isEqualTo("qwen72b-int4"));
    }

    @Test
    void aSizeWrittenBeforeItsLineIsThatLinesModelOfTheSize() {
        // the shipped vocabulary: the join needs the catalog's aliases ("llama 30b")
        RuleAdvisor shipped = dev.llmadvisor.testing.RealAdvisors.asShippedOffline().advisor();
        assertThat(shipped.answer("u15e", "How much RAM do I need to run 30B Llama on 2 x RTX 3090?").understood().models())
                .singleElement().satisfies(m -> assertThat(m.id()).isEqualTo("llama1-33b"));
        assertThat(shipped.answer("u15f", "70B llama2 on two 3090").understood().models())
                .singleElement().satisfies(m -> assertThat(m.id()).startsWith("llama2-70b"));
    }

    @Test
    void aYesThatNeedsAQuantizationSaysThe16BitWeightsDoNotFit() {
        // Qwen3 32B in 16-bit is about 65 GB: a 4090 holds it only quantized
        assertThat(advisor.answer("u16", "can my 4090 run qwen3 32b?").reply().headline())
                .startsWith("Yes").contains("16-bit F16 weights").contains("do not fit in GPU memory");
        // Qwen3 8B in 16-bit (about 17 GB) fits a 24 GB card: nothing to add
        assertThat(advisor.answer("u17", "can my 4090 run qwen3 8b?").reply().headline()).doesNotContain("16-bit");
    }

    @Test
    void aSpeedQuestionAboutANamedModelIsAnsweredForThatModelWithItsSpeed() {
        Answer a = advisor.answer("u18", "how fast will qwen3 32b run on my 4090?");
        assertThat(a.shown()).isNotEmpty().allSatisfy(r -> assertThat(r.candidate().modelId()).isEqualTo("qwen3-32b"));
        assertThat(a.shown().get(0).candidate().tpsHigh()).isPositive();
    }

    @Test
    void howManyCardsIsCountedPerFormatForTheCardAskedAbout() {
        Answer a = advisor.answer("u19", "how many A100 80GB do I need for llama 3.1 70b?");
        assertThat(a.understood().gpus()).as("the A100 is asked about, not owned").isEmpty();
        // Llama 3.1 70B: about 141 GB in F16 takes two 80 GB cards at least, Q4_K_M (about 43 GB) one
        assertThat(a.reply().notes()).first().asString().startsWith("How many A100 80GB")
                .containsPattern("F16 about [2-3]").contains("Q4_K_M about 1");
    }

    @Test
    void howManyOfTheCardTheyWillUseIsCountedPerFormat() {
        // given the one card they will use, named as theirs, and the count of it asked
        Answer a = advisor.answer("u19b", "部署BF16的llama 3.1 70b需要多少显存？准备用80G的A100，先计算下要多少张显卡");
        // then the memory answer counts that card per format, as for a card asked about
        assertThat(a.reply().notes()).first().asString().startsWith("需要几张 A100 80GB").contains("Q4_K_M 约 1 张");
        // and a memory question with no count asked has no count
        assertThat(advisor.answer("u19c", "部署BF16的llama 3.1 70b需要多少显存？准备用80G的A100").reply().notes())
                .noneMatch(n -> n.startsWith("需要几张"));
    }

    @Test
    void anOffloadedAnswerWithRamNotStatedSaysHowMuchRamItNeeds() {
        String unstated = advisor.answer("u20", "can my 3060 run llama 3 70b?").reply().headline();
        assertThat(unstated).containsPattern("needs about [0-9.]+ GB of free system RAM").contains("did not say");
        String stated = advisor.answer("u21", "can my 3060 with 64GB RAM run llama 3 70b?").reply().headline();
        assertThat(stated).doesNotContain("did not say");
    }

    @Test
    void theOptionThatRunsABetterFormatOnTheGpuWins() {
        // a 16 GB card holds Qwen3 32B only at Q2_K; a 24 GB card holds Q4_K_M: the 24 GB card is the better buy
        Answer a = advisor.answer("u22", "should I buy a 4060 ti 16gb or a 3090 for qwen3 32b?");
        assertThat(a.reply().headline()).contains("3090 (24 GB) is the better choice");
        assertThat(a.reply().options()).anySatisfy(o -> assertThat(o.detail()).contains("Q2_K").contains("all on the GPU"));
    }

    @Test
    void optionsWeighedWithNoModelNamedLeadToEachOnesBestFitOnce() {
        // the winner's own "the best fits are:" would introduce a list that is not there: the options are each card's best fit
        Answer a = advisor.answer("u45open", "which runs bigger models, a 4090, a 4080 or a 4070?");
        String headline = a.reply().headline();
        assertThat(headline).contains("4090 (24 GB) runs the larger models; the best fit on each").doesNotContain("best fits are");
        assertThat(a.reply().options()).hasSize(3);
    }

    @Test
    void moreGpusAskedForSpeedAreAnsweredAsMemoryNotSpeedUnlessTheModelRunsFromRam() {
        // fits one card: a layer split over more cards makes one request no faster
        Answer fits = advisor.answer("u45mg1", "单卡快还是多卡快？我有两张4090跑qwen2.5 32b");
        assertThat(fits.reply().toText(false)).contains("多卡加的是显存，不是单个请求的速度");
        // part of it in system RAM: the second card's memory is what speeds it up
        Answer offload = advisor.answer("u45mg2", "will a second 3090 make llama 3 70b faster?");
        assertThat(offload.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.OFFLOAD);
        assertThat(offload.reply().toText(false)).contains("Here a second card does speed it up");
    }

    @Test
    void amongOptionsThatAllNeedSystemRamTheFasterOneWins() {
        // koboldcpp #342: a 3050 8GB owned, a 4090 weighed, for a 70B: both offload; the 3050 shows a finer format at a
        // fraction of the 4090's speed, and the finer format read from RAM is what makes it too slow to use
        Answer a = advisor.answer("u45cmp", "I have an RTX 3050 and might buy an RTX 4090 if it would make 70B models generate faster. Which is better?");
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.OFFLOAD);
        assertThat(a.reply().headline()).contains("4090 (24 GB) is the better choice");
    }

    @Test
    void aMemoryQuestionWithoutAModelAsksWhichModel() {
        // sizing some model of our choosing would answer a question nobody asked
        Answer a = advisor.answer("u23", "至少需要多少G显存");
        assertThat(a.reply().kind()).isEqualTo(Reply.Kind.CLARIFY);
        assertThat(a.shown()).isEmpty();
        assertThat(a.reply().headline()).contains("哪个模型");
        assertThat(a.reply().readAs()).as("nothing was read, so no empty 'Read as' line").isNull();
    }

    @Test
    void aFormatQuestionWithNoModelNamedListsWhatRunsButStaysAFormatQuestion() {
        Answer a = advisor.answer("u23b", "which quantization should I pick for my 4060 Ti 16GB?");
        assertThat(a.shown()).isNotEmpty();
        assertThat(a.understood().kind()).isEqualTo(Intent.WHICH_FORMAT);
    }

    @Test
    void aFormatQuestionAboutOneFormatThatIsNotThePickSaysWhyNotThatFormat() {
        // given "which quantization" asked about 8-bit, on a card whose memory 8-bit overflows
        Answer a = advisor.answer("u23c", "which quantization should I use for qwen2.5 7b on my 6GB card, is 8-bit possible?");
        assertThat(a.understood().kind()).isEqualTo(Intent.WHICH_FORMAT);
        // then the pick is said against the format asked, with why not, and the format asked is shown second with its figures
        assertThat(a.reply().headline()).contains(" rather than Q8_0: Q8_0 does not fit in GPU memory");
        assertThat(a.shown()).hasSizeGreaterThan(1);
        assertThat(a.shown().get(1).candidate().formatLabel()).isEqualTo("Q8_0");
    }

    @Test
    void aRemarkOnRunningOutOfMemoryDoesNotTurnAPlainQuestionIntoADiagnosis() {
        Answer a = advisor.answer("u24", "I keep running out of memory. What's the biggest model, and most context, I can run on 3060 12gb?");
        assertThat(a.understood().kind()).isEqualTo(Intent.WHAT_CAN_RUN);
        assertThat(a.shown()).isNotEmpty();
    }

    @Test
    void aProblemWithNoCauseToNameSaysSoAndGivesTheSizingOfTheSetupAsItsBaseline() {
        // a failure told as the post's subject (a headline "Can we run …?" above it would make it a can-run question)
        Answer a = advisor.answer("u25", "We run llama 2 70b GPTQ with 4096 context on 2x 3090. It doesn't work when I go beyond 2048 tokens.");
        assertThat(a.understood().kind()).isEqualTo(Intent.DIAGNOSE);
        assertThat(a.shown()).isNotEmpty();
        assertThat(a.shown().get(0).candidate().modelId()).isEqualTo("llama2-70b-chat");
        // the estimate answers what they can act on, so it leads, and the missing cause follows it; it is not said twice
        assertThat(a.reply().headline()).startsWith("By our estimate, Llama 2 70B Chat at GPTQ-Int4").contains("2x GeForce RTX 3090")
                .contains("fits in GPU memory, split over the cards").endsWith(" The message does not show what went wrong.");
        assertThat(a.reply().options()).isEmpty();
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
    }

    @Test
    void aCrashWithNoCauseNamedStatesTheBaselineOfTheModelOnTheCardAndWhatToCheckNext() {
        // given a model and a card, a failure and nothing that names its cause, in English and in Chinese
        Answer en = advisor.answer("u25b", "mistral 7b keeps freezing on my RTX 3080 10GB after a few answers, any idea?");
        Answer zh = advisor.answer("u25c", "mistral 7b 在我的 RTX 3080 10G 上跑几轮就卡死了，怎么回事？");
        // then the reply leads with that model sized on that card in one line (the format it assumed said), says no cause
        // stands out after it, carries that line's verdict, and says what to check next
        assertThat(en.reply().headline()).startsWith("By our estimate, ").contains("Mistral 7B").contains("needs about").contains("RTX 3080")
                .contains("assumed: no format named").endsWith("The message does not show what went wrong.");
        assertThat(en.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        assertThat(en.reply().notes()).singleElement().asString().startsWith("By the estimate it fits, so check next");
        assertThat(zh.reply().headline()).startsWith("按我们的估算，").contains("大约需要").contains("你没有说格式").endsWith("这段信息里看不出出错的原因。");
        assertThat(zh.reply().options()).isEmpty();
        assertThat(zh.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
    }

    @Test
    void aProblemWithNoCauseOnAMachineWithNoGpuPointsToASmallerModelNotToGpuMemory() {
        // given a failure with no cause named on a CPU-only machine and on a phone
        Answer cpu = advisor.answer("u45cpu", "llama 2 13b keeps freezing on my laptop, no GPU, 32GB RAM, any idea?");
        // (the S23 Ultra is sold in several memory sizes, so naming it states none)
        Answer phone = advisor.answer("u45phone", "Downloaded Llama-2-7b, clicked Chat, and the app closed, probably crashed. Samsung S23 Ultra");
        // then what to check next speaks of the CPU and a smaller model, never of putting it in GPU memory
        for (Answer a : java.util.List.of(cpu, phone)) {
            assertThat(a.reply().headline()).startsWith("By our estimate, ").endsWith("The message does not show what went wrong.");
            assertThat(a.reply().notes()).anySatisfy(n -> assertThat(n).startsWith("By the estimate it runs on the CPU from memory"))
                    .noneSatisfy(n -> assertThat(n).contains("GPU memory"));
        }
        assertThat(phone.reply().headline()).contains("a phone (memory not stated)");
    }

    @Test
    void aProblemWithNoCauseAboutAModelOnNoStatedHardwareGivesWhatTheModelNeedsAndAsksForTheGpu() {
        // given a failure about a named model under a named engine, with no hardware stated, in English and in Chinese
        Answer en = advisor.answer("u25w", "Vicuna-7b-v1.3 OOM with vLLM but working with Fastchat");
        Answer zh = advisor.answer("u25x", "qwen2.5 14b 用vllm部署报显存不足，为什么");
        // then no cause is made up, the model's needs under that engine follow, the GPU is asked for, and the out-of-memory
        // they tell is the verdict: as tried, it does not run on their machine
        assertThat(en.understood().kind()).isEqualTo(Intent.DIAGNOSE);
        assertThat(en.cause()).isNull();
        assertThat(en.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.NO);
        assertThat(en.reply().headline()).startsWith("I cannot tell the cause from this message. Meanwhile, what the model needs")
                .contains("7B").endsWith("; each format:");
        assertThat(en.reply().options()).extracting(Reply.Option::title).contains("F16 / BF16", "AWQ / GPTQ-Int4");
        assertThat(en.reply().notes()).contains("Sized for vLLM's memory accounting.")
                .anySatisfy(n -> assertThat(n).startsWith("Name the GPU (model and memory)"));
        assertThat(zh.reply().headline()).startsWith("从这段信息里看不出确定的原因。先看模型本身的需要").contains("Qwen2.5 14B");
        assertThat(zh.reply().notes()).anySatisfy(n -> assertThat(n).startsWith("请说明显卡"));
        assertThat(zh.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.NO);
    }

    @Test
    void aMemoryAnswerOnNoMachineNamesTheContextItsRowsAreSizedAtAndNoRamSpeed() {
        // given a memory question under Ollama, whose default context (4k with no GPU stated) is not the asked default 8k
        Answer a = advisor.answer("u25y", "how much VRAM does llama 3 8b need in ollama");
        // then the headline says the context of its rows, led by the need of the format Ollama pulls by default, and no line
        // about the speed of a part in RAM (nothing runs yet)
        assertThat(a.reply().headline()).matches("Llama 3 8B Instruct Q4_K_M needs about \\d+\\.\\d GB at 4k context; each format:");
        assertThat(a.reply().options()).allSatisfy(o -> assertThat(o.detail()).contains("KV at 4k"));
        assertThat(a.reply().notes()).noneMatch(n -> n.startsWith("The part in system RAM is sized at"));
    }

    @Test
    void aMemoryAnswerAtAContextPastTheModelsLimitSaysSo() {
        // given a memory question at a context past the model's own (Llama 3 8B: 8k; Llama 2 7B: 4k), and one within it
        Answer past = advisor.answer("u45ctx1", "how much vram does llama 3 8b need at 32k context?");
        Answer pastZh = advisor.answer("u45ctx2", "llama2 7b 32k上下文要多少显存");
        Answer within = advisor.answer("u45ctx3", "how much vram does llama 3.1 8b need at 32k context?");
        // then the figures are at the context asked, and the headline says the model supports less; not when it supports it
        assertThat(past.reply().headline()).isEqualTo("Llama 3 8B Instruct at 32k context needs (the model supports at most 8k; sized as asked):");
        assertThat(pastZh.reply().headline()).contains("最长只支持 4k");
        assertThat(within.reply().headline()).isEqualTo("Llama 3.1 8B Instruct at 32k context needs:");
    }

    @Test
    void aSpeedFarBelowTheEstimateSinceAnUpdateIsPutOnTheNewVersionNotOnOffloading() {
        // given a model that fits the card, said to run far below its estimate since an update, and the same without the update
        Answer updated = advisor.answer("u25z", "Since the update, llama 3 8b Q4_K_M on my RTX 4090 with llama.cpp runs at only 2 tokens/s; why so slow?");
        Answer plain = advisor.answer("u25za", "llama 3 8b Q4_K_M on my RTX 4090 with llama.cpp runs at only 2 tokens/s; why so slow?");
        // then the update is named as the cause to check, not layers left on the CPU; without it, the offload check stays
        assertThat(updated.reply().headline()).contains("this setup gives by our estimate: the same model ran faster on the same machine before the update")
                .doesNotContain("-ngl 99");
        assertThat(plain.reply().headline()).contains("this setup gives by our estimate: part of it is most likely not on the GPU");
    }

    @Test
    void aModelTheySayCrawlsWhosePublishedWeightsExceedTheCardRunsPartlyFromRam() {
        // given a model named with no format, said to be very slow on a card its 16-bit weights (about 30 GB) exceed
        Answer plain = advisor.answer("u25e", "qwen2.5 14b on my RTX 3060 12GB answers extremely slowly, a word every few seconds. Is that normal?");
        Answer hf = advisor.answer("u25f", "qwen2.5 14b with transformers on my RTX 3060 12GB answers extremely slowly, a word every few seconds. Is that normal?");
        // then what runs is the published model spilling into system RAM, not the quantized file that would fit
        assertThat(plain.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.OFFLOAD);
        assertThat(hf.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.OFFLOAD);
        // given the same on a GGUF engine, a format named, or no slowness reported, then the quantized fit stands
        assertThat(advisor.answer("u25g", "qwen2.5 14b in ollama on my RTX 3060 12GB answers extremely slowly, a word every few seconds. Is that normal?")
                .verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        assertThat(advisor.answer("u25h", "qwen2.5 14b Q4_K_M on my RTX 3060 12GB answers extremely slowly, a word every few seconds. Is that normal?")
                .verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        assertThat(advisor.answer("u25i", "qwen2.5 14b on my RTX 3060 12GB, how fast will it be?").verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
    }

    @Test
    void anOutOfMemoryOnAServingEngineWhoseReservationHoldsTheModelIsASettingNotANo() {
        // given vLLM out of memory on a 4-bit model whose weights take more than half the card, but which our estimate
        // fits within vLLM's own reservation, with no cause named
        Answer a = advisor.answer("u25j", "codellama 34b AWQ under vllm on my RTX 3090 fails with out of memory, can it work at all?");
        // then it fits (with a shorter maximum length or smaller batch, the fix vLLM's error names), not a no
        assertThat(a.understood().kind()).isEqualTo(Intent.DIAGNOSE);
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
    }

    @Test
    void aSecondModelTheCatalogDoesNotKnowDoesNotHideTheBaselineOfTheOneItKnows() {
        // given a failure report naming a known model next to an unknown one, on a stated card
        Answer a = advisor.answer("u25d", "Both mistral 7b and acme/Wobbly-chat-large error out on my A10 24GB. Why?");
        // then the known model is sized on that card, and the unknown one is still reported as read
        assertThat(a.shown()).isNotEmpty().allSatisfy(r -> assertThat(r.candidate().modelId()).isEqualTo("mistral-7b-instruct-v0.3"));
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.FITS);
        assertThat(a.understood().models()).anySatisfy(m -> assertThat(m.id()).isNull());
    }

    @Test
    void onOllamaALineNameAloneIsItsLatestTagUnlessAModelOfThatLineIsNamed() {
        Answer a = advisor.answer("u26", "ollama run llama3.1 on my 8GB card, can it run?");
        assertThat(a.understood().models()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("llama3.1-8b-instruct");
            assertThat(m.note().en()).contains(":latest");
        });
        Answer again = advisor.answer("u27", "ollama run llama3.1:70b on my 4090: llama3.1 uses 22.9 GB of VRAM and is slow");
        assertThat(again.understood().models()).extracting(Understood.Model::id).containsExactly("llama3.1-70b-instruct");
    }

    @Test
    void anUnknownCardWithAKnownModelSaysSoAndShowsWhatTheModelNeeds() {
        // the 910C is not in the catalog (Huawei publishes no memory bandwidth for it)
        Answer a = advisor.answer("u28", "华为Ascend 910C卡是否支持部署qwen2.5-72B ?");
        assertThat(a.reply().headline()).startsWith("我不认识显卡“华为Ascend 910C”");
        assertThat(a.shown()).isNotEmpty().allSatisfy(r -> assertThat(r.candidate().modelId()).isEqualTo("qwen2.5-72b-instruct"));
        assertThat(a.badInput()).as("still bad input: not remembered, exit code 2").isTrue();
    }

    @Test
    void huaweiAscendNpusAreReadAsHardware() {
        Answer eight = advisor.answer("u28a", "115B的模型能否支持8张Ascend 910B推理，推理显存大概需要多少？");
        assertThat(eight.understood().gpus()).containsExactly(new Understood.Gpu("Ascend 910B", 32.0, 8, false));
        assertThat(eight.badInput()).isFalse();
        // Ollama has no Ascend build: only llama.cpp (its CANN backend) is offered, and the note says CANN, not CUDA
        assertThat(eight.commands()).isNotEmpty().allSatisfy(c -> assertThat(c.engine()).isEqualTo("llama.cpp"));
        assertThat(eight.reply().notes()).anySatisfy(n -> assertThat(n).contains("CANN"));
        Answer card = advisor.answer("u28b", "华为Ascend 310P卡是否支持部署qwen2.5-72B ?");
        assertThat(card.understood().gpus()).containsExactly(new Understood.Gpu("Atlas 300I Pro", 24.0, 1, false));
        assertThat(card.understood().models()).extracting(Understood.Model::id).containsExactly("qwen2.5-72b-instruct");
        assertThat(advisor.answer("u28c", "昇腾310B4芯片能跑qwen3 1.7b吗").understood().gpus())
                .singleElement().satisfies(g -> assertThat(g.name()).isEqualTo("Atlas 200I DK A2"));
        assertThat(advisor.answer("u28d", "910B机器能跑qwen2.5 72b吗").understood().gpus())
                .containsExactly(new Understood.Gpu("Ascend 910B", 32.0, 1, false));
    }

    @Test
    void mooreThreadsCardsGetLlamaCppWithItsMusaBackend() {
        Answer a = advisor.answer("u28e", "摩尔线程MTT S80能跑qwen3 8b吗");
        assertThat(a.understood().gpus()).containsExactly(new Understood.Gpu("MTT S80", 16.0, 1, false));
        assertThat(a.commands()).isNotEmpty().allSatisfy(c -> assertThat(c.engine()).isEqualTo("llama.cpp"));
        assertThat(a.reply().notes()).anySatisfy(n -> assertThat(n).contains("MUSA"));
    }

    @Test
    void unquantizedMeansTheFormatTheModelIsPublishedIn() {
        // DeepSeek-R1's config.json states FP8 block quantization: the full release is about 0.63 TB, not 1.25 TB of F16
        Answer r1 = advisor.answer("u29", "8张H20能跑满血版deepseek r1吗");
        assertThat(r1.shown().get(0).candidate().format()).isEqualTo(WeightFormat.FP8);
        assertThat(r1.commands()).singleElement().satisfies(c -> assertThat(c.command()).startsWith("vllm serve deepseek-ai/DeepSeek-R1"));
        Answer qwen = advisor.answer("u30", "can my 4090 run qwen3 8b unquantized?");
        assertThat(qwen.shown().get(0).candidate().format()).isEqualTo(WeightFormat.F16);
    }

    @Test
    void aModelNamedIsOfferedInItsPublishedFormat() {
        // gpt-oss is trained in MXFP4 and its GGUF quantizations keep it: offered in MXFP4 only, about 61 GB for 120b
        Answer oss = advisor.answer("u31", "can 2x 3090 run gpt-oss-120b?");
        assertThat(oss.shown()).allSatisfy(r -> assertThat(r.candidate().format()).isEqualTo(WeightFormat.MXFP4));
        assertThat(oss.shown().get(0).candidate().totalGb()).isBetween(55.0, 70.0);
        // DeepSeek-V3 is published in FP8: what it needs lists that release beside the GGUF quantizations
        Answer v3 = advisor.answer("u32", "how much memory does deepseek v3 need?");
        assertThat(v3.reply().options()).anySatisfy(o -> assertThat(o.title()).isEqualTo("FP8"));
    }

    @Test
    void aServingEngineGivenARepoSizesItAsPublished() {
        // vLLM loads Qwen2-72B-Instruct in BF16 (about 145 GB): two 40 GB cards do not hold it, whatever a GGUF could do
        Answer a = advisor.answer("u33", "can two A100 40GB run Qwen2-72B-Instruct with vllm?");
        assertThat(a.ask().format()).isEqualTo(WeightFormat.F16);
        assertThat(a.understood().format()).isNull();
        assertThat(a.verdict()).isEqualTo(dev.llmadvisor.reply.Verdict.NO);
        Answer gguf = advisor.answer("u34", "can two A100 40GB run Qwen2-72B-Instruct?");
        assertThat(gguf.ask().format()).isNull();
    }

    @Test
    void aMemoryQuestionAboutSeveralModelsAnswersForEachSmallestFirst() {
        Answer a = advisor.answer("u35", "how much vram do llama 2 70b, 7b and 13b need?");
        assertThat(a.reply().options()).extracting(Reply.Option::title)
                .containsExactly("Llama 2 7B Chat", "Llama 2 13B Chat", "Llama 2 70B Chat");
        assertThat(a.reply().options()).allSatisfy(o -> assertThat(o.detail()).contains("F16").contains("Q8_0").contains("Q4_K_M"));
    }

    @Test
    void howAModelWasResolvedIsSaidInTheQuestionsLanguage() {
        Answer a = advisor.answer("u36", "3060能跑my-finetune-qwen3-14b吗");
        assertThat(a.reply().notes()).anySatisfy(n -> assertThat(n).startsWith("my-finetune-qwen3-14b 不在模型库中").contains("Qwen3 14B"));
    }

    @Test
    void aMessageThatNamesOnlyAnEngineOrFormatAsksForTheModelAndSaysWhatItRead() {
        Answer a = advisor.answer("u37", "with vllm the AWQ shouldn't take that much, right?");
        assertThat(a.reply().kind()).isEqualTo(Reply.Kind.CLARIFY);
        assertThat(a.understood().engine()).isEqualTo(dev.llmadvisor.facts.Engine.VLLM);
        assertThat(a.understood().format()).isEqualTo(WeightFormat.AWQ_INT4);
        // nothing read at all is still the help text
        assertThat(advisor.answer("u38", "hello there").reply().kind()).isEqualTo(Reply.Kind.HELP);
    }

    @Test
    void aCanRunQuestionAboutSeveralModelsAnswersEachOne() {
        Answer a = advisor.answer("u39", "can my 4090 run qwen3 14b and llama 3.1 70b?");
        assertThat(a.reply().options()).extracting(Reply.Option::title).containsExactly("Qwen3 14B", "Llama 3.1 70B Instruct");
        assertThat(a.reply().options().get(0).detail()).startsWith("Yes:");
        assertThat(a.reply().options().get(1).detail()).doesNotStartWith("Yes:");
    }

    @Test
    void aServingEngineOptionShowsTheWeightsAndTheKvRoomBesideWhatItReserves() {
        Answer a = advisor.answer("u40", "can 2x 3090 run qwen3 32b awq with vllm?");
        assertThat(a.reply().options().get(0).detail()).matches("\\d+\\.\\d GB of weights; vLLM reserves \\d+\\.\\d GB, with KV cache room for [\\d,]+ tokens .*");
    }

    @Test
    void anEngineRefusalAndItsCautionsAreSaidInTheQuestionsLanguage() {
        // vLLM's KV pool on a 4090 holds fewer tokens than one 8k request of Qwen3 32B AWQ: it refuses to start
        Reply zh = advisor.ask("u41", "4090用vllm跑qwen3 32b 4位量化可以吗？8k上下文");
        assertThat(zh.lang()).isEqualTo(Lang.ZH);
        assertThat(zh.headline()).startsWith("不行：").contains("KV 池只能容纳").contains("否则它会拒绝启动")
                .doesNotContain("refuses to start").doesNotContain("KV pool");
        Reply en = advisor.ask("u42", "can a 4090 run qwen3 32b 4-bit with vllm at 8k context?");
        assertThat(en.lang()).isEqualTo(Lang.EN);
        assertThat(en.headline()).startsWith("No:").contains("KV pool holds").contains("refuses to start unless --max-model-len")
                .doesNotContainPattern("[\\u4e00-\\u9fff]");
        // a caution of the engine's (FP8 on a card without FP8 units) is a note in the same language
        Reply fp8 = advisor.ask("u43", "3090用vllm跑qwen3 8b fp8可以吗");
        assertThat(fp8.notes()).anySatisfy(n -> assertThat(n).startsWith("! 这张显卡没有 FP8 计算单元"))
                .noneMatch(n -> n.contains("weight-only"));
    }

    @Test
    void eachServingEngineIsToldItsOwnFlags() {
        // TGI caps a request with --max-total-tokens and has no --enforce-eager: vLLM's spellings would not parse
        Reply tgi = advisor.ask("u44", "can TGI serve Llama 3.1 8B on a single T4?");
        assertThat(tgi.headline()).startsWith("No:").contains("refuses to start unless --max-total-tokens")
                .doesNotContain("--max-model-len");
        assertThat(tgi.notes()).noneMatch(n -> n.contains("--enforce-eager"));
        Reply sglang = advisor.ask("u45", "can SGLang serve Llama 3.1 8B on a single T4?");
        assertThat(sglang.headline()).doesNotContain("--max-model-len");
    }

    @Test
    void anOptionThatDoesNotFitShowsNoSpeed() {
        Answer a = advisor.answer("u41", "can I run qwen3 32b 4-bit on a 4090 with vllm at 8k context?");
        assertThat(a.reply().options().get(0).detail()).contains("does not fit").doesNotContain("tok/s");
    }

    @Test
    void anOptionThatFitsButIsRejectedSaysWhyNotThatItDoesNotFit() {
        // 3x 24 GB holds Llama 2 70B Q6_K (about 57 GB); what stops it at 8k is the model's 4k window
        Reply r = advisor.ask("u44", "can 3x RTX 3090 run Llama 2 70B Q6_K at 8k context?");
        assertThat(r.headline()).startsWith("No: ").contains("does not support 8k").doesNotContain("cannot hold");
    }
}
