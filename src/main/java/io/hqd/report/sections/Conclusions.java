package io.hqd.report.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.hqd.evaluate.EntityType;
import io.hqd.evaluate.Status;
import io.hqd.evaluate.milestone.MilestoneRow;
import io.hqd.evaluate.milestone.MilestoneStatus;
import io.hqd.report.StatusText;
import io.hqd.report.data.ChangeRow;
import io.hqd.report.data.CompletenessRow;
import io.hqd.report.data.EvalFact;
import io.hqd.report.data.PackData;

/**
 * The pack's first page in sentences, written from the evaluation itself: how many targets are met,
 * the five most urgent gaps with who owns them, yes/no items as counts, whether the data is complete
 * and what changed since the last published pack.
 */
public final class Conclusions {
    static final int GAPS = 5;
    private static final int NAMES = 3;

    private Conclusions() {
    }

    public static List<Paragraph> of(PackData d) {
        List<EvalFact> judged = d.facts().stream().filter(f -> f.status() != Status.not_applicable).toList();
        List<Paragraph> out = new ArrayList<>();
        out.add(Paragraph.heading("一、总体情况"));
        out.add(Paragraph.line(overview(d.region().name(), judged)));
        String flags = flags(judged);
        if (!flags.isEmpty()) {
            out.add(Paragraph.line(flags));
        }
        String milestones = milestones(d.milestones());
        if (!milestones.isEmpty()) {
            out.add(Paragraph.line(milestones));
        }
        out.add(Paragraph.heading("二、最需关注的差距"));
        List<String> gaps = gaps(judged);
        if (gaps.isEmpty()) {
            out.add(Paragraph.line("本期没有未达标或滞后的目标。"));
        }
        for (int i = 0; i < gaps.size(); i++) {
            out.add(Paragraph.item(i + 1, gaps.get(i)));
        }
        out.add(Paragraph.heading("三、数据与变化"));
        out.add(Paragraph.line(completeness(d.completeness(), d.provisionalNote())));
        out.add(Paragraph.line(changes(d)));
        return out;
    }

    /** "宜宾市本期对照 4 个规划文件的 37 项目标作出 120 项评价：达标 …" */
    static String overview(String region, List<EvalFact> judged) {
        if (judged.isEmpty()) {
            return region + "本期没有可评价的目标。";
        }
        long targets = judged.stream().map(EvalFact::targetCode).distinct().count();
        long plans = judged.stream().map(EvalFact::planCode).distinct().count();
        long hospitals = judged.stream().filter(EvalFact::isHospital).map(EvalFact::entityCode).distinct().count();
        Map<Status, Long> by = judged.stream().collect(Collectors.groupingBy(EvalFact::status, Collectors.counting()));
        long good = by.getOrDefault(Status.met, 0L) + by.getOrDefault(Status.on_track, 0L);
        StringBuilder s = new StringBuilder(region).append("本期对照 ").append(plans).append(" 个规划文件的 ")
                .append(targets).append(" 项目标作出 ").append(judged.size()).append(" 项评价");
        if (hospitals > 0) {
            s.append("（涉及 ").append(hospitals).append(" 家医院）");
        }
        s.append("：");
        List<String> parts = new ArrayList<>();
        for (Status st : List.of(Status.met, Status.on_track, Status.behind, Status.not_met, Status.no_data)) {
            long n = by.getOrDefault(st, 0L);
            if (n > 0) {
                parts.add(st.label() + " " + n + " 项");
            }
        }
        s.append(String.join("，", parts)).append("。达标或按进度推进的占 ")
                .append(Math.round(100.0 * good / judged.size())).append("%。");
        long targetsAllMet = judged.stream().collect(Collectors.groupingBy(EvalFact::targetCode)).values().stream()
                .filter(l -> l.stream().allMatch(f -> f.status() == Status.met)).count();
        if (targetsAllMet > 0) {
            s.append("全部达标的目标 ").append(targetsAllMet).append(" 项。");
        }
        return s.toString();
    }

    /** Yes/no items (是/否) are counted, never averaged: how many said 是, and what most often is still 否. */
    static String flags(List<EvalFact> judged) {
        List<EvalFact> flags = judged.stream().filter(f -> f.isHospital() && f.indicator().isFlag() && f.value() != null).toList();
        if (flags.isEmpty()) {
            return "";
        }
        long yes = flags.stream().filter(f -> f.value() >= 0.5).count();
        Map<String, Long> noByItem = flags.stream().filter(f -> f.value() < 0.5)
                .collect(Collectors.groupingBy(f -> f.indicator().name(), LinkedHashMap::new, Collectors.counting()));
        String s = "是/否类事项 " + flags.stream().map(f -> f.indicator().code()).distinct().count() + " 项，医院填报“是” "
                + yes + " 家次、“否” " + (flags.size() - yes) + " 家次";
        if (noByItem.isEmpty()) {
            return s + "，均已落实。";
        }
        String worst = noByItem.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(NAMES).map(e -> e.getKey() + "（" + e.getValue() + " 家）").collect(Collectors.joining("、"));
        return s + "；尚未落实较多的是" + worst + "。";
    }

    /** Qualitative commitments as counts per state, and the longest overdue with who owns them. */
    static String milestones(List<MilestoneRow> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        Map<MilestoneStatus, Long> by = rows.stream().collect(Collectors.groupingBy(MilestoneRow::status,
                () -> new java.util.EnumMap<>(MilestoneStatus.class), Collectors.counting()));
        Long closed = by.remove(MilestoneStatus.closed);
        String counts = by.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue() + " 项")
                .collect(Collectors.joining("，"));
        List<MilestoneRow> overdue = rows.stream().filter(r -> r.status() == MilestoneStatus.overdue)
                .sorted(Comparator.comparingLong(MilestoneRow::daysOverdue).reversed()).toList();
        String worst = overdue.isEmpty() ? "" : "；逾期最久的是" + overdue.stream().limit(NAMES)
                .map(r -> r.responsible() + "“" + shorten(r.deliverable()) + "”（逾期 " + r.daysOverdue() + " 天）")
                .collect(Collectors.joining("、"));
        String ended = closed == null ? "" : "；另有已结束规划的任务按规划期末评价，规划期结束时未完成 " + closed + " 项，不计入逾期";
        return "规划任务（定性承诺）" + (rows.size() - (closed == null ? 0 : closed)) + " 项次：" + counts + worst + ended + "。";
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }

    /**
     * The five targets with the most urgent misses (未达标 before 滞后, then more entities, then the larger
     * relative gap), each with its largest gap in numbers and the units that must act.
     */
    static List<String> gaps(List<EvalFact> judged) {
        Map<String, List<EvalFact>> bad = judged.stream()
                .filter(f -> f.status() == Status.not_met || f.status() == Status.behind)
                .collect(Collectors.groupingBy(EvalFact::targetCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, Long> evaluated = judged.stream().collect(Collectors.groupingBy(EvalFact::targetCode, Collectors.counting()));
        Comparator<List<EvalFact>> urgent = Comparator
                .comparingInt((List<EvalFact> l) -> l.stream().mapToInt(f -> StatusText.urgency(f.status())).min().orElse(9))
                .thenComparingInt(l -> -l.size())
                .thenComparingDouble(l -> -l.stream().mapToDouble(f -> Gap.of(f).relative()).max().orElse(0))
                .thenComparing(l -> l.get(0).targetCode());
        return bad.values().stream().sorted(urgent).limit(GAPS).map(l -> gap(l, evaluated.get(l.get(0).targetCode()))).toList();
    }

    private static String gap(List<EvalFact> misses, long evaluated) {
        List<Gap> gaps = misses.stream().map(Gap::of)
                .sorted(Comparator.comparingDouble(Gap::relative).reversed().thenComparing(g -> g.fact().entityName())).toList();
        EvalFact first = gaps.get(0).fact();
        String label = "【" + first.status().label() + "】" + first.targetLabel() + "：";
        if (misses.size() == 1 && evaluated == 1) {
            String words = gaps.get(0).words(first.isHospital());
            return label + first.entityName() + (words.isEmpty() ? "未达到要求" : words) + "。责任单位：" + owner(first) + "。";
        }
        long notMet = misses.stream().filter(f -> f.status() == Status.not_met).count();
        String count = "评价 " + evaluated + " 个对象，" + (notMet > 0 ? "未达标 " + notMet + " 个" : "")
                + (notMet > 0 && notMet < misses.size() ? "、" : "")
                + (notMet < misses.size() ? "滞后 " + (misses.size() - notMet) + " 个" : "");
        String words = gaps.get(0).words(first.isHospital());
        String worst = words.isEmpty() ? "" : "；差距最大的是" + first.entityName() + "（" + words + "）";
        List<String> owners = gaps.stream().map(g -> owner(g.fact())).distinct().toList();
        String who = owners.stream().limit(NAMES).collect(Collectors.joining("、"))
                + (owners.size() > NAMES ? "等 " + owners.size() + " 个单位" : "");
        return label + count + worst + "。责任单位：" + who + "。";
    }

    /** Who acts on a miss: the hospital itself, or the health bureau of the county or city. */
    static String owner(EvalFact f) {
        if (f.isHospital()) {
            return f.entityName();
        }
        return f.entityName() + (f.entityType() == EntityType.county ? "卫生健康局" : "卫生健康委员会");
    }

    static String completeness(List<CompletenessRow> rows, String provisionalNote) {
        if (rows.isEmpty()) {
            return "本期没有应报医院的报送记录。";
        }
        Map<String, Long> by = rows.stream().collect(Collectors.groupingBy(r -> r.state().startsWith("已报送") ? "已报"
                : r.state().startsWith("部分接收") ? "部分" : r.state(), Collectors.counting()));
        long late = rows.stream().filter(r -> r.state().contains("逾期")).count();
        StringBuilder s = new StringBuilder("报送：应报 ").append(rows.size()).append(" 家，已报 ")
                .append(by.getOrDefault("已报", 0L) + by.getOrDefault("部分", 0L)).append(" 家");
        if (late > 0) {
            s.append("（逾期 ").append(late).append(" 家）");
        }
        if (by.getOrDefault("部分", 0L) > 0) {
            s.append("，部分接收 ").append(by.get("部分")).append(" 家");
        }
        List<String> rejected = rows.stream().filter(r -> r.state().equals("退回")).map(CompletenessRow::hospitalName).toList();
        List<String> missing = rows.stream().filter(r -> r.state().equals("未报送")).map(CompletenessRow::hospitalName).toList();
        s.append(names("，退回 ", rejected)).append(names("，未报 ", missing)).append("。");
        if (provisionalNote != null && provisionalNote.contains("暂定")) {
            s.append("部分指标因有医院未报或年内有季度缺报为暂定数，表中以 * 标注（详见“数据报送完整性”）。");
        }
        return s.toString();
    }

    private static String names(String head, List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        return head + names.size() + " 家（" + names.stream().limit(NAMES).collect(Collectors.joining("、"))
                + (names.size() > NAMES ? "等" : "") + "）";
    }

    static String changes(PackData d) {
        List<ChangeRow> rows = d.changes().rows();
        String base = d.changes().baseline();
        if (rows.isEmpty()) {
            return base;
        }
        Map<String, Long> by = rows.stream().collect(Collectors.groupingBy(ChangeRow::kind, LinkedHashMap::new, Collectors.counting()));
        return base + "其中" + by.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " 项")
                .collect(Collectors.joining("，")) + "（详见“与上期材料相比的变化”）。";
    }
}
