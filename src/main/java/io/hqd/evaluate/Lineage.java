package io.hqd.evaluate;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.warehouse.Periods;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where a figure comes from: every reported cell (file, sheet, cell, value) that feeds an
 * indicator's numerator and denominator for a set of reporters, year to date. The sum of the
 * numerator cells is the figure's numerator, and likewise for the denominator.
 */
public final class Lineage {
    private final Catalog catalog;
    private final ValueCube cube;

    public Lineage(Catalog catalog, ValueCube cube) {
        this.catalog = catalog;
        this.cube = cube;
    }

    /** One source cell: which part of the figure it feeds, who reported it, for which quarter. */
    public record Source(String part, String elementCode, String reporter, String quarter, ValueCube.Cell cell) {
    }

    public List<Source> sources(Indicator ind, Collection<String> reporters, Periods period) {
        List<Source> out = new ArrayList<>();
        add(out, "分子", ind.isElement() ? ind.code() : ind.numerator(), reporters, period);
        if (!ind.isElement() && ind.denominator() != null) {
            add(out, "分母", ind.denominator(), reporters, period);
        }
        return out;
    }

    private void add(List<Source> out, String part, String elementCode, Collection<String> reporters, Periods period) {
        Indicator element = catalog.indicator(elementCode, period.year()).orElseThrow();
        for (String r : reporters) {
            ValueCube.Ytd ytd = cube.ytd(r, element, period);
            List<Periods> quarters = period.yearToDate();
            for (ValueCube.Cell c : ytd.cells()) {
                String quarter = quarters.stream().filter(q -> cube.get(r, q, elementCode) == c).map(Periods::code)
                        .findFirst().orElse(period.code());
                out.add(new Source(part, elementCode, r, quarter, c));
            }
        }
    }
}
