package dev.llmadvisor.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
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
        Deferred err = new Deferred();
        err.setContext(ctx);
        err.setName("ERR");
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

    /** The console appender writing to stderr with the pattern of logback.xml. */
    static ConsoleAppender<ILoggingEvent> console(LoggerContext ctx) {
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
        return err;
    }

    /**
     * The console appender, made when the first event arrives. A one-shot command usually logs nothing, and logback's
     * pattern layout registers some 60 converter classes, each through a lambda, when it is first used: about 200
     * classes loaded at every start for nothing.
     */
    static final class Deferred extends UnsynchronizedAppenderBase<ILoggingEvent> {
        private volatile ConsoleAppender<ILoggingEvent> target;

        @Override
        protected void append(ILoggingEvent event) {
            ConsoleAppender<ILoggingEvent> t = target;
            if (t == null) {
                synchronized (this) {
                    t = target;
                    if (t == null) target = t = console((LoggerContext) getContext());
                }
            }
            t.doAppend(event);
        }

        @Override
        public void stop() {
            ConsoleAppender<ILoggingEvent> t = target;
            if (t != null) t.stop();
            super.stop();
        }
    }
}
