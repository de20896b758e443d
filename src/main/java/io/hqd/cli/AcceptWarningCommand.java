package io.hqd.cli;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import io.hqd.ingest.AcceptedWarnings;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "accept-warning", mixinStandardHelpOptions = true,
        description = {"确认一条校验提示（例如数据突变确属实）：以后同一单位、报告期、指标、规则不再提示。",
                "规则名见回执中的「规则」列，例如 jump（数据突变）。"})
public class AcceptWarningCommand implements Callable<Integer> {
    @Mixin HomeOption home;
    @Option(names = "--reporter", required = true, paramLabel = "代码", description = "机构代码或区划代码") String reporter;
    @Option(names = "--period", required = true, paramLabel = "YYYYQn", description = "报告期，例如 2026Q2") String period;
    @Option(names = "--element", required = true, paramLabel = "指标代码", description = "指标代码，例如 discharges") String element;
    @Option(names = "--rule", required = true, paramLabel = "规则", description = "规则名，例如 jump") String rule;
    @Option(names = "--reason", required = true, paramLabel = "原因", description = "确认原因（会记录在案）") String reason;
    @Option(names = "--by", paramLabel = "姓名", description = "确认人，默认为当前系统用户") String by;

    @Override
    public Integer call() {
        var known = io.hqd.ingest.RuleRegistry.find(rule.strip());
        if (known.isEmpty() || known.get().severity() != io.hqd.ingest.Severity.WARNING) {
            System.err.println(known.isEmpty() ? "错误：没有名为「" + rule + "」的规则（规则名见回执或 README 的规则表）"
                    : "错误：规则「" + rule + "」（" + known.get().label() + "）是错误，不是提示，不能确认；请按回执所说改正后重报");
            return ExitCodes.USAGE;
        }
        String code = Periods.parse(period).code();
        String who = by == null || by.isBlank() ? System.getProperty("user.name") : by;
        try (Warehouse w = Warehouse.open(home.home().warehouseFile())) {
            AcceptedWarnings.accept(w.dsl(), reporter.strip(), code, element.strip(), rule.strip(), reason, who, LocalDateTime.now());
        }
        System.out.printf("已确认：%s %s %s（%s：%s）。原因：%s；确认人：%s%n", reporter, code, element, rule, known.get().label(), reason, who);
        return ExitCodes.OK;
    }
}
