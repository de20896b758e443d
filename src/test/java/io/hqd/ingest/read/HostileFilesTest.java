package io.hqd.ingest.read;

import static io.hqd.ingest.Fixtures.c;
import static io.hqd.ingest.Fixtures.put;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Fixtures;
import io.hqd.ingest.SafeNames;

/** Files built to hurt: each refused (or, for macros, read without running) with a Chinese reason, quickly. */
class HostileFilesTest {
    @TempDir Path dir;
    final WorkbookOpener opener = new WorkbookOpener(Limits.defaults());

    Path good(String name) throws IOException {
        return Fixtures.template(dir.resolve(name), Fixtures.HOSPITAL, "2026Q3", Fixtures.core());
    }

    /** Copies a zip, letting {@code edit} change entries by name (null result drops the entry), and adding extras. */
    static Path rezip(Path src, Path dst, Map<String, UnaryOperator<byte[]>> edit, Map<String, byte[]> extra) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(src));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(dst))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                UnaryOperator<byte[]> f = edit.get(e.getName());
                data = f == null ? data : f.apply(data);
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
            for (var x : extra.entrySet()) {
                out.putNextEntry(new ZipEntry(x.getKey()));
                out.write(x.getValue());
                out.closeEntry();
            }
        }
        return dst;
    }

    FileRule refused(Path file) {
        RejectedFileException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(RejectedFileException.class, () -> opener.open(file)));
        assertTrue(e.finding().message().matches(".*[\\u4e00-\\u9fa5].*"), "reason in Chinese: " + e.finding().message());
        assertTrue(e.finding().blocksFile());
        return FileRule.valueOf(java.util.Arrays.stream(FileRule.values()).filter(r -> r.id.equals(e.finding().rule()))
                .findFirst().orElseThrow().name());
    }

    @Test
    void zipBombIsRefused() throws Exception {
        byte[] padding = new byte[70 << 20];
        java.util.Arrays.fill(padding, (byte) ' ');
        Path bomb = rezip(good("g.xlsx"), dir.resolve("bomb.xlsx"), Map.of("xl/worksheets/sheet1.xml", b -> {
            String xml = new String(b, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(padding);
            out.writeBytes(xml.substring(at).getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }), Map.of());
        assertTrue(Files.size(bomb) < 2 << 20, "small on disk");
        assertEquals(FileRule.ZIP_BOMB, refused(bomb));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET-42");
        String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        UnaryOperator<byte[]> inject = b -> {
            String xml = new String(b, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "");
            return (doctype + xml.replace("出院患者人数", "&xxe;&c;")).getBytes(StandardCharsets.UTF_8);
        };
        for (String part : new String[] {"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml"}) {
            Path evil = rezip(good("g-" + part.hashCode() + ".xlsx"), dir.resolve("xxe-" + part.hashCode() + ".xlsx"),
                    Map.of(part, inject), Map.of());
            try {
                WorkbookOpener.Opened o = opener.open(evil);
                ReadResult r = WorkbookReader.read(o.grid(), Fixtures.context());
                assertTrue(r.cells().stream().noneMatch(x -> x.rawText().contains("TOPSECRET")), part);
                fail("a DOCTYPE in " + part + " should have been refused");
            } catch (RejectedFileException e) {
                assertFalse(e.getMessage().contains("TOPSECRET"), part);
            }
        }
    }

    @Test
    void encryptedWorkbookIsRefused() throws Exception {
        Path plain = good("plain.xlsx");
        Path enc = dir.resolve("enc.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("123456");
            try (InputStream in = Files.newInputStream(plain); OPCPackage opc = OPCPackage.open(in);
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(enc)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals(FileRule.ENCRYPTED, refused(enc));
    }

    @Test
    void macrosAreReadButNeverRun() throws Exception {
        Path xlsm = rezip(good("m.xlsx"), dir.resolve("m.xlsm"), Map.of("[Content_Types].xml", b -> new String(b, StandardCharsets.UTF_8)
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")
                .getBytes(StandardCharsets.UTF_8)), Map.of("xl/vbaProject.bin", "Sub Workbook_Open(): Shell \"calc\": End Sub".getBytes(StandardCharsets.UTF_8)));
        WorkbookOpener.Opened o = opener.open(xlsm);
        assertEquals("file_macros", o.notes().get(0).rule());
        assertTrue(o.notes().get(0).message().contains("宏没有运行"));
        ReadResult r = WorkbookReader.read(o.grid(), Fixtures.context());
        assertEquals(10, r.values().size(), "values are read");
    }

    /** A VBA project is found by its content type under any name, or by its usual name under any content type; a plain file has no note. */
    @Test
    void macrosAreFoundByContentTypeOrByName() throws Exception {
        byte[] vba = "Sub Workbook_Open(): End Sub".getBytes(StandardCharsets.UTF_8);
        Path byType = rezip(good("t.xlsx"), dir.resolve("t.xlsm"), Map.of("[Content_Types].xml", b -> new String(b, StandardCharsets.UTF_8)
                .replace("</Types>", "<Override PartName=\"/xl/project.dat\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")
                .getBytes(StandardCharsets.UTF_8)), Map.of("xl/project.dat", vba));
        Path byName = rezip(good("n.xlsx"), dir.resolve("n.xlsm"), Map.of("[Content_Types].xml", b -> new String(b, StandardCharsets.UTF_8)
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/></Types>")
                .getBytes(StandardCharsets.UTF_8)), Map.of("xl/VbaProject.bin", vba));
        for (Path p : new Path[] {byType, byName}) {
            WorkbookOpener.Opened o = opener.open(p);
            assertEquals(1, o.notes().size(), p.getFileName().toString());
            assertEquals("file_macros", o.notes().get(0).rule());
            assertEquals("文件含有宏（VBA）。宏没有运行，只读取了单元格中保存的数值；请改用不含宏的 .xlsx 模板报送", o.notes().get(0).message());
        }
        Path other = rezip(good("o.xlsx"), dir.resolve("o-bin.xlsx"), Map.of("[Content_Types].xml", b -> new String(b, StandardCharsets.UTF_8)
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/></Types>")
                .getBytes(StandardCharsets.UTF_8)), Map.of("xl/media/image1.bin", vba));
        WorkbookOpener.Opened plain = opener.open(good("p.xlsx"));
        WorkbookOpener.Opened bin = opener.open(other);
        assertEquals(java.util.List.of(), plain.notes(), "hqd's own template has no macros");
        assertEquals(java.util.List.of(), bin.notes(), "another binary part is not a VBA project");
    }

    @Test
    void absurdDimensionsAreRefused() throws Exception {
        XSSFWorkbook wide = new XSSFWorkbook();
        put(wide.createSheet("s"), c(0, 0, "指标名称"), c(0, 1, "本期数值"), c(1, 999, 1));
        assertEquals(FileRule.TOO_MANY_CELLS, refused(Fixtures.save(wide, dir.resolve("wide.xlsx"))));
        Limits d = Limits.defaults();
        WorkbookOpener strict = new WorkbookOpener(new Limits(d.maxFileBytes(), d.maxEntryBytes(), d.minInflateRatio(), 500, d.maxColumns()));
        XSSFWorkbook tall = new XSSFWorkbook();
        var s = tall.createSheet("s");
        for (int i = 0; i <= 500; i++) {
            s.createRow(i).createCell(0).setCellValue(i);
        }
        Path tallFile = Fixtures.save(tall, dir.resolve("tall.xlsx"));
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> strict.open(tallFile));
        assertEquals(FileRule.TOO_MANY_CELLS.id, e.finding().rule());
        assertTrue(e.getMessage().contains("行数超过 500"), e.getMessage());
    }

    @Test
    void nonWorkbooksAreRefusedByContentNotName() throws Exception {
        assertEquals(FileRule.NOT_A_WORKBOOK, refused(Files.writeString(dir.resolve("t.xlsx"), "各位领导好：附件为我院数据")));
        assertEquals(FileRule.NOT_A_WORKBOOK, refused(Files.write(dir.resolve("p.xls"), "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(InputStream.nullInputStream(), "WordDocument");
            try (OutputStream out = Files.newOutputStream(dir.resolve("d.xls"))) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals(FileRule.NOT_A_WORKBOOK, refused(dir.resolve("d.xls")));
        assertEquals(FileRule.CORRUPT, refused(rezip(good("z.xlsx"), dir.resolve("cut.xlsx"),
                Map.of("xl/workbook.xml", b -> java.util.Arrays.copyOf(b, b.length / 2)), Map.of())));
        Files.write(dir.resolve("e.xlsx"), new byte[0]);
        assertEquals(FileRule.NOT_A_WORKBOOK, refused(dir.resolve("e.xlsx")));
    }

    @Test
    void namesFromOutsideNeverBecomePaths() {
        for (String raw : new String[] {"../../etc/passwd", "..\\..\\x", "/abs/x.xlsx", "a\u0000b", "CON", "名字 带空格.xlsx", ""}) {
            String safe = SafeNames.component(raw);
            assertFalse(safe.contains("/") || safe.contains("\\") || safe.contains("..") || safe.contains("\u0000") || safe.isEmpty(), safe);
            assertEquals(Path.of(safe).getFileName().toString(), safe);
        }
        assertEquals("名字_带空格_xlsx", SafeNames.component("名字 带空格.xlsx"));
    }
}
