package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.GoalContentRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.IndicatorRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.UpperLevelGoalRequest;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.IssuingLevel;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one reader of a goal's content and of the upper-level goal a transfer payment decomposes, from their request
 * form: a JSON body's, or the same request a row group of the declaration table is turned into
 * ({@link GoalSheetReader}). Both edges thus apply the same parsers and the same domain rules with the same codes;
 * they differ only in how they report a refusal: a body stops at its first one ({@link #FIRST_REFUSAL_THROWS}),
 * the table collects them all, row by row.
 */
public final class GoalContentReader {

    /**
     * A value refused while reading.
     *
     * @param at        the part being read, as a path into the body: {@code content}, {@code content.indicators[2]},
     *                  {@code upperLevelGoal}
     * @param indicator the indicator's index in the content, or null for the content or the upper-level goal as a whole
     * @param reading   the request field the reader was parsing ({@code id}, {@code valueType}, {@code comparator},
     *                  {@code issuingLevel}), or null when the domain refused a value built from the request
     * @param reason    the refusal, its field (if any) named as the parser or the domain named it
     */
    public record Refusal(String at, Integer indicator, String reading, InvalidValueException reason) {

        /** The refusal as a body reports it: its field a path into the body, e.g. {@code content.indicators[2].comparator}. */
        public InvalidValueException inBody() {
            Optional<String> field = reading == null ? reason.field() : Optional.of(GoalRequestReader.path(reading, reason.field()));
            return reason.forField(GoalRequestReader.path(at, field));
        }
    }

    /** Where the reader's refusals go. */
    public interface Refusals {

        void refuse(Refusal refusal);

        /** Whether a value of this indicator has been refused (by this reader, or by the edge before it). */
        boolean refused(int indicator);
    }

    /** A body's way: the first refusal is thrown, naming its field as a path into the body. */
    public static final Refusals FIRST_REFUSAL_THROWS = new Refusals() {
        @Override
        public void refuse(Refusal refusal) {
            throw refusal.inBody();
        }

        @Override
        public boolean refused(int indicator) {
            return false;
        }
    };

    private GoalContentReader() {
    }

    /** The content, or null when it (or one of its indicators) was refused. */
    public static GoalContent content(String path, GoalContentRequest request, Refusals refusals) {
        if (request == null) {
            refusals.refuse(new Refusal(path, null, null, required(path)));
            return null;
        }
        List<Indicator> indicators = new ArrayList<>();
        List<IndicatorRequest> requested = request.indicators() == null ? List.of() : request.indicators();
        for (int i = 0; i < requested.size(); i++) {
            Indicator indicator = indicator(path + ".indicators[" + i + "]", i, requested.get(i), refusals);
            if (indicator != null) {
                indicators.add(indicator);
            }
        }
        // the content is checked even when an indicator was refused, so that its own problems are reported too
        return read(refusals, path, null, null,
                () -> new GoalContent(request.annualOverallGoal(), request.longTermGoal(), request.departmentDuties(), indicators));
    }

    private static Indicator indicator(String at, int index, IndicatorRequest r, Refusals refusals) {
        if (r == null) {
            refusals.refuse(new Refusal(at, index, null, required(at)));
            return null;
        }
        IndicatorId id = blank(r.id()) ? IndicatorId.newId() : read(refusals, at, index, "id", () -> IndicatorId.of(r.id()));
        ValueType type = r.valueType() == null ? ValueType.inferred(r.targetValue(), r.targetText())
                : read(refusals, at, index, "valueType", () -> ValueType.parse(r.valueType()));
        Comparator comparator = blank(r.comparator()) ? null : read(refusals, at, index, "comparator", () -> Comparator.parse(r.comparator()));
        if (refusals.refused(index)) {
            return null;
        }
        return read(refusals, at, index, null, () -> new Indicator(id, r.level1(), r.level2(), r.name(), type, comparator,
                r.targetValue(), r.targetText(), r.unitOfMeasure(), r.weight(), r.explanation(), r.scoringRule()));
    }

    /** The upper-level goal, or null when none was given or it was refused. */
    public static UpperLevelGoalReference upperLevelGoal(String path, UpperLevelGoalRequest r, Refusals refusals) {
        if (r == null) {
            return null;
        }
        IssuingLevel level = r.issuingLevel() == null ? null
                : read(refusals, path, null, "issuingLevel", () -> IssuingLevel.parse(r.issuingLevel()));
        if (r.issuingLevel() != null && level == null) {
            return null;
        }
        return read(refusals, path, null, null, () -> new UpperLevelGoalReference(level, r.documentNumber(), r.upperGoalText(), r.upperGoalId()));
    }

    private static <T> T read(Refusals refusals, String at, Integer indicator, String reading, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            refusals.refuse(new Refusal(at, indicator, reading, e));
            return null;
        }
    }

    private static InvalidValueException required(String path) {
        return new InvalidValueException(path, "REQUEST_FIELD_REQUIRED", Map.of("field", path));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
