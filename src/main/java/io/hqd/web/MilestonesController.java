package io.hqd.web;

import static io.hqd.warehouse.schema.ops.Tables.RUN;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.hqd.evaluate.milestone.MilestoneStatus;
import io.hqd.run.RunName;
import io.hqd.warehouse.Periods;

/** 规划任务进展: a county or city statistician's view of every commitment in its area and who has not reported. */
@Controller
public class MilestonesController {
    private final Pages pages;
    private final Orgs orgs;
    private final MilestoneBoard board;
    private final WebDatabase db;

    public MilestonesController(Pages pages, Orgs orgs, MilestoneBoard board, WebDatabase db) {
        this.pages = pages;
        this.orgs = orgs;
        this.board = board;
        this.db = db;
    }

    @GetMapping("/milestones")
    String milestones(@AuthenticationPrincipal SignedIn me, @RequestParam(required = false) String period, Model model) {
        String p = PagePeriod.orOpen(period, pages);
        List<MilestoneBoard.Item> items = board.items(area(me), Periods.parse(p));
        model.addAttribute("period", p);
        model.addAttribute("items", items);
        model.addAttribute("units", items.stream().mapToLong(i -> i.units().size()).sum());
        model.addAttribute("missing", items.stream().mapToLong(MilestoneBoard.Item::missing).sum());
        model.addAttribute("late", late(items));
        model.addAttribute("closed", items.stream().flatMap(i -> i.units().stream())
                .filter(u -> u.status() == MilestoneStatus.closed).count());
        model.addAttribute("orgs", orgs);
        model.addAttribute("lastEvaluation", lastEvaluation(p));
        return "milestones";
    }

    /**
     * Past the due date and not done, whether reported this period (逾期) or not (未报告); a closed plan's
     * 规划期结束时未完成 is a final state, not counted here.
     */
    static long late(List<MilestoneBoard.Item> items) {
        return items.stream().flatMap(i -> i.units().stream()).filter(u -> u.status().pastDue(u.daysOverdue())).count();
    }

    /**
     * The page judges the reports received up to now; a pack shows the states of the evaluate run it was made from.
     * Naming that run says why the two can differ: "运行 #3（2026Q3，例行）2026-11-29 02:10", or null if none.
     */
    private String lastEvaluation(String period) {
        var r = db.dsl().select(RUN.RUN_NAME, RUN.FINISHED_AT).from(RUN)
                .where(RUN.JOB.eq("evaluateJob"), RUN.PERIOD_CODE.eq(period), RUN.STATUS.eq(BatchStatus.COMPLETED.name()))
                .orderBy(RUN.FINISHED_AT.desc()).limit(1).fetchOne();
        return r == null ? null : RunName.find(db.dsl(), r.value1()).map(RunName::label).orElse("运行 " + r.value1()) + " "
                + r.value2().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** A county sees its own; a city its counties and itself; an admin or viewer every region. */
    private List<String> area(SignedIn me) {
        return switch (me.role()) {
            case COUNTY -> List.of(me.orgCode());
            case CITY -> {
                List<String> c = new ArrayList<>(orgs.countiesOf(me.orgCode()));
                c.add(me.orgCode());
                yield c;
            }
            default -> orgs.allCounties();
        };
    }
}
