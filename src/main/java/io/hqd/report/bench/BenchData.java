package io.hqd.report.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.hqd.catalog.Catalog;
import io.hqd.demo.DemoGenerator;
import io.hqd.demo.DemoScope;
import io.hqd.demo.PlannedFile;
import io.hqd.home.HqdHome;
import io.hqd.warehouse.Periods;

/**
 * The benchmark's data set: the demo generator's workbooks, written once and laid out by period
 * ({@code files/all/<period>/…}), with hard-linked views of the earlier periods and of the latest one,
 * and fresh homes (registry and settings of the generated home, nothing else) for each run.
 */
public final class BenchData {
    private final Path root;
    private final HqdHome generated;
    private final List<Periods> periods;
    private final int hospitals;
    private final double generateSeconds;

    private BenchData(Path root, HqdHome generated, List<Periods> periods, int hospitals, double generateSeconds) {
        this.root = root;
        this.generated = generated;
        this.periods = periods;
        this.hospitals = hospitals;
        this.generateSeconds = generateSeconds;
    }

    public static BenchData generate(Path root, Catalog catalog, DemoScope scope) throws IOException {
        HqdHome gen = new HqdHome(root.resolve("generated").toAbsolutePath());
        if (Files.isDirectory(root) && !DemoGenerator.isDemoHome(gen)) {
            try (Stream<Path> s = Files.list(root)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalStateException("目录 " + root + " 不是以前的基准测试目录，为免误删，未做任何改动。请用 --home 指定新目录。");
                }
            }
        }
        deleteTree(root);
        long t0 = System.nanoTime();
        DemoGenerator.Generation g = DemoGenerator.generate(gen, catalog, scope, Instant.now());
        double seconds = (System.nanoTime() - t0) / 1e9;
        Periods latest = scope.to();
        for (PlannedFile f : g.files()) {
            Path source = gen.inbox().resolve(f.path());
            Path target = root.resolve("files/all").resolve(f.period().code()).resolve(f.path());
            Files.createDirectories(target.getParent());
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            Path view = root.resolve(f.period().equals(latest) ? "files/latest" : "files/earlier")
                    .resolve(f.period().code()).resolve(f.path());
            Files.createDirectories(view.getParent());
            Files.createLink(view, target);
        }
        int hospitals = (int) g.registry().stream().map(v -> v.code()).distinct().count();
        return new BenchData(root.toAbsolutePath(), gen, scope.periods(), hospitals, seconds);
    }

    /**
     * The data set an earlier benchmark left in {@code root}, kept as it is (files, registry), with every home of
     * that run removed: two builds measured on the very same files. Null when {@code root} holds no such data set.
     */
    public static BenchData reuse(Path root) throws IOException {
        HqdHome gen = new HqdHome(root.resolve("generated").toAbsolutePath());
        Path all = root.resolve("files/all");
        if (!DemoGenerator.isDemoHome(gen) || !Files.isDirectory(all) || !Files.exists(gen.hospitalRegistry())) {
            return null;
        }
        deleteTree(root.resolve("homes"));
        deleteTree(root.resolve("cds"));
        List<Periods> periods;
        try (Stream<Path> s = Files.list(all)) {
            periods = s.map(p -> Periods.parse(p.getFileName().toString())).sorted().toList();
        }
        int hospitals;
        try (Stream<String> lines = Files.lines(gen.hospitalRegistry())) {
            hospitals = (int) lines.skip(1).map(l -> l.split(",", 2)[0]).filter(c -> !c.isBlank()).distinct().count();
        }
        return new BenchData(root.toAbsolutePath(), gen, periods, hospitals, 0);
    }

    public Path all() { return root.resolve("files/all"); }
    public Path earlier() { return root.resolve("files/earlier"); }
    public Path latest() { return root.resolve("files/latest"); }
    public Path root() { return root; }
    public List<Periods> periods() { return periods; }
    public Periods lastPeriod() { return periods.get(periods.size() - 1); }
    public int hospitals() { return hospitals; }
    public double generateSeconds() { return generateSeconds; }

    /** A new, empty home with the generated registry and settings. */
    public HqdHome freshHome(String name) throws IOException {
        HqdHome h = new HqdHome(root.resolve("homes").resolve(name));
        deleteTree(h.root());
        h.ensureLayout();
        Files.createDirectories(h.hospitalRegistry().getParent());
        Files.copy(generated.hospitalRegistry(), h.hospitalRegistry());
        Files.copy(generated.settings(), h.settings());
        return h;
    }

    /** A copy of a home as it stood after a run: the warehouse and job metadata copied, files hard-linked. */
    public HqdHome copyHome(HqdHome from, String name) throws IOException {
        HqdHome h = new HqdHome(root.resolve("homes").resolve(name));
        deleteTree(h.root());
        try (Stream<Path> s = Files.walk(from.root())) {
            for (Path p : s.toList()) {
                Path t = h.root().resolve(from.root().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (p.startsWith(from.archive()) || p.startsWith(from.receipts()) || p.startsWith(from.reports())) {
                    Files.createLink(t, p);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return h;
    }

    /** Hard-links every file under {@code from} into {@code to}, keeping the relative paths. */
    public static void linkTree(Path from, Path to) throws IOException {
        for (Path p : files(from)) {
            Path t = to.resolve(from.relativize(p).toString());
            Files.createDirectories(t.getParent());
            Files.createLink(t, p);
        }
    }

    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    public static long bytes(List<Path> files) {
        return files.stream().mapToLong(f -> f.toFile().length()).sum();
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
