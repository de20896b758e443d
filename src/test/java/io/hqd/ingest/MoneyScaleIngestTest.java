package io.hqd.ingest;

import static io.hqd.warehouse.schema.staged.Tables.FINDING;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.home.HqdHome;
import io.hqd.ingest.load.FileArchive;
import io.hqd.ingest.load.InboxIngest;
import io.hqd.ingest.read.Limits;

/**
 * A 元/万元 slip caught by the money_scale rule, on real filled templates ingested into a real warehouse, at each
 * edge of the band: 能耗支出 (元) exactly 0.01% of 总收入 (万元) passes, a cent less is a warning on the 能耗支出
 * cell; 人员经费 between 1% and 10× of 医疗收入 passes at both ends and warns just outside, on the cell whose
 * unit explains it. The receipt's fix list names file, sheet!cell, rule and says 单位为元.
 */
class MoneyScaleIngestTest {
    static final String H = Fixtures.HOSPITAL;
    static final AtomicInteger RUNS = new AtomicInteger();

    @TempDir static Path root;
    static FixtureWarehouse fixture;
    static HqdHome home;
    static DSLContext dsl;

    @BeforeAll
    static void open() {
        fixture = new FixtureWarehouse(root);
        home = fixture.home;
        dsl = fixture.dsl;
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** Ingests one filled template (core figures plus the amounts given) and returns its money_scale findings. */
    private static List<Record3<String, String, String>> ingest(String name, Object... amounts) throws Exception {
        Map<String, Object> filled = new HashMap<>(Fixtures.core());
        for (int i = 0; i < amounts.length; i += 2) {
            filled.put((String) amounts[i], amounts[i + 1]);
        }
        Path inbox = Files.createDirectories(root.resolve("in" + RUNS.incrementAndGet()).resolve(H));
        Path file = Fixtures.template(inbox.resolve(name + ".xlsx"), H, "2026Q1", filled);
        InboxIngest.Summary s = new InboxIngest(dsl, Fixtures.CATALOG, home, Limits.defaults(), "M" + RUNS.get(), false).run(inbox.getParent());
        assertThat(s.rejected()).isZero();
        return dsl.select(FINDING.ORIGINAL_NAME, FINDING.CELL, FINDING.MESSAGE).from(FINDING)
                .where(FINDING.SHA256.eq(FileArchive.sha256(file))).and(FINDING.RULE.eq("money_scale")).fetch();
    }

    private static String cellOf(String element) {
        return dsl.selectDistinct(SUBMISSION_VALUE.CELL).from(SUBMISSION_VALUE).where(SUBMISSION_VALUE.ELEMENT_CODE.eq(element))
                .fetch(SUBMISSION_VALUE.CELL).get(0);
    }

    @Test
    void energyExactlyOneTenThousandthOfRevenuePassesACentLessIsAWarningOnTheEnergyCell() throws Exception {
        assertThat(ingest("edge", "energy_expenditure", 25000, "total_revenue", 25000, "medical_revenue", 22000)).isEmpty();
        var f = ingest("below", "energy_expenditure", 24999.99, "total_revenue", 25000, "medical_revenue", 22000);
        assertThat(f).singleElement().satisfies(r -> {
            assertThat(r.value1()).endsWith("below.xlsx");
            assertThat(r.value2()).isEqualTo(cellOf("energy_expenditure"));
            assertThat(r.value3()).contains("能耗支出（24999.99 元）", "总收入（25000 万元）", "的 0.00999999%，低于 0.01%",
                    "能耗支出（本单元格）单位为元（不是万元）", "总收入单位为万元（不是元）");
        });
    }

    @Test
    void energyWrittenInTenThousandsIsCaughtAndTheReceiptSaysWhereAndWhy() throws Exception {
        var f = ingest("能耗填成万元", "energy_expenditure", 312.5, "total_revenue", 25000, "medical_revenue", 22000);
        assertThat(f).singleElement().satisfies(r -> assertThat(r.value2()).isEqualTo(cellOf("energy_expenditure")));
        String energyCell = cellOf("energy_expenditure");
        try (var files = Files.list(home.receipts().resolve("2026Q1").resolve(H))) {
            Path receipt = files.filter(p -> p.getFileName().toString().startsWith("能耗填成万元_回执_")
                    && p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
            try (InputStream in = Files.newInputStream(receipt); Workbook wb = WorkbookFactory.create(in)) {
                Sheet fixList = wb.getSheetAt(0);
                DataFormatter fmt = new DataFormatter();
                StringBuilder text = new StringBuilder();
                Row hit = null;
                for (Row row : fixList) {
                    row.forEach(c -> text.append(fmt.formatCellValue(c)).append(' '));
                    if (row.getCell(3) != null && fmt.formatCellValue(row.getCell(3)).equals("金额比例悬殊（疑为元与万元填错）")) {
                        hit = row;
                    }
                }
                assertThat(text.toString()).contains("能耗填成万元.xlsx");
                assertThat(hit).as("fix list row of rule money_scale").isNotNull();
                assertThat(fmt.formatCellValue(hit.getCell(1))).isEqualTo("提示");
                assertThat(fmt.formatCellValue(hit.getCell(2))).isEqualTo("填报表!" + energyCell);
                assertThat(fmt.formatCellValue(hit.getCell(4))).contains("能耗支出（312.5 元）", "单位为元（不是万元）");
            }
        }
    }

    @Test
    void personnelBetweenOnePercentAndTenTimesOfMedicalRevenuePassesAndWarnsJustOutside() throws Exception {
        assertThat(ingest("p-low-edge", "personnel_cost", 200, "medical_revenue", 20000, "total_revenue", 22000)).isEmpty();
        assertThat(ingest("p-high-edge", "personnel_cost", 200000, "medical_revenue", 20000, "total_revenue", 22000)).isEmpty();

        // Too small: the 万元 whole was written in 元 (医疗收入 10,000× too large) — the warning sits on 医疗收入.
        var low = ingest("p-low", "personnel_cost", 199.99, "medical_revenue", 20000, "total_revenue", 22000);
        assertThat(low).singleElement().satisfies(r -> {
            assertThat(r.value2()).isEqualTo(cellOf("medical_revenue"));
            assertThat(r.value3()).contains("人员经费（199.99 万元）", "医疗收入（20000 万元）", "低于 1%", "医疗收入（本单元格）单位为万元（不是元）");
        });
        // Too large: the 万元 part was written in 元 — the warning sits on 人员经费.
        var high = ingest("p-high", "personnel_cost", 200000.01, "medical_revenue", 20000, "total_revenue", 22000);
        assertThat(high).singleElement().satisfies(r -> {
            assertThat(r.value2()).isEqualTo(cellOf("personnel_cost"));
            assertThat(r.value3()).contains("的 1000.01%，高于 1000%", "人员经费（本单元格）单位为万元（不是元）");
        });
    }

    @Test
    void theRuleIsInTheRegistryAsAWarningAStatisticianCanAccept() {
        RuleRegistry.Rule r = RuleRegistry.find("money_scale").orElseThrow();
        assertThat(r.severity()).isEqualTo(Severity.WARNING);
        assertThat(r.label()).isEqualTo("金额比例悬殊（疑为元与万元填错）");
        assertThat(r.todo()).contains("能耗支出以元填报");
    }
}
