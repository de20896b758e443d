package io.hqd.report.publish;

import static io.hqd.warehouse.schema.ops.Tables.REPORT_FILE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

import org.jooq.DSLContext;

/** ops.report_file: every file a run rendered, with its recipient, pages and checksum. */
public final class ReportFiles {
    private final DSLContext dsl;

    public ReportFiles(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A rerun of a step replaces that step's rows (same run, same format). */
    public void forget(String run, String format) {
        dsl.deleteFrom(REPORT_FILE).where(REPORT_FILE.RUN_ID.eq(run), REPORT_FILE.FORMAT.eq(format)).execute();
    }

    /** Records {@code file}, stored with its path relative to the reports folder. */
    public void record(String run, Path reportsRoot, Path file, String recipient, String format, Integer pages,
                       LocalDateTime now) {
        String rel = reportsRoot.relativize(file).toString().replace('\\', '/');
        String sha256 = sha256(file); // read once: a pack is several megabytes
        dsl.insertInto(REPORT_FILE).set(REPORT_FILE.RUN_ID, run).set(REPORT_FILE.PATH, rel)
                .set(REPORT_FILE.RECIPIENT, recipient).set(REPORT_FILE.FORMAT, format).set(REPORT_FILE.PAGES, pages)
                .set(REPORT_FILE.SHA256, sha256).set(REPORT_FILE.CREATED_AT, now)
                .onConflict(REPORT_FILE.RUN_ID, REPORT_FILE.PATH).doUpdate()
                .set(REPORT_FILE.SHA256, sha256).set(REPORT_FILE.PAGES, pages).set(REPORT_FILE.CREATED_AT, now)
                .execute();
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
