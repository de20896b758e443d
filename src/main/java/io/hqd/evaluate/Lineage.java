package io.hqd.evaluate;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.warehouse.Periods;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where a figure comes from: exactly the reported cells (file, sheet, cell, value) its numerator and
 * denominator were summed from, for a set of reporters, year to date, under the coverage rule of
 * {@link ValueCube#ytd(String, Indicator, Indicator, Periods)}: the sum of the numerator cells is the
 * figure's numerator, and likewise for the denominator.
 */
public final class Lineage {
    private final Catalog catalog;
    private final ValueCube cube;

    public Lineage(Catalog catalog, ValueCube cube) {
        this.catalog = catalog;
        this.cube = cube;
    }

    public List<ValueCube.Source> sources(Indicator ind, Collection<String> reporters, Periods period) {
        Indicator num = element(ind.isElement() ? ind.code() : ind.numerator(), period);
        Indicator den = ind.isElement() || ind.denominator() == null ? null : element(ind.denominator(), period);
        List<ValueCube.Source> out = new ArrayList<>();
        for (String r : reporters) {
            out.addAll(cube.ytd(r, num, den, period).sources());
        }
        return out;
    }

    private Indicator element(String code, Periods period) {
        return catalog.indicator(code, period.year()).orElseThrow();
    }
}
