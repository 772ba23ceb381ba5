package dev.llmadvisor.discord;

import java.util.List;

/** The names offered by slash-command autocomplete: GPU names and model names as the advisor knows them. */
public interface NameSource {
    List<String> gpuNames();

    List<String> modelNames();

    NameSource EMPTY = new NameSource() {
        @Override public List<String> gpuNames() { return List.of(); }
        @Override public List<String> modelNames() { return List.of(); }
    };
}
