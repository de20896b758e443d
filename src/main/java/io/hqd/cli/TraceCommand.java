package io.hqd.cli;

import static io.hqd.warehouse.schema.marts.Tables.FIGURE_REPORTER;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_LINEAGE;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Indicator;
import io.hqd.evaluate.OrgUnits;
import io.hqd.evaluate.ValueCube;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Shows the cells a printed figure was computed from (marts.indicator_lineage of the reporters marts.figure_reporter
 * names for it, the same rows the analyst workbook lists), beside the figure and its coverage (marts.indicator_value), so any number on paper can be checked
 * against the workbooks.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "追溯一个数字的来源：列出参与计算的每个报送文件、工作表和单元格。")
public class TraceCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--period", required = true, paramLabel = "YYYYQn", converter = PeriodOptions.PeriodConverter.class,
            description = "报告期，如 2026Q3（按年初至本期累计）")
    Periods period;

    @Option(names = "--entity", required = true, description = "医院代码或区划代码")
    String entity;

    @Option(names = "--indicator", required = true, description = "指标代码，如 cmi、mis_share")
    String indicator;

    @Override
    public Integer call() {
        Periods p = period;
        Catalog catalog = Files.isDirectory(home.home().catalog()) ? CatalogLoader.load(home.home().catalog())
                : CatalogLoader.loadBundled();
        // Codes as typed, in any case (CMI, cmi, h51180001), as the catalog and registry write them.
        Codes codes = Codes.of(home.home());
        Indicator ind = catalog.indicator(codes.indicator(indicator, "--indicator").code(), p.year()).orElse(null);
        entity = codes.reporter(entity, "--entity");
        if (ind == null) {
            System.err.println("错误：计划目录中没有指标「" + indicator + "」");
            return ExitCodes.USAGE;
        }
        try (Warehouse w = Warehouse.open(home.home().warehouseFile())) {
            var dsl = w.dsl();
            OrgUnits org = OrgUnits.load(dsl);
            List<HospitalVersion> hospitals = org.hospitalsOn(p.end()).stream()
                    .filter(h -> h.code().equals(entity) || org.within(h.regionCode(), entity)).toList();
            if (hospitals.isEmpty() && org.region(entity) == null) {
                System.err.println("错误：登记表中没有医院或区划「" + entity + "」");
                return ExitCodes.USAGE;
            }
            var value = dsl.selectFrom(INDICATOR_VALUE).where(INDICATOR_VALUE.PERIOD_CODE.eq(p.code()),
                    INDICATOR_VALUE.ENTITY_CODE.eq(entity), INDICATOR_VALUE.INDICATOR.eq(ind.code())).fetchOne();
            // The reporters the figure was computed from, as evaluation recorded them (marts.figure_reporter).
            var reporters = dsl.select(FIGURE_REPORTER.REPORTER_CODE).from(FIGURE_REPORTER).where(
                    FIGURE_REPORTER.PERIOD_CODE.eq(p.code()), FIGURE_REPORTER.ENTITY_CODE.eq(entity),
                    FIGURE_REPORTER.INDICATOR.eq(ind.code()));
            System.out.printf("%s  %s  %s（%s 年初至本期）%n", entity, ind.name(), p.label(), p.year());
            if (value == null) {
                System.out.println("无数据：该期没有可计算的数值（未报送、被退回，或尚未运行 ./hqd evaluate）");
            } else {
                System.out.printf("数值 %s  分子 %s  分母 %s  报送 %d/%d  覆盖 %d/%d 个季度%s%n", fmt(value.getValue()),
                        fmt(value.getNumerator()), fmt(value.getDenominator()), value.getReporting(), value.getExpected(),
                        value.getQuartersCovered(), value.getQuartersExpected(),
                        Boolean.TRUE.equals(value.getProvisional()) ? "  暂定：" + value.getMissingNote() : "");
            }
            for (var s : dsl.selectFrom(INDICATOR_LINEAGE).where(INDICATOR_LINEAGE.PERIOD_CODE.eq(p.code()),
                            INDICATOR_LINEAGE.INDICATOR.eq(ind.code()), INDICATOR_LINEAGE.REPORTER_CODE.in(reporters))
                    .orderBy(INDICATOR_LINEAGE.PART.desc(), INDICATOR_LINEAGE.REPORTER_CODE, INDICATOR_LINEAGE.QUARTER).fetch()) {
                System.out.printf("  %s %-22s %-10s %s  %s  %s!%s = %s%s%n",
                        ValueCube.Part.valueOf(s.getPart()).label(), s.getElementCode(), s.getReporterCode(),
                        s.getQuarter(), s.getOriginalName(), s.getSheet(), s.getCell(), fmt(s.getValue()),
                        Boolean.TRUE.equals(s.getCarried()) ? "（沿用更正前版本）" : "");
            }
            return ExitCodes.OK;
        }
    }

    private static String fmt(Double d) {
        return d == null ? "—" : d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.format("%.4f", d);
    }
}
