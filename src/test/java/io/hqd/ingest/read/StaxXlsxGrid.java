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

/**
 * The oracle of {@link XlsxGrid}'s byte scanner: the StAX reading of an .xlsx package's sheets as hqd used it
 * until the sheets and shared strings moved to {@link SheetXmlScanner}, kept unchanged so that tests can compare
 * the two on every workbook they have. Both feed the same {@link SheetBuilder} (moved out of XlsxGrid unchanged):
 * what is compared is how each reads the XML.
 */
final class StaxXlsxGrid {
    /** The JDK's parser, which hqd names at start-up ({@code io.hqd.Hqd}), with POI's safe settings: what production ran. */
    private static final XMLInputFactory XML = jdkFactory();

    private static XMLInputFactory jdkFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
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

    private StaxXlsxGrid(Limits limits, XlsxZip zip) {
        this.limits = limits;
        this.zip = zip;
    }

    static Grid read(XlsxZip zip, Limits limits) throws IOException, XMLStreamException, RejectedFileException {
        return new StaxXlsxGrid(limits, zip).readAll();
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
        eachStart(part, x -> {
            if (x.getLocalName().equals("si")) {
                strings.add(XlsxText.decode(runs(x, "si")));
            }
        });
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
        eachStart(part, x -> {
            switch (x.getLocalName()) {
                case "pageSetUpPr" -> b.fitToPage = truthy(x.getAttributeValue(null, "fitToPage"));
                case "pageSetup" -> {
                    String o = x.getAttributeValue(null, "orientation");
                    b.landscape = "landscape".equals(o) ? Boolean.TRUE : "portrait".equals(o) ? Boolean.FALSE : null;
                    String wide = x.getAttributeValue(null, "fitToWidth");
                    b.fitToWidth = wide == null ? Integer.valueOf(1) : wide.strip().matches("\\d{1,3}") ? Integer.valueOf(wide.strip()) : null;
                }
                case "col" -> b.column(intAttr(x, "min", 1) - 1, intAttr(x, "max", 1) - 1,
                        x.getAttributeValue(null, "width"), truthy(x.getAttributeValue(null, "hidden")));
                case "row" -> b.row(x.getAttributeValue(null, "r"), truthy(x.getAttributeValue(null, "hidden")),
                        x.getAttributeValue(null, "ht"));
                case "c" -> cell(x, b);
                case "mergeCell" -> {
                    String ref = x.getAttributeValue(null, "ref");
                    if (ref != null) {
                        b.merge(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> { }
            }
        });
        return b.build();
    }

    /** One {@code <c>} element, read to its end. */
    private void cell(XMLStreamReader x, SheetBuilder b) throws XMLStreamException, RejectedFileException {
        String ref = x.getAttributeValue(null, "r");
        String type = x.getAttributeValue(null, "t");
        int s = intAttr(x, "s", 0);
        String value = null, formula = null, sharedIndex = null, inline = null; // formula: null unless an <f> is there
        boolean sharedFormula = false;
        while (next(x)) {
            int ev = x.getEventType();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "v" -> value = x.getElementText();
                case "f" -> {
                    sharedFormula = "shared".equals(x.getAttributeValue(null, "t"));
                    sharedIndex = x.getAttributeValue(null, "si");
                    formula = x.getElementText();
                }
                case "is" -> inline = runs(x, "is");
                default -> { }
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
    private static String runs(XMLStreamReader x, String end) throws XMLStreamException, RejectedFileException {
        StringBuilder sb = new StringBuilder();
        int phonetic = 0;
        while (next(x)) {
            int ev = x.getEventType();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals(end)) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("rPh")) {
                    phonetic++;
                } else if (x.getLocalName().equals("t")) {
                    String t = x.getElementText(); // leaves the reader on </t>
                    if (phonetic == 0) {
                        sb.append(t);
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("rPh")) {
                phonetic--;
            }
        }
        return sb.toString();
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
        String v = x.getAttributeValue(null, name);
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
