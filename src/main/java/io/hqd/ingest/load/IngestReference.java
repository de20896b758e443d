package io.hqd.ingest.load;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;
import static io.hqd.warehouse.schema.staged.Tables.ACCEPTED_WARNING;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.PERIOD;
import static io.hqd.warehouse.schema.staged.Tables.REGION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.ingest.read.NumberText;
import io.hqd.ingest.read.ReadContext;
import io.hqd.ingest.validate.ValidationContext;

/** Reference data an ingest run reads once: registry, regions, periods, accepted warnings, and the reader's vocabulary. */
public final class IngestReference {
    static final int HISTORY_QUARTERS = 8;

    final Catalog catalog;
    final ReadContext readContext;
    final Set<String> hospitals = new HashSet<>();
    final Set<String> regions = new HashSet<>();
    final Map<String, ValidationContext.PeriodState> periods = new HashMap<>();
    final Set<ValidationContext.AcceptedKey> accepted = new HashSet<>();
    private final DSLContext dsl;

    public IngestReference(DSLContext dsl, Catalog catalog) {
        this.dsl = dsl;
        this.catalog = catalog;
        Map<String, String> byName = new HashMap<>();
        dsl.select(HOSPITAL.CODE, HOSPITAL.NAME).from(HOSPITAL).forEach(r -> {
            hospitals.add(r.value1());
            byName.put(NumberText.normalize(r.value2()), r.value1());
        });
        dsl.select(REGION.CODE, REGION.NAME).from(REGION).forEach(r -> {
            regions.add(r.value1());
            byName.putIfAbsent(NumberText.normalize(r.value2()), r.value1());
        });
        dsl.selectFrom(PERIOD).forEach(p -> periods.put(p.getPeriodCode(),
                new ValidationContext.PeriodState(p.getPeriodCode(), p.getDueDate(), p.getLockedAt())));
        dsl.selectFrom(ACCEPTED_WARNING).forEach(a -> accepted.add(new ValidationContext.AcceptedKey(
                a.getReporterCode(), a.getPeriodCode(), a.getElementCode(), a.getRule())));
        List<Indicator> elements = catalog.indicators().stream().filter(Indicator::isElement).toList();
        this.readContext = new ReadContext(elements, byName);
    }

    /** Validation context with this reporter's history (values in force before each period, newest first). */
    public ValidationContext validationContext(String reporter) {
        Map<String, List<String[]>> rows = new HashMap<>();
        if (reporter != null) {
            dsl.select(CURRENT_VALUE.ELEMENT_CODE, CURRENT_VALUE.PERIOD_CODE, CURRENT_VALUE.VALUE)
                    .from(CURRENT_VALUE).where(CURRENT_VALUE.REPORTER_CODE.eq(reporter))
                    .orderBy(CURRENT_VALUE.PERIOD_CODE.desc())
                    .forEach(r -> rows.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new String[] {r.value2(), String.valueOf(r.value3())}));
        }
        ValidationContext.History history = (rep, element, before) -> rows.getOrDefault(element, List.of()).stream()
                .filter(r -> r[0].compareTo(before) < 0).limit(HISTORY_QUARTERS)
                .map(r -> new BigDecimal(r[1])).toList();
        return new ValidationContext(catalog, hospitals, regions, periods, history, accepted);
    }

    public ReadContext readContext() {
        return readContext;
    }

    public boolean isHospital(String code) {
        return hospitals.contains(code);
    }

    public boolean isRegion(String code) {
        return regions.contains(code);
    }
}
