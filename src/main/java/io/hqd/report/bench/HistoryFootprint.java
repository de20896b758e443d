package io.hqd.report.bench;

import static io.hqd.warehouse.schema.marts.Tables.CURRENT_VALUE;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;

import org.jooq.Record4;

import io.hqd.home.HqdHome;
import io.hqd.ingest.load.ValuesInForce;
import io.hqd.warehouse.Warehouse;

/**
 * The heap an ingest keeps for the values in force (what the jump rule compares a file's figures with): read once
 * per run from the warehouse, so it grows with the warehouse's history, not with the files of a run. Measured on
 * the loaded warehouse as it is, and on its values repeated into earlier years until every element has
 * {@code quarters} quarters of values, as a warehouse with that much history would hold them.
 */
public final class HistoryFootprint {
    private HistoryFootprint() {
    }

    public record Footprint(long values, long bytes) {
        public double bytesPerValue() {
            return values == 0 ? 0 : (double) bytes / values;
        }
    }

    /**
     * The values in force as an ingest holds them, once for each depth asked: repeated into earlier years until every
     * element has that many quarters (0: as they are). The warehouse is read once.
     */
    public static List<Footprint> of(HqdHome home, int... quarters) {
        List<Record4<String, String, String, Double>> rows;
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            rows = w.dsl().select(CURRENT_VALUE.REPORTER_CODE, CURRENT_VALUE.ELEMENT_CODE, CURRENT_VALUE.PERIOD_CODE,
                    CURRENT_VALUE.VALUE).from(CURRENT_VALUE).fetch();
        }
        IntSummaryStatistics years = rows.stream().mapToInt(r -> Integer.parseInt(r.value3().substring(0, 4))).summaryStatistics();
        int span = rows.isEmpty() ? 1 : years.getMax() - years.getMin() + 1;
        long held = rows.stream().map(Record4::value3).distinct().count();
        List<Footprint> out = new ArrayList<>();
        for (int q : quarters) {
            out.add(measure(rows, span, q == 0 || held == 0 ? 1 : (int) ((q + held - 1) / held)));
        }
        return out;
    }

    /** The heap the values take when each copy repeats them {@code span} years earlier than the one before. */
    private static Footprint measure(List<Record4<String, String, String, Double>> rows, int span, int copies) {
        ValuesInForce values = new ValuesInForce();
        for (int k = 0; k < copies; k++) {
            for (Record4<String, String, String, Double> r : rows) {
                String p = r.value3();
                // As read from the warehouse: every row brings its own strings.
                values.put(new String(r.value1()), new String(r.value2()),
                        (Integer.parseInt(p.substring(0, 4)) - k * span) + p.substring(4), r.value4());
            }
        }
        long with = usedAfterGc();
        long count = values.size();
        values = null;
        long without = usedAfterGc();
        return new Footprint(count, Math.max(0, with - without));
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
