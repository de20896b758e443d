package io.hqd.web;

import static io.hqd.warehouse.schema.ops.Tables.APPROVAL;
import static io.hqd.warehouse.schema.ops.Tables.UPLOAD;
import static io.hqd.warehouse.schema.staged.Tables.SUBMISSION;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Component;

import io.hqd.home.HqdHome;
import io.hqd.ingest.SafeNames;
import io.hqd.ingest.load.FileArchive;
import io.hqd.ingest.read.Limits;

/**
 * A hospital's upload through the portal: checked for size and type, then ingested by the same ingestJob
 * the CLI runs (same validation, archive and receipts), in a folder named after the account's hospital so
 * a workbook naming another hospital is caught by the reporter rule.
 */
@Component
public class Uploads {
    private static final DateTimeFormatter RUN = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");

    private final JobRunner runner;
    private final WebDatabase db;
    private final HqdHome home;
    private final Orgs orgs;
    private final Audit audit;
    private final Clock clock;

    public Uploads(JobRunner runner, WebDatabase db, HqdHome home, Orgs orgs, Audit audit, Clock clock) {
        this.runner = runner;
        this.db = db;
        this.home = home;
        this.orgs = orgs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Ingests one uploaded workbook for the account's hospital; returns the file's sha256 (its receipt key). */
    public String upload(SignedIn who, String originalName, long size, InputStream content) throws IOException {
        String name = originalName == null ? "" : Path.of(originalName.replace('\\', '/')).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
            throw new IllegalArgumentException("只接受 Excel 报表文件（.xlsx 或 .xls），「" + name + "」不是。");
        }
        long max = Limits.defaults().maxFileBytes();
        if (size <= 0) {
            throw new IllegalArgumentException("文件「" + name + "」是空文件（0 字节），请重新选择填好的报表。");
        }
        if (size > max) {
            throw new IllegalArgumentException("文件「" + name + "」大小超过上限 " + (max >> 20) + " MB。季度报表通常不到 1 MB，请检查是否选错了文件。");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String run = "U" + now.format(RUN);
        Path runDir = home.root().resolve("uploads").resolve(run);
        String ext = lower.endsWith(".xlsx") ? ".xlsx" : ".xls";
        Path file = runDir.resolve(who.orgCode()).resolve(SafeNames.component(name.substring(0, name.length() - ext.length())) + ext);
        Files.createDirectories(file.getParent());
        boolean queued = false;
        try {
            Files.copy(content, file);
            checkMagic(file, name);
            String sha = FileArchive.sha256(file);
            Runs.recordRequest(db.dsl(), run, "ingestJob", null, null, who.username(), now);   // the uploader, in the run history
            var job = runner.submit("ingestJob", run, new JobParametersBuilder()
                    .addString("inbox", runDir.toString()).addString("run", run).toJobParameters());
            queued = true;
            JobExecution e = await(job);
            queued = false;
            if (e.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("系统处理文件时出错（运行 " + run + "），请稍后再试或联系市级统计人员。");
            }
            db.dsl().insertInto(UPLOAD).set(UPLOAD.SHA256, sha).set(UPLOAD.ORG_CODE, who.orgCode())
                    .set(UPLOAD.USERNAME, who.username()).set(UPLOAD.ORIGINAL_NAME, name)
                    .set(UPLOAD.UPLOADED_AT, now).set(UPLOAD.RUN_NAME, run)
                    .onConflict(UPLOAD.SHA256, UPLOAD.ORG_CODE).doNothing().execute();
            audit.record("上传报表", who.orgCode(), name + "（" + sha.substring(0, 12) + "，运行 " + run + "）");
            reopenApproval(who.orgCode(), sha);
            return sha;
        } finally {
            if (!queued) {
                deleteQuietly(runDir); // the archive keeps the bytes under their hash
            }
        }
    }

    /** A new file from a hospital reopens its county's approval for that period (the approved set changed). */
    private void reopenApproval(String hospital, String sha) {
        String period = db.dsl().select(SUBMISSION.PERIOD_CODE).from(SUBMISSION).where(SUBMISSION.SUBMISSION_ID.eq(sha))
                .fetchOne(SUBMISSION.PERIOD_CODE);
        String county = orgs.regionOf(hospital);
        if (period != null && county != null
                && db.dsl().deleteFrom(APPROVAL).where(APPROVAL.REGION_CODE.eq(county), APPROVAL.PERIOD_CODE.eq(period)).execute() > 0) {
            audit.record("审批重新打开", county + " " + period, hospital + " 上传了新文件，区县需重新审批");
        }
    }

    private static void checkMagic(Path file, String name) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
                throw new IllegalArgumentException("文件「" + name + "」的内容不是 Excel 工作簿（扩展名与内容不符），未接收。");
            }
        }
    }

    private static JobExecution await(java.util.concurrent.Future<JobExecution> f) throws IOException {
        try {
            return f.get(15, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("上传处理被中断");
        } catch (ExecutionException e) {
            throw new IllegalStateException("系统处理文件时出错：" + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("系统正忙（正在运行其他任务），文件已排队，请稍后在“报送记录”中查看回执。");
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // leftovers under uploads/ are harmless: the next upload uses a new folder
        }
    }
}
