package dev.llmadvisor.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ask} followed by the question's words and the options --json, --why, --rules DIR, --knowledge DIR is answered
 * without picocli: the command gets exactly what picocli would give it, and any line with another option, an
 * {@code @file}, {@code --}, a repeated option or no question still goes through picocli. Answered both ways, the same
 * questions give the same output and exit code.
 */
class PlainAskLineTest {

    private static final List<String> QUESTIONS = List.of(
            "what can my 16GB card run?", "can two 3090s run llama 3.1 70b at 32k context?",
            "我的 RTX 4060 8G 能跑什么模型?", "4090 能跑 qwen2.5 32b 吗", "will mixtral 8x7b fit on a 12gb 3060 with 32gb ram",
            "which model for coding on an M2 Max 64GB?", "hi", "??", "a=b c:d 'quoted' \"double\" 100%");

    /** Each question as one argument, as words, and as words with an empty-looking tail. */
    private static List<String[]> lines(String q) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"ask", q});
        List<String> words = new ArrayList<>(List.of("ask"));
        words.addAll(Arrays.asList(q.split(" ")));
        out.add(words.toArray(String[]::new));
        return out;
    }

    /** The options the plain line reads, each as the words it takes. */
    private static final List<List<String>> READ = List.of(List.of("--json"), List.of("--why"), List.of("--rules", "my-rules"),
            List.of("--knowledge", "k"), List.of("--rules", "rules", "--json"), List.of("--why", "--knowledge", "/tmp/k", "--json"));

    /** {@code insert} put among {@code q}'s words at {@code at}. */
    private static String[] line(String q, List<String> insert, int at) {
        List<String> words = new ArrayList<>(Arrays.asList(q.split(" ")));
        words.addAll(Math.min(at, words.size()), insert);
        words.add(0, "ask");
        return words.toArray(String[]::new);
    }

    private static void assertAsPicocli(String[] line) {
        AskCommand plain = AskCommand.plainLine(line);
        assertThat(plain).as(String.join(" | ", line)).isNotNull();
        AskCommand parsed = new AskCommand();
        new CommandLine(parsed).parseArgs(Arrays.copyOfRange(line, 1, line.length));
        assertThat(plain.words).as(String.join(" | ", line)).isEqualTo(parsed.words);
        assertThat(plain.json).isEqualTo(parsed.json);
        assertThat(plain.why).isEqualTo(parsed.why);
        assertThat(plain.sources.rulesDir).isEqualTo(parsed.sources.rulesDir);
        assertThat(plain.sources.knowledgeDir).isEqualTo(parsed.sources.knowledgeDir);
        assertThat(plain.sources.maxFirings).isEqualTo(parsed.sources.maxFirings);
        assertThat(plain.sources.ruleTimeoutMs).isEqualTo(parsed.sources.ruleTimeoutMs);
    }

    @Test
    void plainLinesGiveTheCommandWhatPicocliWould() {
        for (String q : QUESTIONS) {
            for (String[] line : lines(q)) assertAsPicocli(line);
            int words = q.split(" ").length;
            for (List<String> options : READ) {
                for (int at : new int[] {0, words, words / 2}) assertAsPicocli(line(q, options, at));
            }
        }
    }

    @Test
    void anyOtherLineIsLeftToPicocli() {
        List<List<String>> tokens = List.of(List.of("-h"), List.of("--help"), List.of("-V"), List.of("--version"),
                List.of("--knowledge=knowledge"), List.of("--rules=rules"), List.of("--max-firings", "5"), List.of("--rule-timeout=5"),
                List.of("--"), List.of("-"), List.of("@args.txt"), List.of(""), List.of("--json", "--json"), List.of("--why", "--why"),
                List.of("--rules", "a", "--rules", "b"), List.of("--rules", "--json"), List.of("--knowledge", "-x"),
                List.of("--rules", "@f"), List.of("--rules", ""));
        for (String q : QUESTIONS) {
            int words = q.split(" ").length;
            for (List<String> t : tokens) {
                // the tokens first, last and in the middle of the words
                for (int at : new int[] {0, words, words / 2}) {
                    String[] line = line(q, t, at);
                    assertThat(AskCommand.plainLine(line)).as(String.join(" | ", line)).isNull();
                }
            }
            // an option that takes a folder, last with none
            assertThat(AskCommand.plainLine(line(q, List.of("--rules"), words))).isNull();
            assertThat(AskCommand.plainLine(line(q, List.of("--knowledge"), words))).isNull();
            assertThat(AskCommand.plainLine(new String[] {"estimate", q})).isNull();
            assertThat(AskCommand.plainLine(new String[] {"chat", q})).isNull();
            assertThat(AskCommand.plainLine(new String[] {"--rules", "rules", "ask", q})).isNull();
        }
        assertThat(AskCommand.plainLine(new String[] {"ask"})).isNull();
        assertThat(AskCommand.plainLine(new String[] {"ask", "--json"})).isNull();
        assertThat(AskCommand.plainLine(new String[] {"ask", "--rules", "rules"})).isNull();
        assertThat(AskCommand.plainLine(new String[0])).isNull();
    }

    @Test
    void answeredWithoutPicocliAsWithIt() {
        for (String q : List.of("what can my 16GB card run?", "我的 RTX 4060 8G 能跑什么模型?",
                "can my RTX 9999 run llama 3 8b?", "can it run llama 3 70b?")) {
            for (String[] line : List.of(new String[] {"ask", q}, new String[] {"ask", "--json", q, "--rules", "rules"},
                    new String[] {"ask", "--why", "--knowledge", "knowledge", q})) {
                assertThat(AskCommand.plainLine(line)).isNotNull();
                Run plain = capture(() -> Main.run(line));
                Run picocli = capture(() -> Main.run(CommandLine.defaultFactory(), line));
                assertThat(plain).as(String.join(" | ", line)).isEqualTo(picocli);
                assertThat(plain.out()).as(q).isNotBlank();
                assertThat(plain.out() + plain.err()).doesNotContain("\tat ");
            }
        }
    }

    private record Run(int code, String out, String err) { }

    private interface Command {
        int run();
    }

    private static Run capture(Command c) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = c.run();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
