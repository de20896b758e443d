package io.hqd.web;

import static io.hqd.warehouse.schema.raw.Tables.CELL_VALUE;
import static io.hqd.warehouse.schema.staged.Tables.ACCEPTED_WARNING;
import static io.hqd.warehouse.schema.staged.Tables.FINDING;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import io.hqd.ingest.AcceptedWarnings;

/**
 * Warnings on the submissions in force, for the city statistician to accept with a reason (the same record
 * {@code hqd accept-warning} writes, so the next ingest does not raise them again) or to revoke.
 */
@Component
public class Warnings {
    public record Row(String hospitalCode, String hospitalName, String period, String sheet, String cell, String element,
                      String rule, String message, String valueSeen, String acceptedReason, String acceptedBy) {
        public boolean accepted() { return acceptedReason != null; }
    }

    private final WebDatabase db;
    private final Audit audit;
    private final Clock clock;

    public Warnings(WebDatabase db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Row> list(List<String> regions, String period) {
        var a = ACCEPTED_WARNING;
        return db.dsl().select(SUBMISSION.REPORTER_CODE, HOSPITAL.NAME, SUBMISSION.PERIOD_CODE, FINDING.SHEET, FINDING.CELL,
                        CELL_VALUE.ELEMENT_CODE, FINDING.RULE, FINDING.MESSAGE, FINDING.VALUE_SEEN, a.REASON, a.ACCEPTED_BY)
                .from(FINDING)
                .join(SUBMISSION).on(SUBMISSION.SUBMISSION_ID.eq(FINDING.SHA256))
                .join(HOSPITAL).on(HOSPITAL.CODE.eq(SUBMISSION.REPORTER_CODE))
                .join(CELL_VALUE).on(CELL_VALUE.SHA256.eq(FINDING.SHA256), CELL_VALUE.SHEET.eq(FINDING.SHEET),
                        CELL_VALUE.CELL.eq(FINDING.CELL))
                .leftJoin(a).on(a.REPORTER_CODE.eq(SUBMISSION.REPORTER_CODE), a.PERIOD_CODE.eq(SUBMISSION.PERIOD_CODE),
                        a.ELEMENT_CODE.eq(CELL_VALUE.ELEMENT_CODE), a.RULE.eq(FINDING.RULE))
                .where(FINDING.SEVERITY.eq("warning"), SUBMISSION.PERIOD_CODE.eq(period), HOSPITAL.REGION_CODE.in(regions),
                        SUBMISSION.STATUS.ne("rejected"), SUBMISSION.SUPERSEDED_BY.isNull())
                .orderBy(HOSPITAL.REGION_CODE, SUBMISSION.REPORTER_CODE, FINDING.SEQ)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11()));
    }

    /** Accepts one listed warning; anything not on the list (a typo, an error rule) is refused. */
    public void accept(List<String> regions, String period, String hospital, String element, String rule, String reason,
                       String by) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("确认警告时请写明理由（例如：新病区开放，出院人数确实增加）。");
        }
        Row row = find(regions, period, hospital, element, rule);
        AcceptedWarnings.accept(db.dsl(), hospital, period, element, rule, reason.strip(), by, LocalDateTime.now(clock));
        audit.record("确认警告", hospital + " " + period, row.element() + " " + rule + "：" + reason.strip());
    }

    public void revoke(List<String> regions, String period, String hospital, String element, String rule) {
        find(regions, period, hospital, element, rule);
        int n = db.dsl().deleteFrom(ACCEPTED_WARNING).where(ACCEPTED_WARNING.REPORTER_CODE.eq(hospital),
                ACCEPTED_WARNING.PERIOD_CODE.eq(period), ACCEPTED_WARNING.ELEMENT_CODE.eq(element),
                ACCEPTED_WARNING.RULE.eq(rule)).execute();
        if (n > 0) {
            audit.record("撤销警告确认", hospital + " " + period, element + " " + rule);
        }
    }

    private Row find(List<String> regions, String period, String hospital, String element, String rule) {
        return list(regions, period).stream()
                .filter(r -> r.hospitalCode().equals(hospital) && r.element().equals(element) && r.rule().equals(rule))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有这条警告（机构 " + hospital + "，指标 " + element
                        + "，规则 " + rule + "），或它不属于您管辖的区县。"));
    }
}
