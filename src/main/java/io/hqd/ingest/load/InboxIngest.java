package io.hqd.ingest.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import java.nio.file.Path;
import java.util.List;

import java.time.Clock;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.hqd.catalog.Catalog;
import io.hqd.home.HqdHome;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.receipt.ReceiptWriter;
import io.hqd.progress.Progress;

/** One pass over an inbox: every file in path order; a bad file never stops the run. */
public final class InboxIngest {
    private static final Logger log = LoggerFactory.getLogger(InboxIngest.class);

    /** What a pass did: counts only, so a pass over any number of files holds no file's data at its end. */
    public record Summary(int files, int loaded, int rejected, int duplicates) {
    }

    /** A batch stored in one transaction holds at most this many files … */
    static final int BATCH_FILES = 128;
    /** … or about this many raw cells (a batch's files are held in memory until it commits). */
    static final int BATCH_CELLS = 100_000;

    /** Files parsed ahead of the store beyond the first few: at most this many bytes of them, so memory stays bounded. */
    static final long AHEAD_BYTES = 8L << 20;

    private final FileIngestor ingestor;

    public InboxIngest(DSLContext dsl, Catalog catalog, HqdHome home, Limits limits, String runId, boolean demo) {
        this.ingestor = new FileIngestor(new IngestReference(dsl, catalog), new SubmissionStore(dsl),
                new FileArchive(home.archive()), limits, new ReceiptWriter(home.receipts(), demo), runId);
    }

    public Summary run(Path inbox) throws java.io.IOException {
        return run(inbox, outcome -> { });
    }

    /**
     * Files are hashed, archived and parsed on several threads and their receipts written on several
     * threads, but validated and stored one at a time in inbox order, so supersession and duplicate
     * recognition are the same as in a single-threaded pass. Files are stored in batches of up to
     * {@link #BATCH_FILES} files or {@link #BATCH_CELLS} cells, each batch in one warehouse transaction
     * (a commit waits for the disk; one per file was half the stage's time); a batch that fails is rolled
     * back and its files stored one by one, so only a bad file is refused. Receipts are written only once
     * a file's transaction has committed. At most a batch of files is parsed ahead of the one being stored
     * and a batch's receipts wait to be written, so memory does not grow with the inbox; {@code each} hears every
     * file's outcome once its receipt is written.
     */
    public Summary run(Path inbox, Consumer<FileOutcome> each) throws java.io.IOException {
        InboxScanner.Scan scan = InboxScanner.scan(inbox);
        scan.skipped().forEach(skip -> log.info(skip.line(inbox)));
        List<Path> files = scan.files();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int window = threads * 2;
        int[] counts = new int[3]; // loaded, rejected, duplicates
        try {
            Deque<Future<FileIngestor.Prepared>> ahead = new ArrayDeque<>();
            Deque<Future<FileOutcome>> receipts = new ArrayDeque<>();
            int next = 0;
            int taken = 0;
            long aheadBytes = 0;
            Progress progress = new Progress("接收文件", "个文件", files.size(), Clock.systemDefaultZone(), log::info);
            while (taken < files.size()) {
                // Slots in inbox order: a prepared file, or the reason it could not be prepared.
                List<Object> slots = new ArrayList<>();
                List<FileIngestor.Prepared> batch = new ArrayList<>();
                int cells = 0;
                while (taken < files.size() && batch.size() < BATCH_FILES && cells < BATCH_CELLS) {
                    // Parse ahead while the writer stores: a few files always, up to a batch of small ones.
                    while (next < files.size() && (ahead.size() < window || ahead.size() < BATCH_FILES
                            && aheadBytes + size(files.get(next)) <= AHEAD_BYTES)) {
                        Path file = files.get(next++);
                        aheadBytes += size(file);
                        ahead.add(pool.submit(() -> ingestor.prepare(inbox, file)));
                    }
                    Path file = files.get(taken++);
                    aheadBytes -= size(file);
                    try {
                        FileIngestor.Prepared p = ahead.poll().get();
                        slots.add(p);
                        batch.add(p);
                        cells += p.read() == null ? 0 : p.read().cells().size();
                    } catch (ExecutionException e) {
                        slots.add(e.getCause());
                        log.error("无法处理文件 {}：{}", inbox.relativize(file), e.getCause().toString());
                    }
                }
                Map<FileIngestor.Prepared, Object> done = store(batch);
                for (Object slot : slots) {
                    Object result = slot instanceof FileIngestor.Prepared p ? done.get(p) : slot;
                    if (result instanceof FileIngestor.Completed c) {
                        receipts.add(pool.submit(() -> ingestor.receipt(c)));
                    } else {
                        receipts.add(CompletableFuture.failedFuture((Throwable) result));
                    }
                    while (receipts.size() > BATCH_FILES) {
                        count(receipts.poll(), counts, each);
                    }
                    progress.step();
                }
            }
            while (!receipts.isEmpty()) {
                count(receipts.poll(), counts, each);
            }
            progress.finish();
            log.info("收件箱 {}：{} 个文件，入库 {}，退回 {}，重复 {}", inbox, files.size(), counts[0], counts[1], counts[2]);
            return new Summary(files.size(), counts[0], counts[1], counts[2]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("接收被中断");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Each file's {@link FileIngestor.Completed}, or what was thrown for it: the batch in one transaction,
     * or, if that fails, file by file in inbox order (a bad file is then refused alone).
     */
    private Map<FileIngestor.Prepared, Object> store(List<FileIngestor.Prepared> batch) {
        Map<FileIngestor.Prepared, Object> done = new IdentityHashMap<>();
        if (batch.isEmpty()) {
            return done;
        }
        try {
            List<FileIngestor.Completed> all = ingestor.completeAll(batch);
            for (int i = 0; i < batch.size(); i++) {
                done.put(batch.get(i), all.get(i));
            }
            return done;
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                log.warn("{} 个文件一并入库失败，已全部回滚，逐个重新入库：{}", batch.size(), e.toString());
            }
        }
        for (FileIngestor.Prepared p : batch) {
            try {
                done.put(p, ingestor.complete(p));
            } catch (RuntimeException e) {
                done.put(p, e);
                log.error("无法处理文件 {}：{}", p.received().originalName(), e.toString());
            }
        }
        return done;
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0; // prepare() reports the file
        }
    }

    private static void count(Future<FileOutcome> receipt, int[] counts, Consumer<FileOutcome> each) throws InterruptedException {
        try {
            FileOutcome o = receipt.get();
            counts[o.duplicate() ? 2 : o.status() == Status.REJECTED ? 1 : 0]++;
            each.accept(o);
        } catch (ExecutionException e) {
            counts[1]++;
        }
    }
}
