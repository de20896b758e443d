package io.hqd.report.data;

import static io.hqd.warehouse.schema.ops.Tables.LATE_CORRECTION;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;

/**
 * Corrections received after their period was locked, as "changes since the last pack" lists them: one approved
 * since that pack is in force from this pack on; one returned never counts; one still waiting is not counted yet.
 */
final class LateCorrectionRows {
    static final String KIND = "锁定后更正";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LateCorrectionRows() {
    }

    static List<ChangeRow> since(DSLContext dsl, Collection<String> regionCodes, LocalDateTime lastPack) {
        var c = LATE_CORRECTION;
        List<ChangeRow> rows = new ArrayList<>();
        for (var r : dsl.select(HOSPITAL.NAME, SUBMISSION.PERIOD_CODE, SUBMISSION.ORIGINAL_NAME, SUBMISSION.RECEIVED_AT,
                        c.DECISION, c.REASON, c.DECIDED_BY, c.DECIDED_AT)
                .from(SUBMISSION).join(HOSPITAL).on(HOSPITAL.CODE.eq(SUBMISSION.REPORTER_CODE))
                .leftJoin(c).on(c.SUBMISSION_ID.eq(SUBMISSION.SUBMISSION_ID))
                .where(SUBMISSION.REPORTER_TYPE.eq("hospital"), SUBMISSION.AFTER_LOCK.isTrue(),
                        SUBMISSION.STATUS.ne("rejected"), HOSPITAL.REGION_CODE.in(regionCodes))
                .orderBy(SUBMISSION.RECEIVED_AT, HOSPITAL.NAME).fetch()) {
            String decision = r.get(c.DECISION);
            // compared here, not in SQL: jOOQ renders a DuckDB timestamp bind DuckDB cannot parse
            LocalDateTime when = decision == null ? r.get(SUBMISSION.RECEIVED_AT) : r.get(c.DECIDED_AT);
            if (!when.isAfter(lastPack)) {
                continue;
            }
            String file = java.nio.file.Path.of(r.get(SUBMISSION.ORIGINAL_NAME)).getFileName() + "（" + r.get(SUBMISSION.PERIOD_CODE) + "）";
            String after = decision == null ? "待审核，本期材料未计入"
                    : ("approved".equals(decision) ? "已批准，本期材料起生效：" : "已退回，不计入：") + r.get(c.REASON)
                    + "（" + r.get(c.DECIDED_BY) + "，" + r.get(c.DECIDED_AT).format(WHEN) + "）";
            rows.add(new ChangeRow(KIND, r.get(HOSPITAL.NAME), file, "锁定时的数据", after));
        }
        return rows;
    }
}
