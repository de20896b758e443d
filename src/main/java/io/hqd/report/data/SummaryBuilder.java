package io.hqd.report.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hqd.evaluate.Status;

/** Counts per target, grouped by plan; the plans and targets with most 未达标/滞后 come first. */
public final class SummaryBuilder {
    private SummaryBuilder() {
    }

    public static List<SummaryRow> build(List<EvalFact> facts) {
        Map<String, int[]> perTarget = new LinkedHashMap<>();
        Map<String, EvalFact> sample = new LinkedHashMap<>();
        Map<String, int[]> perPlan = new LinkedHashMap<>();
        for (EvalFact f : facts) {
            if (f.status() == Status.not_applicable) {
                continue;
            }
            int i = switch (f.status()) {
                case met -> 0;
                case on_track -> 1;
                case behind -> 2;
                case not_met -> 3;
                case no_data, not_applicable -> 4;
            };
            perTarget.computeIfAbsent(f.targetCode(), k -> new int[5])[i]++;
            perPlan.computeIfAbsent(f.planCode(), k -> new int[5])[i]++;
            sample.putIfAbsent(f.targetCode(), f);
        }
        Comparator<int[]> urgent = Comparator.<int[]>comparingInt(c -> -c[3]).thenComparingInt(c -> -c[2])
                .thenComparingInt(c -> -c[4]);
        List<String> plans = new ArrayList<>(perPlan.keySet());
        plans.sort(Comparator.comparing((String k) -> perPlan.get(k), urgent).thenComparing(Comparator.naturalOrder()));
        List<SummaryRow> out = new ArrayList<>();
        for (String plan : plans) {
            int[] p = perPlan.get(plan);
            List<String> targets = new ArrayList<>(perTarget.keySet().stream()
                    .filter(t -> sample.get(t).planCode().equals(plan)).toList());
            targets.sort(Comparator.comparing((String k) -> perTarget.get(k), urgent).thenComparing(Comparator.naturalOrder()));
            EvalFact first = sample.get(targets.get(0));
            String header = first.citation() + "　未达标 " + p[3] + "，滞后 " + p[2] + "，无数据 " + p[4]
                    + "，按进度 " + p[1] + "，达标 " + p[0];
            for (String t : targets) {
                int[] c = perTarget.get(t);
                out.add(new SummaryRow(header, t, sample.get(t).targetLabel(), c[0], c[1], c[2], c[3], c[4]));
            }
        }
        return out;
    }
}
