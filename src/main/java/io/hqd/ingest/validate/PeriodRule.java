package io.hqd.ingest.validate;

import java.util.List;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;

/** The period is stated and open. A locked period's file is kept as a labelled after-lock version, not put in force. */
public final class PeriodRule implements ValidationRule {
    public static final String LOCKED = "period_locked";

    @Override public String id() { return "period"; }
    @Override public String label() { return "报告期未写明或未开放"; }
    @Override public String todo() { return "使用本期下发的模板，写明报告期"; }
    @Override public Severity severity() { return Severity.ERROR; }

    @Override
    public void check(Submission s, ValidationContext ctx, List<Finding> out) {
        if (s.periodCode() == null) {
            out.add(Finding.file(id(), severity(), "文件中没有写明报告期（例如「2026年第三季度」或 2026Q3），无法入库。请使用本期下发的模板，或在「报告期」处写明季度后重新报送"));
            return;
        }
        ValidationContext.PeriodState p = ctx.periods().get(s.periodCode());
        if (p == null) {
            out.add(Finding.file(id(), severity(), "报告期 " + s.periodCode() + " 尚未开放或不存在，无法入库。请核对报告期，或使用本期下发的模板"));
        } else if (p.locked()) {
            out.add(Finding.file(LOCKED, Severity.WARNING, "报告期 " + s.periodCode() + " 已于 " + p.lockedAt().toLocalDate()
                    + " 锁定。本文件作为锁定后版本保存，不替换已锁定的数据，待统计人员审核"));
        }
    }
}
