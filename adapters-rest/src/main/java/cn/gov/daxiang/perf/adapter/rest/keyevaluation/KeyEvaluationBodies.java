package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.FindingRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.IndicatorRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.ObjectRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.ScoreRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.SuggestionRequest;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.framework.IndicatorTree;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObjectKind;
import cn.gov.daxiang.perf.domain.keyevaluation.Finding;
import cn.gov.daxiang.perf.domain.keyevaluation.ProposedRectification;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreEntry;
import cn.gov.daxiang.perf.domain.keyevaluation.Suggestion;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies read into domain values; a bad value is refused naming its path in the body. */
final class KeyEvaluationBodies {

    /** Deeper than three levels is refused by the tree anyway; this stops a deeply nested body early. */
    private static final int MAX_DEPTH = 4;

    private KeyEvaluationBodies() {
    }

    static IndicatorTree tree(String path, List<IndicatorRequest> level1) {
        List<IndicatorRequest> given = Fields.required(path, level1);
        List<IndicatorNode> nodes = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            nodes.add(node(path + "[" + i + "]", given.get(i), 1));
        }
        return Fields.within(path, () -> new IndicatorTree(nodes));
    }

    private static IndicatorNode node(String path, IndicatorRequest request, int depth) {
        IndicatorRequest given = Fields.required(path, request);
        if (depth > MAX_DEPTH) {
            throw new InvalidValueException(path, "INDICATOR_TREE_TOO_DEEP", Map.of("code", String.valueOf(given.code())));
        }
        List<IndicatorRequest> children = given.children() == null ? List.of() : given.children();
        List<IndicatorNode> built = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            built.add(node(path + ".children[" + i + "]", children.get(i), depth + 1));
        }
        return Fields.within(path, () -> new IndicatorNode(given.code(), given.name(), built.isEmpty() ? given.points() : null, given.guidance(), built));
    }

    static Map<String, BigDecimal> points(Map<String, BigDecimal> points) {
        Map<String, BigDecimal> read = new LinkedHashMap<>();
        if (points != null) {
            points.forEach((code, value) -> read.put(code, Fields.required("points." + code, value)));
        }
        return read;
    }

    static EvaluationObject object(ObjectRequest request, FiscalYear planYear) {
        ObjectRequest given = Fields.required("object", request);
        EvaluationObjectKind kind = Fields.requiredText("object.kind", given.kind(), t -> Fields.code("object.kind", t, EvaluationObjectKind.class));
        return switch (kind) {
            case PROJECT -> new EvaluationObject.OfProject(Fields.requiredText("object.projectCode", given.projectCode(), ProjectCode::of));
            case SPECIAL_FUND -> {
                List<String> codes = given.projectCodes() == null ? List.of() : given.projectCodes();
                List<ProjectCode> projects = new ArrayList<>();
                for (int i = 0; i < codes.size(); i++) {
                    projects.add(Fields.requiredText("object.projectCodes[" + i + "]", codes.get(i), ProjectCode::of));
                }
                yield Fields.within("object", () -> new EvaluationObject.OfSpecialFund(given.fundName(), projects));
            }
            case DEPARTMENT_OVERALL -> {
                UnitCode department = Fields.requiredText("object.departmentCode", given.departmentCode(), UnitCode::of);
                FiscalYear spending = given.spendingYear() == null ? Fields.within("object.spendingYear", planYear::previous)
                        : Fields.within("object.spendingYear", () -> FiscalYear.of(given.spendingYear()));
                yield new EvaluationObject.OfDepartment(department, spending);
            }
        };
    }

    static List<ScoreEntry> scores(List<ScoreRequest> requests) {
        List<ScoreRequest> given = Fields.required("scores", requests);
        List<ScoreEntry> entries = new ArrayList<>();
        for (ScoreRequest request : given) {
            entries.add(request == null ? null : new ScoreEntry(request.indicatorCode(), request.score(), request.note()));
        }
        return entries;
    }

    static List<Finding> findings(List<FindingRequest> requests) {
        List<FindingRequest> given = requests == null ? List.of() : requests;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String path = "findings[" + i + "]";
            FindingRequest finding = Fields.required(path, given.get(i));
            ProposedRectification rectification = finding.rectification() == null ? null : new ProposedRectification(
                    Fields.requiredText(path + ".rectification.responsibleUnitCode", finding.rectification().responsibleUnitCode(), UnitCode::of),
                    Fields.date(path + ".rectification.deadline", finding.rectification().deadline()));
            findings.add(Fields.within(path, () -> new Finding(finding.text(), finding.indicatorCode(), rectification)));
        }
        return findings;
    }

    static List<Suggestion> suggestions(List<SuggestionRequest> requests) {
        List<SuggestionRequest> given = requests == null ? List.of() : requests;
        List<Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String path = "suggestions[" + i + "]";
            SuggestionRequest suggestion = Fields.required(path, given.get(i));
            suggestions.add(Fields.within(path, () -> new Suggestion(suggestion.text(), suggestion.indicatorCode())));
        }
        return suggestions;
    }
}
