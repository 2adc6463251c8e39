package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.dashboard.DashboardResource.Content;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Cell;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Figure;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Row;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Section;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Table;
import cn.gov.daxiang.perf.application.port.in.campaign.CampaignDetails;
import cn.gov.daxiang.perf.application.port.in.campaign.FindCampaignQuery;
import cn.gov.daxiang.perf.application.port.in.campaign.ListCampaignsQuery;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.annualreport.WorkYear;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCoverage;
import cn.gov.daxiang.perf.domain.campaign.CampaignCriteria;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.campaign.CampaignProgress;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.adapter.rest.dashboard.Formats.link;

/**
 * Campaign progress (工作任务完成情况): each campaign finance issued with how many of the viewer's units have not begun,
 * are filling in, have submitted and are approved, computed now from their real reports and evaluations; one
 * campaign's page lists every unit with its status, the laggards first.
 */
@ApplicationScoped
public class CampaignPages {

    private final ListCampaignsQuery campaigns;
    private final FindCampaignQuery findCampaign;

    public CampaignPages(ListCampaignsQuery campaigns, FindCampaignQuery findCampaign) {
        this.campaigns = campaigns;
        this.findCampaign = findCampaign;
    }

    Content index(Actor actor, Texts t, WorkYear year) {
        Page<CampaignDetails> page = campaigns.listCampaigns(actor, CampaignCriteria.any(), new Paging(1, Paging.MAX_SIZE));
        List<Row> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Charts.Item> approved = new ArrayList<>();
        List<Charts.Item> behind = new ArrayList<>();
        for (CampaignDetails listed : page.items()) {
            Campaign campaign = listed.campaign();
            CampaignDetails details = findCampaign.findCampaign(actor, campaign.getId());
            CampaignCoverage coverage = details.coverage();
            String href = link("/dashboard/campaigns/" + campaign.getId().value(), "year", year.value());
            String id = campaign.getId().value().toString();
            rows.add(Row.of(Cell.link(campaign.getTitle(), href), Cell.of(t.label(campaign.getKind())), Cell.of(campaign.getFiscalYear().value()),
                    Cell.of(campaign.getDeadline()), Cell.of(coverage.totalUnits()).key("campaign." + id + ".units"),
                    Cell.of(coverage.count(CampaignProgress.NOT_STARTED)).key("campaign." + id + ".notStarted"),
                    Cell.of(coverage.count(CampaignProgress.IN_PROGRESS)), Cell.of(coverage.count(CampaignProgress.SUBMITTED)),
                    Cell.of(coverage.completedUnits()).key("campaign." + id + ".completed"),
                    Cell.of(coverage.completionShare().toString())));
            names.add(campaign.getTitle());
            approved.add(new Charts.Item(campaign.getTitle(), coverage.completedUnits(), href));
            behind.add(new Charts.Item(campaign.getTitle(), coverage.totalUnits() - coverage.completedUnits(), href));
        }
        Section.Builder section = Section.of("campaigns", t.get("campaigns.title"))
                .figure(Figure.of("campaigns.total", t.get("list.total"), page.total(), ""));
        if (!names.isEmpty()) {
            Map<String, List<Charts.Item>> series = new LinkedHashMap<>();
            series.put(t.label(CampaignProgress.APPROVED), approved);
            series.put(t.get("campaigns.notDone"), behind);
            section.chart(Charts.bars("chart-campaigns", t.get("campaigns.chart"), names, series));
        }
        section.table(new Table("table-campaigns", t.get("campaigns.title"), List.of(t.get("col.campaign"), t.get("col.kind"),
                t.get("col.fiscalYear"), t.get("col.deadline"), t.get("col.units"), t.label(CampaignProgress.NOT_STARTED),
                t.label(CampaignProgress.IN_PROGRESS), t.label(CampaignProgress.SUBMITTED), t.label(CampaignProgress.APPROVED),
                t.get("col.completion")), rows, t.get("campaigns.none")));
        return new Content(t.get("campaigns.title"), t.get("campaigns.lead"), List.of(), List.of(section.build()));
    }

    Content content(Actor actor, Texts t, WorkYear year, String idText) {
        CampaignDetails details = findCampaign.findCampaign(actor, CampaignId.parse(idText));
        Campaign campaign = details.campaign();
        CampaignCoverage coverage = details.coverage();
        Section.Builder summary = Section.of("progress", t.get("campaign.progress"))
                .note(t.format("campaign.asOf", details.asOf(), campaign.getDeadline()));
        for (CampaignProgress progress : CampaignProgress.values()) {
            summary.figure(Figure.of("campaign." + progress.name(), t.label(progress), coverage.count(progress), "")
                    .tone(progress == CampaignProgress.NOT_STARTED && coverage.count(progress) > 0 ? "red" : ""));
        }
        summary.figure(Figure.of("campaign.completion", t.get("col.completion"), coverage.completionShare().toString(), ""));
        List<Map.Entry<UnitCode, CampaignProgress>> entries = new ArrayList<>(coverage.statuses().entrySet());
        entries.sort(Map.Entry.comparingByValue());
        List<Row> rows = entries.stream().map(e -> {
            Money amount = coverage.amounts().getOrDefault(e.getKey(), Money.ZERO);
            return Row.of(Cell.link(details.unitNames().getOrDefault(e.getKey(), e.getKey().value()),
                            link("/dashboard/projects", "year", year.value(), "unit", e.getKey().value())),
                    Cell.of(e.getKey().value()), Cell.of(t.label(e.getValue())).key("campaign.unit." + e.getKey().value()),
                    Cell.of(Formats.wanYuan(amount)))
                    .tone(e.getValue() == CampaignProgress.NOT_STARTED ? "red" : e.getValue() == CampaignProgress.APPROVED ? "" : "yellow");
        }).toList();
        Section units = Section.of("units", t.get("campaign.units"))
                .table(new Table("table-campaign-units", t.get("campaign.units"), List.of(t.get("col.unit"), t.get("col.unitCode"),
                        t.get("col.status"), t.get("col.amountWan")), rows, t.get("table.empty")))
                .build();
        return new Content(campaign.getTitle(), t.label(campaign.getKind()) + " · " + campaign.getFiscalYear().value(), List.of(),
                List.of(summary.build(), units));
    }
}
