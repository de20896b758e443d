package io.hqd.ingest.load;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;
import static io.hqd.warehouse.schema.staged.Tables.ACCEPTED_WARNING;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.PERIOD;
import static io.hqd.warehouse.schema.staged.Tables.REGION;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record4;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.ingest.read.NumberText;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.read.ReadContext;
import io.hqd.ingest.validate.ValidationContext;

/** Reference data an ingest run reads once: registry, regions, periods, accepted warnings, and the reader's vocabulary. */
public final class IngestReference {
    static final int HISTORY_QUARTERS = 8;

    final Catalog catalog;
    final ReadContext readContext;
    final Set<String> hospitals = new HashSet<>();
    final Set<String> regions = new HashSet<>();
    private final Map<String, String> parentOf = new HashMap<>();
    final Map<String, ValidationContext.PeriodState> periods = new HashMap<>();
    final Set<ValidationContext.AcceptedKey> accepted = new HashSet<>();
    /** Each reporter type's elements of a year, shared by every file's validation context. */
    private final Map<ValidationContext.ElementsKey, Map<String, Indicator>> elementsSeen = new ConcurrentHashMap<>();
    private final DSLContext dsl;
    private ValuesInForce inForce;
    /**
     * While a batch of files is stored in one transaction: each reporter's history as it was before the batch
     * (null: none), so a rolled-back batch leaves the history as the warehouse holds it.
     */
    private Map<String, Map<String, ValuesInForce.Series>> beforeBatch;

    public IngestReference(DSLContext dsl, Catalog catalog) {
        this.dsl = dsl;
        this.catalog = catalog;
        Map<String, String> byName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        dsl.select(HOSPITAL.CODE, HOSPITAL.NAME, HOSPITAL.REGION_CODE).from(HOSPITAL).forEach(r -> {
            hospitals.add(r.value1());
            parentOf.put(r.value1(), r.value3());
            String old = byName.put(NumberText.normalize(r.value2()), r.value1());
            if (old != null && !old.equals(r.value1())) {
                shared.add(NumberText.normalize(r.value2()));
            }
        });
        dsl.select(REGION.CODE, REGION.NAME, REGION.PARENT_CODE).from(REGION).forEach(r -> {
            regions.add(r.value1());
            if (r.value3() != null) {
                parentOf.put(r.value1(), r.value3());
            }
            byName.putIfAbsent(NumberText.normalize(r.value2()), r.value1());
        });
        // A name two hospitals share identifies neither.
        byName.keySet().removeAll(shared);
        dsl.selectFrom(PERIOD).forEach(p -> periods.put(p.getPeriodCode(),
                new ValidationContext.PeriodState(p.getPeriodCode(), p.getDueDate(), p.getLockedAt())));
        dsl.selectFrom(ACCEPTED_WARNING).forEach(a -> accepted.add(new ValidationContext.AcceptedKey(
                a.getReporterCode(), a.getPeriodCode(), a.getElementCode(), a.getRule())));
        List<Indicator> elements = catalog.indicators().stream().filter(Indicator::isElement).toList();
        this.readContext = new ReadContext(elements, byName);
    }

    /**
     * Validation context with this reporter's history (values in force before each period, newest first). The
     * values in force are read once per run and kept current as files are stored ({@link #remember}): reading
     * them from the warehouse for every file grew with the warehouse and dominated a night's ingest.
     */
    public ValidationContext validationContext(String reporter) {
        ValuesInForce values = inForce();
        ValidationContext.History history = (rep, element, before) -> {
            synchronized (this) {
                return reporter == null ? List.of() : values.before(reporter, element, before, HISTORY_QUARTERS);
            }
        };
        return new ValidationContext(catalog, hospitals, regions, periods, history, accepted, elementsSeen);
    }

    /** Submissions just stored and now in force: their values replace the period's earlier ones in the history. */
    public synchronized void remember(List<LoadedSubmission> stored) {
        ValuesInForce values = inForce();
        for (LoadedSubmission s : stored) {
            if (beforeBatch != null && !beforeBatch.containsKey(s.reporterCode())) {
                beforeBatch.put(s.reporterCode(), values.copyOf(s.reporterCode()));
            }
            values.forget(s.reporterCode(), s.periodCode());
            for (ReadCell v : s.values()) {
                values.put(s.reporterCode(), v.element(), s.periodCode(), v.value().doubleValue());
            }
        }
    }

    /**
     * Files stored from now on share one transaction: a later file of the batch is validated against the
     * earlier ones' figures, as it would be after their own commits, but those figures are forgotten again
     * by {@link #rollbackBatch} if the transaction does not commit.
     */
    public synchronized void beginBatch() {
        beforeBatch = new HashMap<>();
    }

    /** The batch committed: what it remembered is what the warehouse now holds. */
    public synchronized void commitBatch() {
        beforeBatch = null;
    }

    /** The batch rolled back: every reporter it touched gets back its history from before the batch. */
    public synchronized void rollbackBatch() {
        if (beforeBatch == null) {
            return;
        }
        ValuesInForce values = inForce();
        beforeBatch.forEach(values::restore);
        beforeBatch = null;
    }

    /** The values in force, read on first use (reporter → element → period → value). */
    private synchronized ValuesInForce inForce() {
        if (inForce == null) {
            ValuesInForce read = new ValuesInForce();
            try (Cursor<Record4<String, String, String, Double>> rows = dsl.select(CURRENT_VALUE.REPORTER_CODE,
                    CURRENT_VALUE.ELEMENT_CODE, CURRENT_VALUE.PERIOD_CODE, CURRENT_VALUE.VALUE).from(CURRENT_VALUE).fetchLazy()) {
                for (Record4<String, String, String, Double> r : rows) {
                    read.put(r.value1(), r.value2(), r.value3(), r.value4());
                }
            }
            inForce = read;
        }
        return inForce;
    }

    /** Whether figures of this reporter and period are in force (loaded before, or earlier in this run). */
    public synchronized boolean hasDataInForce(String reporter, String period) {
        return inForce().has(reporter, period);
    }

    /** Whether {@code reporter} lies within region {@code region} (a county bureau forwarding its hospitals' files). */
    public boolean within(String reporter, String region) {
        String at = parentOf.get(reporter);
        for (int depth = 0; at != null && depth < 6; depth++) {
            if (at.equals(region)) {
                return true;
            }
            at = parentOf.get(at);
        }
        return false;
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
