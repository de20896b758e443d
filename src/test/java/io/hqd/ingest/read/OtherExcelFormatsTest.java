package io.hqd.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Finding;
import io.hqd.ingest.RuleRegistry;

/**
 * Excel formats POI cannot read (binary .xlsb, Excel 5.0/95, Strict Open XML) are refused in Chinese, naming the
 * file, the format and the 另存为 choice, under a rule the registry states (before, POI's English or a class name).
 */
class OtherExcelFormatsTest {
    @TempDir Path dir;

    private static Finding refused(Path file) {
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> new WorkbookOpener(Limits.defaults()).open(file));
        Finding f = e.finding();
        assertEquals("file_format_unsupported", f.rule());
        assertTrue(f.blocksFile());
        assertEquals("Excel 格式不受支持", RuleRegistry.find(f.rule()).orElseThrow().label());
        return f;
    }

    @Test
    void anXlsbIsToldToSaveAsXlsx() throws Exception {
        Finding f = refused(OtherExcelFormats.xlsb(dir.resolve("攀枝花市中心医院2026Q3.xlsb")));
        assertEquals("文件「攀枝花市中心医院2026Q3.xlsb」是Excel 二进制工作簿（.xlsb），系统只读取 .xlsx 和 .xls。"
                + "请在 Excel 中打开，用「另存为」选择「Excel 工作簿（.xlsx）」后重新报送", f.message());
    }

    @Test
    void anXlsbNamedXlsxIsRecognisedByItsContentNotItsName() throws Exception {
        assertTrue(refused(OtherExcelFormats.xlsb(dir.resolve("报表.xlsx"))).message().startsWith("文件「报表.xlsx」是Excel 二进制工作簿（.xlsb）"));
    }

    @Test
    void anExcel95WorkbookIsToldItIsTheOldFormat() throws Exception {
        Finding f = refused(OtherExcelFormats.excel95(dir.resolve("报表.xls")));
        assertEquals("文件「报表.xls」是Excel 5.0/95 格式的旧工作簿，系统只读取 .xlsx 和 Excel 97 及以后版本的 .xls。"
                + "请在 Excel 中打开，用「另存为」选择「Excel 工作簿（.xlsx）」后重新报送", f.message());
    }

    @Test
    void anExcel4WorksheetIsToldItIsTheOldFormat() throws Exception {
        Finding f = refused(OtherExcelFormats.excel4(dir.resolve("报表.xls")));
        assertEquals("文件「报表.xls」是Excel 2.0–4.0 格式的旧工作表，系统只读取 .xlsx 和 Excel 97 及以后版本的 .xls。"
                + "请在 Excel 中打开，用「另存为」选择「Excel 工作簿（.xlsx）」后重新报送", f.message());
    }

    @Test
    void aStrictOpenXmlWorkbookIsToldToSaveAsAnOrdinaryWorkbook() throws Exception {
        Finding f = refused(OtherExcelFormats.strictOoxml(dir.resolve("报表.xlsx")));
        assertEquals("文件「报表.xlsx」是「Strict Open XML 电子表格」格式，系统只读取普通的 Excel 工作簿（.xlsx）。"
                + "请在 Excel 中打开，用「另存为」选择「Excel 工作簿（.xlsx）」（不要选 Strict Open XML）后重新报送", f.message());
    }

    @Test
    void noRefusalOfTheseFormatsCarriesPoiEnglish() throws Exception {
        for (Path p : new Path[] {OtherExcelFormats.xlsb(dir.resolve("甲.xlsb")), OtherExcelFormats.excel95(dir.resolve("乙.xls")),
                OtherExcelFormats.strictOoxml(dir.resolve("丙.xlsx")), OtherExcelFormats.excel4(dir.resolve("丁.xls"))}) {
            String words = refused(p).message().replaceAll("Strict Open XML|Excel|\\.xls[xb]?", "");
            assertTrue(words.chars().noneMatch(ch -> ch < 128 && Character.isLetter(ch)), words);
        }
    }
}
