package io.hqd.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.hqd.home.HqdHome;
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
import io.hqd.run.RunContext;
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

    public ReportRun run(JobExecution e) {
        String p = e.getJobParameters().getString("period");
        Periods period = p == null || p.isBlank() ? Periods.latestComplete(LocalDate.now(clock)) : RunContext.period(e.getJobParameters());
        return new ReportRun(period, RunContext.runName(e), RunContext.scope(e.getJobParameters()), demo,
                LocalDate.now(clock), home);
    }

    /** Renders every region's PDF pack; returns the number of files. */
    public int renderPacks(ReportRun run) {
        ReportFiles files = new ReportFiles(dsl);
        files.forget(run.runName(), "pdf");
        PackDataBuilder builder = new PackDataBuilder(dsl, run.period(), run.runName());
        List<String> regions = new PackPlanner(dsl).packs(run.period().code(), run.scope(), builder.regions());
        int count = 0;
        for (String code : regions) {
            PackData d = builder.build(code);
            Path file = run.outputDir().resolve(run.pdfName(code, d.region().name()));
            int pages = pdf.render(d, run.runName(), run.demo(), run.today(), file);
            files.record(run.runName(), home.reports(), file, d.region().issuer(), "pdf", pages, LocalDateTime.now(clock));
            log.info("会议材料 {}（{} 页）", file.getFileName(), pages);
            count += 1 + renderHospitals(run, d, builder, files);
        }
        return count;
    }

    /** One file per hospital located directly in the pack's region (city hospitals with the city pack). */
    private int renderHospitals(ReportRun run, PackData d, PackDataBuilder builder, ReportFiles files) {
        Map<String, String> hospitals = new LinkedHashMap<>();
        d.hospitals().stream().filter(r -> d.region().code().equals(r.fact().regionCode()))
                .forEach(r -> hospitals.putIfAbsent(r.hospitalCode(), r.hospitalName()));
        for (var h : hospitals.entrySet()) {
            Path file = run.outputDir().resolve("hospitals").resolve(run.pdfName(h.getKey(), h.getValue()));
            var info = builder.hospital(h.getKey());
            List<io.hqd.report.data.EvalFact> own = d.facts().stream().filter(f -> f.isHospital() && f.entityCode().equals(h.getKey())).toList();
            HospitalReport report = new HospitalReport(h.getKey(), h.getValue(), info == null ? null : info.group(), own,
                    builder.cityRows(d.region().code()), new HospitalTrend(dsl, run.period(), h.getKey(),
                            own.stream().map(f -> f.indicator().code()).distinct().toList()));
            int pages = pdf.renderHospital(d, report, h.getKey(), h.getValue(), run.runName(), run.demo(), run.today(), file);
            files.record(run.runName(), home.reports(), file, h.getValue(), "pdf", pages, LocalDateTime.now(clock));
        }
        return hospitals.size();
    }

    public int writeWorkbooks(ReportRun run) {
        ReportFiles files = new ReportFiles(dsl);
        files.forget(run.runName(), "xlsx");
        PackDataBuilder builder = new PackDataBuilder(dsl, run.period(), run.runName());
        List<String> regions = new PackPlanner(dsl).packs(run.period().code(), run.scope(), builder.regions());
        for (String code : regions) {
            PackData d = builder.build(code);
            Path file = run.outputDir().resolve(run.workbookName(code, d.region().name()));
            PackWorkbookWriter.write(d, new LineageQuery(dsl).fetch(run.period(), d.facts()), builder.indicators(), file);
            files.record(run.runName(), home.reports(), file, d.region().issuer(), "xlsx", null, LocalDateTime.now(clock));
            log.info("分析工作簿 {}", file.getFileName());
        }
        return regions.size();
    }

    /** Writes the manifest and marks what each pack showed as published (the next pack's baseline). */
    public int writeManifest(ReportRun run) {
        PackDataBuilder builder = new PackDataBuilder(dsl, run.period(), run.runName());
        Snapshots snapshots = new Snapshots(dsl);
        LocalDateTime now = LocalDateTime.now(clock);
        for (String code : new PackPlanner(dsl).packs(run.period().code(), run.scope(), builder.regions())) {
            snapshots.publish(run.runName(), code, builder.facts(code), now);
        }
        return Manifest.write(dsl, run.runName(), home.reports(), run.outputDir());
    }
}
