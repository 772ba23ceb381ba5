package dev.llmadvisor.logs;

import dev.llmadvisor.facts.LogFacts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The log reader extracts, exactly, every figure a record of eval/diagnosis-logs.yaml quotes. */
class DiagnosisLogsFiguresTest {

    private static final Set<String> CAUSES = Set.of("model_too_large", "context_too_large", "vllm_kv_cache_too_small",
            "partial_offload", "gpu_not_used", "ram_bandwidth", "multi_gpu_split", "unquantized", "memory_used_elsewhere",
            "unsupported_hardware", "other");

    @Test
    void everyQuotedFigureIsReadExactly() throws Exception {
        DiagnosisRecords data = DiagnosisRecords.load();
        List<String> misses = new ArrayList<>();
        int figures = 0;
        for (DiagnosisRecords.Rec r : data.records()) {
            LogFacts f = LogReader.read(r.text());
            for (Map.Entry<String, Double> e : r.figures().entrySet()) {
                assertThat(DiagnosisRecords.FIGURES).as("figure name %s in %s", e.getKey(), r.id()).containsKey(e.getKey());
                double got = DiagnosisRecords.FIGURES.get(e.getKey()).applyAsDouble(f);
                figures++;
                if (Math.abs(got - e.getValue()) > 0.005) misses.add(r.id() + ": " + e.getKey() + " expected " + e.getValue() + ", read " + got);
            }
        }
        System.out.println("figures checked: " + figures);
        assertThat(misses).as("figures the reader got wrong").isEmpty();
    }

    @Test
    void recordsAreWellFormed() throws Exception {
        DiagnosisRecords data = DiagnosisRecords.load();
        Set<String> ids = new HashSet<>();
        assertThat(data.records()).hasSizeGreaterThanOrEqualTo(45);
        for (DiagnosisRecords.Rec r : data.records()) {
            assertThat(ids.add(r.id())).as("unique id %s", r.id()).isTrue();
            assertThat(r.source()).as("source of %s", r.id()).startsWith("https://github.com/");
            assertThat(CAUSES).as("cause of %s", r.id()).contains(r.cause());
            assertThat(r.text()).as("text of %s", r.id()).isNotBlank();
            assertThat(r.evidence()).as("evidence of %s", r.id()).isNotBlank();
        }
    }
}
