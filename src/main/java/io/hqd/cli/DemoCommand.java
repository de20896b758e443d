package io.hqd.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;

import io.hqd.demo.DemoGenerator;
import io.hqd.demo.DemoRunner;
import io.hqd.demo.DemoScope;
import io.hqd.home.HqdHome;
import io.hqd.warehouse.Periods;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"示例数据全流程：生成示例工作目录，运行夜间任务，列出报表和回执所在位置。",
                "示例工作目录含医院名录和各医院、卫健局的季度报表，其中约 6%% 故意带错；夜间任务即接收、评价、报表。全部为示例数据。",
                "每次运行都会清空并重建示例工作目录。"})
public class DemoCommand implements Callable<Integer> {

    @Option(names = "--home", paramLabel = "DIR", description = "示例工作目录，默认 ./hqd-demo（只会清空带 hqd.demo=true 标记的目录）")
    Path home = Path.of("hqd-demo");

    @Option(names = "--period", paramLabel = "YYYYQn", description = "评价和报表的报告期（也是生成数据的最后一期），默认最近一个已结束的季度")
    String period;

    @Option(names = "--from", paramLabel = "YYYYQn",
            description = "生成数据的第一期，默认为报告期的上年同期（共 5 个季度，约 1100 个文件）；--from 2024Q1 生成完整历史（约 2500 个文件，较慢）")
    String from;

    @Option(names = "--region", paramLabel = "区划代码", split = ",",
            description = "只生成这些市或县区（逗号分隔），默认：攀枝花、雅安、宜宾、菏泽市牡丹区、武汉、上海")
    java.util.List<String> regions;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Periods to = io.hqd.run.RunParameters.periodOrDefault(period, LocalDate.now());
        DemoScope scope = DemoScope.defaults(LocalDate.now())
                .withPeriods(from == null ? DemoScope.defaultFrom(to) : Periods.parse(from), to);
        if (regions != null && !regions.isEmpty()) {
            scope = scope.withRegions(regions);
        }
        HqdHome demoHome = new HqdHome(home);
        System.out.printf("【示例数据】正在生成示例工作目录 %s（%s 至 %s）……%n", demoHome.root(),
                scope.from().label(), scope.to().label());
        DemoRunner.Result r = DemoRunner.run(demoHome, scope);
        DemoGenerator.Generation g = r.generation();
        double total = (System.nanoTime() - t0) / 1e9;
        System.out.println();
        System.out.println("========== hqd 示例（以下全部为示例数据，非真实数据） ==========");
        System.out.printf("医院名录：%d 家医院（%s）%n", g.registry().stream().map(v -> v.code()).distinct().count(),
                demoHome.hospitalRegistry());
        System.out.printf("报送文件：%d 个（其中 %d 个是故意设置的问题情形：错填、漏填、代码错、逾期、重复、更正重报等，清单见 %s），生成用时 %.1f 秒%n", g.files().size(),
                g.defectFiles(), demoHome.root().resolve(DemoGenerator.MANIFEST), g.planSeconds() + g.writeSeconds());
        System.out.printf("%s 夜间任务（报告期 %s）：%s，用时 %.1f 秒（%s）%n", r.runLabel(), scope.to().label(),
                JobCommandSupport.statusText(r.status()), r.jobSeconds(), stages(r));
        System.out.printf("接收结果：收到 %d 个不同文件，通过 %d 个，部分通过 %d 个，退回 %d 个（示例中的错误是故意的）%n",
                r.receivedFiles(), r.accepted(), r.partial(), r.rejected());
        System.out.println("报表目录：" + demoHome.reports());
        System.out.println("回执目录：" + demoHome.receipts());
        System.out.println("数据仓库：" + demoHome.warehouseFile());
        System.out.printf("总用时 %.1f 秒。所有报表和回执均标注「示例数据」。%n", total);
        return r.status() == BatchStatus.COMPLETED ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }

    private static String stages(DemoRunner.Result r) {
        return r.stageSeconds().entrySet().stream()
                .map(e -> io.hqd.run.RunLabels.step(e.getKey()) + " " + String.format("%.1f", e.getValue()) + " 秒")
                .collect(java.util.stream.Collectors.joining("，"));
    }
}
