package io.hqd.report.bench;

import java.nio.file.Path;
import java.time.LocalDate;

import org.jooq.DSLContext;

import io.hqd.home.HqdHome;
import io.hqd.report.PackPlanner;
import io.hqd.report.data.PackData;
import io.hqd.report.data.PackDataBuilder;
import io.hqd.report.pdf.PackPdfRenderer;
import io.hqd.report.pdf.Templates;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.Warehouse;

/**
 * Renders every region's pack of a period from an existing home (for example a demo home) into a
 * scratch folder and prints pages per second, with template compilation and warm-up timed apart.
 * Usage: RenderBenchmark &lt;home&gt; &lt;period&gt; [rounds]
 */
public final class RenderBenchmark {
    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        HqdHome home = new HqdHome(Path.of(args[0]));
        Periods period = Periods.parse(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path out = home.root().resolve("bench-" + period.code());
        // the warehouse and the renderer alone: a benchmark of rendering needs no job context
        try (Warehouse w = Warehouse.open(home.warehouseFile())) {
            DSLContext dsl = w.dsl();
            long t = System.nanoTime();
            Templates templates = new Templates();
            templates.loadAll();
            System.out.printf("模板载入 %.1f 秒%n", (System.nanoTime() - t) / 1e9);
            PackPdfRenderer renderer = new PackPdfRenderer(templates);
            for (int round = 1; round <= rounds; round++) {
                t = System.nanoTime();
                PackDataBuilder builder = new PackDataBuilder(dsl, period, "BENCH");
                int pages = 0;
                int packs = 0;
                long query = 0;
                for (String code : new PackPlanner(dsl).packs(period.code(), null, builder.regions())) {
                    long q = System.nanoTime();
                    PackData d = builder.build(code);
                    query += System.nanoTime() - q;
                    pages += renderer.render(d, "BENCH", false, LocalDate.now(), out.resolve(code + ".pdf"));
                    packs++;
                }
                double s = (System.nanoTime() - t) / 1e9;
                System.out.printf("第 %d 轮：%d 份材料 %d 页，%.1f 秒（其中查询 %.1f 秒），%.1f 页/秒%n",
                        round, packs, pages, s, query / 1e9, pages / s);
            }
        }
    }
}
