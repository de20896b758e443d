package io.hqd.ingest.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.read.FileRule;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.read.ReadResult;
import io.hqd.ingest.read.RejectedFileException;
import io.hqd.ingest.read.WorkbookOpener;
import io.hqd.ingest.read.WorkbookReader;
import io.hqd.ingest.receipt.ReceiptWriter;

/**
 * Ingests one file: size cap, hash, archive (all before parsing), recognise repeats, read, validate,
 * store in one transaction (or with a batch of files in one), write receipts. Never throws for a bad file:
 * the run goes on.
 */
public final class FileIngestor {
    private static final Logger log = LoggerFactory.getLogger(FileIngestor.class);

    private final IngestReference ref;
    private final SubmissionStore store;
    private final FileArchive archive;
    private final Limits limits;
    private final WorkbookOpener opener;
    private final ReceiptWriter receipts;
    private final String runId;
    /** Hashes received in earlier runs, read once: a repeat of one is not parsed (nor archived) again. */
    private final java.util.Set<String> receivedBefore;

    public FileIngestor(IngestReference ref, SubmissionStore store, FileArchive archive, Limits limits,
                        ReceiptWriter receipts, String runId) {
        this.ref = ref;
        this.store = store;
        this.archive = archive;
        this.limits = limits;
        this.opener = new WorkbookOpener(limits);
        this.receipts = receipts;
        this.runId = runId;
        this.receivedBefore = store.knownHashes();
    }

    public FileOutcome ingest(Path inbox, Path file) throws IOException {
        return receipt(complete(prepare(inbox, file)));
    }

    /**
     * A file read but not yet stored: hashed, archived and parsed. Safe to run for several files at
     * once; the cells read are kept until the receipt is written.
     */
    public record Prepared(Received received, Path relative, List<Finding> fileFindings, ReadResult read,
                           WorkbookOpener.Opened opened) {
    }

    /** A file stored (or recognised as a repeat), waiting for its receipt. */
    public record Completed(FileOutcome outcome, WorkbookOpener.Opened opened) {
    }

    /** Size cap, hash, archive (all before parsing), then open and read. Thread-safe. */
    public Prepared prepare(Path inbox, Path file) throws IOException {
        Path relative = inbox.relativize(file);
        String originalName = relative.toString().replace('\\', '/');
        long size = Files.size(file);
        LocalDateTime receivedAt = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        String sha = FileArchive.sha256(file);
        String folder = relative.getParent() == null ? null : relative.getParent().toString().replace('\\', '/');
        boolean oversize = size > limits.maxFileBytes();
        // Every empty file has the same hash: each one is refused as empty again, never taken for a repeat of the first.
        if (receivedBefore.contains(sha) && size > 0) {
            // Already archived and stored under this hash: complete() records the repeat without a parse.
            return new Prepared(new Received(file, originalName, sha, size, receivedAt, folder, null), relative,
                    new ArrayList<>(), null, null);
        }
        // An empty or oversize file is refused and recorded, but never copied into the archive of submissions.
        Path archived = oversize || size == 0 ? null : archive.store(file, sha, extension(file));
        Received r = new Received(file, originalName, sha, size, receivedAt, folder, archived);
        List<Finding> fileFindings = new ArrayList<>();
        if (size == 0) {
            fileFindings.add(FileRule.NOT_A_WORKBOOK.finding("文件「" + relative.getFileName() + "」是空的（0 字节），没有任何内容，"
                    + "可能是保存或传送时出错。请在 Excel 中打开原表，另存为 .xlsx 后重新报送"));
            return new Prepared(r, relative, fileFindings, null, null);
        }
        if (oversize) {
            fileFindings.add(FileRule.TOO_LARGE.finding("文件大小 " + (size >> 20) + " MB，超过上限 "
                    + (limits.maxFileBytes() >> 20) + " MB，未打开。季度报表通常不到 1 MB，请检查是否报错了文件"));
            return new Prepared(r, relative, fileFindings, null, null);
        }
        WorkbookOpener.Opened opened;
        try {
            opened = opener.open(file);
        } catch (RejectedFileException e) {
            fileFindings.add(e.finding());
            return new Prepared(r, relative, fileFindings, null, null);
        }
        fileFindings.addAll(opened.notes());
        try {
            ReadResult read = WorkbookReader.read(opened.grid(), ref.readContext());
            read.findings().stream().filter(f -> f.sheet() == null && f.cell() == null).forEach(fileFindings::add);
            return new Prepared(r, relative, fileFindings, read, opened);
        } catch (RuntimeException | StackOverflowError e) {
            fileFindings.add(FileRule.CORRUPT.finding("读取文件时出错，文件可能已损坏（" + e.getClass().getSimpleName() + "）"));
            return new Prepared(r, relative, fileFindings, null, null);
        }
    }

    /** Recognise repeats, validate and store in one transaction. Call for one file at a time, in inbox order. */
    public Completed complete(Prepared p) {
        return complete(p, store, false);
    }

    /**
     * Recognise repeats, validate and store several files, in order, in ONE transaction (one commit instead
     * of one per file, each of which waits for the disk). Throws if any file could not be stored: then
     * nothing of any of them is in the warehouse nor remembered, and the caller stores them one by one
     * ({@link #complete}) so only the bad file is refused. Receipts are written only after this returns.
     */
    public List<Completed> completeAll(List<Prepared> batch) {
        List<Completed> done = new ArrayList<>(batch.size());
        ref.beginBatch();
        try {
            store.batch(batch.stream().map(p -> p.received().sha256()).toList(), tx -> {
                done.clear();
                for (Prepared p : batch) {
                    done.add(complete(p, tx, true));
                }
            });
        } catch (RuntimeException e) {
            ref.rollbackBatch();
            throw e;
        }
        ref.commitBatch();
        return done;
    }

    private Completed complete(Prepared p, SubmissionStore store, boolean inBatch) {
        Received r = p.received();
        if (r.size() == 0 && store.known(r.sha256())) {
            store.recordRefusedAgain(r, runId, p.fileFindings());
            return new Completed(new FileOutcome(r, false, List.of(), p.fileFindings(), List.of()), null);
        }
        if (store.known(r.sha256())) {
            store.recordDuplicate(r, runId);
            log.info("已接收过的文件（内容相同），不再重复入库：{}", r.originalName());
            return new Completed(new FileOutcome(r, true, List.of(), List.of(), List.of()), null);
        }
        ReadResult read = p.read();
        List<LoadedSubmission> submissions = read == null ? List.of()
                : new SubmissionBuilder(ref).build(r, read, folderCode(p.relative()), p.fileFindings());
        FileOutcome outcome = new FileOutcome(r, false, submissions, p.fileFindings(), List.of());
        try {
            ref.remember(store.store(r, runId, read == null ? List.of() : read.cells(), outcome,
                    read == null ? List.of() : read.milestones()));
        } catch (RuntimeException e) {
            if (inBatch) {
                throw e; // the whole batch rolls back and its files are stored again one by one
            }
            log.error("文件 {} 入库失败，已全部回滚，下次运行时将重新处理：{}", r.originalName(), e.getMessage());
            outcome = new FileOutcome(r, false, List.of(), List.of(LoadRule.STORE_FAILED.file(
                    "入库时发生错误，本文件的数据已全部回滚，未入库；系统将在下次运行时重新处理（" + e.getClass().getSimpleName() + "）")),
                    List.of());
            return new Completed(outcome, null);
        }
        return new Completed(outcome, p.opened());
    }

    /** Write the file's receipts. Thread-safe. */
    public FileOutcome receipt(Completed c) {
        FileOutcome outcome = c.outcome();
        if (outcome.duplicate()) {
            return outcome;
        }
        List<Path> written = List.of();
        try {
            written = receipts.write(outcome, c.opened() == null ? null : c.opened().grid());
        } catch (RuntimeException e) {
            // The file is stored; a receipt that could not be written must not turn it into a rejection.
            log.error("文件 {} 已处理，但回执写入失败：{}", outcome.received().originalName(), e.toString());
        }
        return new FileOutcome(outcome.received(), false, outcome.submissions(), outcome.fileFindings(), written);
    }

    /** The inbox sub-folder's name when it looks like a reporter code (hospital H######## or region ######). */
    static String folderCode(Path relative) {
        Path parent = relative.getParent();
        if (parent == null) {
            return null;
        }
        String name = parent.getFileName().toString().strip();
        return SubmissionBuilder.HOSPITAL_CODE.matcher(name).matches() || SubmissionBuilder.REGION_CODE.matcher(name).matches()
                ? name : null;
    }

    private static String extension(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return switch (FileMagic.valueOf(in)) {
                case OOXML -> "xlsx";
                case OLE2 -> "xls";
                default -> "bin";
            };
        }
    }
}
