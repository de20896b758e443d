package io.hqd.report.sections;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.hqd.evaluate.Status;
import io.hqd.report.StatusText;
import io.hqd.report.data.EvalFact;
import io.hqd.report.data.HospitalRow;
import io.hqd.report.data.PackData;
import io.hqd.report.data.TrendSeries;

/**
 * What of a region's data goes on paper, so a pack is as long as its content: the hospital appendix
 * lists the rows that need attention (every row is in the workbook and each hospital's own report), and
 * trend charts are drawn only where a trend means something.
 */
public final class PackContent {
    /** At most this many charts (two a page). */
    static final int CHARTS = 6;
    /** A line needs this many quarters with a value to show a direction. */
    static final int MIN_POINTS = 3;
    private static final Set<Status> ATTENTION = Set.of(Status.not_met, Status.behind, Status.no_data);

    private PackContent() {
    }

    public static List<HospitalRow> hospitalRows(PackData d) {
        return d.hospitals().stream().filter(r -> ATTENTION.contains(r.fact().status())).toList();
    }

    /** "达标、按进度的 412 行未列出…" — said above the table, so nobody thinks rows are missing. */
    public static String hospitalNote(PackData d) {
        long left = d.hospitals().size() - hospitalRows(d).size();
        return "只列未达标、滞后和无数据的医院；排名为在市内同级同类医院中的位次（按指标方向由好到差）。"
                + (left > 0 ? "达标、按进度的 " + left + " 项未列出，见分析工作簿“医院”表和各医院的监测情况。" : "");
    }

    /**
     * Charts for the region's own indicators with at least {@link #MIN_POINTS} quarters, never for yes/no
     * items (a line between 是 and 否 means nothing), most urgent status first, at most {@link #CHARTS}.
     */
    public static List<TrendSeries> trends(PackData d) {
        Map<String, Integer> urgency = d.facts().stream().filter(f -> !f.isHospital())
                .collect(Collectors.toMap(f -> f.indicator().code(), f -> StatusText.urgency(f.status()), Math::min));
        return d.trends().stream()
                .filter(s -> !s.indicator().isFlag())
                .filter(s -> s.values().stream().filter(Objects::nonNull).count() >= MIN_POINTS)
                .sorted(Comparator.comparingInt((TrendSeries s) -> urgency.getOrDefault(s.indicator().code(), 9))
                        .thenComparing(s -> s.indicator().code()))
                .limit(CHARTS).toList();
    }

    public static String trendNote(PackData d) {
        int shown = trends(d).size();
        return shown == 0 ? "本期没有可画出趋势的指标（需连续三个季度以上的数据，是/否类事项不画趋势）。"
                : "选取本地区评价结果最需关注、且有三个季度以上数据的 " + shown + " 项指标（是/否类事项不画趋势）；"
                + "年初至各季度末累计值，虚线为目标或进度路径。";
    }

    static boolean needsAttention(EvalFact f) {
        return ATTENTION.contains(f.status());
    }
}
