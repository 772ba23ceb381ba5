package dev.llmadvisor.knowledge;

import java.util.List;

/**
 * A fine-tune or merge of a catalog model (knowledge/finetunes.yaml): it shares its base's architecture,
 * so it is sized as the base. {@code source} is the fine-tune's model card, which names the base.
 */
public record FineTune(String name, List<String> aliases, ModelEntry base, String source, String notes) {

    public FineTune {
        aliases = List.copyOf(aliases);
    }
}
