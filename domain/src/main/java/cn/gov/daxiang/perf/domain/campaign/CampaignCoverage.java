package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Percentage;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A campaign's coverage on a day: every target unit's status and the amount it covers, with counts,
 * sums and shares. "Completed" means finally approved; "submitted" counts approved units too.
 *
 * @param statuses every target unit's status, in the campaign's order
 * @param amounts  every target unit's amount, in the same order
 */
public record CampaignCoverage(Map<UnitCode, CampaignProgress> statuses, Map<UnitCode, Money> amounts) {

    public CampaignCoverage {
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        amounts = Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
        if (!statuses.keySet().equals(amounts.keySet())) {
            throw new IllegalArgumentException("every unit needs a status and an amount");
        }
    }

    /** The coverage of the units {@code visible} accepts only (a unit sees its own line, a department its units'). */
    public CampaignCoverage restrictedTo(Predicate<UnitCode> visible) {
        Map<UnitCode, CampaignProgress> keptStatuses = new LinkedHashMap<>();
        Map<UnitCode, Money> keptAmounts = new LinkedHashMap<>();
        statuses.forEach((unit, status) -> {
            if (visible.test(unit)) {
                keptStatuses.put(unit, status);
                keptAmounts.put(unit, amounts.get(unit));
            }
        });
        return new CampaignCoverage(keptStatuses, keptAmounts);
    }

    /** Units per status, every status present (zero when none). */
    public Map<CampaignProgress, Integer> counts() {
        Map<CampaignProgress, Integer> counts = new EnumMap<>(CampaignProgress.class);
        for (CampaignProgress status : CampaignProgress.values()) {
            counts.put(status, count(status));
        }
        return counts;
    }

    public int count(CampaignProgress status) {
        return unitsWhere(s -> s == status);
    }

    public int totalUnits() {
        return statuses.size();
    }

    public Money totalAmount() {
        return amountWhere(s -> true);
    }

    /** Units finally approved. */
    public int completedUnits() {
        return unitsWhere(s -> s == CampaignProgress.APPROVED);
    }

    public Money completedAmount() {
        return amountWhere(s -> s == CampaignProgress.APPROVED);
    }

    /** Units that handed in (submitted or approved). */
    public int submittedUnits() {
        return unitsWhere(CampaignProgress::isSubmitted);
    }

    public Money submittedAmount() {
        return amountWhere(CampaignProgress::isSubmitted);
    }

    /** Completed units / target units, two decimals HALF_UP (0 of no units is 0.00). */
    public Percentage completionShare() {
        return totalUnits() == 0 ? Percentage.ZERO
                : Percentage.ofRatio(BigDecimal.valueOf(completedUnits()), BigDecimal.valueOf(totalUnits()));
    }

    /** Completed amount / total amount; empty when the campaign covers no money. */
    public Optional<Percentage> completedAmountShare() {
        Money total = totalAmount();
        return total.isZero() ? Optional.empty() : Optional.of(Percentage.ofRatio(completedAmount(), total));
    }

    /** Units that handed in / target units, two decimals HALF_UP (0 of no units is 0.00). */
    public Percentage submissionShare() {
        return totalUnits() == 0 ? Percentage.ZERO
                : Percentage.ofRatio(BigDecimal.valueOf(submittedUnits()), BigDecimal.valueOf(totalUnits()));
    }

    /** Submitted amount / total amount; empty when the campaign covers no money. */
    public Optional<Percentage> submittedAmountShare() {
        Money total = totalAmount();
        return total.isZero() ? Optional.empty() : Optional.of(Percentage.ofRatio(submittedAmount(), total));
    }

    private int unitsWhere(Predicate<CampaignProgress> status) {
        return (int) statuses.values().stream().filter(status).count();
    }

    private Money amountWhere(Predicate<CampaignProgress> status) {
        return statuses.entrySet().stream().filter(e -> status.test(e.getValue()))
                .map(e -> amounts.get(e.getKey())).reduce(Money.ZERO, Money::plus);
    }
}
