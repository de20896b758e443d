package io.hqd.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.warehouse.Warehouse;
import io.hqd.web.Accounts;
import io.hqd.web.Orgs;
import io.hqd.web.Role;
import io.hqd.web.SignedIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "user", mixinStandardHelpOptions = true,
        description = "管理网页账号（hqd serve 的登录账号）。服务运行期间请在网页的“账号管理”中操作。",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
public class UserCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"新建账号。密码从终端输入（不回显）；没有终端时从标准输入读一行。",
                    "角色：hospital 医疗机构（--org 机构代码）、county 区县卫健局（--org 区县代码）、",
                    "city 市级统计人员（--org 市代码）、viewer 只读用户、admin 系统管理员。"})
    static class Add implements Callable<Integer> {
        @Mixin HomeOption home;

        @Option(names = "--username", required = true, paramLabel = "用户名") String username;
        @Option(names = "--name", paramLabel = "姓名或单位", description = "显示名称，默认与用户名相同") String name;
        @Option(names = "--role", required = true, paramLabel = "角色") String role;
        @Option(names = "--org", paramLabel = "单位代码", description = "医疗机构代码或区划代码（hospital/county/city 必填）") String org;

        @Override
        public Integer call() throws Exception {
            Role r;
            try {
                r = Role.of(role);
                Catalog catalog = CatalogLoader.load(home.home().catalog());
                Orgs.check(r, org == null ? null : org.strip(), home.home(), catalog);
            } catch (IllegalArgumentException e) {
                System.err.println("错误：" + e.getMessage());
                return ExitCodes.USAGE;
            }
            String password;
            try {
                password = readPassword();
            } catch (IllegalArgumentException e) {
                System.err.println("错误：" + e.getMessage());
                return ExitCodes.USAGE;
            }
            try (Warehouse w = Warehouse.open(home.home().ensureLayout().warehouseFile())) {
                new Accounts(w.dsl()).add(username, name, r, org, password, LocalDateTime.now());
            } catch (IllegalArgumentException e) {
                System.err.println("错误：" + e.getMessage());
                return ExitCodes.USAGE;
            }
            System.out.printf("已新建账号 %s（%s%s）。%n", username.strip(), r.label(), r.needsOrg() ? "，" + org.strip() : "");
            return ExitCodes.OK;
        }

        private static String readPassword() throws java.io.IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("密码（至少 %d 位）：", Accounts.MIN_PASSWORD);
                char[] again = console.readPassword("再输入一次：");
                if (first == null || again == null || !new String(first).equals(new String(again))) {
                    throw new IllegalArgumentException("两次输入的密码不一致");
                }
                return new String(first);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line.strip();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出全部账号。")
    static class ListUsers implements Callable<Integer> {
        @Mixin HomeOption home;

        @Override
        public Integer call() {
            try (Warehouse w = Warehouse.open(home.home().warehouseFile())) {
                List<SignedIn> all = new Accounts(w.dsl()).all();
                if (all.isEmpty()) {
                    System.out.println("还没有账号。可用 hqd user add 新建。");
                    return ExitCodes.OK;
                }
                TextColumns table = new TextColumns("账号", "角色", "机构", "名称", "状态");
                for (SignedIn a : all) {
                    table.row(a.username(), a.role().label(), a.orgCode() == null ? "" : a.orgCode(), a.displayName(),
                            a.enabled() ? "可用" : "已停用");
                }
                table.print(System.out);
            }
            return ExitCodes.OK;
        }
    }
}
