package io.hqd.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import io.hqd.web.WebApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动网页服务：医疗机构填报与回执、区县审核、市级完整性与催报、在网页上运行任务和下载报表。",
                "服务进程独占数据仓库，并按 jobs/nightly.yaml 运行夜间任务；运行期间其他命令会提示仓库被占用（退出码 3）。",
                "默认只监听本机 127.0.0.1:8080；可在 hqd.properties 中设置 server.address、server.port。"})
public class ServeCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--port", paramLabel = "端口", description = "监听端口（默认 hqd.properties 的 server.port，否则 8080）")
    Integer port;

    @Option(names = "--address", paramLabel = "地址", description = "监听地址（默认 127.0.0.1，只允许本机访问）")
    String address;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> overrides = new HashMap<>();
        if (port != null) {
            overrides.put("server.port", port);
        }
        if (address != null) {
            overrides.put("server.address", address);
        }
        ConfigurableApplicationContext ctx = WebApplication.start(home.home(), overrides);
        CountDownLatch closed = new CountDownLatch(1);
        ctx.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(ctx::close));
        int actual = ((WebServerApplicationContext) ctx).getWebServer().getPort();
        System.out.printf("hqd 网页服务已启动：http://%s:%d/（工作目录 %s；按 Ctrl+C 停止）%n",
                ctx.getEnvironment().getProperty("server.address", "127.0.0.1"), actual, home.home().root());
        closed.await();
        return ExitCodes.OK;
    }
}
