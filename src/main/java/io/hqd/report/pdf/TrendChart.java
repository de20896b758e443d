package io.hqd.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import io.hqd.report.data.TrendSeries;
import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.renderers.Renderable;

/**
 * A key indicator over recent quarters against its target lines, drawn as vector graphics.
 * Lines differ by dash pattern and marker as well as colour, so the chart reads in black and white.
 */
final class TrendChart {
    private static final float[][] DASHES = {null, {6f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};

    private TrendChart() {
    }

    static Renderable render(TrendSeries s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String own = "本地区";
        for (int i = 0; i < s.periods().size(); i++) {
            data.addValue(s.values().get(i), own, s.periods().get(i));
        }
        for (TrendSeries.Reference r : s.references()) {
            for (int i = 0; i < s.periods().size(); i++) {
                data.addValue(r.values().get(i), r.label(), s.periods().get(i));
            }
        }
        String unit = s.indicator().unit() == null ? "" : s.indicator().unit();
        JFreeChart chart = ChartFactory.createLineChart(null, "报告期（年初至本季度末累计）", unit, data,
                PlotOrientation.VERTICAL, true, false, false);
        Font font = font(9f);
        chart.getLegend().setItemFont(font);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getDomainAxis().setLabelFont(font);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setLabelFont(font);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < data.getRowCount(); i++) {
            float[] dash = DASHES[i % DASHES.length];
            renderer.setSeriesStroke(i, dash == null ? new BasicStroke(2f)
                    : new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
            renderer.setSeriesPaint(i, i == 0 ? Color.BLACK : List.of(Color.DARK_GRAY, Color.GRAY).get(i % 2));
            renderer.setSeriesShapesVisible(i, i == 0);
        }
        return new DrawChartRendererImpl(chart, null);
    }

    private static Font font(float size) {
        return FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getAwtFontFromBundles("HQD Sans", Font.PLAIN, size, Locale.CHINA, true);
    }
}
