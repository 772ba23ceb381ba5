package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.facts.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given/then tests for single rules, in the style of Timefold's ConstraintVerifier: given these facts,
 * this rule fires (for this candidate) with this effect and these points — or does not fire.
 */
final class RuleVerifier {

    private static RulesEngine engine;

    static synchronized RulesEngine engine() {
        if (engine == null) {
            try {
                engine = RulesEngine.of(RuleSet.compile(Path.of("rules")));
            } catch (Exception e) {
                throw new IllegalStateException("the rules folder does not compile: " + e.getMessage(), e);
            }
        }
        return engine;
    }

    static Then given(Ask ask, Candidate... candidates) {
        Deliberation d = engine().decide(ask, List.of(candidates));
        return new Then(d);
    }

    static final class Then {
        final Deliberation d;

        Then(Deliberation d) { this.d = d; }

        RuleThen rule(String name) {
            assertThat(engine().rules().rules()).as("rule exists").containsKey(name);
            List<Finding> fs = new ArrayList<>();
            for (Finding f : d.findings()) if (f.rule().equals(name)) fs.add(f);
            return new RuleThen(name, fs, this);
        }
    }

    record RuleThen(String name, List<Finding> findings, Then then) {
        RuleThen firesFor(Candidate c) {
            assertThat(forCandidate(c)).as("rule '%s' fires for %s", name, c.key()).isNotEmpty();
            return this;
        }

        RuleThen doesNotFireFor(Candidate c) {
            assertThat(forCandidate(c)).as("rule '%s' does not fire for %s", name, c.key()).isEmpty();
            return this;
        }

        RuleThen firesOnQuestion() {
            assertThat(findings.stream().filter(f -> f.candidate() == null).toList()).as("rule '%s' notes the question", name).isNotEmpty();
            return this;
        }

        RuleThen doesNotFire() {
            assertThat(findings).as("rule '%s' does not fire", name).isEmpty();
            return this;
        }

        RuleThen withEffect(Candidate c, Effect e) {
            assertThat(forCandidate(c)).extracting(Finding::effect).as("effect of '%s'", name).contains(e);
            return this;
        }

        RuleThen withPoints(Candidate c, int points) {
            assertThat(forCandidate(c).stream().mapToInt(Finding::points).sum()).as("points of '%s'", name).isEqualTo(points);
            return this;
        }

        RuleThen saying(String fragment) {
            assertThat(findings).as("text of '%s'", name).anyMatch(f -> f.en().contains(fragment) || f.zh().contains(fragment));
            return this;
        }

        /** The finding for this candidate says {@code fragment} (in English or Chinese). */
        RuleThen sayingFor(Candidate c, String fragment) {
            assertThat(forCandidate(c)).as("text of '%s' for %s", name, c.key())
                    .anyMatch(f -> f.en().contains(fragment) || f.zh().contains(fragment));
            return this;
        }

        /** No {placeholder} is left unfilled in either language. */
        RuleThen placeholdersFilled() {
            assertThat(findings).as("rule '%s' fired", name).isNotEmpty();
            for (Finding f : findings) {
                assertThat(f.en()).as("English text of '%s'", name).doesNotContainPattern("\\{[a-z]+}");
                assertThat(f.zh()).as("Chinese text of '%s'", name).doesNotContainPattern("\\{[a-z]+}");
            }
            return this;
        }

        private List<Finding> forCandidate(Candidate c) {
            return findings.stream().filter(f -> c.key().equals(f.candidate())).toList();
        }
    }
}
