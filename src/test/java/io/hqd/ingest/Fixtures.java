package io.hqd.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.ingest.read.ReadContext;
import io.hqd.ingest.template.ReporterType;
import io.hqd.ingest.template.SubmissionTemplate;
import io.hqd.ingest.template.TemplateRequest;
import io.hqd.warehouse.Periods;

/** Test workbooks written with POI, the way hospitals' files look. */
public final class Fixtures {
    public static final Catalog CATALOG = CatalogLoader.load(null);
    public static final String HOSPITAL = "H51040001";
    public static final String HOSPITAL_NAME = "攀枝花市中心医院";

    private Fixtures() {
    }

    public static ReadContext context() {
        return new ReadContext(CATALOG.elements(), Map.of(HOSPITAL_NAME, HOSPITAL, "攀枝花市第二人民医院", "H51040002"));
    }

    public static TemplateRequest request(String hospital, String name, String period) {
        Periods p = Periods.parse(period);
        return new TemplateRequest(ReporterType.HOSPITAL, hospital, name, p,
                SubmissionTemplate.elementsFor(CATALOG, ReporterType.HOSPITAL, p.year()), Map.of());
    }

    public static Path template(Path file, String hospital, String period, Map<String, ?> filled) throws IOException {
        SubmissionTemplate.write(request(hospital, HOSPITAL.equals(hospital) ? HOSPITAL_NAME : "某医院", period), filled, file);
        return file;
    }

    /** A typical complete, consistent set of core figures. */
    public static Map<String, Object> core() {
        return Map.of("discharges", 10000, "surgery_ops", 4000, "surgery_mis_ops", 1200, "surgery_grade4_ops", 800,
                "daysurgery_ops", 300, "elective_ops", 2500, "drg_weight_total", 9500.5, "drg_cases", 9000,
                "bed_days_discharged", 80000, "cp_discharges", 5000);
    }

    /** Writes cells given as {row, col, value} triples; a value starting with '=' becomes a formula. */
    public static Sheet put(Sheet s, Object[]... cells) {
        for (Object[] c : cells) {
            int r = (Integer) c[0], col = (Integer) c[1];
            Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
            Cell cell = row.createCell(col);
            Object v = c[2];
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof String t && t.startsWith("=")) {
                cell.setCellFormula(t.substring(1));
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
        }
        return s;
    }

    public static Object[] c(int row, int col, Object value) {
        return new Object[] {row, col, value};
    }

    public static Path save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }
}
