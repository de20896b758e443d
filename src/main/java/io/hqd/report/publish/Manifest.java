package io.hqd.report.publish;

import static io.hqd.warehouse.schema.ops.Tables.REPORT_FILE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.DSLContext;

import tools.jackson.databind.json.JsonMapper;

/** manifest.csv and manifest.json beside a run's files: what to send to whom, with checksums. */
public final class Manifest {
    private Manifest() {
    }

    /** {@code run} is the run's key (the warehouse's run_id), {@code runName} its one name (io.hqd.run.RunName). */
    public static int write(DSLContext dsl, String run, String runName, Path reportsRoot, Path dir) {
        List<Map<String, Object>> rows = dsl.selectFrom(REPORT_FILE).where(REPORT_FILE.RUN_ID.eq(run))
                .orderBy(REPORT_FILE.PATH).fetch(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", dir.relativize(reportsRoot.resolve(r.getPath())).toString().replace('\\', '/'));
                    m.put("recipient", r.getRecipient());
                    m.put("format", r.getFormat());
                    m.put("pages", r.getPages());
                    m.put("sha256", r.getSha256());
                    m.put("run", runName);
                    return m;
                });
        try {
            Files.createDirectories(dir);
            // UTF-8 with BOM so Excel opens the Chinese names correctly.
            try (Writer w = Files.newBufferedWriter(dir.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                        .setHeader("file", "recipient", "format", "pages", "sha256", "run").get());
                for (Map<String, Object> m : rows) {
                    p.printRecord(m.values());
                }
                p.flush();
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("run", runName);
            doc.put("run_key", run);
            doc.put("files", rows);
            JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("manifest.json").toFile(), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写出清单 " + dir, e);
        }
        return rows.size();
    }
}
