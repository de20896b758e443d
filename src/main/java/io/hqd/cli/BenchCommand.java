package io.hqd.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.demo.DemoScope;
import io.hqd.home.HqdHome;
import io.hqd.report.bench.BenchData;
import io.hqd.report.bench.ChildRun;
import io.hqd.report.bench.FloorScan;
import io.hqd.report.bench.HistoryFootprint;
import io.hqd.report.bench.RequiredWork;
import io.hqd.report.bench.Measured;
import io.hqd.report.bench.PandasBaseline;
import io.hqd.report.bench.StageTimes;
import io.hqd.warehouse.Periods;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The pipeline's benchmark, side by side on the same files in one run: the floor (inflate and scan the
 * sheet XML), the analysts' pandas + openpyxl script, hqd's initial load (whole process and ingest stage),
 * evaluation, report pages per second, the whole nightly run, a nightly run adding the latest period to a
 * warehouse holding the earlier ones, and a rerun of one county. Every figure is the median of
 * {@code --runs} runs; hqd runs as its own process with the heap capped at {@code --heap}.
 * Figures quoted in the README come from this command.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "性能基准：在同一批示例文件上并列测量 底线（解压并扫描 XML）、pandas+openpyxl 脚本、hqd 接收、评价、报表、夜间任务、新增一期、单县重跑，每项取多次运行的中位数。")
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--home", description = "基准测试用的工作目录（会被清空），默认 target/bench")
    Path root = Path.of("target", "bench");

    @Option(names = "--hospitals", description = "医院数（如 2000 为省级规模：计划目录中全部市县，每县补足医院）；默认与 hqd demo 相同")
    int hospitals;

    @Option(names = "--periods", description = "季度数（截至最近一个已结束的季度），默认与 hqd demo 相同（5）")
    int periods;

    @Option(names = "--runs", description = "每项重复次数，取中位数，默认 3")
    int runs = 3;

    @Option(names = "--heap", description = "hqd 子进程的最大堆内存，默认 1g（能在此上限内跑完即证明堆内存有界）")
    String heap = "1g";

    @Option(names = "--skip-baseline", description = "不运行 pandas 基线脚本")
    boolean skipBaseline;

    @Option(names = "--reuse-data", description = "沿用 --home 中上次基准测试生成的文件（不重新生成；--hospitals、--periods 应与上次相同），用于在同一批文件上比较两个版本")
    boolean reuseData;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = CatalogLoader.loadBundled();
        DemoScope scope = scope(catalog);
        System.out.printf("处理器 %d 核；系统负载 %s；hqd 子进程堆上限 %s；每项运行 %d 次取中位数（括号内为最小–最大）；子进程与 bin/hqd 一样按命令使用 hqd-jvm.conf 的选项和类数据共享归档（各命令第一次运行时生成）%n",
                Runtime.getRuntime().availableProcessors(), ChildRun.loadAverage(), heap, runs);
        BenchData data = reuseData ? BenchData.reuse(root.toAbsolutePath()) : BenchData.generate(root.toAbsolutePath(), catalog, scope);
        if (data == null) {
            throw CliError.usage("--reuse-data：目录 " + root.toAbsolutePath() + " 中没有上次基准测试生成的文件；去掉 --reuse-data 重新生成。");
        }
        Path scratch = data.root();
        List<Path> all = BenchData.files(data.all());
        List<Path> latest = BenchData.files(data.latest());
        Periods period = data.lastPeriod();
        System.out.printf("数据：%d 家医院，%d 期（%s–%s），%d 个文件（最新一期 %d 个），%.1f MB；%s%n",
                data.hospitals(), data.periods().size(), data.periods().get(0), period, all.size(), latest.size(),
                BenchData.bytes(all) / 1e6, reuseData ? "沿用上次生成的文件" : String.format("生成 %.1f 秒", data.generateSeconds()));

        // 1. The floor.
        List<Double> floor = new ArrayList<>();
        List<Double> floorCpu = new ArrayList<>();
        long cells = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            double c0 = ChildRun.ownCpuSeconds();
            cells = FloorScan.scan(all);
            floor.add((System.nanoTime() - t0) / 1e9);
            floorCpu.add(ChildRun.ownCpuSeconds() - c0);
        }
        Measured floorS = Measured.of(floor);
        Measured floorC = Measured.of(floorCpu);
        System.out.printf("底线（解压并扫描工作表 XML，%d 核）：%s 秒，CPU %s 秒，%d 个单元格%n",
                Runtime.getRuntime().availableProcessors(), floorS.describe("%.2f"), floorC.describe("%.2f"), cells);

        // 2. The analysts' script.
        Measured pandasWhole = null;
        Measured pandasWholeCpu = null;
        Measured pandasRead = null;
        if (!skipBaseline && PandasBaseline.available(scratch)) {
            List<Double> whole = new ArrayList<>();
            List<Double> wholeCpu = new ArrayList<>();
            List<Double> read = new ArrayList<>();
            List<Double> readCpu = new ArrayList<>();
            PandasBaseline.Result last = null;
            for (int i = 0; i < runs; i++) {
                last = PandasBaseline.run(scratch, all);
                whole.add(last.wholeSeconds());
                wholeCpu.add(last.wholeCpuSeconds());
                read.add(last.readSeconds());
                readCpu.add(last.readCpuSeconds());
            }
            pandasWhole = Measured.of(whole);
            pandasWholeCpu = Measured.of(wholeCpu);
            pandasRead = Measured.of(read);
            System.out.printf("pandas+openpyxl 脚本（单线程）：整个进程 %s 秒（CPU %s 秒），其中读取 %s 秒（CPU %s 秒）；"
                            + "%d 个文件读不了；%d 行；RSS 峰值 %.0f MB%n",
                    pandasWhole.describe("%.1f"), pandasWholeCpu.describe("%.1f"), pandasRead.describe("%.1f"),
                    Measured.of(readCpu).describe("%.1f"), last.failed(), last.rows(), last.peakRssBytes() / 1e6);
        } else if (!skipBaseline) {
            System.out.println("pandas+openpyxl 未安装（Debian：apt-get install python3-pandas python3-openpyxl），跳过基线");
        }

        // 3. hqd's initial load of every period: whole process, and the ingest stage inside it.
        List<Double> whole = new ArrayList<>();
        List<Double> wholeCpu = new ArrayList<>();
        List<Double> stage = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> heapUsed = new ArrayList<>();
        Map<String, List<Double>> threadCpu = new LinkedHashMap<>();
        HqdHome loaded = null;
        for (int i = 0; i < runs; i++) {
            loaded = data.freshHome("load-" + i);
            ChildRun.Result r = check(hqd(scratch, "ingest", "--home", loaded.root().toString(), data.all().toString()));
            r.threadCpu().forEach((kind, s) -> threadCpu.computeIfAbsent(kind, k -> new ArrayList<>()).add(s));
            whole.add(r.seconds());
            wholeCpu.add(r.cpuSeconds());
            stage.add(StageTimes.lastSeconds(loaded, "ingestJob"));
            rss.add((double) r.peakRssBytes());
            heapUsed.add((double) r.peakHeapBytes());
        }
        Measured loadWhole = Measured.of(whole);
        Measured loadCpu = Measured.of(wholeCpu);
        Measured loadStage = Measured.of(stage);
        StageTimes.Counts counts = StageTimes.counts(loaded);
        System.out.printf("hqd 首次接收全部各期：整个进程 %s 秒（CPU %s 秒），其中接收阶段 %s 秒；%.1f 文件/秒，%.0f 单元格/秒（%d 个数值入库）；"
                        + "堆峰值 %.0f MB，RSS 峰值 %.0f MB%n", loadWhole.describe("%.1f"), loadCpu.describe("%.1f"), loadStage.describe("%.1f"),
                all.size() / loadStage.median(), cells / loadStage.median(), counts.values(),
                Measured.of(heapUsed).max() / 1e6, Measured.of(rss).max() / 1e6);
        if (pandasWhole != null) {
            System.out.printf("  hqd 比 pandas 快：整个进程 %.2f 倍（CPU 时间 %.2f 倍），同样工作（pandas 读取 vs hqd 接收阶段）%.2f 倍%n",
                    pandasWhole.median() / loadWhole.median(), pandasWholeCpu.median() / loadCpu.median(),
                    pandasRead.median() / loadStage.median());
        }
        System.out.printf("  hqd 接收阶段是底线的 %.1f 倍（CPU 时间：整个进程是底线的 %.1f 倍）%n", loadStage.median() / floorS.median(),
                loadCpu.median() / floorC.median());
        // Which thread the time went to: the main thread validates and stores (one file at a time, in inbox order) while
        // the parser threads read; the longer of the two bounds the stage.
        StringBuilder byKind = new StringBuilder();
        threadCpu.forEach((kind, s) -> byKind.append(byKind.isEmpty() ? "" : "，").append(kind).append(" ")
                .append(Measured.of(s).describe("%.1f")).append(" 秒"));
        System.out.printf("  其中各线程 CPU：%s%n", byKind);

        // What an ingest costs before it reads a file (Java, Spring Batch, DuckDB, the run's bookkeeping): an ingest of an
        // empty folder on the loaded warehouse. With the floor, a bound no ingest on this stack can go below.
        List<Double> idle = new ArrayList<>();
        List<Double> idleCpu = new ArrayList<>();
        Path empty = java.nio.file.Files.createDirectories(scratch.resolve("empty-inbox"));
        for (int i = 0; i < runs; i++) {
            ChildRun.Result r = check(hqd(scratch, "ingest", "--home", loaded.root().toString(), empty.toString()));
            idle.add(r.seconds());
            idleCpu.add(r.cpuSeconds());
        }
        Measured idleWall = Measured.of(idle);
        System.out.printf("  hqd 接收一个空文件夹（启动 Java、Spring Batch、DuckDB 及运行记录，不读文件）：%s 秒（CPU %s 秒）；加上底线共 %.1f 秒%s%n",
                idleWall.describe("%.1f"), Measured.of(idleCpu).describe("%.1f"), idleWall.median() + floorS.median(),
                pandasWhole == null ? "" : String.format("，pandas 整个进程的 1/20 为 %.1f 秒", pandasWhole.median() / 20));

        // What the load must do besides reading and validating, each part alone at its cheapest: with the start-up and
        // the floor, how much of the 20x goal's time is left for everything else.
        RequiredWork.Costs required = RequiredWork.measure(all, loaded, scratch);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("  初始加载除读取和校验外必须做的事（同样的文件，各项单独、以最省的方式测量，CPU 秒）：读取并散列 %.2f，归档 %.2f，"
                        + "写回执文件（内容现成，不生成不压缩）%.2f，追加 %d 行溯源记录（无键表，每 128 个文件一次提交）%.2f；合计 %.2f，"
                        + "加上底线 %.2f 共 %.2f%s%n", required.hashing(), required.archiving(), required.receiptFiles(), required.rows(),
                required.appending(), required.total(), floorC.median(), required.total() + floorC.median(),
                pandasWhole == null ? "" : pandasWhole.median() / 20 <= idleWall.median()
                        ? String.format("；比 pandas 快 20 倍的目标：启动本身（%.1f 秒）已超过 pandas 整个进程的 1/20（%.1f 秒）",
                                idleWall.median(), pandasWhole.median() / 20)
                        : String.format("；比 pandas 快 20 倍的目标在启动之后只余 %.2f（(%.1f − %.1f) 秒 × %d 核）",
                                (pandasWhole.median() / 20 - idleWall.median()) * cores, pandasWhole.median() / 20, idleWall.median(), cores));

        // The heap an ingest keeps for the values in force grows with the warehouse's history, not with a run's files.
        List<HistoryFootprint.Footprint> footprints = HistoryFootprint.of(loaded, 0, 40);
        HistoryFootprint.Footprint held = footprints.get(0);
        HistoryFootprint.Footprint decade = footprints.get(1);
        System.out.printf("  接收时常驻内存的在用数值（跳变校验的历史，随仓库历史而非文件数增长）：本仓库 %d 个，%.1f MB（每个 %.0f 字节）；"
                        + "同样的数值向前重复到每项指标 40 个季度（十年，%d 个）：%.0f MB（每个 %.0f 字节）%n", held.values(),
                held.bytes() / 1e6, held.bytesPerValue(), decade.values(), decade.bytes() / 1e6, decade.bytesPerValue());

        // 4. Evaluate and 5. report, in their own processes on the loaded warehouse.
        List<Double> evaluate = new ArrayList<>();
        List<Double> report = new ArrayList<>();
        List<Double> pagesPerSecond = new ArrayList<>();
        List<Double> evaluateCpu = new ArrayList<>();
        List<Double> reportCpu = new ArrayList<>();
        int pages = 0;
        int pdfs = 0;
        int workbooks = 0;
        for (int i = 0; i < runs; i++) {
            evaluateCpu.add(check(hqd(scratch, "evaluate", "--home", loaded.root().toString(), "--period", period.code(),
                    "--rerun")).cpuSeconds());
            evaluate.add(StageTimes.lastSeconds(loaded, "evaluateJob"));
            reportCpu.add(check(hqd(scratch, "report", "--home", loaded.root().toString(), "--period", period.code(),
                    "--rerun")).cpuSeconds());
            double s = StageTimes.lastSeconds(loaded, "reportJob");
            StageTimes.Pages p = StageTimes.lastReport(loaded);
            report.add(s);
            pages = p.pages();
            pdfs = p.pdfs();
            workbooks = p.workbooks();
            pagesPerSecond.add(p.pages() / s);
            Thread.sleep(1100); // reruns are named by the second
        }
        counts = StageTimes.counts(loaded);
        System.out.printf("评价 %s：%s 秒（进程 CPU %s 秒；%d 行指标值，%d 行目标评价）%n", period, Measured.of(evaluate).describe("%.1f"),
                Measured.of(evaluateCpu).describe("%.1f"), counts.indicatorValues(), counts.evaluations());
        System.out.printf("报表 %s：%d 份 PDF 共 %d 页、%d 个分析工作簿，%s 秒，%s 页/秒（进程 CPU %s 秒，每 CPU 秒 %.1f 页）%n", period,
                pdfs, pages, workbooks, Measured.of(report).describe("%.1f"), Measured.of(pagesPerSecond).describe("%.1f"),
                Measured.of(reportCpu).describe("%.1f"), pages / Measured.of(reportCpu).median());

        // 6. The whole nightly run on an empty warehouse, every period in the inbox.
        List<Double> nightly = new ArrayList<>();
        List<Double> nightlyCpu = new ArrayList<>();
        HqdHome full = null;
        for (int i = 0; i < runs; i++) {
            full = data.freshHome("nightly-" + i);
            BenchData.linkTree(data.all(), full.inbox());
            ChildRun.Result r = check(hqd(scratch, "nightly", "--home", full.root().toString(), "--period", period.code()));
            nightly.add(r.seconds());
            nightlyCpu.add(r.cpuSeconds());
        }
        System.out.printf("完整夜间任务（空仓库，全部各期）：%s 秒（CPU %s 秒）%n", Measured.of(nightly).describe("%.1f"),
                Measured.of(nightlyCpu).describe("%.1f"));

        // 7. A night adding the latest period to a warehouse holding the earlier ones.
        if (data.periods().size() > 1) {
            HqdHome before = data.freshHome("before");
            BenchData.linkTree(data.earlier(), before.inbox());
            check(hqd(scratch, "nightly", "--home", before.root().toString(), "--period", period.previous().code()));
            BenchData.deleteTree(before.inbox());
            List<Double> added = new ArrayList<>();
            List<Double> addedRss = new ArrayList<>();
            List<Double> addedCpu = new ArrayList<>();
            List<Double> cityPacks = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                HqdHome h = data.copyHome(before, "add-" + i);
                BenchData.linkTree(data.latest(), h.inbox());
                LocalDateTime launched = LocalDateTime.now();
                ChildRun.Result r = check(hqd(scratch, "nightly", "--home", h.root().toString(), "--period", period.code()));
                added.add(r.seconds());
                addedCpu.add(r.cpuSeconds());
                addedRss.add((double) r.peakRssBytes());
                LocalDateTime ready = StageTimes.cityPacksDone(h);
                if (ready != null) {
                    cityPacks.add(Duration.between(launched, ready).toNanos() / 1e9);
                }
            }
            System.out.printf("夜间任务新增一期（仓库已有前 %d 期，新到 %d 个文件，接收+评价+全部报表）：%s 秒（CPU %s 秒），RSS 峰值 %.0f MB%n",
                    data.periods().size() - 1, latest.size(), Measured.of(added).describe("%.1f"), Measured.of(addedCpu).describe("%.1f"),
                    Measured.of(addedRss).max() / 1e6);
            if (!cityPacks.isEmpty()) {
                System.out.printf("  其中接收、评价并生成全部市级会议材料（首先生成）：从启动起 %s 秒%n", Measured.of(cityPacks).describe("%.1f"));
            }
        }

        // 8. A statistician reruns one county before a meeting (all files already received).
        String county = scope.counties(catalog).get(0).code();
        List<Double> rerun = new ArrayList<>();
        List<Double> rerunCpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ChildRun.Result r = check(hqd(scratch, "nightly", "--home", full.root().toString(), "--period", period.code(),
                    "--scope", county, "--rerun"));
            rerun.add(r.seconds());
            rerunCpu.add(r.cpuSeconds());
            Thread.sleep(1100);
        }
        System.out.printf("单县重跑（%s，收件箱文件均已接收）：%s 秒（CPU %s 秒）%n", county, Measured.of(rerun).describe("%.1f"),
                Measured.of(rerunCpu).describe("%.1f"));
        System.out.printf("结束时系统负载 %s%n", ChildRun.loadAverage());
        return ExitCodes.OK;
    }

    private DemoScope scope(Catalog catalog) {
        DemoScope demo = DemoScope.defaults(LocalDate.now());
        Periods to = demo.to();
        Periods from = demo.from();
        if (periods > 0) {
            from = to;
            for (int i = 1; i < periods; i++) {
                from = from.previous();
            }
        }
        return hospitals > 0 ? DemoScope.province(catalog, from, to, hospitals) : demo.withPeriods(from, to);
    }

    private ChildRun.Result hqd(Path scratch, String... args) throws Exception {
        return ChildRun.hqd(scratch, heap, args);
    }

    /** Exit 0, or 4 (some demo files are rejected on purpose); anything else stops the benchmark. */
    private static ChildRun.Result check(ChildRun.Result r) {
        if (r.exitCode() != ExitCodes.OK && r.exitCode() != ExitCodes.FILES_REJECTED) {
            throw new IllegalStateException("hqd 子进程失败（退出码 " + r.exitCode() + "）：\n" + r.output());
        }
        return r;
    }
}
