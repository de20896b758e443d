package io.hqd.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Fixtures;

/** The .xlsx read as a plain zip: relationship targets, part names, and the refusals POI's package used to give. */
class XlsxZipTest {
    @TempDir
    Path dir;

    private final WorkbookOpener opener = new WorkbookOpener(Limits.defaults());

    private Path good(String name) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("表1").createRow(0).createCell(0).setCellValue("出院患者人数");
            wb.getProperties().getCoreProperties().setCreator("某医院");
            return Fixtures.save(wb, dir.resolve(name));
        }
    }

    @Test
    void relationshipTargetsResolveAgainstTheSourcePartsFolder() {
        assertEquals("/xl/worksheets/sheet1.xml", XlsxZip.resolve("/xl/", "worksheets/sheet1.xml"));
        assertEquals("/xl/styles.xml", XlsxZip.resolve("/xl/", "/xl/styles.xml"), "absolute");
        assertEquals("/xl/drawings/d1.xml", XlsxZip.resolve("/xl/worksheets/", "../drawings/d1.xml"));
        assertEquals("/xl/worksheets/sheet 1.xml", XlsxZip.resolve("/xl/", "./worksheets/sheet%201.xml"), "percent-encoded");
        assertEquals("/xl/a+b.xml", XlsxZip.resolve("/xl/", "a+b%2E" + "xml"), "a plus sign stays a plus sign");
    }

    @Test
    void partNamesAreCaseInsensitiveAndContentTypesComeFromOverridesOrDefaults() throws Exception {
        Path file = good("g.xlsx");
        try (XlsxZip zip = XlsxZip.open(file, Limits.defaults())) {
            assertTrue(zip.exists("/XL/Workbook.xml"));
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    zip.contentType("/xl/workbook.xml"));
            assertEquals("application/vnd.openxmlformats-package.relationships+xml", zip.contentType("/_rels/.rels"), "by extension");
            assertEquals("/xl/workbook.xml", zip.relationships("/").stream()
                    .filter(r -> r.type().endsWith("/officeDocument")).findFirst().orElseThrow().target());
        }
    }

    @Test
    void aDoctypeInTheCorePropertiesStillRefusesTheFile() throws Exception {
        Path evil = HostileFilesTest.rezip(good("c.xlsx"), dir.resolve("core.xlsx"), Map.of("docProps/core.xml", b ->
                new String(b, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>")
                        .getBytes(StandardCharsets.UTF_8)), Map.of());
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> opener.open(evil));
        assertEquals(FileRule.UNSAFE_XML.id, e.finding().rule());
        assertEquals("文件中含有不允许的 XML 内容（文档类型声明/外部实体），已拒收", e.finding().message());
    }

    @Test
    void aPartBelowTheSizeCapThatInflatesTooFarIsRefusedWhileItStreams() throws Exception {
        // 10 MB of spaces: under the 64 MB entry cap, so only the inflate ratio (about 1:1000) gives it away.
        byte[] padding = " ".repeat(10 << 20).getBytes(StandardCharsets.US_ASCII);
        Path bomb = HostileFilesTest.rezip(good("b.xlsx"), dir.resolve("bomb.xlsx"), Map.of("xl/worksheets/sheet1.xml", b -> {
            String xml = new String(b, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData");
            return (xml.substring(0, at) + new String(padding, StandardCharsets.US_ASCII) + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
        }), Map.of());
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> opener.open(bomb));
        assertEquals(FileRule.ZIP_BOMB.id, e.finding().rule());
        assertEquals("文件解压后异常巨大（疑似压缩炸弹），已拒收", e.finding().message());
    }

    @Test
    void aZipWithoutContentTypesIsNoWorkbook() throws Exception {
        Path plain = HostileFilesTest.rezip(good("p.xlsx"), dir.resolve("plain.xlsx"), Map.of(), Map.of());
        Path stripped = dir.resolve("stripped.xlsx");
        try (var in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(plain));
             var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(stripped))) {
            for (java.util.zip.ZipEntry en; (en = in.getNextEntry()) != null; ) {
                if (!en.getName().equals("[Content_Types].xml")) {
                    out.putNextEntry(new java.util.zip.ZipEntry(en.getName()));
                    in.transferTo(out);
                }
            }
        }
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> opener.open(stripped));
        assertEquals(FileRule.NOT_A_WORKBOOK.id, e.finding().rule());
    }
}
