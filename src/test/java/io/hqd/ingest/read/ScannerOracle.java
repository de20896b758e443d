package io.hqd.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

/**
 * Opens a file twice, once as hqd reads it (sheets and shared strings through {@link SheetXmlScanner}) and once
 * through {@link StaxXlsxGrid}, the StAX reading it replaced: both must give the same grid and notes, or refuse
 * the file with the same rule and the same Chinese message.
 */
public final class ScannerOracle {
    private ScannerOracle() {
    }

    /** What opening the file gave: the opened workbook, or the refusal as "rule：message". */
    static Object outcome(WorkbookOpener opener, Path file) {
        try {
            return opener.open(file);
        } catch (RejectedFileException e) {
            return e.finding().rule() + "：" + e.finding().message();
        }
    }

    /** Asserts the scanner and its StAX oracle read (or refuse) the file alike; returns the scanner's outcome. */
    public static Object assertReadsAsStaxDid(Path file) {
        Limits limits = Limits.defaults();
        Object scanned = outcome(new WorkbookOpener(limits), file);
        Object stax = outcome(new WorkbookOpener(limits, StaxXlsxGrid::read), file);
        String name = file.getFileName().toString();
        if (scanned instanceof WorkbookOpener.Opened s && stax instanceof WorkbookOpener.Opened o) {
            XlsxGridTest.assertSameGrid(o.grid(), s.grid(), name);
            assertEquals(o.notes(), s.notes(), name + " notes");
        } else {
            assertEquals(String.valueOf(stax), String.valueOf(scanned), name);
        }
        return scanned;
    }
}
