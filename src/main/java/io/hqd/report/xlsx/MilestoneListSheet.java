package io.hqd.report.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.hqd.evaluate.milestone.MilestoneRow;
import io.hqd.warehouse.Periods;

/**
 * 规划任务（定性承诺）: every qualitative commitment in the region, most overdue first, with the quarter of the report
 * each status rests on (as the hospital PDF and the web page show it), so a stale state is visible as such.
 */
final class MilestoneListSheet {
    private MilestoneListSheet() {
    }

    /**
     * Thirteen columns whose widths (characters) add up to about 210, so the sheet fitted to an A4 page's width still
     * prints at about 60 % of full size (6.5 pt; it printed at 4.6 pt when they added up to 300): the long texts
     * (commitment, progress, document, 说明) wrap within their columns.
     */
    static void write(SheetKit kit, List<MilestoneRow> rows) {
        Sheet s = kit.sheet("规划任务（定性承诺）", new String[] {"状态", "性质", "逾期天数", "目标编号", "责任单位", "承诺内容（规划原文）",
                        "期限", "报告状态", "报告期", "状态日期", "进展说明", "证明文件或链接", "说明"},
                new int[] {8, 8, 8, 14, 16, 34, 12, 10, 14, 12, 20, 16, 34});
        int n = 0;
        for (MilestoneRow x : rows) {
            Row r = s.createRow(++n);
            kit.text(r, 0, x.status().label());
            kit.text(r, 1, x.nature());
            kit.integer(r, 2, (int) x.daysOverdue());
            kit.text(r, 3, x.targetCode());
            kit.text(r, 4, x.responsible());
            kit.text(r, 5, x.deliverable());
            kit.text(r, 6, x.due() == null ? "未定期限" : x.due().toString());
            kit.text(r, 7, x.state());
            kit.text(r, 8, x.reportedPeriod() == null ? "从未报告" : Periods.parse(x.reportedPeriod()).label());
            kit.text(r, 9, x.stateDate() == null ? null : x.stateDate().toString());
            kit.text(r, 10, x.evidence());
            kit.text(r, 11, x.document());
            kit.text(r, 12, x.text());
        }
        kit.finish(s, 13, n, -1);
    }
}
