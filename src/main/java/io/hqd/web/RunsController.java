package io.hqd.web;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Runs from the browser: start (statisticians), watch, history with the same run name everywhere, restart. */
@Controller
@RequestMapping("/runs")
public class RunsController {
    /** Step names as statisticians read them (one list for the CLI and the pages). */
    static final Map<String, String> STEP_NAMES = io.hqd.run.RunLabels.steps();

    /** Batch statuses as statisticians read them (the run history stores Batch's own names). */
    static final Map<String, String> STATUS_WORDS = Map.of(
            "COMPLETED", "完成", "FAILED", "失败", "STARTED", "运行中", "STARTING", "运行中", "STOPPED", "已停止",
            "STOPPING", "正在停止", "ABANDONED", "已放弃", "UNKNOWN", "未知", "运行中", "运行中");

    private final Runs runs;
    private final Pages pages;
    private final Audit audit;
    private final JobRunner runner;
    private final Orgs orgs;

    public RunsController(Runs runs, Pages pages, Audit audit, JobRunner runner, Orgs orgs) {
        this.orgs = orgs;
        this.runs = runs;
        this.pages = pages;
        this.audit = audit;
        this.runner = runner;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("scope", me.role() == Role.CITY ? me.orgCode() : "");
        List<Runs.Row> recent = runs.recent(50);
        model.addAttribute("runs", recent);
        java.util.Map<String, String> scopes = new java.util.HashMap<>();
        recent.forEach(r -> scopes.computeIfAbsent(r.scope() == null ? "" : r.scope(), c -> RunParametersText.scopeWords(c, orgs)));
        model.addAttribute("scopeWords", scopes);
        model.addAttribute("kinds", RunKind.values());
        model.addAttribute("period", pages.openPeriod().code());
        model.addAttribute("running", runner.running() == null ? null : runs.name(runner.running()));
        model.addAttribute("statusWords", STATUS_WORDS);
        return "runs";
    }

    @PostMapping
    String start(@AuthenticationPrincipal SignedIn me, @RequestParam RunKind kind, @RequestParam String period,
                 @RequestParam(required = false) String scope, @RequestParam(required = false) String hospital,
                 RedirectAttributes flash) {
        try {
            String effective = runs.scopeOf(kind, scope, hospital);
            if (me.role() == Role.CITY && !orgs.withinCity(me.orgCode(), effective)) {
                throw new IllegalArgumentException(kind == RunKind.HOSPITAL ? "只能重新生成本市医疗机构的报表。"
                        : "范围只能是本市（" + me.orgCode() + "）或本市的区县代码。");
            }
            String run = runs.start(kind, period, scope, hospital, me.username());
            audit.record("启动运行", run, kind.label() + "；报告期 " + period + "；范围 " + (effective.equals("all") ? "全部" : effective)
                    + (kind == RunKind.HOSPITAL ? "；医疗机构 " + hospital.strip() : ""));
            return "redirect:/runs/by-name/" + run;
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/runs";
        }
    }

    /** A run just queued has no execution yet: this page waits for it, then shows it. */
    @GetMapping("/by-name/{run}")
    String byName(@PathVariable String run, @RequestParam(required = false) Long after, Model model) {
        Long id = after == null ? runs.executionOf(run) : runs.restartOf(run, after);
        if (id != null) {
            return "redirect:/runs/" + id;
        }
        model.addAttribute("run", run);
        return "run-queued";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        JobExecution e = runs.execution(id);
        if (e == null) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        String run = e.getJobParameters().getString("run");
        model.addAttribute("e", e);
        model.addAttribute("run", run);
        model.addAttribute("runLabel", run == null ? "#" + id : runs.name(run));
        model.addAttribute("requestedBy", run == null ? null : runs.requestedBy(run));
        model.addAttribute("jobLabel", io.hqd.run.RunLabels.job(e.getJobInstance().getJobName()));
        model.addAttribute("parameters", RunParametersText.of(e.getJobParameters(), orgs));
        model.addAttribute("steps", List.copyOf(e.getStepExecutions()));
        model.addAttribute("stepNames", STEP_NAMES);
        model.addAttribute("statusWords", STATUS_WORDS);
        model.addAttribute("failures", run == null ? List.of() : runs.failures(e, run));
        model.addAttribute("restartedAs", run == null ? null : runs.restartOf(run, id));
        return "run";
    }

    @PostMapping("/{id}/restart")
    String restart(@PathVariable long id, RedirectAttributes flash) {
        try {
            String run = runs.restart(id);
            audit.record("续跑", run, "运行 #" + id + " 失败后从失败的步骤继续");
            return "redirect:/runs/by-name/" + run + "?after=" + id;
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/runs/" + id;
        }
    }
}
