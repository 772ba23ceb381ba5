package dev.llmadvisor.bench;

import dev.llmadvisor.eval.real.RealQuestion;
import dev.llmadvisor.eval.real.RealQuestionLoader;
import dev.llmadvisor.parse.FuzzText;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.parse.Vocabulary;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The question parser's cost, in CPU time of the parsing thread (most of the test suite's time is parsing): the real-question
 * corpus's texts, and the fuzz test's 5,000 seeded random texts. Each round prints both; the first rounds include the JIT's
 * warm-up. Run as the tests do (C1 only) or as the jar does (full JIT):
 *
 * <pre>mvn -q -o test-compile && java -XX:TieredStopAtLevel=1 -cp target/test-classes:target/llm-advisor.jar dev.llmadvisor.bench.ParseCpu 3</pre>
 */
public final class ParseCpu {
    private ParseCpu() { }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        QuestionParser parser;
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/parse/vocabulary.yaml"))) {
            parser = new QuestionParser(Vocabulary.load(in));
        }
        List<String> corpus = RealQuestionLoader.load(Path.of("eval/real-questions")).stream().map(RealQuestion::text).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 1; r <= rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            for (String t : corpus) parser.parse(t);
            long c1 = threads.getCurrentThreadCpuTime();
            Random random = new Random(20240611);
            for (int i = 0; i < 5000; i++) parser.parse(FuzzText.next(random, i));
            long c2 = threads.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d: corpus %d texts %.2f ms CPU each (%.1f s); fuzz 5,000 texts %.1f s CPU%n", r,
                    corpus.size(), (c1 - c0) / 1e6 / corpus.size(), (c1 - c0) / 1e9, (c2 - c1) / 1e9);
        }
    }
}
