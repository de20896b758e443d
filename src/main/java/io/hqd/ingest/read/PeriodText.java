package io.hqd.ingest.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a quarter in text as people write it: 2026Q3, 2026年第三季度, 2026年7-9月. */
public final class PeriodText {
    private static final Pattern CODE = Pattern.compile("(20\\d{2})\\s*[Qq]\\s*([1-4])");
    private static final Pattern QUARTER = Pattern.compile("(20\\d{2})\\s*年?\\s*第?\\s*([一二三四1-4])\\s*季(度)?");
    private static final Pattern MONTHS = Pattern.compile("(20\\d{2})\\s*年\\s*(\\d{1,2})\\s*[-—~至到]\\s*(\\d{1,2})\\s*月");

    private PeriodText() {
    }

    /** The period code (2026Q3) the text names, or null. */
    public static String find(String text) {
        String s = NumberText.normalize(text);
        if (!hasYear(s)) {
            return null; // every form starts with a year 20xx: most cells are checked without a regex
        }
        Matcher m = CODE.matcher(s);
        if (m.find()) {
            return m.group(1) + "Q" + m.group(2);
        }
        m = QUARTER.matcher(s);
        if (m.find()) {
            return m.group(1) + "Q" + ("一二三四".indexOf(m.group(2)) >= 0 ? "一二三四".indexOf(m.group(2)) + 1 : Integer.parseInt(m.group(2)));
        }
        m = MONTHS.matcher(s);
        if (m.find()) {
            int from = Integer.parseInt(m.group(2));
            int to = Integer.parseInt(m.group(3));
            if (to - from == 2 && from % 3 == 1) {
                return m.group(1) + "Q" + (to / 3);
            }
        }
        return null;
    }

    /** Whether the text holds "20" and two more digits, where each of the patterns begins. */
    static boolean hasYear(String s) {
        for (int i = s.indexOf("20"); i >= 0 && i + 3 < s.length(); i = s.indexOf("20", i + 1)) {
            if (digit(s.charAt(i + 2)) && digit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
