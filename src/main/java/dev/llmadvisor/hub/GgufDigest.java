package dev.llmadvisor.hub;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.llmadvisor.knowledge.GgufModel;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Tensor;
import dev.llmadvisor.sizing.TensorTable;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * What the disk cache keeps of a GGUF file: the parsed header (name, architecture, tensor table, format, size,
 * notes) as a few KB of JSON instead of the megabytes of header a real file has (its vocabulary), so a cache hit
 * costs a JSON parse, not a GGUF parse. {@link #SCHEMA} names the shapes of the records stored, so entries written
 * by a build whose sizing records differ are simply not found.
 */
final class GgufDigest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
            .build();

    static final String SCHEMA = "1:" + Integer.toHexString((shape(ModelArch.class) + shape(ModelArch.Moe.class)
            + shape(ModelArch.Mla.class) + shape(ModelArch.SlidingWindow.class) + shape(Tensor.class)).hashCode());

    private record Stored(String name, ModelArch arch, List<Tensor> tensors, String format, long fileSize, List<String> notes) { }

    private GgufDigest() { }

    static byte[] encode(GgufModel g) {
        try {
            return JSON.writeValueAsBytes(new Stored(g.name(), g.arch(), g.tensors().tensors(), g.format().map(Enum::name).orElse(null),
                    g.fileSize(), g.notes()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model, or null when the bytes are not a digest this build can read. */
    static GgufModel decode(byte[] bytes) {
        try {
            Stored s = JSON.readValue(bytes, Stored.class);
            if (s == null || s.arch() == null || s.tensors() == null || s.name() == null) return null;
            Optional<WeightFormat> f = s.format() == null ? Optional.empty() : Optional.of(WeightFormat.valueOf(s.format()));
            return new GgufModel(s.name(), s.arch(), new TensorTable(s.tensors()), f, s.fileSize(), s.notes() == null ? List.of() : s.notes());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String shape(Class<? extends Record> c) {
        StringBuilder b = new StringBuilder(c.getName());
        for (RecordComponent rc : c.getRecordComponents()) b.append(';').append(rc.getName()).append(':').append(rc.getGenericType().getTypeName());
        return b.toString();
    }
}
