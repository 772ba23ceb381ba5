package dev.llmadvisor.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** Builds the parser the settings ask for: the LLM parser with its fallback, or the deterministic one. */
public final class LlmParsers {

    private static final Logger LOG = LoggerFactory.getLogger(LlmParsers.class);

    /** Local servers need no key, but the OpenAI client insists on one; it is sent as is. */
    static final String NO_KEY = "no-key";

    private LlmParsers() { }

    /**
     * The parser to use: {@code deterministic} when the LLM parser is disabled, or when {@code api_key_env}
     * names a variable that is not set (logged at WARN with the variable's name); else the LLM parser,
     * falling back to {@code deterministic} within {@link LlmSettings#budget()}.
     *
     * @param env environment lookup (System::getenv in production; tests inject their own)
     */
    public static Parser choose(LlmSettings settings, UnaryOperator<String> env, Knowledge knowledge, Parser deterministic) {
        return build(settings, env, knowledge, deterministic).map(p -> (Parser) p).orElse(deterministic);
    }

    public static Optional<FallbackParser> build(LlmSettings settings, UnaryOperator<String> env, Knowledge knowledge,
                                                 Parser deterministic) {
        if (settings == null || !settings.enabled()) return Optional.empty();
        String key = NO_KEY;
        if (settings.apiKeyEnv() != null) {
            String v = env.apply(settings.apiKeyEnv());
            if (v == null || v.isBlank()) {
                LOG.warn("LLM parser enabled but environment variable {} (api_key_env) is not set; using the deterministic parser",
                        settings.apiKeyEnv());
                return Optional.empty();
            }
            key = v.strip();
        }
        ExtractionService service = AiServices.create(ExtractionService.class, chatModel(settings, key));
        LlmParser llm = new LlmParser(service::extract, deterministic, new ExtractionMapper(knowledge), new Redactor(key));
        return Optional.of(new FallbackParser(llm, deterministic, settings.budget()));
    }

    /** The langchain4j client for an OpenAI-compatible endpoint; request logging stays off (it would log messages). */
    static ChatModel chatModel(LlmSettings s, String apiKey) {
        OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
                .baseUrl(s.baseUrl())
                .apiKey(apiKey)
                .modelName(s.model())
                .temperature(s.temperature())
                .timeout(s.timeout())
                .maxRetries(s.maxRetries())
                .logRequests(false)
                .logResponses(false);
        if (s.jsonSchema()) {
            b.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).strictJsonSchema(false);
        }
        return b.build();
    }
}
