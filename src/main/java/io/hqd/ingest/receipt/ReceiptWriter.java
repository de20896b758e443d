package io.hqd.ingest.receipt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hqd.ingest.SafeNames;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.LoadedSubmission;
import io.hqd.ingest.read.Grid;

/**
 * Writes a file's receipts under the home's receipts folder: a JSON for systems and a macro-free Excel
 * receipt for people (what to fix first, then the submitted sheets with offending cells coloured).
 * Filed per period and reporter, named after the file as sent, ending in the first 12 hex digits of its
 * hash (the key the receipt check and the web console find a file's receipt by):
 * {@code <period>/<reporter>/<file name>_回执_<sha256 first 12>}, all from safe components.
 */
public final class ReceiptWriter {
    private final Path dir;
    private final boolean demo;

    /** {@code demo}: the home holds demo data, and every receipt says so (示例数据). */
    public ReceiptWriter(Path dir, boolean demo) {
        this.dir = dir;
        this.demo = demo;
    }

    public List<Path> write(FileOutcome outcome, Grid workbook) {
        try {
            Path json = dir.resolve(baseName(outcome) + ".json");
            Files.createDirectories(json.getParent());
            List<Path> out = new ArrayList<>();
            JsonReceipt.write(outcome, json, demo);
            out.add(json);
            out.add(ExcelReceipt.write(outcome, workbook, json.getParent(), json.getFileName().toString().replaceAll("\\.json$", ""), demo));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("无法写回执：" + e.getMessage(), e);
        }
    }

    /** The receipt's path under the receipts folder, without extension: period/reporter/name_回执_hash. */
    public static String baseName(FileOutcome o) {
        List<LoadedSubmission> subs = o.submissions();
        String folder = o.received().sourceFolder() == null ? null
                : Path.of(o.received().sourceFolder()).getFileName().toString();
        String unknown = folder != null && folder.matches("H\\d{8}|\\d{6}") ? folder : "未知单位";
        String reporter = subs.size() > 1 ? "汇总" : subs.isEmpty() || subs.get(0).reporterCode() == null
                ? unknown : subs.get(0).reporterCode();
        String period = subs.stream().map(LoadedSubmission::periodCode).filter(p -> p != null).findFirst().orElse("未知报告期");
        String name = Path.of(o.received().originalName()).getFileName().toString().replaceAll("\\.[A-Za-z]{3,4}$", "");
        return SafeNames.component(period) + "/" + SafeNames.component(reporter) + "/" + SafeNames.component(name)
                + "_回执_" + o.received().sha256().substring(0, 12);
    }
}
