package io.hqd.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import io.hqd.home.HqdHome;
import io.hqd.jobs.Pipeline;
import io.hqd.run.RunParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"接收报送文件：校验、入库、归档，并为每个文件生成回执。",
                "退出码 4 表示有文件被退回。"})
public class IngestCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Parameters(arity = "0..1", paramLabel = "目录", description = "要接收的文件夹，默认为工作目录下的 inbox")
    Path folder;

    @Override
    public Integer call() throws Exception {
        HqdHome h = home.home();
        Path inbox = (folder == null ? h.inbox() : folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(inbox)) {
            throw CliError.usage("要接收的文件夹「" + inbox + "」" + (Files.exists(inbox) ? "不是文件夹" : "不存在") + "，请检查路径。");
        }
        try (Pipeline p = Pipeline.open(h)) {
            JobCommandSupport.warnInterrupted(p, System.out);
            var params = Pipeline.parameters()
                    .addString(RunParameters.INBOX, inbox.toString())
                    .addString(RunParameters.RUN, "I" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")))
                    .toJobParameters();
            int code = JobCommandSupport.report(p, p.runAndReport("ingestJob", params), System.out);
            int repaired = new io.hqd.ingest.receipt.ReceiptCheck(p.bean(org.jooq.DSLContext.class), h,
                    p.bean(org.springframework.core.env.Environment.class).getProperty("hqd.demo", Boolean.class, false)).repair();
            if (repaired > 0) {
                System.out.printf("  %d 个文件的回执缺失或不完整（上次运行中断所致），已重写。%n", repaired);
            }
            System.out.println("回执目录：" + h.receipts());
            return code;
        }
    }
}
