package io.hqd.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;

/**
 * Reads an .xlsx package's sheets as a {@link Grid} without building POI's usermodel: opening a workbook
 * through xmlbeans was most of the ingest's time, and a report needs only values, formats, merges and hidden
 * rows and columns. The sheets and the shared strings, nearly all of a file's XML, go through
 * {@link SheetXmlScanner}; the small workbook and styles parts through StAX. Sheet sizes are checked while
 * scanning (a sheet over the limits is refused before it is built) and any DOCTYPE is refused.
 */
final class XlsxGrid {
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();
    private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
    private static final String STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Limits limits;
    private final List<String> strings = new ArrayList<>();
    private final List<Style> styles = new ArrayList<>();
    private boolean date1904;

    private record Style(int formatIndex, String format, boolean wrap) {
    }

    /** A cell without a style, or with one the styles part does not have: General, no wrap. */
    private static final Style NO_STYLE = new Style(0, null, false);

    private record SheetEntry(String name, String relationId, GridSheet.Visibility visibility) {
    }

    /** The sheet-level print names of the workbook ({@code _xlnm.Print_Titles}, {@code _xlnm.Print_Area}), by sheet position. */
    private final Map<Integer, SheetPrint> printNames = new HashMap<>();

    private final XlsxZip zip;

    private XlsxGrid(Limits limits, XlsxZip zip) {
        this.limits = limits;
        this.zip = zip;
    }

    static Grid read(XlsxZip zip, Limits limits) throws IOException, XMLStreamException, RejectedFileException {
        return new XlsxGrid(limits, zip).readAll();
    }

    private Grid readAll() throws IOException, XMLStreamException, RejectedFileException {
        XlsxZip.Rel doc = zip.relationships("/").stream().filter(r -> OFFICE_DOCUMENT.equals(r.type())).findFirst().orElse(null);
        if (doc == null) {
            throw FileRule.NOT_A_WORKBOOK.reject("文件是压缩包或其他格式，不是 Excel 工作簿，系统无法读取。请用 Excel 或 WPS 另存为 .xlsx 后重新报送");
        }
        String workbook = doc.target();
        if (!zip.exists(workbook)) {
            throw FileRule.CORRUPT.reject("文件已损坏或不是有效的 Excel 工作簿，无法打开（缺少工作簿部件）");
        }
        List<SheetEntry> entries = workbook(workbook);
        List<XlsxZip.Rel> rels = zip.relationships(workbook);
        for (XlsxZip.Rel r : rels) {
            if (SHARED_STRINGS.equals(r.type())) {
                sharedStrings(related(r));
            }
        }
        for (XlsxZip.Rel r : rels) {
            if (STYLES.equals(r.type())) {
                styles(related(r));
            }
        }
        List<GridSheet> sheets = new ArrayList<>();
        for (SheetEntry e : entries) {
            SheetPrint print = printNames.getOrDefault(sheets.size(), SheetPrint.NONE);
            XlsxZip.Rel rel = e.relationId() == null ? null
                    : rels.stream().filter(r -> e.relationId().equals(r.id())).findFirst().orElse(null);
            if (rel == null || !zip.exists(rel.target())) {
                throw FileRule.CORRUPT.reject("文件已损坏或不是有效的 Excel 工作簿，无法打开（工作表「" + e.name() + "」缺失）");
            }
            sheets.add(sheet(rel.target(), e, print));
        }
        return new Grid(sheets);
    }

    /** The part a workbook relationship names; a missing one means a damaged file. */
    private String related(XlsxZip.Rel r) throws RejectedFileException {
        if (!zip.exists(r.target())) {
            throw FileRule.CORRUPT.reject("文件已损坏或不是有效的 Excel 工作簿，无法打开（缺少部件 " + r.target() + "）");
        }
        return r.target();
    }

    private List<SheetEntry> workbook(String part) throws IOException, XMLStreamException, RejectedFileException {
        List<SheetEntry> out = new ArrayList<>();
        eachStart(part, x -> {
            switch (x.getLocalName()) {
                case "workbookPr" -> date1904 = truthy(x.getAttributeValue(null, "date1904"));
                case "sheet" -> {
                    String state = x.getAttributeValue(null, "state");
                    GridSheet.Visibility v = "veryHidden".equals(state) ? GridSheet.Visibility.VERY_HIDDEN
                            : "hidden".equals(state) ? GridSheet.Visibility.HIDDEN : GridSheet.Visibility.VISIBLE;
                    out.add(new SheetEntry(x.getAttributeValue(null, "name"), x.getAttributeValue(REL_NS, "id"), v));
                }
                case "definedName" -> printName(x);
                default -> { }
            }
        });
        return out;
    }

    /** A defined name, read to its end: kept when it is a sheet's print titles or print area, ignored otherwise. */
    private void printName(XMLStreamReader x) throws XMLStreamException {
        String name = x.getAttributeValue(null, "name");
        String sheet = x.getAttributeValue(null, "localSheetId");
        boolean titles = "_xlnm.Print_Titles".equals(name);
        if (!titles && !"_xlnm.Print_Area".equals(name) || sheet == null || !sheet.strip().matches("\\d{1,4}")) {
            return;
        }
        String formula = x.getElementText();
        printNames.merge(Integer.parseInt(sheet.strip()), titles ? SheetPrint.NONE.withTitles(formula) : SheetPrint.NONE.withArea(formula),
                (a, b) -> new SheetPrint(a.titleRows() != null ? a.titleRows() : b.titleRows(),
                        a.titleColumns() != null ? a.titleColumns() : b.titleColumns(), a.area() != null ? a.area() : b.area(), null, null));
    }

    private void sharedStrings(String part) throws IOException, XMLStreamException, RejectedFileException {
        SheetXmlScanner x = scan(part);
        for (int ev; (ev = x.next()) != SheetXmlScanner.EOF; ) {
            if (ev == SheetXmlScanner.START && x.is("si")) {
                strings.add(XlsxText.decode(runs(x, "si")));
            }
        }
    }

    private void styles(String part) throws IOException, XMLStreamException, RejectedFileException {
        Map<Integer, String> formats = new HashMap<>();
        List<int[]> xfs = new ArrayList<>(); // numFmtId, wrap
        try (InputStream in = zip.open(part)) {
            XMLStreamReader x = open(in);
            boolean cellXfs = false;
            while (next(x)) {
                int ev = x.getEventType();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "numFmt" -> formats.put(intAttr(x, "numFmtId", 0), x.getAttributeValue(null, "formatCode"));
                        case "cellXfs" -> cellXfs = true;
                        case "xf" -> {
                            if (cellXfs) {
                                xfs.add(new int[] {intAttr(x, "numFmtId", 0), 0});
                            }
                        }
                        case "alignment" -> {
                            if (cellXfs && !xfs.isEmpty() && truthy(x.getAttributeValue(null, "wrapText"))) {
                                xfs.get(xfs.size() - 1)[1] = 1;
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
                    cellXfs = false;
                }
            }
        }
        for (int[] xf : xfs) {
            String format = formats.containsKey(xf[0]) ? formats.get(xf[0]) : BuiltinFormats.getBuiltinFormat(xf[0]);
            styles.add(new Style(xf[0], format, xf[1] == 1));
        }
    }

    private GridSheet sheet(String part, SheetEntry entry, SheetPrint print) throws IOException, XMLStreamException, RejectedFileException {
        SheetBuilder b = new SheetBuilder(entry.name(), entry.visibility(), limits);
        b.print = print;
        SheetXmlScanner x = scan(part);
        for (int ev; (ev = x.next()) != SheetXmlScanner.EOF; ) {
            if (ev != SheetXmlScanner.START) {
                continue;
            }
            if (x.is("c")) {
                cell(x, b);
            } else if (x.is("row")) {
                b.row(x.attr("r"), truthy(x.attr("hidden")), x.attr("ht"));
            } else if (x.is("col")) {
                b.column(intAttr(x.attr("min"), 1) - 1, intAttr(x.attr("max"), 1) - 1, x.attr("width"), truthy(x.attr("hidden")));
            } else if (x.is("mergeCell")) {
                String ref = x.attr("ref");
                if (ref != null) {
                    b.merge(CellRangeAddress.valueOf(ref));
                }
            } else if (x.is("pageSetUpPr")) {
                b.fitToPage = truthy(x.attr("fitToPage"));
            } else if (x.is("pageSetup")) {
                String o = x.attr("orientation");
                b.landscape = "landscape".equals(o) ? Boolean.TRUE : "portrait".equals(o) ? Boolean.FALSE : null;
                String wide = x.attr("fitToWidth");
                b.fitToWidth = wide == null ? Integer.valueOf(1) : wide.strip().matches("\\d{1,3}") ? Integer.valueOf(wide.strip()) : null;
            }
        }
        return b.build();
    }

    /** One {@code <c>} element, read to its end. */
    private void cell(SheetXmlScanner x, SheetBuilder b) throws XMLStreamException, RejectedFileException {
        String ref = x.attr("r");
        String type = x.attr("t");
        int s = intAttr(x.attr("s"), 0);
        String value = null, formula = null, sharedIndex = null, inline = null; // formula: null unless an <f> is there
        boolean sharedFormula = false;
        for (int ev; (ev = x.next()) != SheetXmlScanner.EOF; ) {
            if (ev == SheetXmlScanner.END && x.is("c")) {
                break;
            }
            if (ev != SheetXmlScanner.START) {
                continue;
            }
            if (x.is("v")) {
                value = x.elementText();
            } else if (x.is("f")) {
                sharedFormula = "shared".equals(x.attr("t"));
                sharedIndex = x.attr("si");
                formula = x.elementText();
            } else if (x.is("is")) {
                inline = runs(x, "is");
            }
        }
        int column = b.cellColumn(ref);
        if (formula != null && sharedFormula) {
            formula = b.sharedFormula(sharedIndex, formula, column);
        }
        Style st = s >= 0 && s < styles.size() ? styles.get(s) : NO_STYLE;
        boolean cached = formula == null || (value != null && !value.isBlank());
        Value shown = switch (type == null ? "n" : type) {
            case "s" -> Value.text(value == null ? "" : strings.get(Integer.parseInt(value.strip())));
            case "inlineStr" -> Value.text(XlsxText.decode(inline != null ? inline : value == null ? "" : value));
            case "str", "d" -> Value.text(value == null ? "" : XlsxText.decode(value));
            case "b" -> new Value(GridCell.Type.BOOLEAN, truthy(value == null ? null : value.strip()) ? 1 : 0, null);
            case "e" -> new Value(GridCell.Type.ERROR, 0, value == null ? "#NULL!" : value);
            default -> value == null && formula == null ? new Value(GridCell.Type.BLANK, 0, null)
                    : new Value(GridCell.Type.NUMERIC, value == null || value.isBlank() ? 0 : Double.parseDouble(value), null);
        };
        b.put(column, new GridCell(shown.type(), shown.number(), shown.text(), formula, cached, st.formatIndex(), st.format(),
                st.wrap(), date1904));
    }

    /** A cell's value as its type attribute says to read it (a formula's cached result). */
    private record Value(GridCell.Type type, double number, String text) {
        static Value text(String text) {
            return new Value(GridCell.Type.STRING, 0, text);
        }
    }

    /**
     * The text of a string item ({@code <si>} or an inline {@code <is>}), read to its end element: its runs
     * joined, without the phonetic guide ({@code <rPh>}) Japanese and some Chinese editors add.
     */
    private static String runs(SheetXmlScanner x, String end) throws XMLStreamException, RejectedFileException {
        String one = null; // the usual item: one run, no builder
        StringBuilder sb = null;
        int phonetic = 0;
        for (int ev; (ev = x.next()) != SheetXmlScanner.EOF; ) {
            if (ev == SheetXmlScanner.END && x.is(end)) {
                break;
            }
            if (ev == SheetXmlScanner.START) {
                if (x.is("rPh")) {
                    phonetic++;
                } else if (x.is("t")) {
                    String t = x.elementText(); // leaves the scanner on </t>
                    if (phonetic == 0) {
                        if (one == null) {
                            one = t;
                        } else {
                            sb = (sb == null ? new StringBuilder(one) : sb).append(t);
                        }
                    }
                }
            } else if (x.is("rPh")) {
                phonetic--;
            }
        }
        return sb != null ? sb.toString() : one != null ? one : "";
    }

    /** A sheet or shared-strings part's bytes, inflated within the zip limits, under a scanner. */
    private SheetXmlScanner scan(String part) throws IOException, XMLStreamException {
        try (InputStream in = zip.open(part)) {
            return SheetXmlScanner.of(in.readAllBytes());
        }
    }

    /** What to do at each start element of a part. */
    private interface OnStart {
        void at(XMLStreamReader x) throws XMLStreamException, RejectedFileException;
    }

    /** Streams a part, calling {@code on} at each start element (which may read on, to the element's end). */
    private void eachStart(String part, OnStart on) throws IOException, XMLStreamException, RejectedFileException {
        try (InputStream in = zip.open(part)) {
            XMLStreamReader x = open(in);
            while (next(x)) {
                if (x.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    on.at(x);
                }
            }
        }
    }

    private static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return XML.createXMLStreamReader(in);
    }

    /** Advances the reader; false at the end. A DOCTYPE anywhere refuses the file. */
    private static boolean next(XMLStreamReader x) throws XMLStreamException, RejectedFileException {
        if (!x.hasNext()) {
            return false;
        }
        if (x.next() == XMLStreamConstants.DTD) {
            throw FileRule.UNSAFE_XML.reject("工作表中含有文档类型声明（DTD），已拒收");
        }
        return true;
    }

    private static boolean truthy(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
    }

    private static int intAttr(XMLStreamReader x, String name, int otherwise) {
        return intAttr(x.getAttributeValue(null, name), otherwise);
    }

    private static int intAttr(String v, int otherwise) {
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        return digitsOnly(v, 0) && v.length() <= 9 ? Integer.parseInt(v) : (int) Double.parseDouble(v.strip());
    }

    /**
     * The column of a cell's reference: read by hand for the form every writer uses (A1 up to XFD1048576),
     * through POI's {@link CellReference} (a regex per call, a tenth of sheet streaming) for anything else.
     */
    static int columnOf(String ref) {
        int letters = 0;
        int column = 0;
        while (letters < ref.length() && letters < 3 && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
            column = column * 26 + ref.charAt(letters) - 'A' + 1;
            letters++;
        }
        if (letters == 0 || letters == ref.length() || !digitsOnly(ref, letters)) {
            return new CellReference(ref).getCol();
        }
        return column - 1;
    }

    /** True when every character from {@code from} on is an ASCII digit (and there is at least one). */
    private static boolean digitsOnly(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
