package io.hqd.cli;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.evaluate.IndicatorCalculator;
import io.hqd.evaluate.Lineage;
import io.hqd.evaluate.Measure;
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

/** Shows the cells a figure was computed from, so any number on paper can be checked against the workbooks. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "追溯一个数字的来源：列出参与计算的每个报送文件、工作表和单元格。")
public class TraceCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--period", required = true, description = "报告期，如 2026Q3（按年初至本期累计）")
    String period;

    @Option(names = "--entity", required = true, description = "医院代码或区划代码")
    String entity;

    @Option(names = "--indicator", required = true, description = "指标代码，如 cmi、mis_share")
    String indicator;

    @Override
    public Integer call() {
        Periods p = Periods.parse(period);
        Catalog catalog = Files.isDirectory(home.home().catalog()) ? CatalogLoader.load(home.home().catalog())
                : CatalogLoader.loadBundled();
        var ind = catalog.indicator(indicator, p.year()).orElse(null);
        if (ind == null) {
            System.err.println("错误：计划目录中没有指标「" + indicator + "」");
            return ExitCodes.USAGE;
        }
        try (Warehouse w = Warehouse.open(home.home().warehouseFile())) {
            OrgUnits org = OrgUnits.load(w.dsl());
            ValueCube cube = ValueCube.load(w.dsl());
            List<HospitalVersion> hospitals = org.hospitalsOn(p.end()).stream()
                    .filter(h -> h.code().equals(entity) || org.within(h.regionCode(), entity)).toList();
            if (hospitals.isEmpty() && org.region(entity) == null) {
                System.err.println("错误：登记表中没有医院或区划「" + entity + "」");
                return ExitCodes.USAGE;
            }
            IndicatorCalculator calc = new IndicatorCalculator(catalog, cube, org);
            boolean regionLevel = ind.level() == io.hqd.catalog.Indicator.Level.region;
            Measure m = regionLevel ? calc.forRegion(ind, entity, p) : calc.forHospitals(ind, hospitals, p);
            List<String> reporters = regionLevel ? List.of(entity) : hospitals.stream().map(HospitalVersion::code).toList();
            System.out.printf("%s  %s  %s（%s 年初至本期）%n", entity, ind.name(), p.label(), p.year());
            System.out.printf("数值 %s  分子 %s  分母 %s  报送 %d/%d%s%n", fmt(m.value()), fmt(m.numerator()),
                    fmt(m.denominator()), m.reporting(), m.expected(), m.provisional() ? "  （暂定：有缺报）" : "");
            for (Lineage.Source s : new Lineage(catalog, cube).sources(ind, reporters, p)) {
                System.out.printf("  %s %-22s %-10s %s  %s  %s!%s = %s%n", s.part(), s.elementCode(), s.reporter(),
                        s.quarter(), s.cell().file(), s.cell().sheet(), s.cell().cell(), fmt(s.cell().value()));
            }
            return ExitCodes.OK;
        }
    }

    private static String fmt(Double d) {
        return d == null ? "—" : d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.format("%.4f", d);
    }
}
