package dev.llmadvisor.logs;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.facts.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every family of {@link EngineMessages}, one message at a time as the engine prints it (made-up figures): the log
 * reader recognises it, and the whole pipeline asked to diagnose a paste holding only that line names the family's cause
 * (where the message alone decides it).
 */
class EngineMessagesTest {

    static Assembly assembly;

    @BeforeAll
    static void assemble() {
        assembly = Assembly.of(Path.of("knowledge"), Path.of("rules"));
    }

    static List<EngineMessages.Message> messages() {
        return EngineMessages.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void givenOnlyTheEnginesMessage_thenTheFamilysCauseIsNamed(EngineMessages.Message m) {
        assertThat(m.text()).as("stable words in lower case").isEqualTo(m.text().toLowerCase(Locale.ROOT));
        assertThat(m.find(m.example().toLowerCase(Locale.ROOT))).as("the example holds the message").isGreaterThanOrEqualTo(0);
        assertThat(m.source()).as("the source names a repository or vendor").isNotBlank();

        LogFacts facts = LogReader.read(m.example());
        assertThat(LogReader.hasFinding(facts)).as("the log reader recognises: " + m.example()).isTrue();
        if (m.engine() != null) assertThat(facts.engine()).as("the engine that prints: " + m.example()).isEqualTo(m.engine());

        Question q = assembly.parser().parse(m.example()).withIntent(Intent.DIAGNOSE);
        String cause = assembly.advisor().answer("engine-message", q).cause();
        // a family whose cause the figures and the setup decide is only recognised (above)
        if (m.finding().cause != null) assertThat(cause).as("cause of: " + m.example()).isEqualTo(m.finding().cause);
    }
}
