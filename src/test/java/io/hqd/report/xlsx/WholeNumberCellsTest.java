package io.hqd.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.hqd.report.data.IndicatorMeta;

/** The workbook shows a whole-number indicator's figures as the PDF does: 4, but 3.5 and 3.75, never rounded to 4. */
class WholeNumberCellsTest {
    static final IndicatorMeta LEVEL = new IndicatorMeta("YB-P3-09", "电子病历系统应用水平分级", "级", 0, "higher", null, null);

    @Test
    void valuesAndChangesKeepTheDecimalsTheyHave() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetKit kit = new SheetKit(wb, "测试");
            Row r = wb.createSheet("s").createRow(0);
            kit.value(r, 0, 4.0, LEVEL);
            kit.value(r, 1, 3.5, LEVEL);
            kit.valueWithUnit(r, 2, 3.75, LEVEL);
            kit.valueWithUnit(r, 3, 4.0, LEVEL);
            kit.changeWithUnit(r, 4, 0.5, LEVEL);
            DataFormatter shown = new DataFormatter();
            assertThat(shown.formatCellValue(r.getCell(0))).isEqualTo("4");
            assertThat(shown.formatCellValue(r.getCell(1))).isEqualTo("3.5");
            assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(3.5);
            assertThat(shown.formatCellValue(r.getCell(2))).isEqualTo("3.75 级");
            assertThat(shown.formatCellValue(r.getCell(3))).isEqualTo("4 级");
            assertThat(shown.formatCellValue(r.getCell(4))).isEqualTo("+0.5 级");
            // a numerator or denominator: whole without a point (Excel prints "11." for 11 in #,##0.####)
            kit.plain(r, 5, 11.0);
            kit.plain(r, 6, 11.5);
            kit.plain(r, 7, 11.000001);
            assertThat(r.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(r.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.####");
            assertThat(shown.formatCellValue(r.getCell(6))).isEqualTo("11.5");
            assertThat(r.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }
}
