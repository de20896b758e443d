package io.hqd.ingest.validate;

import static io.hqd.ingest.validate.ValidationRulesTest.H;
import static io.hqd.ingest.validate.ValidationRulesTest.core;
import static io.hqd.ingest.validate.ValidationRulesTest.ctx;
import static io.hqd.ingest.validate.ValidationRulesTest.hospital;
import static io.hqd.ingest.validate.ValidationRulesTest.run;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hqd.ingest.CellRef;
import io.hqd.ingest.Finding;
import io.hqd.ingest.RuleRegistry;
import io.hqd.ingest.Severity;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.template.ReporterType;

/**
 * The validation rules at their edges: a part exactly equal to its whole, a value exactly on the jump
 * band's edge, the shortest history that is judged, a reporter's folder, a region's elements; and every
 * message in Chinese naming the sheet, cell and rule it is about.
 */
class ValidationEdgesTest {

    static List<BigDecimal> history(long... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    static List<Finding> jump(long value, List<BigDecimal> history) {
        return run(new JumpRule(), core("discharges", value), ctx(Map.of("discharges", history), Set.of()));
    }

    @Test
    void jumpBandEdgeWhenTheHistoryIsFlat() {
        // Ten flat quarters: the band is 10 % of the median (1 000), five bands either side.
        List<BigDecimal> flat = history(10000, 10000, 10000, 10000);
        assertEquals(List.of(), jump(15000, flat), "exactly five bands away is still inside");
        assertEquals(List.of(), jump(5000, flat), "the same edge below");
        Finding f = jump(15001, flat).get(0);
        assertEquals("jump", f.rule());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("填报表", f.sheet());
        assertEquals(core("discharges", 15001).values().get("discharges").where().cell(), f.cell(), "the discharges cell");
        assertEquals("discharges", f.element());
        assertEquals("15001", f.valueSeen());
        assertEquals("出院患者人数：本期 15001，本单位前 4 个季度中位数为 10000，变化异常，请核实（如确属实可由统计人员确认）", f.message());
        assertEquals(1, jump(4999, flat).size(), "the edge below, crossed");
    }

    @Test
    void jumpBandIsAtLeastOneForTinyCounts() {
        List<BigDecimal> two = history(2, 2, 2, 2);
        assertEquals(List.of(), jump(7, two), "2 → 7 is five units: inside the one-unit floor's band");
        assertEquals(1, jump(8, two).size());
    }

    @Test
    void jumpBandWidensWithANoisyHistoryAndTheMedianIgnoresOrder() {
        // Newest first, unsorted: median 250, absolute deviations 150/50/50/150 → MAD 100 → band 148.26.
        List<BigDecimal> noisy = history(400, 100, 300, 200);
        assertEquals(List.of(), jump(990, noisy), "4.99 bands: inside");
        Finding f = jump(1000, noisy).get(0);
        assertTrue(f.message().contains("中位数为 250，"), f.message());
        assertEquals(List.of(), jump(-490, noisy), "4.99 bands below: inside");
        assertEquals(1, jump(-500, noisy).size());
        Finding half = jump(1000, history(400, 100, 301, 200)).get(0);
        assertTrue(half.message().contains("中位数为 250.5，"), "an even history's median is the mean of the middle two: " + half.message());
    }

    @Test
    void anOddHistorysMedianIsItsMiddleQuarter() {
        // Sorted 100/100/300/500/500: median 300, deviations 0/200×4 → MAD 200 → band 296.52.
        List<BigDecimal> odd = history(500, 100, 300, 100, 500);
        assertEquals(List.of(), jump(1780, odd), "4.99 bands above the middle quarter");
        assertTrue(jump(1790, odd).get(0).message().contains("中位数为 300，"));
    }

    @Test
    void jumpNeedsFourQuartersAndLeavesYesNoAndLevelsAlone() {
        assertEquals(1, jump(30000, history(10000, 10000, 10000, 10000)).size(), "four quarters are enough");
        assertEquals(List.of(), jump(30000, history(10000, 10000, 10000)), "three are not");
        ValidationContext c = ctx(Map.of("timeslot_appointment", history(0, 0, 0, 0, 0), "emr_level", history(1, 1, 1, 1, 1)), Set.of());
        assertEquals(List.of(), run(new JumpRule(), hospital("2026Q3", "timeslot_appointment", 1, "emr_level", 8), c),
                "a yes/no or a level changes in steps; a jump there is no anomaly");
        assertEquals(List.of(), run(new JumpRule(), new Submission(ReporterType.HOSPITAL, null, "2026Q3",
                core().cells(), null), ctx(Map.of("discharges", history(1, 1, 1, 1)), Set.of())), "no reporter: no history to judge by");
    }

    @Test
    void partExactlyEqualToItsWholeIsAllowed() {
        assertEquals(List.of(), run(new IdentityRule(), core("surgery_grade4_ops", 4000, "cp_discharges", 10000), ctx()),
                "100 % is allowed");
        List<Finding> f = run(new IdentityRule(), core("surgery_grade4_ops", 4001), ctx());
        assertEquals(1, f.size());
        Finding over = f.get(0);
        assertEquals("identity", over.rule());
        assertEquals(Severity.ERROR, over.severity());
        assertEquals("填报表", over.sheet());
        assertNotNull(over.cell());
        assertEquals("surgery_grade4_ops", over.element());
        assertTrue(over.message().startsWith("「出院患者四级手术台次」（4001）大于「出院患者手术台次」（4000），"), over.message());
    }

    @Test
    void unreadableRequiredValueIsTheReadersBusinessNotAMissingFigure() {
        Submission s = core();
        List<ReadCell> cells = new ArrayList<>(s.cells());
        cells.replaceAll(c -> c.element().equals("drg_cases") ? new ReadCell("drg_cases", c.where(), "约9000", null, null) : c);
        assertEquals(List.of(), run(new RequiredRule(), new Submission(ReporterType.HOSPITAL, H, "2026Q3", cells, null), ctx()),
                "约9000 was refused by the reader with its own reason");
        cells.replaceAll(c -> c.element().equals("drg_cases") ? new ReadCell("drg_cases", c.where(), "", null, null) : c);
        Finding blank = run(new RequiredRule(), new Submission(ReporterType.HOSPITAL, H, "2026Q3", cells, null), ctx()).get(0);
        assertEquals(new Finding("填报表", blank.cell(), "required", Severity.ERROR, "必填指标「DRG入组病例数」未填写", "", "drg_cases", null), blank);
    }

    @Test
    void reporterMessagesSayWhichNameOrCodeWasNotRecognised() {
        Finding colloquial = run(new ReporterRule(), new Submission(ReporterType.HOSPITAL, null, "2026Q3", List.of(), null, "中心医院"), ctx()).get(0);
        assertTrue(colloquial.message().startsWith("单位名称「中心医院」不在机构名录中"), colloquial.message());
        assertTrue(colloquial.blocksFile());
        Finding blankName = run(new ReporterRule(), new Submission(ReporterType.HOSPITAL, " ", "2026Q3", List.of(), null, " "), ctx()).get(0);
        assertTrue(blankName.message().startsWith("文件中没有写明报送单位"), blankName.message());
        Finding unknown = run(new ReporterRule(), new Submission(ReporterType.HOSPITAL, "H99999999", "2026Q3", List.of(), null, "某医院"), ctx()).get(0);
        assertTrue(unknown.message().startsWith("机构代码 H99999999 不在机构名录中"), unknown.message());
        Finding region = run(new ReporterRule(), new Submission(ReporterType.REGION, "510499", "2026Q3", List.of(), null), ctx()).get(0);
        assertTrue(region.message().startsWith("区划代码 510499 不在区划表中"), region.message());
        assertEquals(List.of(), run(new ReporterRule(), new Submission(ReporterType.REGION, "510402", "2026Q3", List.of(), "510402"), ctx()));
        assertEquals(List.of(), run(new ReporterRule(), new Submission(ReporterType.HOSPITAL, H, "2026Q3", List.of(), H), ctx()),
                "a file in its own reporter's folder");
        assertEquals(List.of("reporter", "reporter_folder"), run(new ReporterRule(),
                new Submission(ReporterType.HOSPITAL, "H99999999", "2026Q3", List.of(), H), ctx()).stream().map(Finding::rule).toList(),
                "an unknown code in a known reporter's folder: both said");
    }

    @Test
    void rulesBeyondReporterAndPeriodWaitForAnOpenPeriod() {
        Submission unopened = new Submission(ReporterType.HOSPITAL, "H99999999", "2030Q1",
                hospital("2030Q1", "discharges", -1).cells(), null);
        assertEquals(List.of("reporter", "period"), Validator.validate(unopened, ctx()).stream().map(Finding::rule).toList(),
                "no range finding for a period that is not open");
        assertEquals(List.of("range"), Validator.validate(hospital("2026Q3", "discharges", -1), ctx()).stream()
                .map(Finding::rule).filter(r -> !r.equals("required")).toList());
    }

    @Test
    void regionsReportRegionElements() {
        Submission region = new Submission(ReporterType.REGION, "510402", "2026Q3", List.of(
                new ReadCell("resident_population", new CellRef("填报表", "E6"), "120000", new BigDecimal("120000"), null),
                new ReadCell("discharges", new CellRef("填报表", "E7"), "5", new BigDecimal("5"), null)), null);
        List<Finding> f = run(new RangeRule(), region, ctx());
        assertEquals(1, f.size(), f.toString());
        assertEquals(new Finding("填报表", "E7", "element_level", Severity.ERROR, "「discharges」不是本类单位在 2026Q3 应报的指标，数值未读取",
                "5", "discharges", null), f.get(0));
        assertTrue(ctx().elements(new Submission(null, H, "2026Q3", List.of(), null)).containsKey("discharges"),
                "a submission of no stated type is read as a hospital's");
        assertEquals(new BigDecimal("120000"), region.value("resident_population"));
        assertNull(region.value("live_births"));
    }

    @Test
    void rangeMessageNamesTheAllowedValues() {
        Finding f = run(new RangeRule(), hospital("2026Q3", "internet_hospital", 2), ctx()).get(0);
        assertEquals(new Finding("填报表", "E6", "range", Severity.ERROR, "建成互联网医院：填报值 2 不在允许范围内，只能填 1（是）或 0（否）",
                "2", "internet_hospital", null), f);
    }

    @Test
    void everyRuleIsStatedOnceAsTheRegistryShowsIt() {
        for (ValidationRule r : Validator.RULES) {
            RuleRegistry.Rule stated = RuleRegistry.find(r.id()).orElseThrow(() -> new AssertionError(r.id()));
            assertEquals(stated, new RuleRegistry.Rule(r.id(), r.label(), r.severity(), r.todo(), "校验"), r.id());
            assertTrue(r.label().matches(".*[\\u4e00-\\u9fa5].*") && r.todo().matches(".*[\\u4e00-\\u9fa5].*"), r.id());
        }
        assertEquals(List.of("reporter", "period", "range", "required", "identity", "money_scale", "jump"),
                Validator.RULES.stream().map(ValidationRule::id).toList());
        assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.WARNING,
                        Severity.WARNING),
                Validator.RULES.stream().map(ValidationRule::severity).toList());
    }
}
