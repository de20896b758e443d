package io.hqd.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.util.ListResourceBundle;

import org.slf4j.LoggerFactory;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;

import io.hqd.catalog.CatalogException;
import io.hqd.run.Failures;
import io.hqd.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "hqd", mixinStandardHelpOptions = true, version = "hqd 0.1.0",
        description = {"公立医院高质量发展 数据采集、评价与报表系统。", "",
                "首次使用：hqd init --home 目录 --registry 医院名录.xlsx；常用：hqd nightly（夜间任务）、hqd ingest、"
                        + "hqd evaluate、hqd report、hqd template、hqd runs、hqd restart、hqd backup。"},
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:成功", "1:任务失败（可用 hqd restart 续跑）",
                "2:命令行有误（报告期格式、未知的区划/机构/指标/规则代码、目录不存在、不是工作目录）",
                "3:环境不可用（数据仓库被占用、工作目录只读、未找到 Java 21+、计划目录或医院名录有误）",
                "4:完成，但有文件被退回（见回执）"})
public class HqdCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** {@code hqd} alone: the same Chinese help, with every command, as {@code hqd --help}. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HqdCommand());
        for (Object sub : Subcommands.all()) {
            cl.addSubcommand(sub);
        }
        ChineseHelp.apply(cl);
        cl.setParameterExceptionHandler(HqdCommand::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            int code = exitCode(ex);
            String message = message(ex);
            cmd.getErr().println("错误：" + message);
            if (code == ExitCodes.JOB_FAILED) {
                // Unexpected: the log file keeps the stack trace for whoever investigates.
                LoggerFactory.getLogger(HqdCommand.class).error("命令失败：{}", message, ex);
                if (System.getenv("HQD_DEBUG") != null) {
                    ex.printStackTrace(cmd.getErr());
                }
            }
            return code;
        });
        return cl;
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Every exit code rule in one place: the whole cause chain is looked at, not only the root. */
    static int exitCode(Throwable ex) {
        CliError own = Failures.find(ex, CliError.class);
        if (own != null) {
            return own.exitCode();
        }
        if (Failures.find(ex, Warehouse.WarehouseLockedException.class) != null
                || Failures.find(ex, CatalogException.class) != null
                || Failures.find(ex, AccessDeniedException.class) != null
                || readOnly(ex)) {
            return ExitCodes.ENVIRONMENT;
        }
        if (Failures.find(ex, JobInstanceAlreadyCompleteException.class) != null) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.JOB_FAILED;
    }

    static String message(Throwable ex) {
        CliError own = Failures.find(ex, CliError.class);
        if (own != null) {
            return own.getMessage();
        }
        if (Failures.find(ex, JobInstanceAlreadyCompleteException.class) != null) {
            // The same period, scope and run name already finished: say how to run it again.
            return "该报告期和范围今天的运行已经完成，不会重复执行。"
                    + "如需重新运行（例如更正数据后），请加 --rerun，将生成新的运行编号，原结果保留。";
        }
        if (readOnly(ex) || Failures.find(ex, AccessDeniedException.class) != null) {
            return "没有写入权限（" + Failures.rootCause(ex).getMessage() + "）。请检查工作目录的权限，"
                    + "运行 hqd 的用户须能写入整个工作目录。";
        }
        return rootMessage(ex);
    }

    /** DuckDB reports a file it may not write as an "IO Error … Permission denied". */
    private static boolean readOnly(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("Permission denied") || m.contains("Read-only file system")) {
                return true;
            }
        }
        return false;
    }

    static Throwable rootCause(Throwable t) {
        return Failures.rootCause(t);
    }

    static String rootMessage(Throwable t) {
        return Failures.message(t);
    }

    /** picocli's own messages in Chinese, then the command's usage, exit code 2. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("错误：" + ChineseHelp.message(ex));
        suggestion(ex, cmd).ifPresent(err::println);
        err.println("用法见：" + cmd.getCommandSpec().qualifiedName() + " --help");
        return ExitCodes.USAGE;
    }

    /** picocli's "Did you mean" for a typo, in Chinese: the commands or options closest to what was typed. */
    private static java.util.Optional<String> suggestion(CommandLine.ParameterException ex, CommandLine cmd) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getSuggestions().isEmpty()) {
            return java.util.Optional.empty();
        }
        String name = cmd.getCommandSpec().qualifiedName();
        return java.util.Optional.of("是否想输入：" + u.getSuggestions().stream()
                .map(s -> s.startsWith("-") ? s : name + " " + s)
                .collect(java.util.stream.Collectors.joining(" 或 ")) + "？");
    }

    /** Descriptions of picocli's standard --help/--version options. */
    public static final class HelpTexts extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                    {"mixinStandardHelpOptions.help", "显示本帮助并退出。"},
                    {"mixinStandardHelpOptions.version", "显示版本并退出。"},
                    {"usage.headerHeading", ""},
                    {"usage.synopsisHeading", "用法："},
                    {"usage.commandListHeading", "%n命令：%n"},
                    {"usage.optionListHeading", "%n选项：%n"},
                    {"usage.parameterListHeading", "%n参数：%n"},
                    {"usage.descriptionHeading", "%n"},
            };
        }
    }
}
