package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;

import java.util.List;

/**
 * Units a campaign missed, each with the money it covers.
 *
 * @param revision the revision finance read
 */
public record AddCampaignTargetsCommand(CampaignId id, long revision, List<CampaignTarget> targets) {

    public AddCampaignTargetsCommand {
        CommandFields.require("id", id);
        targets = List.copyOf(CommandFields.require("targets", targets));
    }
}
