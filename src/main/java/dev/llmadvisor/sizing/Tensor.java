package dev.llmadvisor.sizing;

/**
 * One weight tensor: llama.cpp name, class, layer (-1 outside the blocks), shape with ne0 (the row
 * length) first, and its storage type.
 */
public record Tensor(String name, TensorClass cls, int layer, long[] shape, GgmlType type) {

    public long elements() {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    public long rowLength() { return shape[0]; }

    public long bytes() {
        long rows = elements() / shape[0];
        long row = type.rowBytes(shape[0]);
        if (row < 0) throw new IllegalStateException(name + ": row of " + shape[0] + " is not a whole number of " + type + " blocks");
        return rows * row;
    }

    public Tensor withType(GgmlType t) { return new Tensor(name, cls, layer, shape, t); }

    public boolean isVector() { return shape.length == 1 || elements() == shape[0]; }
}
