package io.hqd.cli;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.Callable;

import io.hqd.home.HqdHome;
import io.hqd.ingest.AcceptedWarnings;
import io.hqd.warehouse.Periods;
import io.hqd.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "accept-warning", mixinStandardHelpOptions = true,
        description = {"确认一条校验提示（例如数据突变确属实）：以后同一单位、报告期、指标、规则不再提示。",
                "规则名见回执中的「规则」列，例如 jump（数据突变）。只有提示（警告）能确认，错误必须由报送单位改正。"})
public class AcceptWarningCommand implements Callable<Integer> {
    /** Warning rules a statistician may accept; error rules are fixed by the reporter, never accepted. */
    static final Set<String> WARNING_RULES = Set.of("jump", "read_percent_fraction",
            io.hqd.ingest.validate.MoneyScaleRule.ID);

    @Mixin HomeOption home;
    @Option(names = "--reporter", required = true, paramLabel = "代码", description = "机构代码或区划代码") String reporter;
    @Option(names = "--period", required = true, paramLabel = "YYYYQn", converter = PeriodOptions.PeriodConverter.class,
            description = "报告期，例如 2026Q2") Periods period;
    @Option(names = "--element", required = true, paramLabel = "指标代码", description = "指标代码，例如 discharges（hqd catalog list indicators）") String element;
    @Option(names = "--rule", required = true, paramLabel = "规则", description = "规则名：jump（数据突变）") String rule;
    @Option(names = "--reason", required = true, paramLabel = "原因", description = "确认原因（会记录在案）") String reason;
    @Option(names = "--by", paramLabel = "姓名", description = "确认人，默认为当前系统用户") String by;

    @Override
    public Integer call() {
        HqdHome h = home.home();
        Codes codes = Codes.of(h);
        String who = by == null || by.isBlank() ? System.getProperty("user.name") : by;
        String reporterCode = codes.reporter(reporter, "--reporter");
        String elementCode = codes.indicator(element, "--element").code();
        String ruleCode = rule.strip().toLowerCase(java.util.Locale.ROOT);
        if (!WARNING_RULES.contains(ruleCode)) {
            throw CliError.usage("--rule：「" + rule + "」不是可确认的提示规则。可确认的只有：" + WARNING_RULES.stream().sorted()
                    .map(r -> r + "（" + io.hqd.ingest.RuleRegistry.label(r) + "）").collect(java.util.stream.Collectors.joining("、"))
                    + "；错误规则须由报送单位改正后重新报送。");
        }
        if (reason.isBlank()) {
            throw CliError.usage("--reason 不能为空：确认原因会记录在案。");
        }
        try (Warehouse w = Warehouse.open(h.warehouseFile())) {
            AcceptedWarnings.accept(w.dsl(), reporterCode, period.code(), elementCode, ruleCode, reason, who, LocalDateTime.now());
        }
        System.out.printf("已确认：%s %s %s（%s）。原因：%s；确认人：%s%n", reporterCode, period.code(), elementCode, ruleCode, reason, who);
        return ExitCodes.OK;
    }
}
