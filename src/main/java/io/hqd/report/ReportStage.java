package io.hqd.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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
    private record Rendered(Path file, String recipient, Integer pages, boolean pack) {
    }

    /**
     * Renders the city packs alone, before anything else: what leaders read at the morning meeting is ready
     * (and kept by a restart) before the counties' packs and the hospitals' reports, which take most of the time.
     * Pack data is queried on this thread (one warehouse connection); filling and exporting, the costly part, run
     * on all cores ({@link InOrderPool}). Returns the number of files.
     */
    public int renderCityPacks(ReportRun run) {
        new ReportFiles(dsl).forget(run.runName(), "pdf"); // this step starts the run's PDFs afresh
        PackDataBuilder builder = new PackDataBuilder(dsl, run.period(), run.runName());
        // the largest first (by its hospitals), so that both cores stay busy to the end and the last to finish is small
        List<String> cities = packs(run, builder).stream().filter(c -> !builder.regions().pack(c).isCounty())
                .sorted(Comparator.comparingInt(builder::hospitalCount).reversed()).toList();
        return render(run, builder, cities, "生成市级会议材料", "份会议材料", true);
    }

    /** Renders the county packs and every hospital's report (a city's hospitals with their city); returns the number of files. */
    public int renderPacks(ReportRun run) {
        PackDataBuilder builder = new PackDataBuilder(dsl, run.period(), run.runName());
        return render(run, builder, packs(run, builder), "生成县区和医院会议材料", "个地区", false);
    }

    /** {@code cityPacks}: the city packs alone; otherwise the county packs and the hospitals' reports. */
    private int render(ReportRun run, PackDataBuilder builder, List<String> regions, String work, String unit,
                       boolean cityPacks) {
        ReportFiles files = new ReportFiles(dsl);
        Progress progress = new Progress(work, unit, regions.size(), clock, log::info);
        int[] filesAndPages = new int[2];
        try (InOrderPool<List<Rendered>> pool = new InOrderPool<>(work, rendered -> {
            record(run, files, rendered, filesAndPages);
            progress.step();
        })) {
            for (String code : regions) {
                PackData d = builder.build(code); // one region at a time: rendering the last overlaps building the next
                boolean pack = d.region().isCounty() != cityPacks;
                Map<String, HospitalReport> reports = cityPacks ? Map.of() : hospitalReports(run, d, builder); // queries stay on this thread
                if (pack || !reports.isEmpty()) {
                    pool.submit(() -> renderRegion(run, d, pack, reports));
                } else {
                    progress.step(); // a city without hospitals of its own has nothing left once its pack is written
                }
            }
            pool.finish();
        }
        progress.finish("共 " + filesAndPages[0] + " 个 PDF 文件，" + filesAndPages[1] + " 页");
        return filesAndPages[0];
    }

    /** Records one region's PDFs; adds their number and pages to {@code filesAndPages}. */
    private void record(ReportRun run, ReportFiles files, List<Rendered> rendered, int[] filesAndPages) {
        for (Rendered r : rendered) {
            files.record(run.runName(), home.reports(), r.file(), r.recipient(), "pdf", r.pages(), LocalDateTime.now(clock));
            filesAndPages[1] += r.pages();
        }
        filesAndPages[0] += rendered.size();
        Rendered first = rendered.get(0);
        if (first.pack() && rendered.size() == 1) {
            log.info("会议材料 {}（{} 页）", first.file().getFileName(), first.pages());
        } else if (first.pack()) {
            log.info("会议材料 {}（{} 页）及 {} 家医院", first.file().getFileName(), first.pages(), rendered.size() - 1);
        } else {
            log.info("{} 家医院的报告（{} 等）", rendered.size(), first.recipient());
        }
    }

    /** The region's pack if asked, then one file per hospital in {@code reports}. */
    private List<Rendered> renderRegion(ReportRun run, PackData d, boolean pack, Map<String, HospitalReport> reports) {
        List<Rendered> out = new ArrayList<>();
        if (pack) {
            Path file = run.outputDir().resolve(run.pdfName(d.region().code(), d.region().name()));
            out.add(new Rendered(file, d.region().issuer(), pdf.render(d, run.name().label(), run.demo(), run.today(), file), true));
        }
        for (var h : reports.entrySet()) {
            String name = h.getValue().name();
            Path hf = run.outputDir().resolve("hospitals").resolve(run.pdfName(h.getKey(), name));
            out.add(new Rendered(hf, name,
                    pdf.renderHospital(d, h.getValue(), h.getKey(), name, run.name().label(), run.demo(), run.today(), hf), false));
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
                    return new Rendered(file, d.region().issuer(), null, false);
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
