package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Sentence frames with a kind, filled with models ({m}) and cards ({g}) pairwise: the generated forms of the kind tests. */
final class KindFrames {

    private KindFrames() {}

    record Frame(String text, Intent kind) {
        @Override public String toString() { return kind + ": " + text; }
    }

    static Stream<Frame> filled(List<Frame> frames, List<String> models, List<String> cards) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            for (int i = 0; i < models.size(); i++) {
                out.add(new Frame(f.text().replace("{m}", models.get(i)).replace("{g}", cards.get(i)), f.kind()));
            }
        }
        return out.stream().distinct();
    }
}
