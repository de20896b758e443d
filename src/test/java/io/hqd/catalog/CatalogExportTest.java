package io.hqd.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The review export: one row per target with everything a statistician checks against the plan. */
class CatalogExportTest {

    private static Catalog catalog;
    private static String text;
    private static List<CSVRecord> rows;
    private static Map<String, CSVRecord> byCode;

    @BeforeAll
    static void export() throws IOException {
        catalog = CatalogLoader.loadBundled();
        StringWriter w = new StringWriter();
        CatalogExporter.export(catalog, w);
        text = w.toString();
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            rows = p.getRecords();
        }
        byCode = rows.stream().collect(Collectors.toMap(r -> r.get("target_code"), Function.identity()));
    }

    @Test
    void startsWithAByteOrderMarkForExcel() {
        assertThat(text.charAt(0)).isEqualTo('\uFEFF');
    }

    @Test
    void oneRowPerTarget() {
        assertThat(rows).hasSize(catalog.targets().size());
        assertThat(byCode.keySet()).containsExactlyInAnyOrderElementsOf(
                catalog.targets().stream().map(Target::targetCode).toList());
    }

    @Test
    void hasTheReviewColumns() {
        assertThat(rows.getFirst().getParser().getHeaderNames()).contains("plan_code", "plan_title", "jurisdiction",
                "doc_number", "indicator_code", "indicator_name", "scope", "kind", "comparator", "value",
                "value_high", "baseline_year", "baseline_value", "target_year", "nature", "quote", "reading");
    }

    @Test
    void aHospitalTargetWithTierAndOwnership() {
        CSVRecord r = byCode.get("YA2022-07");
        assertThat(r.get("plan_code")).isEqualTo("YA2022");
        assertThat(r.get("jurisdiction")).isEqualTo("雅安市");
        assertThat(r.get("doc_number")).isEqualTo("雅办发〔2022〕66号");
        assertThat(r.get("indicator_code")).isEqualTo("daysurgery_share");
        assertThat(r.get("indicator_name")).isEqualTo("日间手术占择期手术比例");
        assertThat(r.get("scope")).isEqualTo("雅安市 三级 公立");
        assertThat(r.get("kind")).isEqualTo("each");
        assertThat(r.get("comparator")).isEqualTo(">=");
        assertThat(r.get("value")).isEqualTo("20");
        assertThat(r.get("target_year")).isEqualTo("2027");
        assertThat(r.get("nature")).isEqualTo("确定");
        assertThat(r.get("quote")).isEqualTo("三级公立医院日间手术占择期手术的比例达20%");
    }

    @Test
    void aTableRowWithBaselineAndAPlanWithoutDocumentNumber() {
        CSVRecord r = byCode.get("PZH14-01");
        assertThat(r.get("doc_number")).isEmpty();
        assertThat(r.get("indicator_name")).isEqualTo("人均预期寿命");
        assertThat(r.get("baseline_year")).isEqualTo("2020");
        assertThat(r.get("baseline_value")).isEqualTo("78.84");
        assertThat(r.get("value")).isEqualTo("79.5");
        assertThat(r.get("nature")).isEqualTo("预期性");
        assertThat(r.get("clause")).isEqualTo("表1 第1行");
    }

    @Test
    void rangesShareConditionsAndNamedHospitals() {
        CSVRecord range = byCode.get("PZH2018-02");
        assertThat(range.get("kind")).isEqualTo("range");
        assertThat(range.get("value")).isEqualTo("1");
        assertThat(range.get("value_high")).isEqualTo("2");
        assertThat(range.get("nature")).isEqualTo("力争");

        CSVRecord share = catalog.targets().stream()
                .filter(t -> t.kind() == Target.Kind.share && t.scope().tier() != null)
                .map(t -> byCode.get(t.targetCode())).findFirst().orElseThrow();
        assertThat(share.get("condition")).isNotEmpty();

        assertThat(byCode.get("YB-P3-01").get("scope")).contains("指定医院:H51150001|H51150002|H51150003");
    }

    @Test
    void qualitativeCommitmentsAreListedWithTheirResponsibleUnit() {
        CSVRecord relocation = rows.stream().filter(r -> r.get("quote").equals("市一医院总院搬迁至西区院区")).findFirst().orElseThrow();
        assertThat(relocation.get("kind")).isEqualTo("milestone");
        assertThat(relocation.get("indicator_name")).isEqualTo("规划任务（定性承诺）");
        assertThat(relocation.get("scope")).contains("H51150001");
        assertThat(relocation.get("target_year")).isEqualTo("2026");
        CSVRecord rules = rows.stream().filter(r -> r.get("quote").equals("制定具体实施细则")).findFirst().orElseThrow();
        assertThat(rules.get("responsible")).contains("区");
        assertThat(rules.get("evaluate_at")).isEqualTo("county");
    }

    @Test
    void scopesInWordsSayAreaAndAlternatives() {
        assertThat(byCode.get("YA2022-16").get("scope")).isEqualTo("雅安市 城区 三级 公立");
        assertThat(byCode.get("YB-P3-09").get("scope")).isEqualTo("宜宾市 综合或中医 公立 县级");
        assertThat(byCode.get("PZH14-46").get("scope")).isEqualTo("攀枝花市 二级甲等以上 综合");
    }

    @Test
    void everyRowCarriesItsQuoteAndSource() {
        for (CSVRecord r : rows) {
            assertThat(r.get("quote")).as(r.get("target_code")).isNotBlank();
            assertThat(r.get("source_file")).as(r.get("target_code")).endsWith(".txt");
            assertThat(r.get("indicator_name")).as(r.get("target_code")).isNotBlank();
        }
    }
}
