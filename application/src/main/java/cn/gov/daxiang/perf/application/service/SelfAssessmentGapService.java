package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.allocation.SelfAssessmentGapsQuery;
import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.keyevaluation.SelfAssessedScores;
import cn.gov.daxiang.perf.domain.keyevaluation.SelfAssessmentGaps;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The self-assessment gaps (自评偏差) of the plan years asked for: accepted key evaluations of those years against the
 * units' recorded self-evaluation scores of the same objects (self-evaluations of the plan year and the year before,
 * since a key evaluation usually looks back at last year's spending). Computed on every request, never stored.
 */
@ApplicationScoped
@Transactional
public class SelfAssessmentGapService implements SelfAssessmentGapsQuery {

    /** At most this many plan years per request. */
    public static final int MAX_YEARS = 20;

    private final KeyEvaluationRepository keyEvaluations;
    private final SelfEvaluationRepository selfEvaluations;
    private final ProjectRepository projects;
    private final DataScopes scopes;

    @Inject
    public SelfAssessmentGapService(KeyEvaluationRepository keyEvaluations, SelfEvaluationRepository selfEvaluations,
                                    ProjectRepository projects, DataScopes scopes) {
        this.keyEvaluations = keyEvaluations;
        this.selfEvaluations = selfEvaluations;
        this.projects = projects;
        this.scopes = scopes;
    }

    @Override
    public SelfAssessmentGaps selfAssessmentGaps(Actor actor, FiscalYear fromYear, FiscalYear toYear, UnitCode unitCode) {
        if (fromYear.compareTo(toYear) > 0 || toYear.value() - fromYear.value() >= MAX_YEARS) {
            throw new InvalidValueException("toYear", "SELF_ASSESSMENT_GAP_YEARS_INVALID", Map.of("fromYear", fromYear.value(),
                    "toYear", toYear.value(), "max", MAX_YEARS));
        }
        DataScope scope = scopes.readScope(actor);
        List<KeyEvaluation> accepted = new ArrayList<>();
        List<SelfEvaluation> self = new ArrayList<>();
        for (int year = fromYear.value(); year <= toYear.value(); year++) {
            accepted.addAll(keyEvaluations.find(new KeyEvaluationCriteria(FiscalYear.of(year), KeyEvaluationState.ACCEPTED, null, null)).stream()
                    .map(KeyEvaluationRepository.Stored::evaluation).toList());
        }
        for (int year = fromYear.value() - 1; year <= toYear.value(); year++) {
            if (year >= FiscalYear.EARLIEST) {
                self.addAll(selfEvaluations.findGraded(FiscalYear.of(year)));
            }
        }
        Set<ProjectCode> codes = new HashSet<>();
        accepted.forEach(e -> codes.addAll(e.getObject().projects()));
        Map<ProjectCode, UnitCode> owners = projects.findByCodes(codes).stream().collect(Collectors.toMap(Project::getCode, Project::getUnitCode));
        return SelfAssessmentGaps.of(accepted, SelfAssessedScores.of(self), owners,
                unit -> scope.includes(unit) && (unitCode == null || unitCode.equals(unit)));
    }
}
