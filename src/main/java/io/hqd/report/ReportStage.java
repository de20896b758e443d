package io.hqd.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.hqd.home.HqdHome;
import io.hqd.progress.Progress;
import io.hqd.report.data.LineageQuery;
import io.hqd.report.data.PackData;
import io.hqd.report.data.PackDataBuilder;
import io.hqd.report.pdf.PackPdfRenderer;
import io.hqd.report.sections.HospitalReport;
import io.hqd.report.sections.HospitalTrend;
import io.hqd.report.publish.Manifest;
import io.hqd.report.publish.ReportFiles;
import io.hqd.report.publish.Snapshots;
import io.hqd.report.xlsx.PackWorkbookWriter;
import io.hqd.run.RunName;
import io.hqd.run.RunParameters;
import io.hqd.warehouse.Periods;

/** What the report job's steps do: packs, workbooks, manifest, for the run's period and scope. */
@Component
public class ReportStage {
    private static final Logger log = LoggerFactory.getLogger(ReportStage.class);
    private final DSLContext dsl;
    private final HqdHome home;
    private final Clock clock;
    private final PackPdfRenderer pdf;
    private final boolean demo;

    public ReportStage(DSLContext dsl, HqdHome home, Clock clock, PackPdfRenderer pdf,
                       @Value("${hqd.demo:false}") boolean demo) {
        this.dsl = dsl;
        this.home = home;
        this.clock = clock;
        this.pdf = pdf;
        this.demo = demo;
    }

    /** The report run of a step's {@link RunParameters}. */
    public ReportRun run(RunParameters p) {
        Periods period = p.period();
        return new ReportRun(period, p.run(), RunName.of(dsl, p.run(), period.code()), p.scopeRegion(), p.hospital(),
                demo, LocalDate.now(clock), home);
    }

    /** The regions that get a pack; a one-hospital rerun only its own region's (its scope, not the counties below a city). */
    private List<String> packs(ReportRun run, PackDataBuilder builder) {
        List<String> regions = new PackPlanner(dsl).packs(run.period().code(), run.scope(), builder.regions());
        return run.hospital() == null ? regions : regions.stream().filter(c -> c.equals(run.scope())).toList();
    }

    /**
     * A written PDF or workbook (no pages) waiting to be recorded (recording uses the warehouse connection, so it
     * stays on one thread).
     */
    private record Rendered(Path file, String recipient, Integer pages) {
    }

    /**
     * Renders every region's PDF pack and its hospitals' PDFs; returns the number of files. Pack data is
     * queried on this thread (one warehouse connection); filling and exporting, the costly part, run on
     * all cores ({@link InOrderPool}).
     */
    public int renderPacks(ReportRun run) {
        ReportFiles files = new ReportFiles(dsl);
        files.forget(run.runName(), "pdf");
        PackDataBuilder builder = new PackDataBuilder(dsl, run.period(), run.runName());
        List<String> regions = packs(run, builder);
        Progress progress = new Progress("生成会议材料", "份会议材料", regions.size(), clock, log::info);
        int[] filesAndPages = new int[2];
        try (InOrderPool<List<Rendered>> pool = new InOrderPool<>("生成会议材料", rendered -> {
            record(run, files, rendered, filesAndPages);
            progress.step();
        })) {
            for (String code : regions) {
                PackData d = builder.build(code);
                Map<String, HospitalReport> reports = hospitalReports(run, d, builder); // queries stay on this thread
                pool.submit(() -> renderRegion(run, d, reports));
            }
            pool.finish();
        }
        progress.finish("含医院报告共 " + filesAndPages[0] + " 个 PDF 文件，" + filesAndPages[1] + " 页");
        return filesAndPages[0];
    }

    /** Records one region's PDFs; adds their number and pages to {@code filesAndPages}. */
    private void record(ReportRun run, ReportFiles files, List<Rendered> rendered, int[] filesAndPages) {
        for (Rendered r : rendered) {
            files.record(run.runName(), home.reports(), r.file(), r.recipient(), "pdf", r.pages(), LocalDateTime.now(clock));
            filesAndPages[1] += r.pages();
        }
        filesAndPages[0] += rendered.size();
        log.info("会议材料 {}（{} 页）及 {} 家医院", rendered.get(0).file().getFileName(), rendered.get(0).pages(), rendered.size() - 1);
    }

    /** The region's pack, then one file per hospital located directly in the region (city hospitals with the city pack). */
    private List<Rendered> renderRegion(ReportRun run, PackData d, Map<String, HospitalReport> reports) {
        List<Rendered> out = new ArrayList<>();
        Path file = run.outputDir().resolve(run.pdfName(d.region().code(), d.region().name()));
        out.add(new Rendered(file, d.region().issuer(), pdf.render(d, run.name().label(), run.demo(), run.today(), file)));
        for (var h : reports.entrySet()) {
            String name = h.getValue().name();
            Path hf = run.outputDir().resolve("hospitals").resolve(run.pdfName(h.getKey(), name));
            out.add(new Rendered(hf, name,
                    pdf.renderHospital(d, h.getValue(), h.getKey(), name, run.name().label(), run.demo(), run.today(), hf)));
        }
        return out;
    }

    /**
     * Each hospital located directly in the pack's region (city hospitals with the city pack): its own
     * figures, its rank among the city's hospitals of its tier and type, and its last quarters.
     */
    private Map<String, HospitalReport> hospitalReports(ReportRun run, PackData d, PackDataBuilder builder) {
        Map<String, String> hospitals = new LinkedHashMap<>();
        d.hospitals().stream().filter(r -> d.region().code().equals(r.fact().regionCode()))
                .filter(r -> run.hospital() == null || run.hospital().equals(r.hospitalCode()))
                .forEach(r -> hospitals.putIfAbsent(r.hospitalCode(), r.hospitalName()));
        Map<String, HospitalReport> out = new LinkedHashMap<>();
        for (var h : hospitals.entrySet()) {
            var info = builder.hospital(h.getKey());
            List<io.hqd.report.data.EvalFact> own = d.facts().stream()
                    .filter(f -> f.isHospital() && f.entityCode().equals(h.getKey())).toList();
            out.put(h.getKey(), new HospitalReport(h.getKey(), h.getValue(), info == null ? null : info.group(), own,
                    builder.cityRows(d.region().code()), new HospitalTrend(dsl, run.period(), h.getKey(),
                            own.stream().map(f -> f.indicator().code()).distinct().toList())));
        }
        return out;
    }

    /**
     * Writes every region's analyst workbook; returns their number. As for the packs, the region's rows are queried
     * on this thread and the workbooks written on all cores ({@link InOrderPool}).
     */
    public int writeWorkbooks(ReportRun run) {
        ReportFiles files = new ReportFiles(dsl);
        files.forget(run.runName(), "xlsx");
        PackDataBuilder builder = new PackDataBuilder(dsl, run.period(), run.runName());
        List<String> regions = packs(run, builder);
        Progress progress = new Progress("生成分析工作簿", "个工作簿", regions.size(), clock, log::info);
        try (InOrderPool<Rendered> pool = new InOrderPool<>("生成分析工作簿", w -> {
            files.record(run.runName(), home.reports(), w.file(), w.recipient(), "xlsx", w.pages(), LocalDateTime.now(clock));
            log.info("分析工作簿 {}", w.file().getFileName());
            progress.step();
        })) {
            for (String code : regions) {
                PackData d = builder.build(code);
                Path file = run.outputDir().resolve(run.workbookName(code, d.region().name()));
                List<LineageQuery.Lineage> lineage = new LineageQuery(dsl).fetch(run.period(), d.facts());
                pool.submit(() -> {
                    PackWorkbookWriter.write(d, lineage, builder.indicators(), file);
                    return new Rendered(file, d.region().issuer(), null);
                });
            }
            pool.finish();
        }
        progress.finish();
        return regions.size();
    }

    /** Writes the manifest and marks what each pack showed as published (the next pack's baseline). */
    public int writeManifest(ReportRun run) {
        PackDataBuilder builder = new PackDataBuilder(dsl, run.period(), run.runName());
        Snapshots snapshots = new Snapshots(dsl);
        LocalDateTime now = LocalDateTime.now(clock);
        for (String code : packs(run, builder)) {
            snapshots.publish(run.runName(), code, builder.facts(code), now);
        }
        return Manifest.write(dsl, run.runName(), run.name().label(), home.reports(), run.outputDir());
    }
}
