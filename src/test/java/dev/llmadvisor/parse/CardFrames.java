package dev.llmadvisor.parse;

import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.knowledge.Knowledge;

import java.util.List;

/** What the card-frame tests share: a card as people write it, the next one of a list, and the cards read, by catalog name. */
final class CardFrames {

    private CardFrames() { }

    /** A card as people write it, with the catalog name it resolves to. */
    record Card(String written, String name) { }

    /** The card after {@code c} in {@code cards}, wrapping round: another card to frame beside it. */
    static Card other(List<Card> cards, Card c) {
        return cards.get((cards.indexOf(c) + 1) % cards.size());
    }

    /** The cards read, as "Nx catalog name", sorted. */
    static String names(Knowledge k, List<GpuMention> gpus) {
        return gpus.stream().map(g -> g.count() + "x " + k.gpus().find(g.text(), g.memoryGb()).map(m -> m.gpu().name()).orElse(g.text()))
                .sorted().toList().toString();
    }
}
