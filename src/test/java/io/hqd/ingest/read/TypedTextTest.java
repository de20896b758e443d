package io.hqd.ingest.read;

import static io.hqd.ingest.read.ReadingRulesTest.COUNT;
import static io.hqd.ingest.read.ReadingRulesTest.FLAG;
import static io.hqd.ingest.read.ReadingRulesTest.MONEY;
import static io.hqd.ingest.read.ReadingRulesTest.PERCENT;
import static io.hqd.ingest.read.ReadingRulesTest.element;
import static io.hqd.ingest.read.ReadingRulesTest.problem;
import static io.hqd.ingest.read.ReadingRulesTest.value;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.Fixtures;

/** Text as clerks type it: quarters in every way people write them, labels with numbering and units, numbers at their edges. */
class TypedTextTest {

    @Test
    void quartersAsPeopleWriteThem() {
        assertEquals("2026Q3", PeriodText.find("2026Q3"));
        assertEquals("2026Q4", PeriodText.find("2026 q 4 报表"));
        assertEquals("2026Q1", PeriodText.find("2026年第一季度"));
        assertEquals("2026Q2", PeriodText.find("2026年第二季"));
        assertEquals("2026Q3", PeriodText.find("2026年3季度"));
        assertEquals("2026Q4", PeriodText.find("２０２６年第四季度"), "full-width digits");
        assertEquals("2026Q1", PeriodText.find("2026年1-3月"), "first quarter by its months");
        assertEquals("2026Q3", PeriodText.find("2026年7—9月"));
        assertEquals("2026Q4", PeriodText.find("2026年10至12月"), "last quarter by its months");
        assertNull(PeriodText.find("2026年2-4月"), "three months, but not a quarter");
        assertNull(PeriodText.find("2026年1-2月"), "two months");
        assertNull(PeriodText.find("2026年1-4月"), "four months");
        assertNull(PeriodText.find("2026年"), "a year alone");
        assertNull(PeriodText.find("第三季度"), "a quarter without its year");
        assertNull(PeriodText.find(""));
        assertNull(PeriodText.find("1999年第三季度"), "not a year of this century");
        assertNull(PeriodText.find("202Q3"), "three digits");
        assertEquals("2026Q3", PeriodText.find("报表2026Q3"), "the year after other text");
        assertEquals("2026Q3", PeriodText.find("20 2026Q3"), "a first 20 that is no year");
    }

    @Test
    void aYearIsTwentyAndTwoMoreDigitsAnywhereInTheText() {
        assertTrue(PeriodText.hasYear("2026"));
        assertTrue(PeriodText.hasYear("x2019年"));
        assertTrue(PeriodText.hasYear("20 2026"));
        assertFalse(PeriodText.hasYear("202"));
        assertFalse(PeriodText.hasYear("20x6"));
        assertFalse(PeriodText.hasYear("2a26"));
        assertFalse(PeriodText.hasYear("206"));
        assertFalse(PeriodText.hasYear("1999"));
        assertFalse(PeriodText.hasYear(""));
    }

    @Test
    void labelsMatchByNameAliasOrCodeAfterNumberingAndUnitAreRemoved() {
        NameMatcher m = Fixtures.context().matcher();
        for (String label : List.of("出院患者人数", "出院人次", "1、出院人数", "（二）出院患者人数", "2.1.3出院患者人数", "(3)出院人数",
                "出院患者人数（人次）", " 出院 患者 人数 ", "discharges", "DISCHARGES")) {
            assertEquals(Set.of("discharges"), m.match(label), label);
        }
        assertEquals(Set.of(), m.match("其他说明项"));
        assertEquals(Set.of(), m.match(""));
        assertTrue(m.isCode("discharges"));
        assertTrue(m.isCode(" discharges "), "spaces around a typed code");
        assertFalse(m.isCode("出院患者人数"), "a name is not a code");
        assertNull(m.element("nope"));
        assertEquals("出院患者人数", m.element("discharges").name());
        assertEquals("出院人数", NameMatcher.rawKey("十、出院人数"));
        assertEquals("出院人数", NameMatcher.strippedKey("出院人数(人次)"));
        assertEquals("(人次)", NameMatcher.strippedKey("(人次)"), "a label that is only a unit keeps its text");
    }

    /** Two elements sharing an alias: the label is ambiguous unless its exact text belongs to one. */
    @Test
    void aLabelTwoElementsShareIsAmbiguous() {
        Indicator a = copy(COUNT, "a_visits", "甲人次", List.of("就诊人次"));
        Indicator b = copy(COUNT, "b_visits", "乙人次", List.of("就诊人次（人次）"));
        NameMatcher m = new NameMatcher(List.of(a, b));
        assertEquals(Set.of("a_visits", "b_visits"), m.match("就诊人次"), "b's alias without its unit reads the same");
        assertEquals(Set.of("b_visits"), m.match("就诊人次（人次）"));
        assertEquals(Set.of("a_visits", "b_visits"), m.match("就诊人次（次）"), "after the unit is stripped both remain");
    }

    static Indicator copy(Indicator i, String code, String name, List<String> aliases) {
        return new Indicator(code, i.kind(), name, aliases, i.unit(), i.level(), i.numerator(), i.denominator(), i.scale(),
                i.direction(), i.aggregation(), i.periodAggregation(), i.decimals(), i.framework(), i.version(), i.validFrom(),
                i.validTo(), i.nationalMonitor(), i.definition());
    }

    @Test
    void blanksAreBlankWhateverDashOrWordMarksThem() {
        for (String blank : List.of("", " ", "-", "--", "—", "——", "–", "/", "／", "无", "空", "N/A", "null", "不适用")) {
            assertInstanceOf(NumberText.Missing.class, NumberText.parse(blank, COUNT), blank);
        }
        assertInstanceOf(NumberText.Missing.class, NumberText.parse(null, COUNT));
        assertInstanceOf(NumberText.Missing.class, NumberText.parse("-", FLAG), "a dash in a yes/no row is a blank, not a no");
    }

    @Test
    void numbersAtTheirEdges() {
        assertEquals(new BigDecimal("12.5"), value("12.5", COUNT));
        assertEquals(new BigDecimal("0.5"), value(".5", COUNT));
        assertEquals(new BigDecimal("+7"), value("+7", COUNT));
        assertEquals(new BigDecimal("1000"), value("1,000", COUNT), "one group");
        assertEquals(new BigDecimal("999"), value("999", COUNT));
        assertEquals(ReadRule.SEPARATOR, problem("1000,000", COUNT), "a group of four");
        assertEquals(ReadRule.SEPARATOR, problem(",100", COUNT), "a leading comma");
        assertEquals(ReadRule.SEPARATOR, problem("1,00", COUNT), "a group of two");
        assertEquals(new BigDecimal("1234.5"), value("１，２３４．５", COUNT), "full-width digits and punctuation");
        assertEquals(new BigDecimal("1234"), value("1 234", COUNT), "a space as thousands separator");
        assertEquals(ReadRule.NOT_A_NUMBER, problem("第3", COUNT));
        assertEquals(ReadRule.UNIT_MISMATCH, problem("12a", COUNT), "letters after the number are a unit hqd does not know");
        assertEquals(ReadRule.UNIT_MISMATCH, problem("12.", COUNT), "a dangling point is not a number as typed");
        assertTrue(NumberText.parse("abc", COUNT) instanceof NumberText.Problem p && p.message().equals("「abc」不是数字"));
    }

    @Test
    void aUnitAfterTheNumberMustBeTheElementsOwn() {
        assertEquals(new BigDecimal("12.5"), value("12.5日", element("bed_days_discharged")));
        assertEquals(new BigDecimal("80000"), value("80000床日", element("bed_days_discharged")));
        assertEquals(new BigDecimal("80000"), value("80000天", element("bed_days_discharged")));
        assertEquals(new BigDecimal("9000"), value("9000例", element("drg_cases")));
        assertEquals(new BigDecimal("9000"), value("9000人", element("drg_cases")));
        assertEquals(new BigDecimal("4000"), value("4000台", element("surgery_ops")));
        assertEquals(new BigDecimal("12.5"), value("12.5万元", MONEY));
        assertEquals(new BigDecimal("34.21"), value("34.21％", PERCENT), "a full-width percent sign");
        NumberText.Problem days = (NumberText.Problem) NumberText.parse("12周", element("bed_days_discharged"));
        assertEquals(ReadRule.UNIT_MISMATCH, days.rule());
        assertEquals("「12周」的单位「周」与指标单位「床日」不一致，无法换算", days.message());
        NumberText.Problem pct = (NumberText.Problem) NumberText.parse("35%", COUNT);
        assertEquals("「35%」带 % 号，但该指标的单位是「人次」", pct.message());
        assertEquals(ReadRule.UNIT_MISMATCH, problem("12.5元", MONEY), "元 is not 万元");
        assertEquals(ReadRule.UNIT_MISMATCH, problem("3天", COUNT), "a unit of another element");
        assertEquals(ReadRule.UNIT_MISMATCH, problem("3人次", null), "no element known: no unit is its own");
        assertEquals(new BigDecimal("3"), value("3", null));
    }

    @Test
    void yesNoWordsOnlyInYesNoRowsAndEstimatesEverywhere() {
        assertEquals(BigDecimal.ONE, value("已开展", FLAG));
        assertEquals(BigDecimal.ZERO, value("未实现", FLAG));
        assertEquals(BigDecimal.ONE, value(" √ ", FLAG));
        assertEquals(BigDecimal.ONE, value("1", FLAG), "a digit is read as a digit");
        assertEquals(ReadRule.NOT_A_NUMBER, problem("是", COUNT));
        assertEquals(ReadRule.NOT_A_NUMBER, problem("否", null));
        assertEquals(ReadRule.ESTIMATE, problem("约为300", COUNT));
        assertEquals(ReadRule.ESTIMATE, problem("估计300", COUNT));
        assertEquals(ReadRule.ESTIMATE, problem("300上下", COUNT));
        assertEquals(ReadRule.ESTIMATE, problem("300多", COUNT));
        assertEquals(ReadRule.ESTIMATE, problem("大约 1.2万", COUNT), "an estimate is named as such before its 万");
        assertEquals("「1.2万」是以「万」为单位的约数，无法还原准确数字；请填写不带「万」的原始数字",
                ((NumberText.Problem) NumberText.parse("1.2万", COUNT)).message());
        assertEquals(ReadRule.NOT_A_NUMBER, problem("万", COUNT), "万 without a digit is no rounded figure");
        assertEquals(ReadRule.ROUNDED_WAN, problem("1.2万", null));
    }

    private static GridCell number(int formatIndex, String format) {
        return new GridCell(GridCell.Type.NUMERIC, 46204, null, null, true, formatIndex, format, false, false);
    }

    @Test
    void aNumberFormatIsJudgedTheSameEveryTimeWhateverCameBefore() {
        for (int round = 0; round < 3; round++) {
            assertTrue(CellText.dateFormatted(number(165, "yyyy-mm-dd")), "a custom date format");
            assertFalse(CellText.dateFormatted(number(166, "0.00")), "a number format");
            assertTrue(CellText.dateFormatted(number(14, "0.00")), "built-in 14 is a date whatever text it carries");
            assertFalse(CellText.dateFormatted(number(0, "General")));
            assertFalse(CellText.dateFormatted(new GridCell(GridCell.Type.NUMERIC, -1, null, null, true, 165, "yyyy-mm-dd",
                    false, false)), "no valid Excel date");
            assertTrue(CellText.percentFormatted(number(10, "0.00%")));
            assertFalse(CellText.percentFormatted(number(167, "0.00\"%\"")), "a quoted % is printed, not a percent");
            assertFalse(CellText.percentFormatted(number(0, null)));
        }
    }
}
