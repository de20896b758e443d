package io.hqd.report.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.hqd.report.data.ChangeRow;
import io.hqd.report.data.Changes;

/** 变化: what changed since the region's last pack (the first row says against which pack). */
final class ChangesSheet {
    private ChangesSheet() {
    }

    static void write(SheetKit kit, Changes changes) {
        Sheet s = kit.sheet("变化", new String[] {"类别", "对象", "目标 / 事项", "上期", "本期"}, new int[] {10, 30, 50, 20, 30});
        int n = 0;
        Row baseline = s.createRow(++n);
        kit.text(baseline, 0, "对比基准");
        kit.text(baseline, 1, "");
        kit.text(baseline, 2, changes.baseline());
        kit.text(baseline, 3, "");
        kit.text(baseline, 4, "");
        for (ChangeRow x : changes.rows()) {
            Row r = s.createRow(++n);
            kit.text(r, 0, x.kind());
            kit.text(r, 1, x.entityName());
            kit.text(r, 2, x.subject());
            kit.text(r, 3, x.before());
            kit.text(r, 4, x.after());
        }
        kit.finish(s, 5, n, -1);
    }
}
