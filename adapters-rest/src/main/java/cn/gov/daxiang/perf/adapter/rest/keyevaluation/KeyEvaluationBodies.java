package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.FindingRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.IndicatorRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.ObjectRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.ScoreRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.SuggestionRequest;
import cn.gov.daxiang.perf.adapter.rest.request.DomainRefusals;
import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.framework.IndicatorTree;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.Finding;
import cn.gov.daxiang.perf.domain.keyevaluation.ProposedRectification;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreEntry;
import cn.gov.daxiang.perf.domain.keyevaluation.Suggestion;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validated request bodies (their shape is checked by Bean Validation first) read into domain values; a domain refusal
 * is named by its path in the body.
 */
final class KeyEvaluationBodies {

    /** Deeper than three levels is refused by the tree anyway; this stops a deeply nested body early. */
    private static final int MAX_DEPTH = 4;

    private KeyEvaluationBodies() {
    }

    static IndicatorTree tree(String path, List<IndicatorRequest> level1) {
        List<IndicatorNode> nodes = new ArrayList<>();
        for (int i = 0; i < level1.size(); i++) {
            nodes.add(node(path + "[" + i + "]", level1.get(i), 1));
        }
        return DomainRefusals.at(path, () -> new IndicatorTree(nodes));
    }

    private static IndicatorNode node(String path, IndicatorRequest given, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidValueException(path, "INDICATOR_TREE_TOO_DEEP", Map.of("code", String.valueOf(given.code())));
        }
        List<IndicatorRequest> children = given.children() == null ? List.of() : given.children();
        List<IndicatorNode> built = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            built.add(node(path + ".children[" + i + "]", children.get(i), depth + 1));
        }
        return DomainRefusals.at(path, () -> new IndicatorNode(given.code(), given.name(), built.isEmpty() ? given.points() : null,
                given.guidance(), built));
    }

    /** The parts each kind of object needs (the others are ignored), the spending year by default the plan year − 1. */
    static EvaluationObject object(ObjectRequest given, FiscalYear planYear) {
        return switch (given.kind()) {
            case PROJECT -> new EvaluationObject.OfProject(required("object.projectCode", given.projectCode()));
            case SPECIAL_FUND -> {
                List<ProjectCode> projects = given.projectCodes() == null ? List.of() : given.projectCodes();
                yield DomainRefusals.at("object", () -> new EvaluationObject.OfSpecialFund(given.fundName(), projects));
            }
            case DEPARTMENT_OVERALL -> new EvaluationObject.OfDepartment(required("object.departmentCode", given.departmentCode()),
                    given.spendingYear() != null ? given.spendingYear() : DomainRefusals.at("object.spendingYear", planYear::previous));
        };
    }

    private static <T> T required(String path, T value) {
        if (value == null) {
            throw DomainRefusals.missing(path);
        }
        return value;
    }

    static List<ScoreEntry> scores(List<ScoreRequest> given) {
        return given.stream().map(r -> new ScoreEntry(r.indicatorCode(), r.score(), r.note())).toList();
    }

    static List<Finding> findings(List<FindingRequest> requests) {
        List<FindingRequest> given = requests == null ? List.of() : requests;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            FindingRequest finding = given.get(i);
            ProposedRectification rectification = finding.rectification() == null ? null
                    : new ProposedRectification(finding.rectification().responsibleUnitCode(), finding.rectification().deadline());
            findings.add(DomainRefusals.at("findings[" + i + "]", () -> new Finding(finding.text(), finding.indicatorCode(), rectification)));
        }
        return findings;
    }

    static List<Suggestion> suggestions(List<SuggestionRequest> requests) {
        List<SuggestionRequest> given = requests == null ? List.of() : requests;
        List<Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            SuggestionRequest suggestion = given.get(i);
            suggestions.add(DomainRefusals.at("suggestions[" + i + "]", () -> new Suggestion(suggestion.text(), suggestion.indicatorCode())));
        }
        return suggestions;
    }
}
