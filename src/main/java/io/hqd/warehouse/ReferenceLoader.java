package io.hqd.warehouse;

import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL_ATTRIBUTE;
import static io.hqd.warehouse.schema.staged.Tables.INDICATOR;
import static io.hqd.warehouse.schema.staged.Tables.PERIOD;
import static io.hqd.warehouse.schema.staged.Tables.PLAN;
import static io.hqd.warehouse.schema.staged.Tables.REGION;
import static io.hqd.warehouse.schema.staged.Tables.TARGET;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.Table;
import org.jooq.TableRecord;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.NamedHospital;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.home.HqdHome;
import io.hqd.registry.HospitalRegistry;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.schema.staged.tables.records.HospitalAttributeRecord;
import io.hqd.warehouse.schema.staged.tables.records.HospitalRecord;
import io.hqd.warehouse.schema.staged.tables.records.IndicatorRecord;
import io.hqd.warehouse.schema.staged.tables.records.PlanRecord;
import io.hqd.warehouse.schema.staged.tables.records.RegionRecord;
import io.hqd.warehouse.schema.staged.tables.records.TargetRecord;

/**
 * Refreshes the reference tables of the staged layer (regions, hospitals with history, indicators,
 * plans, targets, periods) from the catalog and the home's hospital registry, in one transaction.
 * Idempotent: running it twice leaves the same content. Period locks are kept.
 */
public final class ReferenceLoader {

    /** First reporting year hqd opens periods for. */
    public static final int FIRST_YEAR = 2018;

    private final DSLContext dsl;

    public ReferenceLoader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Hospitals from the home's registry, or the plans' named hospitals when there is no registry yet. */
    public static List<HospitalVersion> hospitals(HqdHome home, Catalog catalog) {
        if (Files.isRegularFile(home.hospitalRegistry())) {
            return HospitalRegistry.read(home.hospitalRegistry());
        }
        List<HospitalVersion> out = new ArrayList<>();
        for (NamedHospital h : catalog.namedHospitals()) {
            out.add(new HospitalVersion(h.code(), h.name(), h.regionCode(), LocalDate.of(FIRST_YEAR, 1, 1), null,
                    h.tier(), h.grade(), h.type(), h.ownership(), h.adminLevel()));
        }
        return out;
    }

    /**
     * Loads the reference tables, unless they already hold exactly these rows and periods (then nothing is written:
     * each job of a nightly used to reload them). Returns whether it wrote.
     */
    public boolean load(Catalog catalog, List<HospitalVersion> hospitals, LocalDate today, int dueDays) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<RegionRecord> regions = new ArrayList<>();
            List<HospitalAttributeRecord> attributes = new ArrayList<>();
            List<HospitalRecord> hospitalRows = new ArrayList<>();
            List<IndicatorRecord> indicators = new ArrayList<>();
            List<PlanRecord> plans = new ArrayList<>();
            List<TargetRecord> targets = new ArrayList<>();
            for (Region r : catalog.regions()) {
                regions.add(tx.newRecord(REGION).with(REGION.CODE, r.code()).with(REGION.NAME, r.name())
                        .with(REGION.LEVEL, r.level()).with(REGION.PARENT_CODE, r.parentCode()));
            }
            Map<String, HospitalVersion> latest = new LinkedHashMap<>();
            for (HospitalVersion v : hospitals) {
                latest.merge(v.code(), v, (a, b) -> b.validFrom().isAfter(a.validFrom()) ? b : a);
                attributes.add(tx.newRecord(HOSPITAL_ATTRIBUTE).with(HOSPITAL_ATTRIBUTE.HOSPITAL_CODE, v.code())
                        .with(HOSPITAL_ATTRIBUTE.VALID_FROM, v.validFrom()).with(HOSPITAL_ATTRIBUTE.VALID_TO, v.validTo())
                        .with(HOSPITAL_ATTRIBUTE.TIER, v.tier()).with(HOSPITAL_ATTRIBUTE.GRADE, v.grade())
                        .with(HOSPITAL_ATTRIBUTE.TYPE, v.type()).with(HOSPITAL_ATTRIBUTE.OWNERSHIP, v.ownership())
                        .with(HOSPITAL_ATTRIBUTE.ADMIN_LEVEL, v.adminLevel()));
            }
            for (HospitalVersion v : latest.values()) {
                hospitalRows.add(tx.newRecord(HOSPITAL).with(HOSPITAL.CODE, v.code()).with(HOSPITAL.NAME, v.name())
                        .with(HOSPITAL.REGION_CODE, v.regionCode()));
            }
            for (Indicator i : catalog.indicators()) {
                indicators.add(tx.newRecord(INDICATOR).with(INDICATOR.CODE, i.code()).with(INDICATOR.VERSION, i.version())
                        .with(INDICATOR.KIND, i.kind().name()).with(INDICATOR.NAME, i.name())
                        .with(INDICATOR.ALIASES, String.join("|", i.aliases())).with(INDICATOR.UNIT, i.unit())
                        .with(INDICATOR.LEVEL, i.level().name()).with(INDICATOR.NUMERATOR, i.numerator())
                        .with(INDICATOR.DENOMINATOR, i.denominator()).with(INDICATOR.SCALE, i.scale())
                        .with(INDICATOR.DIRECTION, i.direction().name()).with(INDICATOR.AGGREGATION, i.aggregation().name())
                        .with(INDICATOR.PERIOD_AGGREGATION, i.periodAggregation().name())
                        .with(INDICATOR.DECIMALS, i.decimals()).with(INDICATOR.FRAMEWORK, i.framework())
                        .with(INDICATOR.VALID_FROM, i.validFrom()).with(INDICATOR.VALID_TO, i.validTo())
                        .with(INDICATOR.NATIONAL_MONITOR, i.nationalMonitor()).with(INDICATOR.DEFINITION, i.definition()));
            }
            for (Plan p : catalog.plans()) {
                plans.add(tx.newRecord(PLAN).with(PLAN.PLAN_CODE, p.planCode()).with(PLAN.TITLE, p.title())
                        .with(PLAN.ISSUER, p.issuer()).with(PLAN.DOC_NUMBER, p.docNumber())
                        .with(PLAN.JURISDICTION_CODE, p.jurisdictionCode()).with(PLAN.ISSUED_ON, p.issuedOn())
                        .with(PLAN.START_YEAR, p.startYear()).with(PLAN.END_YEAR, p.endYear())
                        .with(PLAN.SOURCE_FILE, p.sourceFile()));
            }
            for (Target t : catalog.targets()) {
                Target.Scope s = t.scope();
                targets.add(tx.newRecord(TARGET).with(TARGET.TARGET_CODE, t.targetCode()).with(TARGET.PLAN_CODE, t.planCode())
                        .with(TARGET.INDICATOR, t.indicator()).with(TARGET.KIND, t.kind())
                        .with(TARGET.SCOPE_REGION, s.region()).with(TARGET.SCOPE_TIER, s.tier())
                        .with(TARGET.SCOPE_GRADE, s.grade()).with(TARGET.SCOPE_TYPE, s.type())
                        .with(TARGET.SCOPE_OWNERSHIP, s.ownership()).with(TARGET.SCOPE_ADMIN_LEVEL, s.adminLevel())
                        .with(TARGET.SCOPE_HOSPITALS, String.join("|", s.hospitals()))
                        .with(TARGET.EVALUATE_AT, t.evaluateAt().name()).with(TARGET.CONDITION_OP, t.conditionOp())
                        .with(TARGET.CONDITION_VALUE, t.conditionValue()).with(TARGET.OP, t.op())
                        .with(TARGET.VALUE, t.value()).with(TARGET.VALUE_HIGH, t.valueHigh())
                        .with(TARGET.TOLERANCE, t.tolerance()).with(TARGET.DEADLINE, t.deadline())
                        .with(TARGET.BASELINE_YEAR, t.baselineYear()).with(TARGET.BASELINE_VALUE, t.baselineValue())
                        .with(TARGET.TARGET_YEAR, t.targetYear()).with(TARGET.NATURE, t.nature())
                        .with(TARGET.CLAUSE, t.clause()).with(TARGET.QUOTE, t.quote()).with(TARGET.READING, t.reading()));
            }
            Periods last = Periods.latestComplete(today);
            String source = new ReferenceFingerprint().addRows("region", regions).addRows("hospital_attribute", attributes)
                    .addRows("hospital", hospitalRows).addRows("indicator", indicators).addRows("plan", plans)
                    .addRows("target", targets).add(last.code()).add(dueDays).source();
            if (ReferenceFingerprint.unchanged(tx, source)) {
                return false;
            }
            // The order of the original deletes: a target refers to its plan.
            tx.deleteFrom(REGION).execute();
            tx.deleteFrom(HOSPITAL_ATTRIBUTE).execute();
            tx.deleteFrom(HOSPITAL).execute();
            tx.deleteFrom(INDICATOR).execute();
            tx.deleteFrom(TARGET).execute();
            tx.deleteFrom(PLAN).execute();
            insertAll(tx, REGION, regions);
            insertAll(tx, HOSPITAL_ATTRIBUTE, attributes);
            insertAll(tx, HOSPITAL, hospitalRows);
            insertAll(tx, INDICATOR, indicators);
            insertAll(tx, PLAN, plans);
            insertAll(tx, TARGET, targets);
            openPeriods(tx, last, dueDays);
            ReferenceFingerprint.record(tx, source);
            return true;
        });
    }

    /**
     * One multi-row INSERT per table: row-by-row inserts made this step take seconds on every job. Not
     * {@link BulkAppender}: region and indicator carry CHECK constraints, which DuckDB's appender misjudges past
     * its first 2,048-row chunk (see migration V5), and a national region list is longer than that.
     */
    private static <R extends TableRecord<R>> void insertAll(DSLContext tx, Table<R> table, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        InsertSetMoreStep<R> insert = tx.insertInto(table).set(rows.get(0));
        for (R row : rows.subList(1, rows.size())) {
            insert = insert.newRecord().set(row);
        }
        insert.execute();
    }

    /** Adds the quarters up to {@code last} that are not there yet; existing ones (and their locks) stay. */
    private static void openPeriods(DSLContext tx, Periods last, int dueDays) {
        for (Periods p = new Periods(FIRST_YEAR, 1); p.compareTo(last) <= 0; p = p.next()) {
            tx.insertInto(PERIOD).set(PERIOD.PERIOD_CODE, p.code()).set(PERIOD.YEAR, p.year())
                    .set(PERIOD.QUARTER, p.quarter()).set(PERIOD.START_DATE, p.start()).set(PERIOD.END_DATE, p.end())
                    .set(PERIOD.DUE_DATE, p.end().plusDays(dueDays))
                    .onConflictDoNothing().execute();
        }
    }
}
