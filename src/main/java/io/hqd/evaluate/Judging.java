package io.hqd.evaluate;

import io.hqd.catalog.Indicator;
import io.hqd.catalog.Target;
import io.hqd.warehouse.Periods;

/**
 * What judging one entity's value needs besides the value: the target, the indicator's definition this
 * year, the period, the plan's first year, whether the entity is the plan's own region (whose baseline the
 * catalog may state), and the entity's own history.
 */
public record Judging(Target target, Indicator indicator, Periods period, Integer planStartYear,
                      boolean isScopeRegion, History history) {

    /** The same entity's figures in other periods, under the definition that applied then. */
    public interface History {
        /** The year-to-date measure at the end of {@code year} (Q4), or null when there is none. */
        Measure fullYear(int year);

        /**
         * This year to date beside the same quarters a year earlier, like for like (only the reporter-quarters
         * both years cover). Null when hqd holds nothing to compare.
         */
        YearOnYear yearOnYear();
    }

    /**
     * A like-for-like comparison: {@code now} and {@code before} over the same reporter-quarters; {@code now} null
     * means the measured value itself; {@code note} says which quarters were compared when not the whole year to
     * date (empty otherwise); {@code yearShare} is the share of a year a flow comparison covers (quarters/4), 1 for
     * levels, ratios and stocks, so a change stated per year is scaled to the quarters compared.
     */
    public record YearOnYear(Measure now, Measure before, String note, double yearShare) {
        public boolean comparable() {
            return before != null && before.hasValue() && (now == null || now.hasValue());
        }

        public double nowValue(Measure measured) {
            return now == null ? measured.value() : now.value();
        }
    }
}
