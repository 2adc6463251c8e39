package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.Map;
import java.util.Objects;

/** A unit a campaign is addressed to, with the fiscal funds its work covers (元). */
public record CampaignTarget(UnitCode unitCode, Money amount) {

    public CampaignTarget {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new InvalidValueException("amount", "CAMPAIGN_AMOUNT_NEGATIVE",
                    Map.of("unitCode", unitCode.value(), "amount", amount.toString()));
        }
    }

    public static CampaignTarget of(UnitCode unitCode, Money amount) {
        return new CampaignTarget(unitCode, amount);
    }
}
