package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoredIndicator;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkWarning;
import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationSummary;
import cn.gov.daxiang.perf.domain.shared.WanYuan;
import org.mapstruct.Mapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

@Mapper
public interface KeyEvaluationRestMapper {

    /** @param actor the caller: {@code allowedActions} are what it may do now (the rule the use cases enforce) */
    default KeyEvaluationResponse toResponse(KeyEvaluationDetails details, Actor actor, ProblemMessages messages, Locale locale) {
        KeyEvaluation e = details.evaluation();
        EvaluationObject object = e.getObject();
        List<KeyEvaluationResponse.ProjectPart> projects = object.projects().stream()
                .map(p -> new KeyEvaluationResponse.ProjectPart(p.value(), details.projectNames().get(p))).toList();
        String name = object instanceof EvaluationObject.OfProject p ? details.projectNames().get(p.project())
                : object instanceof EvaluationObject.OfSpecialFund f ? f.name() : details.departmentName();
        KeyEvaluationResponse.ObjectResponse objectResponse = new KeyEvaluationResponse.ObjectResponse(Coded.of(object.kind()), name,
                object instanceof EvaluationObject.OfSpecialFund fund ? fund.name() : null, projects,
                object instanceof EvaluationObject.OfDepartment d ? d.department().value() : null, details.departmentName(),
                object instanceof EvaluationObject.OfDepartment d ? d.spendingYear().value() : null);
        KeyEvaluationResponse.AgencyPart agency = e.getCommission().map(c -> new KeyEvaluationResponse.AgencyPart(c.agency().value(),
                details.agencyName(), c.commissionedBy().value(), c.commissionedAt())).orElse(null);
        KeyEvaluationResponse.FrameworkPart framework = e.getFramework().map(f -> new KeyEvaluationResponse.FrameworkPart(f.source().code().value(),
                f.source().version(), f.name(), warnings(details.warnings(), messages, locale))).orElse(null);
        return new KeyEvaluationResponse(e.getId().toString(), e.getTitle(), e.getFiscalYear().value(), Coded.of(e.getState()),
                KeyEvaluationAccessPolicy.offered(actor, e).stream().map(Coded::of).toList(), objectResponse,
                Coded.of(e.getSubjectKind()), Coded.of(e.getCategory()), e.getDueDate(),
                details.coveredMoney().amount(), WanYuan.of(details.coveredMoney(), 2), e.getPlannedBy().value(), e.getPlannedAt(), agency, framework,
                tree(details.indicatorRows()), e.getScores().isEmpty() ? null : e.total().value(), e.getResult().map(this::result).orElse(null),
                e.reworkRounds(),
                e.getSubmissions().stream().map(s -> new KeyEvaluationResponse.SubmissionPart(s.round(), s.submittedAt(), s.submittedBy().value(),
                        result(s.result()))).toList(),
                e.getReturns().stream().map(r -> new KeyEvaluationResponse.ReturnPart(r.round(), r.returnedAt(), r.returnedBy().value(), r.reasons())).toList(),
                e.getFindings().stream().map(f -> new KeyEvaluationResponse.FindingPart(f.text(), f.indicatorCode(),
                        f.rectification() == null ? null : f.rectification().responsibleUnit().value(),
                        f.rectification() == null ? null : f.rectification().deadline())).toList(),
                e.getSuggestions().stream().map(s -> new KeyEvaluationResponse.SuggestionPart(s.text(), s.indicatorCode())).toList(),
                e.getAcceptance().map(a -> new KeyEvaluationResponse.AcceptancePart(a.acceptedBy().value(), a.acceptedAt(), a.acceptedOn())).orElse(null),
                details.revision());
    }

    default KeyEvaluationResponse.ResultPart result(GradedScore result) {
        return new KeyEvaluationResponse.ResultPart(result.score().value(), Coded.of(result.grade()), result.schemeId().value());
    }

    /** The flat rows (tree order) as a tree. */
    default List<IndicatorResponse> tree(List<ScoredIndicator> rows) {
        List<IndicatorResponse> level1 = new ArrayList<>();
        List<IndicatorResponse> level2 = null;
        List<IndicatorResponse> level3 = null;
        for (ScoredIndicator row : rows) {
            List<IndicatorResponse> children = new ArrayList<>();
            IndicatorResponse node = new IndicatorResponse(row.level(), row.code(), row.name(), row.points(), row.guidance(), row.score(), row.note(),
                    children);
            switch (row.level()) {
                case 1 -> {
                    level1.add(node);
                    level2 = children;
                }
                case 2 -> {
                    level2.add(node);
                    level3 = children;
                }
                default -> level3.add(node);
            }
        }
        return level1;
    }

    default List<IndicatorResponse> tree(List<IndicatorNode> nodes, int level) {
        return nodes.stream().map(n -> new IndicatorResponse(level, n.code(), n.name(), n.points(), n.guidance(), null, null,
                tree(n.children(), level + 1))).toList();
    }

    default List<WarningResponse> warnings(List<FrameworkWarning> warnings, ProblemMessages messages, Locale locale) {
        return warnings.stream().map(w -> new WarningResponse(w.code(), messages.detail(w.code(), w.arguments(), locale), w.arguments())).toList();
    }

    default EvaluationFrameworkResponse toResponse(EvaluationFramework f, boolean withIndicators, ProblemMessages messages, Locale locale) {
        Map<String, BigDecimal> level1 = new LinkedHashMap<>(f.getIndicators().level1Points());
        return new EvaluationFrameworkResponse(f.getCode().value(), f.getVersion(), f.getName(), Coded.of(f.getObjectKind()),
                level1, List.copyOf(new TreeSet<>(f.getResultGroups())), warnings(f.warnings(), messages, locale), f.getPublishedBy().value(),
                f.getPublishedAt(), withIndicators ? tree(f.getIndicators().level1(), 1) : null);
    }

    default KeyEvaluationSummaryResponse toResponse(KeyEvaluationSummary summary) {
        List<KeyEvaluationSummaryResponse.KindLine> kinds = summary.bySubjectKind().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(k -> new KeyEvaluationSummaryResponse.KindLine(Coded.of(k.getKey()), k.getValue().count(),
                        k.getValue().money().amount(), WanYuan.of(k.getValue().money(), 1))).toList();
        List<KeyEvaluationSummaryResponse.GradeLine> grades = summary.grades().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(g -> new KeyEvaluationSummaryResponse.GradeLine(Coded.of(g.getKey()), g.getValue())).toList();
        List<KeyEvaluationSummaryResponse.AverageLine> averages = summary.averages().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(a -> new KeyEvaluationSummaryResponse.AverageLine(Coded.of(a.getKey()), a.getValue().count(),
                        a.getValue().average().value())).toList();
        return new KeyEvaluationSummaryResponse(summary.fiscalYear().value(), summary.count(), summary.totalMoney().amount(),
                WanYuan.of(summary.totalMoney(), 1), kinds, grades, averages);
    }
}
