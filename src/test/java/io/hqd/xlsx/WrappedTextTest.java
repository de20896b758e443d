package io.hqd.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Lines of wrapped text as LibreOffice breaks them, at the edge of a column's width. */
class WrappedTextTest {
    @Test
    void chineseCharactersTakeOnePointFiveFiveUnitsAndBreakAnywhere() {
        // a column 11 wide leaves 10 after padding: six Chinese characters (9.3), not seven (10.85)
        assertThat(WrappedText.lines("一二三四五六", 11)).isEqualTo(1);
        assertThat(WrappedText.lines("一二三四五六七", 11)).isEqualTo(2);
        assertThat(WrappedText.lines("一二三四五六七八九十一二", 11)).isEqualTo(2);
        assertThat(WrappedText.lines("一二三四五六七八九十一二三", 11)).isEqualTo(3);
        // as measured in LibreOffice: 25 fill a column 40 wide (not 26), 12 a column 20 wide (not 13)
        assertThat(WrappedText.lines("明".repeat(25), 40)).isEqualTo(1);
        assertThat(WrappedText.lines("明".repeat(26), 40)).isEqualTo(2);
        assertThat(WrappedText.lines("明".repeat(12), 20)).isEqualTo(1);
        assertThat(WrappedText.lines("明".repeat(13), 20)).isEqualTo(2);
    }

    @Test
    void aLatinRunMovesToTheNextLineWholeAndIsBrokenThereWhenWiderThanTheColumn() {
        // ten digits fill a room of 10; "一 1234567890" cannot share the first line with 一
        assertThat(WrappedText.lines("1234567890", 11)).isEqualTo(1);
        assertThat(WrappedText.lines("一 1234567890", 11)).isEqualTo(2);
        assertThat(WrappedText.lines("12345678901", 11)).isEqualTo(2);
        assertThat(WrappedText.lines("123456789012345678901", 11)).isEqualTo(3);
        // a run wider than the column still starts a line of its own (LibreOffice, column 20 wide)
        assertThat(WrappedText.lines("一 123456789012", 11)).isEqualTo(3);
        assertThat(WrappedText.lines("数据来自2026Q3_hosp_510101.xlsx的填报表", 20)).isEqualTo(3);
        assertThat(WrappedText.lines("abc 2026Q3_hosp_510101.xlsx!填报表!C12", 20)).isEqualTo(3);
    }

    @Test
    void aLineFeedAlwaysStartsALineAndEmptyTextTakesOne() {
        assertThat(WrappedText.lines("一\n二\n三", 40)).isEqualTo(3);
        assertThat(WrappedText.lines("", 40)).isEqualTo(1);
        assertThat(WrappedText.lines(null, 40)).isEqualTo(1);
    }

    @Test
    void aRowIsRaisedToItsLinesNeverLowered() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("x");
            s.setColumnWidth(0, 11 * 256);
            Row r = s.createRow(0);
            WrappedText.fit(r, 0, "一二三四五六七");
            assertThat(r.getHeightInPoints()).isEqualTo(2 * WrappedText.LINE_PT + WrappedText.ROW_PADDING_PT);
            r.setHeightInPoints(100);
            WrappedText.fit(r, 0, "一二三四五六七");
            assertThat(r.getHeightInPoints()).isEqualTo(100);
        }
    }
}
