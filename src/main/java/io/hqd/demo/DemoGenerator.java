package io.hqd.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.hqd.catalog.Catalog;
import io.hqd.home.HqdHome;
import io.hqd.ingest.template.ReporterType;
import io.hqd.ingest.template.SubmissionTemplate;
import io.hqd.registry.HospitalRegistry;
import io.hqd.registry.HospitalVersion;

/**
 * Generates a demo home from scratch: registry, settings marking it as demo data, an inbox full of
 * filled-in reports (some defective on purpose) and the manifest of those defects.
 */
public final class DemoGenerator {

    public static final String MANIFEST = "demo-defects.csv";
    public static final String[] MANIFEST_COLUMNS =
            {"file", "reporter_code", "period", "kind", "role", "label", "expected", "detail"};

    /** What was generated, and how long it took. */
    public record Generation(List<HospitalVersion> registry, List<PlannedFile> files, double planSeconds, double writeSeconds) {
        public long defectFiles() {
            return files.stream().filter(f -> f.defect() != null).count();
        }
    }

    private DemoGenerator() {
    }

    public static Generation generate(HqdHome home, Catalog catalog, DemoScope scope, Instant now) {
        prepare(home);
        long t0 = System.nanoTime();
        List<HospitalVersion> registry = DemoRegistry.build(catalog, scope);
        HospitalRegistry.write(home.hospitalRegistry(), registry);
        writeSettings(home);
        DemoPlanner planner = new DemoPlanner(catalog, scope, registry,
                (hospital, year) -> SubmissionTemplate.elementsFor(catalog, hospital ? ReporterType.HOSPITAL : ReporterType.REGION, year),
                now);
        List<PlannedFile> files = planner.plan();
        writeManifest(home, files);
        long t1 = System.nanoTime();
        DemoWriter.write(files, home.inbox(), 2, new DemoMilestones(catalog, registry, scope.seed(), files)::items);
        long t2 = System.nanoTime();
        return new Generation(registry, files, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /**
     * Wipes a previous demo home and lays out a fresh one. Refuses a folder that holds anything but a
     * demo or an empty layout, so a real home is never deleted. A catalog in the home is kept: it is
     * what the demo was generated from (edit it and rerun the demo to see the effect).
     */
    static void prepare(HqdHome home) {
        Path root = home.root();
        try {
            if (Files.isDirectory(root)) {
                if (!isDemoHome(home) && holdsData(home)) {
                    throw new IllegalStateException("目录 " + root + " 不是示例工作目录（缺少 hqd.demo=true），为免误删真实数据，未做任何改动。"
                            + "请用 --home 指定一个新目录。");
                }
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(root) && !p.startsWith(home.catalog())) {
                            Files.delete(p);
                        }
                    }
                }
            }
            home.ensureLayout();
        } catch (IOException e) {
            throw new UncheckedIOException("无法清理示例工作目录 " + root, e);
        }
    }

    /** Any file outside the catalog folder (a warehouse, reports, an inbox with files ...). */
    private static boolean holdsData(HqdHome home) throws IOException {
        try (Stream<Path> s = Files.walk(home.root())) {
            return s.anyMatch(p -> Files.isRegularFile(p) && !p.startsWith(home.catalog()));
        }
    }

    public static boolean isDemoHome(HqdHome home) {
        try {
            return Files.isRegularFile(home.settings())
                    && Files.readAllLines(home.settings(), StandardCharsets.UTF_8).stream()
                    .map(String::strip).anyMatch(l -> l.replace(" ", "").equals("hqd.demo=true"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void writeSettings(HqdHome home) {
        try {
            Files.writeString(home.settings(), """
                    # 本工作目录由 hqd demo 生成，全部为示例数据（非真实数据），每次运行 hqd demo 都会清空重建。
                    hqd.demo=true
                    submission.due-days=%d
                    """.formatted(DemoPlanner.DUE_DAYS), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeManifest(HqdHome home, List<PlannedFile> files) {
        try (Writer w = Files.newBufferedWriter(home.root().resolve(MANIFEST), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(MANIFEST_COLUMNS).get())) {
            for (PlannedFile f : files) {
                if (f.defect() != null) {
                    p.printRecord("inbox/" + f.path(), f.trueReporterCode(), f.period().code(), f.defect().name(), f.role(),
                            f.defect().label(), f.defect().expected(), f.detail());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
