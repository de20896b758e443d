package io.hqd.ingest.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The compact values in force must answer exactly as the maps of periods they replace: the values before a period
 * (that period itself excluded), newest first, at most eight; a period's values replaced as a whole; a reporter put
 * back as it was after a rolled-back batch.
 */
class ValuesInForceTest {
    private static List<BigDecimal> decimals(double... values) {
        return java.util.Arrays.stream(values).mapToObj(v -> new BigDecimal(String.valueOf(v))).toList();
    }

    @Test
    void theValuesBeforeAPeriodNewestFirstWithoutThePeriodItself() {
        ValuesInForce v = new ValuesInForce();
        v.put("H1", "e", "2025Q4", 4);
        v.put("H1", "e", "2025Q2", 2);
        v.put("H1", "e", "2026Q1", 5);
        v.put("H1", "e", "2025Q3", 3);

        assertThat(v.before("H1", "e", "2026Q1", 8)).isEqualTo(decimals(4, 3, 2));
        assertThat(v.before("H1", "e", "2026Q2", 8)).isEqualTo(decimals(5, 4, 3, 2));
        assertThat(v.before("H1", "e", "2026Q2", 2)).isEqualTo(decimals(5, 4));
        assertThat(v.before("H1", "e", "2025Q2", 8)).isEmpty();
        assertThat(v.before("H1", "e", "2025Q1", 8)).isEmpty();
        assertThat(v.before("H1", "other", "2026Q2", 8)).isEmpty();
        assertThat(v.before("H2", "e", "2026Q2", 8)).isEmpty();
        assertThat(v.size()).isEqualTo(4);
    }

    @Test
    void aValueIsHandedOutAsTheWarehouseStoresIt() {
        ValuesInForce v = new ValuesInForce();
        v.put("H1", "e", "2025Q4", 0.1 + 0.2);
        v.put("H1", "e", "2025Q3", 1200);
        assertThat(v.before("H1", "e", "2026Q1", 8)).containsExactly(new BigDecimal("0.30000000000000004"), new BigDecimal("1200.0"));
    }

    @Test
    void aPeriodStoredAgainReplacesAndForgettingItForgetsEveryElement() {
        ValuesInForce v = new ValuesInForce();
        v.put("H1", "a", "2025Q4", 1);
        v.put("H1", "b", "2025Q4", 2);
        v.put("H1", "a", "2025Q3", 3);
        v.put("H1", "a", "2025Q4", 10);
        assertThat(v.before("H1", "a", "2026Q1", 8)).isEqualTo(decimals(10, 3));
        assertThat(v.has("H1", "2025Q4")).isTrue();

        v.forget("H1", "2025Q4");
        assertThat(v.has("H1", "2025Q4")).isFalse();
        assertThat(v.has("H1", "2025Q3")).isTrue();
        assertThat(v.before("H1", "a", "2026Q1", 8)).isEqualTo(decimals(3));
        assertThat(v.before("H1", "b", "2026Q1", 8)).isEmpty();
        v.forget("H9", "2025Q4");
        assertThat(v.has("H9", "2025Q4")).isFalse();
        assertThat(v.size()).isEqualTo(1);
    }

    @Test
    void aReporterPutBackIsAsItWasWhateverChangedMeanwhile() {
        ValuesInForce v = new ValuesInForce();
        v.put("H1", "a", "2025Q3", 1);
        Map<String, ValuesInForce.Series> before = v.copyOf("H1");
        assertThat(v.copyOf("H2")).isNull();

        v.put("H1", "a", "2025Q4", 2);
        v.put("H1", "a", "2025Q3", 9);
        v.put("H1", "b", "2025Q4", 3);
        v.put("H2", "a", "2025Q4", 4);
        v.restore("H1", before);
        v.restore("H2", null);

        assertThat(v.before("H1", "a", "2026Q1", 8)).isEqualTo(decimals(1));
        assertThat(v.before("H1", "b", "2026Q1", 8)).isEmpty();
        assertThat(v.has("H2", "2025Q4")).isFalse();
    }

    /** Thousands of random steps, each answered by the maps of periods the compact form replaced. */
    @Test
    void answersAsSortedMapsDoOverManyRandomSteps() {
        Random random = new Random(20261201);
        ValuesInForce v = new ValuesInForce();
        Map<String, Map<String, TreeMap<String, Double>>> model = new HashMap<>();
        String[] reporters = {"H1", "H2", "510107"};
        String[] elements = {"a", "b", "c"};
        for (int step = 0; step < 20_000; step++) {
            String r = reporters[random.nextInt(reporters.length)];
            String e = elements[random.nextInt(elements.length)];
            String p = (2020 + random.nextInt(7)) + "Q" + (1 + random.nextInt(4));
            switch (random.nextInt(4)) {
                case 0, 1 -> {
                    double value = random.nextInt(1000) / 10.0;
                    v.put(r, e, p, value);
                    model.computeIfAbsent(r, k -> new HashMap<>()).computeIfAbsent(e, k -> new TreeMap<>()).put(p, value);
                }
                case 2 -> {
                    v.forget(r, p);
                    model.getOrDefault(r, Map.of()).values().forEach(m -> m.remove(p));
                }
                default -> {
                    List<BigDecimal> expected = model.getOrDefault(r, Map.of()).getOrDefault(e, new TreeMap<>())
                            .headMap(p, false).descendingMap().values().stream().limit(8)
                            .map(d -> new BigDecimal(String.valueOf(d))).toList();
                    assertThat(v.before(r, e, p, 8)).as("step %d", step).isEqualTo(expected);
                    assertThat(v.has(r, p)).isEqualTo(model.getOrDefault(r, Map.of()).values().stream().anyMatch(m -> m.containsKey(p)));
                }
            }
        }
    }
}
