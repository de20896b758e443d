package io.hqd.ingest.template;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.catalog.Region;
import io.hqd.home.HqdHome;
import io.hqd.ingest.SafeNames;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.ReferenceLoader;
import io.hqd.warehouse.Warehouse;

/** Builds template requests from the registry and catalog, and writes the files ({@code hqd template}). */
public final class TemplateIssuer {

    private final Catalog catalog;
    private final List<HospitalVersion> hospitals;
    /** reporter code -> target code -> last reported state (the 上期状态 column); empty without a warehouse. */
    private final Map<String, Map<String, LastMilestoneStates.Last>> lastStates;

    public TemplateIssuer(Catalog catalog, List<HospitalVersion> hospitals) {
        this(catalog, hospitals, Map.of());
    }

    private TemplateIssuer(Catalog catalog, List<HospitalVersion> hospitals,
                           Map<String, Map<String, LastMilestoneStates.Last>> lastStates) {
        this.catalog = catalog;
        this.hospitals = hospitals;
        this.lastStates = lastStates;
    }

    /** The same issuer, showing these last reported states on the 规划任务 sheets it writes. */
    public TemplateIssuer withLastStates(Map<String, Map<String, LastMilestoneStates.Last>> states) {
        return new TemplateIssuer(catalog, hospitals, Map.copyOf(states));
    }

    public static TemplateIssuer forHome(HqdHome home, Catalog catalog) {
        return new TemplateIssuer(catalog, ReferenceLoader.hospitals(home, catalog));
    }

    /** Hospitals active at the end of the period (latest version per code), optionally within one county. */
    public Map<String, HospitalVersion> activeHospitals(Periods period, String regionCode) {
        Map<String, HospitalVersion> out = new LinkedHashMap<>();
        for (HospitalVersion h : hospitals) {
            if (h.validOn(period.end()) && (regionCode == null || regionCode.equals(h.regionCode()))) {
                out.put(h.code(), h);
            }
        }
        return out;
    }

    public TemplateRequest hospital(String code, Periods period, Map<String, BigDecimal> previous) {
        HospitalVersion h = activeHospitals(period, null).get(code);
        if (h == null) {
            throw new IllegalArgumentException("医疗机构 " + code + " 不在机构名录中，或在 " + period.label() + " 不在用");
        }
        return new TemplateRequest(ReporterType.HOSPITAL, h.code(), h.name(), period,
                SubmissionTemplate.elementsFor(catalog, ReporterType.HOSPITAL, period.year()), previous,
                MilestoneItems.forReporter(catalog, hospitals, ReporterType.HOSPITAL, h.code(), period,
                        lastStates.getOrDefault(h.code(), Map.of())))
                .withIssuer(issuer(h.regionCode()));
    }

    public TemplateRequest region(String code, Periods period, Map<String, BigDecimal> previous) {
        Region r = catalog.regionsByCode().get(code);
        if (r == null) {
            throw new IllegalArgumentException("区划代码 " + code + " 不在计划目录的区划表中");
        }
        List<Indicator> elements = SubmissionTemplate.elementsFor(catalog, ReporterType.REGION, period.year());
        return new TemplateRequest(ReporterType.REGION, r.code(), r.name(), period, elements, previous,
                MilestoneItems.forReporter(catalog, hospitals, ReporterType.REGION, r.code(), period,
                        lastStates.getOrDefault(r.code(), Map.of())))
                .withIssuer(issuer(r.parentCode() == null ? r.code() : r.parentCode()));
    }

    /** The city (or province) health commission above a region: the 制定机关 printed on its forms. */
    String issuer(String regionCode) {
        Map<String, Region> regions = catalog.regionsByCode();
        for (Region r = regions.get(regionCode); r != null; r = r.parentCode() == null ? null : regions.get(r.parentCode())) {
            if (r.level() != Region.Level.county) {
                return r.name() + "卫生健康委员会";
            }
        }
        return null;
    }

    /** The file name a template is issued under: code, period and name, all made safe. */
    public static String fileName(TemplateRequest r) {
        return SafeNames.component(r.reporterCode()) + "_" + r.period().code() + "_"
                + SafeNames.component(r.reporterName()) + ".xlsx";
    }

    /** Writes blank templates into {@code dir}, with previous values from the warehouse when it exists. */
    public List<Path> writeAll(List<TemplateRequest> requests, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (TemplateRequest r : requests) {
            Path file = dir.resolve(fileName(r));
            SubmissionTemplate.write(r, Map.of(), file);
            out.add(file);
        }
        return out;
    }

    /** One county-consolidated template: every hospital active in the county, one row each. */
    public Path writeConsolidated(String county, Periods period, Path dir) throws IOException {
        Region r = catalog.regionsByCode().get(county);
        if (r == null) {
            throw new IllegalArgumentException("区划代码 " + county + " 不在计划目录的区划表中");
        }
        List<ConsolidatedTemplate.HospitalRow> rows = activeHospitals(period, county).values().stream()
                .map(h -> new ConsolidatedTemplate.HospitalRow(h.code(), h.name(), Map.of())).toList();
        Path file = dir.resolve(SafeNames.component(county) + "_" + period.code() + "_" + SafeNames.component(r.name()) + "_汇总.xlsx");
        ConsolidatedTemplate.write(r.code(), r.name(), period,
                SubmissionTemplate.elementsFor(catalog, ReporterType.HOSPITAL, period.year()), rows, file);
        return file;
    }

    /** Last reported milestone states of these reporters when the home has a warehouse; empty otherwise. */
    public static Map<String, Map<String, LastMilestoneStates.Last>> lastStates(HqdHome home, ReporterType type,
                                                                               List<String> reporters, Periods period) {
        if (!Files.isRegularFile(home.warehouseFile())) {
            return Map.of();
        }
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            return LastMilestoneStates.load(w.dsl(), type, reporters, period);
        }
    }

    /** Previous values for these reporters when the home has a warehouse; empty otherwise. */
    public static Map<String, Map<String, BigDecimal>> previousValues(HqdHome home, ReporterType type,
                                                                      List<String> reporters, Periods period) {
        if (!Files.isRegularFile(home.warehouseFile())) {
            return Map.of();
        }
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            return PreviousValues.load(w.dsl(), type, reporters, period);
        }
    }
}
