package dev.llmadvisor.eval;

import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ServingAccuracyTest {

    static final Knowledge K = Knowledge.load(Path.of("knowledge"));

    @Test
    void printsTheComparison() {
        ServingAccuracy.Result r = ServingAccuracy.evaluate(Path.of("eval/vllm-logs.yaml"), K);
        for (ServingAccuracy.Row x : r.rows()) {
            System.out.printf(Locale.ROOT, "%-40s %-9s %-12s %12.2f %12.2f %+8.2f%% fits %s/%s%n", x.id(), x.split(), x.measure(), x.published(), x.ours(),
                    x.errorPct(), x.publishedFits(), x.oursFits());
        }
        r.skipped().forEach(s -> System.out.println("skipped " + s));
        assertThat(r.skipped()).isEmpty();
    }
}
