package io.hqd.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.hqd.evaluate.milestone.MilestoneStatus;
import io.hqd.warehouse.Periods;

/** 规划任务进展: a county or city statistician's view of every commitment in its area and who has not reported. */
@Controller
public class MilestonesController {
    private final Pages pages;
    private final Orgs orgs;
    private final MilestoneBoard board;

    public MilestonesController(Pages pages, Orgs orgs, MilestoneBoard board) {
        this.pages = pages;
        this.orgs = orgs;
        this.board = board;
    }

    @GetMapping("/milestones")
    String milestones(@AuthenticationPrincipal SignedIn me, @RequestParam(required = false) String period, Model model) {
        String p = PagePeriod.orOpen(period, pages);
        List<MilestoneBoard.Item> items = board.items(area(me), Periods.parse(p));
        model.addAttribute("period", p);
        model.addAttribute("items", items);
        model.addAttribute("units", items.stream().mapToLong(i -> i.units().size()).sum());
        model.addAttribute("missing", items.stream().mapToLong(MilestoneBoard.Item::missing).sum());
        // Past the due date and not done, whether reported this period (逾期) or not (未报告).
        model.addAttribute("late", items.stream().flatMap(i -> i.units().stream())
                .filter(u -> u.status() != MilestoneStatus.done && u.daysOverdue() > 0).count());
        model.addAttribute("orgs", orgs);
        return "milestones";
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
