package dev.llmadvisor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rule folders that compile but misbehave, shared by tests (the same texts hit the compile cache). */
public final class BadRules {
    private BadRules() { }

    public static final String LOOP = """
            package rules
            import dev.llmadvisor.facts.Candidate
            import dev.llmadvisor.facts.Finding
            rule "Touches its candidate"
                @source("test: a rule that modifies what it matches")
            when
                $c : Candidate( fits() )
            then
                update($c);
            end
            rule "Fits"
                @source("test")
            when
                $c : Candidate( fits() )
            then
                Finding.score(kcontext, $c, 1, "fits", "fits");
            end
            """;

    public static final String THROWS = """
            package rules
            import dev.llmadvisor.facts.Candidate
            rule "Divides by zero"
                @source("test: a rule whose consequence throws")
            when
                $c : Candidate( fits() )
            then
                int zero = $c.layers() - $c.layers();
                System.out.println(1 / zero);
            end
            """;

    /** A folder holding one rule file with {@code text}. */
    public static Path folder(Path parent, String name, String text) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.writeString(dir.resolve("rules.drl"), text);
        return dir;
    }
}
