package io.hqd.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Region;
import io.hqd.catalog.Target;
import io.hqd.registry.HospitalVersion;

/**
 * "排名全省前列": an entity ranked among peers of its own kind (hospitals of the same scope, or regions of the same
 * level) across the province, but only among the peers hqd holds data for; the evidence says so. Without a
 * stated cut-off, 前列 means the top third.
 */
final class RankKind implements TargetKind {

    @Override
    public Set<Target.Kind> kinds() {
        return Set.of(Target.Kind.rank);
    }

    @Override
    public List<RowProblem> validate(Target t) {
        return t.op() == io.hqd.catalog.Comparator.top ? List.of() : List.of(new RowProblem("op", "rank 类目标的 op 应为 top"));
    }

    @Override
    public List<EvaluationRow> evaluate(TargetContext c, List<Entity> entities) {
        Region province = c.org().ancestorAt(c.scopeRegion(), Region.Level.province);
        String peerRegion = province == null ? c.scopeRegion() : province.code();
        List<Scored> scored = new ArrayList<>();
        for (Entity p : peers(c, entities, peerRegion)) {
            Measure m = c.measure(p);
            if (m.hasValue()) {
                scored.add(new Scored(p.code(), m.value()));
            }
        }
        Comparator<Scored> best = Comparator.comparingDouble(Scored::value);
        scored.sort(c.indicator().direction() == Indicator.Direction.lower ? best : best.reversed());
        List<EvaluationRow> rows = new ArrayList<>();
        for (Entity e : entities) {
            Measure m = c.measure(e);
            int rank = 1 + (int) scored.stream().takeWhile(s -> !s.code().equals(e.code())).count();
            Judgement j = m.hasValue() ? rank(c.target(), rank, scored.size())
                    : new Judgement(Status.no_data, null, null, "缺少报送数据，无法排名");
            rows.add(c.row(e, m, j));
        }
        return rows;
    }

    /** Ranks are judged among the entities hqd holds data for: say so on paper. */
    static Judgement rank(Target t, int rank, int peers) {
        int cutoff = t.value() != null ? t.value().intValue() : (int) Math.ceil(peers / 3.0);
        String text = "在本系统数据范围内排名第 " + rank + "／" + peers + "（前列取前 " + cutoff
                + " 名；系统仅能在其掌握的数据内排名，非官方全省排名）";
        return new Judgement(rank <= cutoff ? Status.met : Status.not_met, (double) cutoff, null, text);
    }

    @Override
    public Judgement judge(Judging j, Measure m) {
        throw new IllegalStateException("rank 目标按同级排名判断，见 RankKind.evaluate");
    }

    @Override
    public String describe(Target t) {
        return t.value() == null ? "排名前列" : "排名前 " + TargetJudge.fmt(t.value());
    }

    /** Entities of the same kind across the province, filtered like the target's own scope. */
    private static List<Entity> peers(TargetContext c, List<Entity> entities, String peerRegion) {
        if (entities.isEmpty()) {
            return List.of();
        }
        List<HospitalVersion> all = c.org().hospitalsOn(c.period().end());
        Target.Scope s = c.target().scope();
        Target.Scope wide = new Target.Scope(peerRegion, s.tier(), s.grade(), s.type(), s.ownership(), s.adminLevel(), List.of());
        List<HospitalVersion> inScope = all.stream().filter(h -> c.scopes().applies(wide, peerRegion, h)).toList();
        if (entities.get(0).isHospital()) {
            List<Entity> out = new ArrayList<>(inScope.stream().map(Entity::of).toList());
            entities.stream().filter(e -> out.stream().noneMatch(o -> o.code().equals(e.code()))).forEach(out::add);
            return out;
        }
        Region.Level level = Region.Level.valueOf(entities.get(0).type().name());
        return c.scopes().regions(level, peerRegion, inScope);
    }

    private record Scored(String code, double value) {
    }
}
