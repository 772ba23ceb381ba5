package dev.llmadvisor.eval.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.llmadvisor.eval.scenario.Evaluator.Result;
import dev.llmadvisor.eval.scenario.Evaluator.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report as JSON, for tools. */
public final class JsonReport {
    private JsonReport() { }

    public static String render(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rules", r.rulesOrigin());
        m.put("ok", r.ok());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenarios", r.results().size());
        for (Status s : Status.values()) summary.put(s.name().toLowerCase(Locale.ROOT), r.count(s));
        summary.put("file_errors", r.loadErrors().size());
        m.put("summary", summary);
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ScenarioLoader.LoadError e : r.loadErrors()) errors.add(Map.of("file", e.file(), "line", e.line(), "message", e.message()));
        m.put("file_errors", errors);
        Map<String, Object> files = new LinkedHashMap<>();
        r.perFile().forEach((f, c) -> files.put(f, Map.of("pass", c[0], "fail", c[1], "known_failure", c[2], "fixed", c[3])));
        m.put("files", files);
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (Result x : r.results()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", x.scenario().id());
            s.put("file", x.scenario().file());
            s.put("line", x.scenario().line());
            s.put("asked", x.scenario().asked());
            s.put("status", x.status().name().toLowerCase(Locale.ROOT));
            s.put("failures", x.failures());
            if (x.scenario().knownFailure() != null) s.put("known_failure", x.scenario().knownFailure());
            s.put("ms", Math.round(x.nanos() / 1e4) / 100.0);
            if (x.observed() != null) {
                s.put("verdict", x.observed().verdict());
                s.put("language", x.observed().language());
                List<String> shown = new ArrayList<>();
                for (Observed.Option o : x.observed().options()) shown.add(o.key() + " " + o.placement() + (o.recommended() ? "" : " (not recommended)"));
                s.put("shown", shown);
                s.put("fired", x.observed().fired().stream().sorted().toList());
            }
            scenarios.add(s);
        }
        m.put("scenarios", scenarios);
        Map<String, Object> cov = new LinkedHashMap<>();
        cov.put("rules", r.ruleSources().size());
        cov.put("never_fired", r.unfiredRules());
        cov.put("hits", r.ruleHits());
        m.put("coverage", cov);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("total_ms", Math.round(r.totalMs()));
        t.put("threads", r.threads());
        t.put("p50_ms", round(r.percentileMs(50)));
        t.put("p95_ms", round(r.percentileMs(95)));
        t.put("scenarios_per_second", round(r.scenariosPerSecond()));
        m.put("timing", t);
        if (r.comparison() != null) m.put("against", r.comparison());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double d) { return Math.round(d * 100) / 100.0; }
}
