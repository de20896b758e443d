package io.hqd.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks across rows and files: unique keys, references, and the columns each target kind needs. */
final class CatalogRules {
    private final List<CatalogProblem> problems;
    private final String origin;
    private Map<Object, Long> lines;

    CatalogRules(List<CatalogProblem> problems, String origin) {
        this.problems = problems;
        this.origin = origin;
    }

    void check(Catalog c, Map<Object, Long> lines) {
        this.lines = lines;
        Set<String> regionCodes = unique(c.regions(), "regions.csv", "code", Region::code);
        Set<String> hospitalCodes = unique(c.namedHospitals(), "named-hospitals.csv", "code", NamedHospital::code);
        Set<String> planCodes = unique(c.plans(), "plans.csv", "plan_code", Plan::planCode);
        unique(c.targets(), "targets.csv", "target_code", Target::targetCode);
        unique(c.indicators(), "indicators.csv", "code+version", i -> i.code() + "@" + i.version());

        Map<String, Indicator> byCode = c.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, i -> i, (a, b) -> a));

        for (Region r : c.regions()) {
            if (r.parentCode() != null && !regionCodes.contains(r.parentCode())) {
                add(r, "regions.csv", "parent_code", "上级区划「" + r.parentCode() + "」不在 regions.csv 中");
            }
        }
        for (NamedHospital h : c.namedHospitals()) {
            if (!regionCodes.contains(h.regionCode())) {
                add(h, "named-hospitals.csv", "region_code", "区划「" + h.regionCode() + "」不在 regions.csv 中");
            }
        }
        for (Indicator i : c.indicators()) {
            if (i.kind() == Indicator.Kind.indicator) {
                if (i.numerator() == null) {
                    add(i, "indicators.csv", "numerator", "指标必须填写分子数据项");
                }
                checkElement(i, "numerator", i.numerator(), byCode);
                checkElement(i, "denominator", i.denominator(), byCode);
            }
        }
        for (Plan p : c.plans()) {
            if (!regionCodes.contains(p.jurisdictionCode())) {
                add(p, "plans.csv", "jurisdiction_code", "区划「" + p.jurisdictionCode() + "」不在 regions.csv 中");
            }
        }
        Map<String, Plan> plans = c.plansByCode();
        for (Target t : c.targets()) {
            if (!planCodes.contains(t.planCode())) {
                add(t, "targets.csv", "plan_code", "规划「" + t.planCode() + "」不在 plans.csv 中");
            }
            if (t.isMilestone()) {
                if (!Target.MILESTONE_INDICATOR.equals(t.indicator())) {
                    add(t, "targets.csv", "indicator", "milestone 类目标的 indicator 应为 " + Target.MILESTONE_INDICATOR + "（按进展状态跟踪，不由指标计算）");
                }
            } else if (!byCode.containsKey(t.indicator())) {
                add(t, "targets.csv", "indicator", "指标「" + t.indicator() + "」不在 indicators.csv 中");
            }
            if (t.repeatsYearly() && !t.isMilestone()) {
                add(t, "targets.csv", "repeat", "repeat=yearly 只用于 milestone 类目标（数值目标的逐年评价由 kind 决定）");
            }
            if (t.scope().region() != null && !regionCodes.contains(t.scope().region())) {
                add(t, "targets.csv", "scope_region", "区划「" + t.scope().region() + "」不在 regions.csv 中");
            }
            for (String h : t.scope().hospitals()) {
                if (!hospitalCodes.contains(h)) {
                    add(t, "targets.csv", "scope_hospitals", "医院「" + h + "」不在 named-hospitals.csv 中");
                }
            }
            checkKind(t, plans.get(t.planCode()));
        }
    }

    private void checkElement(Indicator i, String field, String code, Map<String, Indicator> byCode) {
        if (code == null) {
            return;
        }
        Indicator e = byCode.get(code);
        if (e == null) {
            add(i, "indicators.csv", field, "数据项「" + code + "」不在 indicators.csv 中");
        } else if (!e.isElement()) {
            add(i, "indicators.csv", field, "「" + code + "」是指标，分子分母只能是数据项（kind=element）");
        }
    }

    private void checkKind(Target t, Plan plan) {
        if (t.kind() == null) {
            return;
        }
        // Each kind checks its own columns (evaluate/TargetKind.validate): one class per kind.
        for (var problem : io.hqd.evaluate.TargetKinds.of(t.kind()).validate(t)) {
            add(t, "targets.csv", problem.field(), problem.message());
        }
        // An undated plan (no end_year) states standing targets that apply every year: blank year allowed.
        boolean undated = plan != null && plan.endYear() == null;
        if (t.kind() != Target.Kind.direction && t.kind() != Target.Kind.rank && t.targetYear() == null && !undated) {
            add(t, "targets.csv", "target_year", "必须填写目标年份");
        }
        if (t.baselineYear() != null && t.targetYear() != null && t.baselineYear() >= t.targetYear()) {
            add(t, "targets.csv", "baseline_year", "基期年份应早于目标年份");
        }
    }

    private <T> Set<String> unique(List<T> items, String file, String field, java.util.function.Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String k = key.apply(item);
            if (k != null && !k.isEmpty() && !seen.add(k)) {
                add(item, file, field, "「" + k + "」重复");
            }
        }
        return seen;
    }

    private void add(Object item, String file, String field, String message) {
        problems.add(new CatalogProblem(origin + "/" + file, lines.getOrDefault(item, 0L), field, message));
    }
}
