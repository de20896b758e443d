package io.hqd.ingest.validate;

import java.util.List;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;

/** The period is stated and open. A locked period's file is kept as a labelled after-lock version, not put in force. */
public final class PeriodRule implements ValidationRule {
    public static final String LOCKED = "period_locked";

    @Override public String id() { return "period"; }
    @Override public Severity severity() { return Severity.ERROR; }

    @Override
    public void check(Submission s, ValidationContext ctx, List<Finding> out) {
        if (s.periodCode() == null) {
            out.add(Finding.file(id(), severity(), "文件中没有写明报告期（例如「2026年第三季度」或 2026Q3），无法入库"));
            return;
        }
        ValidationContext.PeriodState p = ctx.periods().get(s.periodCode());
        if (p == null) {
            out.add(Finding.file(id(), severity(), "报告期 " + s.periodCode() + " 尚未开放或不存在，无法入库"));
        } else if (p.locked()) {
            out.add(Finding.file(LOCKED, Severity.WARNING, "报告期 " + s.periodCode() + " 已于 " + p.lockedAt().toLocalDate()
                    + " 锁定。本文件作为锁定后版本保存，不替换已锁定的数据，待统计人员审核"));
        }
    }
}
