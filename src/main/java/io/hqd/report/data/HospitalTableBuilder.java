package io.hqd.report.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hqd.evaluate.Status;

/**
 * Hospital rows grouped by tier+type (三级综合, 二级综合, 中医 …), then by target, ranked by value
 * within the group (best first, in the indicator's direction; hospitals without data last).
 */
public final class HospitalTableBuilder {
    private static final List<String> TIERS = List.of("三级", "二级", "一级");
    private static final List<String> TYPES = List.of("综合", "中医", "妇幼", "专科");

    private HospitalTableBuilder() {
    }

    public static List<HospitalRow> build(List<EvalFact> facts, Map<String, HospitalInfo> hospitals, RegionTree regions) {
        Map<String, List<EvalFact>> byGroupTarget = new LinkedHashMap<>();
        for (EvalFact f : facts) {
            if (!f.isHospital() || f.status() == Status.not_applicable) {
                continue;
            }
            HospitalInfo h = hospitals.get(f.entityCode());
            String group = h == null ? "其他" : h.group();
            byGroupTarget.computeIfAbsent(group + "\u0000" + f.targetCode(), k -> new ArrayList<>()).add(f);
        }
        List<String> keys = new ArrayList<>(byGroupTarget.keySet());
        keys.sort(Comparator.comparing((String k) -> groupOrder(k.substring(0, k.indexOf('\u0000'))))
                .thenComparing(k -> k));
        List<HospitalRow> out = new ArrayList<>();
        for (String key : keys) {
            String group = key.substring(0, key.indexOf('\u0000'));
            List<EvalFact> rows = byGroupTarget.get(key);
            rows.sort(Comparator.comparing((EvalFact f) -> f.value() == null)
                    .thenComparing(f -> f.value() == null ? 0 : (f.indicator().lowerIsBetter() ? f.value() : -f.value()))
                    .thenComparing(EvalFact::entityName));
            int rank = 0;
            Double last = null;
            for (int i = 0; i < rows.size(); i++) {
                EvalFact f = rows.get(i);
                if (last == null || !last.equals(f.value())) {
                    rank = i + 1; // equal values share a rank
                }
                last = f.value();
                HospitalInfo h = hospitals.get(f.entityCode());
                String county = h == null ? "" : regions.name(h.regionCode());
                out.add(new HospitalRow(group, f.targetLabel(), rank, f.entityCode(), f.entityName(), county, f));
            }
        }
        return out;
    }

    static int groupOrder(String group) {
        int tier = TIERS.size();
        int type = TYPES.size();
        for (int i = 0; i < TIERS.size(); i++) {
            if (group.startsWith(TIERS.get(i))) {
                tier = i;
            }
        }
        for (int i = 0; i < TYPES.size(); i++) {
            if (group.endsWith(TYPES.get(i))) {
                type = i;
            }
        }
        return tier * 10 + type;
    }
}
