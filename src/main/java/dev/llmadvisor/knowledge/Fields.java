package dev.llmadvisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Typed access to one YAML entry; every error names the file and the entry ({@code where}). */
record Fields(JsonNode n, String where) {

    InputError error(String message) {
        return new InputError(where + ": " + message);
    }

    String str(String key) {
        String s = optStr(key);
        if (s == null || s.isBlank()) throw error(key + " is missing");
        return s;
    }

    String optStr(String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) throw error(key + " must be text");
        return v.asText().trim();
    }

    boolean bool(String key, boolean dflt) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) return dflt;
        if (!v.isBoolean()) throw error(key + " must be true or false, got " + v);
        return v.booleanValue();
    }

    double positive(String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) throw error(key + " is missing");
        if (!v.isNumber() || v.doubleValue() <= 0) throw error(key + " must be a positive number, got " + v);
        return v.doubleValue();
    }

    Double optPositive(String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : positive(key);
    }

    Double optNumber(String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber()) throw error(key + " must be a number, got " + v);
        return v.doubleValue();
    }

    int positiveInt(String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) throw error(key + " is missing");
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() <= 0) throw error(key + " must be a positive whole number, got " + v);
        return v.intValue();
    }

    List<String> strings(String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw error(key + " must be a list");
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isValueNode() || e.asText().isBlank()) throw error(key + " holds an empty or non-text item");
            out.add(e.asText().trim());
        }
        return List.copyOf(out);
    }

    List<Integer> positiveInts(String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw error(key + " must be a list");
        List<Integer> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isIntegralNumber() || !e.canConvertToInt() || e.intValue() <= 0) throw error(key + " must list positive whole numbers, got " + e);
            out.add(e.intValue());
        }
        return List.copyOf(out);
    }
}
