package dev.llmadvisor.chart;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Lang;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedAreaRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The two pictures of an answer, drawn with JFreeChart, headless, as PNG:
 * <ul>
 *   <li>{@link #options}: one stacked bar per option (weights, KV cache, compute buffers, runtime) against
 *       the machine's usable GPU memory, drawn as a line;</li>
 *   <li>{@link #contextCurve}: one model in one format at growing context lengths, the same parts stacked,
 *       with the same line.</li>
 * </ul>
 * Colours are the Okabe-Ito palette (told apart by colour-blind readers too) on an opaque background, so a
 * chart reads the same in Discord's dark and light themes: {@link Theme#DARK} is a dark card (Discord),
 * {@link Theme#LIGHT} a white one (the HTML report). Labels are Chinese when the answer is and a font on the
 * machine can draw them, else English.
 */
public final class Charts {

    static {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    /** Background and text colours of a chart. */
    public enum Theme {
        DARK(new Color(0x2B2D31), new Color(0xDBDEE1), new Color(0x4E5058), new Color(0xFF6B6B)),
        LIGHT(Color.WHITE, new Color(0x222222), new Color(0xDDDDDD), new Color(0xD33333));

        final Color background;
        final Color text;
        final Color grid;
        final Color limit;

        Theme(Color background, Color text, Color grid, Color limit) {
            this.background = background;
            this.text = text;
            this.grid = grid;
            this.limit = limit;
        }
    }

    /** Okabe-Ito: blue, orange, bluish green, reddish purple. */
    static final Color WEIGHTS = new Color(0x0072B2);
    static final Color KV = new Color(0xE69F00);
    static final Color BUFFERS = new Color(0x009E73);
    static final Color RUNTIME = new Color(0xCC79A7);

    public static final int WIDTH = 800;
    static final int MAX_BARS = 10;

    private Charts() { }

    /** A chart and its text alternative (for the HTML report's alt text and for tests). */
    public record Picture(byte[] png, String alt) { }

    /**
     * Stacked bars, one per option (at most 10), against the usable GPU memory of the first option's machine.
     * Null when there is nothing to compare (fewer than one option).
     */
    public static Picture options(List<Candidate> options, Lang lang, Theme theme) {
        if (options == null || options.isEmpty()) return null;
        List<Candidate> shown = options.size() > MAX_BARS ? options.subList(0, MAX_BARS) : options;
        Labels l = Labels.of(lang);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder alt = new StringBuilder(l.optionsTitle).append(": ");
        for (Candidate c : shown) {
            String name = c.title();
            while (!seen.add(name)) name = name + " ";          // categories must differ
            data.addValue(c.weightsGb(), l.weights, name);
            data.addValue(c.kvGb(), l.kv, name);
            data.addValue(c.computeGb(), l.buffers, name);
            data.addValue(c.overheadGb(), l.runtime, name);
            alt.append(String.format(Locale.ROOT, "%s %.1f GB; ", name.strip(), total(c)));
        }
        double vram = shown.get(0).vramGb();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(l.gb), stackedBars());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        double max = shown.stream().mapToDouble(Charts::total).max().orElse(1);
        finishPlot(plot, theme, vram, l, Math.max(max, vram));
        JFreeChart chart = chart(l.optionsTitle, plot, theme);
        int height = 150 + 46 * shown.size();
        if (vram > 0) alt.append(String.format(Locale.ROOT, "%s %.1f GB", l.usable, vram));
        return new Picture(png(chart, WIDTH, height), alt.toString().strip());
    }

    /**
     * One model in one format sized at several context lengths (ascending), as stacked areas against the
     * usable GPU memory. Null with fewer than two points.
     */
    public static Picture contextCurve(List<Candidate> points, Lang lang, Theme theme) {
        if (points == null || points.size() < 2) return null;
        Labels l = Labels.of(lang);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Candidate first = points.get(0);
        StringBuilder alt = new StringBuilder(first.title() + ": ");
        for (Candidate c : points) {
            String x = ctx(c.context());
            data.addValue(c.weightsGb(), l.weights, x);
            data.addValue(c.kvGb(), l.kv, x);
            data.addValue(c.computeGb(), l.buffers, x);
            data.addValue(c.overheadGb(), l.runtime, x);
            alt.append(String.format(Locale.ROOT, "%s %.1f GB; ", x, total(c)));
        }
        StackedAreaRenderer r = new StackedAreaRenderer();
        r.setSeriesPaint(0, WEIGHTS);
        r.setSeriesPaint(1, KV);
        r.setSeriesPaint(2, BUFFERS);
        r.setSeriesPaint(3, RUNTIME);
        CategoryAxis x = new CategoryAxis(l.context);
        x.setCategoryMargin(0);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        CategoryPlot plot = new CategoryPlot(data, x, new NumberAxis(l.gb), r);
        double max = points.stream().mapToDouble(Charts::total).max().orElse(1);
        double vram = first.vramGb();
        finishPlot(plot, theme, vram, l, Math.max(max, vram));
        String title = first.title() + " — " + l.curveTitle;
        JFreeChart chart = chart(title, plot, theme);
        if (vram > 0) alt.append(String.format(Locale.ROOT, "%s %.1f GB", l.usable, vram));
        return new Picture(png(chart, WIDTH, 420), alt.toString().strip());
    }

    private static StackedBarRenderer stackedBars() {
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setMaximumBarWidth(0.12);
        r.setItemMargin(0);
        r.setSeriesPaint(0, WEIGHTS);
        r.setSeriesPaint(1, KV);
        r.setSeriesPaint(2, BUFFERS);
        r.setSeriesPaint(3, RUNTIME);
        return r;
    }

    private static void finishPlot(CategoryPlot plot, Theme theme, double vram, Labels l, double max) {
        Font font = font(Font.PLAIN, 13);
        plot.setBackgroundPaint(theme.background);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(theme.grid);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(0, max * 1.12);
        y.setLabelPaint(theme.text);
        y.setTickLabelPaint(theme.text);
        y.setLabelFont(font);
        y.setTickLabelFont(font);
        y.setAxisLinePaint(theme.grid);
        y.setTickMarkPaint(theme.grid);
        CategoryAxis x = plot.getDomainAxis();
        x.setTickLabelPaint(theme.text);
        x.setLabelPaint(theme.text);
        x.setTickLabelFont(font(Font.PLAIN, 13));
        x.setLabelFont(font);
        x.setAxisLinePaint(theme.grid);
        x.setTickMarkPaint(theme.grid);
        x.setMaximumCategoryLabelWidthRatio(0.45f);
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        if (vram > 0) {
            ValueMarker m = new ValueMarker(vram, theme.limit, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    10f, new float[] {8f, 5f}, 0f));
            m.setLabel(String.format(Locale.ROOT, "%s %.1f GB", l.usable, vram));
            m.setLabelFont(font(Font.BOLD, 13));
            m.setLabelPaint(theme.limit);
            boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
            // the label sits inside the plot, left of the line (bars) or above it (curve)
            m.setLabelAnchor(horizontal ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(horizontal ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            m.setLabelBackgroundColor(theme.background);
            m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            plot.addRangeMarker(m, Layer.FOREGROUND);
        }
    }

    private static JFreeChart chart(String title, CategoryPlot plot, Theme theme) {
        JFreeChart chart = new JFreeChart(title, font(Font.BOLD, 16), plot, true);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(theme.background);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        TextTitle t = chart.getTitle();
        t.setPaint(theme.text);
        LegendTitle legend = chart.getLegend();
        legend.setBackgroundPaint(theme.background);
        legend.setItemPaint(theme.text);
        legend.setItemFont(font(Font.PLAIN, 13));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    private static byte[] png(JFreeChart chart, int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            // compression 3: a fraction of the default's time, a slightly larger file
            ChartUtils.writeChartAsPNG(out, chart, w, h, false, 3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static double total(Candidate c) {
        return c.weightsGb() + c.kvGb() + c.computeGb() + c.overheadGb();
    }

    public static String ctx(int context) {
        return Candidate.contextLabel(context);
    }

    private static volatile String family;

    /** A sans-serif font; the logical "SansSerif" maps to what the machine has (DejaVu on a bare Linux). */
    static Font font(int style, int size) {
        String f = family;
        if (f == null) family = f = Font.SANS_SERIF;
        return new Font(f, style, size);
    }

    /** Whether the machine has a font that draws these characters (Chinese labels need a CJK font). */
    static boolean canDraw(String text) {
        return font(Font.PLAIN, 13).canDisplayUpTo(text) == -1;
    }

    /** The words on a chart, in the answer's language when they can be drawn. */
    record Labels(String weights, String kv, String buffers, String runtime, String usable, String gb, String context,
                  String optionsTitle, String curveTitle) {
        static final Labels EN = new Labels("weights", "KV cache", "compute buffers", "runtime", "usable VRAM", "GB",
                "context (tokens)", "Memory per option vs. your GPU memory", "memory by context length");
        static final Labels ZH = new Labels("权重", "KV 缓存", "计算缓冲", "运行时", "可用显存", "GB",
                "上下文（tokens）", "各方案所需内存与可用显存", "不同上下文长度所需内存");

        static Labels of(Lang lang) {
            if (lang == Lang.ZH && canDraw(ZH.optionsTitle + ZH.curveTitle + ZH.weights + ZH.usable)) return ZH;
            return EN;
        }
    }

    /** Draws one small chart so the first real one does not pay for loading fonts and classes. */
    public static void warmUp() {
        try {
            DefaultCategoryDataset d = new DefaultCategoryDataset();
            d.addValue(1, "a", "b");
            CategoryPlot plot = new CategoryPlot(d, new CategoryAxis(), new NumberAxis("GB"), stackedBars());
            finishPlot(plot, Theme.DARK, 1, Labels.EN, 2);
            png(chart("warm-up", plot, Theme.DARK), 200, 100);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError v && !(e instanceof StackOverflowError)) throw v;
            // a chart is an extra: without a working AWT the answers go without one
        }
    }
}
