package io.hqd.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog shipped with hqd: loads cleanly and every target is anchored in its plan's text. */
class BundledCatalogTest {

    /** Targets extracted per plan; exact so that an accidental deletion (or duplication) fails. */
    private static final Map<String, Integer> TARGETS_PER_PLAN = Map.of(
            "PZH2018", 44, "YA2022", 91, "SH-P1", 50, "HOSP-P2", 16,
            "YB-P3", 70, "WH-P4", 34, "PZH14", 275, "MD2022", 41);

    private static Catalog catalog;
    private static final Map<String, String> sources = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        catalog = CatalogLoader.loadBundled();
        for (Plan p : catalog.plans()) {
            if (p.sourceFile() != null && !sources.containsKey(p.sourceFile())) {
                sources.put(p.sourceFile(), squash(readSource(p.sourceFile())));
            }
        }
    }

    /** The seed texts live next to the CSVs in the repository (catalog/sources/), not in the jar. */
    private static String readSource(String file) throws IOException {
        Path p = Path.of("catalog", "sources", file);
        assertThat(p).as("plan source %s", p).isRegularFile();
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** Whitespace-only normalisation (incl. no-break spaces): the seed texts break lines and pad mid-sentence. */
    private static String squash(String s) {
        return s.replaceAll("(?U)\\s+", "");
    }

    @Test
    void loadsWithoutProblemsAndHoldsAllPlans() {
        assertThat(catalog.plans()).extracting(Plan::planCode)
                .containsExactlyInAnyOrderElementsOf(TARGETS_PER_PLAN.keySet());
        assertThat(catalog.targets()).hasSize(TARGETS_PER_PLAN.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void everyQuoteOccursVerbatimInItsPlanSource() {
        Map<String, Plan> plans = catalog.plansByCode();
        List<String> missing = catalog.targets().stream()
                .filter(t -> !sources.get(plans.get(t.planCode()).sourceFile()).contains(squash(t.quote())))
                .map(t -> t.targetCode() + " 「" + t.quote() + "」").toList();
        assertThat(missing).as("quotes not found in the plan text").isEmpty();
    }

    @Test
    void targetCountsPerPlanAreExact() {
        Map<String, Long> counts = catalog.targets().stream()
                .collect(Collectors.groupingBy(Target::planCode, LinkedHashMap::new, Collectors.counting()));
        TARGETS_PER_PLAN.forEach((plan, n) -> assertThat(counts.get(plan)).as(plan).isEqualTo(n.longValue()));
    }

    @Test
    void everyTargetPointsAtAKnownIndicatorAndIsNumberedWithinItsPlan() {
        Set<String> codes = catalog.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        for (Target t : catalog.targets()) {
            if (t.isMilestone()) {
                assertThat(t.indicator()).as(t.targetCode()).isEqualTo(Target.MILESTONE_INDICATOR);
            } else {
                assertThat(codes).as(t.targetCode()).contains(t.indicator());
            }
            assertThat(t.targetCode()).matches(Pattern.quote(t.planCode()) + "-\\d{2,3}");
        }
    }

    @Test
    void coreTargetsKeepTheirCodesAndValues() {
        Map<String, Target> byCode = catalog.targets().stream().collect(Collectors.toMap(Target::targetCode, t -> t));
        assertThat(byCode.get("YA2022-07")).satisfies(t -> {
            assertThat(t.indicator()).isEqualTo("daysurgery_share");
            assertThat(t.value()).isEqualTo(20.0);
            assertThat(t.scope().tier()).isEqualTo("三级");
        });
        assertThat(byCode.get("YA2022-09").value()).isEqualTo(70.0);
        assertThat(byCode.get("YB-P3-01")).satisfies(t -> {
            assertThat(t.indicator()).isEqualTo("cmi");
            assertThat(t.scope().hospitals()).containsExactly("H51150001", "H51150002", "H51150003");
        });
    }

    /**
     * A 攀枝花 十四五 target cited to a chapter quotes that chapter's body text (between its heading and the
     * next one; the table of contents repeats the headings first). PZH14-204/205 were once cited to 第三章.
     */
    @Test
    void everyPzh14ChapterClauseQuotesItsOwnChapter() {
        String text = sources.get("003_fb4ed16b42fd1025.txt");
        Matcher heading = Pattern.compile("第[一二三四五六七八九十]+章").matcher(text);
        Map<String, Integer> body = new LinkedHashMap<>();
        while (heading.find()) {
            body.remove(heading.group());
            body.put(heading.group(), heading.start());   // the last occurrence is the body heading
        }
        List<Map.Entry<String, Integer>> order = body.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
        assertThat(order).extracting(Map.Entry::getKey).startsWith("第一章").endsWith("第十二章").hasSize(12);
        Pattern chapter = Pattern.compile("^(第[一二三四五六七八九十]+章)");
        int checked = 0;
        for (Target t : catalog.targets()) {
            Matcher m = chapter.matcher(t.clause());
            if (!t.planCode().equals("PZH14") || !m.find()) {
                continue;
            }
            int i = order.indexOf(Map.entry(m.group(1), body.get(m.group(1))));
            String own = text.substring(order.get(i).getValue(), i + 1 < order.size() ? order.get(i + 1).getValue() : text.length());
            assertThat(own).as(t.targetCode() + " " + t.clause()).contains(squash(t.quote()));
            checked++;
        }
        assertThat(checked).isGreaterThan(150);
    }

    /** 第十章–第十二章 read clause by clause: the deliverables added, with who reports and when they are due. */
    @Test
    void theLastChaptersOfPzh14AreRecorded() {
        Map<String, Target> byCode = catalog.targets().stream().collect(Collectors.toMap(Target::targetCode, t -> t));
        assertThat(byCode.get("PZH14-204").clause()).isEqualTo("第十章第三节");
        assertThat(byCode.get("PZH14-205").clause()).isEqualTo("第十章第三节");
        List<Target> evaluations = catalog.targets().stream().filter(t -> t.quote().equals("中期、末期评估")).toList();
        assertThat(evaluations).extracting(Target::deadline).containsExactly(java.time.LocalDate.of(2023, 12, 31), null);
        assertThat(evaluations).allSatisfy(t -> assertThat(t.responsible()).isEqualTo("市卫生健康委"));
        assertThat(catalog.targets()).filteredOn(t -> t.quote().startsWith("推进市中心医院与昆明医科大学")).singleElement()
                .satisfies(t -> assertThat(t.scope().hospitals()).containsExactly("H51040001"));
        assertThat(catalog.targets()).filteredOn(t -> t.quote().endsWith("纳入年度重点工作")).singleElement()
                .satisfies(t -> assertThat(t.repeatsYearly()).isTrue());
        assertThat(catalog.targets()).filteredOn(t -> t.quote().startsWith("各地要定期组织")).singleElement()
                .satisfies(t -> {
                    assertThat(t.evaluateAt()).isEqualTo(Target.EvaluateAt.county);
                    assertThat(t.repeatsYearly()).as("定期 is not 每年").isFalse();
                });
        long lastChapters = catalog.targets().stream().filter(t -> t.planCode().equals("PZH14") && t.isMilestone()
                && t.clause().matches("第十[一二]?章.*")).count();
        assertThat(lastChapters).isEqualTo(46);
    }

    /** Table 1 of the 攀枝花 14th five-year plan: rows 1–26 have a 2025 value, row 27 has none. */
    @Test
    void everyTable1RowWithA2025ValueIsATarget() {
        Pattern row = Pattern.compile("表1 第(\\d+)行");
        Set<Integer> rows = new TreeSet<>();
        for (Target t : catalog.targets()) {
            Matcher m = row.matcher(t.clause() == null ? "" : t.clause());
            if (t.planCode().equals("PZH14") && m.matches()) {
                rows.add(Integer.parseInt(m.group(1)));
                assertThat(t.nature()).as(t.targetCode()).isIn("约束性", "预期性");
                assertThat(t.baselineYear()).as(t.targetCode()).isEqualTo(2020);
                assertThat(t.targetYear()).as(t.targetCode()).isEqualTo(2025);
            }
        }
        assertThat(rows).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 26).boxed().toList());
    }

    /**
     * The README's one 力争 rule, applied mechanically to every target outside Table 1: a 力争 between the
     * sentence's start (the last 。 or ；/; before the quote) and the quote's end makes it 力争; otherwise it is not.
     */
    @Test
    void theOneStretchRuleHoldsForEveryQuotedTarget() {
        Map<String, Plan> plans = catalog.plansByCode();
        for (Target t : catalog.targets()) {
            if (t.clause().startsWith("表1")) {
                continue;
            }
            String text = sources.get(plans.get(t.planCode()).sourceFile());
            String quote = squash(t.quote());
            int at = text.indexOf(quote);
            int start = Math.max(text.lastIndexOf('。', at), Math.max(text.lastIndexOf('；', at), text.lastIndexOf(';', at)));
            boolean stretch = text.substring(start + 1, at + quote.length()).contains("力争");
            assertThat(t.nature().equals("力争")).as(t.targetCode() + " " + t.quote()).isEqualTo(stretch);
        }
    }

    /** A stretch goal stated with 力争 is recorded as such (Table 1 rows carry the table's own nature). */
    @Test
    void quotedStretchGoalsAreMarkedAsStretch() {
        for (Target t : catalog.targets()) {
            if (t.quote().contains("力争") && !t.clause().startsWith("表1")) {
                assertThat(t.nature()).as(t.targetCode()).isEqualTo("力争");
            }
        }
    }

    /**
     * The 力争 rule (catalog/README.md): it governs from the word to the end of its sentence or the
     * next semicolon. Items after a semicolon are firm; items later in the same sentence are 力争.
     */
    @Test
    void stretchEndsAtTheSemicolonAndCoversTheRestOfItsSentence() {
        Map<String, Target> byCode = catalog.targets().stream().collect(Collectors.toMap(Target::targetCode, t -> t));
        for (String firm : List.of("PZH2018-20", "PZH2018-21", "PZH2018-22", "YA2022-11", "YB-P3-07")) {
            assertThat(byCode.get(firm).nature()).as(firm).isEqualTo("确定");
        }
        for (String stretch : List.of("PZH2018-16", "PZH2018-19", "YA2022-10", "YA2022-12", "YB-P3-08", "YB-P3-03",
                "YB-P3-12", "YB-P3-13", "YB-P3-14",      // one sentence after 力争培育6家…, no semicolon
                "PZH14-178", "PZH14-179", "PZH14-32")) {  // after 力争将重性精神疾病科… / 力争达到三级乙等…, no semicolon
            assertThat(byCode.get(stretch).nature()).as(stretch).isEqualTo("力争");
        }
    }

    /** Every qualitative commitment says who reports it and by when (an undated plan has no date). */
    @Test
    void milestonesNameWhoReportsAndWhen() {
        Map<String, Plan> plans = catalog.plansByCode();
        List<Target> milestones = catalog.targets().stream().filter(Target::isMilestone).toList();
        assertThat(milestones).hasSizeGreaterThanOrEqualTo(40);
        assertThat(milestones.stream().map(Target::planCode).distinct()).hasSize(TARGETS_PER_PLAN.size());
        for (Target t : milestones) {
            assertThat(t.op()).as(t.targetCode()).isNull();
            boolean hospitals = t.evaluateAt() == Target.EvaluateAt.hospital;
            assertThat(hospitals || t.responsible() != null).as(t.targetCode() + " responsible").isTrue();
            Integer end = plans.get(t.planCode()).endYear();
            if (end != null && t.deadline() == null) {
                assertThat(t.targetYear()).as(t.targetCode()).isEqualTo(end);
            }
        }
    }

    @Test
    void relativeChangesAreGrowthNotFixedAmountsOrBareDirections() {
        Map<String, Target> byCode = catalog.targets().stream().collect(Collectors.toMap(Target::targetCode, t -> t));
        assertThat(byCode.get("PZH14-102")).satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Target.Kind.growth);
            assertThat(t.value()).isEqualTo(10.0);
            assertThat(t.baselineYear()).isEqualTo(2020);
        });
        assertThat(byCode.get("WH-P4-13")).satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Target.Kind.growth);
            assertThat(t.value()).isEqualTo(10.0);
            assertThat(t.baselineYear()).as("yearly, compounding").isNull();
        });
    }

    @Test
    void rangesCarryAHighValueAndApproximationsATolerance() {
        for (Target t : catalog.targets()) {
            if (t.kind() == Target.Kind.range) {
                assertThat(t.valueHigh()).as(t.targetCode()).isGreaterThan(t.value());
            }
            if (t.kind() == Target.Kind.approx) {
                assertThat(t.tolerance()).as(t.targetCode()).isPositive();
                assertThat(t.quote()).as(t.targetCode()).containsAnyOf("左右", "稳定在");
            }
        }
    }

    /** Figures reported by bureaus cannot be judged hospital by hospital. */
    @Test
    void regionLevelIndicatorsAreJudgedAtARegion() {
        Map<String, Indicator> indicators = catalog.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, i -> i, (a, b) -> a));
        for (Target t : catalog.targets()) {
            if (!t.isMilestone() && indicators.get(t.indicator()).level() == Indicator.Level.region) {
                assertThat(t.evaluateAt()).as(t.targetCode()).isNotEqualTo(Target.EvaluateAt.hospital);
            }
        }
    }

    /** A target naming hospitals lies within the region it is scoped to. */
    @Test
    void namedHospitalsLieInTheTargetRegion() {
        Map<String, Region> regions = catalog.regionsByCode();
        Map<String, NamedHospital> hospitals = catalog.namedHospitals().stream()
                .collect(Collectors.toMap(NamedHospital::code, h -> h));
        for (Target t : catalog.targets()) {
            for (String code : t.scope().hospitals()) {
                Set<String> chain = new java.util.HashSet<>();
                for (Region r = regions.get(hospitals.get(code).regionCode()); r != null;
                     r = r.parentCode() == null ? null : regions.get(r.parentCode())) {
                    chain.add(r.code());
                }
                assertThat(chain).as(t.targetCode() + " " + code).contains(t.scope().region());
            }
        }
    }

    /** The second full reading's headline deliverables, one per plan, are commitments with who reports them. */
    @Test
    void theSecondReadingsDeliverablesAreRecorded() {
        Map<String, String> quoteToResponsible = Map.of(
                "每年度有序组织开展科学评价工作", "各县（区）卫生健康局",
                "落实DRG结合点数法付费改革工作", "市医保局",
                "全面建设六大医疗卫生中心", "市卫生健康委",
                "市人社局负责制定促进医院特色化发展的人才引进、职称评审、薪酬制度改革等具体措施", "市人社局",
                "由市政府主要领导担任市深化医药卫生体制改革领导小组组长", "市人民政府（市卫生健康委报告）");
        quoteToResponsible.forEach((quote, who) -> assertThat(catalog.targets())
                .as(quote).anySatisfy(t -> {
                    assertThat(t.isMilestone()).isTrue();
                    assertThat(t.quote()).isEqualTo(quote);
                    assertThat(t.responsible()).isEqualTo(who);
                }));
        Map<String, Target> byCode = catalog.targets().stream().collect(Collectors.toMap(Target::targetCode, t -> t));
        assertThat(byCode.get("PZH14-204").scope().hospitals()).containsExactly("H51040001"); // 市中心医院 救治中心
        assertThat(byCode.get("MD2022-18").isMilestone()).isTrue();
        for (Target t : catalog.targets()) {
            if (t.kind() == Target.Kind.approx) {
                assertThat(t.op()).as(t.targetCode() + ": 达到…左右 is a floor at value - tolerance").isEqualTo(Comparator.at_least);
            }
        }
    }
}
