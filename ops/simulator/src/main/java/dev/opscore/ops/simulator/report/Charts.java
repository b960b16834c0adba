package dev.opscore.ops.simulator.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's PNG charts (JFreeChart, headless). Each takes rows of figures already computed;
 * rendering is deterministic for the same figures.
 */
final class Charts {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;
    private static final Color[] SERIES = {new Color(0x2E7D32), new Color(0xF9A825), new Color(0xC62828),
            new Color(0x1565C0), new Color(0x6A1B9A)};

    private Charts() {
    }

    /** A bar per category (row) and series (column), stacked or side by side. */
    static void bars(Path file, String title, String axis, Map<String, Map<String, Number>> rows, boolean stacked) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        rows.forEach((row, values) -> values.forEach((series, value) -> data.addValue(value, series, row)));
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(title, null, axis, data, PlotOrientation.VERTICAL, true, false, false)
                : ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.VERTICAL, true, false, false);
        style(chart, data.getRowCount());
        save(chart, file);
    }

    /** Side-by-side bars of several figures (series) for each variant (category). */
    static void comparison(Path file, String title, String axis, List<String> variants, Map<String, List<Number>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < variants.size(); i++) {
                data.addValue(values.get(i), name, variants.get(i));
            }
        });
        JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.VERTICAL, true, false,
                false);
        style(chart, data.getRowCount());
        save(chart, file);
    }

    private static void style(JFreeChart chart, int seriesCount) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
    }

    private static void save(JFreeChart chart, Path file) {
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
