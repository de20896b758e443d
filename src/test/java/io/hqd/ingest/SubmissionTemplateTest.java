package io.hqd.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Indicator;
import io.hqd.ingest.template.ReporterType;
import io.hqd.ingest.template.SubmissionTemplate;
import io.hqd.ingest.template.TemplateLayout;
import io.hqd.ingest.template.TemplateRequest;
import io.hqd.warehouse.Periods;

class SubmissionTemplateTest {

    static Catalog catalog;
    @TempDir Path dir;

    @BeforeAll
    static void loadCatalog() {
        catalog = CatalogLoader.load(null);
    }

    static TemplateRequest hospitalRequest(Periods period) {
        return new TemplateRequest(ReporterType.HOSPITAL, "H51040001", "攀枝花市中心医院", period,
                SubmissionTemplate.elementsFor(catalog, ReporterType.HOSPITAL, period.year()),
                Map.of("discharges", new BigDecimal("12345")));
    }

    @Test
    void elementsForPicksLevelAndYear() {
        List<Indicator> h2019 = SubmissionTemplate.elementsFor(catalog, ReporterType.HOSPITAL, 2019);
        List<Indicator> h2026 = SubmissionTemplate.elementsFor(catalog, ReporterType.HOSPITAL, 2026);
        List<Indicator> region = SubmissionTemplate.elementsFor(catalog, ReporterType.REGION, 2026);
        assertTrue(h2019.stream().anyMatch(i -> i.code().equals("personnel_expenditure")));
        assertTrue(h2026.stream().noneMatch(i -> i.code().equals("personnel_expenditure")));
        assertTrue(h2026.stream().anyMatch(i -> i.code().equals("personnel_cost")));
        assertTrue(h2026.stream().allMatch(i -> i.isElement() && i.level() == Indicator.Level.hospital));
        assertTrue(region.stream().allMatch(i -> i.level() == Indicator.Level.region));
        assertFalse(region.isEmpty());
        assertEquals(h2026.size(), h2026.stream().map(Indicator::code).distinct().count());
    }

    @Test
    void writesProtectedSheetWithInputsValidationsAndHiddenMeta() throws Exception {
        TemplateRequest r = hospitalRequest(Periods.parse("2026Q3"));
        Path file = dir.resolve("t.xlsx");
        SubmissionTemplate.write(r, Map.of("discharges", 15000, "surgery_ops", "4,000"), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(TemplateLayout.SHEET);
            assertTrue(s.getProtect(), "sheet protected");
            assertTrue(s.getRow(0).getCell(0).getStringCellValue().contains("2026年第三季度"));
            XSSFRow header = s.getRow(TemplateLayout.HEADER_ROW);
            for (int c = 0; c < TemplateLayout.HEADERS.size(); c++) {
                assertEquals(TemplateLayout.HEADERS.get(c), header.getCell(c).getStringCellValue());
            }
            int rows = 0;
            for (int i = TemplateLayout.FIRST_DATA_ROW; i < TemplateLayout.FIRST_DATA_ROW + r.elements().size(); i++) {
                XSSFRow row = s.getRow(i);
                String code = row.getCell(TemplateLayout.COL_CODE).getStringCellValue();
                assertFalse(row.getCell(TemplateLayout.COL_VALUE).getCellStyle().getLocked(), "input unlocked");
                assertTrue(row.getCell(TemplateLayout.COL_CODE).getCellStyle().getLocked(), "code locked");
                if (code.equals("discharges")) {
                    assertEquals(CellType.NUMERIC, row.getCell(TemplateLayout.COL_VALUE).getCellType());
                    assertEquals(15000, row.getCell(TemplateLayout.COL_VALUE).getNumericCellValue());
                    assertEquals(12345, row.getCell(TemplateLayout.COL_PREVIOUS).getNumericCellValue());
                }
                if (code.equals("surgery_ops")) {
                    assertEquals(CellType.STRING, row.getCell(TemplateLayout.COL_VALUE).getCellType());
                    assertEquals("4,000", row.getCell(TemplateLayout.COL_VALUE).getStringCellValue());
                }
                rows++;
            }
            assertEquals(r.elements().size(), rows);
            List<? extends DataValidation> dvs = s.getDataValidations();
            assertTrue(dvs.stream().anyMatch(d -> d.getValidationConstraint().getValidationType()
                    == DataValidationConstraint.ValidationType.LIST), "flag list validation");
            assertTrue(dvs.stream().anyMatch(d -> d.getValidationConstraint().getValidationType()
                    == DataValidationConstraint.ValidationType.INTEGER), "level validation");
            assertTrue(dvs.stream().anyMatch(d -> d.getValidationConstraint().getValidationType()
                    == DataValidationConstraint.ValidationType.DECIMAL), "decimal validation");
            int metaIndex = wb.getSheetIndex(TemplateLayout.META_SHEET);
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(metaIndex));
            XSSFSheet meta = wb.getSheetAt(metaIndex);
            assertEquals(SubmissionTemplate.VERSION, meta.getRow(1).getCell(1).getStringCellValue());
            assertEquals("2026Q3", meta.getRow(5).getCell(1).getStringCellValue());
            assertEquals("H51040001", meta.getRow(3).getCell(1).getStringCellValue());
        }
    }

    @Test
    void looksLikeAStatisticalFormAndPrintsOnA4() throws Exception {
        TemplateRequest r = hospitalRequest(Periods.parse("2026Q3")).withIssuer("攀枝花市卫生健康委员会");
        Path file = dir.resolve("form.xlsx");
        SubmissionTemplate.write(r, Map.of(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(TemplateLayout.SHEET);
            int col = TemplateLayout.COL_FORM_ID;
            assertEquals("表　　号：" + SubmissionTemplate.FORM_HOSPITAL, s.getRow(0).getCell(col).getStringCellValue());
            assertEquals("制定机关：攀枝花市卫生健康委员会", s.getRow(1).getCell(col).getStringCellValue());
            assertEquals("有效期至：2026 年 12 月 31 日", s.getRow(2).getCell(col).getStringCellValue());
            // due 15 days after the quarter: 2026-09-30 + 15
            assertTrue(s.getRow(TemplateLayout.NOTE_ROW).getCell(0).getStringCellValue().startsWith("报送截止：2026 年 10 月 15 日。"));
            int sign = TemplateLayout.FIRST_DATA_ROW + r.elements().size() + TemplateLayout.SIGNATURE_GAP;
            assertEquals("单位负责人：", s.getRow(sign).getCell(TemplateLayout.COL_CODE).getStringCellValue());
            assertEquals("填表人：", s.getRow(sign + 1).getCell(TemplateLayout.COL_CODE).getStringCellValue());
            assertEquals("联系电话：", s.getRow(sign + 1).getCell(TemplateLayout.COL_PREVIOUS).getStringCellValue());
            assertEquals("报出日期：", s.getRow(sign + 2).getCell(TemplateLayout.COL_CODE).getStringCellValue());
            assertFalse(s.getRow(sign).getCell(TemplateLayout.COL_NAME).getCellStyle().getLocked(), "signature can be typed");
            for (int i = sign; i < sign + 3; i++) {
                assertNull(s.getRow(i).getCell(TemplateLayout.COL_VALUE), "the value column stays empty, so the reader passes over it");
            }
            assertTrue(s.getDataValidations().stream().anyMatch(d -> d.getValidationConstraint().getExplicitListValues() != null
                    && List.of(d.getValidationConstraint().getExplicitListValues()).equals(List.of("是", "否"))), "是/否 drop-down");
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertNotNull(s.getRepeatingRows(), "header rows repeat on every page");
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                assertEquals(io.hqd.xlsx.Paper.CJK_FONT, wb.getFontAt(i).getFontName());
            }
        }
    }
}
