package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.UseCase;
import dev.llmadvisor.sizing.Placement;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.rules.RuleVerifier.given;
import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q8_0;

/**
 * rules/50-use-cases.drl: document 004's advice on which families suit which work. Candidates carry the
 * family, uses, languages and context of their knowledge/models/*.yaml entries.
 */
class UseCaseRulesTest {

    // document 004's machine: RTX 2000 Ada 16GB, 64 GB DDR5; its models at q8_0
    static Candidate qwenCoder14() {
        return Given.candidate("qwen2.5-coder-14b-instruct", 14.7, Q8_0).family("qwen2.5-coder").tier(14).file(15.7)
                .uses("coding", "code_completion", "chinese", "math", "long_context").languages("en", "zh")
                .context(8192, 131072).placement(Placement.OFFLOAD).build();
    }

    static Candidate deepseekCoderLite() {
        return Given.candidate("deepseek-coder-v2-lite-instruct", 15.7, Q8_0).family("deepseek-coder-v2").tier(14).moe(2.4).file(16.7)
                .uses("coding", "code_completion", "math", "chinese", "long_context").languages("en", "zh")
                .context(8192, 131072).placement(Placement.OFFLOAD).build();
    }

    static Candidate codellama13() {
        return Given.candidate("codellama-13b-instruct", 13.0, Q8_0).family("codellama").tier(14).file(13.8)
                .uses("coding", "code_completion").languages("en").context(8192, 100000).build();
    }

    static Candidate codegemma7() {
        return Given.candidate("codegemma-7b-it", 8.54, Q8_0).family("codegemma").tier(8).file(9.08)
                .uses("coding", "code_completion", "chat").languages("en").context(8192, 8192).build();
    }

    static Candidate qwen3_8b() {
        return Given.candidate("qwen3-8b", 8.19, Q8_0).family("qwen3").tier(8).file(8.71)
                .uses("general", "chat", "chinese", "reasoning", "math", "coding", "writing", "agent").languages("en", "zh")
                .context(8192, 131072).build();
    }

    static Candidate qwen3_14b() {
        return Given.candidate("qwen3-14b", 14.8, Q8_0).family("qwen3").tier(14).file(15.7)
                .uses("general", "chat", "chinese", "reasoning", "math", "coding", "writing", "agent").languages("en", "zh")
                .context(8192, 131072).placement(Placement.OFFLOAD).build();
    }

    static Candidate mistral7() {
        return Given.candidate("mistral-7b-instruct-v0.3", 7.25, Q8_0).family("mistral").tier(7).file(7.7)
                .uses("general", "chat", "writing", "agent").languages("en").context(8192, 32768).build();
    }

    static Candidate llama31_8b() {
        return Given.candidate("llama3.1-8b-instruct", 8.03, Q8_0).family("llama3").tier(8).file(8.54)
                .uses("general", "chat", "writing", "coding", "long_context", "agent")
                .languages("en", "de", "fr", "it", "pt", "hi", "es", "th").context(8192, 131072).build();
    }

    static Candidate gemma3_12b() {
        return Given.candidate("gemma3-12b-it", 12.2, Q8_0).family("gemma").tier(14).file(12.5)
                .uses("general", "chat", "writing", "multimodal", "long_context", "reasoning", "math", "coding")
                .languages("en", "zh", "ja", "ko", "de", "fr", "es", "pt", "ar", "hi").context(8192, 131072).build();
    }

    static Candidate phi4() {
        return Given.candidate("phi-4", 14.7, Q8_0).family("phi").tier(14).file(15.6)
                .uses("reasoning", "math", "coding", "general", "chat").languages("en").context(8192, 16384).build();
    }

    @Test
    void modelsTaggedForTheUseCaseGainFifteen() {
        Candidate coder = qwenCoder14();
        Candidate mistral = mistral7();
        Candidate tooBig = Given.candidate("qwen2.5-coder-32b-instruct", 32.5, Q8_0).family("qwen2.5-coder").tier(32).file(34.8)
                .uses("coding").placement(Placement.NONE).build();
        given(Given.ask().useCase(UseCase.CODING).ram(16).build(), coder, mistral, tooBig).rule("Models made for the use case")
                .firesFor(coder).withPoints(coder, 15).sayingFor(coder, "made for this kind of work")
                .doesNotFireFor(mistral)
                .doesNotFireFor(tooBig);
    }

    @Test
    void coderFamiliesGainEightForCoding() {
        Candidate coder = qwenCoder14();
        Candidate general = qwen3_8b();   // tagged coding, but not a coder family
        given(Given.ask().useCase(UseCase.CODING).build(), coder, general).rule("Coder models for coding")
                .firesFor(coder).withPoints(coder, 8)
                .doesNotFireFor(general);
        given(Given.ask().useCase(UseCase.GENERAL).build(), coder).rule("Coder models for coding").doesNotFireFor(coder);
    }

    @Test
    void phpAndWordPressFavourTheFamiliesDocument004Names() {
        Candidate deepseek = deepseekCoderLite();
        Candidate codellama = codellama13();
        Candidate codegemma = codegemma7();
        given(Given.ask().useCase(UseCase.CODING).topics("wordpress", "php").build(), deepseek, codellama, codegemma)
                .rule("WordPress and PHP plugins")
                .firesFor(deepseek).withPoints(deepseek, 6)
                .firesFor(codellama).withPoints(codellama, 6).sayingFor(codellama, "PHP/WordPress")
                .doesNotFireFor(codegemma);
        given(Given.ask().useCase(UseCase.CODING).build(), deepseek).rule("WordPress and PHP plugins").doesNotFire();
    }

    @Test
    void vbaMacrosFavourCodeLlamaAndDeepSeekCoder() {
        Candidate codellama = codellama13();
        Candidate deepseek = deepseekCoderLite();
        Candidate qwen = qwenCoder14();
        given(Given.ask().useCase(UseCase.CODING).topics("vba", "solidworks").build(), codellama, deepseek, qwen)
                .rule("SolidWorks VBA macros")
                .firesFor(codellama).withPoints(codellama, 6).sayingFor(codellama, "test on your own macros")
                .firesFor(deepseek).withPoints(deepseek, 6)
                .doesNotFireFor(qwen);
        given(Given.ask().useCase(UseCase.CODING).topics("php").build(), codellama).rule("SolidWorks VBA macros").doesNotFire();
    }

    @Test
    void chineseAsksFavourChineseSpeakingModels() {
        Candidate qwen = qwen3_14b();
        Candidate llama = llama31_8b();
        given(Given.ask().lang(Lang.ZH).build(), qwen, llama).rule("Chinese writing: Qwen and DeepSeek")
                .firesFor(qwen).withPoints(qwen, 8).sayingFor(qwen, "中文能力强")
                .doesNotFireFor(llama);
        given(Given.ask().topics("chinese").build(), qwen).rule("Chinese writing: Qwen and DeepSeek").firesFor(qwen);
        given(Given.ask().useCase(UseCase.CODING).build(), qwen).rule("Chinese writing: Qwen and DeepSeek").doesNotFire();
    }
    @Test
    void anEnglishWritingAskDoesNotFavourChinese() {
        Candidate qwen = qwen3_14b();
        given(Given.ask().useCase(UseCase.WRITING).build(), qwen).rule("Chinese writing: Qwen and DeepSeek")
                .doesNotFireFor(qwen);
    }
    @Test
    void gemma3IsNotStrongInChinese() {
        Candidate gemma = gemma3_12b();
        given(Given.ask().lang(Lang.ZH).build(), gemma).rule("Chinese writing: Qwen and DeepSeek").doesNotFireFor(gemma);
    }

    @Test
    void longFictionFavoursFourteenBAndUp() {
        Candidate qwen14 = qwen3_14b();
        Candidate qwen8 = qwen3_8b();
        given(Given.ask().useCase(UseCase.WRITING).lang(Lang.ZH).build(), qwen14, qwen8).rule("Long-form fiction wants a larger model")
                .firesFor(qwen14).withPoints(qwen14, 5)
                .doesNotFireFor(qwen8);
        given(Given.ask().build(), qwen14).rule("Long-form fiction wants a larger model").doesNotFire();
    }

    @Test
    void coderModelsLoseTwelveForWritingAndChat() {
        // document 004 recommends qwen2.5-coder:32b for Chinese fiction; the card says it is a code model
        Candidate coder = qwenCoder14();
        Candidate qwen = qwen3_14b();
        given(Given.ask().useCase(UseCase.WRITING).lang(Lang.ZH).build(), coder, qwen).rule("Coder models are not writers")
                .firesFor(coder).withPoints(coder, -12).sayingFor(coder, "general models write and chat better")
                .doesNotFireFor(qwen);
        given(Given.ask().useCase(UseCase.GENERAL).build(), coder).rule("Coder models are not writers").firesFor(coder);
        given(Given.ask().useCase(UseCase.CODING).build(), coder).rule("Coder models are not writers").doesNotFireFor(coder);
    }

    @Test
    void longDocumentsFavourLongContextModelsAndMostAMillionTokens() {
        Candidate million = Given.candidate("qwen2.5-14b-instruct-1m", 14.7, Q4_K_M).family("qwen2.5").tier(14).file(8.99)
                .uses("general", "chat", "chinese", "long_context", "rag").languages("en", "zh").context(8192, 1010000).build();
        Candidate k128 = qwen3_8b();
        Candidate k16 = phi4();
        given(Given.ask().useCase(UseCase.LONG_CONTEXT).build(), million, k128, k16).rule("Long documents: long-context models")
                .firesFor(million).withPoints(million, 12)
                .firesFor(k128).withPoints(k128, 6)
                .doesNotFireFor(k16);
        given(Given.ask().useCase(UseCase.RAG).build(), k128).rule("Long documents: long-context models").firesFor(k128);
        given(Given.ask().build(), million).rule("Long documents: long-context models").doesNotFire();
    }

    @Test
    void edgeDevicesFavourFourBAndUnderAndPenaliseLarger() {
        Candidate small = Given.candidate("qwen2.5-coder-1.5b-instruct", 1.54, Q4_K_M).family("qwen2.5-coder").tier(1.5).file(0.99)
                .uses("coding", "code_completion", "chinese", "math", "edge").languages("en", "zh").context(8192, 32768).vram(8).build();
        Candidate large = Given.candidate("qwen3-8b", 8.19, Q4_K_M).family("qwen3").tier(8).file(5.03).vram(8).build();
        given(Given.ask().useCase(UseCase.EDGE).gpus(1, 8).build(), small, large).rule("Edge devices: small models")
                .firesFor(small).withPoints(small, 15).sayingFor(small, "small enough for an edge device")
                .firesFor(large).withPoints(large, -20).sayingFor(large, "too large for an edge device");
        given(Given.ask().gpus(1, 8).build(), small).rule("Edge devices: small models").doesNotFire();
    }
    @Test
    void gemma3_4bIsAnEdgeModel() {
        Candidate gemma4b = Given.candidate("gemma3-4b-it", 4.3, Q4_K_M).family("gemma").tier(7).file(3.34)
                .uses("general", "chat", "writing", "multimodal", "long_context", "reasoning", "math", "coding", "edge")
                .languages("en", "zh").context(8192, 131072).vram(8).build();
        given(Given.ask().useCase(UseCase.EDGE).gpus(1, 8).build(), gemma4b).rule("Edge devices: small models")
                .firesFor(gemma4b).withPoints(gemma4b, 15);
    }

    @Test
    void imagesRejectTextOnlyModels() {
        Candidate textOnly = qwen3_8b();
        Candidate gemma = gemma3_12b();
        given(Given.ask().useCase(UseCase.MULTIMODAL).build(), textOnly, gemma).rule("Images need a multimodal model")
                .firesFor(textOnly).withEffect(textOnly, Effect.REJECT).sayingFor(textOnly, "qwen3-8b reads text only")
                .placeholdersFilled()
                .doesNotFireFor(gemma);
        given(Given.ask().build(), textOnly).rule("Images need a multimodal model").doesNotFire();
    }

    @Test
    void reasoningAsksFavourReasoningAndMathModels() {
        Candidate phi = phi4();
        Candidate mistral = mistral7();
        given(Given.ask().useCase(UseCase.REASONING).build(), phi, mistral).rule("Math and reasoning: reasoning models")
                .firesFor(phi).withPoints(phi, 6)
                .doesNotFireFor(mistral);
        given(Given.ask().useCase(UseCase.CODING).build(), phi).rule("Math and reasoning: reasoning models").doesNotFire();
    }

    @Test
    void qwen3_30bA3bIsTheBestValue() {
        Candidate a3b = Given.candidate("qwen3-30b-a3b", 30.5, Q4_K_M).family("qwen3").tier(32).moe(3.3).file(18.6)
                .placement(Placement.OFFLOAD).build();
        Candidate dense = Given.candidate("qwen3-32b", 32.8, Q4_K_M).family("qwen3").tier(32).file(19.8)
                .placement(Placement.OFFLOAD).build();
        Candidate a3bQ8 = Given.candidate("qwen3-30b-a3b", 30.5, Q8_0).family("qwen3").tier(32).moe(3.3).file(32.5)
                .placement(Placement.NONE).build();
        given(Given.ask().ram(16).build(), a3b, dense, a3bQ8).rule("Best value: Qwen3-30B-A3B")
                .firesFor(a3b).withPoints(a3b, 4).sayingFor(a3b, "3B active parameters")
                .doesNotFireFor(dense)
                .doesNotFireFor(a3bQ8);
    }
}
