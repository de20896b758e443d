package io.hqd.ingest.receipt;

import static io.hqd.warehouse.schema.staged.Tables.FINDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Fixtures;
import io.hqd.ingest.FixtureWarehouse;
import io.hqd.ingest.load.FileArchive;
import io.hqd.ingest.load.InboxIngest;
import io.hqd.ingest.read.Limits;
import io.hqd.report.WorkbookPrintCheck;

/**
 * Receipts as a clerk gets them on paper: a partly accepted file and a refused one go through a real ingest
 * (real templates, real warehouse), their receipts are printed with LibreOffice on A4 and read back page by
 * page. Every page must pass the workbook print check; the printed 回执 must list every finding in the order
 * to work through, each with its sheet and cell, the rule in words, the value found and what to do; every
 * printed page of a marked sheet must carry the colour legend. The PDFs stay in target/receipt-print.
 */
class ReceiptPrintTest {
    static final String H = Fixtures.HOSPITAL;
    static final String OTHER = "H51040002";

    @TempDir static Path root;
    static FixtureWarehouse fixture;
    static Path partial;
    static Path refused;
    static List<WorkbookPrintCheck.Printed> printed;

    @BeforeAll
    static void ingestAndPrint() throws Exception {
        assertThat(WorkbookPrintCheck.soffice()).as("LibreOffice (soffice): .ci/run installs libreoffice-calc-nogui").isNotNull();
        fixture = new FixtureWarehouse(root);
        Path inbox = root.resolve("inbox");
        // Partly accepted: 微创手术 above all 手术 (an error: that value is refused), 能耗支出 written in 万元 (a warning).
        partial = Fixtures.template(Files.createDirectories(inbox.resolve(H)).resolve("中心医院三季度.xlsx"), H, "2026Q3",
                filled("surgery_mis_ops", 5000, "energy_expenditure", 312.5, "total_revenue", 25000, "medical_revenue", 22000));
        // Refused: another hospital's form sent from this hospital's folder, with an error on a cell as well.
        refused = Fixtures.template(Files.createDirectories(inbox.resolve(OTHER)).resolve("二院三季度.xlsx"), H, "2026Q3",
                filled("surgery_grade4_ops", 4500));
        InboxIngest.Summary s = new InboxIngest(fixture.dsl, Fixtures.CATALOG, fixture.home, Limits.defaults(), "P1", false).run(inbox);
        assertThat(s.rejected()).isEqualTo(1);
        Path work = Files.createDirectories(Path.of("target", "receipt-print"));
        printed = WorkbookPrintCheck.print(List.of(receipt(partial), receipt(refused)), work);
        for (Path r : List.of(receipt(partial), receipt(refused))) {
            Files.copy(r, work.resolve(r.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Map<String, Object> filled(Object... overrides) {
        Map<String, Object> m = new HashMap<>(Fixtures.core());
        for (int i = 0; i < overrides.length; i += 2) {
            m.put((String) overrides[i], overrides[i + 1]);
        }
        return m;
    }

    private static Path receipt(Path submitted) throws Exception {
        String base = submitted.getFileName().toString().replace(".xlsx", "_回执_");
        try (var files = Files.walk(fixture.home.receipts())) {
            return files.filter(p -> p.getFileName().toString().startsWith(base) && p.toString().endsWith(".xlsx"))
                    .findFirst().orElseThrow();
        }
    }

    private static List<Record> findings(Path submitted) throws Exception {
        return fixture.dsl.select(FINDING.SHEET, FINDING.CELL, FINDING.RULE, FINDING.SEVERITY, FINDING.VALUE_SEEN)
                .from(FINDING).where(FINDING.SHA256.eq(FileArchive.sha256(submitted))).fetch().stream().map(r -> (Record) r).toList();
    }

    @Test
    void bothReceiptsPrintCleanlyOnA4WithTheirHeaderRowOnEveryPage() {
        for (WorkbookPrintCheck.Printed p : printed) {
            assertThat(p.problems()).as("printed on %d pages %s", p.pages(), p.pagesPerSheet()).isEmpty();
            assertThat(p.pagesPerSheet()).containsKeys(ExcelReceipt.SHEET, "填报表");
            assertThat(p.pageList().get(0).sheet()).as("the fix list is the first page").isEqualTo(ExcelReceipt.SHEET);
        }
    }

    @Test
    void thePartlyAcceptedReceiptListsEachFindingWithCellRuleAndValueErrorsFirst() throws Exception {
        List<WorkbookPrintCheck.Page> fixList = fixList(printed.get(0));
        assertShown(fixList, "部分接收（逾期报送）", "下一步", "其余数值已入库；标为“错误”的数值未入库");
        assertListedInOrder(fixList, findings(partial));
    }

    @Test
    void theRefusedReceiptSaysTheWholeFileIsRefusedWhyAndWhatToDo() throws Exception {
        List<WorkbookPrintCheck.Page> fixList = fixList(printed.get(1));
        assertShown(fixList, "退回", "文件未能入库：按下表逐条修改后，重新报送整个文件。", "整个文件",
                RuleNames.name("reporter_folder"), RuleNames.of("reporter_folder").todo());
        assertListedInOrder(fixList, findings(refused));
    }

    @Test
    void everyPrintedPageOfAMarkedSheetCarriesTheColourLegend() {
        for (WorkbookPrintCheck.Printed p : printed) {
            assertThat(p.textOf("填报表")).isNotEmpty()
                    .allSatisfy(page -> assertThat(page.replaceAll("\\s+", ""))
                            .contains("粗框红底＝错误", "虚线框蓝底＝提示", "双线框＝错误且有提示", "说明见「回执」表"));
        }
    }

    @Test
    void theColourLegendsLabelIsLevelWithTheColoursItNames() {
        for (WorkbookPrintCheck.Printed p : printed) {
            WorkbookPrintCheck.Page first = fixList(p).get(0);
            assertThat(first.where("颜色")).as("颜色 printed").isPositive();
            assertThat(first.where("颜色")).as("颜色 on the line of the colours, not at the foot of the row")
                    .isCloseTo(first.where("错误且有提示"), org.assertj.core.data.Offset.offset(3f));
        }
    }

    /** The printed pages of the 回执 sheet. */
    private static List<WorkbookPrintCheck.Page> fixList(WorkbookPrintCheck.Printed p) {
        return p.pageList().stream().filter(x -> ExcelReceipt.SHEET.equals(x.sheet())).toList();
    }

    private static void assertShown(List<WorkbookPrintCheck.Page> pages, String... texts) {
        for (String t : texts) {
            assertThat(pages).as("「%s」 printed in the fix list", t).anyMatch(p -> p.shows(t));
        }
    }

    /** Where a text first starts in the printed pages: page, then distance from the top; -1 when absent. */
    private static float at(List<WorkbookPrintCheck.Page> pages, String text) {
        for (WorkbookPrintCheck.Page p : pages) {
            float y = p.where(text);
            if (y >= 0) {
                return p.number() * 10_000f + y;
            }
        }
        return -1;
    }

    /**
     * Each finding is printed (sheet!cell or 整个文件, the rule's name, the value found) below the one before it:
     * file-wide findings first, then errors down the sheet, then warnings.
     */
    private static void assertListedInOrder(List<WorkbookPrintCheck.Page> pages, List<Record> findings) {
        assertThat(findings).isNotEmpty();
        List<Record> ordered = findings.stream().sorted(java.util.Comparator
                .comparing((Record f) -> !"error".equals(f.get(FINDING.SEVERITY)))
                .thenComparing(f -> f.get(FINDING.CELL) != null)
                .thenComparingInt(f -> f.get(FINDING.CELL) == null ? -1 : new org.apache.poi.ss.util.CellReference(f.get(FINDING.CELL)).getRow()))
                .toList();
        float before = -1;
        for (Record f : ordered) {
            String where = f.get(FINDING.CELL) == null ? "整个文件" : f.get(FINDING.SHEET) + "!" + f.get(FINDING.CELL);
            float here = at(pages, where);
            assertThat(here).as("「%s」 listed below the finding before it", where).isGreaterThan(before);
            assertShown(pages, RuleNames.name(f.get(FINDING.RULE)));
            if (f.get(FINDING.VALUE_SEEN) != null) {
                assertShown(pages, f.get(FINDING.VALUE_SEEN));
            }
            before = here;
        }
    }
}
