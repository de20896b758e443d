package io.hqd.ingest.receipt;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.LoadedSubmission;

/**
 * The person-readable receipt: the submitted workbook itself with each offending cell filled red
 * (error) or yellow (warning) and the reason as a cell comment, plus a 回执 sheet in front.
 * A file that could not be opened, or one without a finding on any cell, gets a workbook with the 回执
 * sheet only: copying an unmarked submission back to its sender showed nothing new and cost a fifth of
 * the ingest's time (saving the whole workbook again).
 */
final class ExcelReceipt {
    static final String SHEET = "回执";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExcelReceipt() {
    }

    static Path write(FileOutcome o, Workbook submitted, Path dir, String base, boolean demo) throws IOException {
        boolean marksCells = o.allFindings().stream().anyMatch(f -> f.sheet() != null && f.cell() != null);
        Workbook wb = submitted != null && marksCells ? submitted : new XSSFWorkbook();
        try {
            if (wb instanceof XSSFWorkbook x) {
                x.unLockStructure();
            }
            mark(wb, o.allFindings());
            summary(wb, o, demo);
            Path file = dir.resolve(base + (wb instanceof HSSFWorkbook ? ".xls" : ".xlsx"));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                wb.write(out);
            }
            return file;
        } finally {
            if (wb != submitted) {
                wb.close();
            }
        }
    }

    private static void mark(Workbook wb, List<Finding> findings) {
        Map<String, CellStyle> styles = new HashMap<>();
        Map<String, Drawing<?>> drawings = new HashMap<>();
        CreationHelper helper = wb.getCreationHelper();
        for (Finding f : findings) {
            Sheet sheet = f.sheet() == null || f.cell() == null ? null : wb.getSheet(f.sheet());
            if (sheet == null) {
                continue;
            }
            CellReference ref = new CellReference(f.cell());
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            String key = cell.getCellStyle().getIndex() + "|" + f.severity();
            cell.setCellStyle(styles.computeIfAbsent(key, k -> {
                CellStyle s = wb.createCellStyle();
                s.cloneStyleFrom(cell.getCellStyle());
                s.setFillForegroundColor((f.severity() == Severity.ERROR ? IndexedColors.CORAL : IndexedColors.LIGHT_YELLOW).getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return s;
            }));
            Drawing<?> drawing = drawings.computeIfAbsent(sheet.getSheetName(), n -> sheet.createDrawingPatriarch());
            Comment existing = cell.getCellComment();
            String text = (existing == null ? "" : existing.getString().getString() + "\n") + "【" + f.severity().label() + "】" + f.message();
            if (existing != null) {
                cell.removeCellComment();
            }
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(ref.getCol() + 1);
            anchor.setCol2(ref.getCol() + 5);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 4);
            Comment c = drawing.createCellComment(anchor);
            c.setString(helper.createRichTextString(text));
            c.setAuthor("hqd");
            cell.setCellComment(c);
        }
    }

    private static void summary(Workbook wb, FileOutcome o, boolean demo) {
        String name = wb.getSheet(SHEET) == null ? SHEET : SHEET + "（系统）";
        Sheet s = wb.createSheet(name);
        wb.setSheetOrder(name, 0);
        wb.setActiveSheet(0);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).setSelected(i == 0);
        }
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle label = wb.createCellStyle();
        label.setFont(bold);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        s.setColumnWidth(0, 14 * 256);
        s.setColumnWidth(1, 14 * 256);
        s.setColumnWidth(2, 10 * 256);
        s.setColumnWidth(3, 8 * 256);
        s.setColumnWidth(4, 22 * 256);
        s.setColumnWidth(5, 70 * 256);
        s.setColumnWidth(6, 18 * 256);
        List<LoadedSubmission> subs = o.submissions();
        List<Finding> findings = o.allFindings();
        long errors = findings.stream().filter(Finding::isError).count();
        int r = 0;
        put(s.createRow(r++), label, demo ? "报送回执（示例数据，非真实数据）" : "报送回执");
        kv(s, r++, label, "文件", o.received().originalName());
        kv(s, r++, label, "SHA-256", o.received().sha256());
        kv(s, r++, label, "接收时间", o.received().receivedAt().format(TIME));
        kv(s, r++, label, "报送单位", subs.isEmpty() || subs.get(0).reporterCode() == null ? "未能确定"
                : subs.size() > 1 ? subs.size() + " 家（汇总表）" : subs.get(0).reporterCode());
        kv(s, r++, label, "报告期", subs.stream().map(LoadedSubmission::periodCode).filter(p -> p != null).findFirst().orElse("未能确定"));
        kv(s, r++, label, "处理结果", o.status().label + (subs.stream().anyMatch(LoadedSubmission::late) ? "（逾期报送）" : "")
                + (subs.stream().anyMatch(LoadedSubmission::afterLock) ? "（锁定后版本，待审核）" : ""));
        kv(s, r++, label, "入库数值", subs.stream().mapToInt(x -> x.values().size()).sum() + " 个");
        kv(s, r++, label, "问题", errors + " 个错误，" + (findings.size() - errors) + " 个提示");
        r++;
        Row header = s.createRow(r++);
        String[] cols = {"序号", "工作表", "单元格", "级别", "规则", "说明", "填报内容"};
        for (int c = 0; c < cols.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(cols[c]);
            cell.setCellStyle(label);
        }
        int seq = 1;
        for (Finding f : findings) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(seq++);
            row.createCell(1).setCellValue(f.sheet() == null ? "" : f.sheet());
            row.createCell(2).setCellValue(f.cell() == null ? "" : f.cell());
            row.createCell(3).setCellValue(f.severity().label());
            row.createCell(4).setCellValue(f.rule());
            Cell msg = row.createCell(5);
            msg.setCellValue(f.hospital() == null ? f.message() : "【" + f.hospital() + "】" + f.message());
            msg.setCellStyle(wrap);
            row.createCell(6).setCellValue(f.valueSeen() == null ? "" : f.valueSeen());
        }
        if (findings.isEmpty()) {
            s.createRow(r).createCell(0).setCellValue("没有发现问题，全部数值已入库。");
        }
    }

    private static void kv(Sheet s, int r, CellStyle label, String k, String v) {
        Row row = s.createRow(r);
        put(row, label, k);
        row.createCell(1).setCellValue(v);
    }

    private static void put(Row row, CellStyle style, String text) {
        Cell c = row.createCell(0);
        c.setCellValue(text);
        c.setCellStyle(style);
    }
}
