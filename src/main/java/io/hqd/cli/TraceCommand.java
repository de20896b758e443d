package io.hqd.cli;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.marts.Tables.FIGURE_REPORTER;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_LINEAGE;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;
import io.hqd.evaluate.OrgUnits;
import io.hqd.evaluate.ValueCube;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.Warehouse;
import io.hqd.warehouse.schema.marts.tables.records.EvaluationRecord;
import org.jooq.DSLContext;
import org.jooq.Select;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Shows the cells a printed figure was computed from, beside the figure and its coverage, so any number on paper can
 * be checked against the workbooks. With {@code --target} the figure is the one the packs and workbooks print for
 * that target (marts.evaluation), built on the target's own hospitals only ({@link TargetPopulation}); without it,
 * the indicator's figure over every hospital of the entity (marts.indicator_value with marts.figure_reporter), and a
 * region says so and names the targets whose printed figures use fewer hospitals.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "追溯一个数字的来源：列出参与计算的每个报送文件、工作表和单元格。加 --target 时给出该目标在会议材料和分析工作簿中印出的数字（只计目标适用的医院）。")
public class TraceCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--period", required = true, paramLabel = "YYYYQn", converter = PeriodOptions.PeriodConverter.class,
            description = "报告期，如 2026Q3（按年初至本期累计）")
    Periods period;

    @Option(names = "--entity", required = true, description = "医院代码或区划代码")
    String entity;

    @Option(names = "--indicator", description = "指标代码，如 cmi、mis_share（给出 --target 时可省略）")
    String indicator;

    @Option(names = "--target", description = "目标编号，如 YA2022-04：给出报表中该目标的数字及其适用医院的单元格")
    String targetCode;

    @Override
    public Integer call() {
        Periods p = period;
        Catalog catalog = Files.isDirectory(home.home().catalog()) ? CatalogLoader.load(home.home().catalog())
                : CatalogLoader.loadBundled();
        // Codes as typed, in any case (CMI, cmi, h51180001), as the catalog and registry write them.
        Codes codes = Codes.of(home.home());
        Target target = targetCode == null ? null : target(catalog, targetCode);
        if (indicator == null && target == null) {
            throw CliError.usage("请给出 --indicator（指标代码）或 --target（目标编号）。");
        }
        String code = indicator != null ? codes.indicator(indicator, "--indicator").code() : target.indicator();
        if (target != null && !target.indicator().equals(code)) {
            throw CliError.usage("目标 " + target.targetCode() + " 评价的是指标 " + target.indicator() + "，不是「" + indicator
                    + "」；可省略 --indicator。");
        }
        Indicator ind = catalog.indicator(code, p.year()).orElse(null);
        entity = codes.reporter(entity, "--entity");
        if (ind == null) {
            System.err.println("错误：计划目录中没有指标「" + code + "」在 " + p.year() + " 年的口径");
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
            System.out.printf("%s  %s  %s（%s 年初至本期）%n", entity, ind.name(), p.label(), p.year());
            if (target != null) {
                return traceTarget(dsl, catalog, org, ind, target);
            }
            traceIndicator(dsl, catalog, org, ind, hospitals.size());
            return ExitCodes.OK;
        }
    }

    private static Target target(Catalog catalog, String typed) {
        Target t = catalog.targets().stream()
                .filter(x -> x.targetCode().equalsIgnoreCase(typed.strip())).findFirst()
                .orElseThrow(() -> CliError.usage("计划目录中没有目标「" + typed + "」；目标编号见分析工作簿“明细”表的目标列。"));
        if (t.isMilestone()) {
            throw CliError.usage("目标 " + t.targetCode() + " 是定性承诺，按报送的进展评价，没有可追溯的数值。");
        }
        return t;
    }

    /** The indicator's own figure (every hospital of a region), and the targets whose printed figures differ. */
    private void traceIndicator(DSLContext dsl, Catalog catalog, OrgUnits org, Indicator ind, int hospitalCount) {
        boolean regionOfHospitals = org.region(entity) != null && ind.level() == Indicator.Level.hospital;
        if (regionOfHospitals) {
            System.out.printf("口径：%s 登记的全部 %d 家医院，不按目标的适用范围筛选%n", org.name(entity), hospitalCount);
        }
        var value = dsl.selectFrom(INDICATOR_VALUE).where(INDICATOR_VALUE.PERIOD_CODE.eq(period.code()),
                INDICATOR_VALUE.ENTITY_CODE.eq(entity), INDICATOR_VALUE.INDICATOR.eq(ind.code())).fetchOne();
        if (value == null) {
            System.out.println("无数据：该期没有可计算的数值（未报送、被退回，或尚未运行 ./hqd evaluate）");
        } else {
            System.out.printf("数值 %s  分子 %s  分母 %s  报送 %d/%d  覆盖 %d/%d 个季度%s%n", fmt(value.getValue()),
                    fmt(value.getNumerator()), fmt(value.getDenominator()), value.getReporting(), value.getExpected(),
                    value.getQuartersCovered(), value.getQuartersExpected(),
                    Boolean.TRUE.equals(value.getProvisional()) ? "  暂定：" + value.getMissingNote() : "");
        }
        if (regionOfHospitals) {
            targetsOf(dsl, catalog, org, ind);
            System.out.println("全部医院的单元格：");
        }
        cells(dsl, ind, figureReporters(dsl, ind));
    }

    /** The targets judging this indicator for this region: the figure each prints and how many hospitals it counts. */
    private void targetsOf(DSLContext dsl, Catalog catalog, OrgUnits org, Indicator ind) {
        var plans = catalog.plansByCode();
        boolean first = true;
        for (Target t : catalog.targets()) {
            EvaluationRecord e = t.indicator().equals(ind.code()) ? evaluation(dsl, t) : null;
            if (e == null) {
                continue;
            }
            if (first) {
                System.out.println("报表按目标的适用医院计算，印出的数字是：");
                first = false;
            }
            int n = TargetPopulation.of(org, t, plans.get(t.planCode()), period, entity).size();
            System.out.printf("  %s（%s，本对象 %d 家）数值 %s  分子 %s  分母 %s；单元格：hqd trace --period %s --entity %s --target %s%n",
                    t.targetCode(), TargetPopulation.words(catalog.regionsByCode(), t, plans.get(t.planCode())), n, fmt(e.getValue()),
                    fmt(e.getNumerator()), fmt(e.getDenominator()), period.code(), entity, t.targetCode());
        }
    }

    /** The figure the reports print for the target, and exactly the cells of the reporters it is built on. */
    private int traceTarget(DSLContext dsl, Catalog catalog, OrgUnits org, Indicator ind, Target t) {
        var plan = catalog.plansByCode().get(t.planCode());
        System.out.printf("目标 %s，适用：%s%n", t.targetCode(), TargetPopulation.words(catalog.regionsByCode(), t, plan));
        EvaluationRecord e = evaluation(dsl, t);
        List<HospitalVersion> population = TargetPopulation.of(org, t, plan, period, entity);
        if (e == null) {
            System.out.println(population.isEmpty() && ind.level() == Indicator.Level.hospital
                    ? entity + " 没有该目标适用的医院，材料和分析工作簿中没有这一行"
                    : "该目标本期没有 " + entity + " 的评价结果（不是该目标的评价对象，或尚未运行 ./hqd evaluate）");
            return ExitCodes.OK;
        }
        System.out.printf("数值 %s  分子 %s  分母 %s  评价 %s%s%n", fmt(e.getValue()), fmt(e.getNumerator()),
                fmt(e.getDenominator()), e.getStatus().label(),
                Boolean.TRUE.equals(e.getProvisional()) ? "  暂定" + (e.getCoverageNote() == null || e.getCoverageNote().isBlank()
                        ? "" : "：" + e.getCoverageNote()) : "");
        if (ind.level() == Indicator.Level.region) {
            cells(dsl, ind, figureReporters(dsl, ind));
            return ExitCodes.OK;
        }
        if (org.region(entity) != null) {
            System.out.printf("计入的医院（%d 家）：%s%n", population.size(),
                    String.join("、", population.stream().map(h -> h.code() + " " + h.name()).toList()));
        }
        cells(dsl, ind, population.stream().map(HospitalVersion::code).toList());
        return ExitCodes.OK;
    }

    /** The reporters the indicator's figure was computed from, as evaluation recorded them (marts.figure_reporter). */
    private Select<? extends org.jooq.Record1<String>> figureReporters(DSLContext dsl, Indicator ind) {
        return dsl.select(FIGURE_REPORTER.REPORTER_CODE).from(FIGURE_REPORTER).where(
                FIGURE_REPORTER.PERIOD_CODE.eq(period.code()), FIGURE_REPORTER.ENTITY_CODE.eq(entity),
                FIGURE_REPORTER.INDICATOR.eq(ind.code()));
    }

    private EvaluationRecord evaluation(DSLContext dsl, Target t) {
        return dsl.selectFrom(EVALUATION).where(EVALUATION.PERIOD_CODE.eq(period.code()),
                EVALUATION.TARGET_CODE.eq(t.targetCode()), EVALUATION.ENTITY_CODE.eq(entity)).fetchOne();
    }

    private void cells(DSLContext dsl, Indicator ind, Collection<String> reporters) {
        cells(dsl, ind, INDICATOR_LINEAGE.REPORTER_CODE.in(reporters));
    }

    private void cells(DSLContext dsl, Indicator ind, Select<? extends org.jooq.Record1<String>> reporters) {
        cells(dsl, ind, INDICATOR_LINEAGE.REPORTER_CODE.in(reporters));
    }

    private void cells(DSLContext dsl, Indicator ind, org.jooq.Condition ofReporters) {
        for (var s : dsl.selectFrom(INDICATOR_LINEAGE).where(INDICATOR_LINEAGE.PERIOD_CODE.eq(period.code()),
                        INDICATOR_LINEAGE.INDICATOR.eq(ind.code()), ofReporters)
                .orderBy(INDICATOR_LINEAGE.PART.desc(), INDICATOR_LINEAGE.REPORTER_CODE, INDICATOR_LINEAGE.QUARTER).fetch()) {
            System.out.printf("  %s %-22s %-10s %s  %s  %s!%s = %s%s%n",
                    ValueCube.Part.valueOf(s.getPart()).label(), s.getElementCode(), s.getReporterCode(),
                    s.getQuarter(), s.getOriginalName(), s.getSheet(), s.getCell(), fmt(s.getValue()),
                    Boolean.TRUE.equals(s.getCarried()) ? "（沿用更正前版本）" : "");
        }
    }

    private static String fmt(Double d) {
        return d == null ? "—" : d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.format("%.4f", d);
    }
}
