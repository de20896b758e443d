package io.hqd.ingest.corpus;

import static io.hqd.ingest.corpus.CorpusFiles.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Indicator;
import io.hqd.demo.DemoScope;
import io.hqd.demo.PlannedFile;
import io.hqd.home.HqdHome;
import io.hqd.ingest.ElementDomain;
import io.hqd.ingest.Finding;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.InboxIngest;
import io.hqd.ingest.load.LoadedSubmission;
import io.hqd.ingest.load.Status;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.template.TemplateLayout;
import io.hqd.warehouse.ReferenceLoader;
import io.hqd.warehouse.Warehouse;

/**
 * A corpus of realistically edited submissions, generated from the demo's own workbooks: re-saved
 * layouts, moved and renamed sheets, helper sheets, hand-typed numbers, reused templates, forwarded
 * files. Each variant states what a careful statistician expects: accepted with exactly these values
 * under exactly this hospital and quarter, partly accepted with named values refused, or refused with
 * a named rule. All run through the real ingest into a real warehouse.
 */
class MessyWorkbookCorpusIT {
    static final String Q2 = "2026Q2", Q3 = "2026Q3";

    @TempDir static Path dir;
    static Catalog catalog;
    static HqdHome home;
    static Warehouse warehouse;
    static DSLContext dsl;
    /** Demo hospital files by hospital code, per quarter (defect-free ones only). */
    static final Map<String, PlannedFile> q2 = new LinkedHashMap<>(), q3 = new LinkedHashMap<>();
    static List<String> h;
    /** A county or city bureau's clean file of the quarter (percent elements are reported by bureaus). */
    static PlannedFile region;
    static Map<String, String> countyOf = new HashMap<>();
    static Path corpus;
    static final List<Variant> variants = new ArrayList<>();
    static final Map<String, FileOutcome> outcomes = new HashMap<>();

    /** What a statistician expects of one file. */
    record Expect(Status status, String reporter, String period, Map<String, BigDecimal> values, Set<String> refused,
                  Set<String> rules) {
        Expect warn(String... ruleIds) {
            Set<String> r = new LinkedHashSet<>(rules);
            r.addAll(List.of(ruleIds));
            return new Expect(status, reporter, period, values, refused, r);
        }

        Expect with(String element, String value) {
            Map<String, BigDecimal> v = new LinkedHashMap<>(values);
            v.put(element, new BigDecimal(value));
            return new Expect(status, reporter, period, v, refused, rules);
        }

        /** The element's value refused (an ERROR on it), the rest loaded: partial. */
        Expect refuse(String element, String ruleId) {
            Map<String, BigDecimal> v = new LinkedHashMap<>(values);
            v.remove(element);
            Set<String> ref = new LinkedHashSet<>(refused);
            ref.add(element);
            return new Expect(Status.PARTIAL, reporter, period, v, ref, rules).warn(ruleId);
        }
    }

    record Variant(String file, String what, Expect expect, List<Expect> more) {
    }

    static Expect accepted(PlannedFile f) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        f.values().forEach((k, x) -> {
            if (x instanceof Number n) {
                v.put(k, new BigDecimal(String.valueOf(n.doubleValue())));
            }
        });
        return new Expect(Status.ACCEPTED, f.reporterCode(), f.period().code(), v, Set.of(), Set.of());
    }

    static Expect rejected(String rule) {
        return new Expect(Status.REJECTED, null, null, Map.of(), Set.of(), Set.of(rule));
    }

    static void add(String file, String what, Expect expect, Expect... more) {
        variants.add(new Variant(file, what, expect, List.of(more)));
    }

    static Path base(PlannedFile f) {
        return home.inbox().resolve(f.path());
    }

    static Path at(String file) {
        return corpus.resolve(file);
    }

    /** Writes an edited copy of a demo file under the corpus and registers its expectation. */
    static void variant(String file, String what, PlannedFile f, Consumer<XSSFWorkbook> edit, Expect expect, Expect... more) {
        CorpusFiles.edit(base(f), at(file), edit);
        add(file, what, expect, more);
    }

    static Indicator element(PlannedFile f, ElementDomain.Kind kind) {
        return f.elements().stream().filter(e -> ElementDomain.of(e).kind() == kind && f.values().get(e.code()) instanceof Number)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " element in " + f.path()));
    }

    static String plain(PlannedFile f, String element) {
        return new BigDecimal(String.valueOf(((Number) f.values().get(element)).doubleValue())).stripTrailingZeros().toPlainString();
    }

    @BeforeAll
    static void build() throws Exception {
        catalog = CatalogLoader.load(null);
        home = new HqdHome(dir.resolve("demo"));
        DemoScope scope = new DemoScope(List.of("511800"), new io.hqd.warehouse.Periods(2026, 2), new io.hqd.warehouse.Periods(2026, 3),
                DemoScope.DEFAULT_SEED).withCountiesPerCity(5);
        long t0 = System.nanoTime();
        // The demo's own plan and writer, but only the files the corpus starts from are written.
        home.ensureLayout();
        var registry = io.hqd.demo.DemoRegistry.build(catalog, scope);
        io.hqd.registry.HospitalRegistry.write(home.hospitalRegistry(), registry);
        List<PlannedFile> planned = new io.hqd.demo.DemoPlanner(catalog, scope, registry, (hospital, year) ->
                io.hqd.ingest.template.SubmissionTemplate.elementsFor(catalog, hospital
                        ? io.hqd.ingest.template.ReporterType.HOSPITAL : io.hqd.ingest.template.ReporterType.REGION, year),
                Instant.parse("2026-11-23T00:00:00Z")).plan();
        for (PlannedFile f : planned) {
            if (f.hospital() && f.defect() == null && f.content() == PlannedFile.Content.WORKBOOK) {
                (f.period().code().equals(Q2) ? q2 : q3).putIfAbsent(f.reporterCode(), f);
            } else if (!f.hospital() && f.defect() == null && f.content() == PlannedFile.Content.WORKBOOK && f.period().code().equals(Q3)
                    && region == null) {
                region = f;
            }
        }
        h = q3.keySet().stream().filter(q2::containsKey).sorted().limit(5).toList();
        assertEquals(5, h.size(), "five demo hospitals with clean files in both quarters");
        List<PlannedFile> used = new ArrayList<>(List.of(region));
        h.forEach(code -> used.addAll(List.of(q2.get(code), q3.get(code))));
        io.hqd.demo.DemoWriter.write(used, home.inbox(), 2);
        warehouse = Warehouse.open(home.warehouseFile());
        dsl = warehouse.dsl();
        registry.forEach(v -> countyOf.put(v.code(), v.regionCode()));
        new ReferenceLoader(dsl).load(catalog, registry, LocalDate.parse("2026-11-23"), 15);
        // Last quarter's figures of the first three hospitals are in force before the corpus arrives.
        Path baseline = dir.resolve("baseline");
        for (String code : h.subList(0, 3)) {
            Path target = baseline.resolve(q2.get(code).path());
            Files.createDirectories(target.getParent());
            Files.copy(base(q2.get(code)), target);
        }
        assertEquals(0, ingest(baseline).rejected());
        corpus = dir.resolve("corpus");
        long t1 = System.nanoTime();
        layouts(h.get(0), "a");
        layouts(h.get(1), "b");
        values(h.get(2));
        identity();
        freeForm();
        refusals();
        long t2 = System.nanoTime();
        libreOffice();
        long t3 = System.nanoTime();
        InboxIngest.Summary done = new InboxIngest(dsl, catalog, home, Limits.defaults(), "corpus-" + corpus.getFileName(), false)
                .run(corpus, o -> outcomes.put(o.received().originalName(), o));
        System.out.printf("corpus: demo+baseline %.1f s, variants %.1f s, LibreOffice %.1f s, ingest %.1f s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (System.nanoTime() - t3) / 1e9);
    }

    static InboxIngest.Summary ingest(Path inbox) throws Exception {
        return new InboxIngest(dsl, catalog, home, Limits.defaults(), "corpus-" + inbox.getFileName(), false).run(inbox);
    }

    @AfterAll
    static void close() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    /** Layout changes that must not change a single value (run on two hospitals' files). */
    static void layouts(String code, String p) {
        PlannedFile f = q3.get(code);
        Expect ok = accepted(f);
        Indicator flag = element(f, ElementDomain.Kind.FLAG);
        String anyCount = "discharges";
        variant(p + "01-unchanged.xlsx", "the demo file as issued", f, wb -> { }, ok);
        variant(p + "02-renamed-sheet.xlsx", "填报表 renamed", f, wb -> wb.setSheetName(0, "三季度上报"), ok);
        variant(p + "03-cover-sheet-first.xlsx", "a cover sheet moved in front", f, wb -> {
            Sheet cover = wb.createSheet("封面");
            setText(cover, 0, 0, "报送材料");
            setText(cover, 1, 0, "联系人：张三 电话 0835-1234567");
            wb.setSheetOrder("封面", 0);
            wb.setActiveSheet(0);
        }, ok.warn("read_sheet_ignored"));
        variant(p + "04-helper-sheet-visible.xlsx", "a visible monthly helper sheet", f,
                wb -> monthlyHelper(wb.createSheet("月度明细"), catalog.indicator(anyCount, 2026).orElseThrow(),
                        ((Number) f.values().get(anyCount)).doubleValue()), ok.warn("read_sheet_ignored"));
        variant(p + "05-helper-sheet-hidden.xlsx", "a hidden monthly helper sheet", f, wb -> {
            monthlyHelper(wb.createSheet("辅助"), catalog.indicator(anyCount, 2026).orElseThrow(), ((Number) f.values().get(anyCount)).doubleValue());
            wb.setSheetHidden(wb.getSheetIndex("辅助"), true);
        }, ok.warn("read_sheet_ignored"));
        variant(p + "06-notes-sheet.xlsx", "a notes sheet", f, wb -> setText(wb.createSheet("填报说明"), 0, 0,
                "本季度新增日间手术病房，出院人次增加。"), ok.warn("read_sheet_ignored"));
        variant(p + "07-value-column-moved.xlsx", "本期数值 column moved to H", f, wb -> {
            Sheet s = data(wb);
            for (Row row : s) {
                Cell c = row.getCell(TemplateLayout.COL_VALUE);
                if (row.getRowNum() >= TemplateLayout.HEADER_ROW && c != null) {
                    Cell t = row.createCell(7);
                    switch (c.getCellType()) {
                        case NUMERIC -> t.setCellValue(c.getNumericCellValue());
                        case STRING -> t.setCellValue(c.getStringCellValue());
                        default -> { }
                    }
                    row.removeCell(c);
                }
            }
        }, ok);
        variant(p + "08-rows-reordered.xlsx", "element rows in reverse order", f, wb -> {
            Sheet s = data(wb);
            int first = TemplateLayout.FIRST_DATA_ROW, last = first;
            // the element rows end where the code column does (the signature block follows them)
            while (s.getRow(last + 1) != null && s.getRow(last + 1).getCell(TemplateLayout.COL_CODE) != null
                    && !s.getRow(last + 1).getCell(TemplateLayout.COL_CODE).toString().isBlank()) {
                last++;
            }
            List<Object[]> rows = new ArrayList<>();
            for (int r = first; r <= last; r++) {
                Row row = s.getRow(r);
                Cell v = row.getCell(TemplateLayout.COL_VALUE);
                rows.add(new Object[] {row.getCell(TemplateLayout.COL_CODE).getStringCellValue(),
                        v == null || v.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC ? null : v.getNumericCellValue()});
            }
            for (int r = first; r <= last; r++) {
                Object[] src = rows.get(last - r);
                Row row = s.getRow(r);
                row.getCell(TemplateLayout.COL_CODE).setCellValue((String) src[0]);
                Cell v = row.getCell(TemplateLayout.COL_VALUE) == null ? row.createCell(TemplateLayout.COL_VALUE) : row.getCell(TemplateLayout.COL_VALUE);
                if (src[1] == null) {
                    v.setBlank();
                } else {
                    v.setCellValue((Double) src[1]);
                }
            }
        }, ok);
        variant(p + "09-hidden-row.xlsx", "a filled row hidden", f, wb -> valueCell(data(wb), anyCount).getRow().setZeroHeight(true),
                ok.warn("read_hidden"));
        variant(p + "10-unprotected.xlsx", "sheet and workbook protection removed", f, wb -> {
            ((XSSFSheet) data(wb)).disableLocking();
            wb.unLockStructure();
        }, ok);
        variant(p + "11-thousands.xlsx", "a count typed with thousands separators", f,
                wb -> valueCell(data(wb), anyCount).setCellValue(String.format("%,d", ((Number) f.values().get(anyCount)).longValue())), ok);
        variant(p + "12-fullwidth.xlsx", "a count typed in full-width digits", f, wb -> valueCell(data(wb), anyCount)
                .setCellValue(plain(f, anyCount).chars().mapToObj(ch -> Character.isDigit(ch) ? String.valueOf((char) (ch - '0' + '０'))
                        : String.valueOf((char) ch)).collect(Collectors.joining())), ok);
        variant(p + "13-unit-after.xlsx", "a count typed with its unit", f,
                wb -> valueCell(data(wb), anyCount).setCellValue(plain(f, anyCount) + "人次"), ok);
        variant(p + "14-yes-text.xlsx", "a yes/no typed as 是/否", f,
                wb -> valueCell(data(wb), flag.code()).setCellValue(plain(f, flag.code()).equals("1") ? "是" : "否"), ok);
        variant(p + "15-boolean.xlsx", "a yes/no as TRUE/FALSE", f,
                wb -> valueCell(data(wb), flag.code()).setCellValue(plain(f, flag.code()).equals("1")), ok);
        variant(p + "16-tick.xlsx", "a yes/no as √/×", f,
                wb -> valueCell(data(wb), flag.code()).setCellValue(plain(f, flag.code()).equals("1") ? "√" : "×"), ok);
        variant(p + "17-you-wu.xlsx", "a yes/no as 有/无 (无 is a real no)", f,
                wb -> valueCell(data(wb), flag.code()).setCellValue(plain(f, flag.code()).equals("1") ? "有" : "无"), ok);
        variant(p + "18-total-row.xlsx", "a 合计 row added under the table", f, wb -> {
            Sheet s = data(wb);
            Row row = s.createRow(s.getLastRowNum() + 1);
            row.createCell(TemplateLayout.COL_NAME).setCellValue("合计");
            row.createCell(TemplateLayout.COL_VALUE).setCellValue(999999);
        }, ok);
        variant(p + "19-formulas.xlsx", "a value as a formula with its cached result", f, wb -> {
            Cell c = valueCell(data(wb), anyCount);
            double v = c.getNumericCellValue();
            c.setCellFormula(Math.floor(v / 2) + "+" + (v - Math.floor(v / 2)));
            c.setCellValue(v);
        }, ok);
        variant(p + "20-formula-to-helper.xlsx", "a value summed from a helper sheet", f, wb -> {
            double v = ((Number) f.values().get(anyCount)).doubleValue();
            monthlyHelper(wb.createSheet("明细"), catalog.indicator(anyCount, 2026).orElseThrow(), v);
            Cell c = valueCell(data(wb), anyCount);
            c.setCellFormula("明细!B5");
            c.setCellValue(v);
        }, ok.warn("read_sheet_ignored"));
        variant(p + "21-spaces.xlsx", "a count typed with spaces around", f,
                wb -> valueCell(data(wb), anyCount).setCellValue("  " + plain(f, anyCount) + " "), ok);
        variant(p + "22-title-merged-anew.xlsx", "title unmerged and re-merged wider", f, wb -> {
            Sheet s = data(wb);
            s.removeMergedRegion(0);
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
        }, ok);
        try {
            Path copy = at(p + "23-报表(1).xlsx");
            Files.createDirectories(copy.getParent());
            Files.copy(base(f), copy);
            add(p + "23-报表(1).xlsx", "saved again as 报表(1)", ok);
            Path folder = at(code + "/" + p + "24-in-own-folder.xlsx");
            Files.createDirectories(folder.getParent());
            CorpusFiles.edit(base(f), folder, wb -> setText(wb.createSheet("备注"), 0, 0, "无"));
            add(code + "/" + p + "24-in-own-folder.xlsx", "in a folder named by its own code", ok.warn("read_sheet_ignored"));
            String county = countyOf.get(code);
            CorpusFiles.edit(base(f), at(county + "/" + p + "25-转发：" + f.path().substring(f.path().lastIndexOf('/') + 1)),
                    wb -> wb.getProperties().getCoreProperties().setCreator("县卫健局"));
            add(county + "/" + p + "25-转发：" + f.path().substring(f.path().lastIndexOf('/') + 1),
                    "forwarded by the county bureau, in the county's folder", ok);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        variant(p + "26-meta-visible.xlsx", "the hidden identity sheet made visible", f,
                wb -> wb.setSheetVisibility(wb.getSheetIndex(TemplateLayout.META_SHEET), SheetVisibility.VISIBLE), ok);
        variant(p + "27-previous-untouched.xlsx", "上期数值 filled by the clerk as well as 本期", f,
                wb -> valueCell(data(wb), anyCount).getRow().createCell(TemplateLayout.COL_PREVIOUS).setCellValue(1), ok);
    }

    /** Values as the clerk meant them. */
    static void values(String code) {
        PlannedFile f = q3.get(code);
        Expect ok = accepted(f);
        Indicator pct = element(region, ElementDomain.Kind.PERCENT);
        Expect rok = accepted(region);
        Indicator flag = element(f, ElementDomain.Kind.FLAG);
        variant("v01-percent-format.xlsx", "34.21 typed into a %-formatted cell (holds 0.3421)", region, wb -> {
            Cell c = valueCell(data(wb), pct.code());
            CellStyle st = wb.createCellStyle();
            st.cloneStyleFrom(c.getCellStyle());
            st.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            c.setCellStyle(st);
            c.setCellValue(0.3421);
        }, rok.with(pct.code(), "34.21"));
        variant("v02-percent-sign.xlsx", "a percent typed with its % sign", region,
                wb -> valueCell(data(wb), pct.code()).setCellValue("34.21%"), rok.with(pct.code(), "34.21"));
        variant("v03-bare-fraction.xlsx", "0.3547 in a % row", region, wb -> valueCell(data(wb), pct.code()).setCellValue(0.3547),
                rok.with(pct.code(), "0.3547").warn("read_percent_fraction"));
        variant("v04-wu-is-no.xlsx", "无 in a yes/no row", f, wb -> valueCell(data(wb), flag.code()).setCellValue("无"),
                ok.with(flag.code(), "0"));
        variant("v05-formula-no-cache.xlsx", "a formula without a cached value (written by a script)", f, wb -> {
            Cell c = valueCell(data(wb), "discharges");
            c.setCellFormula("100+200");
            ((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell().setV("");
        }, ok.refuse("discharges", "read_formula_no_cache"));
        variant("v06-estimate.xlsx", "约300", f, wb -> valueCell(data(wb), "daysurgery_ops").setCellValue("约300"),
                ok.refuse("daysurgery_ops", "read_estimate"));
        variant("v07-wan.xlsx", "1.2万 for a count", f, wb -> valueCell(data(wb), "discharges").setCellValue("1.2万"),
                ok.refuse("discharges", "read_rounded_wan"));
        variant("v08-ambiguous-comma.xlsx", "12,34", f, wb -> valueCell(data(wb), "surgery_ops").setCellValue("12,34"),
                ok.refuse("surgery_ops", "read_separator"));
        variant("v09-date-cell.xlsx", "a date-formatted number", f, wb -> {
            Cell c = valueCell(data(wb), "drg_cases");
            CellStyle st = wb.createCellStyle();
            st.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            c.setCellStyle(st);
        }, ok.refuse("drg_cases", "read_date_cell"));
        variant("v10-error-cell.xlsx", "#DIV/0!", f, wb -> valueCell(data(wb), "drg_cases")
                .setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode()), ok.refuse("drg_cases", "read_cell_error"));
        variant("v11-percent-on-count.xlsx", "35% typed for a count", f, wb -> valueCell(data(wb), "cp_discharges").setCellValue("35%"),
                ok.refuse("cp_discharges", "read_unit"));
        variant("v12-words.xlsx", "a sentence instead of a number", f, wb -> valueCell(data(wb), "elective_ops").setCellValue("见附件"),
                ok.refuse("elective_ops", "read_not_a_number"));
        variant("v13-dash-blank.xlsx", "— for a figure not applicable (blank, not zero)", region,
                wb -> valueCell(data(wb), pct.code()).setCellValue("—"), withoutValue(rok, pct.code()));
        variant("v14-conflicting-copies.xlsx", "the same figure in a second table with another number", f, wb -> {
            Sheet s = wb.createSheet("核对");
            setText(s, 0, 0, "指标名称");
            setText(s, 0, 1, "本期数值");
            setText(s, 1, 0, "出院人次");
            s.getRow(1).createCell(1).setCellValue(((Number) f.values().get("discharges")).doubleValue() + 1);
        }, ok.refuse("discharges", "read_conflict"));
        variant("v15-same-copies.xlsx", "the same figure in a second table with the same number", f, wb -> {
            Sheet s = wb.createSheet("核对");
            setText(s, 0, 0, "指标名称");
            setText(s, 0, 1, "本期数值");
            setText(s, 1, 0, "出院人次");
            s.getRow(1).createCell(1).setCellValue(((Number) f.values().get("discharges")).doubleValue());
        }, ok);
    }

    static Expect withoutValue(Expect e, String element) {
        Map<String, BigDecimal> v = new LinkedHashMap<>(e.values());
        v.remove(element);
        return new Expect(e.status(), e.reporter(), e.period(), v, e.refused(), e.rules());
    }

    /** Reused templates, other hospitals' templates, several hospitals in one file. */
    static void identity() {
        PlannedFile a2 = q2.get(h.get(0)), a3 = q3.get(h.get(0)), b3 = q3.get(h.get(1)), d2 = q2.get(h.get(3)), e3 = q3.get(h.get(4));
        Consumer<XSSFWorkbook> retitleQ3 = wb -> {
            Cell title = data(wb).getRow(TemplateLayout.TITLE_ROW).getCell(0);
            title.setCellValue(title.getStringCellValue().replace("第二季度", "第三季度"));
        };
        variant("i01-q2-template-q3-title-2026年第三季度.xlsx", "last quarter's template, title and name edited to Q3 (Q2 in force)",
                a2, retitleQ3, rejected("identity_conflict"));
        variant("i02-q2-template-q3-title-2026年第三季度.xlsx", "last quarter's template retitled, quarter not yet reported: stale title noted",
                d2, retitleQ3, accepted(d2).warn("identity_stale_title"));
        variant("i03-other-hospitals-template.xlsx", "B's figures in A's template: visible code, name, title corrected", a3, wb -> {
            Sheet s = data(wb);
            s.getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_NAME).setCellValue(b3.reporterCode());
            s.getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_VALUE).setCellValue(b3.reporterName());
            Cell title = s.getRow(TemplateLayout.TITLE_ROW).getCell(0);
            title.setCellValue(title.getStringCellValue().replace(a3.reporterName(), b3.reporterName()));
        }, rejected("read_many_reporters"));
        variant("i04-code-only-changed.xlsx", "only the visible code changed", a3,
                wb -> data(wb).getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_NAME).setCellValue(b3.reporterCode()),
                rejected("read_many_reporters"));
        variant("i05-period-cell-changed.xlsx", "Q2 template whose 报告期 cell was edited to Q3", a2,
                wb -> data(wb).getRow(TemplateLayout.PERIOD_ROW).getCell(TemplateLayout.COL_NAME).setCellValue("2026Q3（2026年第三季度）"),
                rejected("read_many_periods"));
        variant("i06-two-hospitals.xlsx", "two hospitals' sheets in one file, each naming itself", a3,
                wb -> copySheetFrom(wb, base(b3), "二院"), accepted(a3), accepted(b3));
        variant("i07-two-hospitals-one-unnamed.xlsx", "two hospitals, the second sheet names nobody", a3, wb -> {
            copySheetFrom(wb, base(b3), "二院");
            Sheet s = wb.getSheet("二院");
            s.getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_NAME).setBlank();
            s.getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_VALUE).setBlank();
            s.getRow(TemplateLayout.TITLE_ROW).getCell(0).setCellValue("第三季度报表");
        }, rejected("read_many_reporters"));
        variant("i08-last-quarter-sheet-kept.xlsx", "last quarter's filled sheet kept in the file", a3,
                wb -> copySheetFrom(wb, base(a2), "二季度"), accepted(a3).warn("read_sheet_ignored"));
        variant("i09-last-quarter-sheet-hidden.xlsx", "last quarter's sheet kept hidden", e3, wb -> {
            copySheetFrom(wb, base(q2.get(h.get(4))), "上季度");
            wb.setSheetHidden(wb.getSheetIndex("上季度"), true);
        }, accepted(e3).warn("read_sheet_ignored"));
        try {
            String other = h.get(1);
            CorpusFiles.edit(base(a3), at(other + "/i10-wrong-folder.xlsx"), wb -> { });
            add(other + "/i10-wrong-folder.xlsx", "A's file in B's folder", rejected("reporter_folder"));
            String foreignCounty = countyOf.values().stream().filter(c -> !c.equals(countyOf.get(a3.reporterCode())))
                    .findFirst().orElse("510402");
            CorpusFiles.edit(base(a3), at(foreignCounty + "/i11-other-county.xlsx"), wb -> { });
            add(foreignCounty + "/i11-other-county.xlsx", "forwarded through a county it does not belong to", rejected("reporter_folder"));
        } catch (RuntimeException e) {
            throw e;
        }
        variant("i12-title-names-other-code.xlsx", "title mentions another hospital's code (A's Q2 in force)", a2, wb -> {
            Cell title = data(wb).getRow(TemplateLayout.TITLE_ROW).getCell(0);
            title.setCellValue(title.getStringCellValue() + "（" + b3.reporterCode() + "）");
        }, rejected("identity_conflict"));
        variant("i13-old-template-version.xlsx", "a template of an earlier hqd version", e3,
                wb -> wb.getSheet(TemplateLayout.META_SHEET).getRow(1).getCell(1).setCellValue("2025.1"),
                accepted(e3).warn("read_old_template"));
        variant("i14-meta-removed.xlsx", "the hidden identity sheet deleted (copied into a new file)", e3,
                wb -> wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.META_SHEET)), accepted(e3));
        variant("i15-lowercase-code.xlsx", "identity sheet gone, code typed in lower case", e3, wb -> {
            wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.META_SHEET));
            data(wb).getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_NAME).setCellValue(e3.reporterCode().toLowerCase());
        }, accepted(e3));
        variant("i16-name-in-code-cell.xlsx", "identity sheet gone, registry name typed in the code cell", e3, wb -> {
            wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.META_SHEET));
            data(wb).getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_NAME).setCellValue(e3.reporterName());
        }, accepted(e3));
        variant("i17-only-name.xlsx", "identity sheet gone, only 单位名称 filled", e3, wb -> {
            wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.META_SHEET));
            data(wb).getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_NAME).setBlank();
        }, accepted(e3));
        variant("i18-colloquial-name.xlsx", "identity sheet gone, colloquial name only", e3, wb -> {
            wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.META_SHEET));
            data(wb).getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_NAME).setBlank();
            data(wb).getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_VALUE).setCellValue("人民医院（本院）");
            data(wb).getRow(TemplateLayout.PERIOD_ROW).getCell(TemplateLayout.COL_VALUE).setBlank();
            Cell title = data(wb).getRow(TemplateLayout.TITLE_ROW).getCell(0);
            title.setCellValue("2026年第三季度监测数据");
        }, rejected("reporter"));
        variant("i19-unknown-code.xlsx", "identity sheet gone, a code not in the registry", e3, wb -> {
            wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.META_SHEET));
            data(wb).getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_NAME).setCellValue("H99999999");
            data(wb).getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_VALUE).setBlank();
        }, rejected("reporter"));
        variant("i20-no-period.xlsx", "identity sheet gone, no quarter anywhere", e3, wb -> {
            wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.META_SHEET));
            data(wb).getRow(TemplateLayout.PERIOD_ROW).getCell(TemplateLayout.COL_NAME).setBlank();
            data(wb).getRow(TemplateLayout.PERIOD_ROW).getCell(TemplateLayout.COL_VALUE).setBlank();
            data(wb).getRow(TemplateLayout.TITLE_ROW).getCell(0).setCellValue(e3.reporterName() + "监测数据");
        }, rejected("period"));
    }

    /** Copies the template sheet of another demo file into {@code wb} as sheet {@code name} (values and texts). */
    static void copySheetFrom(XSSFWorkbook wb, Path other, String name) {
        try (var in = Files.newInputStream(other); XSSFWorkbook src = new XSSFWorkbook(in)) {
            Sheet from = data(src);
            Sheet to = wb.createSheet(name);
            for (Row row : from) {
                Row t = to.createRow(row.getRowNum());
                for (Cell c : row) {
                    Cell d = t.createCell(c.getColumnIndex());
                    switch (c.getCellType()) {
                        case NUMERIC -> d.setCellValue(c.getNumericCellValue());
                        case STRING -> d.setCellValue(c.getStringCellValue());
                        default -> { }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Clerks' own layouts built from the demo values. */
    static void freeForm() {
        for (int i = 0; i < 2; i++) {
            PlannedFile f = q3.get(h.get(3 + i));
            Expect ok = accepted(f);
            String p = "f" + i;
            Path base = base(f);
            CorpusFiles.edit(base, at(p + "1-long-table.xlsx"), wb -> {
                clear(wb);
                longTable(wb.createSheet("季报"), f.reporterName() + "2026年第三季度运行情况", f.reporterCode(), f.reporterName(),
                        "2026年第三季度", f.elements(), f.values());
            });
            add(p + "1-long-table.xlsx", "a clerk's own long table", ok);
            CorpusFiles.edit(base, at(p + "2-long-lowercase.xlsx"), wb -> {
                clear(wb);
                longTable(wb.createSheet("Sheet1"), "季度报表", f.reporterCode().toLowerCase(), null, "2026年7-9月", f.elements(), f.values());
            });
            add(p + "2-long-lowercase.xlsx", "long table, code in lower case, months as period", ok);
            CorpusFiles.edit(base, at(p + "3-long-name-only.xlsx"), wb -> {
                clear(wb);
                longTable(wb.createSheet("Sheet1"), "季度报表", null, f.reporterName(), "2026Q3", f.elements(), f.values());
            });
            add(p + "3-long-name-only.xlsx", "long table, blank code cell, registry name filled", ok);
            CorpusFiles.edit(base, at(p + "4-long-name-in-code.xlsx"), wb -> {
                clear(wb);
                longTable(wb.createSheet("Sheet1"), "季度报表", f.reporterName(), null, "2026年第三季度", f.elements(), f.values());
            });
            add(p + "4-long-name-in-code.xlsx", "long table, registry name typed in the code cell", ok);
            CorpusFiles.edit(base, at(p + "5-wide.xlsx"), wb -> {
                clear(wb);
                wideTable(wb.createSheet("Sheet1"), "2026年第三季度", f.reporterCode(), f.reporterName(), f.elements(), f.values());
            });
            add(p + "5-wide.xlsx", "a clean wide table, header 医疗机构代码 | 医院名称 | …", ok);
            CorpusFiles.edit(base, at(p + "6-wide-lowercase.xlsx"), wb -> {
                clear(wb);
                wideTable(wb.createSheet("Sheet1"), "2026年第三季度", f.reporterCode().toLowerCase(), f.reporterName(), f.elements(), f.values());
            });
            add(p + "6-wide-lowercase.xlsx", "wide table, code in lower case", ok);
            CorpusFiles.edit(base, at(p + "7-long-stale-title.xlsx"), wb -> {
                clear(wb);
                longTable(wb.createSheet("Sheet1"), f.reporterName() + "2026年第二季度运行情况", f.reporterCode(), null,
                        "2026年第三季度", f.elements(), f.values());
            });
            add(p + "7-long-stale-title.xlsx", "own layout reused: 报告期 says Q3, title Q2, Q3 already in force", rejected("identity_conflict"));
        }
    }

    /** Removes every sheet (the file is rebuilt as a clerk's own layout). */
    static void clear(XSSFWorkbook wb) {
        while (wb.getNumberOfSheets() > 0) {
            wb.removeSheetAt(0);
        }
    }

    /** Files refused as a whole, each with a message that says what to do. */
    static void refusals() {
        PlannedFile f = q3.get(h.get(4));
        try {
            CorpusFiles.ods(at("r01-saved-as.ods"));
            add("r01-saved-as.ods", "an OpenDocument spreadsheet", rejected("file_not_workbook"));
            Files.writeString(at("r02-email.xlsx"), "附件为我院报表，请查收。");
            add("r02-email.xlsx", "an e-mail text saved as .xlsx", rejected("file_not_workbook"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        variant("r03-previous-column.xlsx", "figures typed into 上期数值", f, wb -> {
            Sheet s = data(wb);
            for (int r = TemplateLayout.FIRST_DATA_ROW; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                Cell v = row == null ? null : row.getCell(TemplateLayout.COL_VALUE);
                if (v != null && v.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    row.createCell(TemplateLayout.COL_PREVIOUS).setCellValue(v.getNumericCellValue());
                    v.setBlank();
                }
            }
        }, rejected("read_wrong_column"));
        variant("r04-helper-only.xlsx", "only a monthly helper table", f, wb -> {
            clear(wb);
            monthlyHelper(wb.createSheet("Sheet1"), catalog.indicator("discharges", 2026).orElseThrow(), 3000);
        }, rejected("read_many_reporters"));
        variant("r05-no-table.xlsx", "a cover letter in a workbook", f, wb -> {
            clear(wb);
            setText(wb.createSheet("Sheet1"), 0, 0, "本院本季度数据已通过系统报送。");
        }, rejected("read_no_table"));
        variant("r06-two-periods-free-form.xlsx", "own layout with two different 报告期 cells", f, wb -> {
            clear(wb);
            Sheet s = wb.createSheet("Sheet1");
            longTable(s, "季度报表", f.reporterCode(), null, "2026年第三季度", f.elements(), f.values());
            setText(s, 3, 0, "统计期间");
            setText(s, 3, 1, "2026年第二季度");
        }, rejected("read_many_periods"));
        variant("r07-name-and-code-disagree.xlsx", "identity sheet gone, code of one hospital and name of another", f, wb -> {
            wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.META_SHEET));
            data(wb).getRow(TemplateLayout.REPORTER_ROW).getCell(TemplateLayout.COL_VALUE).setCellValue(q3.get(h.get(0)).reporterName());
        }, rejected("read_many_reporters"));
    }

    /** Re-saved by LibreOffice as .xlsx (LibreOfficeResaveTest covers .xls). One LibreOffice start: it is slow. */
    static void libreOffice() throws Exception {
        assertNotNull(soffice(), "LibreOffice (soffice) is needed for the re-saved variants; .ci/run installs libreoffice-calc-nogui");
        Path out = Files.createDirectories(dir.resolve("lo"));
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path src = dir.resolve("lo-src").resolve("lo" + i + ".xlsx");
            Files.createDirectories(src.getParent());
            Files.copy(base(q3.get(h.get(i))), src, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            sources.add(src);
        }
        CorpusFiles.libreOffice(sources, "xlsx", out.resolve("xlsx"), dir.resolve("lo-profile"));
        for (int i = 0; i < 2; i++) {
            Files.copy(out.resolve("xlsx").resolve("lo" + i + ".xlsx"), at("lo" + i + "-libreoffice.xlsx"));
            add("lo" + i + "-libreoffice.xlsx", "re-saved by LibreOffice as .xlsx", accepted(q3.get(h.get(i))));
        }
    }

    @Test
    void corpusHasAtLeastEightyVariants() {
        assertTrue(variants.size() >= 80, variants.size() + " variants");
        assertEquals(variants.size(), outcomes.size(), "every variant was ingested once");
        assertTrue(outcomes.values().stream().noneMatch(FileOutcome::duplicate), "no variant repeats another's bytes");
    }

    @TestFactory
    Stream<DynamicTest> everyVariantGivesTheExpectedOutcome() {
        return variants.stream().map(v -> DynamicTest.dynamicTest(v.file() + " — " + v.what(), () -> check(v)));
    }

    /** Every variant (and every demo file it was made from) read by the sheet scanner as the StAX reading read it. */
    @TestFactory
    Stream<DynamicTest> everyVariantScansAsStaxReadIt() throws Exception {
        List<Path> all = new ArrayList<>();
        variants.forEach(v -> all.add(at(v.file())));
        try (Stream<Path> demo = Files.walk(home.inbox())) {
            demo.filter(Files::isRegularFile).sorted().forEach(all::add);
        }
        assertTrue(all.size() > variants.size(), "demo files as well as variants");
        return all.stream().map(f -> DynamicTest.dynamicTest("scan " + f.getFileName(), () -> io.hqd.ingest.read.ScannerOracle.assertReadsAsStaxDid(f)));
    }

    static void check(Variant v) {
        FileOutcome o = outcomes.get(v.file());
        assertNotNull(o, "ingested: " + v.file());
        Set<String> rules = o.allFindings().stream().map(Finding::rule).collect(Collectors.toSet());
        String said = o.allFindings().stream().map(f -> f.rule() + "：" + f.message()).collect(Collectors.joining("\n"));
        for (String rule : v.expect().rules()) {
            assertTrue(rules.contains(rule), v.file() + " should say " + rule + ", said:\n" + said);
        }
        if (v.expect().status() == Status.REJECTED) {
            assertEquals(Status.REJECTED, o.status(), said);
            assertTrue(o.submissions().stream().allMatch(s -> s.values().isEmpty() || s.status() == Status.REJECTED),
                    "nothing of a refused file is stored");
            assertTrue(o.allFindings().stream().filter(Finding::blocksFile).allMatch(f -> f.message().contains("请")),
                    "every refusal says what to do:\n" + said);
            return;
        }
        List<Expect> all = new ArrayList<>(List.of(v.expect()));
        all.addAll(v.more());
        assertEquals(all.size(), o.submissions().size(), said);
        for (Expect e : all) {
            LoadedSubmission s = o.submissions().stream().filter(x -> e.reporter().equals(x.reporterCode())).findFirst()
                    .orElseThrow(() -> new AssertionError(v.file() + ": no submission for " + e.reporter() + "\n" + said));
            assertEquals(e.period(), s.periodCode(), "stored under the quarter it states");
            assertEquals(e.status(), s.status(), v.file() + "\n" + said);
            Map<String, BigDecimal> got = s.values().stream().collect(Collectors.toMap(ReadCell::element, ReadCell::value));
            assertEquals(e.values().keySet(), got.keySet(), v.file() + ": the elements stored");
            e.values().forEach((k, x) -> assertEquals(0, x.compareTo(got.get(k)), v.file() + " " + k + ": " + x + " vs " + got.get(k)));
            for (String refused : e.refused()) {
                assertTrue(s.findings().stream().anyMatch(f -> refused.equals(f.element()) && f.isError()), refused + " refused with a reason");
            }
            if (e.status() == Status.ACCEPTED) {
                assertTrue(o.allFindings().stream().noneMatch(Finding::isError), said);
            }
        }
    }

    @Test
    void noFileStoresFiguresUnderAnotherHospitalOrQuarter() {
        for (Variant v : variants) {
            FileOutcome o = outcomes.get(v.file());
            List<Expect> all = new ArrayList<>(List.of(v.expect()));
            all.addAll(v.more());
            for (LoadedSubmission s : o.submissions()) {
                if (s.status() != Status.REJECTED && !s.values().isEmpty()) {
                    assertTrue(all.stream().anyMatch(e -> s.reporterCode().equals(e.reporter()) && s.periodCode().equals(e.period())),
                            v.file() + " stored under " + s.reporterCode() + " " + s.periodCode());
                }
            }
        }
    }

    @Test
    void refusalsQuoteBothReadingsAndWhatToDo() {
        String conflict = message("i03-other-hospitals-template.xlsx", "read_many_reporters");
        assertTrue(conflict.contains(q3.get(h.get(0)).reporterCode()) && conflict.contains(q3.get(h.get(1)).reporterCode()), conflict);
        assertTrue(conflict.contains("机构代码单元格") && conflict.contains("模板隐藏信息"), conflict);
        String period = message("i01-q2-template-q3-title-2026年第三季度.xlsx", "identity_conflict");
        assertTrue(period.contains("2026Q3") && period.contains("2026Q2") && period.contains("覆盖"), period);
        assertTrue(message("r01-saved-as.ods", "file_not_workbook").contains(".xlsx"));
        assertTrue(message("r03-previous-column.xlsx", "read_wrong_column").contains("上期数值"));
        assertTrue(message("i18-colloquial-name.xlsx", "reporter").contains("人民医院（本院）"));
        String typed = message("i04-code-only-changed.xlsx", "read_many_reporters");
        assertTrue(typed.contains("「" + q3.get(h.get(1)).reporterCode() + "」"), "quotes the code the clerk typed: " + typed);
    }

    static String message(String file, String rule) {
        return outcomes.get(file).allFindings().stream().filter(f -> f.rule().equals(rule)).map(Finding::message).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no " + rule + ": " + outcomes.get(file).allFindings()));
    }
}
