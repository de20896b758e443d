package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.hqd.warehouse.Periods;

/**
 * Which reporter-quarters (hospital-quarters, or bureau-quarters for regional figures) a figure is
 * built on and which it lacks. A quarter counts for a ratio only when both its numerator and its
 * denominator were accepted; a stock counts only its latest quarter. Partial coverage makes a figure
 * provisional (暂定), no coverage makes it 无数据: the one rule every figure, lineage and page reads.
 */
public record Coverage(List<Slot> covered, List<Slot> missing) {

    /** One reporter's quarter. */
    public record Slot(String reporter, Periods quarter) {
    }

    public static final Coverage NONE = new Coverage(List.of(), List.of());

    public static Coverage of(String reporter, List<Periods> covered, List<Periods> missing) {
        return new Coverage(slots(reporter, covered), slots(reporter, missing));
    }

    /** A plain loop: every reporter's figure makes one, millions at province scale. */
    private static List<Slot> slots(String reporter, List<Periods> quarters) {
        if (quarters.isEmpty()) {
            return List.of();
        }
        Slot[] out = new Slot[quarters.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Slot(reporter, quarters.get(i));
        }
        return List.of(out);
    }

    public Coverage plus(Coverage other) {
        return new Sum().add(this).add(other).total();
    }

    /**
     * Coverages added up in order. A region's figure adds one coverage per reporter: adding them one
     * {@link #plus} at a time copied every slot so far each time, quadratic in the region's hospitals.
     */
    public static final class Sum {
        private final List<Slot> covered = new ArrayList<>();
        private final List<Slot> missing = new ArrayList<>();

        public Sum add(Coverage c) {
            covered.addAll(c.covered);
            missing.addAll(c.missing);
            return this;
        }

        public Coverage total() {
            return new Coverage(List.copyOf(covered), List.copyOf(missing));
        }
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    public boolean isEmpty() {
        return covered.isEmpty();
    }

    /** Quarters covered / expected, e.g. 11/12. */
    public String ratio() {
        return covered.size() + "/" + (covered.size() + missing.size());
    }

    /**
     * What is missing, in words: "缺 芦山县人民医院 2026Q2；荥经县中医医院 2026Q1、2026Q2" (at most five reporters
     * named, then how many more). Empty when nothing is missing.
     */
    /** Consecutive quarters as ranges: 2022Q1—2025Q2、2026Q2. */
    static String ranges(List<String> quarters) {
        List<String> out = new ArrayList<>();
        Periods start = null;
        Periods prev = null;
        for (String code : quarters) {
            Periods q = Periods.parse(code);
            if (prev != null && q.equals(prev.next())) {
                prev = q;
                continue;
            }
            if (start != null) {
                out.add(start.equals(prev) ? start.code() : start.code() + "—" + prev.code());
            }
            start = q;
            prev = q;
        }
        if (start != null) {
            out.add(start.equals(prev) ? start.code() : start.code() + "—" + prev.code());
        }
        return String.join("、", out);
    }

    public String missingWords(Function<String, String> names) {
        if (missing.isEmpty()) {
            return "";
        }
        Map<String, List<String>> byReporter = new LinkedHashMap<>();
        for (Slot s : missing) {
            byReporter.computeIfAbsent(s.reporter(), k -> new ArrayList<>()).add(s.quarter().code());
        }
        List<String> parts = new ArrayList<>();
        for (var e : byReporter.entrySet()) {
            if (parts.size() == 5) {
                parts.add("等 " + byReporter.size() + " 家");
                break;
            }
            parts.add(names.apply(e.getKey()) + " " + ranges(e.getValue()));
        }
        return "缺 " + String.join("；", parts) + "（已覆盖 " + ratio() + " 个季度）";
    }
}
