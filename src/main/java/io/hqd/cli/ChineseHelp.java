package io.hqd.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** picocli's own words (usage headings, standard options, parse errors) in Chinese. */
final class ChineseHelp {
    private ChineseHelp() {
    }

    static void apply(CommandLine root) {
        root.setResourceBundle(new HqdCommand.HelpTexts());
        apply(root.getCommandSpec().usageMessage());
        for (CommandLine sub : root.getSubcommands().values()) {
            apply(sub);
        }
    }

    private static void apply(UsageMessageSpec usage) {
        usage.synopsisHeading("用法：")
                .commandListHeading("%n命令：%n")
                .optionListHeading("%n选项：%n")
                .parameterListHeading("%n参数：%n")
                .descriptionHeading("%n");
    }

    /** A parse error in words: which option, what was wrong. */
    static String message(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "缺少必需的参数：" + m.getMissing().stream()
                    .map(ChineseHelp::name)
                    .reduce((a, b) -> a + "、" + b).orElse("");
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            return (first.startsWith("-") ? "未知的选项：" : "多余或未知的参数：") + String.join(" ", u.getUnmatched());
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return "这些选项不能同时使用：" + ex.getMessage().replaceFirst("^Error: ", "")
                    .replace(" are mutually exclusive (specify only one)", "");
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "选项重复：" + name(o.getOverwritten());
        }
        String m = String.valueOf(ex.getMessage());
        if (ex.getCause() instanceof CommandLine.TypeConversionException t) {
            return name(ex.getArgSpec()) + " 的值「" + ex.getValue() + "」无效：" + t.getMessage();
        }
        if (m.startsWith("Invalid value for option") || m.startsWith("Invalid value")) {
            return name(ex.getArgSpec()) + " 的值「" + ex.getValue() + "」无效";
        }
        if (m.startsWith("Expected parameter") || m.startsWith("Missing required parameter")) {
            return "选项缺少取值：" + m;
        }
        return m;
    }

    private static String name(CommandLine.Model.ArgSpec a) {
        return a == null ? "" : a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
    }
}
