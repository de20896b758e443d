package io.hqd.ingest.load;

import java.util.ArrayDeque;
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

/** One pass over an inbox: every file in path order, each on its own; a bad file never stops the run. */
public final class InboxIngest {
    private static final Logger log = LoggerFactory.getLogger(InboxIngest.class);

    /** What a pass did: counts only, so a pass over any number of files holds no file's data at its end. */
    public record Summary(int files, int loaded, int rejected, int duplicates) {
    }

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
     * recognition are the same as in a single-threaded pass. At most a few files are parsed ahead of
     * the store and a few receipts wait to be written, so memory does not grow with the inbox;
     * {@code each} hears every file's outcome once its receipt is written.
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
            Progress progress = new Progress("接收文件", "个文件", files.size(), Clock.systemDefaultZone(), log::info);
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && ahead.size() < window) {
                    Path file = files.get(next++);
                    ahead.add(pool.submit(() -> ingestor.prepare(inbox, file)));
                }
                Path file = files.get(i);
                try {
                    FileIngestor.Completed done = ingestor.complete(ahead.poll().get());
                    receipts.add(pool.submit(() -> ingestor.receipt(done)));
                } catch (ExecutionException | RuntimeException e) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    receipts.add(java.util.concurrent.CompletableFuture.failedFuture(cause));
                    log.error("无法处理文件 {}：{}", inbox.relativize(file), cause.toString());
                }
                while (receipts.size() > window) {
                    count(receipts.poll(), counts, each);
                }
                progress.step();
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
