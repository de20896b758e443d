package io.hqd.report.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.hqd.evaluate.Status;
import io.hqd.report.Fmt;
import io.hqd.report.StatusText;
import io.hqd.report.data.CompletenessRow;
import io.hqd.report.data.EvalFact;
import io.hqd.report.data.HospitalRow;

/**
 * One hospital's own report: its figures against each target, its rank among the city's hospitals of
 * the same tier and type, its last quarters and its gaps; and a first page that says it in sentences.
 */
public final class HospitalReport {
    private final String name;
    private final String group;
    private final List<EvalFact> facts;
    private final Map<String, HospitalRow> ranked = new HashMap<>();
    private final Map<String, Integer> peers = new HashMap<>();
    private final HospitalTrend trend;

    /**
     * {@code cityRows}: the hospital table of the whole city (ranks within tier+type groups), so the
     * rank is among peers, not among the one or two hospitals of a county.
     */
    public HospitalReport(String code, String name, String group, List<EvalFact> facts, List<HospitalRow> cityRows,
                          HospitalTrend trend) {
        this.name = name;
        this.group = group == null || group.isBlank() ? "同类" : group;
        this.facts = facts.stream().filter(f -> f.isHospital() && f.entityCode().equals(code)
                        && f.status() != Status.not_applicable)
                .sorted(Comparator.comparingInt((EvalFact f) -> StatusText.urgency(f.status())).thenComparing(EvalFact::targetCode))
                .toList();
        this.trend = trend;
        for (HospitalRow r : cityRows) {
            if (r.fact().value() != null) {
                peers.merge(r.group() + "|" + r.fact().targetCode(), 1, Integer::sum);
            }
            if (r.hospitalCode().equals(code)) {
                ranked.put(r.fact().targetCode(), r);
            }
        }
    }

    public String name() {
        return name;
    }

    public List<EvalFact> facts() {
        return facts;
    }

    public String trendHeader() {
        List<String> p = trend.periods();
        return "近五个季度（" + p.get(0) + "—" + p.get(p.size() - 1) + "）";
    }

    public List<HospitalLine> lines() {
        List<HospitalLine> out = new ArrayList<>();
        for (EvalFact f : facts) {
            String trendText = trend.of(f.indicator().code()).stream()
                    .map(v -> v == null ? "—" : f.indicator().isFlag() ? Fmt.withUnit(v, f.indicator(), true)
                            : Fmt.num(v, f.indicator().decimals())) // the unit is in the value column beside it
                    .collect(Collectors.joining(" → "));
            out.add(new HospitalLine(f.indicator().name() + "（" + f.targetCode() + (f.nature() == null ? "" : "，" + f.nature()) + "）",
                    Fmt.withUnit(f.value(), f.indicator(), true) + (f.provisional() ? "*" : ""), TargetText.of(f),
                    StatusText.of(f.status()), rankText(f), trendText, gapText(f)));
        }
        return out;
    }

    /** 第 2 / 5: among the city's hospitals of the same tier and type that have a value for this target. */
    String rankText(EvalFact f) {
        HospitalRow r = ranked.get(f.targetCode());
        if (r == null || r.getRank() == null || f.indicator().isFlag()) {
            return "—"; // a yes/no item has no order
        }
        int n = peers.getOrDefault(r.group() + "|" + f.targetCode(), 1);
        return n <= 1 ? "市内同类仅本院" : "第 " + r.getRank() + " / " + n;
    }

    static String gapText(EvalFact f) {
        if (f.status() != Status.not_met && f.status() != Status.behind) {
            return "";
        }
        if (f.indicator().isFlag()) {
            return "尚未落实";
        }
        Gap g = Gap.of(f);
        return g.distance() == null ? "" : "差 " + Fmt.gap(g.distance(), f.indicator());
    }

    /** The hospital's first page: its results, where it stands among peers, what to fix first, its reporting. */
    public List<Paragraph> words(CompletenessRow reporting) {
        List<Paragraph> out = new ArrayList<>();
        out.add(Paragraph.heading("一、总体情况"));
        Map<Status, Long> by = facts.stream().collect(Collectors.groupingBy(EvalFact::status, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        for (Status st : List.of(Status.met, Status.on_track, Status.behind, Status.not_met, Status.no_data)) {
            if (by.getOrDefault(st, 0L) > 0) {
                parts.add(st.label() + " " + by.get(st) + " 项");
            }
        }
        out.add(Paragraph.line(facts.isEmpty() ? "本期没有适用于" + name + "的目标。"
                : name + "（" + group + "）本期纳入评价的目标 " + facts.size() + " 项：" + String.join("，", parts) + "。"));
        out.add(Paragraph.line(standing()));
        out.add(Paragraph.heading("二、需要改进的方面"));
        List<EvalFact> misses = facts.stream().filter(f -> f.status() == Status.not_met || f.status() == Status.behind)
                .sorted(Comparator.comparingInt((EvalFact f) -> StatusText.urgency(f.status()))
                        .thenComparing(f -> -Gap.of(f).relative()).thenComparing(EvalFact::targetCode))
                .limit(Conclusions.GAPS).toList();
        if (misses.isEmpty()) {
            out.add(Paragraph.line("本期没有未达标或滞后的目标。"));
        }
        for (int i = 0; i < misses.size(); i++) {
            EvalFact f = misses.get(i);
            String words = Gap.of(f).words(true);
            out.add(Paragraph.item(i + 1, "【" + f.status().label() + "】" + f.targetLabel() + "："
                    + (words.isEmpty() ? "未达到要求" : words) + "。"));
        }
        out.add(Paragraph.heading("三、本期报送"));
        out.add(Paragraph.line(reporting == null ? "本期报送情况不详。"
                : "本期报送状态：" + reporting.state() + (reporting.receivedText().isEmpty() ? "" : "，接收于 " + reporting.receivedText())
                + (reporting.fileName().isEmpty() ? "" : "（文件 " + reporting.fileName() + "）") + "。"
                + (facts.stream().anyMatch(EvalFact::provisional) ? "带 * 的数值为暂定数（年内有季度缺报或数据不全）。" : "")));
        return out;
    }

    /** How many targets put the hospital in the top or bottom third of its city peers. */
    private String standing() {
        List<String> top = new ArrayList<>();
        List<String> bottom = new ArrayList<>();
        for (EvalFact f : facts) {
            HospitalRow r = ranked.get(f.targetCode());
            if (r == null || r.getRank() == null || f.indicator().isFlag()) {
                continue;
            }
            int n = peers.getOrDefault(r.group() + "|" + f.targetCode(), 1);
            if (n < 3) {
                continue;
            }
            String item = f.indicator().name() + "（第 " + r.getRank() + " / " + n + "）";
            if (r.getRank() <= Math.ceil(n / 3.0)) {
                top.add(item);
            } else if (r.getRank() > n - Math.ceil(n / 3.0)) {
                bottom.add(item);
            }
        }
        if (top.isEmpty() && bottom.isEmpty()) {
            return "市内" + group + "医院不足三家可比，本期不作同类排名比较。";
        }
        return "与市内" + group + "医院相比：位于前三分之一的 " + top.size() + " 项" + list(top)
                + "；位于后三分之一的 " + bottom.size() + " 项" + list(bottom) + "。";
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "" : "，" + items.stream().limit(3).collect(Collectors.joining("、")) + (items.size() > 3 ? "等" : "");
    }
}
