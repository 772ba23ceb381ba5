package dev.llmadvisor.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A stretch of the scanned text [start, end) and what it was read as. */
record Span(int start, int end, String value) {

    /** Leftmost first, longest at equal starts, dropping overlaps: "rtx 4090" beats "4090" inside it. */
    static List<Span> longestNonOverlapping(List<Span> candidates) {
        List<Span> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> kept = new ArrayList<>();
        int end = -1;
        for (Span s : sorted) {
            if (s.start >= end) {
                kept.add(s);
                end = s.end;
            }
        }
        return kept;
    }
}
