package io.hqd.report.data;

import static io.hqd.warehouse.schema.ops.Tables.PUBLISHED_EVALUATION;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import io.hqd.evaluate.Status;
import io.hqd.report.StatusText;

/** Compares this pack with the last one published for the same region (ops.published_evaluation). */
public final class ChangesQuery {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final DSLContext dsl;

    public ChangesQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Changes fetch(String runName, PackRegion region, Collection<String> regionCodes, List<EvalFact> facts) {
        var last = dsl.select(PUBLISHED_EVALUATION.RUN_ID, DSL.max(PUBLISHED_EVALUATION.PUBLISHED_AT))
                .from(PUBLISHED_EVALUATION)
                .where(PUBLISHED_EVALUATION.REGION_CODE.eq(region.code()), PUBLISHED_EVALUATION.RUN_ID.ne(runName))
                .groupBy(PUBLISHED_EVALUATION.RUN_ID)
                .orderBy(DSL.max(PUBLISHED_EVALUATION.PUBLISHED_AT).desc()).limit(1).fetchOne();
        if (last == null) {
            // no earlier pack, but corrections after a lock (hqd lock needs no pack) still change what is in force
            List<ChangeRow> late = LateCorrectionRows.since(dsl, regionCodes, LocalDateTime.MIN);
            return new Changes("本地区首次生成会议材料，没有可对比的上一期材料。"
                    + (late.isEmpty() ? "" : "报告期锁定后收到的更正列于下表。"), late);
        }
        String prevRun = last.value1();
        LocalDateTime prevAt = last.value2();
        Map<String, Published> before = new HashMap<>();
        Set<String> prevTargets = new HashSet<>();
        for (var r : dsl.selectFrom(PUBLISHED_EVALUATION).where(PUBLISHED_EVALUATION.RUN_ID.eq(prevRun),
                PUBLISHED_EVALUATION.REGION_CODE.eq(region.code())).fetch()) {
            before.put(r.getTargetCode() + "|" + r.getEntityType() + "|" + r.getEntityCode(),
                    new Published(r.getStatus(), r.getPeriodCode()));
            prevTargets.add(r.getTargetCode());
        }
        List<ChangeRow> rows = new ArrayList<>();
        Set<String> newTargets = new HashSet<>();
        for (EvalFact f : facts) {
            if (!prevTargets.contains(f.targetCode())) {
                if (newTargets.add(f.targetCode())) {
                    rows.add(new ChangeRow("新增目标", "", f.targetLabel(), "—", f.citation()));
                }
                continue;
            }
            Published b = before.get(f.targetCode() + "|" + f.entityType() + "|" + f.entityCode());
            if (b != null && b.status() != f.status()) {
                rows.add(new ChangeRow("状态变化", f.entityName(), f.targetLabel(),
                        StatusText.of(b.status()) + "（" + b.periodCode() + "）", StatusText.of(f.status()) + "（" + f.periodCode() + "）"));
            }
        }
        for (var s : dsl.select(HOSPITAL.NAME, SUBMISSION.PERIOD_CODE, SUBMISSION.ORIGINAL_NAME, SUBMISSION.STATUS,
                        SUBMISSION.RECEIVED_AT)
                .from(SUBMISSION).join(HOSPITAL).on(HOSPITAL.CODE.eq(SUBMISSION.REPORTER_CODE))
                .where(SUBMISSION.REPORTER_TYPE.eq("hospital"), HOSPITAL.REGION_CODE.in(regionCodes),
                        SUBMISSION.AFTER_LOCK.isFalse())   // after-lock files: LateCorrectionRows, below
                .orderBy(SUBMISSION.RECEIVED_AT, HOSPITAL.NAME).fetch()) {
            if (!s.value5().isAfter(prevAt)) {
                continue; // compared here: jOOQ renders a DuckDB timestamp bind DuckDB cannot parse
            }
            rows.add(new ChangeRow("新收报送", s.value1(), s.value3() + "（" + s.value2() + "）", "—",
                    CompletenessQuery.state(s.value4(), false) + " " + s.value5().format(WHEN)));
        }
        rows.addAll(LateCorrectionRows.since(dsl, regionCodes, prevAt));
        String baseline = "对比基准：" + io.hqd.run.RunName.of(dsl, prevRun).label() + " 的会议材料（生成于 "
                + prevAt.format(WHEN) + "）。";
        return new Changes(rows.isEmpty() ? baseline + "与上一期材料相比没有变化。" : baseline, rows);
    }

    /** A row of the previous published pack: its status and the period it was judged for. */
    private record Published(Status status, String periodCode) {
    }
}
