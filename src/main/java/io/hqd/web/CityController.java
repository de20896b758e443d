package io.hqd.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The city statistician's completeness page: by county and hospital, with the 催报 list to export. */
@Controller
@RequestMapping("/city")
public class CityController {
    private final Pages pages;
    private final Review review;
    private final Orgs orgs;
    private final Audit audit;
    private final Warnings warnings;

    public CityController(Pages pages, Review review, Orgs orgs, Audit audit, Warnings warnings) {
        this.pages = pages;
        this.review = review;
        this.orgs = orgs;
        this.audit = audit;
        this.warnings = warnings;
    }

    @GetMapping("/warnings")
    String warnings(@AuthenticationPrincipal SignedIn me, @RequestParam(required = false) String period, Model model) {
        String p = PagePeriod.orOpen(period, pages);
        model.addAttribute("period", p);
        model.addAttribute("warnings", warnings.list(counties(me), p));
        return "warnings";
    }

    @PostMapping("/warnings/accept")
    String accept(@AuthenticationPrincipal SignedIn me, @RequestParam String period, @RequestParam String hospital,
                  @RequestParam String element, @RequestParam String rule, @RequestParam String reason,
                  RedirectAttributes flash) {
        try {
            warnings.accept(counties(me), period, hospital, element, rule, reason, me.username());
            flash.addFlashAttribute("message", "已确认，该机构本期此项不再提示。");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        flash.addAttribute("period", period);
        return "redirect:/city/warnings";
    }

    @PostMapping("/warnings/revoke")
    String revoke(@AuthenticationPrincipal SignedIn me, @RequestParam String period, @RequestParam String hospital,
                  @RequestParam String element, @RequestParam String rule, RedirectAttributes flash) {
        try {
            warnings.revoke(counties(me), period, hospital, element, rule);
            flash.addFlashAttribute("message", "已撤销确认，下次接收时会重新提示。");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        flash.addAttribute("period", period);
        return "redirect:/city/warnings";
    }

    @GetMapping
    String city(@AuthenticationPrincipal SignedIn me, @RequestParam(required = false) String period, Model model) {
        String p = PagePeriod.orOpen(period, pages);
        List<String> counties = counties(me);
        List<Review.Row> rows = review.hospitals(counties, p);
        model.addAttribute("period", p);
        model.addAttribute("counties", review.byCounty(rows, counties, p));
        model.addAttribute("chase", rows.stream().filter(Review.Row::open).toList());
        model.addAttribute("orgs", orgs);
        return "city";
    }

    /** 催报 list: hospitals missing, rejected or returned, as a CSV Excel opens (UTF-8 with BOM). */
    @GetMapping("/chase.csv")
    ResponseEntity<byte[]> chase(@AuthenticationPrincipal SignedIn me, @RequestParam(required = false) String period)
            throws IOException {
        String p = PagePeriod.orOpen(period, pages);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("区县", "机构代码", "机构名称", "状态", "退回原因").get())) {
            for (Review.Row r : review.hospitals(counties(me), p)) {
                if (r.open()) {
                    csv.printRecord(orgs.name(r.regionCode()), r.hospitalCode(), r.hospitalName(), r.state().label(),
                            r.returnComment() == null ? "" : r.returnComment());
                }
            }
        }
        audit.record("导出催报名单", p, null);
        return Downloads.bytes(out.toString().getBytes(StandardCharsets.UTF_8), "催报名单_" + p + ".csv");
    }

    /** A city account covers its counties; an admin covers every county of the warehouse. */
    private List<String> counties(SignedIn me) {
        return regionsOf(me, orgs);
    }

    /** The region codes a city statistician (or an admin) looks after: the city's counties and the city itself. */
    static List<String> regionsOf(SignedIn me, Orgs orgs) {
        if (me.role() == Role.CITY) {
            List<String> c = new java.util.ArrayList<>(orgs.countiesOf(me.orgCode()));
            c.add(me.orgCode()); // hospitals registered directly under the city
            return c;
        }
        return orgs.allCounties();
    }
}
