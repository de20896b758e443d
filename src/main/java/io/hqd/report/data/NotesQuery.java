package io.hqd.report.data;

import static io.hqd.warehouse.schema.staged.Tables.INDICATOR;
import static io.hqd.warehouse.schema.staged.Tables.PLAN;
import static io.hqd.warehouse.schema.staged.Tables.TARGET;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jooq.DSLContext;

import io.hqd.warehouse.Periods;

/**
 * The source text of every target the pack judges, and where the target's comparison (from its baseline year, or
 * the plan's first year, to the period) spans a change of the indicator's definition.
 */
public final class NotesQuery {
    private final DSLContext dsl;

    public NotesQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<NoteRow> fetch(List<EvalFact> facts) {
        Set<String> codes = new TreeSet<>();
        facts.forEach(f -> codes.add(f.targetCode()));
        int year = facts.isEmpty() ? 0 : Periods.parse(facts.get(0).periodCode()).year();
        Map<String, List<DefinitionChanges.Version>> versions = versions();
        return dsl.select(TARGET.TARGET_CODE, PLAN.DOC_NUMBER, PLAN.TITLE, TARGET.CLAUSE, TARGET.QUOTE, TARGET.READING,
                        TARGET.INDICATOR, TARGET.BASELINE_YEAR, PLAN.START_YEAR)
                .from(TARGET).leftJoin(PLAN).on(PLAN.PLAN_CODE.eq(TARGET.PLAN_CODE))
                .where(TARGET.TARGET_CODE.in(codes)).orderBy(TARGET.TARGET_CODE)
                .fetch(r -> {
                    Integer from = r.value8() != null ? r.value8() : r.value9();
                    String reading = r.value6();
                    if (from != null) {
                        var change = DefinitionChanges.crossing(versions.getOrDefault(r.value7(), List.of()), from, year);
                        if (change.isPresent()) {
                            reading = (reading == null || reading.isBlank() ? "" : reading + "；") + change.get();
                        }
                    }
                    return new NoteRow(r.value1(), r.value2() == null || r.value2().isBlank() ? "原文未载文号" : r.value2(),
                            r.value3(), r.value4(), r.value5(), reading);
                });
    }

    /** Indicators defined in more than one version, code → versions. */
    private Map<String, List<DefinitionChanges.Version>> versions() {
        Map<String, List<DefinitionChanges.Version>> all = dsl.select(INDICATOR.CODE, INDICATOR.NAME, INDICATOR.VERSION,
                        INDICATOR.VALID_FROM, INDICATOR.DEFINITION).from(INDICATOR)
                .fetchGroups(r -> r.value1(), r -> new DefinitionChanges.Version(r.value2(), r.value3(), r.value4(), r.value5()));
        all.values().removeIf(versions -> versions.size() < 2);
        return all;
    }
}
