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
        // Every listing has a header line naming its columns, then one aligned row per code.
        TextColumns list = switch (w) {
            case regions -> {
                TextColumns t = new TextColumns("代码", "级别", "名称");
                codes.regions().forEach(r -> t.row(r.code(), level(r.level()), r.name()));
                yield t;
            }
            case hospitals -> {
                TextColumns t = new TextColumns("代码", "区划", "级别等次", "类别", "名称");
                codes.hospitalsOn(LocalDate.now()).forEach(x -> t.row(x.code(), x.regionCode(), x.tier() + x.grade(),
                        x.type(), x.name()));
                yield t;
            }
            case indicators -> {
                TextColumns t = new TextColumns("代码", "类型", "名称（单位）");
                codes.indicators().forEach(i -> t.row(i.code(), i.kind() == io.hqd.catalog.Indicator.Kind.element ? "数据项" : "指标",
                        i.name() + (i.unit() == null || i.unit().isBlank() ? "" : "（" + i.unit() + "）")));
                yield t;
            }
        };
        list.print(System.out);
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
