package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.TensorTable;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.List;
import java.util.Optional;

/**
 * What a GGUF file says about its model: the architecture from the metadata, the tensors with their real
 * types, the declared weight format (general.file_type, absent in some files), the name, the file size, and
 * notes about simplifications made while reading (e.g. per-layer FFN sizes reduced to their maximum).
 */
public record GgufModel(String name, ModelArch arch, TensorTable tensors, Optional<WeightFormat> format,
                        long fileSize, List<String> notes) {

    public GgufModel {
        notes = List.copyOf(notes);
    }
}
