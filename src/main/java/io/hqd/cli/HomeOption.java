package io.hqd.cli;

import java.nio.file.Path;

import io.hqd.home.HqdHome;
import picocli.CommandLine.Option;

/** The {@code --home DIR} option every command shares. */
public class HomeOption {
    @Option(names = "--home", paramLabel = "DIR",
            description = "hqd 工作目录（数据仓库、收件箱、归档、回执、报表）。默认：环境变量 HQD_HOME，否则当前目录下的 hqd-home")
    Path home;

    public HqdHome home() {
        return home == null ? HqdHome.defaultHome() : new HqdHome(home);
    }
}
