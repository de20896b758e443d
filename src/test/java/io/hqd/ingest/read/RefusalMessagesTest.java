package io.hqd.ingest.read;

import static io.hqd.ingest.Fixtures.c;
import static io.hqd.ingest.Fixtures.put;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Fixtures;

/** What a refused file is told, in Chinese, naming what the file turned out to be and the reading that disagreed. */
class RefusalMessagesTest {
    @TempDir Path dir;

    Finding refused(String name, byte[] content, Limits limits) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> new WorkbookOpener(limits).open(file));
        assertTrue(e.finding().blocksFile());
        return e.finding();
    }

    Finding refused(String name, String content) throws Exception {
        return refused(name, content.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    @Test
    void aFileThatIsNoWorkbookIsToldWhatItIs() throws Exception {
        assertEquals("文件内容不是 Excel 工作簿（识别为 PDF），请用 Excel 另存为 .xlsx 后重新报送", refused("a.xlsx", "%PDF-1.7\n").message());
        assertTrue(refused("b.xls", "<html><body>表</body></html>").message().contains("识别为 网页（HTML）"));
        assertTrue(refused("c.xlsx", "<?xml version=\"1.0\"?><Workbook/>").message().contains("识别为 XML"));
        assertTrue(refused("d.xls", "{\\rtf1\\ansi 表}").message().contains("识别为 RTF"));
        assertTrue(refused("e.xlsx", "机构代码,出院人数\nH51040001,100\n").message().contains("识别为 未知格式或纯文本"));
        Finding empty = refused("f.xlsx", new byte[0], Limits.defaults());
        assertEquals("file_not_workbook", empty.rule());
        assertEquals("文件是空的（0 字节），请重新导出后报送", empty.message());
    }

    @Test
    void anXlsWithTooManyRowsOrColumnsIsRefusedBeforeItIsRead() throws Exception {
        Limits d = Limits.defaults();
        Limits small = new Limits(d.maxFileBytes(), d.maxEntryBytes(), d.minInflateRatio(), 10, 5);
        Path atLimit = xls("ok.xls", 9, 4);
        WorkbookOpener.Opened o = new WorkbookOpener(small).open(atLimit);
        assertEquals(List.of(), o.notes(), "rows 1–10 and columns A–E are within the limits");
        RejectedFileException rows = assertThrows(RejectedFileException.class, () -> new WorkbookOpener(small).open(xls("rows.xls", 10, 0)));
        assertEquals("表格尺寸异常（工作表「表」行数超过 10），不是正常的季度报表，已拒收", rows.getMessage());
        RejectedFileException cols = assertThrows(RejectedFileException.class, () -> new WorkbookOpener(small).open(xls("cols.xls", 0, 5)));
        assertEquals("表格尺寸异常（工作表「表」列数超过 5），不是正常的季度报表，已拒收", cols.getMessage());
        assertEquals("file_dimensions", cols.finding().rule());
    }

    Path xls(String name, int lastRow, int lastCol) throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        put(wb.createSheet("表"), c(0, 0, "指标名称"), c(lastRow, lastCol, 1));
        return Fixtures.save(wb, dir.resolve(name));
    }

    @Test
    void anXlsxAtItsColumnLimitOpensOneMoreIsRefused() throws Exception {
        Limits d = Limits.defaults();
        Limits small = new Limits(d.maxFileBytes(), d.maxEntryBytes(), d.minInflateRatio(), 3, 5);
        org.apache.poi.xssf.usermodel.XSSFWorkbook ok = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        put(ok.createSheet("表"), c(0, 4, 1), c(1, 0, 1), c(2, 0, 1));
        new WorkbookOpener(small).open(Fixtures.save(ok, dir.resolve("ok.xlsx")));
        org.apache.poi.xssf.usermodel.XSSFWorkbook wide = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        put(wide.createSheet("表"), c(0, 5, 1));
        RejectedFileException e = assertThrows(RejectedFileException.class,
                () -> new WorkbookOpener(small).open(Fixtures.save(wide, dir.resolve("wide.xlsx"))));
        assertEquals("表格尺寸异常（列数超过 5（单元格 F1）），不是正常的季度报表，已拒收", e.getMessage());
        org.apache.poi.xssf.usermodel.XSSFWorkbook tall = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        put(tall.createSheet("表"), c(3, 0, 1), c(0, 0, 1), c(1, 0, 1), c(2, 0, 1));
        RejectedFileException t = assertThrows(RejectedFileException.class,
                () -> new WorkbookOpener(small).open(Fixtures.save(tall, dir.resolve("tall.xlsx"))));
        assertEquals("表格尺寸异常（行数超过 3），不是正常的季度报表，已拒收", t.getMessage());
    }

    @Test
    void twoReadingsOfThePeriodAreBothQuoted() {
        var r = IdentityReading.read(List.of(
                new Evidence(Evidence.Source.PERIOD_CELL, "填报表!C3", "2026年第三季度", null, "2026Q3"),
                new Evidence(Evidence.Source.TEMPLATE, null, "2026Q2", null, "2026Q2")), false);
        assertNull(r.period());
        assertEquals("文件对报告期的说法不一致：报告期单元格（填报表!C3）写的是「2026年第三季度」（即 2026Q3）；模板隐藏信息写的是「2026Q2」。"
                + "无法确定以哪个为准，整份文件未入库。请使用该季度下发的模板填报，或把报告期改为一致后重新报送", r.refusals().get(0).message());
        assertEquals("read_many_periods", r.refusals().get(0).rule());
        var same = IdentityReading.read(List.of(new Evidence(Evidence.Source.PERIOD_CELL, "a!B2", "2026Q3", null, "2026Q3"),
                new Evidence(Evidence.Source.TITLE, "a!A1", "2026年第二季度报表", null, "2026Q2"),
                new Evidence(Evidence.Source.FILE_NAME, "x.xlsx", "x", "H51040002", null)), false);
        assertEquals("2026Q3", same.period());
        assertNull(same.reporter(), "a file name is never the reader's evidence");
        assertEquals(List.of(), same.refusals());
    }
}
