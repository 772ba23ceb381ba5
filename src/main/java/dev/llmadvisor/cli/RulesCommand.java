package dev.llmadvisor.cli;

import dev.llmadvisor.rules.RuleCompileException;
import dev.llmadvisor.rules.RuleError;
import dev.llmadvisor.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** Tools for rule authors. */
@Command(name = "rules", description = "Tools for rule authors.", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.Check.class})
final class RulesCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("Use: rules check [DIR]");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile a rules folder and list its rules, or its errors with file and line (exit 1).")
    static final class Check implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "rules folder (default: rules)")
        Path dir = Path.of("rules");

        @Override
        public Integer call() {
            try {
                RuleSet rs = RuleSet.compile(dir);
                for (Map.Entry<String, String> r : rs.rules().entrySet()) {
                    System.out.println("  " + r.getKey() + (r.getValue().isEmpty() ? "  (no @source)" : "  [" + r.getValue() + "]"));
                }
                System.out.println("OK: " + rs.rules().size() + " rules in " + dir);
                return 0;
            } catch (RuleCompileException e) {
                for (RuleError err : e.errors()) System.err.println(err);
                System.err.println(e.errors().size() + " error(s) in " + dir);
                return 1;
            } catch (IOException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            }
        }
    }
}
