package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.Optional;

/**
 * Models from outside the catalog: a Hub reference in a question ("Qwen/Qwen2.5-7B-Instruct", a Hugging Face or
 * ModelScope link) looked up where the program is online. The facts stay free of I/O: the lookup happens behind
 * this interface, and a failure comes back as a message to show next to the offline answer.
 */
@FunctionalInterface
public interface ModelLookup {

    /** Empty when the mention is not a Hub reference (then the catalog alone decides). */
    Optional<Result> lookup(String mention);

    /** No lookups: the catalog and generic stand-ins answer alone. */
    ModelLookup NONE = mention -> Optional.empty();

    /**
     * A found model (with the format the repository states, if any, and a note on where it came from), or a
     * failure with its message in English and Chinese.
     */
    record Result(ModelEntry model, WeightFormat format, String note, String error, String errorZh) {
        public static Result found(ModelEntry model, WeightFormat format, String note) {
            return new Result(model, format, note, null, null);
        }

        public static Result failed(String error, String errorZh) {
            return new Result(null, null, null, error, errorZh);
        }

        public boolean found() { return model != null; }
    }
}
