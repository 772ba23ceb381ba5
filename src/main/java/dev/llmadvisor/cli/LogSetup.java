package dev.llmadvisor.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging set up in code (found by logback through META-INF/services): the same settings as logback.xml, without
 * parsing XML at every start, which cost about 0.4 s of CPU. {@code -Dlogback.configurationFile=...} still wins.
 *
 * <p>Logs go to stderr so stdout stays clean for answers and JSON; libraries only warn; the advisor's own level is
 * {@code $LLM_ADVISOR_LOG} (default WARN).
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        if (System.getProperty("logback.configurationFile") != null) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        PatternLayoutEncoder enc = new PatternLayoutEncoder();
        enc.setContext(ctx);
        enc.setPattern("%d{HH:mm:ss} %-5level %logger{20} - %msg%n");
        enc.start();
        ConsoleAppender<ILoggingEvent> err = new ConsoleAppender<>();
        err.setContext(ctx);
        err.setName("ERR");
        err.setTarget("System.err");
        err.setEncoder(enc);
        err.start();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(err);
        String own = System.getenv("LLM_ADVISOR_LOG");
        ctx.getLogger("dev.llmadvisor").setLevel(Level.toLevel(own == null ? "WARN" : own, Level.WARN));
        // Drools advises on property reactivity for rules that join the question and a candidate; expected here.
        ctx.getLogger("org.drools.mvel.MVELConstraint").setLevel(Level.ERROR);
        // Rule compile errors are reported, with file and line, by the advisor itself.
        ctx.getLogger("org.drools.compiler.kie.builder.impl").setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
