package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;

import java.time.LocalDate;

/**
 * A campaign's later deadline.
 *
 * @param revision the revision finance read
 */
public record ExtendCampaignDeadlineCommand(CampaignId id, long revision, LocalDate deadline) {

    public ExtendCampaignDeadlineCommand {
        CommandFields.require("id", id);
        CommandFields.require("deadline", deadline);
    }
}
