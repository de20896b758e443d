package io.hqd.ingest.receipt;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.hqd.ingest.Finding;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.LoadedSubmission;
import io.hqd.ingest.read.Grid;
import io.hqd.xlsx.Paper;

/**
 * The person-readable receipt, always a new macro-free .xlsx whatever was sent (.xls, .xlsm, .xlsx with
 * links): a 回执 sheet in front that lists what to fix in order, then a copy of the submitted sheets (values
 * only, so no macro, external link or formula travels back) with each offending cell coloured and the reason
 * as a comment. A file that could not be opened, or one without a finding on any cell, gets the 回执 sheet
 * only: copying an unmarked submission back shows nothing new and costs ingest time.
 */
final class ExcelReceipt {
    static final String SHEET = "回执";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] COLUMNS = {"序号", "级别", "位置", "问题", "说明", "填报内容", "怎么改"};
    private static final int[] WIDTHS = {10, 8, 16, 20, 56, 14, 36};

    private ExcelReceipt() {
    }

    static Path write(FileOutcome o, Grid submitted, Path dir, String base, boolean demo) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            ReceiptStyles st = new ReceiptStyles(wb);
            Sheet front = wb.createSheet(SHEET);
            boolean marksCells = o.allFindings().stream().anyMatch(f -> f.sheet() != null && f.cell() != null);
            if (submitted != null && marksCells) {
                SheetCopy.all(submitted, wb, st);
            }
            List<Finding> ordered = ordered(o.allFindings(), submitted);
            new CellMarks(wb, st).mark(ordered);
            summary(front, st, o, ordered, demo);
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            Paper.chineseFonts(wb);
            Path file = dir.resolve(base + ".xlsx");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                wb.write(out);
            }
            return file;
        } finally {
            wb.getPackage().revert(); // close() would save the whole package a second time, into memory
        }
    }

    /** What to fix, in the order a clerk works: the file as a whole, then errors down each sheet, then warnings. */
    static List<Finding> ordered(List<Finding> findings, Grid submitted) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparing((Finding f) -> !f.isError())
                .thenComparing(f -> f.cell() != null)
                .thenComparingInt(f -> f.sheet() == null || submitted == null ? -1 : submitted.indexOf(f.sheet()))
                .thenComparingInt(f -> f.cell() == null ? -1 : new CellReference(f.cell()).getRow())
                .thenComparingInt(f -> f.cell() == null ? -1 : new CellReference(f.cell()).getCol()));
        return out;
    }

    private static void summary(Sheet s, ReceiptStyles st, FileOutcome o, List<Finding> findings, boolean demo) {
        for (int c = 0; c < WIDTHS.length; c++) {
            s.setColumnWidth(c, WIDTHS[c] * 256);
        }
        List<LoadedSubmission> subs = o.submissions();
        long errors = findings.stream().filter(Finding::isError).count();
        int r = 0;
        Row title = s.createRow(r++);
        title.setHeightInPoints(24);
        put(title, 0, demo ? "报送回执（示例数据，非真实数据）" : "报送回执", st.title);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
        kv(s, r++, st, "文件", o.received().originalName());
        kv(s, r++, st, "SHA-256", o.received().sha256());
        kv(s, r++, st, "接收时间", o.received().receivedAt().format(TIME));
        kv(s, r++, st, "报送单位", subs.isEmpty() || subs.get(0).reporterCode() == null ? "未能确定"
                : subs.size() > 1 ? subs.size() + " 家（汇总表）" : subs.get(0).reporterCode());
        kv(s, r++, st, "报告期", subs.stream().map(LoadedSubmission::periodCode).filter(p -> p != null).findFirst().orElse("未能确定"));
        kv(s, r++, st, "处理结果", o.status().label + (subs.stream().anyMatch(LoadedSubmission::late) ? "（逾期报送）" : "")
                + (subs.stream().anyMatch(LoadedSubmission::afterLock) ? "（锁定后版本，待审核）" : ""));
        kv(s, r++, st, "入库数值", subs.stream().mapToInt(x -> x.values().size()).sum() + " 个");
        kv(s, r++, st, "问题", errors + " 个错误（必须修改），" + (findings.size() - errors) + " 个提示（请核实）");
        kv(s, r++, st, "下一步", nextStep(o, errors));
        Row legend = s.createRow(r++);
        put(legend, 0, "颜色", st.label);
        put(legend, 1, "错误", st.error);
        put(legend, 2, "提示", st.warning);
        put(legend, 3, "错误且有提示", st.both);
        put(legend, 4, "后面各表是所报文件的副本（只含数值），有问题的单元格按左侧颜色标出，鼠标指向可看说明。", st.wrap);
        r++;
        int headerRow = r;
        Row header = s.createRow(r++);
        for (int c = 0; c < COLUMNS.length; c++) {
            put(header, c, COLUMNS[c], st.header);
        }
        int seq = 1;
        for (Finding f : findings) {
            Row row = s.createRow(r++);
            RuleNames.Rule rule = RuleNames.of(f.rule());
            put(row, 0, String.valueOf(seq++), st.cell);
            put(row, 1, f.severity().label(), f.isError() ? st.error : st.warning);
            put(row, 2, f.cell() == null ? "整个文件" : f.sheet() + "!" + f.cell(), st.cell);
            put(row, 3, rule.name(), st.cell);
            put(row, 4, f.hospital() == null ? f.message() : "【" + f.hospital() + "】" + f.message(), st.wrap);
            put(row, 5, f.valueSeen() == null ? "" : f.valueSeen(), st.cell);
            put(row, 6, rule.todo(), st.wrap);
        }
        if (findings.isEmpty()) {
            put(s.createRow(r), 0, "没有发现问题，全部数值已入库。", st.plain);
        }
        Paper.a4Landscape(s, "报送回执　" + o.received().originalName(), 0);
        s.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
        s.createFreezePane(0, headerRow + 1);
    }

    private static String nextStep(FileOutcome o, long errors) {
        if (o.submissions().isEmpty() || o.submissions().stream().allMatch(x -> x.values().isEmpty())) {
            return "文件未能入库：按下表逐条修改后，重新报送整个文件。";
        }
        if (errors > 0) {
            return "其余数值已入库；标为“错误”的数值未入库：修改后重新报送整个文件（新文件将替代本次报送）。";
        }
        return "全部数值已入库；如有“提示”，请核实，确有问题时修改后重新报送。";
    }

    private static void kv(Sheet s, int r, ReceiptStyles st, String k, String v) {
        Row row = s.createRow(r);
        put(row, 0, k, st.label);
        put(row, 1, v, st.plain);
        s.addMergedRegion(new CellRangeAddress(r, r, 1, COLUMNS.length - 1));
    }

    private static void put(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }
}
