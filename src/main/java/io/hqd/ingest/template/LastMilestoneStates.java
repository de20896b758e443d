package io.hqd.ingest.template;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_MILESTONE_REPORT;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;

import io.hqd.evaluate.milestone.MilestoneState;
import io.hqd.warehouse.Periods;

/**
 * The 上期状态 column of the 规划任务 sheet: for each commitment, the state a reporter last reported
 * before the template's period (from the reports in force), with the period it was reported for.
 * A commitment never reported has no entry, and its cell stays blank.
 */
public final class LastMilestoneStates {

    private LastMilestoneStates() {
    }

    /** One last report: its state and the period it was reported for. */
    public record Last(MilestoneState state, Periods period) {
        /** The cell text, e.g. "已完成（2026年第二季度）". */
        public String text() {
            return state.label() + "（" + period.label() + "）";
        }
    }

    /** reporter code -> target code -> last state reported in a period before {@code period}. */
    public static Map<String, Map<String, Last>> load(DSLContext dsl, ReporterType type, Collection<String> reporters,
                                                      Periods period) {
        Map<String, Map<String, Last>> out = new HashMap<>();
        dsl.select(CURRENT_MILESTONE_REPORT.REPORTER_CODE, CURRENT_MILESTONE_REPORT.TARGET_CODE,
                        CURRENT_MILESTONE_REPORT.PERIOD_CODE, CURRENT_MILESTONE_REPORT.STATE)
                .from(CURRENT_MILESTONE_REPORT)
                .where(CURRENT_MILESTONE_REPORT.REPORTER_TYPE.eq(type.dbValue()))
                .and(CURRENT_MILESTONE_REPORT.REPORTER_CODE.in(reporters))
                .forEach(r -> {
                    Periods reported = Periods.parse(r.value3());
                    if (reported.compareTo(period) >= 0) {
                        return;
                    }
                    Last last = new Last(MilestoneState.valueOf(r.value4()), reported);
                    out.computeIfAbsent(r.value1(), k -> new HashMap<>())
                            .merge(r.value2(), last, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
                });
        return out;
    }
}
