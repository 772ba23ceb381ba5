package dev.llmadvisor.cli;

import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.rules.RulesEngine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** Where the knowledge base and the rules come from, shared by every command that needs them. */
final class SourceOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: ./rules or the embedded rules); edits apply live")
    Path rulesDir;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "knowledge folder (default: ./knowledge or the embedded one)")
    Path knowledgeDir;

    @Option(names = "--max-firings", paramLabel = "N", description = "rule firings allowed per question (default 0: 2000 + 20 per candidate)")
    int maxFirings = RulesEngine.Limits.DEFAULT.maxFirings();

    @Option(names = "--rule-timeout", paramLabel = "MS", description = "rule evaluation time allowed per question in ms (default ${DEFAULT-VALUE})")
    long ruleTimeoutMs = RulesEngine.Limits.DEFAULT.timeout().toMillis();

    RulesEngine.Limits limits() {
        if (maxFirings < 0 || maxFirings > 100_000_000) throw new InputError("--max-firings must be between 0 (automatic) and 100000000, got " + maxFirings);
        if (ruleTimeoutMs < 1 || ruleTimeoutMs > 600_000) throw new InputError("--rule-timeout must be between 1 and 600000 ms, got " + ruleTimeoutMs);
        return new RulesEngine.Limits(maxFirings, Duration.ofMillis(ruleTimeoutMs));
    }

    Assembly assemble() { return Assembly.of(knowledgeDir, rulesDir, limits()); }

    Knowledge knowledge() { return Inputs.knowledge(knowledgeDir); }
}
