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
import io.hqd.xlsx.WrappedText;

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
    /**
     * How hard the receipts written as XML are compressed: the fastest level. A receipt is read once by a clerk;
     * at the default level compressing a receipt with copied sheets took twice the CPU (4,321 times: 8.3 against
     * 3.9 CPU-s) for a file about 10 % smaller.
     */
    static final int ZIP_LEVEL = java.util.zip.Deflater.BEST_SPEED;

    private ExcelReceipt() {
    }

    static Path write(FileOutcome o, Grid submitted, Path dir, String base, boolean demo) throws IOException {
        boolean marksCells = o.allFindings().stream().anyMatch(f -> f.sheet() != null && f.cell() != null);
        if (!marksCells) {
            // Nothing to mark: the 回执 sheet alone, streamed into a workbook POI built once (a quarter of an ingest's time was here).
            return CleanReceipt.write(o, dir.resolve(base + ".xlsx"), rows(o, ordered(o.allFindings(), submitted), demo));
        }
        List<Finding> ordered = ordered(o.allFindings(), submitted);
        if (MarkedReceipt.fits(submitted, ordered)) {
            // The marked sheets written as XML: building POI's usermodel took a fifth of the parser threads' time.
            return MarkedReceipt.write(o, submitted, dir.resolve(base + ".xlsx"), ordered, rows(o, ordered, demo));
        }
        return withPoi(o, submitted, dir.resolve(base + ".xlsx"), demo);
    }

    /** The receipt built and saved with POI's usermodel: the oracle of the streamed ones, and what a file {@link MarkedReceipt} cannot write gets. */
    static Path withPoi(FileOutcome o, Grid submitted, Path file, boolean demo) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            ReceiptStyles st = new ReceiptStyles(wb);
            Sheet front = wb.createSheet(SHEET);
            boolean marksCells = o.allFindings().stream().anyMatch(f -> f.sheet() != null && f.cell() != null);
            if (submitted != null && marksCells) {
                SheetCopy.all(submitted, wb, st, o.received().originalName());
            }
            List<Finding> ordered = ordered(o.allFindings(), submitted);
            new CellMarks(wb, st).mark(ordered);
            layout(front, o.received().originalName());
            fill(front, st, rows(o, ordered, demo));
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            Paper.chineseFonts(wb);
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

    /** A cell of the 回执 sheet: its column, text and style. */
    record Put(int col, String text, Style style) {
    }

    /** A row of the 回执 sheet; {@code height} 0: as high as its wrapped text needs. */
    record Line(int row, float height, List<Put> cells) {
    }

    /** The styles of the 回执 sheet, by their name in {@link ReceiptStyles}. */
    enum Style {
        TITLE, LABEL, PLAIN, WRAP, HEADER, CELL, ERROR, WARNING, BOTH_MARKS;

        CellStyle in(ReceiptStyles st) {
            return switch (this) {
                case TITLE -> st.title;
                case LABEL -> st.label;
                case PLAIN -> st.plain;
                case WRAP -> st.wrap;
                case HEADER -> st.header;
                case CELL -> st.cell;
                case ERROR -> st.error;
                case WARNING -> st.warning;
                case BOTH_MARKS -> st.both;
            };
        }
    }

    /** The row of the findings table's header: repeated on every printed page, rows above it frozen. */
    static final int HEADER_ROW = 12;

    /** What is the same on every receipt's 回执 sheet: column widths, merged cells, paper, repeated and frozen header. */
    static void layout(Sheet s, String title) {
        for (int c = 0; c < WIDTHS.length; c++) {
            s.setColumnWidth(c, WIDTHS[c] * 256);
        }
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
        for (int r = 1; r <= 9; r++) { // the key–value rows
            s.addMergedRegion(new CellRangeAddress(r, r, 1, COLUMNS.length - 1));
        }
        Paper.a4Landscape(s, title, 0);
        s.setRepeatingRows(CellRangeAddress.valueOf((HEADER_ROW + 1) + ":" + (HEADER_ROW + 1)));
        s.createFreezePane(0, HEADER_ROW + 1);
    }

    /** Width of column {@code col} of the 回执 sheet, in characters. */
    static int width(int col) {
        return WIDTHS[col];
    }

    /** The 回执 sheet's rows: what to fix, in order, and the file's facts above it. */
    static List<Line> rows(FileOutcome o, List<Finding> findings, boolean demo) {
        List<Line> rows = new ArrayList<>();
        List<LoadedSubmission> subs = o.submissions();
        long errors = findings.stream().filter(Finding::isError).count();
        rows.add(new Line(0, 24, List.of(new Put(0, demo ? "报送回执（示例数据，非真实数据）" : "报送回执", Style.TITLE))));
        kv(rows, "文件", o.received().originalName());
        kv(rows, "SHA-256", o.received().sha256());
        kv(rows, "接收时间", o.received().receivedAt().format(TIME));
        kv(rows, "报送单位", subs.isEmpty() || subs.get(0).reporterCode() == null ? "未能确定"
                : subs.size() > 1 ? subs.size() + " 家（汇总表）" : subs.get(0).reporterCode());
        kv(rows, "报告期", subs.stream().map(LoadedSubmission::periodCode).filter(p -> p != null).findFirst().orElse("未能确定"));
        kv(rows, "处理结果", o.status().label + (subs.stream().anyMatch(LoadedSubmission::late) ? "（逾期报送）" : "")
                + (subs.stream().anyMatch(LoadedSubmission::afterLock) ? "（锁定后版本，待审核）" : ""));
        kv(rows, "入库数值", subs.stream().mapToInt(x -> x.values().size()).sum() + " 个");
        kv(rows, "问题", errors + " 个错误（必须修改），" + (findings.size() - errors) + " 个提示（请核实）");
        kv(rows, "下一步", nextStep(o, errors));
        rows.add(new Line(10, 0, List.of(new Put(0, "颜色", Style.LABEL), new Put(1, "错误", Style.ERROR),
                new Put(2, "提示", Style.WARNING), new Put(3, "错误且有提示", Style.BOTH_MARKS),
                new Put(4, "后面各表是所报文件的副本（只含数值），有问题的单元格按左侧颜色和边框标出（错误：粗框；提示：虚线框；两者都有：双线框），鼠标指向可看说明。", Style.WRAP))));
        List<Put> header = new ArrayList<>();
        for (int c = 0; c < COLUMNS.length; c++) {
            header.add(new Put(c, COLUMNS[c], Style.HEADER));
        }
        rows.add(new Line(HEADER_ROW, 0, header));
        int r = HEADER_ROW + 1;
        int seq = 1;
        for (Finding f : findings) {
            RuleNames.Rule rule = RuleNames.of(f.rule());
            rows.add(new Line(r++, 0, List.of(new Put(0, String.valueOf(seq++), Style.CELL),
                    new Put(1, f.severity().label(), f.isError() ? Style.ERROR : Style.WARNING),
                    new Put(2, f.cell() == null ? "整个文件" : f.sheet() + "!" + f.cell(), Style.WRAP),
                    new Put(3, rule.name(), Style.WRAP),
                    new Put(4, f.hospital() == null ? f.message() : "【" + f.hospital() + "】" + f.message(), Style.WRAP),
                    new Put(5, f.valueSeen() == null ? "" : f.valueSeen(), Style.WRAP),
                    new Put(6, rule.todo(), Style.WRAP))));
        }
        if (findings.isEmpty()) {
            rows.add(new Line(r, 0, List.of(new Put(0, "没有发现问题，全部数值已入库。", Style.PLAIN))));
        }
        return rows;
    }

    private static void fill(Sheet s, ReceiptStyles st, List<Line> rows) {
        for (Line line : rows) {
            Row row = s.createRow(line.row());
            if (line.height() > 0) {
                row.setHeightInPoints(line.height());
            }
            for (Put p : line.cells()) {
                put(row, p.col(), p.text(), p.style().in(st));
            }
        }
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

    private static void kv(List<Line> rows, String k, String v) {
        rows.add(new Line(rows.size(), 0, List.of(new Put(0, k, Style.LABEL), new Put(1, v, Style.PLAIN))));
    }

    /** A wrapping cell raises its row to the lines it takes (a row's height is not recomputed when opened). */
    private static void put(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
        if (style.getWrapText()) {
            WrappedText.fit(row, col, text);
        }
    }
}
