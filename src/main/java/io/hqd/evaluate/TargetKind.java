package io.hqd.evaluate;

import java.util.List;
import java.util.Set;

import io.hqd.catalog.Target;

/**
 * One kind of plan target (每家医院达到, 医院占比, 逐步提高, 每年降低, 排名前列 ...), everything about it in one
 * class: which catalog rows are well formed, which entities it is judged for, how they are measured (with
 * coverage), how a value is judged, and how the target reads in words. The {@link Evaluator} loops over the
 * catalog and asks the kind; a new kind is one class implementing this interface, listed in {@link TargetKinds}.
 */
public interface TargetKind {

    /** A mistake in a catalog row: the column and what is wrong, in Chinese. */
    record RowProblem(String field, String message) {
    }

    /** The catalog kinds this class judges. */
    Set<Target.Kind> kinds();

    /** What is wrong with a catalog row of this kind (empty when nothing is). */
    List<RowProblem> validate(Target t);

    /**
     * The entities the target is judged for. By default: every hospital in scope when the target applies to
     * hospitals one by one, else the regions at the target's evaluation level.
     */
    default List<Entity> entities(TargetContext c) {
        return c.defaultEntities();
    }

    /**
     * Measures and judges the target for every entity. By default each entity on its own, plus, for a target
     * every hospital must reach, county and city views that count the in-scope hospitals meeting it.
     */
    default List<EvaluationRow> evaluate(TargetContext c, List<Entity> entities) {
        return c.judgeEach(this, entities);
    }

    /** The entity's figure for a period (year to date), with its coverage. */
    default Measure measure(TargetContext c, Entity e, io.hqd.catalog.Indicator ind, io.hqd.warehouse.Periods period,
                            Slots slots) {
        return c.standardMeasure(e, ind, period, slots);
    }

    /** Judges one entity's measured value. */
    Judgement judge(Judging j, Measure m);

    /** The target in words, as a reader would say it ("≥ 1.90", "逐步提高"). */
    String describe(Target t);
}
