package io.hqd.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The loaded, validated catalog: regions, named hospitals, indicators, plans and targets. */
public record Catalog(List<Region> regions, List<NamedHospital> namedHospitals, List<Indicator> indicators,
                      List<Plan> plans, List<Target> targets, Map<String, List<Indicator>> versionsByCode) {

    public Catalog(List<Region> regions, List<NamedHospital> namedHospitals, List<Indicator> indicators,
                   List<Plan> plans, List<Target> targets) {
        this(regions, namedHospitals, indicators, plans, targets, indicators.stream()
                .collect(Collectors.groupingBy(Indicator::code, Collectors.toUnmodifiableList())));
    }

    public Map<String, Region> regionsByCode() { return index(regions, Region::code); }
    public Map<String, Plan> plansByCode() { return index(plans, Plan::planCode); }

    /**
     * The indicator definition that applies in {@code year}; falls back to the nearest version. Looked up by code
     * (the evaluation asks for every element of every figure: a scan of the catalog took a tenth of its time).
     */
    public Optional<Indicator> indicator(String code, int year) {
        List<Indicator> versions = versionsByCode.getOrDefault(code, List.of());
        return versions.stream().filter(i -> i.validIn(year)).findFirst()
                .or(() -> versions.stream().max(Comparator.comparing(i -> i.validFrom() == null ? 0 : i.validFrom())));
    }

    /** All versions of an indicator, oldest first (more than one when its definition changed). */
    public List<Indicator> versions(String code) {
        return versionsByCode.getOrDefault(code, List.of()).stream()
                .sorted(Comparator.comparing(i -> i.validFrom() == null ? 0 : i.validFrom())).toList();
    }

    public List<Indicator> elements() {
        return indicators.stream().filter(Indicator::isElement)
                .collect(Collectors.toMap(Indicator::code, i -> i, (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, i -> i, (a, b) -> a, LinkedHashMap::new));
    }
}
