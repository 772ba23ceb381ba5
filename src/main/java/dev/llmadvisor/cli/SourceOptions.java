package dev.llmadvisor.cli;

import dev.llmadvisor.knowledge.Knowledge;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the knowledge base and the rules come from, shared by every command that needs them. */
final class SourceOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: ./rules or the embedded rules); edits apply live")
    Path rulesDir;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "knowledge folder (default: ./knowledge or the embedded one)")
    Path knowledgeDir;

    Assembly assemble() { return Assembly.of(knowledgeDir, rulesDir); }

    Knowledge knowledge() { return Inputs.knowledge(knowledgeDir); }
}
