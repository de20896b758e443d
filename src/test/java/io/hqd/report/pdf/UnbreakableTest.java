package io.hqd.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Where Java's line breaking (Jasper's) may break a pack's text, before and after it is made unbreakable. */
class UnbreakableTest {
    @Test
    void aCodeADateAndAComparisonHoldTogetherButPlainTextDoesNotChange() {
        String label = "综合或中医 医院等级评审等次（序数） ≥ 4（YB-P3-09，确定）";
        assertThat(pieces(label)).contains("（YB-", "P3-"); // Java breaks after each hyphen
        List<String> after = pieces(Unbreakable.text(label));
        assertThat(after).contains("≥\u00a04", "（YB\u2011P3\u201109，").noneMatch(p -> p.endsWith("-") || p.endsWith("\u2011"));
        assertThat(Unbreakable.text("PZH14-123")).isEqualTo("PZH14\u2011123");
        assertThat(Unbreakable.text("止于 2025-12-31；")).isEqualTo("止于 2025\u201112\u201131；");
        assertThat(Unbreakable.text("2021—2025 年")).isEqualTo("2021—2025 年");
        assertThat(Unbreakable.text("评价符号：✓ 达标　× 未达标")).isEqualTo("评价符号：✓\u00a0达标　×\u00a0未达标");
        assertThat(Unbreakable.text("较上期 -1.2")).isEqualTo("较上期 -1.2");
        assertThat(Unbreakable.text(null)).isNull();
    }

    private static List<String> pieces(String s) {
        BreakIterator b = BreakIterator.getLineInstance(Locale.CHINA);
        b.setText(s);
        List<String> out = new ArrayList<>();
        for (int start = b.first(), end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) {
            out.add(s.substring(start, end));
        }
        return out;
    }
}
