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

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.NamedHospital;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.home.HqdHome;
import io.hqd.registry.HospitalRegistry;
import io.hqd.registry.HospitalVersion;

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

    public void load(Catalog catalog, List<HospitalVersion> hospitals, LocalDate today, int dueDays) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(REGION).execute();
            for (Region r : catalog.regions()) {
                tx.insertInto(REGION).set(REGION.CODE, r.code()).set(REGION.NAME, r.name())
                        .set(REGION.LEVEL, r.level().name()).set(REGION.PARENT_CODE, r.parentCode()).execute();
            }
            tx.deleteFrom(HOSPITAL_ATTRIBUTE).execute();
            tx.deleteFrom(HOSPITAL).execute();
            Map<String, HospitalVersion> latest = new LinkedHashMap<>();
            for (HospitalVersion v : hospitals) {
                latest.merge(v.code(), v, (a, b) -> b.validFrom().isAfter(a.validFrom()) ? b : a);
                tx.insertInto(HOSPITAL_ATTRIBUTE).set(HOSPITAL_ATTRIBUTE.HOSPITAL_CODE, v.code())
                        .set(HOSPITAL_ATTRIBUTE.VALID_FROM, v.validFrom()).set(HOSPITAL_ATTRIBUTE.VALID_TO, v.validTo())
                        .set(HOSPITAL_ATTRIBUTE.TIER, v.tier()).set(HOSPITAL_ATTRIBUTE.GRADE, v.grade())
                        .set(HOSPITAL_ATTRIBUTE.TYPE, v.type()).set(HOSPITAL_ATTRIBUTE.OWNERSHIP, v.ownership())
                        .set(HOSPITAL_ATTRIBUTE.ADMIN_LEVEL, v.adminLevel()).execute();
            }
            for (HospitalVersion v : latest.values()) {
                tx.insertInto(HOSPITAL).set(HOSPITAL.CODE, v.code()).set(HOSPITAL.NAME, v.name())
                        .set(HOSPITAL.REGION_CODE, v.regionCode()).execute();
            }
            tx.deleteFrom(INDICATOR).execute();
            for (Indicator i : catalog.indicators()) {
                tx.insertInto(INDICATOR).set(INDICATOR.CODE, i.code()).set(INDICATOR.VERSION, i.version())
                        .set(INDICATOR.KIND, i.kind().name()).set(INDICATOR.NAME, i.name())
                        .set(INDICATOR.ALIASES, String.join("|", i.aliases())).set(INDICATOR.UNIT, i.unit())
                        .set(INDICATOR.LEVEL, i.level().name()).set(INDICATOR.NUMERATOR, i.numerator())
                        .set(INDICATOR.DENOMINATOR, i.denominator()).set(INDICATOR.SCALE, i.scale())
                        .set(INDICATOR.DIRECTION, i.direction().name()).set(INDICATOR.AGGREGATION, i.aggregation().name())
                        .set(INDICATOR.PERIOD_AGGREGATION, i.periodAggregation().name())
                        .set(INDICATOR.DECIMALS, i.decimals()).set(INDICATOR.FRAMEWORK, i.framework())
                        .set(INDICATOR.VALID_FROM, i.validFrom()).set(INDICATOR.VALID_TO, i.validTo())
                        .set(INDICATOR.NATIONAL_MONITOR, i.nationalMonitor()).set(INDICATOR.DEFINITION, i.definition())
                        .execute();
            }
            tx.deleteFrom(TARGET).execute();
            tx.deleteFrom(PLAN).execute();
            for (Plan p : catalog.plans()) {
                tx.insertInto(PLAN).set(PLAN.PLAN_CODE, p.planCode()).set(PLAN.TITLE, p.title())
                        .set(PLAN.ISSUER, p.issuer()).set(PLAN.DOC_NUMBER, p.docNumber())
                        .set(PLAN.JURISDICTION_CODE, p.jurisdictionCode()).set(PLAN.ISSUED_ON, p.issuedOn())
                        .set(PLAN.START_YEAR, p.startYear()).set(PLAN.END_YEAR, p.endYear())
                        .set(PLAN.SOURCE_FILE, p.sourceFile()).execute();
            }
            for (Target t : catalog.targets()) {
                Target.Scope s = t.scope();
                tx.insertInto(TARGET).set(TARGET.TARGET_CODE, t.targetCode()).set(TARGET.PLAN_CODE, t.planCode())
                        .set(TARGET.INDICATOR, t.indicator()).set(TARGET.KIND, t.kind().name())
                        .set(TARGET.SCOPE_REGION, s.region()).set(TARGET.SCOPE_TIER, s.tier())
                        .set(TARGET.SCOPE_GRADE, s.grade()).set(TARGET.SCOPE_TYPE, s.type())
                        .set(TARGET.SCOPE_OWNERSHIP, s.ownership()).set(TARGET.SCOPE_ADMIN_LEVEL, s.adminLevel())
                        .set(TARGET.SCOPE_HOSPITALS, String.join("|", s.hospitals()))
                        .set(TARGET.EVALUATE_AT, t.evaluateAt().name()).set(TARGET.CONDITION_OP, t.conditionOp())
                        .set(TARGET.CONDITION_VALUE, t.conditionValue()).set(TARGET.OP, t.op())
                        .set(TARGET.VALUE, t.value()).set(TARGET.VALUE_HIGH, t.valueHigh())
                        .set(TARGET.TOLERANCE, t.tolerance()).set(TARGET.DEADLINE, t.deadline())
                        .set(TARGET.BASELINE_YEAR, t.baselineYear()).set(TARGET.BASELINE_VALUE, t.baselineValue())
                        .set(TARGET.TARGET_YEAR, t.targetYear()).set(TARGET.NATURE, t.nature())
                        .set(TARGET.CLAUSE, t.clause()).set(TARGET.QUOTE, t.quote()).set(TARGET.READING, t.reading())
                        .execute();
            }
            openPeriods(tx, Periods.latestComplete(today), dueDays);
        });
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
