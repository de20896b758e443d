package io.hqd.report.pdf;

import net.sf.jasperreports.renderers.Renderable;

/** One chart on the trends page. */
public record TrendRow(String indicatorName, Renderable chart) {
    public String getIndicatorName() { return indicatorName; }
    public Renderable getChart() { return chart; }
}
