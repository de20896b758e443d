package io.hqd.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The smallest real files of the Excel formats hqd does not read, written byte by byte because nothing on
 * this machine saves them (LibreOffice only imports .xlsb, Excel 4.0 and 95, and Strict OOXML). Each one opens in
 * LibreOffice Calc with the cells written here, which is how they were checked.
 */
final class OtherExcelFormats {
    private OtherExcelFormats() {
    }

    /** An Excel 5.0/95 (BIFF5) workbook: an OLE2 file whose stream is named "Book", one sheet 表 with 出院人数 | 12. */
    static Path excel95(Path file) throws IOException {
        Charset gbk = Charset.forName("GBK");
        byte[] sheetName = "表".getBytes(gbk);
        byte[] label = "出院人数".getBytes(gbk);
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        record(sheet, 0x0809, le(8).putShort((short) 0x0500).putShort((short) 0x0010).putShort((short) 0x0DBB).putShort((short) 0x07CC));
        record(sheet, 0x0000, le(10).putShort((short) 0).putShort((short) 1).putShort((short) 0).putShort((short) 2).putShort((short) 0));
        record(sheet, 0x0204, le(8 + label.length).putShort((short) 0).putShort((short) 0).putShort((short) 15)
                .putShort((short) label.length).put(label));
        record(sheet, 0x0203, le(14).putShort((short) 0).putShort((short) 1).putShort((short) 15).putDouble(12));
        record(sheet, 0x000A, le(0));
        ByteArrayOutputStream globals = new ByteArrayOutputStream();
        record(globals, 0x0809, le(8).putShort((short) 0x0500).putShort((short) 0x0005).putShort((short) 0x0DBB).putShort((short) 0x07CC));
        record(globals, 0x0042, le(2).putShort((short) 936));
        int boundSheetLength = 4 + 4 + 2 + 1 + sheetName.length;
        int eofLength = 4;
        int sheetStart = globals.size() + boundSheetLength + eofLength;
        record(globals, 0x0085, le(7 + sheetName.length).putInt(sheetStart).putShort((short) 0).put((byte) sheetName.length).put(sheetName));
        record(globals, 0x000A, le(0));
        globals.write(sheet.toByteArray());
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(globals.toByteArray()), "Book");
            fs.writeFilesystem(out);
        }
        return file;
    }

    /** An Excel 4.0 (BIFF4) worksheet file: the records alone, no OLE2 container, with 出院人数 | 12. */
    static Path excel4(Path file) throws IOException {
        byte[] label = "出院人数".getBytes(Charset.forName("GBK"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        record(out, 0x0409, le(6).putShort((short) 0).putShort((short) 0x0010).putShort((short) 0));
        record(out, 0x0042, le(2).putShort((short) 936));
        record(out, 0x0204, le(8 + label.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) label.length).put(label));
        record(out, 0x0203, le(14).putShort((short) 0).putShort((short) 1).putShort((short) 0).putDouble(12));
        record(out, 0x000A, le(0));
        return Files.write(file, out.toByteArray());
    }

    /** An Excel binary workbook (.xlsb): the OOXML package with BIFF12 workbook and sheet parts, one empty sheet 表. */
    static Path xlsb(Path file) throws IOException {
        ByteArrayOutputStream book = new ByteArrayOutputStream();
        biff12(book, 131, new byte[0]);                       // BrtBeginBook
        biff12(book, 143, new byte[0]);                       // BrtBeginBundleShs
        ByteBuffer sh = le(4 + 4 + 4 + 2 * 4 + 4 + 2);        // BrtBundleSh: visible, tab 1, r:id rId1, name 表
        sh.putInt(0).putInt(1).putInt(4).put("rId1".getBytes(StandardCharsets.UTF_16LE)).putInt(1).put("表".getBytes(StandardCharsets.UTF_16LE));
        biff12(book, 156, sh.array());
        biff12(book, 144, new byte[0]);                       // BrtEndBundleShs
        biff12(book, 132, new byte[0]);                       // BrtEndBook
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        biff12(sheet, 129, new byte[0]);                      // BrtBeginSheet
        biff12(sheet, 145, new byte[0]);                      // BrtBeginSheetData
        biff12(sheet, 146, new byte[0]);                      // BrtEndSheetData
        biff12(sheet, 130, new byte[0]);                      // BrtEndSheet
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.bin\" ContentType=\"application/vnd.ms-excel.worksheet\"/>"
                + "</Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", rels("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.bin"));
        parts.put("xl/_rels/workbook.bin.rels", rels("http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                "worksheets/sheet1.bin"));
        parts.put("xl/workbook.bin", book.toByteArray());
        parts.put("xl/worksheets/sheet1.bin", sheet.toByteArray());
        return zip(file, parts);
    }

    /** A Strict Open XML workbook (ISO 29500 strict namespaces), one sheet 表 with 出院人数 | 12. */
    static Path strictOoxml(Path file) throws IOException {
        String main = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        String r = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", rels(r + "/officeDocument", "xl/workbook.xml"));
        parts.put("xl/_rels/workbook.xml.rels", rels(r + "/worksheet", "worksheets/sheet1.xml"));
        parts.put("xl/workbook.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + r + "\" conformance=\"strict\">"
                + "<sheets><sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"" + main + "\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>出院人数</t></is></c><c r=\"B1\"><v>12</v></c>"
                + "</row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
        return zip(file, parts);
    }

    private static byte[] rels(String type, String target) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + type + "\" Target=\"" + target + "\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Path zip(Path file, Map<String, byte[]> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A BIFF2–8 record: type, length, data, little-endian. */
    private static void record(ByteArrayOutputStream out, int type, ByteBuffer data) {
        out.writeBytes(le(4).putShort((short) type).putShort((short) data.capacity()).array());
        out.writeBytes(data.array());
    }

    /** A BIFF12 record: type and length as 7-bit variable-length numbers, then the data. */
    private static void biff12(ByteArrayOutputStream out, int type, byte[] data) {
        varint(out, type);
        varint(out, data.length);
        out.writeBytes(data);
    }

    private static void varint(ByteArrayOutputStream out, int v) {
        do {
            int b = v & 0x7F;
            v >>>= 7;
            out.write(v > 0 ? b | 0x80 : b);
        } while (v > 0);
    }
}
