package io.hqd.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Lines of wrapped text as a spreadsheet breaks them, at the edge of a column's width. */
class WrappedTextTest {
    @Test
    void chineseCharactersTakeTwoUnitsAndBreakAnywhere() {
        // a column 11 wide leaves 10 after padding: five Chinese characters
        assertThat(WrappedText.lines("一二三四五", 11)).isEqualTo(1);
        assertThat(WrappedText.lines("一二三四五六", 11)).isEqualTo(2);
        assertThat(WrappedText.lines("一二三四五六七八九十", 11)).isEqualTo(2);
        assertThat(WrappedText.lines("一二三四五六七八九十一", 11)).isEqualTo(3);
    }

    @Test
    void aLatinRunMovesToTheNextLineWholeUnlessWiderThanTheColumn() {
        // ten digits fill a room of 10; "一 1234567890" cannot share the first line with 一
        assertThat(WrappedText.lines("1234567890", 11)).isEqualTo(1);
        assertThat(WrappedText.lines("一 1234567890", 11)).isEqualTo(2);
        assertThat(WrappedText.lines("12345678901", 11)).isEqualTo(2);
        assertThat(WrappedText.lines("123456789012345678901", 11)).isEqualTo(3);
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
            WrappedText.fit(r, 0, "一二三四五六");
            assertThat(r.getHeightInPoints()).isEqualTo(2 * WrappedText.LINE_PT + 2);
            r.setHeightInPoints(100);
            WrappedText.fit(r, 0, "一二三四五六");
            assertThat(r.getHeightInPoints()).isEqualTo(100);
        }
    }
}
