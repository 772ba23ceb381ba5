package dev.llmadvisor.chart;

import dev.llmadvisor.eval.scenario.Evaluator;
import dev.llmadvisor.eval.scenario.Expect;
import dev.llmadvisor.eval.scenario.HtmlReport;
import dev.llmadvisor.eval.scenario.Observed;
import dev.llmadvisor.eval.scenario.Report;
import dev.llmadvisor.eval.scenario.Scenario;
import dev.llmadvisor.facts.Candidate;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot's charts in the HTML evaluation report: inline PNGs with alt text, failures first, nothing fetched. */
class ReportChartsTest {

    @Test
    void theHtmlReportCarriesTheAnswerCharts() {
        List<Candidate> opts = ChartsTest.shown("what can my 12GB card run?");
        assertThat(opts).hasSizeGreaterThan(1);
        Observed o = new Observed("yes", "en", List.of(), 0, Set.of(), "text", opts);
        Expect x = new Expect("yes", null, null, null, null, null, null, null, null, null, null, null, null);
        Scenario pass = new Scenario("p1", "s/a.yaml", 1, "what can my 12GB card run?", null, null, x, null);
        Scenario fail = new Scenario("f1", "s/a.yaml", 2, "a <failing> one", null, null, x, null);
        Report r = new Report("rules", List.of(
                new Evaluator.Result(pass, Evaluator.Status.PASS, List.of(), o, 1_000_000),
                new Evaluator.Result(fail, Evaluator.Status.FAIL, List.of("verdict"), o, 1_000_000)),
                List.of(), Map.of(), 2_000_000, 1, null);
        String html = HtmlReport.render(r);
        assertThat(html).contains("<h2>Answers as the bot draws them</h2>");
        int failAt = html.indexOf("FAIL f1: a &lt;failing&gt; one");
        int passAt = html.indexOf("PASS p1:");
        assertThat(failAt).isPositive().isLessThan(passAt);
        Matcher m = Pattern.compile("<img width=\"400\" alt=\"([^\"]+)\" src=\"data:image/png;base64,([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).contains("usable VRAM");
        byte[] png = Base64.getDecoder().decode(m.group(2));
        assertThat(png[1]).isEqualTo((byte) 'P');
        assertThat(ReportCharts.section("x", List.of(new ReportCharts.Item("one option", opts.subList(0, 1))))).isEmpty();
    }
}
