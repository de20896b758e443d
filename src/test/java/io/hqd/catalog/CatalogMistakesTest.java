package io.hqd.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statistician's typical mistakes in an editable catalog folder: each one is reported with the
 * file, the line and the field to fix, and nothing is loaded.
 */
class CatalogMistakesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyShippedCatalog() throws IOException {
        CatalogLoader.copyBundledTo(dir);
    }

    @Test
    void theUntouchedCopyLoads() {
        assertThat(CatalogLoader.load(dir).targets()).isNotEmpty();
    }

    @Test
    void unknownIndicator() throws IOException {
        long line = editTarget("YA2022-07", cols -> set(cols, "indicator", "day_surgery_rate"));
        assertProblem("targets.csv", line, "indicator", "day_surgery_rate");
    }

    @Test
    void badKind() throws IOException {
        long line = editTarget("YA2022-07", cols -> set(cols, "kind", "rate"));
        assertProblem("targets.csv", line, "kind", "rate");
    }

    @Test
    void missingValueForKind() throws IOException {
        long approx = editTarget("YA2022-01", cols -> set(cols, "tolerance", ""));
        long each = editTarget("YA2022-08", cols -> set(cols, "value", ""));
        long range = editTarget("PZH2018-02", cols -> set(cols, "value_high", ""));
        List<CatalogProblem> problems = problems();
        assertThat(problems).anySatisfy(p -> located(p, "targets.csv", approx, "tolerance"));
        assertThat(problems).anySatisfy(p -> located(p, "targets.csv", each, "value"));
        assertThat(problems).anySatisfy(p -> located(p, "targets.csv", range, "value_high"));
    }

    @Test
    void unknownComparatorIsAProblemNamingTheAllowedSpellings() throws IOException {
        long op = editTarget("YA2022-07", cols -> set(cols, "op", "=>"));
        long condition = editTarget("YA2022-08", cols -> set(cols, "condition_op", "up"));
        List<CatalogProblem> problems = problems();
        assertThat(problems).anySatisfy(p -> {
            located(p, "targets.csv", op, "op");
            assertThat(p.toString()).contains("「=>」不是允许的比较符", ">= / <= / > / < / = / up / down / top");
        });
        assertThat(problems).anySatisfy(p -> {
            located(p, "targets.csv", condition, "condition_op");
            assertThat(p.toString()).contains("「up」不是允许的比较符（>= / <= / > / < / =）");
        });
    }

    @Test
    void badNumber() throws IOException {
        long line = editTarget("YA2022-07", cols -> set(cols, "value", "百分之二十"));
        assertProblem("targets.csv", line, "value", "不是数字");
    }

    @Test
    void badDate() throws IOException {
        long line = editTarget("PZH2018-03", cols -> set(cols, "deadline", "2020年底"));
        assertProblem("targets.csv", line, "deadline", "YYYY-MM-DD");
    }

    @Test
    void duplicateTargetCode() throws IOException {
        long line = editTarget("YA2022-08", cols -> set(cols, "target_code", "YA2022-07"));
        assertProblem("targets.csv", line, "target_code", "YA2022-07");
    }

    @Test
    void badRegionInTargetAndInRegionsFile() throws IOException {
        long target = editTarget("YA2022-07", cols -> set(cols, "scope_region", "519999"));
        long region = editLine("regions.csv", l -> l.startsWith("511802,"), l -> l.replace(",511800", ",519900"));
        List<CatalogProblem> problems = problems();
        assertThat(problems).anySatisfy(p -> located(p, "targets.csv", target, "scope_region"));
        assertThat(problems).anySatisfy(p -> located(p, "regions.csv", region, "parent_code"));
    }

    @Test
    void unknownNamedHospital() throws IOException {
        long line = editTarget("YB-P3-01", cols -> set(cols, "scope_hospitals", "H51150001|H51159999"));
        assertProblem("targets.csv", line, "scope_hospitals", "H51159999");
    }

    @Test
    void stretchWordInNatureColumn() throws IOException {
        long line = editTarget("YA2022-07", cols -> set(cols, "nature", "争取"));
        assertProblem("targets.csv", line, "nature", "争取");
    }

    @Test
    void missingColumnsOnOneRow() throws IOException {
        long line = editLine("targets.csv", l -> l.startsWith("YA2022-07,"), l -> l.substring(0, l.indexOf(",each,")));
        assertProblem("targets.csv", line, "(整行)", "列数");
    }

    @Test
    void textAfterAClosingQuote() throws IOException {
        long line = editLine("targets.csv", l -> l.startsWith("YA2022-07,"),
                l -> l.replace(",each,", ",\"each\"x,"));
        assertProblem("targets.csv", line, "(整行)", "引号");
    }

    @Test
    void unclosedQuote() throws IOException {
        long line = editLine("targets.csv", l -> l.startsWith("YA2022-07,"), l -> l.replace(",each,", ",\"each,"));
        assertProblem("targets.csv", line, "(整行)", "引号");
    }

    // --- helpers -------------------------------------------------------------------------------

    private List<CatalogProblem> problems() {
        try {
            CatalogLoader.load(dir);
        } catch (CatalogException e) {
            assertThat(e.getMessage()).contains("计划目录有");
            return e.problems();
        }
        throw new AssertionError("the catalog loaded although it has a mistake");
    }

    private void assertProblem(String file, long line, String field, String messagePart) {
        assertThatThrownBy(() -> CatalogLoader.load(dir)).isInstanceOf(CatalogException.class);
        assertThat(problems()).anySatisfy(p -> {
            located(p, file, line, field);
            assertThat(p.message()).contains(messagePart);
        });
    }

    private static void located(CatalogProblem p, String file, long line, String field) {
        assertThat(p.file()).endsWith(file);
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.field()).isEqualTo(field);
    }

    /** Rewrites the row of one target through its columns; returns the row's line number. */
    private long editTarget(String code, UnaryOperator<List<String>> change) throws IOException {
        return editLine("targets.csv", l -> l.startsWith(code + ","), l -> String.join(",",
                change.apply(splitSimple(l)).stream().map(CatalogMistakesTest::quote).toList()));
    }

    private long editLine(String file, java.util.function.Predicate<String> which, UnaryOperator<String> change)
            throws IOException {
        Path p = dir.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (which.test(lines.get(i))) {
                lines.set(i, change.apply(lines.get(i)));
                Files.write(p, lines, StandardCharsets.UTF_8);
                return i + 1;
            }
        }
        throw new AssertionError("no such line in " + file);
    }

    private static List<String> set(List<String> cols, String column, String value) {
        cols.set(CatalogLoader.TARGET_COLUMNS.indexOf(column), value);
        return cols;
    }

    /** Splits one RFC 4180 line (no embedded line breaks in the shipped rows). */
    private static List<String> splitSimple(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String quote(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
