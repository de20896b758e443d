package io.hqd.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.hqd.catalog.CatalogLoader;
import io.hqd.catalog.Region;
import io.hqd.home.HomeSetup;
import io.hqd.home.HqdHome;
import io.hqd.home.RegistryImport;
import io.hqd.registry.HospitalRegistry;
import io.hqd.registry.HospitalVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"创建 hqd 工作目录（数据仓库、收件箱、归档、回执、报表、设置、夜间任务时间），并导入医院名录。",
                "医院名录可以是 Excel（.xlsx/.xls，第一个工作表）或 CSV（UTF-8 或 GB18030）；格式见 --registry-template 生成的模板。",
                "已是工作目录时只导入名录（原名录备份为 registry/hospitals.csv.bak）。"})
public class InitCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--registry", paramLabel = "文件", description = "医院名录（.xlsx、.xls 或 .csv）")
    Path registry;

    @Option(names = "--registry-template", paramLabel = "文件", description = "只生成医院名录模板（.xlsx）到此文件，不创建工作目录")
    Path template;

    @Override
    public Integer call() throws Exception {
        if (template != null) {
            RegistryImport.writeTemplate(template);
            System.out.println("已生成医院名录模板：" + template.toAbsolutePath().normalize() + "（第二个工作表是填写说明）");
            return ExitCodes.OK;
        }
        HqdHome h = home.folder();
        if (Files.exists(h.root()) && !Files.isDirectory(h.root())) {
            throw CliError.usage("「" + h.root() + "」是一个文件，不是目录。");
        }
        if (registry != null && !Files.isRegularFile(registry)) {
            throw CliError.usage("医院名录文件「" + registry.toAbsolutePath().normalize() + "」不存在。");
        }
        List<HospitalVersion> hospitals = null;
        if (registry != null) {
            var regions = CatalogLoader.load(h.catalog()).regions().stream().map(Region::code).collect(Collectors.toSet());
            try {
                hospitals = RegistryImport.read(registry, regions);
            } catch (RegistryImport.RegistryException | IllegalArgumentException e) {
                throw CliError.environment(e.getMessage());
            }
        }
        boolean existed = h.isHome();
        HomeSetup.create(h);
        if (hospitals != null) {
            if (Files.exists(h.hospitalRegistry())) {
                Files.copy(h.hospitalRegistry(), h.hospitalRegistry().resolveSibling("hospitals.csv.bak"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            HospitalRegistry.write(h.hospitalRegistry(), hospitals);
        }
        System.out.println((existed ? "工作目录已存在：" : "已创建工作目录：") + h.root());
        if (hospitals != null) {
            System.out.printf("已导入医院名录：%d 条记录，%d 家机构 → %s%n", hospitals.size(),
                    hospitals.stream().map(HospitalVersion::code).distinct().count(), h.hospitalRegistry());
        } else if (!Files.exists(h.hospitalRegistry())) {
            System.out.println("尚未导入医院名录：在此之前只评价规划中点名的医院。导入：hqd init --home " + h.root() + " --registry 名录.xlsx");
        }
        System.out.println("设置：" + h.settings() + "；夜间任务时间：" + h.jobs().resolve("nightly.yaml"));
        System.out.println("下一步：把医院报送的文件放入 " + h.inbox() + "，运行 hqd nightly --home " + h.root());
        return ExitCodes.OK;
    }
}
