package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The releases of 2025-2026 added in the twenty-second pass, named the ways their repositories, quantizers and Ollama tags
 * spell them, in English and Chinese questions: the hybrid Qwen releases resolve to their own catalog entries, their
 * fine-tunes to the base they are built on, and the releases the sizing core cannot express (Mamba-2 hybrids, NAS models,
 * unread configs) to an openly generic stand-in of their total, never to another release of the maker.
 */
class NewReleaseNamesTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static final List<Function<String, String>> CONTEXTS = List.of(
            n -> "can my 3090 run " + n + "?", n -> "ollama run " + n + " is slow on my 4060", n -> "我想在4090上跑" + n,
            n -> n + "需要多少显存", n -> "How much VRAM does " + n + " need with 32k context?", n -> "用vllm部署" + n + "，两张A100够吗");

    /** Spellings of catalog releases, with the catalog id each is sized as. */
    private static final Map<String, String> CATALOG = Map.ofEntries(
            Map.entry("Qwen3.5-35B-A3B", "qwen3.5-35b-a3b"), Map.entry("unsloth/Qwen3.5-35B-A3B-GGUF", "qwen3.5-35b-a3b"),
            Map.entry("qwen3.5:35b", "qwen3.5-35b-a3b"), Map.entry("Qwen3.5-122B-A10B-FP8", "qwen3.5-122b-a10b"),
            Map.entry("Qwen/Qwen3.5-397B-A17B", "qwen3.5-397b-a17b"), Map.entry("qwen3.5-27b-q4_k_m", "qwen3.5-27b"),
            Map.entry("Qwen3.5-9B", "qwen3.5-9b"), Map.entry("Qwen3.5-4B", "qwen3.5-4b"), Map.entry("qwen3.5:0.8b", "qwen3.5-0.8b"),
            Map.entry("Qwen3.5-2B-GGUF", "qwen3.5-2b"), Map.entry("mlx-community/Qwen3.6-35B-A3B-4bit", "qwen3.6-35b-a3b"),
            Map.entry("Qwen3.6-27B-FP8", "qwen3.6-27b"), Map.entry("Qwen3-Next-80B-A3B-Instruct-AWQ", "qwen3-next-80b-a3b-instruct"),
            Map.entry("qwen3-next:80b", "qwen3-next-80b-a3b-instruct"), Map.entry("Qwen3-Next-80B-A3B-Thinking", "qwen3-next-80b-a3b-thinking"),
            // fine-tunes, sized as their base and said so
            Map.entry("Qwen3-Coder-Next-FP8", "qwen3-next-80b-a3b-instruct"), Map.entry("qwen3-coder-next", "qwen3-next-80b-a3b-instruct"),
            Map.entry("Jackrong/Qwen3.5-27B-Claude-4.6-Opus-Reasoning-Distilled-GGUF", "qwen3.5-27b"),
            Map.entry("MiniMax-M2.5", "minimax-m2"),
            // Mistral released Ministral 3 as the Mistral 3 family, and people write it so
            Map.entry("Mistral 3 14B", "ministral-3-14b-instruct-2512"), Map.entry("mistral-3-8b", "ministral-3-8b-instruct-2512"),
            Map.entry("Mistral 3 3B", "ministral-3-3b-instruct-2512"), Map.entry("ministral-3:8b", "ministral-3-8b-instruct-2512"),
            // Llama 3.2's vision release, Ollama's library name alone being its 11B
            Map.entry("llama3.2-vision", "llama3.2-11b-vision-instruct"), Map.entry("llama3.2-vision:11b", "llama3.2-11b-vision-instruct"),
            Map.entry("meta-llama/Llama-3.2-11B-Vision-Instruct", "llama3.2-11b-vision-instruct"),
            Map.entry("Llama-3.2-11B-Vision", "llama3.2-11b-vision-instruct"),
            // pass 48: its 90B, a generic 90B until then (and never the 11B)
            Map.entry("llama3.2-vision:90b", "llama3.2-90b-vision-instruct"),
            Map.entry("meta-llama/Llama-3.2-90B-Vision-Instruct", "llama3.2-90b-vision-instruct"),
            Map.entry("Llama 3.2 90B Vision", "llama3.2-90b-vision-instruct"),
            // 2023 lines added in pass 37: GPT-NeoX models, their tunes, LLaMA reproductions, an audio model, Mistral's mixture names
            Map.entry("EleutherAI/pythia-12b", "pythia-12b"), Map.entry("dolly-v2-12b", "pythia-12b"),
            Map.entry("oig-oasst1-512-6_9b", "pythia-6.9b"), Map.entry("RedPajama-INCITE-Chat-3B-v1", "redpajama-incite-chat-3b"),
            Map.entry("open_llama_7b", "llama1-7b"), Map.entry("Qwen-Audio-Chat", "qwen-7b-chat"),
            Map.entry("Mistral 8x7B", "mixtral-8x7b-instruct"), Map.entry("mistral-8x22b", "mixtral-8x22b-instruct"),
            // pass 44: a size written with 'b' for its point, as bd4sur/Nano names its converted files
            Map.entry("qwen3-0b6", "qwen3-0.6b"), Map.entry("qwen3-0b6_q8.bin", "qwen3-0.6b"), Map.entry("qwen3-1b7", "qwen3-1.7b"),
            // pass 46: Qwen2-Audio is Qwen-7B under a Whisper-large-v3 encoder, as Qwen-Audio was
            Map.entry("Qwen/Qwen2-Audio-7B-Instruct", "qwen-7b-chat"), Map.entry("qwen2-audio", "qwen-7b-chat"),
            // StableLM-Alpha (GPT-NeoX), base and tuned alike; not the later StableLM 3B or Stable LM 2, which are outside
            Map.entry("stabilityai/stablelm-tuned-alpha-7b", "stablelm-alpha-7b"), Map.entry("stablelm-base-alpha-3b", "stablelm-alpha-3b"),
            Map.entry("TheBloke/stablelm-tuned-alpha-3b-GPTQ", "stablelm-alpha-3b"),
            // Groma's language model is Vicuna 7B v1.5, whose base the catalog sizes
            Map.entry("FoundationVision/groma-7b-finetune", "llama2-7b-chat"), Map.entry("groma-7b", "llama2-7b-chat"),
            // MiniGPT-4 was released on Vicuna-13B v0 (LLaMA 13B); its 7B checkpoint is named with its size
            Map.entry("minigpt4", "llama1-13b"), Map.entry("MiniGPT-4", "llama1-13b"), Map.entry("minigpt4-7b", "llama1-7b"),
            // pass 62: DeepSeek-MoE 16B is in the catalog now that its model_type deepseek is read (base and chat alike)
            Map.entry("deepseek-ai/deepseek-moe-16b-chat", "deepseek-moe-16b-chat"), Map.entry("deepseek-moe-16b", "deepseek-moe-16b-chat"),
            Map.entry("deepseek moe 16b", "deepseek-moe-16b-chat"), Map.entry("deepseek-ai/deepseek-moe-16b-base", "deepseek-moe-16b-chat"));

    /** Spellings of releases outside the catalog, with the total the stand-in must have. */
    private static final Map<String, Double> OUTSIDE = Map.ofEntries(
            Map.entry("granite-4.0-h-small", 32.0), Map.entry("ibm-granite/granite-4.0-h-tiny", 7.0),
            Map.entry("NVIDIA-Nemotron-Nano-9B-v2", 9.0), Map.entry("nvidia/Llama-3_3-Nemotron-Super-49B-v1_5", 49.0),
            Map.entry("Llama-3.3-Nemotron-Super-49B-v1.5", 49.0), Map.entry("Llama-3.1-Nemotron-Ultra-253B-v1", 253.0),
            Map.entry("phi-4-mini-flash-reasoning", 3.8), Map.entry("tencent/Hunyuan-A13B-Instruct", 80.0),
            Map.entry("Mistral-Large-3-675B-Instruct-2512", 675.0),
            Map.entry("devstral-2:123b", 123.0), Map.entry("mistralai/Devstral-2-123B-Instruct-2512", 123.0),
            Map.entry("deepseek-ai/DeepSeek-OCR", 3.3), Map.entry("DeepSeek-OCR", 3.3),
            // pass 44: Hunyuan-Large's name has only its active count (A52B), never its size; MiMo-VL-7B holds 8B, not 7B
            Map.entry("Hunyuan-Large", 389.0), Map.entry("tencent/Hunyuan-A52B-Instruct", 389.0), Map.entry("腾讯的hunyuan-large", 389.0),
            Map.entry("MiMo-VL-7B-SFT", 8.0), Map.entry("XiaomiMiMo/MiMo-VL-7B-RL-2508", 8.0),
            // the first CodeGeeX had one size, so its bare name is the 13B
            Map.entry("codegeex", 13.0), Map.entry("THUDM/CodeGeeX", 13.0),
            // pass 46: Gemma 4's E models by their card's raw totals, not the effective size their names give
            Map.entry("gemma4:e4b", 8.0), Map.entry("google/gemma-4-E2B-it", 5.1), Map.entry("unsloth/gemma-4-E4B-it-GGUF", 8.0),
            // Stable LM 2 and StableLM 3B: the chat and Zephyr tunes share their base's size (StableLM 3B holds 2.8B by its config)
            Map.entry("stabilityai/stablelm-2-12b-chat", 12.1), Map.entry("stablelm2:1.6b", 1.6), Map.entry("stablelm-2-zephyr-1_6b", 1.6),
            Map.entry("stablelm-zephyr-3b", 2.8), Map.entry("stabilityai/stablelm-3b-4e1t", 2.8),
            // pass 54: releases of 2025-2026 from public lists; Falcon-H1's "7B" is no Falcon 7B, MiniCPM-V 4's "V4" no MiniCPM4 8B
            Map.entry("tiiuae/Falcon-H1-7B-Instruct", 7.0), Map.entry("Falcon-H1-34B-Instruct-Q4_K_M.gguf", 34.0),
            Map.entry("falcon-h1-1.5b-deep", 1.5), Map.entry("ai21labs/AI21-Jamba-Mini-1.6", 52.0), Map.entry("jamba-1.7-large", 398.0),
            Map.entry("meituan-longcat/LongCat-Flash-Chat-FP8", 560.0), Map.entry("Ling-flash-2.0-GGUF", 100.0),
            Map.entry("inclusionAI/Ring-mini-2.0", 16.0), Map.entry("ling-lite-1.5", 16.8), Map.entry("stepfun-ai/Step-3.5-Flash-Int4", 196.0),
            Map.entry("minicpm-v4", 4.1), Map.entry("openbmb/MiniCPM-V-4", 4.1), Map.entry("granite4:micro", 3.0),
            Map.entry("ibm-granite/granite-4.0-micro", 3.0));

    @Test
    void eachSpellingIsReadWholeAsItsRelease() {
        List<String> wrong = new ArrayList<>();
        CATALOG.forEach((name, id) -> {
            for (Function<String, String> c : CONTEXTS) {
                String q = c.apply(name);
                List<Understood.Model> got = FACTS.understand(PARSER.parse(q)).understood().models();
                if (got.size() != 1 || got.get(0).generic() || !id.equals(got.get(0).id())) wrong.add(q + "  ->  " + describe(got));
            }
        });
        OUTSIDE.forEach((name, size) -> {
            for (Function<String, String> c : CONTEXTS) {
                String q = c.apply(name);
                List<Understood.Model> got = FACTS.understand(PARSER.parse(q)).understood().models();
                if (got.size() != 1 || !got.get(0).generic() || got.get(0).paramsB() != size) wrong.add(q + "  ->  " + describe(got));
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static List<String> describe(List<Understood.Model> got) {
        return got.stream().map(g -> g.asked() + "=" + (g.generic() ? "generic " + g.paramsB() : g.id())).toList();
    }
}
