package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.eval.scenario.Evaluator.Result;
import dev.llmadvisor.eval.scenario.Evaluator.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as JUnit XML (one testsuite per scenario file, one testcase per scenario), the format CI
 * servers show. Known failures are skipped test cases with the reason; a bad scenario file is a testcase
 * with an error.
 */
public final class JUnitReport {
    private JUnitReport() { }

    public static String render(Report r) {
        Map<String, List<Result>> byFile = new LinkedHashMap<>();
        for (Result x : r.results()) byFile.computeIfAbsent(x.scenario().file(), k -> new ArrayList<>()).add(x);
        Map<String, List<ScenarioLoader.LoadError>> errs = new LinkedHashMap<>();
        for (ScenarioLoader.LoadError e : r.loadErrors()) {
            errs.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
            byFile.putIfAbsent(e.file(), new ArrayList<>());
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT, "<testsuites name=\"llm-advisor scenarios\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\">%n",
                r.results().size() + r.loadErrors().size(), r.count(Status.FAIL), r.loadErrors().size(), r.count(Status.KNOWN_FAILURE), r.totalMs() / 1000));
        for (Map.Entry<String, List<Result>> e : byFile.entrySet()) {
            List<Result> rs = e.getValue();
            List<ScenarioLoader.LoadError> fe = errs.getOrDefault(e.getKey(), List.of());
            long failures = rs.stream().filter(x -> x.status() == Status.FAIL).count();
            long skipped = rs.stream().filter(x -> x.status() == Status.KNOWN_FAILURE).count();
            double secs = rs.stream().mapToLong(Result::nanos).sum() / 1e9;
            sb.append(String.format(Locale.ROOT, "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\">%n",
                    esc(e.getKey()), rs.size() + fe.size(), failures, fe.size(), skipped, secs));
            for (ScenarioLoader.LoadError le : fe) {
                sb.append(String.format(Locale.ROOT, "    <testcase classname=\"%s\" name=\"%s\" time=\"0\">%n", esc(e.getKey()), esc("file:" + le.line())));
                sb.append("      <error type=\"ScenarioFileError\" message=\"").append(esc(le.toString())).append("\">")
                        .append(esc(le.toString())).append("</error>\n    </testcase>\n");
            }
            for (Result x : rs) {
                sb.append(String.format(Locale.ROOT, "    <testcase classname=\"%s\" name=\"%s\" time=\"%.4f\">", esc(e.getKey()), esc(x.scenario().id()), x.nanos() / 1e9));
                switch (x.status()) {
                    case FAIL -> {
                        String msg = String.join("; ", x.failures());
                        sb.append("\n      <failure type=\"ExpectationFailed\" message=\"").append(esc(msg)).append("\">")
                                .append(esc(x.scenario().asked() + "\n" + String.join("\n", x.failures()))).append("</failure>\n    ");
                    }
                    case KNOWN_FAILURE -> sb.append("\n      <skipped message=\"").append(esc("known failure: " + x.scenario().knownFailure()))
                            .append("\">").append(esc(String.join("\n", x.failures()))).append("</skipped>\n    ");
                    case FIXED -> sb.append("\n      <system-out>").append(esc("marked known_failure but passes now: " + x.scenario().knownFailure()))
                            .append("</system-out>\n    ");
                    default -> { }
                }
                sb.append("</testcase>\n");
            }
            sb.append("  </testsuite>\n");
        }
        sb.append("</testsuites>\n");
        return sb.toString();
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot hold are dropped. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') continue;
                    if (c == 0xFFFE || c == 0xFFFF) continue;
                    b.append(c);
                }
            }
        }
        return b.toString();
    }
}
