package io.hqd.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Region;
import io.hqd.ingest.FixtureWarehouse;
import io.hqd.ingest.Fixtures;
import io.hqd.report.WorkbookPrintCheck;
import io.hqd.warehouse.Periods;

/**
 * The forms hqd issues, printed as the units print them before filling in by hand or filing: the hospital
 * form and the county and city forms, as {@code hqd template} writes them from the registry, are printed with
 * LibreOffice on A4 and read back page by page. Besides the workbook print check (header row on every page,
 * text inside the paper at a readable size, page numbers, every sheet printed), each form carries what a
 * Chinese statistical form carries: 表号, 制定机关, 有效期, the deadline, the signature block; every element
 * row is printed with its unit. The PDFs stay in target/template-print.
 */
class TemplatePrintTest {
    static final Periods PERIOD = Periods.parse("2026Q3");

    @TempDir static Path root;
    static FixtureWarehouse fixture;
    static List<TemplateRequest> requests = new ArrayList<>();
    static List<WorkbookPrintCheck.Printed> printed;

    @BeforeAll
    static void writeAndPrint() throws Exception {
        assertThat(WorkbookPrintCheck.soffice()).as("LibreOffice (soffice): .ci/run installs libreoffice-calc-nogui").isNotNull();
        fixture = new FixtureWarehouse(root);
        TemplateIssuer issuer = TemplateIssuer.forHome(fixture.home, Fixtures.CATALOG);
        Region county = Fixtures.CATALOG.regionsByCode().values().stream()
                .filter(r -> r.level() == Region.Level.county && "510400".equals(r.parentCode())).findFirst().orElseThrow();
        requests.add(issuer.hospital(Fixtures.HOSPITAL, PERIOD, Map.of()));
        requests.add(issuer.region(county.code(), PERIOD, Map.of()));
        requests.add(issuer.region("510400", PERIOD, Map.of()));
        List<Path> files = issuer.writeAll(requests, root.resolve("templates"));
        Path work = Files.createDirectories(Path.of("target", "template-print"));
        printed = WorkbookPrintCheck.print(files, work);
        for (Path f : files) {
            Files.copy(f, work.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void everyFormPrintsCleanlyOnA4WithItsHeaderRowOnEveryPage() {
        for (int i = 0; i < printed.size(); i++) {
            WorkbookPrintCheck.Printed p = printed.get(i);
            assertThat(p.problems()).as("%s printed on %d pages %s", requests.get(i).reporterName(), p.pages(), p.pagesPerSheet()).isEmpty();
            assertThat(p.pagesPerSheet()).containsKey(TemplateLayout.SHEET);
        }
        assertThat(printed.get(0).pagesPerSheet()).as("the hospital answers for plan commitments too").containsKey(MilestoneSheet.SHEET);
    }

    @Test
    void everyFormCarriesItsIdentityDeadlineAndSignatureBlock() {
        for (int i = 0; i < printed.size(); i++) {
            TemplateRequest r = requests.get(i);
            List<WorkbookPrintCheck.Page> pages = pages(printed.get(i));
            WorkbookPrintCheck.Page first = pages.get(0);
            WorkbookPrintCheck.Page last = pages.get(pages.size() - 1);
            for (String t : List.of("号：" + (r.type() == ReporterType.HOSPITAL ? SubmissionTemplate.FORM_HOSPITAL
                    : SubmissionTemplate.FORM_REGION), "制定机关：" + r.issuer(), "有效期至：2026 年 12 月 31 日", "报送截止：2026 年 10 月 15 日",
                    r.reporterName())) {
                assertThat(first.shows(t)).as("「%s」 on the first page of %s", t, r.reporterName()).isTrue();
            }
            // the hospital's and the county's forms are the city commission's, the city's form the province's
            assertThat(r.issuer()).isEqualTo(r.reporterCode().equals("510400") ? "四川省卫生健康委员会" : "攀枝花市卫生健康委员会");
            for (String t : List.of("单位负责人：", "统计负责人：", "填表人：", "联系电话：", "报出日期：")) {
                assertThat(last.shows(t)).as("「%s」 on the last page of %s", t, r.reporterName()).isTrue();
            }
        }
    }

    @Test
    void everyElementRowIsPrintedWithItsUnitOnOnePage() {
        for (int i = 0; i < printed.size(); i++) {
            List<WorkbookPrintCheck.Page> pages = pages(printed.get(i));
            List<Indicator> elements = requests.get(i).elements();
            assertThat(elements).hasSizeGreaterThan(5);
            for (Indicator e : elements) {
                assertThat(pages).as("row of %s with its unit %s", e.code(), e.unit())
                        .anyMatch(p -> p.shows(e.code()) && p.shows(e.name()) && (e.unit() == null || e.unit().isBlank() || p.shows(e.unit())));
            }
        }
    }

    @Test
    void everyElementCodeIsPrintedWholeOnOneLine() {
        for (int i = 0; i < printed.size(); i++) {
            List<WorkbookPrintCheck.Page> pages = pages(printed.get(i));
            for (Indicator e : requests.get(i).elements()) {
                assertThat(pages).as("%s not broken over two lines", e.code())
                        .anyMatch(p -> p.showsOnOneLine(e.code()));
            }
        }
    }

    private static List<WorkbookPrintCheck.Page> pages(WorkbookPrintCheck.Printed p) {
        return p.pageList().stream().filter(x -> TemplateLayout.SHEET.equals(x.sheet())).toList();
    }
}
