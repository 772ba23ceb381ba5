package dev.llmadvisor.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Captures everything logged at DEBUG and above by the given loggers while open (tests check no secret leaks). */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root;
    private final List<Logger> raised = new ArrayList<>();
    private final List<Level> before = new ArrayList<>();

    private LogCapture(List<String> loggers) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        setContext(ctx);
        root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (String name : loggers) {
            Logger l = ctx.getLogger(name);
            raised.add(l);
            before.add(l.getLevel());
            l.setLevel(Level.DEBUG);
        }
        start();
        root.addAppender(this);
    }

    /** Captures the advisor's own loggers and those of the named libraries ("net.dv8tion", "dev.langchain4j"). */
    public static LogCapture open(String... libraries) {
        List<String> loggers = new ArrayList<>(List.of("dev.llmadvisor"));
        loggers.addAll(List.of(libraries));
        return new LogCapture(loggers);
    }

    @Override
    protected void append(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
        if (e.getThrowableProxy() != null) sb.append('\n').append(ThrowableProxyUtil.asString(e.getThrowableProxy()));
        lines.add(sb.toString());
    }

    public List<String> lines() {
        return new ArrayList<>(lines);
    }

    public List<String> warnings() {
        return lines.stream().filter(l -> l.startsWith("WARN")).toList();
    }

    public String all() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
        for (int i = 0; i < raised.size(); i++) raised.get(i).setLevel(before.get(i));
    }
}
