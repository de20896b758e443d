package io.hqd.web;

import static io.hqd.warehouse.schema.marts.Tables.COMPLETENESS;
import static io.hqd.warehouse.schema.ops.Tables.APPROVAL;
import static io.hqd.warehouse.schema.ops.Tables.SUBMISSION_RETURN;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Record;
import org.springframework.stereotype.Component;

import io.hqd.warehouse.schema.ops.tables.records.ApprovalRecord;

/**
 * DHIS2-style review along the org-unit hierarchy: a county returns a hospital's submission with a comment
 * or approves its set for a period; the city sees completeness by county and hospital.
 */
@Component
public class Review {
    /** States that stop a county's approval and put a hospital on the 催报 list. */
    public static final Set<SubmissionState> OPEN = Set.of(SubmissionState.MISSING, SubmissionState.REJECTED,
            SubmissionState.RETURNED);

    public record Row(String hospitalCode, String hospitalName, String regionCode, String submissionId,
                      String originalName, SubmissionState state, boolean late, LocalDateTime receivedAt,
                      String returnComment) {
        public boolean open() { return OPEN.contains(state); }
    }

    /** One county's line on the city's completeness page. */
    public record CountyLine(String code, String name, int expected, int received, int accepted, int partial,
                             int late, int missing, int returned, int rejected, boolean approved) {
        public String approvalText() { return approved ? "已审批" : received == 0 ? "—" : "待审批"; }
    }

    private final WebDatabase db;
    private final Orgs orgs;
    private final Audit audit;
    private final Clock clock;

    public Review(WebDatabase db, Orgs orgs, Audit audit, Clock clock) {
        this.db = db;
        this.orgs = orgs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every hospital expected in the counties for the period, with the submission that counts. */
    public List<Row> hospitals(List<String> counties, String period) {
        var c = COMPLETENESS;
        return db.dsl().select(c.fields()).select(SUBMISSION_RETURN.COMMENT).from(c)
                .leftJoin(SUBMISSION_RETURN).on(SUBMISSION_RETURN.SUBMISSION_ID.eq(c.SUBMISSION_ID))
                .where(c.PERIOD_CODE.eq(period), c.REGION_CODE.in(counties))
                .orderBy(c.REGION_CODE, c.HOSPITAL_CODE)
                .fetch(Review::row);
    }

    private static Row row(Record r) {
        var c = COMPLETENESS;
        String comment = r.get(SUBMISSION_RETURN.COMMENT);
        String file = r.get(c.ORIGINAL_NAME);
        return new Row(r.get(c.HOSPITAL_CODE), r.get(c.HOSPITAL_NAME), r.get(c.REGION_CODE), r.get(c.SUBMISSION_ID),
                file == null ? null : java.nio.file.Path.of(file).getFileName().toString(), SubmissionState.of(r.get(c.STATUS), false, false, comment != null),
                Boolean.TRUE.equals(r.get(c.LATE)), r.get(c.RECEIVED_AT), comment);
    }

    public void returnSubmission(SignedIn county, String submissionId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("退回时请写明原因，医疗机构会在报送记录中看到。");
        }
        String region = db.dsl().select(HOSPITAL.REGION_CODE).from(SUBMISSION).join(HOSPITAL)
                .on(HOSPITAL.CODE.eq(SUBMISSION.REPORTER_CODE))
                .where(SUBMISSION.SUBMISSION_ID.eq(submissionId)).fetchOne(HOSPITAL.REGION_CODE);
        if (region == null || !region.equals(county.orgCode())) {
            throw new IllegalArgumentException("这份报送不属于本区县的医疗机构。");
        }
        db.dsl().insertInto(SUBMISSION_RETURN).set(SUBMISSION_RETURN.SUBMISSION_ID, submissionId)
                .set(SUBMISSION_RETURN.RETURNED_BY, county.username()).set(SUBMISSION_RETURN.RETURNED_AT, LocalDateTime.now(clock))
                .set(SUBMISSION_RETURN.COMMENT, comment.strip())
                .onConflict(SUBMISSION_RETURN.SUBMISSION_ID).doUpdate().set(SUBMISSION_RETURN.COMMENT, comment.strip())
                .execute();
        audit.record("退回报送", submissionId.substring(0, 12), comment.strip());
    }

    /** Approves a county's set; refused while a hospital is missing, rejected or returned. */
    public void approve(SignedIn county, String period) {
        List<Row> open = hospitals(List.of(county.orgCode()), period).stream().filter(Row::open).toList();
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("还不能审批：" + String.join("、", open.stream()
                    .map(r -> r.hospitalName() + "（" + r.state().label() + "）").toList()) + "。");
        }
        db.dsl().insertInto(APPROVAL).set(APPROVAL.REGION_CODE, county.orgCode()).set(APPROVAL.PERIOD_CODE, period)
                .set(APPROVAL.APPROVED_BY, county.username()).set(APPROVAL.APPROVED_AT, LocalDateTime.now(clock))
                .onConflict(APPROVAL.REGION_CODE, APPROVAL.PERIOD_CODE).doNothing().execute();
        audit.record("审批", county.orgCode() + " " + period, orgs.name(county.orgCode()) + period + "报送全部审批通过");
    }

    public ApprovalRecord approval(String county, String period) {
        return db.dsl().selectFrom(APPROVAL).where(APPROVAL.REGION_CODE.eq(county), APPROVAL.PERIOD_CODE.eq(period)).fetchOne();
    }

    /** Completeness of a city by county: received, accepted, late, missing, returned, awaiting approval. */
    public List<CountyLine> byCounty(List<Row> rows, List<String> counties, String period) {
        Map<String, List<Row>> by = new LinkedHashMap<>();
        counties.forEach(c -> by.put(c, new ArrayList<>()));
        rows.forEach(r -> by.computeIfAbsent(r.regionCode(), k -> new ArrayList<>()).add(r));
        List<CountyLine> out = new ArrayList<>();
        by.forEach((code, list) -> {
            if (list.isEmpty()) {
                return;
            }
            int missing = count(list, SubmissionState.MISSING);
            out.add(new CountyLine(code, orgs.name(code), list.size(), list.size() - missing,
                    count(list, SubmissionState.ACCEPTED), count(list, SubmissionState.PARTIAL),
                    (int) list.stream().filter(Row::late).count(), missing, count(list, SubmissionState.RETURNED),
                    count(list, SubmissionState.REJECTED), approval(code, period) != null));
        });
        return out;
    }

    private static int count(List<Row> rows, SubmissionState s) {
        return (int) rows.stream().filter(r -> r.state() == s).count();
    }
}
