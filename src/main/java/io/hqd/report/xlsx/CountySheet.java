package io.hqd.report.xlsx;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.hqd.report.data.CountyRow;
import io.hqd.report.data.IndicatorMeta;

/** 区县对比: counties × key indicators, as in the PDF, each figure with its unit (67.0%, 8.3 天, 万元). */
final class CountySheet {
    private CountySheet() {
    }

    static void write(SheetKit kit, List<CountyRow> rows, Map<String, IndicatorMeta> indicators) {
        Sheet s = kit.sheet("区县对比", new String[] {"指标", "区县代码", "区县", "本期值", "上期值", "较上期", "目标", "评价",
                "排名", "已报医院", "应报医院", "暂定"}, new int[] {28, 10, 12, 10, 10, 10, 10, 10, 6, 8, 8, 6});
        int n = 0;
        for (CountyRow x : rows) {
            IndicatorMeta m = x.meta() != null ? x.meta()
                    : indicators.getOrDefault(x.indicatorCode(), IndicatorMeta.unknown(x.indicatorCode()));
            Row r = s.createRow(++n);
            kit.text(r, 0, x.indicatorName());
            kit.text(r, 1, x.countyCode());
            kit.text(r, 2, x.countyName());
            kit.valueWithUnit(r, 3, x.value(), m);
            kit.valueWithUnit(r, 4, x.previous(), m);
            kit.changeWithUnit(r, 5, x.change(), m);
            kit.text(r, 6, x.targetText());
            kit.text(r, 7, x.statusText().replaceAll("^[^\\p{IsHan}]+", ""));
            kit.integer(r, 8, x.rank());
            kit.integer(r, 9, x.reporting());
            kit.integer(r, 10, x.expected());
            kit.text(r, 11, x.provisional() ? "是" : "");
        }
        kit.finish(s, 12, n, 7);
    }
}
