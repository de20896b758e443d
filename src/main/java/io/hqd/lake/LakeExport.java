package io.hqd.lake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the warehouse's staged values, marts and reference tables as a lake: Parquet files, the
 * period/region tables hive-partitioned ({@code period_code=2026Q3/region_code=511802/…}), plus
 * {@value #SCHEMA_FILE} describing every table's columns and types, so Spark, Trino or DuckDB on
 * another machine read them unchanged. Each table is one select in {@code resources/lake/<name>.sql}.
 * The lake is written beside the target folder and moved into place at the end: an interrupted
 * export leaves the previous lake (or nothing), never half of one.
 */
public final class LakeExport {
    /** The schema description; its leading underscore makes Spark and Hive skip it as data. */
    public static final String SCHEMA_FILE = "_schema.json";
    public static final List<String> PARTITION_COLUMNS = List.of("period_code", "region_code");

    /** One exported table: partitioned by period and region, or a single file of reference data. */
    public record LakeTable(String name, boolean partitioned) {
        String select() {
            try (InputStream in = LakeExport.class.getResourceAsStream("/lake/" + name + ".sql")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static final List<LakeTable> TABLES = List.of(
            new LakeTable("staged_value", true), new LakeTable("indicator_value", true),
            new LakeTable("evaluation", true), new LakeTable("completeness", true),
            new LakeTable("region", false), new LakeTable("hospital", false),
            new LakeTable("target", false), new LakeTable("period", false));

    /** Rows written per table. */
    public record Result(Path dir, Map<String, Long> rows) {
    }

    /** The target folder holds something that is not a previous lake: refused, nothing is touched. */
    public static final class NotALakeException extends IllegalStateException {
        NotALakeException(Path dir) {
            super("目录 " + dir + " 不是空目录，也不是以前导出的数据湖（缺少 " + SCHEMA_FILE + "），为免覆盖其他文件，未做任何改动。请指定新目录。");
        }
    }

    private LakeExport() {
    }

    public static Result export(DSLContext dsl, Path target) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        if (Files.isDirectory(dir) && !isEmpty(dir) && !Files.isRegularFile(dir.resolve(SCHEMA_FILE))) {
            throw new NotALakeException(dir);
        }
        Path staging = dir.resolveSibling("." + dir.getFileName() + ".writing");
        deleteTree(staging);
        Files.createDirectories(staging);
        Map<String, Long> rows = new LinkedHashMap<>();
        List<Map<String, Object>> tables = new ArrayList<>();
        for (LakeTable t : TABLES) {
            String select = t.select();
            long n = dsl.fetchValue(DSL.field("(SELECT count(*) FROM (" + select + "))", Long.class));
            rows.put(t.name(), n);
            Path out = staging.resolve(t.name());
            if (t.partitioned()) {
                dsl.execute("COPY (" + select + ") TO " + literal(out) + " (FORMAT parquet, PARTITION_BY ("
                        + String.join(", ", PARTITION_COLUMNS) + "), COMPRESSION zstd)");
            } else {
                Files.createDirectories(out);
                dsl.execute("COPY (" + select + ") TO " + literal(out.resolve("data.parquet")) + " (FORMAT parquet, COMPRESSION zstd)");
            }
            tables.add(describe(dsl, t, select, n));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("format", "parquet");
        schema.put("partitioning", "hive");
        schema.put("partition_columns_are", "VARCHAR (read with hive_types_autocast = false, or declare them as string)");
        schema.put("exported_at", LocalDateTime.now().withNano(0).toString());
        schema.put("tables", tables);
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValue(staging.resolve(SCHEMA_FILE).toFile(), schema);
        deleteTree(dir);
        Files.createDirectories(dir.getParent());
        Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        return new Result(dir, rows);
    }

    private static Map<String, Object> describe(DSLContext dsl, LakeTable t, String select, long rows) {
        List<Map<String, String>> columns = new ArrayList<>();
        for (Record r : dsl.fetch("DESCRIBE " + select)) {
            Map<String, String> c = new LinkedHashMap<>();
            c.put("name", r.get("column_name", String.class));
            c.put("type", r.get("column_type", String.class));
            columns.add(c);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("description", select.lines().takeWhile(l -> l.startsWith("--"))
                .map(l -> l.substring(2).strip()).reduce((a, b) -> a + " " + b).orElse(""));
        m.put("path", t.partitioned() ? t.name() + "/period_code=*/region_code=*/*.parquet" : t.name() + "/data.parquet");
        m.put("partition_by", t.partitioned() ? PARTITION_COLUMNS : List.of());
        m.put("rows", rows);
        m.put("columns", columns);
        return m;
    }

    private static String literal(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
