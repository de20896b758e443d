package io.hqd.web;

import static io.hqd.warehouse.schema.ops.Tables.REPORT_FILE;
import static io.hqd.warehouse.schema.ops.Tables.RUN;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;

import io.hqd.home.HqdHome;

/**
 * The rendered packs under the home's reports/ folder, as ops.report_file lists them: browse by period and
 * run, one file, all of one recipient's PDFs merged for printing, or one recipient's files as a zip.
 * Paths come only from ops.report_file, never from the request, so nothing outside reports/ is served.
 */
@Component
public class Packs {
    public record RunLine(String run, String period, String scope, LocalDateTime created, int files) {
    }

    public record FileLine(String path, String name, String recipient, String format, Integer pages) {
    }

    private final WebDatabase db;
    private final HqdHome home;

    public Packs(WebDatabase db, HqdHome home) {
        this.db = db;
        this.home = home;
    }

    public List<RunLine> runs(String period) {
        var created = DSL.max(REPORT_FILE.CREATED_AT);
        var files = DSL.count();
        var periodOf = DSL.field(DSL.select(DSL.max(RUN.PERIOD_CODE)).from(RUN).where(RUN.RUN_NAME.eq(REPORT_FILE.RUN_ID)));
        var scopeOf = DSL.field(DSL.select(DSL.max(RUN.SCOPE)).from(RUN).where(RUN.RUN_NAME.eq(REPORT_FILE.RUN_ID)));
        return db.dsl().select(REPORT_FILE.RUN_ID, periodOf, scopeOf, created, files).from(REPORT_FILE)
                .groupBy(REPORT_FILE.RUN_ID).orderBy(created.desc())
                .fetch(r -> new RunLine(r.get(REPORT_FILE.RUN_ID), r.get(periodOf), r.get(scopeOf), r.get(created), r.get(files)))
                .stream().filter(r -> period == null || period.isBlank() || period.equals(r.period())).toList();
    }

    /** The run's one name ({@link io.hqd.run.RunName}), as on the packs themselves. */
    public String name(String run) {
        return io.hqd.run.RunName.find(db.dsl(), run).map(io.hqd.run.RunName::label).orElse(run);
    }

    public Map<String, List<FileLine>> filesByRecipient(String run) {
        Map<String, List<FileLine>> out = new LinkedHashMap<>();
        db.dsl().selectFrom(REPORT_FILE).where(REPORT_FILE.RUN_ID.eq(run)).orderBy(REPORT_FILE.RECIPIENT, REPORT_FILE.PATH)
                .forEach(r -> out.computeIfAbsent(r.getRecipient(), k -> new java.util.ArrayList<>())
                        .add(new FileLine(r.getPath(), Path.of(r.getPath()).getFileName().toString(), r.getRecipient(),
                                r.getFormat(), r.getPages())));
        return out;
    }

    /** A file of the run, only if ops.report_file lists it. */
    public Optional<Path> file(String run, String path) {
        boolean listed = db.dsl().fetchExists(REPORT_FILE, REPORT_FILE.RUN_ID.eq(run), REPORT_FILE.PATH.eq(path));
        Path file = home.reports().resolve(path).normalize();
        return listed && file.startsWith(home.reports()) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The run's manifest.csv or manifest.json (written beside the run's files). */
    public Optional<Path> manifest(String run, String name) {
        return recipientFiles(run, null).stream().findFirst()
                .map(f -> home.reports().resolve(f.path()).getParent())
                .flatMap(dir -> {
                    for (Path d = dir; d != null && d.startsWith(home.reports()); d = d.getParent()) {
                        if (Files.isRegularFile(d.resolve(name))) {
                            return Optional.of(d.resolve(name));
                        }
                    }
                    return Optional.empty();
                });
    }

    public List<FileLine> recipientFiles(String run, String recipient) {
        return filesByRecipient(run).entrySet().stream()
                .filter(e -> recipient == null || e.getKey().equals(recipient))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /** Every PDF of one recipient, in path order, as one print-ready PDF. */
    public int mergedPdf(String run, String recipient, OutputStream out) throws IOException {
        List<FileLine> pdfs = recipientFiles(run, recipient).stream().filter(f -> f.name().toLowerCase().endsWith(".pdf")).toList();
        if (pdfs.isEmpty()) {
            throw new IllegalArgumentException("该收件单位在本次运行中没有 PDF 文件");
        }
        Document doc = new Document();
        PdfCopy copy = new PdfCopy(doc, out);
        doc.open();
        int pages = 0;
        for (FileLine f : pdfs) {
            PdfReader reader = new PdfReader(home.reports().resolve(f.path()).toString());
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                copy.addPage(copy.getImportedPage(reader, i));
                pages++;
            }
            copy.freeReader(reader);
            reader.close();
        }
        doc.close();
        return pages;
    }

    /** Every file of one recipient as a zip (entry names in UTF-8, as every current unzip reads them). */
    public void zip(String run, String recipient, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            for (FileLine f : recipientFiles(run, recipient)) {
                zip.putNextEntry(new ZipEntry(f.name()));
                Files.copy(home.reports().resolve(f.path()), zip);
                zip.closeEntry();
            }
        }
    }
}
