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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The city statistician's completeness page: by county and hospital, with the 催报 list to export. */
@Controller
@RequestMapping("/city")
public class CityController {
    private final Pages pages;
    private final Review review;
    private final Orgs orgs;
    private final Audit audit;

    public CityController(Pages pages, Review review, Orgs orgs, Audit audit) {
        this.pages = pages;
        this.review = review;
        this.orgs = orgs;
        this.audit = audit;
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
        if (me.role() == Role.CITY) {
            List<String> c = new java.util.ArrayList<>(orgs.countiesOf(me.orgCode()));
            c.add(me.orgCode()); // hospitals registered directly under the city
            return c;
        }
        return orgs.allCounties();
    }
}
