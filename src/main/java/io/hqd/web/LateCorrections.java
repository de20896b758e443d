package io.hqd.web;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;
import static io.hqd.warehouse.schema.ops.Tables.LATE_CORRECTION;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;

/**
 * Corrections that arrived after their period was locked, for the city statistician to approve with a reason (in
 * force from the next pack on: marts.submission_in_force, migration V92) or return (never counts). One decision
 * per file; a hospital that disagrees with a return sends a new file, which waits for its own decision.
 */
@Component
public class LateCorrections {
    /** One value the correction would change, against the figure in force now. */
    public record Change(String element, String sheet, String cell, Double before, double after) {
        /** 出院患者人数（填报表!E6）：10,000 → 12,000 */
        public String text() {
            DecimalFormat n = new DecimalFormat("#,##0.##");
            return element + "（" + sheet + "!" + cell + "）：" + (before == null ? "无" : n.format(before)) + " → " + n.format(after);
        }
    }

    public record Row(String submissionId, String hospitalCode, String hospitalName, String period, String originalName,
                      LocalDateTime receivedAt, String status, String decision, String reason, String decidedBy,
                      LocalDateTime decidedAt, List<Change> changes) {
        public boolean pending() { return decision == null; }

        public String decisionLabel() {
            return decision == null ? "待审核" : decision.equals("approved") ? "已批准，下一期材料起生效" : "已退回，不计入";
        }
    }

    private final WebDatabase db;
    private final Audit audit;
    private final Clock clock;
    private final Map<String, String> elementNames;

    public LateCorrections(WebDatabase db, Audit audit, Clock clock, Catalog catalog) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.elementNames = catalog.elements().stream().collect(Collectors.toMap(Indicator::code, Indicator::name, (a, b) -> a));
    }

    /** After-lock submissions of the hospitals in {@code regions}, newest first, with what each would change. */
    public List<Row> list(List<String> regions) {
        var c = LATE_CORRECTION;
        return db.dsl().select(SUBMISSION.SUBMISSION_ID, SUBMISSION.REPORTER_CODE, HOSPITAL.NAME, SUBMISSION.PERIOD_CODE,
                        SUBMISSION.ORIGINAL_NAME, SUBMISSION.RECEIVED_AT, SUBMISSION.STATUS, c.DECISION, c.REASON, c.DECIDED_BY,
                        c.DECIDED_AT)
                .from(SUBMISSION)
                .join(HOSPITAL).on(HOSPITAL.CODE.eq(SUBMISSION.REPORTER_CODE))
                .leftJoin(c).on(c.SUBMISSION_ID.eq(SUBMISSION.SUBMISSION_ID))
                .where(SUBMISSION.AFTER_LOCK.isTrue(), SUBMISSION.STATUS.ne("rejected"), SUBMISSION.REPORTER_TYPE.eq("hospital"),
                        HOSPITAL.REGION_CODE.in(regions))
                .orderBy(SUBMISSION.RECEIVED_AT.desc())
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), Path.of(r.value5()).getFileName().toString(),
                        r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(),
                        r.value8() == null ? changes(r.value1(), r.value2(), r.value4()) : List.of()));
    }

    public void approve(List<String> regions, String submissionId, String reason, String by) {
        decide(regions, submissionId, "approved", reason, by, "批准锁定后更正",
                "批准时请写明理由（例如：医院核对病案首页后更正了出院人数）。");
    }

    public void giveBack(List<String> regions, String submissionId, String reason, String by) {
        decide(regions, submissionId, "returned", reason, by, "退回锁定后更正", "退回时请写明原因，医院会看到。");
    }

    private void decide(List<String> regions, String submissionId, String decision, String reason, String by, String action,
                        String askForReason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(askForReason);
        }
        Row row = list(regions).stream().filter(r -> r.submissionId().equals(submissionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有这份锁定后更正，或它不属于您管辖的区县。"));
        if (!row.pending()) {
            throw new IllegalArgumentException("这份更正已经处理过（" + row.decisionLabel() + "）。");
        }
        db.dsl().insertInto(LATE_CORRECTION).set(LATE_CORRECTION.SUBMISSION_ID, submissionId)
                .set(LATE_CORRECTION.DECISION, decision).set(LATE_CORRECTION.REASON, reason.strip())
                .set(LATE_CORRECTION.DECIDED_BY, by).set(LATE_CORRECTION.DECIDED_AT, LocalDateTime.now(clock)).execute();
        audit.record(action, row.hospitalCode() + " " + row.period(), row.originalName() + "：" + reason.strip());
    }

    /** The values of the correction that differ from the figures in force for the same hospital and period. */
    private List<Change> changes(String submissionId, String hospital, String period) {
        Map<String, Double> now = db.dsl().select(CURRENT_VALUE.ELEMENT_CODE, CURRENT_VALUE.VALUE).from(CURRENT_VALUE)
                .where(CURRENT_VALUE.REPORTER_TYPE.eq("hospital"), CURRENT_VALUE.REPORTER_CODE.eq(hospital),
                        CURRENT_VALUE.PERIOD_CODE.eq(period))
                .fetchMap(CURRENT_VALUE.ELEMENT_CODE, CURRENT_VALUE.VALUE);
        return db.dsl().selectFrom(SUBMISSION_VALUE).where(SUBMISSION_VALUE.SUBMISSION_ID.eq(submissionId))
                .orderBy(SUBMISSION_VALUE.SHEET, SUBMISSION_VALUE.CELL).fetch().stream()
                .filter(v -> !Objects.equals(now.get(v.getElementCode()), v.getValue()))
                .map(v -> new Change(elementNames.getOrDefault(v.getElementCode(), v.getElementCode()), v.getSheet(), v.getCell(),
                        now.get(v.getElementCode()), v.getValue()))
                .toList();
    }
}
