package io.hqd.report;

import java.nio.file.Path;
import java.time.LocalDate;

import io.hqd.home.HqdHome;
import io.hqd.run.RunName;
import io.hqd.warehouse.Periods;

/**
 * One report run: which period, under which run key (the warehouse's run_id) and name (what people
 * read, {@link RunName}), for which scope, and where its files go. {@code hospital} (null: every hospital) limits a
 * rerun to one hospital: its own PDF and the pack of its region ({@code scope}).
 */
public record ReportRun(Periods period, String runName, RunName name, String scope, String hospital, boolean demo,
                        LocalDate today, HqdHome home) {
    /** The job parameter naming the one hospital of a rerun ({@link io.hqd.run.RunParameters#HOSPITAL}). */
    public static final String HOSPITAL = io.hqd.run.RunParameters.HOSPITAL;

    /** home/reports/&lt;period&gt;/运行6/ */
    public Path outputDir() {
        return home.reports().resolve(period.code()).resolve(safe(name.fileTag()));
    }

    /** 511800_雅安市_2026Q3_运行6.pdf */
    public String pdfName(String regionCode, String regionName) {
        return safe(regionCode + "_" + regionName + "_" + period.code() + "_" + name.fileTag()) + ".pdf";
    }

    public String workbookName(String regionCode, String regionName) {
        return safe(regionCode + "_" + regionName + "_" + period.code() + "_" + name.fileTag() + "_分析") + ".xlsx";
    }

    /** File names keep Chinese but lose characters Windows or a shell would trip on. */
    static String safe(String s) {
        return s.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
