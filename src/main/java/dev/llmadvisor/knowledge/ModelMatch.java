package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.WeightFormat;

import java.util.Optional;

/**
 * A resolved model name, with the weight format when the name carried one (qwen3:14b-q8_0). When the name
 * was a fine-tune (Vicuna 13B v1.5), {@code model} is its base and {@code finetune} the fine-tune's name,
 * so a reply can say it was sized as its base.
 */
public record ModelMatch(ModelEntry model, Optional<WeightFormat> format, Optional<String> finetune) {

    public ModelMatch(ModelEntry model, Optional<WeightFormat> format) {
        this(model, format, Optional.empty());
    }
}
