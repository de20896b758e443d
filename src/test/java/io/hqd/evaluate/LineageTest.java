package io.hqd.evaluate;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.warehouse.Periods;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineageTest {
    @Test
    void theSourceCellsAddUpToTheFiguresNumeratorAndDenominator() {
        Indicator share = Targets.ratio("mis_share", "mis", "ops", 100, Indicator.Direction.higher);
        Indicator mis = Targets.element("mis", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
        Indicator ops = Targets.element("ops", Indicator.Aggregation.sum, Indicator.PeriodAggregation.sum);
        Catalog catalog = new Catalog(List.of(), List.of(), List.of(share, mis, ops), List.of(), List.of());
        ValueCube cube = new ValueCube();
        cube.put("H1", "2025Q1", "mis", new ValueCube.Cell(10, "a", "一季度.xlsx", "填报表", "E7"));
        cube.put("H1", "2025Q1", "ops", new ValueCube.Cell(100, "a", "一季度.xlsx", "填报表", "E6"));
        cube.put("H1", "2025Q2", "mis", new ValueCube.Cell(20, "b", "二季度.xlsx", "填报表", "E7"));
        cube.put("H1", "2025Q2", "ops", new ValueCube.Cell(100, "b", "二季度.xlsx", "填报表", "E6"));
        var sources = new Lineage(catalog, cube).sources(share, List.of("H1"), Periods.parse("2025Q2"));
        assertThat(sources).hasSize(4);
        assertThat(sources.stream().filter(s -> s.part() == ValueCube.Part.numerator).mapToDouble(s -> s.cell().value()).sum()).isEqualTo(30.0);
        assertThat(sources.stream().filter(s -> s.part() == ValueCube.Part.denominator).mapToDouble(s -> s.cell().value()).sum()).isEqualTo(200.0);
        assertThat(sources).anyMatch(s -> s.quarter().code().equals("2025Q2") && s.cell().file().equals("二季度.xlsx")
                && s.cell().cell().equals("E7"));
    }
}
