package dev.llmadvisor.llm;

import dev.langchain4j.model.output.structured.Description;

import java.util.List;

/**
 * What the LLM is asked to extract from one message, and nothing else: no verdicts, no figures of its
 * own. Every field is optional (null when the message says nothing about it). The LLM's answer is
 * untrusted input: {@link ExtractionMapper} validates each field before it becomes part of a question.
 */
@Description("Facts extracted from a user's question about running local LLMs on their hardware")
public record Extraction(
        @Description("EN or ZH: the language the user writes in") String language,
        @Description("one of WHAT_CAN_RUN, CAN_RUN, MEMORY_NEEDED, WHICH_FORMAT, COMPARE, WHY, HELP, UNKNOWN") String intent,
        @Description("GPUs the user has or asks about, names as written") List<GpuExtraction> gpus,
        @Description("GPU memory in GB given without a card name, else null") Double vramGb,
        @Description("system RAM in GB, else null") Double ramGb,
        @Description("true only when the user says there is no GPU") Boolean cpuOnly,
        @Description("model names as written, e.g. qwen3 14b, llama 3.1 70b") List<String> models,
        @Description("weight format / quantization as written, e.g. Q4_K_M, Q8_0, fp16, awq") String quant,
        @Description("context length in tokens (32k = 32768), else null") Integer contextTokens,
        @Description("KV cache type, e.g. f16, q8_0, q4_0, else null") String kvCacheType,
        @Description("one of GENERAL, CODING, WRITING, LONG_CONTEXT, RAG, REASONING, MULTIMODAL, EDGE, else null") String useCase,
        @Description("finer topics from: python, php, wordpress, vba, solidworks, fiction, math, translation, chinese") List<String> topics,
        @Description("one of SPEED, BALANCED, QUALITY, else null") String preference) {

    /** One GPU: the name as written (without count), how many, and its memory in GB when given. */
    public record GpuExtraction(
            @Description("card name as written, e.g. RTX 3060, 4090, M3 Max") String name,
            @Description("how many of this card, 1 if not said") Integer count,
            @Description("memory of this card in GB when given with it, else null") Double memoryGb) { }
}
