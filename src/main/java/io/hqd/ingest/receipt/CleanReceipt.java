package io.hqd.ingest.receipt;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.hqd.ingest.load.FileOutcome;
import io.hqd.xlsx.Paper;
import io.hqd.xlsx.WrappedText;

/**
 * The Excel receipt of a file with nothing to mark on any cell: the 回执 sheet alone, without building a
 * workbook per file. What every such receipt shares (styles, CJK fonts, column widths, merged cells, A4
 * print setup, repeated and frozen header row, the workbook's parts) is a workbook POI builds once per
 * process with the same code as the full receipt ({@link ExcelReceipt#layout}); each receipt copies its zip
 * entries and writes only its rows and its page header into the sheet's XML. The POI path is the oracle
 * ({@code CleanReceiptTest} requires the same cells, styles, heights and page setup both ways).
 */
final class CleanReceipt {
    private static final String SHEET_PART = "xl/worksheets/sheet1.xml";
    /** Stands for the file's name in the skeleton's page header. */
    private static final String TITLE = "HQDRECEIPTTITLE";

    private CleanReceipt() {
    }

    /** The zip entries of a receipt without rows, in order, and the sheet XML around its rows. */
    record Skeleton(Map<String, byte[]> parts, String beforeRows, String afterRows, Map<ExcelReceipt.Style, Short> styles) {
    }

    private static final BuiltOnce<Skeleton> SKELETON = new BuiltOnce<>(() -> build((wb, st) -> { }));

    static Path write(FileOutcome o, Path file, List<ExcelReceipt.Line> rows) throws IOException {
        Skeleton k = SKELETON.get();
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            zip.setLevel(ExcelReceipt.ZIP_LEVEL);
            for (Map.Entry<String, byte[]> part : k.parts().entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals(SHEET_PART)) {
                    frontSheet(zip, k, o.received().originalName(), rows);
                } else {
                    zip.write(part.getValue());
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The 回执 sheet's XML: the skeleton's sheet with this file's rows, dimension and page header. */
    static void frontSheet(OutputStream out, Skeleton k, String fileName, List<ExcelReceipt.Line> rows) throws IOException {
        String header = xml(Paper.pageHeader(TITLE, ExcelReceipt.SHEET));
        String after = k.afterRows().replace(header, xml(Paper.pageHeader(fileName, ExcelReceipt.SHEET)));
        int last = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).row();
        String before = k.beforeRows().replace("<dimension ref=\"A1\"/>", "<dimension ref=\"A1:G" + (last + 1) + "\"/>");
        sheet(out, before, rows, k.styles(), after);
    }

    private static void sheet(OutputStream out, String before, List<ExcelReceipt.Line> rows,
                              Map<ExcelReceipt.Style, Short> styles, String after) throws IOException {
        StringBuilder x = new StringBuilder(before.length() + after.length() + 4096).append(before).append("<sheetData>");
        for (ExcelReceipt.Line line : rows) {
            float height = line.height();
            for (ExcelReceipt.Put p : line.cells()) {
                if (p.style() == ExcelReceipt.Style.WRAP) { // as WrappedText.fit raises a row POI writes
                    height = Math.max(height, WrappedText.height(p.text(), ExcelReceipt.width(p.col())));
                }
            }
            x.append("<row r=\"").append(line.row() + 1).append('"');
            if (height > 0) {
                x.append(" ht=\"").append(height).append("\" customHeight=\"true\"");
            }
            x.append('>');
            for (ExcelReceipt.Put p : line.cells()) {
                x.append("<c r=\"").append(CellReference.convertNumToColString(p.col())).append(line.row() + 1)
                        .append("\" s=\"").append(styles.get(p.style())).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(xml(p.text())).append("</t></is></c>");
            }
            x.append("</row>");
        }
        x.append("</sheetData>").append(after);
        out.write(x.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Text as XML character data: markup characters escaped, characters XML cannot carry written as Excel's
     * {@code _xHHHH_} (and a literal {@code _x} that would read as one escaped too), as POI writes them.
     */
    static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE)
                            && !(Character.isSurrogate(c) && !pairedAt(text, i));
                    if (!allowed) {
                        b.append(String.format("_x%04X_", (int) c));
                    } else if (c == '_' && text.startsWith("_x", i) && i + 6 < text.length()
                            && text.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}") && text.charAt(i + 6) == '_') {
                        b.append("_x005F_");
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * The receipt POI writes for a file, without any row: built once, with the full receipt's own code;
     * {@code moreStyles} adds cell styles after the 回执 sheet's own (the marked receipt's copies of the sender's cells).
     */
    static Skeleton build(BiConsumer<XSSFWorkbook, ReceiptStyles> moreStyles) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ReceiptStyles st = new ReceiptStyles(wb);
            Sheet s = wb.createSheet(ExcelReceipt.SHEET);
            ExcelReceipt.layout(s, TITLE);
            moreStyles.accept(wb, st);
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            Paper.chineseFonts(wb);
            wb.write(bytes);
            Map<ExcelReceipt.Style, Short> styles = new java.util.EnumMap<>(ExcelReceipt.Style.class);
            for (ExcelReceipt.Style style : ExcelReceipt.Style.values()) {
                styles.put(style, style.in(st).getIndex());
            }
            Map<String, byte[]> parts = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
            String sheet = new String(parts.get(SHEET_PART), StandardCharsets.UTF_8);
            int at = sheet.indexOf("<sheetData/>");
            if (at < 0 || !sheet.contains("<dimension ref=\"A1\"/>") || !sheet.contains(xml(Paper.pageHeader(TITLE, ExcelReceipt.SHEET)))) {
                throw new IllegalStateException("回执模板的工作表结构与预期不符");
            }
            return new Skeleton(parts, sheet.substring(0, at), sheet.substring(at + "<sheetData/>".length()), styles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
