package io.hqd.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a rendered pack back glyph by glyph (PDFBox text positions) and lists what would make a page
 * unfit to hand out: a missing or wrong 第 x 页 共 y 页, text outside the printable area (the templates'
 * 30/36 pt margins), glyphs drawn over each other (text over the footer, a cell over its neighbour), and
 * pages with nothing but header and footer.
 */
public final class PageCheck {
    /** Page margins of every template, less a small tolerance for glyph side bearings. */
    static final float SIDE = 34f;
    static final float TOP_BOTTOM = 28f;
    /** Header (issuer/section line) and footer (run, page number, demo mark) bands, in points from the edge. */
    static final float HEADER_BAND = 30f + 22f;
    static final float FOOTER_BAND = 30f + 20f;
    private static final Pattern PAGE_NO = Pattern.compile("第 (\\d+) 页 共 (\\d+) 页");

    private PageCheck() {
    }

    /** Every problem found in {@code pdf}, one line each ("file p.3: …"); empty when every page is clean. */
    public static List<String> problems(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int total = doc.getNumberOfPages();
            for (int p = 1; p <= total; p++) {
                Glyphs g = new Glyphs();
                g.setStartPage(p);
                g.setEndPage(p);
                g.setSortByPosition(true);
                g.setSuppressDuplicateOverlappingText(false);
                String text = g.getText(doc);
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                String where = pdf.getFileName() + " 第 " + p + " 页: ";
                checkPageNumber(text, p, total, where, out);
                checkInside(g.glyphs, box, where, out);
                checkOverlaps(g.glyphs, where, out);
                checkLineStarts(g.glyphs, where, out);
                if (p > 1 && g.glyphs.stream().noneMatch(x -> x.y() > HEADER_BAND && x.bottom() < box.getHeight() - FOOTER_BAND)) {
                    out.add(where + "空白页（只有页眉页脚）");
                }
            }
        }
        return out;
    }

    /**
     * A pack's text as a reader searches it: codes print with non-breaking hyphens and a comparison sign is held
     * to its value by a no-break space (io.hqd.report.pdf.Unbreakable), which look the same on paper.
     */
    public static String plain(String pdfText) {
        return pdfText.replace('\u2011', '-').replace('\u00a0', ' ');
    }

    /** For looking at a demo by hand: {@code PageCheck <folder>} prints the problems of every PDF under it. */
    public static void main(String[] args) throws IOException {
        try (var files = java.nio.file.Files.walk(Path.of(args[0]))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".pdf")).sorted().toList()) {
                problems(f).forEach(System.out::println);
            }
        }
    }

    private static void checkPageNumber(String text, int page, int total, String where, List<String> out) {
        Matcher m = PAGE_NO.matcher(text);
        if (!m.find()) {
            out.add(where + "没有“第 x 页 共 y 页”");
            return;
        }
        if (Integer.parseInt(m.group(1)) != page || Integer.parseInt(m.group(2)) != total) {
            out.add(where + "页码写成 " + m.group() + "，应为 第 " + page + " 页 共 " + total + " 页");
        }
    }

    private static void checkInside(List<Glyph> glyphs, PDRectangle box, String where, List<String> out) {
        for (Glyph x : glyphs) {
            if (x.x() < SIDE || x.right() > box.getWidth() - SIDE || x.top() < TOP_BOTTOM
                    || x.bottom() > box.getHeight() - TOP_BOTTOM + 2) {
                out.add(where + "文字“" + x.text() + "”超出可打印区域（x=" + (int) x.x() + ", y=" + (int) x.y() + "）");
                return; // one per page is enough to find it
            }
        }
    }

    /** Sweep by top edge: glyphs whose boxes intersect by more than a third of the smaller are drawn over each other. */
    static void checkOverlaps(List<Glyph> glyphs, String where, List<String> out) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::top));
        for (int i = 0; i < sorted.size(); i++) {
            Glyph a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).top() < a.bottom(); j++) {
                Glyph b = sorted.get(j);
                float w = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
                float h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
                if (w > 0 && h > 0 && w * h > Math.min(a.area(), b.area()) / 3f) {
                    out.add(where + "文字重叠：“" + a.text() + "”与“" + b.text() + "”（x=" + (int) a.x() + ", y=" + (int) a.y() + "）");
                    return;
                }
            }
        }
    }

    /** Closing marks a Chinese line may not start with (GB/T 15834 and every typesetter's kinsoku rule). */
    static final String NO_LINE_START = "）)，,。、；：！？」』》";

    /**
     * A wrapped line must not start with a closing mark ("）" or "，" alone at the start of a line), and a code or
     * date must not be broken at its hyphen ("YA2022-" / "09", "2025-" / "12-31"). A wrapped line is one that starts
     * at the left edge of the line just above it, with nothing printed just left of it.
     */
    static void checkLineStarts(List<Glyph> glyphs, String where, List<String> out) {
        for (Glyph g : glyphs) {
            boolean mark = NO_LINE_START.contains(g.text());
            boolean codeRest = Character.isLetterOrDigit(g.text().codePointAt(0)) && g.text().codePoints().allMatch(c -> c < 0x80);
            if (!(mark || codeRest) || leftNeighbour(g, glyphs) != null) {
                continue;
            }
            Glyph above = null; // the first glyph of the line above, starting where this one starts
            for (Glyph h : glyphs) {
                float dy = g.y() - h.y();
                if (dy > g.size() * 0.8f && dy < g.size() * 1.8f && Math.abs(h.x() - g.x()) < g.size() * 0.3f && leftNeighbour(h, glyphs) == null) {
                    above = h;
                }
            }
            if (above == null) {
                continue;
            }
            if (mark) {
                out.add(where + "行首是标点“" + g.text() + "”（x=" + (int) g.x() + ", y=" + (int) g.y() + "）");
                return;
            }
            Glyph last = lastOfLine(above, glyphs);
            Glyph beforeLast = leftNeighbour(last, glyphs);
            if (last.text().equals("-") && beforeLast != null && Character.isLetterOrDigit(beforeLast.text().codePointAt(0))) {
                out.add(where + "编号或日期在“-”处断行（x=" + (int) g.x() + ", y=" + (int) g.y() + "）");
                return;
            }
        }
    }

    /** The glyph printed just left of {@code g} on its line, or null. */
    private static Glyph leftNeighbour(Glyph g, List<Glyph> glyphs) {
        for (Glyph h : glyphs) {
            if (h != g && Math.abs(h.y() - g.y()) < g.size() * 0.3f && h.right() <= g.x() + 1 && g.x() - h.right() < g.size() * 0.6f) {
                return h;
            }
        }
        return null;
    }

    /** The last glyph of the run of text {@code g} starts (following right neighbours along the line). */
    private static Glyph lastOfLine(Glyph g, List<Glyph> glyphs) {
        Glyph at = g;
        for (boolean moved = true; moved;) {
            moved = false;
            for (Glyph h : glyphs) {
                if (h != at && Math.abs(h.y() - at.y()) < at.size() * 0.3f && h.x() >= at.right() - 1 && h.x() - at.right() < at.size() * 0.6f) {
                    at = h;
                    moved = true;
                    break;
                }
            }
        }
        return at;
    }

    /** One glyph: x, baseline y (from the top), width and font size in points. */
    record Glyph(String text, float x, float y, float width, float size) {
        float right() { return x + width; }
        float top() { return y - size * 0.8f; }
        float bottom() { return y + size * 0.15f; }
        float area() { return width * size * 0.95f; }
    }

    static class Glyphs extends PDFTextStripper {
        final List<Glyph> glyphs = new ArrayList<>();

        Glyphs() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            super.processTextPosition(t);
            if (!t.getUnicode().isBlank() && t.getWidthDirAdj() > 0) {
                glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getFontSizeInPt()));
            }
        }
    }
}
