package dev.llmadvisor.hub;

import dev.llmadvisor.knowledge.GgufModel;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.knowledge.ModelMatch;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.WeightFormat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What a Hub lookup gives: a model to size, or why there is none (in English and Chinese, never a stack trace). */
public sealed interface HubResult permits HubResult.Found, HubResult.Failed {

    HubRef ref();

    /** Where a found model's data came from this time. */
    enum Origin { NETWORK, DISK_CACHE, MEMORY_CACHE }

    /**
     * A model read from the Hub.
     *
     * @param model  an entry usable like a catalog entry: {@code arch} from config.json or the GGUF header, {@code paramsB}
     *               from the Hub's safetensors metadata when given (and not a packed quantized checkpoint), else counted
     *               from the architecture or the GGUF tensor table; {@code sources} holds the repository's URL
     * @param format the weight format the repository or file states (a GGUF file's type; GPTQ/AWQ/FP8/MXFP4 from
     *               quantization_config), empty for plain float checkpoints
     * @param gguf   the GGUF file's header and real tensor table, when one was read
     * @param url    the repository (or file) page on its hub
     * @param quants the GGUF quantizations the repository publishes (Q4_K_M, Q8_0, UD-Q4_K_XL...), empty if none
     * @param notes  what was chosen or assumed, e.g. which GGUF file of the repository
     */
    record Found(HubRef ref, ModelEntry model, Optional<WeightFormat> format, Optional<GgufModel> gguf, String url,
                 List<String> quants, Origin origin, List<String> notes) implements HubResult {

        public Found {
            quants = List.copyOf(quants);
            notes = List.copyOf(notes);
        }

        /** As the catalog would answer: the entry and the stated format. */
        public ModelMatch match() { return new ModelMatch(model, format); }

        /**
         * The model to size in {@code wanted} (null: the stated format, else Q4_K_M). A GGUF file is sized from its
         * real tensor table when it is the format asked for.
         */
        public ModelSpec spec(WeightFormat wanted) {
            if (gguf.isPresent() && (wanted == null || gguf.get().format().map(wanted::equals).orElse(false))) {
                GgufModel g = gguf.get();
                return ModelSpec.of(model.id(), g.arch(), g.format().orElse(null), g.tensors());
            }
            WeightFormat f = wanted != null ? wanted : format.orElse(WeightFormat.Q4_K_M);
            return ModelSpec.of(model.id(), model.arch(), f);
        }

        Found withOrigin(Origin o) { return o == origin ? this : new Found(ref, model, format, gguf, url, quants, o, notes); }
    }

    /**
     * No model: {@code message} and {@code messageZh} say why and what to do; {@code retryAfter} is the Hub's wait
     * for RATE_LIMITED.
     */
    record Failed(HubRef ref, Kind kind, String message, String messageZh, Optional<Duration> retryAfter) implements HubResult {

        /** The message in Chinese or English. */
        public String message(boolean chinese) { return chinese ? messageZh : message; }
    }

    enum Kind {
        /** Switched off (settings, LLM_ADVISOR_OFFLINE, HF_HUB_OFFLINE, --offline): nothing touched the network. */
        DISABLED,
        /** The Hub could not be reached, or answered with a server error. */
        OFFLINE,
        NOT_FOUND,
        /** 401/403: a gated or private repository without a token that has access. */
        GATED,
        /** 429. */
        RATE_LIMITED,
        TIMEOUT,
        /** config.json, the GGUF header or an API answer is unusable (or beyond the size bounds). */
        MALFORMED,
        /** The repository holds a model the sizing core cannot describe (or no config.json or GGUF file at all). */
        UNSUPPORTED_ARCH;

        /** Worth trying again later: the model may well exist. */
        public boolean isTransient() { return this == OFFLINE || this == RATE_LIMITED || this == TIMEOUT; }
    }
}
