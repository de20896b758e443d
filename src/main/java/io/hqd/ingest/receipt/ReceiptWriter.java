package io.hqd.ingest.receipt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;

import io.hqd.catalog.Catalog;
import io.hqd.ingest.SafeNames;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.LoadedSubmission;

/**
 * Writes a file's receipts under the home's receipts folder: a JSON for systems and an Excel copy of
 * the submission (offending cells highlighted, with comments, and a 回执 summary sheet) for people.
 * Names are {@code <reporter>_<period>_<sha256 first 12>}, built from safe components only.
 */
public final class ReceiptWriter {
    private final Path dir;

    public ReceiptWriter(Path dir, Catalog catalog) {
        this.dir = dir;
    }

    public List<Path> write(FileOutcome outcome, Workbook workbook) {
        try {
            Files.createDirectories(dir);
            String base = baseName(outcome);
            List<Path> out = new ArrayList<>();
            Path json = dir.resolve(base + ".json");
            JsonReceipt.write(outcome, json);
            out.add(json);
            out.add(ExcelReceipt.write(outcome, workbook, dir, base));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("无法写回执：" + e.getMessage(), e);
        }
    }

    public static String baseName(FileOutcome o) {
        List<LoadedSubmission> subs = o.submissions();
        String reporter = subs.size() > 1 ? "汇总" : subs.isEmpty() || subs.get(0).reporterCode() == null
                ? "未知单位" : subs.get(0).reporterCode();
        String period = subs.stream().map(LoadedSubmission::periodCode).filter(p -> p != null).findFirst().orElse("未知报告期");
        return SafeNames.component(reporter) + "_" + SafeNames.component(period) + "_" + o.received().sha256().substring(0, 12);
    }
}
