package dev.llmadvisor.logs;

import dev.llmadvisor.facts.LogFacts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PyTorch's out-of-memory message in both of its formats (before 2.1: "(GPU 0; X GiB total capacity; Y GiB already
 * allocated; Z free; …)", since: "GPU 0 has a total capacity of X GiB of which Z is free. … this process has …"), with
 * generated figures, wrapped the two ways pastes wrap it: at spaces to a width (a terminal, a quoted reply) and cut
 * every N characters (a hard wrap inside words). The figures read from every wrapping are those of the unwrapped line.
 */
class TorchOomWrapFormsTest {

    private static final double[][] FIGURES = {{23.69, 23.33, 66.94, 172.0}, {10.75, 10.17, 47.94, 68.0}, {79.15, 77.9, 512.5, 2048.0},
            {15.77, 14.2, 1.25, 20.0}, {47.54, 45.1, 880.0, 1024.0}};

    private static List<String> messages() {
        List<String> out = new ArrayList<>();
        for (double[] f : FIGURES) {
            out.add(String.format(Locale.ROOT, "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate %.2f MiB (GPU 0; %.2f GiB total capacity;"
                    + " %.2f GiB already allocated; %.2f MiB free; %.2f GiB reserved in total by PyTorch) If reserved memory is >> allocated memory try"
                    + " setting max_split_size_mb to avoid fragmentation.", f[3], f[0], f[1], f[2], f[1]));
            out.add(String.format(Locale.ROOT, "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate %.2f MiB. GPU 0 has a total capacity of %.2f GiB"
                    + " of which %.2f MiB is free. Including non-PyTorch memory, this process has %.2f GiB memory in use. Of the allocated memory"
                    + " %.2f GiB is allocated by PyTorch.", f[3], f[0], f[2], f[1], f[1] - 0.5));
        }
        return out;
    }

    /** Greedy wrapping at spaces to a width. */
    private static String wrapAtSpaces(String s, int width) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String w : s.split(" ")) {
            if (col > 0 && col + 1 + w.length() > width) { out.append('\n'); col = 0; }
            else if (col > 0) { out.append(' '); col++; }
            out.append(w);
            col += w.length();
        }
        return out.toString();
    }

    /** A hard cut every width characters, inside words. */
    private static String cutEvery(String s, int width) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i += width) {
            if (i > 0) out.append('\n');
            out.append(s, i, Math.min(s.length(), i + width));
        }
        return out.toString();
    }

    private static void sameFigures(LogFacts wrapped, LogFacts whole, String text) {
        assertThat(wrapped.totalGib()).as("total capacity of:\n" + text).isEqualTo(whole.totalGib());
        assertThat(wrapped.freeMib()).as("free of:\n" + text).isEqualTo(whole.freeMib());
        assertThat(wrapped.triedMib()).as("tried of:\n" + text).isEqualTo(whole.triedMib());
        assertThat(wrapped.allocatedGib()).as("allocated of:\n" + text).isEqualTo(whole.allocatedGib());
    }

    @Test
    void aMessageWrappedAtSpacesGivesTheFiguresOfTheWholeLine() {
        for (String m : messages()) {
            LogFacts whole = LogReader.read(m);
            assertThat(whole.totalGib()).as(m).isPositive();
            for (int width = 50; width <= 160; width += 7) {
                String wrapped = wrapAtSpaces(m, width);
                sameFigures(LogReader.read(wrapped), whole, wrapped);
            }
        }
    }

    @Test
    void aMessageCutInsideWordsGivesTheFiguresOfTheWholeLine() {
        for (String m : messages()) {
            LogFacts whole = LogReader.read(m);
            for (int width = 60; width <= 160; width += 11) {
                String cut = cutEvery(m, width);
                LogFacts read = LogReader.read(cut);
                // a cut through "Tried to allocate" itself is not joined back from the line before; the capacity is
                assertThat(read.totalGib()).as(cut).isEqualTo(whole.totalGib());
                assertThat(read.freeMib()).as(cut).isEqualTo(whole.freeMib());
            }
        }
    }

    @Test
    void aWholeLineIsReadOnceAndOtherProcessesAreNotCountedTwice() {
        String m = "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 3.50 GiB. GPU 0 has a total capacity of 23.64 GiB of which\n"
                + "1.42 GiB is free. Process 2722 has 22.22 GiB memory in use. Of the allocated memory 20.1 GiB is allocated by PyTorch.";
        LogFacts f = LogReader.read(m);
        assertThat(f.totalGib()).isEqualTo(23.64);
        assertThat(f.otherProcessGib()).isEqualTo(LogReader.read(m.replace("\n", " ")).otherProcessGib());
    }
}
