package io.hqd.home;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.hqd.registry.HospitalVersion;

/**
 * The hospital registry as statisticians keep it: an Excel sheet or a CSV file (UTF-8, or GB18030 as
 * Excel saves it on Chinese Windows), one row per hospital and validity interval, with the columns of
 * {@link #COLUMNS} under their Chinese or English headers. Every row is checked; a mistake names the
 * file, row and column, and nothing is imported until the whole file is right.
 */
public final class RegistryImport {

    /** Column: English header (registry/hospitals.csv), Chinese header (the template), allowed values. */
    public record Column(String key, String chinese, Set<String> allowed, boolean required) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("code", "机构代码", Set.of(), true),
            new Column("name", "机构名称", Set.of(), true),
            new Column("region_code", "所在区划代码", Set.of(), true),
            new Column("valid_from", "启用日期", Set.of(), true),
            new Column("valid_to", "停用日期", Set.of(), false),
            new Column("tier", "级别", Set.of("三级", "二级", "一级"), true),
            new Column("grade", "等次", Set.of("甲", "乙", "未定"), true),
            new Column("type", "类别", Set.of("综合", "中医", "专科", "妇幼"), true),
            new Column("ownership", "所有制", Set.of("公立", "民营"), true),
            new Column("admin_level", "行政级别", Set.of("省", "市", "县"), true));

    /** A registry file with mistakes: every one of them, each naming file, row and column. */
    public static final class RegistryException extends RuntimeException {
        private final List<String> problems;

        public RegistryException(Path file, List<String> problems) {
            super("医院名录 " + file.getFileName() + " 有 " + problems.size() + " 处错误，未导入：\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(20, problems.size())))
                    + (problems.size() > 20 ? "\n  ……（共 " + problems.size() + " 处）" : ""));
            this.problems = problems;
        }

        public List<String> problems() {
            return problems;
        }
    }

    private RegistryImport() {
    }

    /** Reads and checks a registry; {@code regionCodes} are the regions the catalog knows. */
    public static List<HospitalVersion> read(Path file, Set<String> regionCodes) {
        List<Map<String, String>> rows = file.getFileName().toString().toLowerCase().matches(".*\\.(xlsx|xls)$")
                ? readWorkbook(file) : readCsv(file);
        List<String> problems = new ArrayList<>();
        List<HospitalVersion> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        int line = 1;
        for (Map<String, String> row : rows) {
            line++;
            if (row.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            int before = problems.size();
            for (Column c : COLUMNS) {
                String v = row.getOrDefault(c.key(), "");
                if (c.required() && v.isBlank()) {
                    problems.add("第 " + line + " 行「" + c.chinese() + "」为空");
                } else if (!c.allowed().isEmpty() && !v.isBlank() && !c.allowed().contains(v)) {
                    problems.add("第 " + line + " 行「" + c.chinese() + "」为「" + v + "」，应为 " + String.join("、", c.allowed()) + " 之一");
                }
            }
            String code = row.getOrDefault("code", "");
            if (!code.isBlank() && !code.matches("H\\d{8}")) {
                problems.add("第 " + line + " 行「机构代码」为「" + code + "」，应为 H 加 8 位数字（所在区划代码 6 位 + 序号 2 位），例如 H51180001");
            }
            String region = row.getOrDefault("region_code", "");
            if (!region.isBlank() && !regionCodes.contains(region)) {
                problems.add("第 " + line + " 行「所在区划代码」「" + region + "」不在计划目录的区划中（hqd catalog list regions）");
            }
            LocalDate from = date(row.get("valid_from"), line, "启用日期", problems);
            LocalDate to = date(row.get("valid_to"), line, "停用日期", problems);
            if (from != null && to != null && !to.isAfter(from)) {
                problems.add("第 " + line + " 行「停用日期」早于或等于「启用日期」");
            }
            if (!seen.add(code + "|" + row.get("valid_from"))) {
                problems.add("第 " + line + " 行：机构 " + code + " 自 " + row.get("valid_from") + " 起的记录重复");
            }
            if (problems.size() == before) {
                out.add(new HospitalVersion(code, row.get("name"), region, from, to, row.get("tier"), row.get("grade"),
                        row.get("type"), row.get("ownership"), row.get("admin_level")));
            }
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add("没有任何机构行（第一行应为表头：" + String.join("、", COLUMNS.stream().map(Column::chinese).toList()) + "）");
        }
        if (!problems.isEmpty()) {
            throw new RegistryException(file, problems);
        }
        return out;
    }

    private static LocalDate date(String v, int line, String column, List<String> problems) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            problems.add("第 " + line + " 行「" + column + "」为「" + v + "」，应为日期，例如 2024-01-01");
            return null;
        }
    }

    /** Header → column key, accepting the English key or the Chinese name. */
    private static String key(String header) {
        String h = header.strip().replace("\uFEFF", "");
        for (Column c : COLUMNS) {
            if (c.key().equalsIgnoreCase(h) || c.chinese().equals(h)) {
                return c.key();
            }
        }
        return null;
    }

    private static List<Map<String, String>> readCsv(Path file) {
        try {
            String text = decode(Files.readAllBytes(file), file);
            List<Map<String, String>> rows = new ArrayList<>();
            List<String> keys = null;
            for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text))) {
                if (keys == null) {
                    keys = new ArrayList<>();
                    for (String h : r) {
                        keys.add(key(h));
                    }
                    requireHeaders(keys, file);
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < keys.size() && i < r.size(); i++) {
                    if (keys.get(i) != null) {
                        row.put(keys.get(i), r.get(i).strip());
                    }
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取医院名录 " + file + "：" + e.getMessage(), e);
        }
    }

    /** UTF-8 when the bytes are UTF-8, else GB18030 (Excel's "CSV" on Chinese Windows); said in the log either way. */
    static String decode(byte[] bytes, Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("医院名录 " + file.getFileName()
                        + " 的编码无法识别（既不是 UTF-8 也不是 GB18030）。请在 Excel 中另存为“CSV UTF-8”或直接使用 .xlsx。");
            }
        }
    }

    private static List<Map<String, String>> readWorkbook(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            List<Map<String, String>> rows = new ArrayList<>();
            List<String> keys = null;
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (keys == null) {
                    if (row == null) {
                        continue;
                    }
                    keys = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        keys.add(cell == null ? null : key(fmt.formatCellValue(cell)));
                    }
                    requireHeaders(keys, file);
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < keys.size(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (keys.get(c) != null) {
                        values.put(keys.get(c), text(cell, fmt));
                    }
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RegistryException re) {
                throw re;
            }
            throw new IllegalArgumentException("无法读取医院名录 " + file.getFileName() + "：文件不是可读的 Excel 工作簿（"
                    + e.getClass().getSimpleName() + "）", e);
        }
    }

    private static String text(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return fmt.formatCellValue(cell).strip();
    }

    private static void requireHeaders(List<String> keys, Path file) {
        List<String> missing = COLUMNS.stream().filter(Column::required).filter(c -> !keys.contains(c.key()))
                .map(Column::chinese).toList();
        if (!missing.isEmpty()) {
            throw new RegistryException(file, List.of("第 1 行（表头）缺少列：" + String.join("、", missing)
                    + "。请使用 hqd init --registry-template 生成的模板"));
        }
    }

    /** An Excel template with the Chinese headers, the allowed values and one example row. */
    public static void writeTemplate(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("医院名录");
            Row head = sheet.createRow(0);
            Row example = sheet.createRow(1);
            String[] sample = {"H51180001", "雅安市人民医院", "511800", "2018-01-01", "", "三级", "甲", "综合", "公立", "市"};
            for (int i = 0; i < COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(COLUMNS.get(i).chinese());
                example.createCell(i).setCellValue(sample[i]);
                sheet.setColumnWidth(i, 16 * 256);
            }
            Sheet help = wb.createSheet("填写说明");
            int r = 0;
            help.createRow(r++).createCell(0).setCellValue("每行一家医疗机构的一段有效期；机构升级（如二级升三级）时，旧行填停用日期，新增一行从同一天启用。");
            for (Column c : COLUMNS) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(c.chinese() + "（" + c.key() + "）");
                row.createCell(1).setCellValue((c.required() ? "必填" : "可空") + (c.allowed().isEmpty() ? ""
                        : "；可选值：" + String.join("、", new java.util.TreeSet<>(c.allowed()))));
            }
            help.setColumnWidth(0, 24 * 256);
            help.setColumnWidth(1, 60 * 256);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
