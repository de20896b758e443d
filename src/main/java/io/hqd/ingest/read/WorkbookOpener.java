package io.hqd.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import io.hqd.ingest.Finding;

/**
 * Opens a submitted file as a workbook, or refuses it with a reason, in bounded time and memory:
 * the type is decided by the file's bytes (not its name), zip entries are capped and checked for
 * compression bombs, an .xlsx's sheets are streamed ({@link XlsxGrid}) with their dimensions checked as
 * they come, an .xls goes through POI's usermodel ({@link PoiGrid}), and encrypted workbooks are refused
 * (hqd has no passwords). Macros are never run: POI does not
 * execute VBA; an .xlsm is read for its values and the receipt says so.
 */
public final class WorkbookOpener {

    /** An opened workbook's cells and the notes opening it produced (e.g. macros present). Holds no file or stream. */
    public record Opened(Grid grid, List<Finding> notes) {
    }

    private static final String XLSB_MAIN = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
    private static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    /** How an .xlsx package's cells are read once the package is open (tests put the scanner's oracle here). */
    interface XlsxReading {
        Grid read(XlsxZip zip, Limits limits) throws Exception;
    }

    private final Limits limits;
    private final XlsxReading xlsx;

    public WorkbookOpener(Limits limits) {
        this(limits, XlsxGrid::read);
    }

    WorkbookOpener(Limits limits, XlsxReading xlsx) {
        this.limits = limits;
        this.xlsx = xlsx;
        limits.applyZipLimits();
    }

    public Opened open(Path file) throws RejectedFileException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                throw FileRule.NOT_A_WORKBOOK.reject("文件是空的（0 字节），请重新导出后报送");
            }
            magic = FileMagic.valueOf(in);
        } catch (IOException | RuntimeException e) {
            throw FileRule.CORRUPT.reject("文件无法读取：" + e.getMessage(), e);
        }
        String odf = OpenDocument.kind(file);
        if (odf != null) {
            throw FileRule.NOT_A_WORKBOOK.reject("文件是 " + odf + "，不是 Excel 工作簿。请在 WPS 或 LibreOffice 中打开，"
                    + "用「另存为」选择「Excel 工作簿（.xlsx）」后重新报送");
        }
        return switch (magic) {
            case OOXML -> openXlsx(file);
            case OLE2 -> openOle2(file);
            case BIFF2, BIFF3, BIFF4 -> throw unsupported(file, "Excel 2.0–4.0 格式的旧工作表，系统只读取 .xlsx 和 Excel 97 及以后版本的 .xls",
                    "「Excel 工作簿（.xlsx）」");
            default -> throw FileRule.NOT_A_WORKBOOK.reject("文件内容不是 Excel 工作簿（识别为 " + describe(magic)
                    + "），请用 Excel 另存为 .xlsx 后重新报送");
        };
    }

    private Opened openXlsx(Path file) throws RejectedFileException {
        // Read as a plain zip, each part streamed when needed: nothing of the file is held once the grid is built.
        XlsxZip zip = null;
        try {
            zip = XlsxZip.open(file, limits);
            refuseOtherOoxmlKinds(file, zip);
            zip.checkCoreProperties();
            List<Finding> notes = new ArrayList<>();
            if (MacroCheck.hasMacros(zip)) {
                notes.add(FileRule.MACROS.finding("文件含有宏（VBA）。宏没有运行，只读取了单元格中保存的数值；请改用不含宏的 .xlsx 模板报送"));
            }
            return new Opened(xlsx.read(zip, limits), notes);
        } catch (RejectedFileException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            if (zip != null && zip.refusal() != null) {
                throw zip.refusal(); // a part turned out to be a zip bomb while it streamed
            }
            throw classify(e);
        } finally {
            if (zip != null) {
                try {
                    zip.close();
                } catch (java.io.IOException ignored) {
                    // read-only: nothing is lost
                }
            }
        }
    }

    private Opened openOle2(Path file) throws RejectedFileException {
        // Read into memory (the file is within the size limit), so a refused file leaves nothing open.
        try (InputStream in = Files.newInputStream(file)) {
            POIFSFileSystem fs = new POIFSFileSystem(in);
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo") || fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                throw FileRule.ENCRYPTED.reject("工作簿设置了打开密码（已加密），系统无法读取。请取消密码后重新报送");
            }
            if (!fs.getRoot().hasEntryCaseInsensitive("Workbook") && fs.getRoot().hasEntryCaseInsensitive("Book")) {
                // Excel 5.0/95 (BIFF5) keeps its sheets in a stream named "Book"; POI reads only BIFF8 ("Workbook").
                throw unsupported(file, "Excel 5.0/95 格式的旧工作簿，系统只读取 .xlsx 和 Excel 97 及以后版本的 .xls",
                        "「Excel 工作簿（.xlsx）」");
            }
            if (!fs.getRoot().hasEntryCaseInsensitive("Workbook")) {
                throw FileRule.NOT_A_WORKBOOK.reject("文件是 Office 文档但不是 Excel 工作簿（可能是 Word 文档），请报送 Excel 文件");
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
                new SheetDimensions(limits).check(wb);
                List<Finding> notes = new ArrayList<>();
                if (fs.getRoot().hasEntryCaseInsensitive("_VBA_PROJECT_CUR")) {
                    notes.add(FileRule.MACROS.finding("文件含有宏（VBA）。宏没有运行，只读取了单元格中保存的数值；请改用不含宏的模板报送"));
                }
                return new Opened(PoiGrid.of(wb), notes);
            }
        } catch (RejectedFileException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw classify(e);
        }
    }

    /** Binary (.xlsb) and Strict Open XML workbooks are zips like .xlsx, but POI reads neither (it would answer in English). */
    private static void refuseOtherOoxmlKinds(Path file, XlsxZip zip) throws Exception {
        if (zip.parts().stream().anyMatch(p -> XLSB_MAIN.equals(zip.contentType(p)))) {
            throw unsupported(file, "Excel 二进制工作簿（.xlsb），系统只读取 .xlsx 和 .xls", "「Excel 工作簿（.xlsx）」");
        }
        if (zip.relationships("/").stream().anyMatch(r -> STRICT_OFFICE_DOCUMENT.equals(r.type()))) {
            throw unsupported(file, "「Strict Open XML 电子表格」格式，系统只读取普通的 Excel 工作簿（.xlsx）",
                    "「Excel 工作簿（.xlsx）」（不要选 Strict Open XML）");
        }
    }

    private static RejectedFileException unsupported(Path file, String what, String saveAs) {
        return FileRule.FORMAT_UNSUPPORTED.reject("文件「" + file.getFileName() + "」是" + what
                + "。请在 Excel 中打开，用「另存为」选择" + saveAs + "后重新报送");
    }

    private RejectedFileException classify(Throwable e) {
        String msg = String.valueOf(e.getMessage());
        if (e instanceof EncryptedDocumentException) {
            return FileRule.ENCRYPTED.reject("工作簿已加密或设置了密码，系统无法读取。请取消密码后重新报送", e);
        }
        if (msg.contains("Zip bomb") || msg.contains("zip bomb") || msg.contains("max entry size") || msg.contains("MaxEntrySize")
                || msg.contains("MaxTextSize") || e instanceof OutOfMemoryError) {
            return FileRule.ZIP_BOMB.reject("文件解压后异常巨大（疑似压缩炸弹），已拒收", e);
        }
        if (msg.contains("DOCTYPE") || msg.contains("DTD") || msg.contains("entity expansion") || msg.contains("External Entit")) {
            return FileRule.UNSAFE_XML.reject("文件中含有不允许的 XML 内容（文档类型声明/外部实体），已拒收", e);
        }
        if (e instanceof UnsupportedFileFormatException || e instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException
                || e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException) {
            return FileRule.NOT_A_WORKBOOK.reject("文件是压缩包或其他格式，不是 Excel 工作簿，系统无法读取。请用 Excel 或 WPS 另存为 .xlsx 后重新报送", e);
        }
        return FileRule.CORRUPT.reject("文件已损坏或不是有效的 Excel 工作簿，无法打开（" + e.getClass().getSimpleName() + "）", e);
    }

    private static String describe(FileMagic m) {
        return switch (m) {
            case PDF -> "PDF";
            case HTML -> "网页（HTML）";
            case XML -> "XML";
            case RTF -> "RTF";
            case UNKNOWN -> "未知格式或纯文本";
            default -> m.name();
        };
    }
}
