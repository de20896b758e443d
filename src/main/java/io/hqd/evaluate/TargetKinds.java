package io.hqd.evaluate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Target;

/** The one list of target kinds: every catalog kind maps to exactly one {@link TargetKind} class. */
public final class TargetKinds {
    private static final List<TargetKind> ALL = List.of(new ThresholdKind(), new HospitalConditionKind(),
            new RangeKind(), new ApproxKind(), new DirectionKind(), new AnnualChangeKind(), new DeadlineKind(),
            new RankKind(), new GrowthKind(), new MilestoneKind());
    private static final Map<Target.Kind, TargetKind> BY_KIND = new EnumMap<>(Target.Kind.class);

    static {
        for (TargetKind k : ALL) {
            for (Target.Kind kind : k.kinds()) {
                if (BY_KIND.put(kind, k) != null) {
                    throw new IllegalStateException("目标类型 " + kind + " 有两个实现");
                }
            }
        }
    }

    private TargetKinds() {
    }

    public static TargetKind of(Target.Kind kind) {
        TargetKind k = BY_KIND.get(kind);
        if (k == null) {
            throw new IllegalStateException("目标类型 " + kind + " 没有实现类（见 evaluate/TargetKinds）");
        }
        return k;
    }
}
