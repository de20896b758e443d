package io.hqd.report.pdf;

import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The pack is several reports (portrait and landscape sections) exported as one PDF, so each
 * section's own page count is wrong for the whole; this rewrites every page's footer number as
 * 第 x 页 共 y 页 over the whole pack.
 */
final class PageNumbers {
    static final String KEY = "pageNumber";

    private PageNumbers() {
    }

    static int apply(List<JasperPrint> prints) {
        int total = prints.stream().mapToInt(p -> p.getPages().size()).sum();
        int n = 0;
        for (JasperPrint print : prints) {
            for (JRPrintPage page : print.getPages()) {
                n++;
                set(page.getElements(), "第 " + n + " 页 共 " + total + " 页");
            }
        }
        return total;
    }

    private static void set(List<JRPrintElement> elements, String text) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame f) {
                set(f.getElements(), text);
            } else if (e instanceof JRPrintText t && KEY.equals(e.getKey())) {
                t.setText(text);
                t.setLineBreakOffsets(JRPrintText.ZERO_LINE_BREAK_OFFSETS);
            }
        }
    }
}
