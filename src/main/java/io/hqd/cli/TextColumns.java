package io.hqd.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing printed as aligned columns under a header line. Widths count a Chinese character as two columns, as a
 * terminal draws it, so 县区 and 省 line up (printf's %-8s counts characters and does not).
 */
final class TextColumns {
    private final List<String[]> rows = new ArrayList<>();

    TextColumns(String... header) {
        rows.add(header);
    }

    TextColumns row(String... cells) {
        rows.add(cells);
        return this;
    }

    void print(PrintStream out) {
        int columns = rows.getFirst().length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], width(r[i]));
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = r[i] == null ? "" : r[i];
                line.append(cell);
                if (i < columns - 1) {
                    line.append(" ".repeat(width[i] - width(cell) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    static int width(String s) {
        if (s == null) {
            return 0;
        }
        return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    /** East Asian wide and full-width characters: CJK ideographs, punctuation and full-width forms. */
    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
