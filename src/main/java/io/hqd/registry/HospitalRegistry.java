package io.hqd.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The home's hospital registry, {@code registry/hospitals.csv}: one row per hospital and validity
 * interval. Maintained by the commission's statisticians; the demo writes its own.
 */
public final class HospitalRegistry {

    public static final String[] COLUMNS = {"code", "name", "region_code", "valid_from", "valid_to",
            "tier", "grade", "type", "ownership", "admin_level"};

    private HospitalRegistry() {
    }

    public static List<HospitalVersion> read(Path file) {
        List<HospitalVersion> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                try {
                    String to = rec.get("valid_to").strip();
                    out.add(new HospitalVersion(rec.get("code").strip(), rec.get("name").strip(),
                            rec.get("region_code").strip(), LocalDate.parse(rec.get("valid_from").strip()),
                            to.isEmpty() ? null : LocalDate.parse(to), rec.get("tier").strip(), rec.get("grade").strip(),
                            rec.get("type").strip(), rec.get("ownership").strip(), rec.get("admin_level").strip()));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("医院名录 " + file + " 第" + (rec.getRecordNumber() + 1)
                            + "行有误：" + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取医院名录 " + file, e);
        }
        return out;
    }

    public static void write(Path file, List<HospitalVersion> versions) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
                for (HospitalVersion v : versions) {
                    p.printRecord(v.code(), v.name(), v.regionCode(), v.validFrom(),
                            v.validTo() == null ? "" : v.validTo(), v.tier(), v.grade(), v.type(), v.ownership(), v.adminLevel());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入医院名录 " + file, e);
        }
    }
}
