package dev.llmadvisor.cli;

import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.rules.RuleCompileException;
import dev.llmadvisor.rules.RuleSet;
import dev.llmadvisor.rules.RulesEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where the knowledge base and the rules come from: a folder given on the command line, else the
 * folder of that name in the working directory (so rule authors' edits apply without a rebuild), else
 * the copy embedded in the jar.
 */
final class Inputs {
    private Inputs() { }

    static Knowledge knowledge(Path dir) {
        Path d = dir != null ? dir : Path.of("knowledge");
        if (dir != null && !Files.isDirectory(d)) throw new InputError("knowledge folder not found: " + d);
        return Files.isDirectory(d) ? Knowledge.load(d) : Knowledge.embedded();
    }

    static RulesEngine rules(Path dir) {
        return rules(dir, RulesEngine.Limits.DEFAULT, List::of);
    }

    static RulesEngine rules(Path dir, RulesEngine.Limits limits, Supplier<List<RulesEngine.Probe>> probes) {
        Path d = dir != null ? dir : Path.of("rules");
        if (dir != null && !Files.isDirectory(d)) throw new InputError("rules folder not found: " + d);
        try {
            return Files.isDirectory(d) ? RulesEngine.watching(d, limits, probes) : RulesEngine.of(RuleSet.embedded(), limits);
        } catch (RuleCompileException e) {
            throw new InputError("the rules in " + d + " do not compile:\n" + e.getMessage());
        } catch (IOException e) {
            throw new InputError("cannot read the rules in " + d + ": " + e.getMessage());
        }
    }
}
