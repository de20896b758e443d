package io.hqd.ingest.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.hqd.catalog.Indicator;
import io.hqd.demo.PlannedFile;
import io.hqd.ingest.template.TemplateLayout;

/** Edits a demo workbook the way clerks and bureaus do, writing each variant as a new file. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    /** A copy of {@code base} edited by {@code edit}, written to {@code target}. */
    static Path edit(Path base, Path target, Consumer<XSSFWorkbook> edit) {
        try (InputStream in = Files.newInputStream(base); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.accept(wb);
            // Every save is its own file (as real re-saves are): no variant repeats another's bytes.
            wb.getProperties().getCoreProperties().setDescription(target.getFileName().toString());
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
            return target;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Sheet data(Workbook wb) {
        return wb.getSheet(TemplateLayout.SHEET);
    }

    /** The 本期数值 cell of an element in the template sheet. */
    static Cell valueCell(Sheet s, String element) {
        for (Row row : s) {
            Cell code = row.getCell(TemplateLayout.COL_CODE);
            if (code != null && element.equals(code.toString().strip()) && row.getRowNum() >= TemplateLayout.FIRST_DATA_ROW) {
                Cell c = row.getCell(TemplateLayout.COL_VALUE);
                return c == null ? row.createCell(TemplateLayout.COL_VALUE) : c;
            }
        }
        throw new IllegalArgumentException("no row for " + element);
    }

    static void setText(Sheet s, int row, int col, String text) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        Cell c = r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
        c.setCellValue(text);
    }

    /** A clerk's own sheet: title, labelled code/name/period cells, then 项目 | 单位 | 本期 rows. */
    static void longTable(Sheet s, String title, String codeLabelValue, String nameValue, String period,
                          List<Indicator> elements, Map<String, Object> values) {
        int r = 0;
        setText(s, r++, 0, title);
        setText(s, r, 0, "医疗机构代码");
        if (codeLabelValue != null) {
            setText(s, r, 1, codeLabelValue);
        }
        setText(s, r, 2, "单位名称");
        if (nameValue != null) {
            setText(s, r, 3, nameValue);
        }
        r++;
        if (period != null) {
            setText(s, r, 0, "报告期");
            setText(s, r, 1, period);
        }
        r += 2;
        setText(s, r, 0, "序号");
        setText(s, r, 1, "项目");
        setText(s, r, 2, "单位");
        setText(s, r, 3, "本期");
        int seq = 1;
        for (Indicator e : elements) {
            Object v = values.get(e.code());
            r++;
            Row row = s.createRow(r);
            row.createCell(0).setCellValue(seq++);
            row.createCell(1).setCellValue(e.name());
            row.createCell(2).setCellValue(e.unit() == null ? "" : e.unit());
            if (v instanceof Number n) {
                row.createCell(3).setCellValue(n.doubleValue());
            }
        }
    }

    /** A wide one-row table: 医疗机构代码 | 医院名称 | element names…, then the hospital's row. */
    static void wideTable(Sheet s, String period, String code, String name, List<Indicator> elements, Map<String, Object> values) {
        setText(s, 0, 0, "报告期：" + period);
        setText(s, 1, 0, "医疗机构代码");
        setText(s, 1, 1, "医院名称");
        Row row = s.createRow(2);
        row.createCell(0).setCellValue(code);
        row.createCell(1).setCellValue(name);
        int c = 2;
        for (Indicator e : elements) {
            if (values.get(e.code()) instanceof Number n) {
                setText(s, 1, c, e.name());
                row.createCell(c++).setCellValue(n.doubleValue());
            }
        }
    }

    /** A monthly helper sheet (七月/八月/九月/合计) with element columns and no hospital column. */
    static void monthlyHelper(Sheet s, Indicator element, double total) {
        setText(s, 0, 0, "月份");
        setText(s, 0, 1, element.name());
        setText(s, 0, 2, "出院患者手术台次");
        for (int i = 1; i <= 3; i++) {
            setText(s, i, 2, String.valueOf(100 * i));
        }
        String[] months = {"七月", "八月", "九月"};
        double third = Math.floor(total / 3);
        for (int i = 0; i < 3; i++) {
            setText(s, i + 1, 0, months[i]);
            s.getRow(i + 1).createCell(1).setCellValue(i < 2 ? third : total - 2 * third);
        }
        setText(s, 4, 0, "合计");
        s.getRow(4).createCell(1).setCellFormula("SUM(B2:B4)");
        s.getRow(4).getCell(1).setCellValue(total);
    }

    /** A minimal OpenDocument spreadsheet, as WPS or LibreOffice saves one when .ods is chosen. */
    static Path ods(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry e = new ZipEntry("mimetype");
            e.setMethod(ZipEntry.STORED);
            e.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return target;
    }

    static String soffice() {
        for (String p : List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        return null;
    }

    /** Re-saves files with LibreOffice (one start for all of them), as clerks who use it do. */
    static void libreOffice(List<Path> files, String format, Path outDir, Path profile) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(soffice(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", format, "--outdir", outDir.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (!p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish");
        }
    }

    static void put(PlannedFile f, Map<String, Object> into) {
        into.putAll(f.values());
    }
}
