package dev.llmadvisor.llm;

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

/** Captures everything logged (DEBUG and above for the advisor and langchain4j) while open. */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root;
    private final List<Logger> raised = new ArrayList<>();
    private final List<Level> before = new ArrayList<>();

    private LogCapture() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        setContext(ctx);
        root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (String name : List.of("dev.llmadvisor", "dev.langchain4j")) {
            Logger l = ctx.getLogger(name);
            raised.add(l);
            before.add(l.getLevel());
            l.setLevel(Level.DEBUG);
        }
        start();
        root.addAppender(this);
    }

    static LogCapture open() {
        return new LogCapture();
    }

    @Override
    protected void append(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
        if (e.getThrowableProxy() != null) sb.append('\n').append(ThrowableProxyUtil.asString(e.getThrowableProxy()));
        lines.add(sb.toString());
    }

    List<String> lines() {
        return new ArrayList<>(lines);
    }

    List<String> warnings() {
        return lines.stream().filter(l -> l.startsWith("WARN")).toList();
    }

    String all() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
        for (int i = 0; i < raised.size(); i++) raised.get(i).setLevel(before.get(i));
    }
}
