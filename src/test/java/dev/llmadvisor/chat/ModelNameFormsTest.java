package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spellings of model names as people copy them from file names, repository ids and launch commands, each read as
 * the model it names (shipped knowledge, offline): general forms, not one question's text.
 */
class ModelNameFormsTest {

    static RuleAdvisor shipped;

    @BeforeAll
    static void assemble() {
        shipped = RealAdvisors.asShippedOffline().advisor();
    }

    private static List<Understood.Model> models(String question) {
        return shipped.answer("names", question).understood().models();
    }

    private static String onlyId(String question) {
        List<Understood.Model> m = models(question);
        assertThat(m).as(question).hasSize(1);
        return m.get(0).id();
    }

    @Test
    void aLocalModelsFolderIsNoHubOwner() {
        // huggingface.co keeps /models for itself, so "models/…" is a folder on disk and the name inside it is read as written
        assertThat(onlyId("swift deploy --model models/deepseek-r1-emo-7b fails on my 3090")).isEqualTo("deepseek-r1-distill-qwen-7b");
        assertThat(onlyId("can my 3090 run models/Qwen2.5-7B-Instruct?")).isEqualTo("qwen2.5-7b-instruct");
    }

    @Test
    void aVersionSpeltWithADashOrAnUnderscoreIsThatVersion() {
        assertThat(onlyId("can a 4090 run qwen_v1-5_14b?")).isEqualTo("qwen1.5-14b-chat");
        assertThat(onlyId("can a 4090 run Qwen1_5-7B-Chat?")).isEqualTo("qwen1.5-7b-chat");
        // a quant word's underscore stays ("q4_0" is no version 4.0)
        assertThat(onlyId("can a 4090 run qwen1_5-14b-chat-q4_0.gguf?")).isEqualTo("qwen1.5-14b-chat");
        assertThat(onlyId("can a 4090 run llama-3-1-8b?")).isEqualTo("llama3.1-8b-instruct");
        // the second number is a size here, not a minor version
        assertThat(onlyId("can a 4090 run llama-2-7b?")).startsWith("llama2-7b");
    }

    @Test
    void theLongestCatalogNameAtAPlaceIsTheOneRead() {
        // "command r 7b" (Command R7B) fits first, with its optional separators, inside the Arabic release's name
        assertThat(onlyId("can my 3090 run command-r7b-arabic-02-2025?")).isEqualTo("command-r7b-arabic-02-2025");
        assertThat(onlyId("can my 3090 run Command R7B Arabic?")).isEqualTo("command-r7b-arabic-02-2025");
    }

    @Test
    void aWeightFilesDotEndsTheNameNotAVersionsPoint() {
        assertThat(onlyId("我想跑internlm2-chat-7b.Q5_K_M.gguf")).isEqualTo("internlm2-7b-chat");
        assertThat(onlyId("can a 4090 run mistral-7b-instruct-v0.2.Q4_K_M.gguf?")).isEqualTo("mistral-7b-instruct-v0.2");
    }

    @Test
    void expertsADateAndALongContextReleaseArePartOfTheName() {
        assertThat(onlyId("run Llama-4-Maverick-17B-128E-Instruct-Q4_K_M.gguf on 4x H100")).isEqualTo("llama4-maverick-17b-128e-instruct");
        assertThat(onlyId("can a 4090 run Mistral-Small-Instruct-2409-AWQ?")).isEqualTo("mistral-small-22b-instruct-2409");
        assertThat(onlyId("Qwen3 4B Instruct 2507 on a 4060?")).isEqualTo("qwen3-4b-instruct-2507");
        assertThat(onlyId("chatglm3-6b-32k需要多少显存")).isEqualTo("chatglm3-6b-32k");
        // apart from the size, "32k" is the context asked for
        Understood u = shipped.answer("names", "can a 3090 run qwen2.5 7b 32k context?").understood();
        assertThat(u.models()).extracting(Understood.Model::id).containsExactly("qwen2.5-7b-instruct");
        assertThat(u.context()).isEqualTo(32768);
    }

    @Test
    void aReleasesOwnVersionGluedAfterItsReleaseWordIsPartOfTheName() {
        // upstage's Llama-2-70b-instruct-v2 (SOLAR-0 70B) is a fine-tune, not Meta's chat model: sized as its base, said so
        Understood.Model m = models("can two 3090s run Llama-2-70b-instruct-v2?").get(0);
        assertThat(m.id()).isEqualTo("llama2-70b-chat");
        assertThat(m.note()).isNotNull();
    }

    @Test
    void aLineThenDeThenASizeIsThatLinesModelOfTheSize() {
        // "qwen1.5的72b": Qwen1.5's 72B, not the 72B of Qwen 1.0 that a bare size after "qwen" would be
        assertThat(onlyId("4张4090跑不了qwen1.5的72b int4")).isEqualTo("qwen1.5-72b-chat");
        assertThat(onlyId("qwen2.5 的 7b 需要多少显存")).isEqualTo("qwen2.5-7b-instruct");
    }

    @Test
    void aFineTuneOrAnOlderLineNamedInAQuestionIsReadAsItself() {
        // fine-tunes the catalog sizes as their base and says so: BELLE on BLOOMZ, TAT-LLM on Llama 2, Chinese-LLaMA-Plus on LLaMA
        Understood.Model belle = models("为什么belle-7B显存占用这么大，我注意到BELLE-7B-2M需要占用24G显存").get(0);
        assertThat(belle.id()).isEqualTo("bloom-7b1");
        assertThat(belle.note()).isNotNull();
        assertThat(onlyId("is 16GB RAM enough for tat-llm-7b?")).isEqualTo("llama2-7b-chat");
        assertThat(onlyId("Chinese-LLaMA-Plus-13B，推理过程中报错")).isEqualTo("llama1-13b");
        // Janus without its Pro: the line's only 7B, Janus-Pro 7B, sized as its DeepSeek LLM 7B
        assertThat(onlyId("我16G的显存跑janus 7B还不够吗？")).isEqualTo("deepseek-llm-7b-chat");
        // Salesforce's CodeGen, its size written apart by a spaced dash
        assertThat(onlyId("我使用Tesla T4 16G运行codegen - 2B模型，为什么显存占用这么大")).isEqualTo("codegen-2b-mono");
    }

    @Test
    void aLinesModelWrittenInFullAfterItsVariantIsThatModel() {
        // "Qwen2.5-14B-Instruct" is the line's own model, spelt whole, not "Qwen2.5-Coder-14B-Instruct" shortened
        assertThat(models("Qwen2.5-Coder-14B-Instruct is slow on my 3060; Qwen2.5-14B-Instruct is fast"))
                .extracting(Understood.Model::id).containsExactly("qwen2.5-coder-14b-instruct", "qwen2.5-14b-instruct");
        // a first release written after a later one is still that later one shortened
        assertThat(models("chatglm2-6b-int4 on my 3060 is slow, ChatGLM-6B was faster"))
                .extracting(Understood.Model::id).containsExactly("chatglm2-6b");
    }

    @Test
    void aLinesVersionMayStandApartFromItsLetters() {
        assertThat(onlyId("我想跑AquilaChat 2 34B")).isEqualTo("aquilachat2-34b");
        assertThat(onlyId("can a 3090 run aquilachat-2-7b?")).isEqualTo("aquilachat2-7b");
    }

    @Test
    void aSizeWrittenApartFromItsLetterIsThatSize() {
        assertThat(onlyId("would a 4070 manage Mistral Nemo 12 B?")).isEqualTo("mistral-nemo-12b-instruct");
        assertThat(onlyId("qwen2.5 14 b 在 4090 上跑得动吗")).isEqualTo("qwen2.5-14b-instruct");
        // a log's byte count is no model size
        assertThat(onlyId("ollama run qwen2.5:7b fails, log: memory.gpu_overhead=\"0 B\" memory.graph.full=\"512 B\""))
                .isEqualTo("qwen2.5-7b-instruct");
    }

    @Test
    void aMakersChineseNameBeforeItsLatinNameLeavesTheNameWhole() {
        assertThat(onlyId("用两张4090能跑智谱 GLM-4.6吗")).isEqualTo("glm-4.6");
        assertThat(onlyId("智谱 glm-4.7-flash 在 4090 上要多少显存")).isEqualTo("glm-4.7-flash");
        assertThat(onlyId("我的 3060 能跑千问 Qwen2.5-7B-Instruct 吗")).isEqualTo("qwen2.5-7b-instruct");
    }

    @Test
    void anOllamaLibraryNameIsAModelPulledByIt() {
        // Ollama's "qwen2.5vl" is Qwen2.5-VL (its :latest is the 7B), not Qwen2 followed by ".5vl"
        assertThat(onlyId("ollama pull qwen2.5vl fails on my 4060 Ti")).isEqualTo("qwen2.5-vl-7b-instruct");
        // a two-letter library name and one unlike its family's file name are lines too, not unknown models
        assertThat(onlyId("with ollama, is yi usable on 8GB VRAM?")).isEqualTo("yi-1.5-6b-chat");
        assertThat(onlyId("ollama run granite3.1-moe on a laptop with 16GB RAM")).isEqualTo("granite-3.1-3b-a800m-instruct");
    }

    @Test
    void aSizeWithAnUnderscoreForItsPointIsThatSize() {
        assertThat(onlyId("can a 3060 run internlm2-chat-1_8b?")).isEqualTo("internlm2-1.8b-chat");
        // a version before a size is no point
        assertThat(onlyId("can a 3060 run llama2_7b?")).isEqualTo("llama2-7b-chat");
        // a name the catalog does not know keeps its point too: a stand-in of 1.6B, not of 6B
        Understood.Model unknown = models("can a 3060 run stablelm-2-1_6b-zephyr?").get(0);
        assertThat(unknown.generic()).isTrue();
        assertThat(unknown.paramsB()).isEqualTo(1.6);
    }

    @Test
    void aSizeWithAPForItsPointIsThatSize() {
        // file names write "1p5b" where a dot would read as an extension
        assertThat(onlyId("can a 3060 run qwen2.5-1p5b?")).isEqualTo("qwen2.5-1.5b-instruct");
        assertThat(onlyId("我的3060能跑deepseek-r1-distill-qwen-1p5b吗")).isEqualTo("deepseek-r1-distill-qwen-1.5b");
    }

    @Test
    void aLetterVersionGluedToItsLineIsThatLinesVersion() {
        // "deepseekr1" is DeepSeek R1 with its "r1" glued on, not a slip of "deepseek" with a version 1
        assertThat(onlyId("can my 4090 run deepseekr1 14b?")).isEqualTo("deepseek-r1-distill-qwen-14b");
        assertThat(onlyId("ollama run deepseekr1:32b is slow on my 4090")).isEqualTo("deepseek-r1-distill-qwen-32b");
        // a slip of the line's name is still read as a slip
        assertThat(onlyId("ollama run deepseeek-r1:14b is slow on my 4090")).isEqualTo("deepseek-r1-distill-qwen-14b");
    }

    @Test
    void deepSeeksShortDsBeforeItsNicknamesNamesItsModels() {
        assertThat(onlyId("can my 4090 run DS R1?")).isEqualTo("deepseek-r1");
        assertThat(onlyId("8张H100能跑ds-v3吗")).isEqualTo("deepseek-v3");
    }

    @Test
    void packagingWordsBeforeTheSizeAreStillPackaging() {
        Understood.Model m = models("4x 3090 launch qwen1.5-chat-gptq-72b-Int4").get(0);
        assertThat(m.id()).isEqualTo("qwen1.5-72b-chat");
        assertThat(onlyId("can a 3090 run qwen2.5-instruct-awq-7b?")).isEqualTo("qwen2.5-7b-instruct");
    }

    @Test
    void aMoesActiveCountIsNotItsSize() {
        // "A3B" after "35B": the release of that total (or a stand-in of the total), never of the 3B active
        Understood.Model m = models("can 2x B70 run Qwen3.6-35B-A3B-GPTQ-8bit?").get(0);
        assertThat(m.id()).isEqualTo("qwen3.6-35b-a3b");
        assertThat(m.paramsB()).isGreaterThan(34.0);
    }

    @Test
    void aNameWithoutItsLinesVersionIsTheOneReleaseSpeltSo() {
        assertThat(onlyId("910B2推理qwen-30B-A3B速度")).isEqualTo("qwen3-30b-a3b");
        assertThat(onlyId("can a 4090 run qwen-coder-30b-a3b?")).isEqualTo("qwen3-coder-30b-a3b-instruct");
        // the MoE's size again, with its active count, is that model again
        assertThat(onlyId("qwen3-30b-a3b on two cards: the 30B-A3B runs at 29 t/s, is that normal?")).isEqualTo("qwen3-30b-a3b");
        // several lines have an 8B Llama: no pick
        assertThat(models("can a 4090 run llama-8b?")).singleElement().satisfies(x -> assertThat(x.generic()).isTrue());
    }

    @Test
    void aLinesVersionLetterKeepsItFromBeingTheMakersOtherRelease() {
        // MiniMax-M1 and Kimi K3 are not MiniMax-M2 and Kimi K2; GLM-4.6V 9B is not GLM-4's 9B but GLM-4.6V's own 9B release
        assertThat(models("MiniMax-M1最低需要多少GPU显存能跑？")).singleElement().satisfies(x -> assertThat(x.id()).isNull());
        assertThat(models("can a 4090 run Kimi K3?")).singleElement().satisfies(x -> assertThat(x.id()).isNull());
        // Kimi K2.5, a catalog entry built on K2, is sized as K2 and says so
        assertThat(models("can a 4090 run Kimi K2.5?")).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("Kimi K2.5");
            assertThat(x.note()).isNotNull();
        });
        assertThat(models("GLM-4.6V 9B本地部署，啥配置能流畅跑？")).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("GLM-4.6V-Flash (vision)");
            assertThat(x.note()).isNotNull();
        });
    }

    @Test
    void aBoardsNameIsNoModel() {
        // Orion is also OrionStar's 14B; after a board maker's name it is the board
        assertThat(models("this is a Radxa Orion o6 system with 16GB of ram: ollama run deepseek-v2.5"))
                .extracting(Understood.Model::id).containsExactly("deepseek-v2.5");
        assertThat(models("my Orange Pi 5B has 16GB, can it run qwen2.5 7b?"))
                .extracting(Understood.Model::id).containsExactly("qwen2.5-7b-instruct");
    }

    @Test
    void aCodeHostLinkNamesARepositoryNotAModel() {
        assertThat(models("M1 Pro 16G 参考了https://github.com/THUDM/ChatGLM-6B/issues/462 重新装了一遍环境，还是卡住")).isEmpty();
        // the link ends where its characters end, not at the next space: Chinese text may follow it directly
        assertThat(models("我使用https://github.com/facebookresearch/llama部署原版7b-chat模型时，推理速度非常快")).singleElement()
                .satisfies(x -> assertThat(x.paramsB()).isEqualTo(7.0));
        assertThat(models("see gitee.com/someone/Qwen2.5-7B-demo, can my 3060 run llama 3.1 8b?"))
                .extracting(Understood.Model::id).containsExactly("llama3.1-8b-instruct");
    }

    @Test
    void hostedModelsAreNoModelsToSize() {
        assertThat(models("vllm --model TheBloke/deepseek-coder-6.7B-instruct-AWQ --served-model-name gpt-3.5-turbo-16k-0613 on 2 GPUs"))
                .extracting(Understood.Model::id).containsExactly("deepseek-coder-6.7b-instruct");
        assertThat(models("is llama 3 70b as good as gpt-4o on my 2x3090?")).hasSize(1);
        assertThat(onlyId("can my 3090 run gpt-oss 20b?")).isEqualTo("gpt-oss-20b");
        // GPT4All is a local app and its models, not GPT-4
        assertThat(shipped.answer("names", "Run GPT4All on Mac M1 8GB Ram: which version is compatible?").verdict()).isNotNull();
    }

    @Test
    void aLineNamedWithAFormatOrWithoutItsVersionIsTheLineNotAnUnknownModel() {
        assertThat(models("Can't serve Qwen3-AWQ cognitivecomputations/Qwen3-235B-A22B-AWQ on 4x A10"))
                .extracting(Understood.Model::id).containsExactly("qwen3-235b-a22b");
        assertThat(models("deploy Qwen3-VL-4B on a Jetson Orin Nano Super: is jetson-inference compatible with Qwen-VL models?"))
                .extracting(Understood.Model::id).containsExactly("qwen3-vl-4b-instruct");
    }

    @Test
    void aSizeThenAMakersNameRefersBackToTheModelOfThatMakerAndSize() {
        assertThat(models("I ran Qwen2-VL-7B-Instruct on two Sparks. With the 7B Qwen model the average is 18 tokens/s"))
                .extracting(Understood.Model::id).containsExactly("qwen2-vl-7b-instruct");
        // alone it is still the model it names
        assertThat(onlyId("How much RAM do I need to run 30B Llama on 2 x RTX 3090?")).isEqualTo("llama1-33b");
        assertThat(models("DS-R1-Distill-Qwen-7B int4 gets 9 tokens/s on a 155H")).extracting(Understood.Model::id)
                .containsExactly("deepseek-r1-distill-qwen-7b");
    }

    @Test
    void aFormatWordAfterTheMakerOrBetweenSizeAndMakerLeavesTheModelTheyName() {
        // given the model a size then a maker's name make
        String qwen7b = onlyId("can my 3090 run 7b qwen?");
        // then a format after the maker ("gptq" starts with the family word "gpt") or before it names the same model
        assertThat(onlyId("can my 3090 run 7b qwen gptq int4 model?")).isEqualTo(qwen7b);
        assertThat(onlyId("can my 3090 run 7b int4 qwen?")).isEqualTo(qwen7b);
        assertThat(onlyId("两张3090能跑70b 4位量化的llama2吗")).isEqualTo(onlyId("两张3090能跑70b的llama2吗"));
        assertThat(onlyId("我的4090能跑32b awq的qwen2.5吗")).isEqualTo("qwen2.5-32b-instruct");
    }

    @Test
    void aSizeWithDeBeforeALineIsThatLinesModelOfTheSize() {
        // "70B的 llama2": Chinese's possessive between the size and the line, as "qwen1.5的72b" is after it
        assertThat(onlyId("我想知道70B的llama2能不能在两张4090上跑")).isEqualTo("llama2-70b-chat");
        assertThat(onlyId("32B的 qwen2.5需要多少显存")).isEqualTo("qwen2.5-32b-instruct");
        assertThat(models("在使用Turbomind 转化 34B的 codellama 以及 70B的 llama2，速度慢4倍")).extracting(Understood.Model::id)
                .containsExactly("codellama-34b-instruct", "llama2-70b-chat");
        // "llama2" alone elsewhere is then that 70B again, not the line's default 7B as a second model
        assertThat(models("codellama 的推理速度比llama2的推理速度慢3倍左右。转化 34B的 codellama 以及 70B的 llama2")).extracting(Understood.Model::id)
                .containsExactly("codellama-34b-instruct", "llama2-70b-chat");
        // a memory figure before the line is no size of it
        assertThat(models("24G的 llama2能跑吗")).extracting(Understood.Model::id).containsExactly("llama2-7b-chat");
    }

    @Test
    void aLinesWordGluedToItsSizeIsReadAsWrittenApart() {
        // "qwen 30b" names the one Qwen release of that name without its version; "QWEN30B" and "glm9b" are the same names glued
        assertThat(onlyId("Can my 3090 run qwen 30b?")).isEqualTo("qwen3-30b-a3b");
        assertThat(onlyId("Can my 3090 run QWEN30B?")).isEqualTo("qwen3-30b-a3b");
        assertThat(onlyId("Can my 3090 run glm9b?")).isEqualTo("glm-4-9b-chat");
        // several releases of the line at that size (Llama 2, 3, 3.1, 3.3 70B) still name none
        assertThat(models("Can my 3090 run llama70b?")).extracting(Understood.Model::generic).containsExactly(true);
    }

    @Test
    void aSizeBeforeANameThatIsNoFamilysWordIsThatNamesModel() {
        // "janus" is a fine-tune's name, not a family's word: the size written first makes "janus 7b", which the catalog knows
        assertThat(models("我16G的 vram跑7B的janus模型还不够吗")).extracting(Understood.Model::name).containsExactly("Janus-Pro 7B (vision)");
        assertThat(models("Can my 16 GB card run the 7B janus model?")).extracting(Understood.Model::name).containsExactly("Janus-Pro 7B (vision)");
        // a word that makes no known name with the size leaves the size generic
        assertThat(models("Can my 16 GB card run the 7B model?")).extracting(Understood.Model::generic).containsExactly(true);
    }

    @Test
    void aSizeThenAVersionedLineAfterItsFullNameIsThatModelAgain() {
        assertThat(onlyId("用VLLM部署Qwen3-235B-A22B-Instruct-2507，235b的qwen3输出速率应该是多少")).isEqualTo("qwen3-235b-a22b-instruct-2507");
        assertThat(onlyId("I serve Llama-2-70b-chat-hf with vLLM; is 10 tokens/s normal for the 70B llama2?")).isEqualTo("llama2-70b-chat");
        // the version written is the line's: Qwen2 is not Qwen2.5, so these are two models compared
        assertThat(models("qwen2.5-7b-instruct和7b的qwen2哪个快")).extracting(Understood.Model::id)
                .containsExactly("qwen2.5-7b-instruct", "qwen2-7b-instruct");
    }

    @Test
    void aNameOnlyOneModelHasWithItsCardsSizeIsThatModel() {
        // the card's 25.5B counts the vision encoder; the catalog sizes InternVL-Chat-V1-5 as its 19.9B language model
        assertThat(models("InternVL-Chat-V1-5 25.5B模型在4090上能跑吗")).singleElement().satisfies(m -> {
            assertThat(m.generic()).isFalse();
            assertThat(m.name()).startsWith("InternVL-Chat-V1-5");
        });
        assertThat(models("Mini-InternVL-Chat-4B-V1-5的推理时长是InternVL-Chat-V1-5 25.5B模型的3倍")).extracting(Understood.Model::generic)
                .containsExactly(false, false);
        // a size far from the model's is no count of it; a line's name with a size it lacks is no one release of it
        assertThat(models("InternVL-Chat-V1-5 60B on a 4090?")).singleElement().satisfies(m -> assertThat(m.generic()).isTrue());
        assertThat(models("can my 3090 run qwen3 10b?")).singleElement().satisfies(m -> assertThat(m.generic()).isTrue());
    }

    @Test
    void v3SaidAsAModelIsDeepSeekV3() {
        assertThat(onlyId("V3模型下载下来是不是400G，我运行之后报错内存不足，32G都抗不下来")).isEqualTo("deepseek-v3");
        // a bare "v3" elsewhere stays no model
        assertThat(models("my 3090 with the v3 driver runs llama 3.1 8b")).extracting(Understood.Model::id).containsExactly("llama3.1-8b-instruct");
    }

    @Test
    void abliteratedAndUncensoredUploadsAreTheModelTheyEdit() {
        assertThat(onlyId("can my 3090 run qwen2.5-7b-instruct-abliterated?")).isEqualTo("qwen2.5-7b-instruct");
        assertThat(onlyId("can my 3090 run Qwen2.5-7B-Instruct-uncensored-Q4_K_M?")).isEqualTo("qwen2.5-7b-instruct");
        // written before an Ollama tag's size too; a fine-tune resolves to its base
        assertThat(onlyId("ollama ps: huihui_ai/dolphin3-r1-abliterated:24b 19 GB 23%/77% CPU/GPU")).isEqualTo("mistral-small-24b-instruct-2501");
    }

    @Test
    void aModelSaidToWorkIsTheBackgroundNotTheQuestion() {
        // a size that worked is dropped when only sizes are asked about
        assertThat(models("I find 13B models run with a lot of headroom on my 4080 so I'd love to try squeezing in a 34B model"))
                .singleElement().satisfies(x -> assertThat(x.paramsB()).isEqualTo(34.0));
        assertThat(models("I just barely fit the 7B model on 17gb using vllm. What would the requirements be for the 72b model?"))
                .singleElement().satisfies(x -> assertThat(x.paramsB()).isEqualTo(72.0));
        // spaces around a Latin name in Chinese text are no comma: "Qwen2-VL 7B 都可以的" said it worked; beside another
        // model's own failed run ("显存不足") it is the other side of the contrast the person draws, so both are asked (rule D)
        assertThat(models("A6000 48GB，VLLM推理Qwen2.5-VL 3B 显存不足。但是之前推理Qwen2-VL 7B 都可以的。怎么降低显存开销？"))
                .extracting(Understood.Model::id).containsExactlyInAnyOrder("qwen2.5-vl-3b-instruct", "qwen2-vl-7b-instruct");
        // beside a question about another model it stays background
        assertThat(models("A6000 48GB，之前推理Qwen2-VL 7B 都可以的。Qwen2.5-VL 3B 能跑吗？"))
                .extracting(Understood.Model::id).containsExactly("qwen2.5-vl-3b-instruct");
        // still: a size after a working named model is that line's
        assertThat(models("llama 3 8b runs fine, and 70b?")).hasSize(2);
    }

    @Test
    void theEndOfANameWrittenBeforeIsThatModelAgain() {
        // a launch line with the repository, then the same model's folder: its tail ("Coder-7B") is no unknown model
        assertThat(onlyId("python serve.py --model Qwen2.5-Coder-7B, or from ~/weights/Qwen2.5-Coder-7B/ on a 3060?"))
                .isEqualTo("qwen2.5-coder-7b-instruct");
    }

    @Test
    void theHubsCountOf685BNamesDeepSeekV3AndR1ThemselvesNotAStandIn() {
        // the Hub counts the 14B multi-token-prediction module with the 671B
        assertThat(onlyId("can 8x H100 run deepseek-r1 685b?")).isEqualTo("deepseek-r1");
        assertThat(onlyId("can 8x H100 run deepseek v3 685b?")).isEqualTo("deepseek-v3");
    }
}
