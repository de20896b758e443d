package io.hqd.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Comparator;
import io.hqd.catalog.Target;

/**
 * Where the plans' targets put an indicator, so generated values straddle them: some hospitals and
 * regions meet a target, some do not. Only targets that state a level of the indicator itself count.
 */
final class TargetCentres {

    record Centre(double value, boolean lowerIsBetter) {
    }

    private final Map<String, List<Target>> byIndicator = new HashMap<>();

    TargetCentres(Catalog catalog) {
        for (Target t : catalog.targets()) {
            if (level(t) != null) {
                byIndicator.computeIfAbsent(t.indicator(), k -> new ArrayList<>()).add(t);
            }
        }
    }

    /** The mean target level for this tier (targets without a tier apply to all), or null. */
    Centre centre(String indicator, String tier) {
        List<Target> targets = byIndicator.getOrDefault(indicator, List.of());
        List<Target> forTier = targets.stream().filter(t -> tier != null && tier.equals(t.scope().tier())).toList();
        List<Target> use = forTier.isEmpty() ? targets : forTier;
        if (use.isEmpty()) {
            return null;
        }
        double sum = 0;
        int lower = 0;
        for (Target t : use) {
            sum += level(t);
            Comparator op = t.kind() == Target.Kind.share || t.kind() == Target.Kind.count ? t.conditionOp() : t.op();
            if (op == Comparator.at_most || op == Comparator.below) {
                lower++;
            }
        }
        return new Centre(sum / use.size(), lower * 2 > use.size());
    }

    private static Double level(Target t) {
        return switch (t.kind()) {
            case each, approx, region_rate, range -> t.value();
            case share, count -> t.conditionValue();
            default -> null;
        };
    }
}
