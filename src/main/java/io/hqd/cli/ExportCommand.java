package io.hqd.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.hqd.lake.LakeExport;
import io.hqd.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the warehouse as a hive-partitioned Parquet lake for engines on other machines. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "导出数据湖：把入库数值、数据集市和参考数据写成按报告期和区划分区的 Parquet 文件（附表结构说明），供 Spark、Trino 或其他机器上的 DuckDB 直接读取。")
public class ExportCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--lake", required = true, paramLabel = "DIR",
            description = "数据湖目录：必须是空目录、不存在的目录或以前导出的数据湖（将被整体替换）")
    Path lake;

    @Override
    public Integer call() throws Exception {
        try (Warehouse w = Warehouse.open(home.home().warehouseFile())) {
            LakeExport.Result r = LakeExport.export(w.dsl(), lake);
            System.out.println("数据湖已写入 " + r.dir() + "（表结构说明：" + LakeExport.SCHEMA_FILE + "）");
            for (Map.Entry<String, Long> e : r.rows().entrySet()) {
                System.out.printf("  %-16s %,10d 行%n", e.getKey(), e.getValue());
            }
            return ExitCodes.OK;
        } catch (LakeExport.NotALakeException e) {
            System.err.println("错误：" + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
