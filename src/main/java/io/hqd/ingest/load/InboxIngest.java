package io.hqd.ingest.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.hqd.catalog.Catalog;
import io.hqd.home.HqdHome;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.receipt.ReceiptWriter;

/** One pass over an inbox: every file in path order, each on its own; a bad file never stops the run. */
public final class InboxIngest {
    private static final Logger log = LoggerFactory.getLogger(InboxIngest.class);

    /** What a pass did. */
    public record Summary(int files, int loaded, int rejected, int duplicates, List<FileOutcome> outcomes) {
    }

    private final FileIngestor ingestor;

    public InboxIngest(DSLContext dsl, Catalog catalog, HqdHome home, Limits limits, String runId, boolean demo) {
        this.ingestor = new FileIngestor(new IngestReference(dsl, catalog), new SubmissionStore(dsl),
                new FileArchive(home.archive()), limits, new ReceiptWriter(home.receipts(), demo), runId);
    }

    public Summary run(Path inbox) throws java.io.IOException {
        List<Path> files = InboxScanner.files(inbox);
        int rejected = 0, loaded = 0, duplicates = 0;
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            try {
                FileOutcome o = ingestor.ingest(inbox, file);
                outcomes.add(o);
                if (o.duplicate()) {
                    duplicates++;
                } else if (o.status() == Status.REJECTED) {
                    rejected++;
                } else {
                    loaded++;
                }
            } catch (Exception e) {
                rejected++;
                log.error("无法处理文件 {}：{}", inbox.relativize(file), e.toString());
            }
        }
        log.info("收件箱 {}：{} 个文件，入库 {}，退回 {}，重复 {}", inbox, files.size(), loaded, rejected, duplicates);
        return new Summary(files.size(), loaded, rejected, duplicates, outcomes);
    }
}
