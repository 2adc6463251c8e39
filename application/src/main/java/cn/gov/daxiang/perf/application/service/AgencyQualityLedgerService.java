package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.keyevaluation.AgencyQualityLedgerQuery;
import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.AgencyNotFoundException;
import cn.gov.daxiang.perf.domain.keyevaluation.AgencyQualityLedger;
import cn.gov.daxiang.perf.domain.keyevaluation.AgencyQualityLedgerAccess;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.SelfAssessedScores;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds an agency's quality ledger from its key evaluations of the year and the units' self-evaluations of the
 * spending years those evaluations looked at.
 */
@ApplicationScoped
@Transactional
public class AgencyQualityLedgerService implements AgencyQualityLedgerQuery {

    private final AgencyRepository agencies;
    private final KeyEvaluationRepository evaluations;
    private final SelfEvaluationRepository selfEvaluations;
    private final ProjectRepository projects;
    private final Clock clock;

    @Inject
    public AgencyQualityLedgerService(AgencyRepository agencies, KeyEvaluationRepository evaluations,
                                      SelfEvaluationRepository selfEvaluations, ProjectRepository projects, Clock clock) {
        this.agencies = agencies;
        this.evaluations = evaluations;
        this.selfEvaluations = selfEvaluations;
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public AgencyQualityLedger agencyQualityLedger(Actor actor, AgencyId agency, FiscalYear fiscalYear) {
        AgencyQualityLedgerAccess.requireReader(actor);
        agencies.findById(agency).orElseThrow(() -> new AgencyNotFoundException(agency));
        List<KeyEvaluation> ofAgency = evaluations.find(new KeyEvaluationCriteria(fiscalYear, null, agency, null)).stream()
                .map(KeyEvaluationRepository.Stored::evaluation).toList();
        List<SelfEvaluation> selfAssessed = new ArrayList<>();
        for (FiscalYear year : spendingYears(ofAgency)) {
            selfAssessed.addAll(selfEvaluations.findGraded(year));
        }
        return AgencyQualityLedger.of(agency, fiscalYear, ofAgency, SelfAssessedScores.of(selfAssessed),
                DistrictCalendar.today(clock), DistrictCalendar.ZONE);
    }

    /** The fiscal years whose self-evaluations can match: departments' spending years and the projects' own years. */
    private Set<FiscalYear> spendingYears(List<KeyEvaluation> ofAgency) {
        Set<FiscalYear> years = new TreeSet<>();
        Set<ProjectCode> codes = new TreeSet<>();
        for (KeyEvaluation evaluation : ofAgency) {
            if (evaluation.getObject() instanceof EvaluationObject.OfDepartment department) {
                years.add(department.spendingYear());
            }
            codes.addAll(evaluation.getObject().projects());
        }
        if (!codes.isEmpty()) {
            projects.findByCodes(codes).stream().map(Project::getFiscalYear).forEach(years::add);
        }
        return years;
    }
}
