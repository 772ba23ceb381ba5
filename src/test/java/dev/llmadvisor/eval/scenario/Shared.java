package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.cli.Assembly;

import java.nio.file.Path;

/** One advisor on the project's rules for all tests (compiling rules takes seconds). */
final class Shared {
    private Shared() { }

    private static Assembly assembly;

    static synchronized Assembly assembly() {
        if (assembly == null) assembly = Assembly.of(Path.of("knowledge"), Path.of("rules"));
        return assembly;
    }

    static Evaluator.Subject subject() {
        Assembly a = assembly();
        return new Evaluator.Subject("rules", a.advisor(), a.rules().rules());
    }
}
