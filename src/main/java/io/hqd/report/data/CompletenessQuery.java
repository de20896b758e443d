package io.hqd.report.data;

import static io.hqd.warehouse.schema.marts.Tables.COMPLETENESS;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

/** marts.completeness for the pack's hospitals, grouped by county with counts in the group header. */
public final class CompletenessQuery {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final DSLContext dsl;

    public CompletenessQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CompletenessRow> fetch(String period, Collection<String> regionCodes, RegionTree regions) {
        Map<String, List<String[]>> byCounty = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (var r : dsl.selectFrom(COMPLETENESS)
                .where(COMPLETENESS.PERIOD_CODE.eq(period), COMPLETENESS.REGION_CODE.in(regionCodes))
                .orderBy(COMPLETENESS.REGION_CODE, COMPLETENESS.HOSPITAL_CODE).fetch()) {
            String state = state(r.getStatus(), r.getLate());
            int[] c = counts.computeIfAbsent(r.getRegionCode(), k -> new int[5]);
            c[0]++;
            switch (state) {
                case "未报送" -> c[4]++;
                case "退回" -> c[3]++;
                default -> {
                    c[1]++;
                    if (Boolean.TRUE.equals(r.getLate())) {
                        c[2]++;
                    }
                }
            }
            byCounty.computeIfAbsent(r.getRegionCode(), k -> new ArrayList<>()).add(new String[] {
                    r.getHospitalCode(), r.getHospitalName(), state,
                    r.getReceivedAt() == null ? "" : r.getReceivedAt().format(WHEN),
                    r.getOriginalName() == null ? "" : r.getOriginalName()});
        }
        List<CompletenessRow> out = new ArrayList<>();
        for (var e : byCounty.entrySet()) {
            int[] c = counts.get(e.getKey());
            String summary = "应报 " + c[0] + "，已报 " + c[1] + "（其中逾期 " + c[2] + "），退回 " + c[3] + "，未报 " + c[4];
            for (String[] h : e.getValue()) {
                out.add(new CompletenessRow(regions.name(e.getKey()), summary, h[0], h[1], h[2], h[3], h[4]));
            }
        }
        return out;
    }

    static String state(String status, Boolean late) {
        if (status == null) {
            return "未报送";
        }
        return switch (status) {
            case "rejected" -> "退回";
            case "partial" -> Boolean.TRUE.equals(late) ? "部分接收（逾期）" : "部分接收";
            default -> Boolean.TRUE.equals(late) ? "已报送（逾期）" : "已报送";
        };
    }
}
