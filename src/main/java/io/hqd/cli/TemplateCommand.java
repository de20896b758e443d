package io.hqd.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.ingest.template.ReporterType;
import io.hqd.ingest.template.TemplateIssuer;
import io.hqd.ingest.template.TemplateRequest;
import io.hqd.registry.HospitalVersion;
import io.hqd.warehouse.ReferenceLoader;
import io.hqd.warehouse.Periods;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"生成报送模板（Excel）：医疗机构或区县卫健局填写后放入收件箱。",
                "上期数值取自数据仓库（如有）。"})
public class TemplateCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static class Target {
        @Option(names = "--hospital", paramLabel = "机构代码", description = "一家医疗机构的模板") String hospital;
        @Option(names = "--county", paramLabel = "区划代码", description = "该区县全部在用医疗机构的模板（每家一个文件）") String county;
        @Option(names = "--region", paramLabel = "区划代码", description = "区县/市级卫健部门填报的区域指标模板") String region;
    }

    @Option(names = "--consolidated", description = "与 --county 一起用：生成一个区县汇总表（每家机构一行、每个指标一列），由区县卫健局统一填报")
    boolean consolidated;

    @Option(names = "--period", paramLabel = "YYYYQn", converter = PeriodOptions.PeriodConverter.class,
            description = "报告期，例如 2026Q3。默认：最近一个已结束的季度")
    Periods period;

    @Option(names = "--out", paramLabel = "DIR", description = "输出目录，默认为当前目录下的 templates")
    Path out = Path.of("templates");

    @Override
    public Integer call() throws Exception {
        Periods p = period != null ? period : io.hqd.run.RunParameters.periodOrDefault(null, java.time.LocalDate.now());
        Catalog catalog = CatalogLoader.load(home.home().catalog());
        List<HospitalVersion> registry = ReferenceLoader.hospitals(home.home(), catalog);
        // Codes as typed, in any case, checked as every command checks them (a typo: exit code 2 and where to look).
        Codes known = new Codes(catalog, registry);
        if (target.hospital != null) {
            target.hospital = known.hospital(target.hospital, "--hospital").code();
        } else if (target.county != null) {
            target.county = known.region(target.county, "--county").code();
        } else {
            target.region = known.region(target.region, "--region").code();
        }
        TemplateIssuer issuer = new TemplateIssuer(catalog, registry);
        List<String> codes;
        ReporterType type;
        if (target.region != null) {
            type = ReporterType.REGION;
            codes = List.of(target.region);
        } else {
            type = ReporterType.HOSPITAL;
            codes = target.hospital != null ? List.of(target.hospital)
                    : List.copyOf(issuer.activeHospitals(p, target.county).keySet());
            if (codes.isEmpty()) {
                throw CliError.usage("区划 " + target.county + " 在 " + p.label() + " 没有在用的医疗机构（名录中该区县的机构均已停用或尚未启用）。");
            }
        }
        if (consolidated) {
            if (target.county == null) {
                throw CliError.usage("--consolidated 需要与 --county 一起使用。");
            }
            Path file = issuer.writeConsolidated(target.county, p, out);
            System.out.printf("已生成区县汇总报送模板（%d 家机构，%s）：%s%n", codes.size(), p.label(), file.toAbsolutePath().normalize());
            return ExitCodes.OK;
        }
        Map<String, Map<String, BigDecimal>> previous = TemplateIssuer.previousValues(home.home(), type, codes, p);
        issuer = issuer.withLastStates(TemplateIssuer.lastStates(home.home(), type, codes, p));
        List<TemplateRequest> requests = new ArrayList<>();
        try {
            for (String code : codes) {
                Map<String, BigDecimal> prev = previous.getOrDefault(code, Map.of());
                requests.add(type == ReporterType.REGION ? issuer.region(code, p, prev) : issuer.hospital(code, p, prev));
            }
        } catch (IllegalArgumentException e) {
            throw CliError.usage(e.getMessage());
        }
        List<Path> files = issuer.writeAll(requests, out);
        System.out.printf("已生成 %d 个%s报送模板（%s）到 %s%n", files.size(), type == ReporterType.REGION ? "区域" : "医疗机构",
                p.label(), out.toAbsolutePath().normalize());
        return ExitCodes.OK;
    }
}
