package io.hqd.ingest;

import java.util.regex.Pattern;

/**
 * Turns text from outside (file names, reporter names, codes read from a workbook) into one safe
 * file-name component: no separators, no "..", no control or reserved characters, bounded length.
 * Archive and receipt paths are built only from such components, never from a raw file name.
 */
public final class SafeNames {
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}_\\-（）()]+");
    private static final int MAX = 60;

    private SafeNames() {
    }

    public static String component(String text) {
        String s = text == null ? "" : UNSAFE.matcher(text.strip()).replaceAll("_");
        s = s.replaceAll("_+", "_").replaceAll("^[_\\-]+|[_\\-]+$", "");
        if (s.length() > MAX) {
            s = s.substring(0, MAX);
        }
        return s.isEmpty() ? "unknown" : s;
    }
}
