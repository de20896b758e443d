package io.hqd.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Lines of wrapped text as LibreOffice (measured) and Excel/WPS with 宋体 (from the font's metrics) break them, at
 * the edge of a column's width; a row gets the larger count.
 */
class WrappedTextTest {
    private static int libreOffice(String text, double width) {
        return WrappedText.Renderer.LIBREOFFICE.lines(text, width);
    }

    private static int excel(String text, double width) {
        return WrappedText.Renderer.EXCEL.lines(text, width);
    }

    @Test
    void chineseCharactersTakeOnePointFiveFiveUnitsAndBreakAnywhere() {
        // a column 11 wide leaves 10 after padding: six Chinese characters (9.3), not seven (10.85)
        assertThat(libreOffice("一二三四五六", 11)).isEqualTo(1);
        assertThat(libreOffice("一二三四五六七", 11)).isEqualTo(2);
        assertThat(libreOffice("一二三四五六七八九十一二", 11)).isEqualTo(2);
        assertThat(libreOffice("一二三四五六七八九十一二三", 11)).isEqualTo(3);
        // as measured in LibreOffice: 25 fill a column 40 wide (not 26), 12 a column 20 wide (not 13)
        assertThat(libreOffice("明".repeat(25), 40)).isEqualTo(1);
        assertThat(libreOffice("明".repeat(26), 40)).isEqualTo(2);
        assertThat(libreOffice("明".repeat(12), 20)).isEqualTo(1);
        assertThat(libreOffice("明".repeat(13), 20)).isEqualTo(2);
    }

    @Test
    void aLatinRunMovesToTheNextLineWholeAndIsBrokenThereWhenWiderThanTheColumn() {
        // ten digits fill a room of 10; "一 1234567890" cannot share the first line with 一
        assertThat(libreOffice("1234567890", 11)).isEqualTo(1);
        assertThat(libreOffice("一 1234567890", 11)).isEqualTo(2);
        assertThat(libreOffice("12345678901", 11)).isEqualTo(2);
        assertThat(libreOffice("123456789012345678901", 11)).isEqualTo(3);
        // a run wider than the column still starts a line of its own (LibreOffice, column 20 wide)
        assertThat(libreOffice("一 123456789012", 11)).isEqualTo(3);
        assertThat(libreOffice("数据来自2026Q3_hosp_510101.xlsx的填报表", 20)).isEqualTo(3);
        assertThat(libreOffice("abc 2026Q3_hosp_510101.xlsx!填报表!C12", 20)).isEqualTo(3);
    }

    @Test
    void inExcelAChineseCharacterTakesTwoUnitsAndALatinOneOne() {
        // a column 11 wide leaves 10: five Chinese characters, not six; ten digits or letters, not eleven
        assertThat(excel("一二三四五", 11)).isEqualTo(1);
        assertThat(excel("一二三四五六", 11)).isEqualTo(2);
        assertThat(excel("一二三四五六七八九十", 11)).isEqualTo(2);
        assertThat(excel("一二三四五六七八九十一", 11)).isEqualTo(3);
        assertThat(excel("abcdefghij", 11)).isEqualTo(1);
        assertThat(excel("abcdefghijk", 11)).isEqualTo(2);
        // 宋体's curly quotes and signs are as wide as a Chinese character: “是”≥× is five of them
        assertThat(excel("“是”≥×", 11)).isEqualTo(1);
        assertThat(excel("“是”≥×a", 11)).isEqualTo(2);
        // 20 fill a column 41 wide in Excel; LibreOffice sets 25 there
        assertThat(excel("明".repeat(20), 41)).isEqualTo(1);
        assertThat(excel("明".repeat(21), 41)).isEqualTo(2);
        assertThat(libreOffice("明".repeat(21), 41)).isEqualTo(1);
    }

    @Test
    void aRowTakesTheLinesOfWhicheverRendererNeedsMore() {
        // Chinese: Excel is wider (21 characters: Excel 2 lines, LibreOffice 1)
        assertThat(WrappedText.lines("明".repeat(21), 41)).isEqualTo(2);
        // Latin: LibreOffice's DejaVu "W" is wider than 宋体's half width (8 W: LibreOffice 2 lines, Excel 1)
        assertThat(libreOffice("WWWWWWWW", 11)).isEqualTo(2);
        assertThat(excel("WWWWWWWW", 11)).isEqualTo(1);
        assertThat(WrappedText.lines("WWWWWWWW", 11)).isEqualTo(2);
        // a header's width is the wider of the two, rounded up
        assertThat(WrappedText.width("来源单元格")).isEqualTo(10);
        assertThat(WrappedText.width("WWW")).isEqualTo(5);
    }

    @Test
    void aLineFeedAlwaysStartsALineAndEmptyTextTakesOne() {
        assertThat(libreOffice("一\n二\n三", 40)).isEqualTo(3);
        assertThat(libreOffice("", 40)).isEqualTo(1);
        assertThat(libreOffice(null, 40)).isEqualTo(1);
    }

    @Test
    void aRowIsRaisedToItsLinesNeverLowered() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("x");
            s.setColumnWidth(0, 11 * 256);
            Row r = s.createRow(0);
            WrappedText.fit(r, 0, "一二三四五六七"); // Excel: 5 + 2 characters; LibreOffice: 6 + 1
            assertThat(r.getHeightInPoints()).isEqualTo(2 * WrappedText.LINE_PT + WrappedText.ROW_PADDING_PT);
            WrappedText.fit(r, 0, "一二三四五六七八九十一"); // Excel: 5 + 5 + 1; LibreOffice: 6 + 5
            assertThat(r.getHeightInPoints()).isEqualTo(3 * WrappedText.LINE_PT + WrappedText.ROW_PADDING_PT);
            r.setHeightInPoints(100);
            WrappedText.fit(r, 0, "一二三四五六七");
            assertThat(r.getHeightInPoints()).isEqualTo(100);
        }
    }
}
