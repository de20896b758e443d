package io.hqd.cli;

import io.hqd.catalog.CatalogException;
import io.hqd.warehouse.Warehouse;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "hqd", mixinStandardHelpOptions = true, version = "hqd 0.1.0",
        description = {"公立医院高质量发展 数据采集、评价与报表系统。", "",
                "常用：hqd demo（示例数据全流程）、hqd nightly（夜间任务）、hqd ingest、hqd evaluate、hqd report、hqd template。"},
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:成功", "1:任务失败（可用 hqd restart 续跑）", "2:命令行参数有误",
                "3:环境不可用（数据仓库被占用、计划目录有误等）", "4:完成，但有文件被退回（见回执）"})
public class HqdCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HqdCommand());
        for (Object sub : Subcommands.all()) {
            cl.addSubcommand(sub);
        }
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (causedBy(ex, Warehouse.WarehouseLockedException.class) || causedBy(ex, CatalogException.class)) {
                cmd.getErr().println("错误：" + rootMessage(ex));
                return ExitCodes.ENVIRONMENT;
            }
            if (rootCause(ex) instanceof JobInstanceAlreadyCompleteException) {
                // The same period, scope and run name already finished: say how to run it again, in Chinese.
                cmd.getErr().println("错误：该报告期和范围今天的运行已经完成，不会重复执行。"
                        + "如需重新运行（例如更正数据后），请加 --rerun，将生成新的运行编号，原结果保留。");
                return ExitCodes.USAGE;
            }
            cmd.getErr().println("错误：" + rootMessage(ex));
            if (System.getenv("HQD_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return ExitCodes.JOB_FAILED;
        });
        return cl;
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Whether {@code type} is anywhere in the cause chain (Spring wraps a locked warehouse several levels deep). */
    static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    static String rootMessage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Warehouse.WarehouseLockedException || c instanceof CatalogException) {
                return c.getMessage();
            }
        }
        Throwable root = rootCause(t);
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
