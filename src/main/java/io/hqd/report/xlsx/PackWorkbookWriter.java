package io.hqd.report.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.hqd.report.data.IndicatorMeta;
import io.hqd.report.data.LineageQuery.Lineage;
import io.hqd.report.data.PackData;

/** The analyst workbook of one region: the PDF's tables plus every evaluated row (明细) and every cell its figures came from (来源). */
public final class PackWorkbookWriter {
    private PackWorkbookWriter() {
    }

    public static void write(PackData d, List<Lineage> lineage, Map<String, IndicatorMeta> indicators, Path file) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SheetKit kit = new SheetKit(wb, d.region().name() + d.periodLabel() + "分析工作簿");
            SummarySheet.write(kit, d.summary());
            if (!d.region().isCounty()) {
                CountySheet.write(kit, d.counties(), indicators);
            }
            HospitalSheet.write(kit, d.hospitals());
            DetailSheet.write(kit, d.facts(), lineage);
            SourceSheet.write(kit, d.facts(), lineage);
            ChangesSheet.write(kit, d.changes());
            MilestoneListSheet.write(kit, d.milestones());
            io.hqd.xlsx.Paper.chineseFonts(wb);
            io.hqd.home.AtomicFiles.write(file, wb::write);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写出分析工作簿 " + file, e);
        }
    }
}
