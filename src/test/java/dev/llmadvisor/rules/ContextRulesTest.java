package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.Placement;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.rules.RuleVerifier.given;
import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q8_0;

/** rules/40-context.drl: long contexts and the KV cache (document 001). */
class ContextRulesTest {

    @Test
    void aLongContextWhoseKvCacheIsAFifthOfTheTotalWarns() {
        // Qwen3 8B Q4_K_M (5.03 GB): 144 KiB of KV per token, 4.5 GB at 32k - 43% of 10.5 GB.
        // Qwen3-30B-A3B Q4_K_M (18.6 GB): 96 KiB per token, 3.0 GB at 32k - 13% of 22.6 GB.
        Candidate dense = Given.candidate("qwen3-8b", 8.19, Q4_K_M).tier(8).file(5.03).kv(4.5).context(32768, 131072).vram(24).build();
        Candidate moe = Given.candidate("qwen3-30b-a3b", 30.5, Q4_K_M).tier(32).moe(3.3).file(18.6).kv(3.0).context(32768, 131072).vram(24).build();
        given(Given.ask().gpus(1, 24).context(32768).build(), dense, moe).rule("Long contexts eat the remaining memory")
                .firesFor(dense).withEffect(dense, Effect.WARN)
                .sayingFor(dense, "the KV cache for 32k context takes 4.5 GB of the 10.5 GB")
                .placeholdersFilled()
                .doesNotFireFor(moe);
    }

    @Test
    void aLargeKvCacheBelowSixteenKDoesNotWarn() {
        // CodeGemma 7B Q8_0 at its 8k maximum: 448 KiB of KV per token, 3.5 GB - 26% of 13.5 GB, but only 8k of context
        Candidate c = Given.candidate("codegemma-7b-it", 8.54, Q8_0).tier(8).file(9.08).kv(3.5).context(8192, 8192).build();
        given(Given.ask().build(), c).rule("Long contexts eat the remaining memory").doesNotFireFor(c);
    }

    @Test
    void aContextBeyondTheModelsMaximumIsRejected() {
        // CodeGemma 7B supports 8k; Qwen3 8B reaches 128k with YaRN
        Candidate codegemma = Given.candidate("codegemma-7b-it", 8.54, Q8_0).tier(8).file(9.08).kv(14.0).context(32768, 8192).vram(24).build();
        Candidate qwen = Given.candidate("qwen3-8b", 8.19, Q8_0).tier(8).file(8.71).kv(4.5).context(32768, 131072).vram(24).build();
        given(Given.ask().gpus(1, 24).context(32768).build(), codegemma, qwen).rule("Context beyond what the model supports")
                .firesFor(codegemma).withEffect(codegemma, Effect.REJECT)
                .sayingFor(codegemma, "codegemma-7b-it does not support 32k of context")
                .placeholdersFilled()
                .doesNotFireFor(qwen);
    }

    @Test
    void aGenericStandInIsNotRejectedForItsTemplatesContextLimit() {
        // "Llama-70B-q6 at 8k": sized on Llama 2 70B's architecture (4k), but the asked model's own limit is unknown
        Candidate generic = Given.candidate("generic-70b-llama2", 69.0, Q8_0).family(ModelEntry.GENERIC_FAMILY).tier(70).file(57.0)
                .kv(2.5).context(8192, 4096).vram(72).build();
        given(Given.ask().gpus(3, 24).context(8192).build(), generic).rule("Context beyond what the model supports")
                .doesNotFireFor(generic);
    }

    @Test
    void anAskWithoutAContextIsSizedAtEightK() {
        given(Given.ask().build()).rule("Context not given: sized at 8k")
                .firesOnQuestion().saying("Sized at 8k context (Ollama's own default follows its version and the GPU memory");
        given(Given.ask().context(32768).build()).rule("Context not given: sized at 8k").doesNotFire();
        given(Given.ask().defaultContext(4096).build()).rule("Context not given: sized at 8k").doesNotFire();
        given(Given.ask().engine(Engine.VLLM).build()).rule("Context not given: sized at 8k").doesNotFire();
        given(Given.ask().engine(Engine.OLLAMA).build()).rule("Context not given: sized at 8k").doesNotFire();
        // Ollama's default is named only when the engine is not: llama.cpp or LM Studio named have their own
        given(Given.ask().engine(Engine.LM_STUDIO).build()).rule("Context not given: sized at 8k").doesNotFire();
        given(Given.ask().engine(Engine.LLAMA_CPP).build()).rule("Context not given: sized at 8k").doesNotFire();
    }

    @Test
    void anAskWithoutAContextOnAPhoneIsSizedAtEightKWithoutOllamasDefault() {
        given(Given.ask().noGpu().platform(Platform.PHONE).ram(12).build()).rule("Context not given on a phone: sized at 8k")
                .firesOnQuestion().saying("the app allocates the context set in it");
        given(Given.ask().noGpu().platform(Platform.PHONE).ram(12).build()).rule("Context not given: sized at 8k").doesNotFire();
        given(Given.ask().noGpu().platform(Platform.PHONE).ram(12).context(4096).build()).rule("Context not given on a phone: sized at 8k").doesNotFire();
        given(Given.ask().noGpu().ram(12).build()).rule("Context not given on a phone: sized at 8k").doesNotFire();
    }

    @Test
    void anAskWithoutAContextOnOllamaIsSizedAtOllamasOwnDefault() {
        given(Given.ask().engine(Engine.OLLAMA).build()).rule("Context not given on Ollama: sized at Ollama's own default")
                .firesOnQuestion().saying("Sized at Ollama's own default context");
        given(Given.ask().engine(Engine.OLLAMA).context(32768).build()).rule("Context not given on Ollama: sized at Ollama's own default").doesNotFire();
        given(Given.ask().build()).rule("Context not given on Ollama: sized at Ollama's own default").doesNotFire();
        given(Given.ask().engine(Engine.LLAMA_CPP).build()).rule("Context not given on Ollama: sized at Ollama's own default").doesNotFire();
    }

    @Test
    void anAskWithoutAContextOnAServingEngineIsSizedAtEightKPerRequest() {
        given(Given.ask().engine(Engine.VLLM).build()).rule("Context not given on a serving engine: sized at 8k")
                .firesOnQuestion().saying("--max-model-len 8192");
        given(Given.ask().engine(Engine.OLLAMA).build()).rule("Context not given on a serving engine: sized at 8k").doesNotFire();
        given(Given.ask().build()).rule("Context not given on a serving engine: sized at 8k").doesNotFire();
        given(Given.ask().engine(Engine.KTRANSFORMERS).build()).rule("Context not given on a serving engine: sized at 8k").doesNotFire();
    }

    @Test
    void anAskWithoutAContextOnAnotherEngineIsSizedAtEightKWithoutAnotherEnginesFlags() {
        for (Engine e : new Engine[] {Engine.KTRANSFORMERS, Engine.TRANSFORMERS, Engine.MLX, Engine.EXLLAMA, Engine.OTHER, Engine.LLAMA_CPP, Engine.LM_STUDIO}) {
            given(Given.ask().engine(e).build()).rule("Context not given on another engine: sized at 8k")
                    .firesOnQuestion().saying("Sized at 8k context.");
        }
        for (Engine e : new Engine[] {Engine.VLLM, Engine.SGLANG, Engine.TGI, Engine.OLLAMA}) {
            given(Given.ask().engine(e).build()).rule("Context not given on another engine: sized at 8k").doesNotFire();
        }
        given(Given.ask().engine(Engine.LM_STUDIO).noGpu().platform(Platform.PHONE).ram(12).build())
                .rule("Context not given on another engine: sized at 8k").doesNotFire();
        given(Given.ask().engine(Engine.MLX).context(32768).build()).rule("Context not given on another engine: sized at 8k").doesNotFire();
    }

    @Test
    void anAskWithoutAContextForAModelWithAShortWindowIsSizedAtItsLimit() {
        given(Given.ask().defaultContext(4096).build()).rule("Context not given: sized at the model's own limit")
                .firesOnQuestion().saying("Sized at 4k context, the longest the model supports; a shorter context needs less memory");
        given(Given.ask().build()).rule("Context not given: sized at the model's own limit").doesNotFire();
        given(Given.ask().context(2048).build()).rule("Context not given: sized at the model's own limit").doesNotFire();
    }

    @Test
    void aRequestedModelThatSpillsBecauseOfItsKvCacheIsToldToQuantizeIt() {
        // Qwen3 8B Q8_0 (8.71 GB) at 64k on an RTX 4060 8GB: 9.0 GB of KV, the model spills into RAM
        Candidate asked = Given.candidate("qwen3-8b", 8.19, Q8_0).tier(8).file(8.71).kv(9.0).context(65536, 131072)
                .requested().placement(Placement.OFFLOAD).vram(8).ram(11, 27).build();
        Candidate other = Given.candidate("llama3.1-8b-instruct", 8.03, Q8_0).tier(8).file(8.54).kv(8.0).context(65536, 131072)
                .placement(Placement.OFFLOAD).vram(8).ram(10, 27).build();
        given(Given.ask().gpus(1, 8).context(65536).model("qwen3-8b").build(), asked, other).rule("A quantized KV cache halves it")
                .firesFor(asked).withEffect(asked, Effect.WARN)
                .sayingFor(asked, "would need about half of the 9.0 GB cache")
                .placeholdersFilled()
                .doesNotFireFor(other);
    }

    @Test
    void noKvAdviceWhenTheRequestedModelIsAlreadyOnTheGpu() {
        // the same at 64k on an RTX 4090 24GB: 20.7 GB, all on the card
        Candidate asked = Given.candidate("qwen3-8b", 8.19, Q8_0).tier(8).file(8.71).kv(9.0).context(65536, 131072)
                .requested().vram(24).build();
        given(Given.ask().gpus(1, 24).context(65536).model("qwen3-8b").build(), asked).rule("A quantized KV cache halves it")
                .doesNotFireFor(asked);
    }
}
