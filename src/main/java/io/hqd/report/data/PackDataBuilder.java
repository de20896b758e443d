package io.hqd.report.data;

import static io.hqd.warehouse.schema.marts.Tables.COMPLETENESS;
import static io.hqd.warehouse.schema.marts.Tables.INDICATOR_VALUE;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import io.hqd.catalog.Region;
import io.hqd.warehouse.Periods;

/** Runs each section's query for one region and period. */
public final class PackDataBuilder {
    private final DSLContext dsl;
    private final Periods period;
    private final String runName;
    private final RegionTree regions;
    private final Map<String, IndicatorMeta> indicators;
    private final Map<String, HospitalInfo> hospitals;
    private final Map<String, List<HospitalRow>> cityRows = new java.util.HashMap<>();

    public PackDataBuilder(DSLContext dsl, Periods period, String runName) {
        this.dsl = dsl;
        this.period = period;
        this.runName = runName;
        this.regions = new RegionTree(dsl);
        this.indicators = IndicatorMeta.load(dsl, period.year());
        this.hospitals = HospitalInfo.load(dsl, period.end());
    }

    public RegionTree regions() {
        return regions;
    }

    public Map<String, IndicatorMeta> indicators() {
        return indicators;
    }

    public PackData build(String regionCode) {
        PackRegion region = regions.pack(regionCode);
        Set<String> codes = regions.within(regionCode);
        List<EvalFact> facts = new EvaluationQuery(dsl, indicators).fetch(period.code(), codes);
        List<CountyRow> counties = region.isCounty() ? List.of()
                : new CountyComparisonQuery(dsl).fetch(period, regions.children(regionCode, Region.Level.county), regions, facts, indicators);
        return new PackData(region, period.code(), period.label(), dataAsOf(codes), facts,
                SummaryBuilder.build(facts), counties,
                cityRows(regionCode).stream().filter(r -> codes.contains(r.fact().regionCode())).toList(),
                ShareRow.from(facts), new TrendQuery(dsl).fetch(period, region, facts),
                new CompletenessQuery(dsl).fetch(period.code(), codes, regions), provisionalNote(region),
                new NotesQuery(dsl).fetch(facts), new ChangesQuery(dsl).fetch(runName, region, codes, facts),
                new io.hqd.evaluate.milestone.MilestoneMart(dsl).fetch(period.code(), codes));
    }

    /**
     * The hospital table of the region's whole city: a hospital is ranked among the city's hospitals of
     * its tier and type, also in a county's pack (where it may be the only one of its kind).
     */
    public List<HospitalRow> cityRows(String regionCode) {
        String city = regions.cityOf(regionCode);
        String key = city == null ? regionCode : city;
        return cityRows.computeIfAbsent(key, k -> HospitalTableBuilder.build(facts(k), hospitals, regions));
    }

    /** The registered hospitals within a region (a pack's size grows with them). */
    public int hospitalCount(String regionCode) {
        Set<String> codes = regions.within(regionCode);
        return (int) hospitals.values().stream().filter(h -> codes.contains(h.regionCode())).count();
    }

    public HospitalInfo hospital(String code) {
        return hospitals.get(code);
    }

    /** Only the evaluation rows of a region (what the manifest step publishes as the pack's content). */
    public List<EvalFact> facts(String regionCode) {
        return new EvaluationQuery(dsl, indicators).fetch(period.code(), regions.within(regionCode));
    }

    /** The latest submission in force for the period: the figures are as of then. */
    private String dataAsOf(Set<String> codes) {
        LocalDateTime last = dsl.select(DSL.max(COMPLETENESS.RECEIVED_AT)).from(COMPLETENESS)
                .where(COMPLETENESS.PERIOD_CODE.eq(period.code()), COMPLETENESS.REGION_CODE.in(codes)).fetchOne().value1();
        return last == null ? "本期尚无报送" : last.format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
    }

    private String provisionalNote(PackRegion region) {
        List<String> parts = dsl.selectFrom(INDICATOR_VALUE)
                .where(INDICATOR_VALUE.PERIOD_CODE.eq(period.code()), INDICATOR_VALUE.ENTITY_TYPE.eq(region.entityType()),
                        INDICATOR_VALUE.ENTITY_CODE.eq(region.code()), INDICATOR_VALUE.PROVISIONAL.isTrue())
                .orderBy(INDICATOR_VALUE.INDICATOR)
                // The coverage words come from the same facts as the completeness table (marts.indicator_value).
                .fetch(r -> indicators.getOrDefault(r.getIndicator(), IndicatorMeta.unknown(r.getIndicator())).name()
                        + "（" + (r.getMissingNote() == null || r.getMissingNote().isEmpty()
                                ? "已报 " + r.getReporting() + "/" + r.getExpected() + " 家" : r.getMissingNote()) + "）");
        return parts.isEmpty() ? "本期" + region.name() + "各项指标均按全部应报医院数据计算。"
                : "以下指标尚有医院未报送或年内有季度缺报，为暂定数（表中以 * 标注）：" + String.join("；", parts) + "。";
    }
}
