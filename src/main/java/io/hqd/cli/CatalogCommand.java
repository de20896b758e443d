package io.hqd.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogException;
import io.hqd.catalog.CatalogExporter;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.CatalogProblem;
import io.hqd.registry.HospitalRegistry;
import io.hqd.registry.RegistryScopeCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "计划目录（规划、目标、指标）：导出、校验、复制到工作目录以便编辑，列出代码（hqd catalog list regions|hospitals|indicators）。",
        subcommands = {CatalogCommand.Export.class, CatalogCommand.Check.class, CatalogCommand.Edit.class, CatalogList.class})
public class CatalogCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    /** The catalog folder: --dir, else the home's (a folder that is not a home yet falls back to the shipped catalog). */
    static Path catalogDir(HomeOption home, Path dir) {
        return dir != null ? dir : home.folder().catalog();
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "把全部目标导出为 CSV（每个目标一行，可用 Excel 打开审阅）。")
    static class Export implements Callable<Integer> {
        @Mixin HomeOption home;
        @Option(names = "--dir", description = "计划目录所在文件夹（默认：工作目录下的 catalog，没有则用内置目录）") Path dir;
        @Option(names = {"-o", "--out"}, description = "输出文件，默认输出到屏幕") Path out;

        @Override
        public Integer call() throws Exception {
            Catalog catalog = CatalogLoader.load(catalogDir(home, dir));
            if (out == null) {
                Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                CatalogExporter.export(catalog, w);
                w.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    CatalogExporter.export(catalog, w);
                }
                System.err.printf("已导出 %d 个目标（%d 个规划）到 %s%n", catalog.targets().size(), catalog.plans().size(), out);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "校验计划目录；有错误时列出文件、行号、字段并以非零码退出。")
    static class Check implements Callable<Integer> {
        @Mixin HomeOption home;
        @Option(names = "--dir", description = "计划目录所在文件夹（默认：工作目录下的 catalog，没有则用内置目录）") Path dir;
        @Option(names = "--registry", description = "医院名录 CSV（默认：工作目录下的 registry/hospitals.csv）；用来检查每个目标的适用范围至少有一家医院") Path registry;

        @Override
        public Integer call() {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            try {
                Catalog c = CatalogLoader.load(catalogDir(home, dir));
                Path registryFile = registry != null ? registry : home.folder().hospitalRegistry();
                if (Files.isRegularFile(registryFile)) {
                    List<CatalogProblem> empty = RegistryScopeCheck.emptyScopes(c, HospitalRegistry.read(registryFile),
                            dir != null ? dir.toString() : "(计划目录)");
                    if (!empty.isEmpty()) {
                        throw new CatalogException(empty);
                    }
                    out.printf("已对照医院名录 %s 检查：每个目标的适用范围都有医院。%n", registryFile);
                } else {
                    out.printf("未找到医院名录 %s，未检查目标适用范围是否有医院。%n", registryFile);
                }
                out.printf("计划目录无误：%d 个区划，%d 家点名医院，%d 个指标/数据项，%d 个规划，%d 个目标。%n",
                        c.regions().size(), c.namedHospitals().size(), c.indicators().size(), c.plans().size(), c.targets().size());
                return ExitCodes.OK;
            } catch (CatalogException e) {
                out.printf("计划目录有 %d 处错误：%n", e.problems().size());
                for (CatalogProblem p : e.problems()) {
                    out.println("  " + p);
                }
                return ExitCodes.ENVIRONMENT;
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "把内置计划目录复制到工作目录的 catalog 文件夹，之后改那里的 CSV 即可生效（无需重新构建）。")
    static class Edit implements Callable<Integer> {
        @Mixin HomeOption home;

        @Override
        public Integer call() throws Exception {
            Path dir = home.home().catalog();
            if (Files.exists(dir.resolve("targets.csv"))) {
                System.out.println("工作目录中已有计划目录：" + dir + "（未覆盖）");
                return ExitCodes.OK;
            }
            CatalogLoader.copyBundledTo(dir);
            System.out.println("已复制计划目录到 " + dir + "，编辑后运行 hqd catalog check 校验。");
            return ExitCodes.OK;
        }
    }
}
