package cn.gov.daxiang.perf.domain.execution;

import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The budget execution a monitoring report or a self-evaluation counts with (the effective figures), and where
 * they come from. The province's synced figures are the source of truth: where the sync holds figures for the
 * object, they are taken as they are ({@link ExecutionSource#PROVINCE}); the unit may put its own in their place
 * only with a reason ({@link ExecutionSource#UNIT_OVERRIDE}), and an override differing from the province's by more
 * than the tolerance is flagged. Where the sync holds nothing (a department-overall object, a project not synced),
 * the unit's figures count ({@link ExecutionSource#UNIT}, no reason needed).
 *
 * @param figures         the effective figures (warning and execution score are computed from these)
 * @param provinceFigures the province's figures as of {@code asOf}; null for {@link ExecutionSource#UNIT}
 * @param asOf            the day of the province's figures; null for {@link ExecutionSource#UNIT}
 * @param overrideReason  the unit's reason; only for {@link ExecutionSource#UNIT_OVERRIDE}
 * @param flagged         an override beyond the tolerance, as assessed when it was recorded
 */
public record ReportedExecution(BudgetExecution figures, ExecutionSource source, BudgetExecution provinceFigures, LocalDate asOf,
                                String overrideReason, boolean flagged) {

    public static final int REASON_MAX_LENGTH = 2000;
    public static final String REASON_REQUIRED = "EXECUTION_OVERRIDE_REASON_REQUIRED";
    public static final String REASON_FIELD = "execution.overrideReason";

    public ReportedExecution {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(source, "source");
        if (source == ExecutionSource.UNIT) {
            if (provinceFigures != null || asOf != null || overrideReason != null || flagged) {
                throw new IllegalArgumentException("unit figures carry no province figures, reason or flag");
            }
        } else {
            Objects.requireNonNull(provinceFigures, "provinceFigures");
            Objects.requireNonNull(asOf, "asOf");
        }
        if (source == ExecutionSource.PROVINCE && (overrideReason != null || flagged || !figures.equals(provinceFigures))) {
            throw new IllegalArgumentException("the province's figures are taken as they are");
        }
        if (source == ExecutionSource.UNIT_OVERRIDE) {
            overrideReason = Texts.required("overrideReason", overrideReason, REASON_MAX_LENGTH);
        }
    }

    /** The unit's figures where the sync holds none. */
    public static ReportedExecution unit(BudgetExecution figures) {
        return new ReportedExecution(figures, ExecutionSource.UNIT, null, null, null, false);
    }

    /** The province's figures as they are. */
    public static ReportedExecution province(ProjectExecution synced) {
        return new ReportedExecution(synced.execution(), ExecutionSource.PROVINCE, synced.execution(), synced.asOf(), null, false);
    }

    /**
     * What a unit's entry makes of the execution.
     *
     * @param synced  the province's figures for the object (same project, same fiscal year), or null when the sync has none
     * @param typed   the figures the unit typed, or null when it typed none
     * @param reason  the unit's reason for typed figures that differ from the province's (ignored otherwise)
     * @param current what the object holds now, or null
     * @return the execution to hold, or null when there is nothing to hold
     * @throws RuleViolationException {@value #REASON_REQUIRED} (naming the missing {@code field}) for typed figures that differ from the province's without a reason
     */
    public static ReportedExecution resolve(ProjectExecution synced, BudgetExecution typed, String reason,
                                            ReportedExecution current, ExecutionTolerance tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        if (synced == null) {
            if (typed != null) {
                return unit(typed);
            }
            return current;
        }
        if (typed == null) {
            return refresh(synced, current, tolerance);
        }
        if (typed.equals(synced.execution())) {
            return province(synced);
        }
        if (reason == null || reason.isBlank()) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("field", REASON_FIELD);
            arguments.put("adjustedBudget", typed.adjustedBudget().toString());
            arguments.put("executed", typed.executed().toString());
            arguments.put("provinceAdjustedBudget", synced.execution().adjustedBudget().toString());
            arguments.put("provinceExecuted", synced.execution().executed().toString());
            arguments.put("asOf", synced.asOf().toString());
            throw new RuleViolationException(REASON_REQUIRED, arguments);
        }
        return override(synced, typed, reason, tolerance);
    }

    /**
     * The held execution against the latest synced figures, for a change that types no figures (and at submission):
     * none held or the province's → the latest province's; an override keeps the unit's figures and reason,
     * compared and flagged anew (or becomes the province's when they now agree); unit figures typed before the sync
     * brought any give way to the province's, since no reason was ever given for differing.
     */
    public static ReportedExecution refresh(ProjectExecution synced, ReportedExecution current, ExecutionTolerance tolerance) {
        if (synced == null) {
            return current;
        }
        if (current != null && current.source() == ExecutionSource.UNIT_OVERRIDE && !current.figures().equals(synced.execution())) {
            return override(synced, current.figures(), current.overrideReason(), tolerance);
        }
        return province(synced);
    }

    private static ReportedExecution override(ProjectExecution synced, BudgetExecution typed, String reason, ExecutionTolerance tolerance) {
        BudgetExecution province = synced.execution();
        boolean flagged = tolerance.exceeded(typed.adjustedBudget(), province.adjustedBudget())
                || tolerance.exceeded(typed.executed(), province.executed());
        return new ReportedExecution(typed, ExecutionSource.UNIT_OVERRIDE, province, synced.asOf(), reason, flagged);
    }

    /** The unit's figures minus the province's (元); empty unless the figures are an override. */
    public Optional<Deviation> deviation() {
        if (source != ExecutionSource.UNIT_OVERRIDE) {
            return Optional.empty();
        }
        return Optional.of(new Deviation(figures.adjustedBudget().minus(provinceFigures.adjustedBudget()),
                figures.executed().minus(provinceFigures.executed())));
    }

    public Optional<BudgetExecution> provinceFiguresIfAny() {
        return Optional.ofNullable(provinceFigures);
    }

    /** How far the unit's figures are from the province's: unit − province, per figure. */
    public record Deviation(Money adjustedBudget, Money executed) {
    }
}
