package io.hqd.evaluate;

import io.hqd.registry.HospitalVersion;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The entities a run with {@code scope=<region>} may touch: the region, the regions and hospitals below it. */
final class RunScope {
    private RunScope() {
    }

    /** Entity codes within the scope, or null when the run covers everything. */
    static Set<String> entityCodes(OrgUnits org, String scope, Collection<HospitalVersion> hospitals) {
        if (scope == null) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        org.regions().keySet().stream().filter(r -> org.within(r, scope)).forEach(codes::add);
        hospitals.stream().filter(h -> org.within(h.regionCode(), scope)).map(HospitalVersion::code).forEach(codes::add);
        return codes;
    }

    /** The rows whose entity lies in the scope ({@code scope} null: all rows). */
    static <T> List<T> keep(List<T> rows, Set<String> scope, Function<T, String> entityCode) {
        return scope == null ? rows : rows.stream().filter(r -> scope.contains(entityCode.apply(r))).toList();
    }
}
