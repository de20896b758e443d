package io.hqd.report.data;

import static io.hqd.warehouse.schema.staged.Tables.PLAN;
import static io.hqd.warehouse.schema.staged.Tables.TARGET;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jooq.DSLContext;

/** The source text of every target the pack judges. */
public final class NotesQuery {
    private final DSLContext dsl;

    public NotesQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<NoteRow> fetch(List<EvalFact> facts) {
        Set<String> codes = new TreeSet<>();
        facts.forEach(f -> codes.add(f.targetCode()));
        return dsl.select(TARGET.TARGET_CODE, PLAN.DOC_NUMBER, PLAN.TITLE, TARGET.CLAUSE, TARGET.QUOTE, TARGET.READING)
                .from(TARGET).leftJoin(PLAN).on(PLAN.PLAN_CODE.eq(TARGET.PLAN_CODE))
                .where(TARGET.TARGET_CODE.in(codes)).orderBy(TARGET.TARGET_CODE)
                .fetch(r -> new NoteRow(r.value1(),
                        r.value2() == null || r.value2().isBlank() ? "原文未载文号" : r.value2(),
                        r.value3(), r.value4(), r.value5(), r.value6()));
    }
}
