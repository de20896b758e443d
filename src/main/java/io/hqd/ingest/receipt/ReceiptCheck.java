package io.hqd.ingest.receipt;

import static io.hqd.warehouse.schema.raw.Tables.RECEIVED_FILE;
import static io.hqd.warehouse.schema.staged.Tables.FINDING;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION_VALUE;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.hqd.ingest.CellRef;
import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.LoadedSubmission;
import io.hqd.ingest.load.Received;
import io.hqd.ingest.load.Status;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.read.WorkbookOpener;
import io.hqd.ingest.receipt.ReceiptWriter;
import io.hqd.ingest.template.ReporterType;
import io.hqd.home.HqdHome;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every file the warehouse holds has a valid receipt. A crash between storing a file and writing its
 * receipt (or in the middle of writing it) leaves none or a truncated one, and a rerun sees the file
 * as already received; this finds those and writes them again from what the warehouse stored, with
 * the existing receipt writer and the archived copy of the file.
 */
public final class ReceiptCheck {
    private static final Logger log = LoggerFactory.getLogger(ReceiptCheck.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;
    private final HqdHome home;
    private final boolean demo;

    public ReceiptCheck(DSLContext dsl, HqdHome home, boolean demo) {
        this.dsl = dsl;
        this.home = home;
        this.demo = demo;
    }

    /** Rewrites every missing or broken receipt; returns how many files got theirs again. */
    public int repair() throws IOException {
        Map<String, Path> receipts = new HashMap<>(); // by "_<hash 12>.json" / ".xlsx": one pass over the folder, not one per file
        for (Path p : Files.isDirectory(home.receipts()) ? list(home.receipts()) : List.<Path>of()) {
            String name = p.getFileName().toString();
            int at = name.lastIndexOf('_');
            if (at >= 0) {
                receipts.putIfAbsent(name.substring(at), p);
            }
        }
        int repaired = 0;
        for (var f : dsl.selectFrom(RECEIVED_FILE).orderBy(RECEIVED_FILE.SHA256).fetch()) {
            String key = "_" + f.getSha256().substring(0, 12);
            Path json = receipts.get(key + ".json");
            Path xlsx = receipts.get(key + ".xlsx");
            if (validJson(json, f.getSha256()) && validWorkbook(xlsx)) {
                continue;
            }
            for (Path broken : new Path[] {json, xlsx}) {
                if (broken != null) {
                    Files.deleteIfExists(broken);
                }
            }
            rewrite(f);
            log.warn("文件 {} 的回执缺失或不完整（可能因上次运行中断），已按数据仓库中的记录重写", f.getOriginalName());
            repaired++;
        }
        return repaired;
    }

    private void rewrite(io.hqd.warehouse.schema.raw.tables.records.ReceivedFileRecord f) {
        Path archived = Path.of(f.getArchivePath());
        Received received = new Received(archived, f.getOriginalName(), f.getSha256(), f.getSizeBytes(),
                f.getReceivedAt(), f.getSourceFolder(), archived);
        List<LoadedSubmission> submissions = new ArrayList<>();
        for (var s : dsl.selectFrom(SUBMISSION).where(SUBMISSION.SUBMISSION_ID.startsWith(f.getSha256()))
                .orderBy(SUBMISSION.SUBMISSION_ID).fetch()) {
            List<ReadCell> values = dsl.selectFrom(SUBMISSION_VALUE).where(SUBMISSION_VALUE.SUBMISSION_ID.eq(s.getSubmissionId()))
                    .orderBy(SUBMISSION_VALUE.ELEMENT_CODE).fetch(v -> new ReadCell(v.getElementCode(),
                            new CellRef(v.getSheet(), v.getCell()), null, BigDecimal.valueOf(v.getValue()), null));
            submissions.add(new LoadedSubmission(s.getSubmissionId(), ReporterType.valueOf(s.getReporterType().toUpperCase(Locale.ROOT)),
                    s.getReporterCode(), s.getPeriodCode(), Status.valueOf(s.getStatus().toUpperCase(Locale.ROOT)),
                    s.getLate(), s.getAfterLock(), s.getTemplateVersion(), values, List.of()));
        }
        List<Finding> findings = dsl.selectFrom(FINDING).where(FINDING.SHA256.eq(f.getSha256())).orderBy(FINDING.SEQ)
                .fetch(x -> new Finding(x.getSheet(), x.getCell(), x.getRule(),
                        Severity.valueOf(x.getSeverity().toUpperCase(Locale.ROOT)), x.getMessage(), x.getValueSeen(), null, null));
        FileOutcome outcome = new FileOutcome(received, false, submissions, findings, List.of());
        ReceiptWriter writer = new ReceiptWriter(home.receipts(), demo);
        WorkbookOpener.Opened opened = null;
        try {
            opened = Files.isRegularFile(archived) ? new WorkbookOpener(Limits.defaults()).open(archived) : null;
        } catch (RuntimeException | io.hqd.ingest.read.RejectedFileException e) {
            opened = null;   // a file refused whole has no workbook to copy; its receipt lists why
        }
        writer.write(outcome, opened == null ? null : opened.grid());
    }

    private static boolean validJson(Path json, String sha) {
        if (json == null) {
            return false;
        }
        try {
            JsonNode node = JSON.readTree(json.toFile());
            return node.has("sha256") && sha.equals(node.get("sha256").asString()) && node.has("findings");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A workbook cut short (a crash while it was written) has no zip directory: it is written last, so a file
     * whose directory opens and lists the package's parts was written to its end.
     */
    private static boolean validWorkbook(Path xlsx) {
        if (xlsx == null) {
            return false;
        }
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) { // receipts are filed in period/reporter folders
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
