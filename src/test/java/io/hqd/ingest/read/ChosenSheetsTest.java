package io.hqd.ingest.read;

import static io.hqd.ingest.Fixtures.c;
import static io.hqd.ingest.Fixtures.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Fixtures;

/** Which sheets of a workbook are read as the report, and what the clerk is told about the others. */
class ChosenSheetsTest {
    @TempDir Path dir;

    private ReadResult read(XSSFWorkbook wb, String name) throws Exception {
        return SheetLayoutsTest.read(Fixtures.save(wb, dir.resolve(name)), Fixtures.context());
    }

    private static List<String> messages(ReadResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::message).toList();
    }

    @Test
    void anEmptyCopyOfTheTableBesideTheFilledOneIsNotedAndNotRead() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        put(wb.createSheet("报表"), c(0, 0, "指标名称"), c(0, 1, "本期数值"), c(1, 0, "出院患者人数"), c(1, 1, 100));
        put(wb.createSheet("空表"), c(0, 0, "指标名称"), c(0, 1, "本期数值"), c(1, 0, "出院患者人数"));
        ReadResult r = read(wb, "two.xlsx");
        assertEquals(Map.of("discharges", "100"), SheetLayoutsTest.values(r));
        assertEquals(List.of("工作表「空表」没有可识别的报表（说明、封面或空白表），未读取"), messages(r, "read_sheet_ignored"));
        assertTrue(r.cells().stream().allMatch(x -> x.where().sheet().equals("报表")), "no blank cell of the empty copy is kept");
    }

    @Test
    void aHiddenTableWithBlankFiguresIsReadWithoutAHiddenValuesWarning() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        put(wb.createSheet("表"), c(0, 0, "指标名称"), c(0, 1, "本期数值"), c(1, 0, "出院患者人数"), c(2, 0, "出院患者手术台次"));
        wb.setSheetHidden(0, true);
        ReadResult r = read(wb, "hidden-blank.xlsx");
        assertEquals(List.of(), r.values());
        assertEquals(List.of("B2", "B3"), r.cells().stream().map(x -> x.where().cell()).toList(), "its blank cells still point at where figures belong");
        assertEquals(List.of(), messages(r, "read_hidden"), "nothing was read from the hidden sheet, so there is nothing to confirm");
    }

    @Test
    void aHiddenTableWithFiguresIsReadAndNamed() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        put(wb.createSheet("表"), c(0, 0, "指标名称"), c(0, 1, "本期数值"), c(1, 0, "出院患者人数"), c(1, 1, 100));
        wb.setSheetHidden(0, true);
        ReadResult r = read(wb, "hidden.xlsx");
        assertEquals(Map.of("discharges", "100"), SheetLayoutsTest.values(r));
        assertEquals(List.of("工作表「表」是隐藏的，其中的数值已读取，请确认是否应当报送"), messages(r, "read_hidden"));
    }
}
