package io.hqd.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import io.hqd.home.HqdHome;
import picocli.CommandLine.Option;

/** The {@code --home DIR} option every command shares; only {@code init} and {@code demo} create a home. */
public class HomeOption {
    @Option(names = "--home", paramLabel = "DIR",
            description = "hqd 工作目录（用 hqd init 创建）。默认：环境变量 HQD_HOME，否则当前目录下的 hqd-home")
    String home;

    /** The folder named, whether or not it is a home yet. */
    public HqdHome folder() {
        if (home == null) {
            return HqdHome.defaultHome();
        }
        if (home.isBlank()) {
            throw CliError.usage("--home 不能为空：请写出工作目录的路径，例如 --home /srv/hqd");
        }
        return new HqdHome(Path.of(home));
    }

    /** The home named; refuses a folder {@code hqd init} has not made a home, and a home hqd cannot write. */
    public HqdHome home() {
        HqdHome h = folder();
        if (!h.isHome()) {
            if (Files.exists(h.root()) && !Files.isDirectory(h.root())) {
                throw CliError.usage("「" + h.root() + "」是一个文件，不是 hqd 工作目录。请检查 --home 或环境变量 HQD_HOME，"
                        + "应指向 hqd init 创建的目录。");
            }
            throw CliError.usage("「" + h.root() + "」不是 hqd 工作目录"
                    + (Files.isDirectory(h.root()) ? "（其中没有 hqd.properties）" : "（目录不存在）")
                    + "。请检查 --home 或环境变量 HQD_HOME；新建工作目录请运行：hqd init --home " + h.root());
        }
        if (!Files.isWritable(h.root()) || Files.exists(h.warehouseFile()) && !Files.isWritable(h.warehouseFile())) {
            throw CliError.environment("工作目录「" + h.root() + "」是只读的，hqd 无法写入数据仓库、回执和报表。"
                    + "请让运行 hqd 的用户对它有写权限（例如 chown -R hqd " + h.root() + "）。");
        }
        return h;
    }
}
