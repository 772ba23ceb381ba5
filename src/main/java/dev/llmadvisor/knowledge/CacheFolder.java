package dev.llmadvisor.knowledge;

import java.nio.file.Path;

/**
 * The program's cache folder: {@code -Dllmadvisor.cache=DIR}, else {@code $LLM_ADVISOR_CACHE}, else
 * {@code $XDG_CACHE_HOME/llm-advisor}, else {@code ~/.cache/llm-advisor}; {@code off} turns caching off. Kept free
 * of logging and other start-up cost: the launcher asks for it before anything else is loaded.
 */
public final class CacheFolder {

    /** The system property naming the cache folder. */
    public static final String PROPERTY = "llmadvisor.cache";

    private CacheFolder() { }

    /** The sub-folder {@code name} of the cache folder, or null when caching is off. */
    public static Path of(String name) {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) dir = System.getenv("LLM_ADVISOR_CACHE");
        if (dir != null && dir.equalsIgnoreCase("off")) return null;
        Path base;
        if (dir != null && !dir.isBlank()) {
            base = Path.of(dir);
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            base = xdg != null && !xdg.isBlank() ? Path.of(xdg, "llm-advisor") : Path.of(System.getProperty("user.home"), ".cache", "llm-advisor");
        }
        return base.resolve(name);
    }
}
