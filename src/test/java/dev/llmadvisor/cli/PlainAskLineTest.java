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
 * {@code ask} followed by the question's words only is answered without picocli: the command gets exactly the words
 * picocli would give it, and any line with an option, an {@code @file}, {@code --} or no question still goes through
 * picocli. Answered both ways, the same questions give the same output and exit code.
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

    @Test
    void plainLinesGiveTheCommandTheWordsPicocliWould() {
        for (String q : QUESTIONS) {
            for (String[] line : lines(q)) {
                AskCommand plain = AskCommand.plainLine(line);
                assertThat(plain).as(String.join(" | ", line)).isNotNull();
                AskCommand parsed = new AskCommand();
                new CommandLine(parsed).parseArgs(Arrays.copyOfRange(line, 1, line.length));
                assertThat(plain.words).isEqualTo(parsed.words);
                assertThat(plain.json).isEqualTo(parsed.json).isFalse();
                assertThat(plain.why).isEqualTo(parsed.why).isFalse();
                assertThat(plain.sources.rulesDir).isEqualTo(parsed.sources.rulesDir).isNull();
                assertThat(plain.sources.knowledgeDir).isEqualTo(parsed.sources.knowledgeDir).isNull();
                assertThat(plain.sources.maxFirings).isEqualTo(parsed.sources.maxFirings);
                assertThat(plain.sources.ruleTimeoutMs).isEqualTo(parsed.sources.ruleTimeoutMs);
            }
        }
    }

    @Test
    void anyOtherLineIsLeftToPicocli() {
        List<String> tokens = List.of("--json", "--why", "-h", "--help", "-V", "--version", "--rules", "--knowledge=knowledge",
                "--max-firings", "--rule-timeout=5", "--", "-", "@args.txt", "");
        for (String q : QUESTIONS) {
            for (String t : tokens) {
                // the token first, last and in the middle of the words
                List<String> words = new ArrayList<>(Arrays.asList(q.split(" ")));
                for (int at : new int[] {0, words.size(), words.size() / 2}) {
                    List<String> line = new ArrayList<>(List.of("ask"));
                    line.addAll(words);
                    line.add(1 + at, t);
                    assertThat(AskCommand.plainLine(line.toArray(String[]::new))).as(line.toString()).isNull();
                }
            }
            assertThat(AskCommand.plainLine(new String[] {"estimate", q})).isNull();
            assertThat(AskCommand.plainLine(new String[] {"chat", q})).isNull();
            assertThat(AskCommand.plainLine(new String[] {"--rules", "rules", "ask", q})).isNull();
        }
        assertThat(AskCommand.plainLine(new String[] {"ask"})).isNull();
        assertThat(AskCommand.plainLine(new String[0])).isNull();
    }

    @Test
    void answeredWithoutPicocliAsWithIt() {
        for (String q : List.of("what can my 16GB card run?", "我的 RTX 4060 8G 能跑什么模型?",
                "can my RTX 9999 run llama 3 8b?", "can it run llama 3 70b?")) {
            String[] line = {"ask", q};
            assertThat(AskCommand.plainLine(line)).isNotNull();
            Run plain = capture(() -> Main.run(line));
            Run picocli = capture(() -> Main.run(CommandLine.defaultFactory(), line));
            assertThat(plain).as(q).isEqualTo(picocli);
            assertThat(plain.out()).as(q).isNotBlank();
            assertThat(plain.out() + plain.err()).doesNotContain("\tat ");
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
