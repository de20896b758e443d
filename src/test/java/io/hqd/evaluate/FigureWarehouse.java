package io.hqd.evaluate;

import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.jooq.DSLContext;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.ReferenceLoader;
import io.hqd.warehouse.Warehouse;

/** A real DuckDB warehouse with one county, two hospitals and a ratio indicator, for the figure refresh tests. */
final class FigureWarehouse implements AutoCloseable {
    static final Indicator CP = Targets.ratio("cp_share", "cp", "dis", 100, Indicator.Direction.higher);
    static final Indicator NUM = Targets.element("cp", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    static final Indicator DEN = Targets.element("dis", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
    static final List<Region> REGIONS = List.of(new Region("510000", "四川省", Region.Level.province, null),
            new Region("511800", "雅安市", Region.Level.city, "510000"),
            new Region("511826", "芦山县", Region.Level.county, "511800"));
    static final Catalog CATALOG = new Catalog(REGIONS, List.of(), List.of(CP, NUM, DEN),
            List.of(new Plan("YA2022", "雅安方案", "x", "x", "511800", null, 2022, 2027, "001.txt")), List.of());
    static final List<HospitalVersion> HOSPITALS = List.of(
            new HospitalVersion("H1", "芦山县人民医院", "511826", LocalDate.of(2018, 1, 1), null, "二级", "甲", "综合", "公立", "县"),
            new HospitalVersion("H2", "芦山县中医医院", "511826", LocalDate.of(2018, 1, 1), null, "二级", "甲", "中医", "公立", "县"));

    final Warehouse warehouse;
    final DSLContext dsl;
    private int submissions;

    FigureWarehouse(Path dir) {
        warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        dsl = warehouse.dsl();
        reference(HOSPITALS);
    }

    void reference(List<HospitalVersion> hospitals) {
        reference(CATALOG, hospitals);
    }

    void reference(Catalog catalog, List<HospitalVersion> hospitals) {
        new ReferenceLoader(dsl).load(catalog, hospitals, LocalDate.of(2026, 11, 29), 30);
    }

    /** Both hospitals report every quarter from {@code first} to {@code last}. */
    FigureWarehouse quarters(String first, String last) {
        for (Periods p = Periods.parse(first); p.compareTo(Periods.parse(last)) <= 0; p = p.next()) {
            submit("H1", p, 60, 100);
            submit("H2", p, 30, 100);
        }
        return this;
    }

    /** A submission in force for the hospital's quarter; returns its id. */
    String submit(String reporter, Periods period, double cp, double dis) {
        String id = "s" + ++submissions;
        dsl.insertInto(SUBMISSION).set(SUBMISSION.SUBMISSION_ID, id).set(SUBMISSION.REPORTER_TYPE, "hospital")
                .set(SUBMISSION.REPORTER_CODE, reporter).set(SUBMISSION.PERIOD_CODE, period.code())
                .set(SUBMISSION.ORIGINAL_NAME, reporter + period.code() + ".xlsx")
                .set(SUBMISSION.RECEIVED_AT, LocalDateTime.of(period.end().plusDays(10), LocalTime.NOON))
                .set(SUBMISSION.STATUS, "accepted").set(SUBMISSION.LATE, false).set(SUBMISSION.AFTER_LOCK, false).execute();
        value(id, "cp", cp, "E5");
        value(id, "dis", dis, "E6");
        return id;
    }

    private void value(String id, String element, double v, String cell) {
        dsl.insertInto(SUBMISSION_VALUE).set(SUBMISSION_VALUE.SUBMISSION_ID, id).set(SUBMISSION_VALUE.ELEMENT_CODE, element)
                .set(SUBMISSION_VALUE.VALUE, v).set(SUBMISSION_VALUE.SHEET, "填报表").set(SUBMISSION_VALUE.CELL, cell).execute();
    }

    /** Changes a value in force of the hospital's quarter (as a correction would). */
    void change(String reporter, String period, double cp) {
        dsl.update(SUBMISSION_VALUE).set(SUBMISSION_VALUE.VALUE, cp)
                .where(SUBMISSION_VALUE.ELEMENT_CODE.eq("cp"), SUBMISSION_VALUE.SUBMISSION_ID.in(
                        dsl.select(SUBMISSION.SUBMISSION_ID).from(SUBMISSION).where(SUBMISSION.REPORTER_CODE.eq(reporter),
                                SUBMISSION.PERIOD_CODE.eq(period))))
                .execute();
    }

    @Override
    public void close() {
        warehouse.close();
    }
}
