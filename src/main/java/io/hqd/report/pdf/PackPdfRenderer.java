package io.hqd.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.hqd.report.data.CompletenessRow;
import io.hqd.report.data.EvalFact;
import io.hqd.report.data.PackData;
import io.hqd.report.data.TrendSeries;
import io.hqd.report.sections.Conclusions;
import io.hqd.report.sections.HospitalReport;
import io.hqd.report.sections.PackContent;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Fills the section templates for one region and writes them as one PDF meeting pack. */
@Component
public class PackPdfRenderer {
    private static final String NUMERALS = "一二三四五六七八九十";
    /** What still fits the two lines under a section title. */
    static final int SHORT_NOTE = 160;
    private final Templates templates;

    public PackPdfRenderer(Templates templates) {
        this.templates = templates;
    }

    /** Renders the pack to {@code file}; returns its page count. */
    public int render(PackData d, String run, boolean demo, LocalDate today, Path file) {
        try {
            List<JasperPrint> prints = new ArrayList<>();
            Map<String, Object> cover = common(d, run, demo, "封面");
            prints.add(cover(d, run, demo, today, d.region().name() + "公立医院高质量发展\n目标监测会议材料"));
            Map<String, Object> words = common(d, run, demo, "本期结论");
            words.put("NOTE", d.region().name() + "　" + d.periodLabel() + "　（由评价结果生成，数据见附表）");
            prints.add(fill("conclusions", words, Conclusions.of(d)));
            int[] n = {0};
            Map<String, Object> summary = section(d, run, demo, n, "目标达成概况");
            summary.put("LEGEND", "按计划列出各目标的评价结果家数，未达标、滞后多的在前。评价符号：✓ 达标　○ 按进度　△ 滞后　× 未达标　— 无数据。");
            prints.add(fill("summary", summary, d.summary()));
            if (!d.region().isCounty()) {
                Map<String, Object> counties = section(d, run, demo, n, "区县对比");
                counties.put("NOTE", "各区县年初至本季度末累计值；排名按指标方向由好到差；较上期为与上一季度累计值之差；带 * 的为暂定数。");
                prints.add(fill("counties", counties, d.counties()));
            }
            Map<String, Object> hospitals = section(d, run, demo, n, "需关注的医院（按级别类别分组）");
            hospitals.put("NOTE", PackContent.hospitalNote(d));
            prints.add(fill("hospitals", hospitals, PackContent.hospitalRows(d)));
            // A section with nothing to list is left out (a page saying "none" is paper a leader turns for nothing);
            // the 本期结论 page already says when there is nothing to compare with.
            if (!d.shares().isEmpty()) {
                prints.add(fill("shares", section(d, run, demo, n, "按医院占比考核的目标"), d.shares()));
            }
            Map<String, Object> milestones = section(d, run, demo, n, "规划任务（定性承诺）");
            milestones.put("NOTE", "规划中没有数值的承诺，按责任单位每期报告的进展评价：逾期、无数据在前，逾期久的在前；状态下方为目标性质（力争／确定／约束性／预期性）。"
                    + "规划期已结束的规划，其任务按规划期末评价（已完成或“规划期结束时未完成”），列在最后，不计入逾期。");
            prints.add(fill("milestones", milestones, MilestoneLine.of(d.milestones())));
            List<TrendRow> charts = new ArrayList<>();
            for (TrendSeries s : PackContent.trends(d)) {
                charts.add(new TrendRow(s.indicator().name(), TrendChart.render(s)));
            }
            Map<String, Object> trends = section(d, run, demo, n, "重点指标趋势");
            trends.put("NOTE", PackContent.trendNote(d));
            prints.add(fill("trends", trends, charts));
            Map<String, Object> completeness = section(d, run, demo, n, "数据报送完整性");
            putNote(completeness, d.provisionalNote());
            prints.add(fill("completeness", completeness, d.completeness()));
            if (!d.changes().rows().isEmpty()) {
                Map<String, Object> changes = section(d, run, demo, n, "与上期材料相比的变化");
                changes.put("NOTE", d.changes().baseline());
                prints.add(fill("changes", changes, d.changes().rows()));
            }
            prints.add(fill("notes", section(d, run, demo, n, "目标来源与口径说明"), d.notes()));
            int pages = PageNumbers.apply(prints);
            export(prints, d, file);
            return pages;
        } catch (JRException e) {
            throw new IllegalStateException("生成 " + d.region().name() + " 会议材料失败：" + e.getMessage(), e);
        }
    }

    /**
     * One hospital's own report: a page in words, its targets with rank among city peers, trend and gap,
     * its own qualitative commitments with the state and the quarter reported, and the sources of its targets. Returns the page count.
     */
    public int renderHospital(PackData d, HospitalReport h, String hospitalCode, String hospitalName, String run,
                              boolean demo, LocalDate today, Path file) {
        try {
            List<JasperPrint> prints = new ArrayList<>();
            prints.add(cover(d, run, demo, today, hospitalName + "\n高质量发展目标监测情况"));
            CompletenessRow reporting = d.completeness().stream().filter(r -> r.hospitalCode().equals(hospitalCode))
                    .findFirst().orElse(null);
            Map<String, Object> words = common(d, run, demo, "本院结论");
            words.put("NOTE", hospitalName + "　" + d.periodLabel() + "　（由评价结果生成，数据见附表）");
            prints.add(fill("conclusions", words, h.words(reporting)));
            Set<String> targets = h.facts().stream().map(EvalFact::targetCode).collect(Collectors.toSet());
            int[] n = {0};
            Map<String, Object> table = section(d, run, demo, n, hospitalName + "各项目标");
            table.put("TREND_HEADER", h.trendHeader());
            table.put("NOTE", "未达标、滞后的在前。排名为本院在市内同级同类医院中的位次（按指标方向由好到差）；"
                    + "近五个季度为年初至各季度末的累计值；带 * 的为暂定数。评价符号：✓ 达标　○ 按进度　△ 滞后　× 未达标　— 无数据。");
            prints.add(fill("hospital", table, h.lines()));
            Map<String, Object> milestones = section(d, run, demo, n, "本院规划任务（定性承诺）");
            milestones.put("NOTE", "规划中由本院承担、没有数值的承诺，按本院每期报告的进展评价：逾期、无数据在前；"
                    + "报告期为所依据的那次报告的季度；状态下方为目标性质；已结束规划的任务按规划期末评价，列在最后，不计入逾期。");
            prints.add(fill("hospitalMilestones", milestones, HospitalMilestoneLine.of(d.milestones(), hospitalCode)));
            prints.add(fill("notes", section(d, run, demo, n, "目标来源与口径说明"),
                    d.notes().stream().filter(x -> targets.contains(x.targetCode())).toList()));
            int pages = PageNumbers.apply(prints);
            export(prints, d, file);
            return pages;
        } catch (JRException e) {
            throw new IllegalStateException("生成 " + hospitalName + " 监测情况失败：" + e.getMessage(), e);
        }
    }

    /**
     * A title holds one page at most, and text that does not fit is dropped: a long note (a city's list of
     * provisional figures) goes to the end of the section, where it breaks across pages.
     */
    static void putNote(Map<String, Object> params, String note) {
        if (note == null || note.length() <= SHORT_NOTE) {
            params.put("NOTE", note);
            return;
        }
        int colon = note.indexOf('：');
        params.put("NOTE", (colon > 0 ? note.substring(0, colon) : "说明较长") + "，详见本节末。");
        params.put("NOTE_DETAIL", note);
    }

    private JasperPrint cover(PackData d, String run, boolean demo, LocalDate today, String title) throws JRException {
        Map<String, Object> cover = common(d, run, demo, "封面");
        cover.put("COVER_TITLE", title);
        cover.put("DATA_AS_OF", d.dataAsOf());
        cover.put("GENERATED_ON", today.format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        return fill("cover", cover, null);
    }

    /** Fills one section; {@code rows} null for the cover (one page, no rows). */
    private JasperPrint fill(String template, Map<String, Object> params, Collection<?> rows) throws JRException {
        params.put("EMPTY", rows != null && rows.isEmpty());
        params.replaceAll((k, v) -> v instanceof String s ? Unbreakable.text(s) : v);
        JasperPrint print = JasperFillManager.fillReport(templates.get(template), params,
                rows == null ? new JREmptyDataSource(1) : Unbreakable.rows(new JRBeanCollectionDataSource(rows)));
        print.setName((String) params.get("SECTION")); // the PDF bookmark of the section
        return print;
    }

    private static Map<String, Object> section(PackData d, String run, boolean demo, int[] n, String title) {
        String numbered = "附表" + NUMERALS.charAt(n[0]++) + "　" + title;
        return common(d, run, demo, numbered);
    }

    private static Map<String, Object> common(PackData d, String run, boolean demo, String section) {
        Map<String, Object> p = new HashMap<>();
        p.put("ISSUER", d.region().issuer());
        p.put("PERIOD_LABEL", d.periodLabel());
        p.put("RUN", run);
        p.put("DEMO", demo);
        p.put("SECTION", section);
        return p;
    }

    private static void export(List<JasperPrint> prints, PackData d, Path file) throws JRException {
        try {
            io.hqd.home.AtomicFiles.<JRException>write(file, out -> export(prints, d, out));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void export(List<JasperPrint> prints, PackData d, java.io.OutputStream file) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(file));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setCreatingBatchModeBookmarks(true);
        config.setMetadataTitle(d.region().name() + d.periodLabel() + "公立医院高质量发展目标监测会议材料");
        config.setMetadataAuthor(d.region().issuer());
        config.setMetadataCreator("hqd");
        config.setDisplayMetadataTitle(true);
        exporter.setConfiguration(config);
        // Break lines where the fill measured them: left to itself the exporter re-breaks Chinese text, and a
        // line it needs beyond the measured height is dropped ("…非官方全省排名）" printed without its end).
        net.sf.jasperreports.pdf.SimplePdfReportConfiguration lines = new net.sf.jasperreports.pdf.SimplePdfReportConfiguration();
        lines.setForceLineBreakPolicy(true);
        exporter.setConfiguration(lines);
        exporter.exportReport();
    }
}
