package dev.llmadvisor.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The settings files under {@code bot-config/} (Discord, Hub lookup, LLM parser), read the same way: a missing
 * or unreadable file, an unknown key or a malformed value is an {@link InputError} naming the file, the line
 * and what to fix.
 */
public final class SettingsFiles {

    private SettingsFiles() { }

    /** A settings text and where it came from (a path, or "embedded bot-config/x.yaml"). */
    public record Text(String yaml, String source) {
        /** Whether this is the copy shipped in the jar, read because no file was there. */
        public boolean embedded() { return source.startsWith("embedded "); }
    }

    /** The text of {@code path}; {@code what} names the file in messages ("Discord settings file"). */
    public static Text read(Path path, String what) {
        try {
            return new Text(Files.readString(path), path.toString());
        } catch (NoSuchFileException e) {
            throw new InputError(what + " not found: " + path);
        } catch (IOException e) {
            throw new InputError("Cannot read " + what + " " + path + ": " + e.getMessage());
        }
    }

    /**
     * {@code path} when it exists, else the copy of {@code defaultPath} shipped in the jar, else null (the
     * caller's defaults). A path other than the default that does not exist is an error, not a fallback.
     */
    public static Text readOrEmbedded(Path path, String defaultPath, String what) {
        if (path != null && Files.exists(path)) return read(path, what);
        if (path != null && !path.normalize().toString().replace('\\', '/').equals(defaultPath)) {
            throw new InputError(what + " not found: " + path);
        }
        try {
            String yaml = shipped(defaultPath);
            return yaml == null ? null : new Text(yaml, "embedded " + defaultPath);
        } catch (IOException e) {
            throw new InputError("Cannot read embedded " + defaultPath + ": " + e.getMessage());
        }
    }

    private static String shipped(String defaultPath) throws IOException {
        try (InputStream in = SettingsFiles.class.getClassLoader().getResourceAsStream(defaultPath)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text of the copy of {@code defaultPath} shipped in the jar, or null. */
    public static String embeddedText(String defaultPath) {
        try {
            return shipped(defaultPath);
        } catch (IOException e) {
            return null;
        }
    }

    /** The settings in {@code yaml}, or null when it is blank; an unknown key names its line and the known keys. */
    public static <T> T parse(ObjectMapper mapper, String yaml, String source, Class<T> type, List<String> known) {
        try {
            return yaml == null || yaml.isBlank() ? null : mapper.readValue(yaml, type);
        } catch (UnrecognizedPropertyException e) {
            throw new InputError(source + lineOf(yaml, e.getPropertyName(), e.getLocation()) + ": unknown setting '"
                    + e.getPropertyName() + "'; known settings: " + String.join(", ", known));
        } catch (JsonProcessingException e) {
            throw new InputError(source + where(e.getLocation()) + ": " + e.getOriginalMessage());
        }
    }

    /** The line the key is written on (the parser's own location is the token after it). */
    private static String lineOf(String yaml, String key, JsonLocation loc) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\s*" + Pattern.quote(key) + "\\s*:.*")) return " line " + (i + 1);
        }
        return where(loc);
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : " line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
