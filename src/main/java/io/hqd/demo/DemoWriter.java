package io.hqd.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.hqd.ingest.template.ReporterType;
import io.hqd.progress.Progress;
import io.hqd.ingest.template.SubmissionTemplate;
import io.hqd.ingest.template.TemplateRequest;

/**
 * Writes planned files into an inbox with the ingest's own template writer, two at a time, and
 * stamps each with its simulated arrival time (the ingest reads lateness from it).
 */
public final class DemoWriter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoWriter.class);

    private DemoWriter() {
    }

    public static void write(List<PlannedFile> files, Path inbox, int threads) {
        write(files, inbox, threads, f -> List.of());
    }

    /** As above; {@code milestones} gives each file's filled 规划任务 rows. */
    public static void write(List<PlannedFile> files, Path inbox, int threads,
                             java.util.function.Function<PlannedFile, List<io.hqd.ingest.template.MilestoneSheet.Item>> milestones) {
        List<PlannedFile> originals = files.stream().filter(f -> f.content() != PlannedFile.Content.COPY).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (PlannedFile f : originals) {
                jobs.add(pool.submit(() -> writeOne(f, inbox, milestones.apply(f))));
            }
            Progress progress = new Progress("生成示例文件", "个文件", jobs.size(), java.time.Clock.systemDefaultZone(), LOG::info);
            for (Future<?> j : jobs) {
                j.get();
                progress.step();
            }
            progress.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("生成示例文件被中断", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("生成示例文件失败：" + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        // Copies after their originals: identical bytes under another name.
        for (PlannedFile f : files) {
            if (f.content() == PlannedFile.Content.COPY) {
                try {
                    Path target = inbox.resolve(f.path());
                    Files.copy(inbox.resolve(f.copyOf()), target);
                    Files.setLastModifiedTime(target, FileTime.from(f.arrival()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static void writeOne(PlannedFile f, Path inbox, List<io.hqd.ingest.template.MilestoneSheet.Item> milestones) {
        Path target = inbox.resolve(f.path());
        try {
            Files.createDirectories(target.getParent());
            if (f.content() == PlannedFile.Content.TEXT) {
                Files.writeString(target, "各位领导好：\n附件为我院" + f.period().label() + "监测数据，请查收。\n"
                        + f.reporterName() + " 统计室\n", StandardCharsets.UTF_8);
            } else {
                TemplateRequest request = new TemplateRequest(f.hospital() ? ReporterType.HOSPITAL : ReporterType.REGION,
                        f.reporterCode(), f.reporterName(), f.period(), f.elements(), Map.of(), milestones);
                SubmissionTemplate.write(request, f.values(), target);
            }
            Files.setLastModifiedTime(target, FileTime.from(f.arrival()));
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入示例文件 " + target, e);
        }
    }
}
