package cn.gov.daxiang.perf.domain.campaign;

import java.util.Objects;
import java.util.UUID;

public record CampaignId(UUID value) {

    public CampaignId {
        Objects.requireNonNull(value, "value");
    }

    public static CampaignId of(UUID value) {
        return new CampaignId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
