package io.hqd.evaluate;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Plan;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.Periods;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "排名全省前列": hqd ranks an entity among its peers across the province, but only among the
 * peers it holds data for; the evidence says so. Without a stated cut-off, 前列 means the top third.
 */
final class Ranking {
    private final IndicatorCalculator calc;
    private final TargetScope scopes;
    private final OrgUnits org;
    private final Target t;
    private final Indicator ind;
    private final Periods period;

    Ranking(IndicatorCalculator calc, TargetScope scopes, OrgUnits org, Target t, Indicator ind, Periods period) {
        this.calc = calc;
        this.scopes = scopes;
        this.org = org;
        this.t = t;
        this.ind = ind;
        this.period = period;
    }

    List<EvaluationRow> evaluate(List<Entity> entities, String scopeRegion, Plan plan) {
        Region province = org.ancestorAt(scopeRegion, Region.Level.province);
        String peerRegion = province == null ? scopeRegion : province.code();
        List<Entity> peers = peers(entities, peerRegion);
        List<Scored> scored = new ArrayList<>();
        for (Entity p : peers) {
            Measure m = measure(p);
            if (m.hasValue()) {
                scored.add(new Scored(p.code(), m.value()));
            }
        }
        Comparator<Scored> best = Comparator.comparingDouble(Scored::value);
        scored.sort(ind.direction() == Indicator.Direction.lower ? best : best.reversed());
        List<EvaluationRow> rows = new ArrayList<>();
        for (Entity e : entities) {
            Measure m = measure(e);
            int rank = 1 + (int) scored.stream().takeWhile(s -> !s.code().equals(e.code())).count();
            Judgement j = m.hasValue()
                    ? TargetJudge.rank(t, rank, scored.size(), n -> (int) Math.ceil(n / 3.0))
                    : new Judgement(Status.no_data, null, null, "缺少报送数据，无法排名");
            rows.add(Evaluator.row(t, period, e, m, j));
        }
        return rows;
    }

    /** Entities of the same kind across the province, filtered like the target's own scope. */
    private List<Entity> peers(List<Entity> entities, String peerRegion) {
        if (entities.isEmpty()) {
            return List.of();
        }
        List<HospitalVersion> all = org.hospitalsOn(period.end());
        Target.Scope s = t.scope();
        Target.Scope wide = new Target.Scope(peerRegion, s.tier(), s.grade(), s.type(), s.ownership(), s.adminLevel(), List.of());
        List<HospitalVersion> inScope = all.stream().filter(h -> scopes.applies(wide, peerRegion, h)).toList();
        if (entities.get(0).isHospital()) {
            List<Entity> out = new ArrayList<>(inScope.stream().map(Entity::of).toList());
            entities.stream().filter(e -> out.stream().noneMatch(o -> o.code().equals(e.code()))).forEach(out::add);
            return out;
        }
        Region.Level level = Region.Level.valueOf(entities.get(0).type());
        return scopes.regions(level, peerRegion, inScope);
    }

    private Measure measure(Entity e) {
        if (ind.level() == Indicator.Level.region) {
            return e.isHospital() ? Measure.none(0) : calc.forRegion(ind, e.code(), period);
        }
        return calc.forHospitals(ind, e.hospitals(), period);
    }

    private record Scored(String code, double value) {
    }
}
