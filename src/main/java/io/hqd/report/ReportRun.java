package io.hqd.report;

import java.nio.file.Path;
import java.time.LocalDate;

import io.hqd.home.HqdHome;
import io.hqd.warehouse.Periods;

/**
 * One report run: which period, under which run name, for which scope, and where its files go. {@code hospital}
 * (null: every hospital) limits a rerun to one hospital: its own PDF and the pack of its region ({@code scope}).
 */
public record ReportRun(Periods period, String runName, String scope, String hospital, boolean demo, LocalDate today,
                        HqdHome home) {
    /** The job parameter naming the one hospital of a rerun. */
    public static final String HOSPITAL = "hospital";

    /** home/reports/&lt;period&gt;/&lt;run&gt;/ */
    public Path outputDir() {
        return home.reports().resolve(period.code()).resolve(safe(runName));
    }

    public String pdfName(String regionCode, String regionName) {
        return safe(regionCode + "_" + regionName + "_" + period.code() + "_" + runName) + ".pdf";
    }

    public String workbookName(String regionCode, String regionName) {
        return safe(regionCode + "_" + regionName + "_" + period.code() + "_" + runName + "_分析") + ".xlsx";
    }

    /** File names keep Chinese but lose characters Windows or a shell would trip on. */
    static String safe(String s) {
        return s.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
