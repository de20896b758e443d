package io.hqd.ingest.read;

import static io.hqd.ingest.Fixtures.c;
import static io.hqd.ingest.Fixtures.put;
import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Fixtures;
import io.hqd.ingest.template.TemplateLayout;

/**
 * Sheets laid out the ways hospitals lay them out, written with POI and read back: where the header may
 * stand, what a header row is, which rows are skipped, and how far down the reader looks.
 */
class SheetLayoutsTest {
    @TempDir Path dir;

    ReadResult read(Workbook wb, String name) throws Exception {
        return read(Fixtures.save(wb, dir.resolve(name)), Fixtures.context());
    }

    static ReadResult read(Path file, ReadContext ctx) throws Exception {
        WorkbookOpener.Opened o = new WorkbookOpener(Limits.defaults()).open(file);
        return WorkbookReader.read(o.grid(), ctx);
    }

    static Map<String, String> values(ReadResult r) {
        return r.values().stream().collect(Collectors.toMap(x -> x.element() + (x.hospital() == null ? "" : "@" + x.hospital()),
                x -> x.value().stripTrailingZeros().toPlainString()));
    }

    static List<String> rules(ReadResult r) {
        return r.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void headerFactsAreReadFromTheTopTwelveRowsOnly() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet at12 = put(wb.createSheet("a"), c(12, 3, "机构代码"), c(12, 4, "H51040001"));
            assertEquals(List.of(new Evidence(Evidence.Source.CODE_CELL, "a!E13", "H51040001", "H51040001", null)),
                    HeaderFacts.scan(Grids.of(at12), Fixtures.context()).stream().filter(e -> e.source().structured).toList(), "row 13 is still a top row");
            Sheet at13 = put(wb.createSheet("b"), c(13, 0, "机构代码"), c(13, 1, "H51040001"));
            assertEquals(List.of(), HeaderFacts.scan(Grids.of(at13), Fixtures.context()), "row 14 is table territory");
            Sheet inline = put(wb.createSheet("c"), c(0, 0, "机构名称：攀枝花市中心医院"), c(1, 0, "报告期：2026年第三季度"),
                    c(2, 0, "填报单位"), c(2, 1, "某某卫生院"), c(3, 0, "统计期"), c(3, 1, "全年"));
            assertEquals(List.of(new Evidence(Evidence.Source.NAME_CELL, "c!A1", "攀枝花市中心医院", Fixtures.HOSPITAL, null),
                    new Evidence(Evidence.Source.PERIOD_CELL, "c!A2", "2026年第三季度", null, "2026Q3"),
                    new Evidence(Evidence.Source.NAME_CELL, "c!B3", "某某卫生院", null, null)),
                    HeaderFacts.scan(Grids.of(inline), Fixtures.context()), "a name the registry does not know is kept, resolving to nobody; 全年 states no quarter");
            Sheet title = put(wb.createSheet("d"), c(0, 2, "H51040001、H51040002 合并报表"));
            assertEquals(List.of("H51040001", "H51040002"), HeaderFacts.scan(Grids.of(title), Fixtures.context()).stream()
                    .map(Evidence::reporter).toList(), "every code in a title is soft evidence");
            Sheet emptyTop = put(wb.createSheet("e"), c(2, 0, "报告期"));
            assertEquals(List.of(), HeaderFacts.scan(Grids.of(emptyTop), Fixtures.context()), "a label at the end of its row states nothing");
            assertEquals(List.of(), HeaderFacts.scan(Grids.of(wb.createSheet("f")), Fixtures.context()));
        }
    }

    @Test
    void aLongTableIsFoundByItsHeaderTextUpToRowForty() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        put(wb.createSheet("深"), c(0, 0, "机构代码：H51040001"), c(1, 0, "报告期：2026Q3"),
                c(40, 0, "指标代码"), c(40, 1, "数据"), c(41, 0, "discharges"), c(41, 1, 100), c(42, 0, "合计"), c(42, 1, 999),
                c(43, 0, "nope"), c(43, 1, 5), c(44, 0, "drg_cases"), c(44, 1, 90));
        ReadResult r = read(wb, "deep.xlsx");
        assertEquals(Map.of("discharges", "100", "drg_cases", "90"), values(r), "by code alone; the 合计 row skipped");
        Finding unknown = r.findings().stream().filter(f -> f.rule().equals("read_unknown_row")).findFirst().orElseThrow();
        assertEquals(List.of("深", "B44", "5"), List.of(unknown.sheet(), unknown.cell(), unknown.valueSeen()));
        assertEquals("「nope」不是指标目录中的指标名称或别名，该行数值未读取", unknown.message());

        XSSFWorkbook tooDeep = new XSSFWorkbook();
        put(tooDeep.createSheet("深"), c(0, 0, "机构代码：H51040001"), c(1, 0, "报告期：2026Q3"),
                c(41, 0, "指标代码"), c(41, 1, "数据"), c(42, 0, "discharges"), c(42, 1, 100));
        assertEquals(List.of("read_sheet_ignored", "read_no_table"), rules(read(tooDeep, "too-deep.xlsx")), "row 42 is too deep for a header");
    }

    @Test
    void totalsSectionHeadingsAndBlankRowsOfALongTable() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        put(wb.createSheet("表"), c(0, 0, "医疗机构代码"), c(0, 1, "H51040001"), c(1, 0, "报告期"), c(1, 1, "2026Q3"),
                c(2, 0, "项目"), c(2, 1, "指标代码"), c(2, 2, "本期数值（人次）"),
                c(3, 0, "一、医疗服务"),
                c(4, 0, "出院人次"), c(4, 2, 100),
                c(6, 0, "说明行"),
                c(7, 0, "小计"), c(7, 2, 100),
                c(8, 1, "总计"), c(8, 2, 100),
                c(9, 0, "其他"), c(9, 1, "drg_cases"), c(9, 2, 90));
        ReadResult r = read(wb, "sections.xlsx");
        assertEquals(Map.of("discharges", "100", "drg_cases", "90"), values(r), "the code wins over an unknown label");
        assertEquals(List.of(), rules(r), "headings, blank rows and totals are skipped without a word");
    }

    @Test
    void anAmbiguousLabelIsRefusedNamingTheCandidates() throws Exception {
        var count = ReadingRulesTest.COUNT;
        ReadContext ctx = new ReadContext(List.of(count, TypedTextTest.copy(count, "a_visits", "甲人次", List.of("就诊人次")),
                TypedTextTest.copy(count, "b_visits", "乙人次", List.of("就诊人次（人次）"))), Map.of());
        XSSFWorkbook wb = new XSSFWorkbook();
        put(wb.createSheet("表"), c(0, 0, "指标名称"), c(0, 1, "本期数值"), c(1, 0, "就诊人次"), c(1, 1, 7), c(2, 0, "就诊人次（次）"));
        ReadResult r = read(Fixtures.save(wb, dir.resolve("ambiguous.xlsx")), ctx);
        Finding f = r.findings().stream().filter(x -> x.rule().equals("read_ambiguous_name")).findFirst().orElseThrow();
        assertEquals(List.of("表", "B2", "7"), List.of(f.sheet(), f.cell(), f.valueSeen()));
        assertEquals("「就诊人次」可能是多个指标（a_visits、b_visits），请改用模板或填写指标代码", f.message());
        assertEquals(1, r.findings().stream().filter(x -> x.rule().equals("read_ambiguous_name")).count(), "the row without a value says nothing");
        assertEquals(Map.of(), values(r));
    }

    @Test
    void aWideTableWithOneRowIsTheFilesReporterSeveralRowsNeedACodeColumn() throws Exception {
        XSSFWorkbook one = new XSSFWorkbook();
        put(one.createSheet("宽"), c(0, 0, "报告期：2026Q3"), c(1, 0, "出院人次"), c(1, 1, "DRG入组病例数"), c(2, 0, 100), c(2, 1, 90));
        ReadResult r = read(one, "one-row.xlsx");
        assertEquals(Map.of("discharges", "100", "drg_cases", "90"), values(r));
        assertNull(r.reporterCode(), "who it is must come from elsewhere (validation then says so)");

        XSSFWorkbook two = new XSSFWorkbook();
        put(two.createSheet("宽"), c(0, 0, "报告期：2026Q3"), c(1, 0, "出院人次"), c(1, 1, "DRG入组病例数"),
                c(2, 0, 100), c(2, 1, 90), c(3, 0, 110), c(3, 1, 95));
        ReadResult helper = read(two, "two-rows.xlsx");
        assertEquals(Map.of(), values(helper));
        Finding refused = helper.findings().stream().filter(Finding::blocksFile).findFirst().orElseThrow();
        assertEquals("read_many_reporters", refused.rule());
        assertTrue(refused.message().contains("没有机构代码或机构名称列"), refused.message());

        XSSFWorkbook county = new XSSFWorkbook();
        put(county.createSheet("汇总"), c(0, 0, "报告期：2026Q3"),
                c(1, 0, "医疗机构代码"), c(1, 1, "医院名称"), c(1, 2, "出院人次"), c(1, 3, "DRG入组病例数"),
                c(2, 0, "h51040001"), c(2, 2, 100), c(2, 3, 90),
                c(3, 1, "攀枝花市第二人民医院"), c(3, 2, 200), c(3, 3, 180),
                c(4, 1, "某乡镇卫生院"), c(4, 2, 5),
                c(5, 0, "全县合计"), c(5, 2, 305));
        ReadResult c = read(county, "county.xlsx");
        assertEquals(Map.of("discharges@H51040001", "100", "drg_cases@H51040001", "90", "discharges@H51040002", "200",
                "drg_cases@H51040002", "180", "discharges@?某乡镇卫生院", "5"), values(c),
                "a lower-case code, a registry name, an unknown name kept for the message; the total skipped");
        assertNull(c.reporterCode(), "a consolidated table has no single reporter");
    }

    @Test
    void aTwoRowMergedHeaderBandIsSkippedBeforeTheData() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = put(wb.createSheet("宽"), c(0, 0, "机构代码：H51040001"), c(1, 0, "报告期：2026Q3"),
                c(2, 0, "出院人次"), c(2, 1, "手术情况"), c(3, 1, "出院患者手术台次"), c(3, 2, "择期手术台次"),
                c(4, 0, 100), c(4, 1, 40), c(4, 2, 30));
        s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        s.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
        ReadResult r = read(wb, "band.xlsx");
        assertEquals(Map.of("discharges", "100", "surgery_ops", "40", "elective_ops", "30"), values(r));
        assertEquals("A5", r.values().stream().filter(x -> x.element().equals("discharges")).findFirst().orElseThrow().where().cell());
    }

    /** hqd's own template with its rows edited: the 上期数值 column filled instead, an unknown code, the header moved down. */
    @Test
    void ownTemplateByItsHeadersWhereverTheyStand() throws Exception {
        Path file = Fixtures.template(dir.resolve("t.xlsx"), Fixtures.HOSPITAL, "2026Q3", Map.of());
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet s = wb.getSheet(TemplateLayout.SHEET);
        int first = TemplateLayout.FIRST_DATA_ROW;
        s.getRow(first).createCell(TemplateLayout.COL_PREVIOUS).setCellValue(9000);
        s.getRow(first + 1).createCell(TemplateLayout.COL_PREVIOUS).setCellValue(3000);
        s.getRow(first + 2).getCell(TemplateLayout.COL_CODE).setCellValue("retired_code");
        s.getRow(first + 2).createCell(TemplateLayout.COL_VALUE).setCellValue(7);
        ReadResult r = read(wb, "previous-column.xlsx");
        Finding wrong = r.findings().stream().filter(f -> f.rule().equals("read_wrong_column")).findFirst().orElseThrow();
        assertTrue(wrong.blocksFile());
        assertEquals("工作表「填报表」的「本期数值」列（E 列）一个数字也没有，而「上期数值」列（F 列）有 2 个数字。「上期数值」是系统带出的上期数据，"
                + "不会读取；请把本期数字填在「本期数值」列（E 列）后重新报送", wrong.message());
        Finding unknown = r.findings().stream().filter(f -> f.rule().equals("read_unknown_row")).findFirst().orElseThrow();
        assertEquals(List.of("填报表", "E" + (first + 3)), List.of(unknown.sheet(), unknown.cell()));
        assertEquals("指标代码「retired_code」不在指标目录中，该行数值未读取", unknown.message());

        Path moved = Fixtures.template(dir.resolve("m.xlsx"), Fixtures.HOSPITAL, "2026Q3", Fixtures.core());
        try (InputStream in = Files.newInputStream(moved)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet t = wb.getSheet(TemplateLayout.SHEET);
        t.shiftRows(TemplateLayout.HEADER_ROW, t.getLastRowNum(), 30 - TemplateLayout.HEADER_ROW);
        ReadResult deep = read(wb, "moved-30.xlsx");
        assertEquals("10000", values(deep).get("discharges"), "a header in row 31 is still found");
        assertEquals("E32", deep.values().stream().filter(x -> x.element().equals("discharges")).findFirst().orElseThrow().where().cell());
    }
}
