package io.hqd.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * Typed access to one catalog CSV row. Every failed conversion is recorded as a problem naming
 * file, line and field, and a neutral value is returned so that loading can go on and report
 * all problems in one pass.
 */
final class CsvRow {
    private final String file;
    private final CSVRecord record;
    private final List<CatalogProblem> problems;

    CsvRow(String file, CSVRecord record, List<CatalogProblem> problems) {
        this.file = file;
        this.record = record;
        this.problems = problems;
    }

    long line() {
        // +1: the header is line 1 of the file.
        return record.getRecordNumber() + 1;
    }

    void problem(String field, String message) {
        problems.add(new CatalogProblem(file, line(), field, message));
    }

    String text(String field) {
        if (!record.isMapped(field) || !record.isSet(field)) {
            return "";
        }
        return record.get(field).strip();
    }

    String required(String field) {
        String v = text(field);
        if (v.isEmpty()) {
            problem(field, "不能为空");
        }
        return v;
    }

    String optional(String field) {
        String v = text(field);
        return v.isEmpty() ? null : v;
    }

    Double decimal(String field) {
        String v = text(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            problem(field, "「" + v + "」不是数字");
            return null;
        }
    }

    Integer integer(String field) {
        String v = text(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problem(field, "「" + v + "」不是整数");
            return null;
        }
    }

    LocalDate date(String field) {
        String v = text(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(field, "「" + v + "」不是日期（应为 YYYY-MM-DD）");
            return null;
        }
    }

    /** A value from a closed list; blank allowed only when {@code allowBlank}. */
    String oneOf(String field, Set<String> allowed, boolean allowBlank) {
        String v = text(field);
        if (v.isEmpty()) {
            if (!allowBlank) {
                problem(field, "不能为空，应为 " + String.join(" / ", allowed) + " 之一");
            }
            return v.isEmpty() ? null : v;
        }
        if (!allowed.contains(v)) {
            problem(field, "「" + v + "」不是允许的取值（" + String.join(" / ", allowed) + "）");
        }
        return v;
    }

    /** Blank, or one or more values of a closed list separated by {@code |} ("综合|中医": either). */
    String anyOf(String field, Set<String> allowed) {
        List<String> values = list(field);
        for (String v : values) {
            if (!allowed.contains(v)) {
                problem(field, "「" + v + "」不是允许的取值（" + String.join(" / ", allowed) + "，多个取值用 | 分隔）");
            }
        }
        return values.isEmpty() ? null : String.join("|", values);
    }

    List<String> list(String field) {
        String v = text(field);
        if (v.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
