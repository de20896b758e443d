package io.hqd.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the catalog CSV files from a folder (a home's editable copy) or from the copy shipped in
 * the jar, and validates them. Every problem is reported with file, line and field; nothing is
 * loaded when there is any problem.
 */
public final class CatalogLoader {

    public static final List<String> FILES =
            List.of("regions.csv", "named-hospitals.csv", "indicators.csv", "plans.csv", "targets.csv");

    static final List<String> REGION_COLUMNS = List.of("code", "name", "level", "parent_code");
    static final List<String> HOSPITAL_COLUMNS =
            List.of("code", "name", "region_code", "tier", "grade", "type", "ownership", "admin_level", "note");
    static final List<String> INDICATOR_COLUMNS = List.of("code", "kind", "name", "aliases", "unit", "level",
            "numerator", "denominator", "scale", "direction", "aggregation", "period_aggregation", "decimals",
            "framework", "version", "valid_from", "valid_to", "national_monitor", "definition");
    static final List<String> PLAN_COLUMNS = List.of("plan_code", "title", "issuer", "doc_number",
            "jurisdiction_code", "issued_on", "start_year", "end_year", "source_file");
    public static final List<String> TARGET_COLUMNS = List.of("target_code", "plan_code", "indicator", "kind",
            "scope_region", "scope_tier", "scope_grade", "scope_type", "scope_ownership", "scope_admin_level",
            "scope_hospitals", "evaluate_at", "condition_op", "condition_value", "op", "value", "value_high",
            "tolerance", "deadline", "baseline_year", "baseline_value", "target_year", "nature", "clause",
            "quote", "reading");
    /** Columns added later: read when present, so a home's older catalog copy still loads. */
    public static final List<String> OPTIONAL_TARGET_COLUMNS = List.of("scope_area", "responsible", "repeat");

    static final Set<String> TIERS = Set.of("三级", "二级", "一级");
    static final Set<String> SCOPE_TIERS = Set.of("三级", "二级", "一级", "二级以上", "二级甲等以上");
    static final Set<String> SCOPE_AREAS = Set.of("城区", "县");
    static final Set<String> GRADES = Set.of("甲", "乙", "未定");
    static final Set<String> TYPES = Set.of("综合", "中医", "专科", "妇幼");
    static final Set<String> OWNERSHIPS = Set.of("公立", "民营");
    static final Set<String> ADMIN_LEVELS = Set.of("省", "市", "县");
    static final Set<String> NATURES = Set.of("约束性", "预期性", "力争", "确定");

    private final List<CatalogProblem> problems = new ArrayList<>();

    /** Loads from {@code dir} when it holds a catalog, else from the copy shipped with hqd. */
    public static Catalog load(Path dir) {
        if (dir != null && Files.isRegularFile(dir.resolve("targets.csv"))) {
            return new CatalogLoader().loadFrom(name -> {
                try {
                    return Files.newInputStream(dir.resolve(name));
                } catch (IOException e) {
                    throw new UncheckedIOException("无法读取计划目录文件 " + dir.resolve(name), e);
                }
            }, dir.toString());
        }
        return loadBundled();
    }

    public static Catalog loadBundled() {
        return new CatalogLoader().loadFrom(name -> {
            InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream("catalog/" + name);
            if (in == null) {
                throw new IllegalStateException("hqd 安装包中缺少计划目录文件 catalog/" + name);
            }
            return in;
        }, "(内置)");
    }

    /** Copies the shipped catalog into {@code dir} so a statistician can edit it. */
    public static void copyBundledTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : FILES) {
            try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream("catalog/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("hqd 安装包中缺少计划目录文件 catalog/" + name);
                }
                Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    Catalog loadFrom(Function<String, InputStream> open, String origin) {
        List<Region> regions = read(open, origin, "regions.csv", REGION_COLUMNS, this::region);
        List<NamedHospital> hospitals = read(open, origin, "named-hospitals.csv", HOSPITAL_COLUMNS, this::hospital);
        List<Indicator> indicators = read(open, origin, "indicators.csv", INDICATOR_COLUMNS, this::indicator);
        List<Plan> plans = read(open, origin, "plans.csv", PLAN_COLUMNS, this::plan);
        List<Target> targets = read(open, origin, "targets.csv", TARGET_COLUMNS, this::target);
        if (wrongEncoding) {
            throw new CatalogException(problems); // the rows were not read: checking them would only add noise
        }
        Catalog catalog = new Catalog(regions, hospitals, indicators, plans, targets);
        new CatalogRules(problems, origin).check(catalog, lines);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return catalog;
    }

    /** A file was not UTF-8: its rows were not read. */
    private boolean wrongEncoding;

    /** Line number of each loaded item, for problems found after parsing (references, duplicates). */
    private final Map<Object, Long> lines = new java.util.IdentityHashMap<>();

    private <T> List<T> read(Function<String, InputStream> open, String origin, String name,
                             List<String> columns, Function<CsvRow, T> mapper) {
        String file = origin + "/" + name;
        List<T> out = new ArrayList<>();
        byte[] bytes;
        try (InputStream in = skipBom(open.apply(name))) {
            bytes = in.readAllBytes();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new CatalogProblem(file, 0, "(文件)", "无法读取：" + e.getMessage()));
            return out;
        }
        String encodingProblem = CatalogEncoding.problem(bytes);
        if (encodingProblem != null) {
            problems.add(new CatalogProblem(file, 0, "(文件)", encodingProblem));
            wrongEncoding = true;
            return out;
        }
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            Set<String> header = new HashSet<>(parser.getHeaderNames());
            for (String c : columns) {
                if (!header.contains(c)) {
                    problems.add(new CatalogProblem(file, 1, c, "表头缺少此列"));
                }
            }
            long lastLine = 1;
            try {
                for (CSVRecord record : parser) {
                    CsvRow row = new CsvRow(file, record, problems);
                    lastLine = row.line();
                    if (!record.isConsistent()) {
                        row.problem("(整行)", "列数为 " + record.size() + "，与表头的 " + parser.getHeaderNames().size() + " 列不一致");
                        continue;
                    }
                    T item = mapper.apply(row);
                    lines.put(item, row.line());
                    out.add(item);
                }
            } catch (UncheckedIOException e) {
                // The parser gives up at the broken row; name that row rather than the whole file.
                problems.add(new CatalogProblem(file, lastLine + 1, "(整行)",
                        "引号不配对或引号外有多余字符，从此行起无法读取（含英文双引号的内容须整格用双引号括起，内部双引号写两次）："
                                + e.getMessage()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new CatalogProblem(file, 0, "(文件)", "无法读取：" + e.getMessage()));
        }
        return out;
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
        byte[] b = new byte[3];
        int n = p.readNBytes(b, 0, 3);
        if (!(n == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
            p.unread(b, 0, n);
        }
        return p;
    }

    private Region region(CsvRow r) {
        String level = r.oneOf("level", Set.of("province", "city", "county"), false);
        return new Region(r.required("code"), r.required("name"),
                level == null || !Set.of("province", "city", "county").contains(level) ? Region.Level.county : Region.Level.valueOf(level),
                r.optional("parent_code"));
    }

    private NamedHospital hospital(CsvRow r) {
        return new NamedHospital(r.required("code"), r.required("name"), r.required("region_code"),
                r.oneOf("tier", TIERS, false), r.oneOf("grade", GRADES, false), r.oneOf("type", TYPES, false),
                r.oneOf("ownership", OWNERSHIPS, false), r.oneOf("admin_level", ADMIN_LEVELS, false), r.optional("note"));
    }

    private Indicator indicator(CsvRow r) {
        Indicator.Kind kind = enumValue(r, "kind", Indicator.Kind.class, Indicator.Kind.element);
        Double scale = r.decimal("scale");
        Integer decimals = r.integer("decimals");
        return new Indicator(r.required("code"), kind, r.required("name"), r.list("aliases"), r.optional("unit"),
                enumValue(r, "level", Indicator.Level.class, Indicator.Level.hospital),
                r.optional("numerator"), r.optional("denominator"), scale == null ? 1.0 : scale,
                enumValue(r, "direction", Indicator.Direction.class, Indicator.Direction.monitor),
                enumValue(r, "aggregation", Indicator.Aggregation.class, Indicator.Aggregation.sum),
                enumValue(r, "period_aggregation", Indicator.PeriodAggregation.class, Indicator.PeriodAggregation.sum),
                decimals == null ? 2 : decimals, r.optional("framework"), r.text("version").isEmpty() ? "1" : r.text("version"),
                r.integer("valid_from"), r.integer("valid_to"), r.text("national_monitor").contains("▲"),
                r.optional("definition"));
    }

    private Plan plan(CsvRow r) {
        return new Plan(r.required("plan_code"), r.required("title"), r.optional("issuer"), r.optional("doc_number"),
                r.required("jurisdiction_code"), r.date("issued_on"), r.integer("start_year"), r.integer("end_year"),
                r.optional("source_file"));
    }

    private Target target(CsvRow r) {
        Target.Scope scope = new Target.Scope(r.optional("scope_region"), r.oneOf("scope_tier", SCOPE_TIERS, true),
                r.anyOf("scope_grade", GRADES), r.anyOf("scope_type", TYPES),
                r.oneOf("scope_ownership", OWNERSHIPS, true), r.oneOf("scope_admin_level", ADMIN_LEVELS, true),
                r.list("scope_hospitals"), r.oneOf("scope_area", SCOPE_AREAS, true));
        return new Target(r.required("target_code"), r.required("plan_code"), r.required("indicator"),
                enumValue(r, "kind", Target.Kind.class, null), scope,
                enumValue(r, "evaluate_at", Target.EvaluateAt.class, Target.EvaluateAt.hospital),
                comparator(r, "condition_op", Comparator.numeric()), r.decimal("condition_value"),
                comparator(r, "op", List.of(Comparator.values())), r.decimal("value"), r.decimal("value_high"), r.decimal("tolerance"),
                r.date("deadline"), r.integer("baseline_year"), r.decimal("baseline_value"), r.integer("target_year"),
                r.oneOf("nature", NATURES, false), r.optional("clause"), r.required("quote"), r.optional("reading"),
                r.optional("responsible"), enumValue(r, "repeat", Target.Repeat.class, Target.Repeat.once));
    }

    /** A comparator column: blank, or one of {@code allowed} in its catalog spelling. */
    private static Comparator comparator(CsvRow r, String field, List<Comparator> allowed) {
        String v = r.text(field);
        Comparator c = allowed.stream().filter(a -> a.spelling().equals(v)).findFirst().orElse(null);
        if (c == null && !v.isEmpty()) {
            r.problem(field, "「" + v + "」不是允许的比较符（" + Comparator.spellings(allowed) + "）");
        }
        return c;
    }

    private static <E extends Enum<E>> E enumValue(CsvRow r, String field, Class<E> type, E fallback) {
        String v = r.text(field);
        if (v.isEmpty()) {
            if (fallback == null) {
                r.problem(field, "不能为空");
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : " / ").append(c.name());
            }
            r.problem(field, "「" + v + "」不是允许的取值（" + allowed + "）");
            return fallback;
        }
    }
}
