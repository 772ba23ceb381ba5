package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.WeightFormat;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Models llama.cpp cannot load (catalog runs_on_llamacpp: false: GPT-J, CodeGen, MOSS, the first ChatGLM-6B) are sized
 * for transformers when no engine or a llama.cpp-family one is named: no GGUF format is offered, the engine line says why,
 * and the commands are transformers ones. The formats follow the machine (bitsandbytes only with CUDA) and include the
 * maker's own quantized builds (catalog builds); a repository with its own code is loaded with trust_remote_code.
 */
class NoLlamaCppModelTest {

    static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();

    /** Each question in a conversation of its own: a follow-up would keep the engine of the one before. */
    static Answer answer(String question) {
        return ADVISOR.answer("no-llamacpp " + question, question);
    }

    static List<WeightFormat> formats(Answer a) {
        return a.shown().stream().map(Recommendation::candidate).map(c -> c.format()).toList();
    }

    @Test
    void aModelLlamaCppCannotLoadIsSizedForTransformersWithoutGgufFormats() {
        for (String q : List.of("chatglm-6b on a 3070 8G?", "CodeGen-16B on my 4090?", "MOSS on two 3090s?", "GPT-J 6B on a 12 GB card?")) {
            Answer a = answer(q);
            assertThat(a.ask().engine()).as(q).isEqualTo(Engine.TRANSFORMERS);
            // 16-bit, bitsandbytes, or the maker's own build (ChatGLM-6B's INT8/INT4, MOSS's GPTQ), never a GGUF quant
            assertThat(formats(a)).as(q).isNotEmpty().allMatch(f -> f == WeightFormat.F16 || !f.isGguf())
                    .noneMatch(f -> f == WeightFormat.AWQ_INT4);
            assertThat(a.shown()).as(q).allMatch(r -> r.candidate().engine().equals("transformers"));
            assertThat(a.reply().notes()).as(q).contains("llama.cpp and Ollama do not run this model's architecture (no GGUF of it exists),"
                    + " so it is sized for transformers, which runs it.");
            assertThat(a.commands()).as(q).isNotEmpty().allMatch(c -> c.engine().equals("transformers"))
                    .noneMatch(c -> c.command().contains("llama-server") || c.command().contains("ollama") || c.command().contains(".gguf"));
        }
    }

    @Test
    void theSmallestFormatThatRunsAnswersNotTheSixteenBitRelease() {
        // GPT-J 6B in 16 bits (13 GB) does not fit an 8 GB card; a 4-bit load does, and the verdict is about that
        Answer a = answer("GPT-J 6B on a 3070 8G?");
        assertThat(a.shown().get(0).candidate().format()).isEqualTo(WeightFormat.BNB_NF4);
        assertThat(a.verdict()).isEqualTo(Verdict.FITS);
        assertThat(a.commands().get(0).command()).contains("AutoModelForCausalLM.from_pretrained('EleutherAI/gpt-j-6b'")
                .contains("load_in_4bit=True").doesNotContain("trust_remote_code");
    }

    @Test
    void aModelLlamaCppRunsStillTrustsItsOwnCodeUnderTransformers() {
        // ChatGLM3-6B converts to GGUF, but asked for transformers its repository's modeling code (auto_map) must be trusted
        Answer a = answer("can I run chatglm3-6b with transformers on my 4090?");
        assertThat(a.commands().get(0).command()).contains("AutoModel.from_pretrained('THUDM/chatglm3-6b'")
                .contains("trust_remote_code=True");
    }

    @Test
    void theMakersOwnQuantizedBuildIsOfferedFromItsRepositoryWithItsCode() {
        // ChatGLM-6B's card: the INT4 build runs in about 6 GB; it is loaded from its own repository through the
        // AutoModel class its config maps, trusting the repository's code
        Answer a = answer("chatglm-6b on a 3070 8G?");
        assertThat(a.shown().get(0).candidate().formatLabel()).isEqualTo("INT4");
        assertThat(a.verdict()).isEqualTo(Verdict.FITS);
        assertThat(a.reply().options().get(0).title()).contains("ChatGLM-6B INT4");
        assertThat(a.commands().get(0).command()).contains("AutoModel.from_pretrained('THUDM/chatglm-6b-int4'")
                .contains("trust_remote_code=True); t = AutoTokenizer.from_pretrained('THUDM/chatglm-6b', trust_remote_code=True)")
                .doesNotContain("BitsAndBytesConfig");
        // MOSS's GPTQ int4 build (about 12 GB per its README) on a 24 GB card, through its AutoModelForCausalLM mapping
        Answer moss = answer("我的 3090 能跑 moss 吗");
        assertThat(moss.shown().get(0).candidate().formatLabel()).isEqualTo("GPTQ-Int4");
        assertThat(moss.commands().get(0).command()).contains("AutoModelForCausalLM.from_pretrained('fnlp/moss-moon-003-sft-int4'")
                .contains("trust_remote_code=True");
    }

    @Test
    void aMacIsOfferedNoBitsandbytesAndNoCudaOnlyBuild() {
        // bitsandbytes' kernels and MOSS's GPTQ triton kernels are CUDA ones: a Mac loads 16-bit weights on MPS, and
        // ChatGLM-6B's own INT8/INT4 builds, whose kernels also compile for the CPU
        Answer glm = answer("M1 8GB MacBook 能跑 chatglm-6b 吗");
        assertThat(formats(glm)).isNotEmpty().doesNotContain(WeightFormat.BNB_NF4, WeightFormat.BNB_INT8);
        assertThat(glm.shown().get(0).candidate().formatLabel()).isEqualTo("INT4");
        // whose kernels have no MPS path: on a Mac they run on the CPU from the unified memory (ChatGLM-6B README)
        assertThat(glm.shown().get(0).candidate().placement()).isEqualTo(Placement.CPU);
        assertThat(formats(answer("GPT-J 6B on an M2 Max 32GB?"))).containsExactly(WeightFormat.F16);
        assertThat(formats(answer("moss 在 M2 Ultra 192GB 上能跑吗"))).containsExactly(WeightFormat.F16);
    }

    @Test
    void aMachineWithoutAGpuIsOfferedSixteenAndThirtyTwoBitsInRam() {
        Answer a = answer("no GPU, 32 GB RAM, can I run GPT-J 6B?");
        assertThat(formats(a)).containsExactlyInAnyOrder(WeightFormat.F16, WeightFormat.F32);
        assertThat(a.commands()).noneMatch(c -> c.command().contains("BitsAndBytesConfig"));
        Answer f32 = answer("没有显卡 64G内存 用 float32 跑 gpt-j-6b 可以吗");
        assertThat(f32.commands()).anyMatch(c -> c.command().contains("torch_dtype='float32'"));
    }

    @Test
    void inChineseTheLineSaysItTooAndNamesTheLlamaCppEngineAsked() {
        Answer a = answer("我的 4060 8G 用 ollama 能跑 chatglm-6b 吗");
        assertThat(a.ask().engine()).isEqualTo(Engine.TRANSFORMERS);
        assertThat(a.understood().engine()).isEqualTo(Engine.OLLAMA);
        assertThat(formats(a)).isNotEmpty().noneMatch(f -> f.isGguf() && f != WeightFormat.F16);
        assertThat(a.reply().notes()).contains("Ollama 加载不了这个模型。llama.cpp 和 Ollama 不支持这个模型的架构（没有它的 GGUF 文件），所以按 transformers 估算，它能运行这个模型。");
        assertThat(a.commands()).isNotEmpty().allMatch(c -> c.engine().equals("transformers"));
        assertThat(answer("llama.cpp 能在 3060 12G 上跑 gpt-j-6b 吗").reply().notes()).anyMatch(n -> n.startsWith("llama.cpp 加载不了这个模型。"));
    }

    @Test
    void anEngineThatRunsTheModelIsKeptAndAModelLlamaCppRunsIsUnchanged() {
        // transformers named: its own line and its published 16-bit weights judged, as before
        Answer named = answer("chatglm-6b with transformers on a 3070 8G?");
        assertThat(named.reply().notes()).contains("Sized for transformers's memory accounting.");
        assertThat(named.ask().format()).isEqualTo(WeightFormat.F16);
        // ChatGLM2-6B is llama.cpp's "chatglm" architecture: GGUF as before
        Answer v2 = answer("chatglm2-6b on a 3070 8G?");
        assertThat(v2.ask().engine()).isNull();
        assertThat(formats(v2)).contains(WeightFormat.Q4_K_M);
        assertThat(v2.reply().notes()).contains("Sized for llama.cpp/Ollama (you did not name an engine).");
    }
}
