package io.hqd.ingest.read;

import static io.hqd.ingest.Fixtures.c;
import static io.hqd.ingest.Fixtures.put;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Fixtures;

/**
 * Sheet and shared-strings XML written by hand, the way tools other than Excel write it (or break it), read by
 * {@link SheetXmlScanner} and by the StAX reading it replaced ({@link StaxXlsxGrid}): each gives the same grid,
 * or the same refusal. The values are also checked outright, so that a case both readers got wrong still fails.
 */
class SheetXmlScannerTest {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String CORRUPT = "file_corrupt：文件已损坏或不是有效的 Excel 工作簿，无法打开（XMLStreamException）";

    @TempDir static Path dir;
    static Path plain;
    static int files;

    @BeforeAll
    static void plainWorkbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            put(wb.createSheet("表"), c(0, 0, "x"));
            plain = Fixtures.save(wb, dir.resolve("plain.xlsx"));
        }
    }

    /** The plain workbook with its sheet (and, when given, its shared strings) replaced by these bytes. */
    static Path file(byte[] sheet, byte[] strings) throws Exception {
        Map<String, UnaryOperator<byte[]>> edit = new HashMap<>();
        edit.put("xl/worksheets/sheet1.xml", b -> sheet);
        if (strings != null) {
            edit.put("xl/sharedStrings.xml", b -> strings);
        }
        return HostileFilesTest.rezip(plain, dir.resolve("f" + files++ + ".xlsx"), edit, Map.of());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String sheet(String rows) {
        return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    static String strings(String items) {
        return "<sst xmlns=\"" + MAIN + "\">" + items + "</sst>";
    }

    /** The sheet read by both readers, which must agree; the scanner's grid, or the refusal as "rule：message". */
    static Object read(byte[] sheet, byte[] strings) throws Exception {
        return ScannerOracle.assertReadsAsStaxDid(file(sheet, strings));
    }

    static GridSheet grid(String sheet, String strings) throws Exception {
        Object o = read(utf8(sheet), strings == null ? null : utf8(strings));
        assertInstanceOf(WorkbookOpener.Opened.class, o, String.valueOf(o));
        return ((WorkbookOpener.Opened) o).grid().sheet("表");
    }

    static void refusedAsCorrupt(String sheet) throws Exception {
        assertEquals(CORRUPT, read(utf8(sheet), null), sheet);
    }

    @Test
    void entitiesAndCharacterReferencesAreDecodedInValuesStringsAndAttributes() throws Exception {
        GridSheet s = grid(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>&lt;&#x4E2D;&#25991;&gt;&#x1F600;&#128512;\uD83D\uDE00</t></is></c>"
                        + "<c r=\"C1\" t=\"str\"><f>&quot;a&quot;&amp;&quot;b&quot;</f><v>a&amp;b</v></c>"
                        + "<c r=\"&#x44;&#49;\"><v>&#x31;&#50;.5</v></c></row>"),
                strings("<si><t>a&amp;b&lt;c&gt;d&quot;e&apos;f&#65;&#x0041;&#0065;</t></si>"));
        assertEquals("a&b<c>d\"e'fAAA", s.cell(0, 0).text());
        assertEquals("<中文>😀😀😀", s.cell(0, 1).text(), "surrogate pairs from references and from UTF-8 bytes");
        assertEquals("\"a\"&\"b\"", s.cell(0, 2).formula());
        assertEquals("a&b", s.cell(0, 2).text());
        assertEquals(12.5, s.cell(0, 3).number(), "a reference in the r attribute and in the value");
    }

    @Test
    void cdataCommentsAndProcessingInstructionsInsideValues() throws Exception {
        GridSheet s = grid(sheet("<!-- a comment --><?hqd pi?><row r=\"1\"><c r=\"A1\"><v><![CDATA[12]]><!-- x -->.<?pi?>5</v></c>"
                        + "<c r=\"B1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"inlineStr\"><is><t><![CDATA[]]></t></is></c></row>"),
                strings("<si><t><![CDATA[<b>&amp;</b>]]>尾</t></si>"));
        assertEquals(12.5, s.cell(0, 0).number());
        assertEquals("<b>&amp;</b>尾", s.cell(0, 1).text(), "CDATA is taken as it is, no reference decoded");
        assertEquals("", s.cell(0, 2).text());
    }

    @Test
    void namespacePrefixesAsSomeToolsWriteThem() throws Exception {
        GridSheet s = grid("<x:worksheet xmlns:x=\"" + MAIN + "\"><x:cols><x:col min=\"2\" max=\"2\" hidden=\"1\"/></x:cols><x:sheetData>"
                        + "<x:row r=\"2\" hidden=\"1\"><x:c r=\"A2\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B2\"><x:f>A2</x:f><x:v>3</x:v></x:c></x:row>"
                        + "</x:sheetData><x:mergeCells><x:mergeCell ref=\"C1:D2\"/></x:mergeCells></x:worksheet>",
                "<s:sst xmlns:s=\"" + MAIN + "\"><s:si><s:r><s:t>前</s:t></s:r><s:r><s:t>后</s:t></s:r></s:si></s:sst>");
        assertEquals("前后", s.cell(1, 0).text());
        assertEquals("A2", s.cell(1, 1).formula());
        assertTrue(s.row(1).hidden());
        assertTrue(s.columnHidden(1));
        assertEquals("C1:D2", s.merged().get(0).formatAsString());
    }

    @Test
    void selfClosingCellsAndValuesAndAttributesInAnyOrderAndQuoting() throws Exception {
        GridSheet s = grid(sheet("<row r='1' ><c r=\"A1\"/><c s=\"0\"  r = 'B1' /><c\tt = \"s\"\nr='C1'><v>0</v></c>"
                + "<c r=\"D1\" t=\"str\"><f>1</f><v/></c><c r=\"E1\"><v>\n  7.25 \n</v></c><c r=\"F1\" t=\"b\"><v> 1 </v></c></row>"), null);
        assertEquals(GridCell.Type.BLANK, s.cell(0, 0).type());
        assertEquals(GridCell.Type.BLANK, s.cell(0, 1).type());
        assertEquals("x", s.cell(0, 2).text());
        assertFalse(s.cell(0, 3).cached(), "an empty <v/> after a formula: no result saved");
        assertEquals(7.25, s.cell(0, 4).number(), "a value with spaces and line ends around it");
        assertTrue(s.cell(0, 5).bool());
    }

    @Test
    void richTextRunsWithPhoneticGuidesInSharedAndInlineStrings() throws Exception {
        GridSheet s = grid(sheet("<row><c t=\"s\"><v>1</v></c><c t=\"inlineStr\"><is><r><t>甲</t></r><rPh sb=\"0\" eb=\"1\"><t>コウ</t></rPh>"
                        + "<r><rPr><b/></rPr><t xml:space=\"preserve\"> 乙 </t></r></is></c></row>"),
                strings("<si><t>零</t></si><si><r><t>第</t></r><rPh><t>だい</t></rPh><r><t>一</t></r><phoneticPr fontId=\"1\"/></si>"));
        assertEquals("第一", s.cell(0, 0).text());
        assertEquals("甲 乙 ", s.cell(0, 1).text());
    }

    @Test
    void rowsAndCellsWithoutReferencesFollowTheOnesBefore() throws Exception {
        GridSheet s = grid(sheet("<row><c><v>1</v></c><c><v>2</v></c></row><row r=\"4\"><c r=\"C4\"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>"), null);
        assertEquals(2, s.cell(0, 1).number());
        assertEquals(4, s.cell(3, 3).number());
        assertEquals(5, s.cell(4, 0).number());
    }

    @Test
    void lineEndsInTextAreNormalisedAsXmlSays() throws Exception {
        GridSheet s = grid(sheet("<row><c t=\"inlineStr\"><is><t>a\r\nb\rc\nd&#13;e</t></is></c><c t=\"s\"><v>0</v></c></row>"),
                strings("<si><t><![CDATA[x\r\ny]]></t></si>"));
        assertEquals("a\nb\nc\nd\re", s.cell(0, 0).text(), "CR LF and CR become LF; a referenced CR stays");
        assertEquals("x\ny", s.cell(0, 1).text());
    }

    @Test
    void aByteOrderMarkAndOtherDeclaredEncodingsAreRead() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + sheet("<row><c t=\"inlineStr\"><is><t>中</t></is></c></row>");
        byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = new byte[bom.length + utf8(xml).length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8(xml), 0, withBom, 3, utf8(xml).length);
        assertEquals("中", ((WorkbookOpener.Opened) read(withBom, null)).grid().sheet("表").cell(0, 0).text());
        byte[] utf16 = ("\uFEFF" + xml.replace("UTF-8", "UTF-16")).getBytes(StandardCharsets.UTF_16BE);
        assertEquals("中", ((WorkbookOpener.Opened) read(utf16, null)).grid().sheet("表").cell(0, 0).text());
        byte[] gbk = xml.replace("UTF-8", "GBK").getBytes(Charset.forName("GBK"));
        assertEquals("中", ((WorkbookOpener.Opened) read(gbk, null)).grid().sheet("表").cell(0, 0).text());
    }

    @Test
    void aDoctypeRefusesTheFileAsUnsafe() throws Exception {
        String doctype = "<!DOCTYPE worksheet [<!ENTITY x \"y\">]>";
        Object inSheet = read(utf8("<?xml version=\"1.0\"?>" + doctype + sheet("<row><c><v>1</v></c></row>")), null);
        assertTrue(String.valueOf(inSheet).startsWith("file_unsafe_xml："), String.valueOf(inSheet));
        Object inStrings = read(utf8(sheet("<row><c t=\"s\"><v>0</v></c></row>")), utf8(doctype + strings("<si><t>x</t></si>")));
        assertTrue(String.valueOf(inStrings).startsWith("file_unsafe_xml："), String.valueOf(inStrings));
    }

    @Test
    void aDoctypeInsideTheRootIsRefusedAsUnsafeToo() throws Exception {
        // StAX calls this one malformed; the scanner refuses a DOCTYPE wherever it stands.
        Path f = file(utf8(sheet("<row><c><v>1</v></c></row><!DOCTYPE x>")), null);
        Object o = ScannerOracle.outcome(new WorkbookOpener(Limits.defaults()), f);
        assertEquals("file_unsafe_xml：工作表中含有文档类型声明（DTD），已拒收", o);
    }

    @Test
    void unterminatedAndMismatchedTagsAreRefusedAsCorrupt() throws Exception {
        refusedAsCorrupt("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        refusedAsCorrupt(sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\""));
        refusedAsCorrupt(sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></x></row>"));
        refusedAsCorrupt(sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></row>"));
        refusedAsCorrupt(sheet("<row><c><v>1</v></c></row>") + "<worksheet/>");
        refusedAsCorrupt(sheet("<row><c><v>1</v></c></row>") + "tail");
        refusedAsCorrupt("");
    }

    @Test
    void badReferencesCharactersAndAttributesAreRefusedAsCorrupt() throws Exception {
        refusedAsCorrupt(sheet("<row><c t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>"));
        refusedAsCorrupt(sheet("<row><c t=\"inlineStr\"><is><t>&amp</t></is></c></row>"));
        refusedAsCorrupt(sheet("<row><c t=\"inlineStr\"><is><t>&#0;</t></is></c></row>"));
        refusedAsCorrupt(sheet("<row><c t=\"inlineStr\"><is><t>&#xD800;</t></is></c></row>"));
        refusedAsCorrupt(sheet("<row><c t=\"inlineStr\"><is><t>&#x110000;</t></is></c></row>"));
        refusedAsCorrupt(sheet("<row><c t=\"inlineStr\"><is><t>&#;</t></is></c></row>"));
        refusedAsCorrupt(sheet("<row><c t=\"inlineStr\"><is><t>&#X41;</t></is></c></row>"));
        refusedAsCorrupt(sheet("<row><c t=\"inlineStr\"><is><t>a\u0001b</t></is></c></row>"));
        refusedAsCorrupt(sheet("<row><c t=\"inlineStr\"><is><t>a]]>b</t></is></c></row>"));
        refusedAsCorrupt(sheet("<row><c r=\"A1\" r=\"B1\"><v>1</v></c></row>"));
        refusedAsCorrupt(sheet("<row><c r=\"A1\"t=\"n\"><v>1</v></c></row>"));
        refusedAsCorrupt(sheet("<row><c r=A1><v>1</v></c></row>"));
        refusedAsCorrupt(sheet("<row><c r=\"A<1\"><v>1</v></c></row>"));
        refusedAsCorrupt(sheet("<row><c r=\"A1\"><v>1<b/></v></c></row>"));
        refusedAsCorrupt(sheet("<row><c r=\"A1\"><v>1</v></c><!-- a -- b --></row>"));
        refusedAsCorrupt(" " + "<?xml version=\"1.0\"?>" + sheet(""));
        refusedAsCorrupt(sheet("<?xml version=\"1.0\"?>"));
        refusedAsCorrupt("text" + sheet(""));
        refusedAsCorrupt(sheet("<row><c r=\"A1\"><v>1</v></c></row>").replace("<sheetData>", "<sheetData><![CDATA[x]]>").replace("<worksheet", "<![CDATA[x]]><worksheet"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsCorrupt() throws Exception {
        byte[] xml = utf8(sheet("<row><c t=\"inlineStr\"><is><t>ab</t></is></c></row>"));
        int at = new String(xml, StandardCharsets.ISO_8859_1).indexOf("ab");
        for (byte[] bad : new byte[][] {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}) {
            byte[] b = new byte[xml.length + bad.length];
            System.arraycopy(xml, 0, b, 0, at);
            System.arraycopy(bad, 0, b, at, bad.length);
            System.arraycopy(xml, at, b, at + bad.length, xml.length - at);
            Object o = ScannerOracle.outcome(new WorkbookOpener(Limits.defaults()), file(b, null));
            assertEquals(CORRUPT, o, java.util.HexFormat.of().formatHex(bad));
        }
    }

    @Test
    void sheetLimitsAreCheckedWhileScanning() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= Limits.defaults().maxRows() + 1; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        Object o = read(utf8(sheet(rows + "<row><c><v>1</v></c>")), null);
        assertTrue(String.valueOf(o).startsWith("file_dimensions："), "refused for its rows before the broken end is reached: " + o);
    }

    /** The scanner on its own: what the grid cannot show (attribute value normalisation, prefixed attributes, event order). */
    @Test
    void attributesAreNormalisedAndOnlyUnprefixedNamesMatch() throws Exception {
        SheetXmlScanner x = SheetXmlScanner.of(utf8("<a xmlns:y=\"urn:y\" y:t=\"no\" t=\"x\ty\r\nz\rw\nv&#10;&#9;u\" q='&quot;'><y:b/>t<c>1</c></a>"));
        assertEquals(SheetXmlScanner.START, x.next());
        assertTrue(x.is("a"));
        assertFalse(x.is("b"));
        assertFalse(x.is("aa"));
        assertEquals("x y z w v\n\tu", x.attr("t"), "tab and line ends become spaces, references stay");
        assertEquals("\"", x.attr("q"));
        assertNull(x.attr("y"));
        assertNull(x.attr("y:"));
        assertEquals(SheetXmlScanner.START, x.next());
        assertTrue(x.is("b"), "the local name, prefix left out");
        assertNull(x.attr("t"), "attributes belong to their own tag");
        assertEquals(SheetXmlScanner.END, x.next(), "a self-closing tag ends at once");
        assertTrue(x.is("b"));
        assertEquals(SheetXmlScanner.START, x.next());
        assertTrue(x.is("c"));
        assertEquals("1", x.elementText());
        assertTrue(x.is("c"), "elementText leaves the scanner on the end tag");
        assertEquals(SheetXmlScanner.END, x.next());
        assertTrue(x.is("a"));
        assertEquals(SheetXmlScanner.EOF, x.next());
        assertEquals(SheetXmlScanner.EOF, x.next());
    }

    @Test
    void elementTextOfASelfClosingTagIsEmptyAndTheNextEventFollowsIt() throws Exception {
        SheetXmlScanner x = SheetXmlScanner.of(utf8("<a><v/><w>p<!--c-->q<![CDATA[r]]>s</w></a>"));
        x.next();
        assertEquals(SheetXmlScanner.START, x.next());
        assertEquals("", x.elementText());
        assertEquals(SheetXmlScanner.START, x.next());
        assertTrue(x.is("w"));
        assertEquals("pqrs", x.elementText());
        assertEquals(SheetXmlScanner.END, x.next());
        assertTrue(x.is("a"));
    }

    @Test
    void malformedInputThrowsTheParserException() {
        for (String bad : new String[] {"<a>", "<a></b>", "<a/><b/>", "x<a/>", "<a/>x", "", "<a b='1' b='2'/>", "<a b='1'c='2'/>",
                "<a>&unknown;</a>", "<a><!-- x -- y --></a>", "<a><b></a>", "<:a/>", "<a:/>", "<a:b:c/>", "<1a/>", "<a b=1/>",
                "<a>]]></a>", "<a b\u0001='1'/>", "<a></a >x", "<a><?xml x?></a>", "<a><? ?></a>", "<a><!x></a>", "</a>", "<a>&#x;</a>",
                "<a>&#65</a>", "<a>&#xFFFE;</a>", "<a b='&#1;'/>", "<a b='<'/>", "<a b='1/>", "<a b/>", "<a b=/>", "<a><![CDATA[x</a>"}) {
            assertThrows(javax.xml.stream.XMLStreamException.class, () -> {
                SheetXmlScanner x = SheetXmlScanner.of(utf8(bad));
                while (x.next() != SheetXmlScanner.EOF) {
                    if (x.is("a")) {
                        x.attr("b");
                    }
                }
            }, bad);
        }
    }

    @Test
    void wellFormedOdditiesAreAccepted() throws Exception {
        for (String ok : new String[] {"<a/>", " <a/> ", "<?xml version='1.0'?><a/>", "<?xml\tversion='1.0'?>\n<a/>\n<!-- end -->\n<?pi?>",
                "<a >&#x10FFFF;&#xE000;&#xD7FF;&#32;</a >", "<a b = \"&lt;&gt;\" c='>'/>", "<a>]]</a>", "<a>]></a>", "<a><![CDATA[]]]]><![CDATA[>]]></a>",
                "<a-b.c_d/>", "<中文/>", "<a><!----></a>", "<?xmlx ?><a/>"}) {
            SheetXmlScanner x = SheetXmlScanner.of(utf8(ok));
            int events = 0;
            while (x.next() != SheetXmlScanner.EOF) {
                events++;
            }
            assertEquals(2, events, ok);
        }
        SheetXmlScanner x = SheetXmlScanner.of(utf8("<a><![CDATA[]]]]><![CDATA[>]]>&#x10FFFF;</a>"));
        x.next();
        assertEquals("]]>\uDBFF\uDFFF", x.elementText());
    }

    @Test
    void aDoctypeIsRefusedWherePresent() {
        for (String xml : new String[] {"<!DOCTYPE a><a/>", "<a><!DOCTYPE a></a>", "<a/><!DOCTYPE a>", "<a><v><!DOCTYPE a></v></a>"}) {
            RejectedFileException e = assertThrows(RejectedFileException.class, () -> {
                SheetXmlScanner x = SheetXmlScanner.of(utf8(xml));
                while (x.next() != SheetXmlScanner.EOF) {
                    if (x.is("v")) {
                        x.elementText();
                    }
                }
            }, xml);
            assertEquals(FileRule.UNSAFE_XML.id, e.finding().rule(), xml);
        }
    }
}
