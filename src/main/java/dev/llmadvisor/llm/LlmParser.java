package dev.llmadvisor.llm;

import dev.llmadvisor.facts.Question;
import dev.llmadvisor.parse.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Parses a message with an LLM: the LLM extracts an {@link Extraction} (langchain4j structured output),
 * which is validated and merged over the deterministic parse by {@link ExtractionMapper}. Any failure of the
 * LLM (timeout, refused connection, HTTP error, refusal, malformed JSON, schema violation) gives the
 * deterministic parse, logged at WARN with the failure's kind but neither the message nor the API key.
 *
 * <p>Never throws. It does not bound its own time: wrap it in a {@link FallbackParser} for that.
 */
public final class LlmParser implements Parser {

    private static final Logger LOG = LoggerFactory.getLogger(LlmParser.class);

    private final Function<String, Extraction> extractor;
    private final Parser deterministic;
    private final ExtractionMapper mapper;
    private final Redactor redactor;
    private final AtomicInteger failures = new AtomicInteger();

    /**
     * @param extractor     the LLM call (an {@link ExtractionService} method in production)
     * @param deterministic the parser whose result is the fallback and the floor
     * @param redactor      removes the API key from anything logged
     */
    public LlmParser(Function<String, Extraction> extractor, Parser deterministic, ExtractionMapper mapper, Redactor redactor) {
        this.extractor = extractor;
        this.deterministic = deterministic;
        this.mapper = mapper;
        this.redactor = redactor == null ? Redactor.NONE : redactor;
    }

    /** How many messages got the deterministic parse because the LLM failed (for parse-eval). */
    public int failures() { return failures.get(); }

    @Override
    public Question parse(String message) {
        String text = message == null ? "" : message;
        Question det = deterministic.parse(text);
        Extraction e;
        try {
            e = extractor.apply(text);
        } catch (RuntimeException | LinkageError ex) {
            failures.incrementAndGet();
            LOG.warn("LLM parser unavailable, using the deterministic parse: {}", redactor.describe(ex));
            return det;
        }
        if (e == null) {
            failures.incrementAndGet();
            LOG.warn("LLM parser returned no extraction, using the deterministic parse");
            return det;
        }
        try {
            ExtractionMapper.Result r = mapper.merge(e, det, text);
            if (!r.rejected().isEmpty()) {
                LOG.info("LLM extraction fields rejected by validation (deterministic values kept): {}", r.rejected());
            }
            return r.question();
        } catch (RuntimeException ex) {
            failures.incrementAndGet();
            LOG.warn("LLM extraction could not be mapped, using the deterministic parse: {}", redactor.describe(ex));
            return det;
        }
    }
}
