package dev.llmadvisor.sizing.engine;

import java.util.Objects;

/** A text in English and Chinese: the sizers explain their refusals and cautions to people asking in English or Chinese. */
public record Remark(String en, String zh) {

    public Remark {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /** The Chinese text when {@code zh}, else the English one. */
    public String in(boolean zh) { return zh ? this.zh : en; }
}
