package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

public record CampaignId(UUID value) {

    public CampaignId {
        Objects.requireNonNull(value, "value");
    }

    public static CampaignId of(UUID value) {
        return new CampaignId(value);
    }

    public static CampaignId newId() {
        return new CampaignId(UUID.randomUUID());
    }

    /** The id a text names; malformed text is refused. */
    public static CampaignId parse(String text) {
        try {
            return new CampaignId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("CAMPAIGN_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
