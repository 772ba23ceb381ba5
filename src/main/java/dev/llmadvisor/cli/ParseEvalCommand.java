package dev.llmadvisor.cli;

import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.llm.FallbackParser;
import dev.llmadvisor.llm.LlmParser;
import dev.llmadvisor.llm.LlmParsers;
import dev.llmadvisor.llm.LlmSettings;
import dev.llmadvisor.parse.ParserAccuracy;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.parse.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Extraction accuracy of the parser(s) on a labelled set of phrasings. */
@Command(name = "parse-eval", mixinStandardHelpOptions = true,
        description = "Measure the parser on labelled phrasings (default eval/phrasings.yaml); --llm also measures the LLM parser")
final class ParseEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "labelled phrasings (YAML; default eval/phrasings.yaml)")
    Path file;

    @Option(names = "--llm", description = "also measure the LLM parser configured in --config (its 'enabled' flag is not needed)")
    boolean llm;

    @Option(names = "--config", paramLabel = "FILE", description = "LLM parser settings (default bot-config/llm.yaml)")
    Path config;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "knowledge folder (default: ./knowledge or the embedded one)")
    Path knowledgeDir;

    @Option(names = "--vocabulary", paramLabel = "FILE", description = "spot names from this vocabulary instead of the knowledge base's")
    Path vocabularyFile;

    @Option(names = "--misses", description = "list the phrasings each parser got wrong")
    boolean misses;

    @Override
    public Integer call() {
        Path yaml = file != null ? file : Path.of("eval/phrasings.yaml");
        if (!Files.isRegularFile(yaml)) throw new InputError("phrasings file not found: " + yaml);
        Knowledge k = Inputs.knowledge(knowledgeDir);
        Vocabulary v = vocabularyFile == null ? Assembly.vocabulary(k) : loadVocabulary(vocabularyFile);
        QuestionParser deterministic = new QuestionParser(v);

        ParserAccuracy.Report det = evaluate(yaml, deterministic);
        print("deterministic parser", det);
        if (!llm) return 0;

        LlmSettings s = LlmSettings.loadOrEmbedded(config != null ? config : Path.of(LlmSettings.DEFAULT_PATH));
        if (s.baseUrl() == null || s.model() == null) {
            throw new InputError((config != null ? config : LlmSettings.DEFAULT_PATH) + ": --llm needs base_url and model");
        }
        LlmSettings on = new LlmSettings(true, s.baseUrl(), s.model(), s.timeoutMs(), s.maxRetries(), s.apiKeyEnv(),
                s.temperature(), s.jsonSchema());
        Optional<FallbackParser> p = LlmParsers.build(on, System::getenv, k, deterministic::parse);
        if (p.isEmpty()) throw new InputError("environment variable " + s.apiKeyEnv() + " (api_key_env) is not set");
        try (FallbackParser parser = p.get()) {
            ParserAccuracy.Report report = ParserAccuracy.evaluate(yaml, parser);
            int failed = parser.fallbacks() + ((LlmParser) parser.primary()).failures();
            print("LLM parser (" + s.model() + " at " + s.baseUrl() + ")", report);
            System.out.printf(Locale.ROOT, "  LLM failures answered by the deterministic parser: %d of %d%n", failed, report.cases());
            System.out.printf(Locale.ROOT, "exact match: deterministic %.1f%%, LLM %.1f%%%n",
                    100 * det.exactRate(), 100 * report.exactRate());
        }
        return 0;
    }

    private static ParserAccuracy.Report evaluate(Path yaml, QuestionParser parser) {
        try {
            return ParserAccuracy.evaluate(yaml, parser);
        } catch (RuntimeException e) {
            throw new InputError("cannot read the phrasings in " + yaml + ": " + e.getMessage());
        }
    }

    private static Vocabulary loadVocabulary(Path f) {
        try {
            return Vocabulary.load(f);
        } catch (RuntimeException e) {
            throw new InputError("cannot read vocabulary " + f + ": " + e.getMessage());
        }
    }

    private void print(String title, ParserAccuracy.Report r) {
        String text = r.render();
        if (!misses) {
            int cut = text.indexOf("misses:\n");
            if (cut >= 0) text = text.substring(0, cut);
        }
        System.out.println(title + ": " + text.stripTrailing());
    }
}
