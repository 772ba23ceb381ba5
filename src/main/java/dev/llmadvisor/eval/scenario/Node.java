package dev.llmadvisor.eval.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML/JSON value that remembers the line it was written on, so a scenario file's mistakes can be
 * reported as "file:line". Jackson's tree model drops locations; this small reader keeps them.
 */
final class Node {
    enum Kind { MAP, LIST, SCALAR }

    final Kind kind;
    final int line;
    final Map<String, Node> map;
    final Map<String, Integer> keyLines;
    final List<Node> list;
    final Object scalar;

    private Node(Kind kind, int line, Map<String, Node> map, Map<String, Integer> keyLines, List<Node> list, Object scalar) {
        this.kind = kind;
        this.line = line;
        this.map = map;
        this.keyLines = keyLines;
        this.list = list;
        this.scalar = scalar;
    }

    /** Reads one document; null for an empty one. */
    static Node read(JsonFactory factory, Reader in) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) return null;
            return read(p);
        }
    }

    private static Node read(JsonParser p) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> m = new LinkedHashMap<>();
                Map<String, Integer> lines = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    if (m.containsKey(key)) throw new ScenarioError(keyLine, "duplicate key '" + key + "'");
                    p.nextToken();
                    m.put(key, read(p));
                    lines.put(key, keyLine);
                }
                return new Node(Kind.MAP, line, m, lines, null, null);
            }
            case START_ARRAY -> {
                List<Node> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) l.add(read(p));
                return new Node(Kind.LIST, line, null, null, l, null);
            }
            case VALUE_STRING -> { return new Node(Kind.SCALAR, line, null, null, null, p.getText()); }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> { return new Node(Kind.SCALAR, line, null, null, null, p.getNumberValue()); }
            case VALUE_TRUE -> { return new Node(Kind.SCALAR, line, null, null, null, Boolean.TRUE); }
            case VALUE_FALSE -> { return new Node(Kind.SCALAR, line, null, null, null, Boolean.FALSE); }
            case VALUE_NULL -> { return new Node(Kind.SCALAR, line, null, null, null, null); }
            default -> throw new ScenarioError(line, "unexpected " + t);
        }
    }

    boolean isMap() { return kind == Kind.MAP; }

    boolean isList() { return kind == Kind.LIST; }

    /** A bad value in a scenario file, with the line it is on. */
    static final class ScenarioError extends RuntimeException {
        final int line;

        ScenarioError(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
