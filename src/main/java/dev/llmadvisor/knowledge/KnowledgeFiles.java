package dev.llmadvisor.knowledge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The knowledge base's files, each parsed once, by name relative to its folder ({@code gpus.yaml},
 * {@code models/llama.yaml}). Read from a folder of YAML files, or from the bundle the build writes of the shipped
 * folder ({@link #main}): one JSON document, which the program reads at start-up much faster than 50 YAML files
 * inside the jar.
 */
record KnowledgeFiles(String origin, Map<String, JsonNode> files) {

    static final String BUNDLE = "/knowledge-bundle.json";
    static final String BUNDLE_HASH = "/knowledge-bundle.sha256";
    private static final List<String> TOP_LEVEL = List.of("gpus.yaml", "formats.yaml", "generic.yaml", "finetunes.yaml", "name-changes.yaml");
    /** A JSON tree reader over jackson-core alone, for the bundle: see {@link #bundle}. */
    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Made on first use (the build step that writes the bundle): an ObjectMapper costs a cold start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Made on first use: reading the bundle needs no YAML parser, and making one costs a cold start. */
    private static final class Yaml {
        static final YAMLMapper MAPPER = new YAMLMapper();
    }

    /** Reads and parses every knowledge file of {@code dir}. */
    static KnowledgeFiles read(Path dir) {
        return parse(dir.toString(), texts(dir));
    }

    /** The text of every knowledge file of {@code dir}, by name. */
    static Map<String, String> texts(Path dir) {
        return texts(bytes(dir));
    }

    /** The files' bytes decoded as UTF-8; a file that is not UTF-8 is named. */
    static Map<String, String> texts(Map<String, byte[]> bytes) {
        Map<String, String> texts = new LinkedHashMap<>();
        bytes.forEach((name, b) -> {
            try {
                texts.put(name, StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b)).toString());
            } catch (CharacterCodingException e) {
                throw new InputError("cannot read " + name + ": " + e.getMessage(), e);
            }
        });
        return texts;
    }

    /** The bytes of every knowledge file of {@code dir}, by name; read once, for the content hash and the parse. */
    static Map<String, byte[]> bytes(Path dir) {
        return bytes(dir, paths(dir));
    }

    /** As {@link #bytes(Path)}, of the files {@link #paths} listed. */
    static Map<String, byte[]> bytes(Path dir, List<Path> paths) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (Path p : paths) {
            String name = name(dir, p);
            try {
                bytes.put(name, Files.readAllBytes(p));
            } catch (IOException e) {
                throw new InputError("cannot read " + name + ": " + e.getMessage(), e);
            }
        }
        return bytes;
    }

    /**
     * The content hash of {@code dir}'s knowledge files from their bytes, as {@link ContentHash#of} gives it for their
     * texts: without decoding some 700 KB of YAML (and encoding it again). Null when the folder cannot be read.
     */
    static String bytesHash(Path dir) {
        try {
            return ContentHash.ofBytes(bytes(dir));
        } catch (InputError e) {
            return null;
        }
    }

    /** The files' YAML texts parsed; {@code origin} names the folder in errors. */
    static KnowledgeFiles parse(String origin, Map<String, String> texts) {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        texts.forEach((name, text) -> files.put(name, yaml(name, text)));
        return new KnowledgeFiles(origin, files);
    }

    /** The knowledge files of {@code dir}: models/*.yaml in name order, then the top-level files that exist. */
    static List<Path> paths(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputError("knowledge folder " + dir + " does not exist");
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("models"))) {
            out.addAll(s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList());
        } catch (IOException e) {
            throw new InputError("knowledge folder " + dir + " has no readable models/ folder", e);
        }
        for (String name : TOP_LEVEL) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) out.add(p);
        }
        return out;
    }

    private static String name(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** The hash of the folder's knowledge files, or null when it cannot be read (loading it then says why). */
    static String contentHash(Path dir) {
        try {
            return ContentHash.of(texts(dir));
        } catch (InputError | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** The hash of the folder the build bundled, if the bundle is on the class path. */
    static String bundleHash() {
        try (InputStream in = KnowledgeFiles.class.getResourceAsStream(BUNDLE_HASH)) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Reads a bundle written by {@link #main}. The tree is built with jackson-core's streaming parser and the node
     * factory rather than an ObjectMapper: the same nodes ({@link #readTree}; KnowledgeFilesTest compares them), while
     * an ObjectMapper's first readTree loads and runs some 400 databind classes, about a fifth of a second of a
     * cold start's CPU.
     */
    static KnowledgeFiles bundle(InputStream in, String origin) throws IOException {
        JsonNode root;
        try (JsonParser p = JSON_FACTORY.createParser(in)) {
            root = readTree(p);
        }
        if (root == null || !root.isObject()) throw new IOException("the knowledge bundle is not a JSON object");
        Map<String, JsonNode> files = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            files.put(e.getKey(), e.getValue());
        }
        return new KnowledgeFiles(origin, files);
    }

    /**
     * The JSON value at the parser's next token as the nodes ObjectMapper's readTree makes with its default settings
     * (ints as IntNode, larger integers as LongNode or BigIntegerNode, other numbers as DoubleNode, a repeated key's
     * last value); null at the end of the input.
     */
    static JsonNode readTree(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        return t == null ? null : value(p, t);
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) a.add(value(p, e));
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL ? NODES.numberNode(p.getDecimalValue())
                        : NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IOException("unexpected " + t + " in the knowledge bundle");
        }
    }

    /** The parsed file, or an error naming the folder when it is missing. */
    JsonNode get(String name) {
        JsonNode n = files.get(name);
        if (n == null) throw new InputError("knowledge folder " + origin + " has no " + name);
        return n;
    }

    boolean has(String name) {
        return files.containsKey(name);
    }

    /** The model files (models/*.yaml), in name order. */
    List<String> modelFiles() {
        List<String> out = new ArrayList<>();
        for (String name : files.keySet()) if (name.startsWith("models/")) out.add(name);
        out.sort(null);
        return out;
    }

    private static JsonNode yaml(String name, String text) {
        try {
            JsonNode n = Yaml.MAPPER.readTree(text);
            if (n == null || !n.isObject()) throw new InputError(name + " must hold a YAML mapping");
            return n;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ": line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputError(name + " is not valid YAML" + where, e);
        }
    }

    /**
     * Build step (Maven's process-classes phase): checks that the shipped knowledge folder loads and writes it as one
     * JSON bundle. Arguments: the knowledge folder and the output file.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: KnowledgeFiles KNOWLEDGE_DIR OUT_FILE");
            System.exit(2);
        }
        KnowledgeFiles files = read(Path.of(args[0]));
        Knowledge.from(files); // fails the build when the shipped knowledge does not load
        ObjectNode root = Json.MAPPER.createObjectNode();
        files.files().forEach(root::set);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Json.MAPPER.writeValue(out.toFile(), root);
        Files.writeString(out.resolveSibling(BUNDLE_HASH.substring(1)), contentHash(Path.of(args[0])));
    }
}
