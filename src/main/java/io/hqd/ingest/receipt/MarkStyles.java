package io.hqd.ingest.receipt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one marked receipt's copied sheets, as styles.xml entries: the skeleton's styles.xml
 * (built once by POI with {@link SheetCopy}'s and {@link CellMarks}' own calls) holds one style per wrap and
 * mark, with number format 0; a receipt adds a copy of it for each number format its cells use, the custom
 * formats numbered from 164 as POI numbers them.
 */
final class MarkStyles {
    /** What a copied cell carries: none, or the colour and frame of its findings. */
    enum Mark { NONE, ERROR, WARNING, BOTH }

    private static final Pattern CELL_XFS = Pattern.compile("<cellXfs count=\"(\\d+)\">(.*?)</cellXfs>", Pattern.DOTALL);
    private static final Pattern XF = Pattern.compile("<xf [^>]*?(?:/>|>.*?</xf>)", Pattern.DOTALL);
    /** Styles {@link #addTemplates} adds: a plain and three marked per wrap, and three marked empty cells. */
    private static final int TEMPLATES = 11;
    private static final String NO_FORMATS = "<numFmts count=\"0\"/>";

    /** The skeleton's styles part and its template styles: [wrap][mark], and a cell the sender left empty [mark]. */
    record Templates(String stylesXml, String[][] copied, String[] emptyCell) {
    }

    /** Adds the template styles to the skeleton's workbook, after the 回执 sheet's; read back by {@link #templates}. */
    static void addTemplates(XSSFWorkbook wb, ReceiptStyles st) {
        for (boolean wrap : new boolean[] {false, true}) {
            CellStyle base = st.bordered();
            base.setDataFormat((short) 0);
            base.setWrapText(wrap);
            for (Mark m : new Mark[] {Mark.ERROR, Mark.WARNING, Mark.BOTH}) {
                marked(wb, st, base, m);
            }
        }
        CellStyle empty = wb.getCellStyleAt(0);
        for (Mark m : new Mark[] {Mark.ERROR, Mark.WARNING, Mark.BOTH}) {
            marked(wb, st, empty, m);
        }
    }

    private static void marked(XSSFWorkbook wb, ReceiptStyles st, CellStyle base, Mark m) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        st.mark(s, m != Mark.WARNING, m != Mark.ERROR);
    }

    /** The template styles out of the skeleton's styles.xml: the last {@value #TEMPLATES} cell styles, in {@link #addTemplates}' order. */
    static Templates templates(String stylesXml) {
        Matcher all = CELL_XFS.matcher(stylesXml);
        if (!all.find() || !stylesXml.contains(NO_FORMATS)) {
            throw new IllegalStateException("回执模板的样式表结构与预期不符");
        }
        List<String> xfs = new ArrayList<>();
        for (Matcher m = XF.matcher(all.group(2)); m.find(); ) {
            xfs.add(m.group());
        }
        int first = xfs.size() - TEMPLATES;
        if (first < 0 || xfs.size() != Integer.parseInt(all.group(1))) {
            throw new IllegalStateException("回执模板的样式表结构与预期不符");
        }
        String[][] copied = new String[2][4];
        for (int wrap = 0; wrap < 2; wrap++) {
            for (int m = 0; m < 4; m++) {
                copied[wrap][m] = xfs.get(first + wrap * 4 + m);
            }
        }
        String[] empty = {null, xfs.get(first + 8), xfs.get(first + 9), xfs.get(first + 10)};
        return new Templates(stylesXml, copied, empty);
    }

    private final Templates t;
    private final int firstNew;
    private final StringBuilder added = new StringBuilder();
    private final Map<String, Integer> indexes = new HashMap<>();
    private final Map<String, Integer> customFormats = new LinkedHashMap<>();

    MarkStyles(Templates t) {
        this.t = t;
        Matcher m = CELL_XFS.matcher(t.stylesXml());
        m.find();
        this.firstNew = Integer.parseInt(m.group(1));
    }

    /** The style of a copied cell with this number format (null: General) and wrapping, with its mark. */
    int of(String format, boolean wrap, Mark mark) {
        String f = format == null ? "General" : format;
        return indexes.computeIfAbsent(f + "|" + wrap + "|" + mark, k -> add(t.copied()[wrap ? 1 : 0][mark.ordinal()]
                .replaceFirst("numFmtId=\"0\"", "numFmtId=\"" + formatId(f) + "\"")));
    }

    /** The style of a cell the sender left out that a finding marks: POI's default style, marked. */
    int emptyCell(Mark mark) {
        return indexes.computeIfAbsent("|empty|" + mark, k -> add(t.emptyCell()[mark.ordinal()]));
    }

    private int add(String xf) {
        added.append(xf);
        return firstNew + indexes.size();
    }

    /** A built-in format's id, else the next custom id from 164 (POI's numbering). */
    private int formatId(String format) {
        int builtin = BuiltinFormats.getBuiltinFormat(format);
        return builtin >= 0 ? builtin : customFormats.computeIfAbsent(format, k -> 164 + customFormats.size());
    }

    /** styles.xml with this receipt's formats and styles added. */
    String xml() {
        StringBuilder formats = new StringBuilder("<numFmts count=\"").append(customFormats.size()).append("\">");
        customFormats.forEach((code, id) -> formats.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"")
                .append(CleanReceipt.xml(code)).append("\"/>"));
        formats.append("</numFmts>");
        Matcher m = CELL_XFS.matcher(t.stylesXml());
        m.find();
        String xfs = "<cellXfs count=\"" + (firstNew + indexes.size()) + "\">" + m.group(2) + added + "</cellXfs>";
        String s = t.stylesXml().substring(0, m.start()) + xfs + t.stylesXml().substring(m.end());
        return customFormats.isEmpty() ? s : s.replace(NO_FORMATS, formats.toString());
    }
}
