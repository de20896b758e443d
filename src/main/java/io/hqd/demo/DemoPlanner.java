package io.hqd.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Region;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

/**
 * Decides every file of the demo inbox: one report per reporter and quarter, named the way people
 * name files, arriving before the due date, and about one in twenty carrying a defect. Pure: the
 * same scope gives the same plan.
 */
public final class DemoPlanner {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int DUE_DAYS = 15;
    /** About one file in twenty carries a defect (at least one of each kind). */
    public static final double DEFECT_RATE = 0.05;

    /** The elements a template carries for a reporter type and year. */
    @FunctionalInterface
    public interface ElementSource {
        List<Indicator> elements(boolean hospital, int year);
    }

    private record Slot(boolean hospital, String code, String name, Periods period, List<HospitalVersion> versions,
                        Region region, String folder) {
    }

    private final Catalog catalog;
    private final DemoScope scope;
    private final List<HospitalVersion> registry;
    private final ValueModel model;
    private final ElementSource elementSource;
    private final Instant notAfter;
    private final Draws draws;

    public DemoPlanner(Catalog catalog, DemoScope scope, List<HospitalVersion> registry, ElementSource elementSource,
                       Instant notAfter) {
        this.catalog = catalog;
        this.scope = scope;
        this.registry = registry;
        this.model = new ValueModel(catalog, scope.seed());
        this.elementSource = elementSource;
        this.notAfter = notAfter;
        this.draws = new Draws(scope.seed());
    }

    public ValueModel model() {
        return model;
    }

    public List<PlannedFile> plan() {
        List<Slot> slots = slots();
        List<Slot> byDraw = new ArrayList<>(slots);
        byDraw.sort(Comparator.comparingLong(s -> draws.hash("defect", s.code(), s.period().code())));
        int defects = Math.min(slots.size(), Math.max(DefectKind.values().length, (int) Math.round(slots.size() * DEFECT_RATE)));
        Map<Slot, DefectKind> defectOf = new LinkedHashMap<>();
        for (int i = 0; i < defects; i++) {
            DefectKind kind = DefectKind.values()[i % DefectKind.values().length];
            // the next slot (in draw order) the defect applies to: only hospital reports have required figures
            byDraw.stream().filter(s -> !defectOf.containsKey(s) && applies(kind, s))
                    .findFirst().ifPresent(s -> defectOf.put(s, kind));
        }
        List<PlannedFile> out = new ArrayList<>();
        for (Slot s : slots) {
            out.addAll(files(s, defectOf.get(s)));
        }
        return out;
    }

    /** Only hospital reports have required figures; a missing latest quarter is about the latest period. */
    private boolean applies(DefectKind kind, Slot s) {
        return switch (kind) {
            case MISSING_REQUIRED, PARTLY_ACCEPTED_CORRECTION -> s.hospital();
            case LATEST_QUARTER_UNREADABLE -> s.hospital() && s.period().equals(scope.periods().get(scope.periods().size() - 1));
            default -> true;
        };
    }

    private List<Slot> slots() {
        Map<String, List<HospitalVersion>> hospitals = DemoRegistry.reporters(catalog, scope, registry);
        List<Region> bureaus = scope.bureaus(catalog);
        Map<String, Region> regions = catalog.regionsByCode();
        List<Slot> out = new ArrayList<>();
        for (Periods p : scope.periods()) {
            for (List<HospitalVersion> versions : hospitals.values()) {
                HospitalVersion v = DemoRegistry.on(versions, p.end());
                out.add(new Slot(true, v.code(), v.name(), p, versions, null, v.code()));
            }
            for (Region r : bureaus) {
                Region parent = r.parentCode() == null ? null : regions.get(r.parentCode());
                String name = r.level() == Region.Level.county && parent != null && parent.level() == Region.Level.city
                        ? parent.name() + r.name() : r.name();
                out.add(new Slot(false, r.code(), name, p, null, r, r.code()));
            }
        }
        return out;
    }

    private Map<String, Object> values(Slot s, List<Indicator> elements) {
        Map<String, Number> v;
        if (s.hospital()) {
            v = model.hospital(s.versions(), s.period(), elements);
        } else {
            List<Region> counties = s.region().level() == Region.Level.city
                    ? catalog.regions().stream().filter(c -> s.code().equals(c.parentCode())).toList() : List.of();
            v = model.region(s.region(), counties, s.period(), elements);
        }
        return new LinkedHashMap<>(v);
    }

    private List<PlannedFile> files(Slot s, DefectKind defect) {
        List<Indicator> elements = elementSource.elements(s.hospital(), s.period().year());
        Map<String, Object> values = values(s, elements);
        String name = fileName(s);
        String path = s.folder() + "/" + name;
        Instant onTime = arrival(s, 1, 14);
        if (defect == null) {
            return List.of(file(s, path, s.code(), elements, values, onTime, PlannedFile.Content.WORKBOOK, null, null, "", ""));
        }
        String stem = name.substring(0, name.lastIndexOf('.'));
        return switch (defect) {
            case TEXT_IN_NUMBER -> {
                String code = s.hospital() ? "discharges" : "resident_population";
                Map<String, Object> bad = new LinkedHashMap<>(values);
                String text = "约" + values.get(code);
                bad.put(code, text);
                yield List.of(file(s, path, s.code(), elements, bad, onTime, PlannedFile.Content.WORKBOOK, null, defect, "",
                        code + " 填为「" + text + "」"));
            }
            case NUMERATOR_EXCEEDS_DENOMINATOR -> {
                Map<String, Object> bad = new LinkedHashMap<>(values);
                String detail = breakRatio(bad, s.hospital() ? "mis_share" : "htn_standard_mgmt_rate", s.period().year());
                yield List.of(file(s, path, s.code(), elements, bad, onTime, PlannedFile.Content.WORKBOOK, null, defect, "", detail));
            }
            case MISSING_REQUIRED -> {
                String code = "discharges";
                Map<String, Object> bad = new LinkedHashMap<>(values);
                bad.remove(code);
                yield List.of(file(s, path, s.code(), elements, bad, onTime, PlannedFile.Content.WORKBOOK, null, defect, "",
                        code + " 未填"));
            }
            case WRONG_CODE -> {
                String wrong = wrongCode(s.code());
                yield List.of(file(s, path, wrong, elements, values, onTime, PlannedFile.Content.WORKBOOK, null, defect, "",
                        "代码填为 " + wrong + "（应为 " + s.code() + "）"));
            }
            case LATE -> {
                Instant late = arrival(s, DUE_DAYS + 2, DUE_DAYS + 30);
                yield List.of(file(s, path, s.code(), elements, values, late, PlannedFile.Content.WORKBOOK, null, defect, "",
                        "到达时间 " + late.atZone(ZONE).toLocalDate()));
            }
            case DUPLICATE -> {
                String copy = s.folder() + "/" + (draws.unit("dupname", s.code(), s.period().code()) < 0.5
                        ? "副本 " + name : stem + "(1).xlsx");
                yield List.of(
                        file(s, path, s.code(), elements, values, onTime, PlannedFile.Content.WORKBOOK, null, defect, "原文件", ""),
                        file(s, copy, s.code(), elements, values, onTime.plus(Duration.ofMinutes(37)), PlannedFile.Content.COPY,
                                path, defect, "副本", "与 " + name + " 内容相同"));
            }
            case CORRECTED_RESUBMISSION -> {
                Map<String, Object> bad = new LinkedHashMap<>(values);
                String detail = breakRatio(bad, s.hospital() ? "grade4_share" : "dm_standard_mgmt_rate", s.period().year());
                Instant first = arrival(s, 1, 8);
                String fixed = s.folder() + "/" + stem + (draws.unit("fixname", s.code()) < 0.5 ? "（更正）.xlsx" : "-修改版.xlsx");
                yield List.of(
                        file(s, path, s.code(), elements, bad, first, PlannedFile.Content.WORKBOOK, null, defect, "原文件", detail),
                        file(s, fixed, s.code(), elements, values, first.plus(Duration.ofHours(26)), PlannedFile.Content.WORKBOOK,
                                null, defect, "更正", "更正 " + name));
            }
            case PARTLY_ACCEPTED_CORRECTION -> {
                Map<String, Object> bad = new LinkedHashMap<>(values);
                String text = "约" + values.get("discharges");
                bad.put("discharges", text);
                Instant first = arrival(s, 1, 8);
                String fixed = s.folder() + "/" + stem + "（更正）.xlsx";
                yield List.of(
                        file(s, path, s.code(), elements, values, first, PlannedFile.Content.WORKBOOK, null, defect, "原文件", ""),
                        file(s, fixed, s.code(), elements, bad, first.plus(Duration.ofHours(26)), PlannedFile.Content.WORKBOOK,
                                null, defect, "更正", "更正 " + name + "，discharges 填为「" + text + "」"));
            }
            case LATEST_QUARTER_UNREADABLE, NOT_A_WORKBOOK -> List.of(file(s, path, s.code(), elements, Map.of(), onTime, PlannedFile.Content.TEXT, null,
                    defect, "", "邮件正文误存为 .xlsx"));
        };
    }

    private PlannedFile file(Slot s, String path, String code, List<Indicator> elements, Map<String, Object> values,
                             Instant arrival, PlannedFile.Content content, String copyOf, DefectKind defect, String role,
                             String detail) {
        Instant latest = notAfter.minus(Duration.ofHours(1));
        return new PlannedFile(path, s.hospital(), code, s.code(), s.name(), s.period(), elements, values,
                arrival.isAfter(latest) ? latest : arrival, content, copyOf, defect, role, detail);
    }

    /** Makes the indicator's numerator exceed its denominator (a typo: one digit too many). */
    private String breakRatio(Map<String, Object> values, String indicator, int year) {
        Indicator i = catalog.indicator(indicator, year).orElseThrow();
        Object den = values.get(i.denominator());
        if (!(den instanceof Number d) || !values.containsKey(i.numerator())) {
            throw new IllegalStateException("示例模板缺少 " + indicator + " 的分子或分母");
        }
        long bad = Math.round(d.doubleValue() * 1.2) + 3;
        Object before = values.put(i.numerator(), bad);
        return i.numerator() + " 填为 " + bad + "（原为 " + before + "），大于 " + i.denominator() + " " + den;
    }

    /** A code with its last two digits mistyped, guaranteed not to exist. */
    private String wrongCode(String code) {
        Set<String> taken = registry.stream().map(HospitalVersion::code).collect(Collectors.toSet());
        catalog.regions().forEach(r -> taken.add(r.code()));
        String head = code.substring(0, code.length() - 2);
        for (int n = 99; n > 0; n--) {
            String c = head + String.format("%02d", n);
            if (!taken.contains(c)) {
                return c;
            }
        }
        return code + "X";
    }

    /** Arrival between day {@code fromDay} and {@code toDay} after the quarter's end, in office hours. */
    private Instant arrival(Slot s, int fromDay, int toDay) {
        LocalDate end = s.period().end();
        int day = fromDay + (int) Math.floor(draws.unit("arrival-day", s.code(), s.period().code(), String.valueOf(fromDay))
                * (toDay - fromDay + 1));
        int minute = 8 * 60 + 30 + (int) Math.floor(draws.unit("arrival-minute", s.code(), s.period().code()) * 9 * 60);
        return end.plusDays(day).atTime(LocalTime.of(minute / 60, minute % 60)).atZone(ZONE).toInstant();
    }

    private String fileName(Slot s) {
        Periods p = s.period();
        String n = s.name();
        if (!s.hospital()) {
            return draws.unit("name", s.code()) < 0.5 ? n + p.label() + "区域卫生健康数据.xlsx"
                    : p.year() + "年" + p.quarter() + "季度" + n + "卫生健康统计.xlsx";
        }
        int style = (int) Math.floor(draws.unit("name", s.code(), p.code()) * 5);
        return switch (style) {
            case 0 -> n + p.year() + "年第" + "一二三四".charAt(p.quarter() - 1) + "季度报表.xlsx";
            case 1 -> n + p.label() + "高质量发展监测数据.xlsx";
            case 2 -> s.code() + "_" + p.code() + "_" + n + ".xlsx";
            case 3 -> n + "-" + p.year() + "Q" + p.quarter() + ".xlsx";
            default -> p.year() + "年" + p.quarter() + "季度" + n + "填报表（终稿）.xlsx";
        };
    }
}
