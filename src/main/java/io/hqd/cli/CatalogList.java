package io.hqd.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.hqd.home.HqdHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hqd catalog list regions|hospitals|indicators}: the codes the other commands accept. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "列出可用的代码：regions（市、县区）、hospitals（医疗机构）、indicators（指标和数据项）。代码不区分大小写。")
public class CatalogList implements Callable<Integer> {
    enum What { regions, hospitals, indicators }

    @Mixin HomeOption home;

    @Parameters(paramLabel = "类别", description = "regions、hospitals 或 indicators")
    String what;

    @Override
    public Integer call() {
        What w;
        try {
            w = What.valueOf(what.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliError.usage("没有「" + what + "」这一类；可列出 regions、hospitals 或 indicators。");
        }
        HqdHome h = home.folder();
        Codes codes = Codes.of(h);
        switch (w) {
            case regions -> codes.regions().forEach(r -> System.out.printf("%-8s %-8s %s%n", r.code(), level(r.level()), r.name()));
            case hospitals -> codes.hospitalsOn(LocalDate.now()).forEach(x -> System.out.printf("%-10s %-7s %s%s %s %s%n",
                    x.code(), x.regionCode(), x.tier(), x.grade(), x.type(), x.name()));
            case indicators -> codes.indicators().forEach(i -> System.out.printf("%-28s %-5s %s%s%n", i.code(),
                    i.kind() == io.hqd.catalog.Indicator.Kind.element ? "数据项" : "指标", i.name(),
                    i.unit() == null || i.unit().isBlank() ? "" : "（" + i.unit() + "）"));
        }
        return ExitCodes.OK;
    }

    private static String level(io.hqd.catalog.Region.Level level) {
        return switch (level) {
            case province -> "省";
            case city -> "市";
            case county -> "县区";
        };
    }
}
