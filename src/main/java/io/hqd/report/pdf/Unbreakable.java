package io.hqd.report.pdf;

import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Text as the packs print it: a line may not break inside a code ("（YB-P3-\n09，确定）") or a date, between a comparison
 * sign and its value ("≥\n80.00%"), nor between a status symbol and its word ("×\n未达标"). Jasper breaks lines
 * where Java's line BreakIterator allows, which is after every hyphen and at every space; a non-breaking hyphen
 * (U+2011) and a no-break space (U+00A0), both in the embedded font, look the same on paper and allow no break.
 */
final class Unbreakable {
    /** A hyphen inside a code (YB-P3-09, PZH14-123: after a run starting with a letter) or a date (2025-12-31). */
    private static final Pattern CODE_HYPHEN = Pattern.compile(
            "(?<=[A-Za-z][A-Za-z0-9]{0,12})-(?=[A-Za-z0-9])|(?<=\\b\\d{4})-(?=\\d{2}-\\d{2}\\b)|(?<=\\b\\d{4}-\\d{2})-(?=\\d{2}\\b)");
    /** The space after a comparison sign before its value, or after a status symbol before its word (× 未达标). */
    private static final Pattern SIGN_SPACE = Pattern.compile("(?<=[≥≤＞＜><=]) (?=[0-9-])|(?<=[✓○△×—]) (?=\\p{IsHan})");

    private Unbreakable() {
    }

    static String text(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        // most texts have neither a hyphen nor a space: skip the look-behind patterns, which the fill calls for every field
        String joined = s.indexOf('-') < 0 ? s : CODE_HYPHEN.matcher(s).replaceAll("\u2011");
        return joined.indexOf(' ') < 0 ? joined : SIGN_SPACE.matcher(joined).replaceAll("\u00a0");
    }

    /** Every text field of the rows, made unbreakable where it must not break. */
    static JRDataSource rows(JRDataSource rows) {
        return new JRDataSource() {
            @Override
            public boolean next() throws JRException {
                return rows.next();
            }

            @Override
            public Object getFieldValue(JRField field) throws JRException {
                Object v = rows.getFieldValue(field);
                return v instanceof String s ? text(s) : v;
            }
        };
    }
}
