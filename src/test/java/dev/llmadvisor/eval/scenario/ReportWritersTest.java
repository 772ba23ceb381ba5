package dev.llmadvisor.eval.scenario;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWritersTest {

    private static Scenario scenario(String id, String file, String known) {
        Expect x = new Expect("yes", null, null, null, null, null, null, null, null, null, null, null, null);
        return new Scenario(id, file, 3, "can a <4090> run \"qwen3\" & co?", null, null, x, known);
    }

    static Report sample() {
        Observed o = new Observed("yes", "en", List.of(new Observed.Option("qwen3-14b", "qwen3", "Q4_K_M", 4, "gpu", true, 10.4, 90)), 0,
                Set.of("Fits entirely on one GPU"), "text");
        List<Evaluator.Result> rs = List.of(
                new Evaluator.Result(scenario("a", "s/one.yaml", null), Evaluator.Status.PASS, List.of(), o, 12_000_000),
                new Evaluator.Result(scenario("b", "s/one.yaml", null), Evaluator.Status.FAIL, List.of("verdict: expected no, got yes <&>"), o, 30_000_000),
                new Evaluator.Result(scenario("c", "s/two.yaml", "program bug \"x\""), Evaluator.Status.KNOWN_FAILURE, List.of("top: expected phi-4"), o, 3_000_000),
                new Evaluator.Result(scenario("d", "s/two.yaml", "was a bug"), Evaluator.Status.FIXED, List.of(), o, 250_000_000));
        return new Report("rules", rs, List.of(new ScenarioLoader.LoadError("s/bad.yaml", 7, "unknown key 'expekt'")),
                Map.of("Fits entirely on one GPU", "sizing core", "CPU only", "000"), 300_000_000, 2, null);
    }

    @Test
    void junitXmlIsWellFormedAndCountsFailures() throws Exception {
        String xml = JUnitReport.render(sample());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        assertThat(((Element) failures.item(0)).getAttribute("message")).isEqualTo("verdict: expected no, got yes <&>");
        assertThat(((Element) failures.item(0).getParentNode()).getAttribute("name")).isEqualTo("b");
        assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(((Element) doc.getElementsByTagName("skipped").item(0)).getAttribute("message")).contains("program bug \"x\"");
    }

    @Test
    void htmlIsSelfContainedWithTheFourCharts() {
        String html = HtmlReport.render(sample());
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).contains("<svg id=\"summary-chart\"", "<svg id=\"file-chart\"", "<svg id=\"coverage-chart\"", "<svg id=\"timing-histogram\"");
        assertThat(html).contains("never fired").contains("CPU only");
        assertThat(html).contains("can a &lt;4090&gt; run &quot;qwen3&quot; &amp; co?").doesNotContain("<4090>");
        // no external resources: the only URL is the SVG namespace
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:").doesNotContain("https:").doesNotContain("<script src").doesNotContain("<link");
        assertThat(html).contains("FAILED").contains("unknown key &apos;expekt&apos;");
    }

    @Test
    void htmlSvgChartsAreWellFormedXml() throws Exception {
        String html = HtmlReport.render(sample());
        int from = html.indexOf("<svg id=\"coverage-chart\"");
        String svg = html.substring(from, html.indexOf("</svg>", from) + 6);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(2);
    }

    @Test
    void consoleAndJsonCarryFailuresCoverageAndTiming() {
        Report r = sample();
        String text = ConsoleReport.render(r, false);
        assertThat(text).contains("s/one.yaml", "verdict: expected no, got yes", "Known failures", "program bug", "never fired: \"CPU only\"", "scenarios/s", "FAILED");
        String json = JsonReport.render(r);
        assertThat(json).contains("\"never_fired\" : [ \"CPU only\" ]", "\"known_failure\" : 1", "\"p95_ms\"", "\"file_errors\"");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.percentileMs(50)).isEqualTo(12.0);
        assertThat(r.percentileMs(95)).isEqualTo(250.0);
    }
}
