package io.hqd.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook printed as a person would print it: LibreOffice (headless) converts it to PDF, which is read back
 * glyph by glyph. Every sheet must print; every page must be A4 in the sheet's orientation, name its sheet in
 * the page header, repeat the sheet's header row (each column title on the page, so no column spilled onto a
 * page of its own), keep all text within the page at a readable size (fit-to-width must not shrink any Chinese
 * glyph below {@link #MIN_FONT_PT}), and carry 第 x 页 共 y 页 with the right numbers. A sheet's header row is
 * the last of its print-title rows (the rows repeated on every page), or its first row when it has none.
 * Used for every kind of workbook hqd hands out: analyst workbooks, receipts, templates.
 */
public final class WorkbookPrintCheck {
    /** The smallest glyph height a page may shrink to when fitted to the page width (points, median of the page's glyphs;
     * hqd's 11 pt type is about 9.6 pt high at full size). */
    static final float MIN_FONT_PT = 4f;
    private static final Pattern PAGE_NO = Pattern.compile("第\\s*(\\d+)\\s*页\\s*共\\s*(\\d+)\\s*页");

    /** What was printed: pages per sheet, the problems found (empty when the workbook prints cleanly), each page. */
    public record Printed(Map<String, Integer> pagesPerSheet, List<String> problems, int pages, List<Page> pageList) {
        /** The text of the pages of one sheet, in order. */
        public List<String> textOf(String sheet) {
            return pageList.stream().filter(p -> sheet.equals(p.sheet())).map(Page::text).toList();
        }

        /**
         * How large a sheet prints: the median height of its Chinese glyph boxes over its pages (points, as PDFBox
         * reads them: about 12 for a sheet printed at full size); 0 when it printed none.
         */
        public float glyphHeight(String sheet) {
            List<Float> heights = pageList.stream().filter(p -> sheet.equals(p.sheet()))
                    .flatMap(p -> p.chineseGlyphHeights().stream()).sorted().toList();
            return heights.isEmpty() ? 0 : heights.get(heights.size() / 2);
        }
    }

    /**
     * One printed page: its number, the sheet it belongs to (null when its header names none), its text, and the
     * baselines of its lines of text from the top (points, ascending, one per line however many cells share it).
     */
    public record Page(int number, String sheet, String text, List<Float> baselines, List<PageCheck.Glyph> glyphs,
                       List<Float> chineseGlyphHeights) {
        /** Whether the text is printed in one cell of this page, on one line or wrapped over several. */
        public boolean shows(String text) {
            return where(text) >= 0;
        }

        /**
         * Whether the text is printed whole on one line: its glyphs on one baseline, left to right (a cell's
         * text run shares one baseline; neighbouring cells in the row may sit a fraction of a point apart).
         */
        public boolean showsOnOneLine(String text) {
            return glyphs.stream().collect(java.util.stream.Collectors.groupingBy(g -> g.y())).values().stream()
                    .anyMatch(line -> line.stream().sorted(java.util.Comparator.comparing(PageCheck.Glyph::x))
                            .map(PageCheck.Glyph::text).collect(java.util.stream.Collectors.joining()).contains(text));
        }

        /** How far down the page the text (in one cell) starts, in points; -1 when it is not on the page. */
        public float where(String text) {
            return startOf(text, glyphs);
        }

        /**
         * The largest space between two lines of text below the header row, in lines of the page's type (a line is
         * {@link #LINE} times the median glyph size): a row taller than its text shows as a gap of more than one line.
         */
        public float largestGapInLines() {
            List<Float> b = baselines;
            List<Float> sizes = glyphs.stream().map(PageCheck.Glyph::size).sorted().toList();
            if (b.size() < 4 || sizes.isEmpty()) {
                return 0;
            }
            float line = sizes.get(sizes.size() / 2) * LINE;
            float largest = 0;
            for (int i = 2; i < b.size() - 1; i++) { // not the page header above, nor the page number below
                largest = Math.max(largest, b.get(i) - b.get(i - 1));
            }
            return largest / line;
        }
    }

    /** Distance between two lines of wrapped text, in font sizes (as LibreOffice prints hqd's 11 pt type). */
    static final float LINE = io.hqd.xlsx.WrappedText.LINE_PT / 11f;

    /** A4 in points (LibreOffice rounds to whole points). */
    private static final float A4_SHORT = 595f;
    private static final float A4_LONG = 842f;

    private WorkbookPrintCheck() {
    }

    /** The installed LibreOffice, or null. */
    public static String soffice() {
        for (String p : List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        return null;
    }

    /** Prints every workbook (one LibreOffice start for all) and checks each; in the order given. */
    public static List<Printed> print(List<Path> workbooks, Path work) throws IOException, InterruptedException {
        Path out = toPdf(workbooks, work);
        List<Printed> printed = new ArrayList<>();
        for (Path xlsx : workbooks) {
            Path pdf = out.resolve(xlsx.getFileName().toString().replaceAll("\\.xlsx$", ".pdf"));
            if (!Files.exists(pdf)) {
                throw new IOException("LibreOffice wrote no PDF for " + xlsx + ": " + Files.readString(work.resolve("soffice.log")));
            }
            printed.add(check(xlsx, pdf));
        }
        return printed;
    }

    private static Printed check(Path xlsx, Path pdf) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, Boolean> landscape = new LinkedHashMap<>();
        headerRows(xlsx, headers, landscape);
        List<Page> pageList = new ArrayList<>();
        String name = xlsx.getFileName().toString();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> pages = new LinkedHashMap<>();
        headers.keySet().forEach(s -> pages.put(s, 0));
        int total;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            total = doc.getNumberOfPages();
            for (int p = 1; p <= total; p++) {
                Sized g = new Sized();
                g.setStartPage(p);
                g.setEndPage(p);
                g.setSortByPosition(true);
                g.setSuppressDuplicateOverlappingText(false);
                String text = g.getText(doc);
                String flat = text.replaceAll("\\s+", "");
                String where = name + " 第 " + p + " 页: ";
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                String sheet = sheetOf(text, headers.keySet());
                pageList.add(new Page(p, sheet, text, baselines(g.glyphs), List.copyOf(g.glyphs), List.copyOf(g.heights)));
                boolean wide = sheet == null || landscape.get(sheet);
                float w = wide ? A4_LONG : A4_SHORT, h = wide ? A4_SHORT : A4_LONG;
                if (Math.abs(box.getWidth() - w) > 2 || Math.abs(box.getHeight() - h) > 2) {
                    problems.add(where + "不是" + (wide ? "横向" : "纵向") + " A4（" + (int) box.getWidth() + "×" + (int) box.getHeight() + "）");
                }
                if (sheet == null) {
                    problems.add(where + "页眉没有写明工作表名称");
                } else {
                    pages.merge(sheet, 1, Integer::sum);
                    for (String label : headers.get(sheet)) {
                        if (!flat.contains(label.replaceAll("\\s+", "")) && !printedInOneCell(label, g.glyphs)) {
                            problems.add(where + "「" + sheet + "」的表头没有重复打印（缺「" + label + "」，或该列打印到了另一页）");
                            break;
                        }
                    }
                }
                Matcher m = PAGE_NO.matcher(text);
                if (!m.find()) {
                    problems.add(where + "没有“第 x 页 共 y 页”");
                } else if (Integer.parseInt(m.group(1)) != p || Integer.parseInt(m.group(2)) != total) {
                    problems.add(where + "页码写成 " + m.group() + "，应为 第 " + p + " 页 共 " + total + " 页");
                }
                float smallest = g.heights.stream().min(Float::compare).orElse(Float.MAX_VALUE);
                if (smallest < MIN_FONT_PT) {
                    problems.add(where + "缩放后字太小（最小字高 " + String.format("%.1f", smallest)
                            + " 磅，低于 " + MIN_FONT_PT + " 磅），打印出来无法阅读（多半是某列文字伸出列外，使打印区域过宽）");
                }
                // a wrapped cell in a row too low for it spills over the rows above and below
                PageCheck.checkOverlaps(g.glyphs, where, problems);
                for (PageCheck.Glyph x : g.glyphs) {
                    if (x.x() < 0 || x.right() > box.getWidth() || x.top() < 0 || x.bottom() > box.getHeight()) {
                        problems.add(where + "文字“" + x.text() + "”超出纸张（x=" + (int) x.x() + ", y=" + (int) x.y() + "）");
                        break;
                    }
                }
            }
        }
        pages.forEach((sheet, n) -> {
            if (n == 0) {
                problems.add(name + "：工作表「" + sheet + "」没有打印出来");
            }
        });
        return new Printed(pages, problems, total, pageList);
    }

    /** Baselines of the lines on a page: glyphs within a quarter of their size of each other share a line. */
    private static List<Float> baselines(List<PageCheck.Glyph> glyphs) {
        List<PageCheck.Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(java.util.Comparator.comparingDouble(PageCheck.Glyph::y));
        List<Float> out = new ArrayList<>();
        for (PageCheck.Glyph x : sorted) {
            if (out.isEmpty() || x.y() - out.get(out.size() - 1) > x.size() * 0.25f) {
                out.add(x.y());
            }
        }
        return out;
    }

    /**
     * Whether a column title is on the page when its cell wraps it over several lines ("市内同类排名" in a narrow
     * column reads 市内 / 同类 / 排名): each next character is either just right of the one before on the same
     * line, or starts one of the next lines under the characters found so far.
     */
    static boolean printedInOneCell(String label, List<PageCheck.Glyph> glyphs) {
        return startOf(label, glyphs) >= 0;
    }

    /** Where (baseline from the top) a text printed in one cell starts; -1 when it is not on the page. */
    static float startOf(String label, List<PageCheck.Glyph> glyphs) {
        String l = label.replaceAll("[\\s\\u3000]+", ""); // spaces print no glyph
        for (PageCheck.Glyph first : glyphs) {
            if (l.startsWith(first.text()) && follows(l, first.text().length(), first, first.x(), first.right(), glyphs)) {
                return first.y();
            }
        }
        return -1;
    }

    private static boolean follows(String l, int i, PageCheck.Glyph prev, float left, float right, List<PageCheck.Glyph> glyphs) {
        if (i == l.length()) {
            return true;
        }
        for (PageCheck.Glyph g : glyphs) {
            if (!l.startsWith(g.text(), i)) { // a glyph may stand for several letters (the ligature "ff")
                continue;
            }
            boolean sameLine = Math.abs(g.y() - prev.y()) < prev.size() * 0.3f && g.x() >= prev.right() - 1
                    && g.x() - prev.right() < prev.size() * 0.6f;
            boolean nextLine = g.y() - prev.y() > prev.size() * 0.5f && g.y() - prev.y() < prev.size() * 1.8f
                    && g.x() >= left - prev.size() * 2 && g.right() <= right + prev.size() * 2;
            if ((sameLine || nextLine) && follows(l, i + g.text().length(), g, Math.min(left, g.x()), Math.max(right, g.right()), glyphs)) {
                return true;
            }
        }
        return false;
    }

    /** The page's glyphs, and each Chinese glyph's drawn height (with the page's scaling, unlike the nominal font size). */
    private static final class Sized extends PageCheck.Glyphs {
        final List<Float> heights = new ArrayList<>();

        Sized() throws IOException {
        }

        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
            super.processTextPosition(t);
            if (!t.getUnicode().isBlank() && t.getUnicode().codePoints().allMatch(Character::isIdeographic)) {
                heights.add(t.getHeightDir()); // Chinese glyphs only: Latin glyph boxes are about half as high
            }
        }
    }

    /** The sheet a page belongs to: its page header ends with "　<sheet name>" (the longest name that fits). */
    private static String sheetOf(String text, Iterable<String> sheets) {
        String found = null;
        for (String s : sheets) {
            if ((text.contains("　" + s + "\n") || text.contains("　" + s + "\r")) && (found == null || s.length() > found.length())) {
                found = s;
            }
        }
        return found;
    }

    /**
     * Each printed sheet's column titles (the last print-title row, or the first row) and orientation. Hidden
     * sheets are not printed, so not expected.
     */
    private static void headerRows(Path xlsx, Map<String, List<String>> out, Map<String, Boolean> landscape) throws IOException {
        DataFormatter fmt = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet s : wb) {
                if (wb.isSheetHidden(wb.getSheetIndex(s)) || wb.isSheetVeryHidden(wb.getSheetIndex(s))) {
                    continue;
                }
                List<String> labels = new ArrayList<>();
                CellRangeAddress titles = s.getRepeatingRows();
                Row header = s.getRow(titles == null ? 0 : titles.getLastRow());
                if (header != null) {
                    for (Cell c : header) {
                        if (s.isColumnHidden(c.getColumnIndex())) {
                            continue; // a hidden column is not printed
                        }
                        String v = fmt.formatCellValue(c).strip();
                        if (!v.isEmpty()) {
                            labels.add(v);
                        }
                    }
                }
                out.put(s.getSheetName(), labels);
                landscape.put(s.getSheetName(), s.getPrintSetup().getLandscape());
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /**
     * Prints some columns of one sheet at full size (no fit-to-width, every other sheet and column hidden), to see
     * the rows as they are laid out on screen and in Excel. LibreOffice lays out the text of a page shrunk to fit
     * its width in a smaller font than the shrink alone gives (a 30-character Latin run in 明细 takes 22.6 column
     * units on the printed page, 27.9 at full size), so a row as tall as its text at full size shows blank lines
     * in print; a row sized to the print would clip its text on screen.
     */
    public static Printed printAtFullSize(Path xlsx, String sheet, int[] columns, Path work) throws IOException, InterruptedException {
        Path copy = Files.createDirectories(work).resolve(xlsx.getFileName().toString().replaceAll("\\.xlsx$", "_全尺寸.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            wb.setActiveSheet(wb.getSheetIndex(sheet));
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.setSheetHidden(i, !wb.getSheetName(i).equals(sheet));
            }
            Sheet s = wb.getSheet(sheet);
            int last = s.getRow(0).getLastCellNum();
            for (int c = 0; c < last; c++) {
                final int col = c;
                s.setColumnHidden(c, java.util.Arrays.stream(columns).noneMatch(x -> x == col));
            }
            s.setFitToPage(false);
            s.getPrintSetup().setScale((short) 100);
            try (var out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        return print(List.of(copy), work).get(0);
    }

    private static Path toPdf(List<Path> workbooks, Path work) throws IOException, InterruptedException {
        Path out = Files.createDirectories(work.resolve("pdf"));
        List<String> cmd = new ArrayList<>(List.of(soffice(), "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString()));
        workbooks.forEach(w -> cmd.add(w.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("LibreOffice did not finish converting " + workbooks);
        }
        return out;
    }

    /** For looking at a run by hand: {@code WorkbookPrintCheck <folder>} prints the problems of every workbook under it. */
    public static void main(String[] args) throws Exception {
        try (var files = Files.walk(Path.of(args[0]))) {
            List<Path> books = files.filter(x -> x.toString().endsWith(".xlsx")).sorted().toList();
            List<Printed> printed = print(books, Files.createTempDirectory("print"));
            for (int i = 0; i < books.size(); i++) {
                Map<String, Float> gaps = new LinkedHashMap<>();
                for (Page p : printed.get(i).pageList()) {
                    gaps.merge(String.valueOf(p.sheet()), p.largestGapInLines(), Math::max);
                }
                System.out.println(books.get(i).getFileName() + ": " + printed.get(i).pages() + " 页 " + printed.get(i).pagesPerSheet()
                        + "，行间最大空隙（行）" + gaps);
                printed.get(i).problems().forEach(System.out::println);
            }
        }
    }
}
