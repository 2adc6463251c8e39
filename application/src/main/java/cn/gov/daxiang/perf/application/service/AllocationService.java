package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.allocation.AllocationDecisionView;
import cn.gov.daxiang.perf.application.port.in.allocation.AllocationDecisionsOfBudgetYearQuery;
import cn.gov.daxiang.perf.application.port.in.allocation.AllocationPolicyQuery;
import cn.gov.daxiang.perf.application.port.in.allocation.DecideAllocationUseCase;
import cn.gov.daxiang.perf.application.port.in.allocation.FindAllocationDecisionsQuery;
import cn.gov.daxiang.perf.application.port.in.allocation.ProposeAllocationDecisionsUseCase;
import cn.gov.daxiang.perf.application.port.in.allocation.PublishAllocationPolicyUseCase;
import cn.gov.daxiang.perf.application.port.out.AllocationDecisionRepository;
import cn.gov.daxiang.perf.application.port.out.AllocationPolicyRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.allocation.Adjustment;
import cn.gov.daxiang.perf.domain.allocation.AllocationAccessPolicy;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionAction;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionCriteria;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionNotFoundException;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionState;
import cn.gov.daxiang.perf.domain.allocation.AllocationObject;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.allocation.AllocationRule;
import cn.gov.daxiang.perf.domain.allocation.EvaluationResult;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.ReviewStep;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.NotFoundException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Result application (结果应用): the allocation policy as versioned data and the allocation decisions of a budget year.
 *
 * <p>Which years feed budget year Y: the work of year Y−1, when budget Y is drawn up — the self-evaluations of fiscal
 * year Y−2 (done in Y−1) with a completed review, and the key evaluations planned in Y−1 and accepted. (The 2024 work
 * report's self-evaluations of 2023 and key evaluations of 2024 feed the 2025 budget.) A special fund's result applies
 * to each of its projects.
 */
@ApplicationScoped
@Transactional
public class AllocationService implements AllocationPolicyQuery, PublishAllocationPolicyUseCase, ProposeAllocationDecisionsUseCase,
        DecideAllocationUseCase, FindAllocationDecisionsQuery, AllocationDecisionsOfBudgetYearQuery {

    private final AllocationPolicyRepository policies;
    private final AllocationDecisionRepository decisions;
    private final SelfEvaluationRepository selfEvaluations;
    private final KeyEvaluationRepository keyEvaluations;
    private final ProjectRepository projects;
    private final BudgetUnitRepository units;
    private final KeyEvaluationObjects objects;
    private final DataScopes scopes;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public AllocationService(AllocationPolicyRepository policies, AllocationDecisionRepository decisions, SelfEvaluationRepository selfEvaluations,
                             KeyEvaluationRepository keyEvaluations, ProjectRepository projects, BudgetUnitRepository units,
                             KeyEvaluationObjects objects, DataScopes scopes, ChangePipeline pipeline, Clock clock) {
        this.policies = policies;
        this.decisions = decisions;
        this.selfEvaluations = selfEvaluations;
        this.keyEvaluations = keyEvaluations;
        this.projects = projects;
        this.units = units;
        this.objects = objects;
        this.scopes = scopes;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    // ---- policy ----

    @Override
    public AllocationPolicy currentAllocationPolicy(Actor actor) {
        return current();
    }

    @Override
    public List<AllocationPolicy> allocationPolicies(Actor actor) {
        List<AllocationPolicy> all = policies.findAll();
        return all.isEmpty() ? List.of(AllocationPolicy.standard()) : all;
    }

    @Override
    public AllocationPolicy allocationPolicy(Actor actor, int version) {
        return allocationPolicies(actor).stream().filter(p -> p.getVersion() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("ALLOCATION_POLICY_NOT_FOUND", Map.of("version", version)));
    }

    @Override
    public AllocationPolicy publishAllocationPolicy(Actor actor, int expectedVersion, List<EvaluationType> precedence, List<AllocationRule> rules) {
        AllocationAccessPolicy.requirePolicyPublisher(actor, "publish-allocation-policy");
        AllocationPolicy current = current();
        if (current.getVersion() != expectedVersion) {
            throw new StaleRevisionException(AllocationPolicy.AUDIT_TYPE, "current", expectedVersion, current.getVersion());
        }
        AllocationPolicy next = AllocationPolicy.publish(current, precedence, rules, ActorId.of(actor.userId()), clock.instant());
        pipeline.create(actor, next, p -> {
            policies.add(p);
            return p.getVersion();
        });
        return next;
    }

    private AllocationPolicy current() {
        return policies.findCurrent().orElseGet(AllocationPolicy::standard);
    }

    // ---- proposals ----

    @Override
    public Proposals proposeAllocationDecisions(Actor actor, FiscalYear budgetYear) {
        AllocationAccessPolicy.requireFinance(actor, "propose-allocation-decisions");
        AllocationPolicy policy = current();
        Map<String, List<EvaluationResult>> byObject = new LinkedHashMap<>();
        results(budgetYear).forEach(r -> byObject.computeIfAbsent(r.object().key(), k -> new ArrayList<>()).add(r));
        Set<String> active = decisions.find(AllocationDecisionCriteria.ofBudgetYear(budgetYear), DataScope.all()).stream()
                .map(AllocationDecisionRepository.Stored::decision).filter(AllocationDecision::isActive)
                .map(d -> d.getObject().key()).collect(Collectors.toSet());
        List<AllocationDecision> proposed = new ArrayList<>();
        List<AllocationDecisionView> created = new ArrayList<>();
        int existing = 0;
        ActorId by = ActorId.of(actor.userId());
        Instant now = clock.instant();
        for (Map.Entry<String, List<EvaluationResult>> entry : byObject.entrySet()) {
            Optional<EvaluationResult> counting = policy.counting(entry.getValue());
            if (counting.isEmpty() || policy.ruleFor(counting.get().type(), counting.get().result()).isEmpty()) {
                continue;
            }
            if (active.contains(entry.getKey())) {
                existing++;
                continue;
            }
            proposed.add(AllocationDecision.propose(AllocationDecisionId.newId(), budgetYear, counting.get(), policy, by, now));
        }
        pipeline.createAll(actor, proposed, decisions::addAll);
        proposed.forEach(decision -> created.add(new AllocationDecisionView(decision, 0, null)));
        return new Proposals(named(created), existing);
    }

    /** The final results that feed the budget year: self-evaluations of Y−2 completed, key evaluations of Y−1 accepted. */
    private List<EvaluationResult> results(FiscalYear budgetYear) {
        FiscalYear selfYear = budgetYear.previous().previous();
        FiscalYear keyYear = budgetYear.previous();
        List<SelfEvaluation> completed = selfEvaluations.findGraded(selfYear).stream()
                .filter(SelfEvaluation::isCompleted).filter(e -> e.getResult().isPresent()).toList();
        List<KeyEvaluation> accepted = keyEvaluations.find(new KeyEvaluationCriteria(keyYear, KeyEvaluationState.ACCEPTED, null, null)).stream()
                .map(KeyEvaluationRepository.Stored::evaluation).filter(e -> e.getResult().isPresent()).toList();
        Set<ProjectCode> codes = new HashSet<>();
        completed.forEach(e -> e.getProjectCode().ifPresent(codes::add));
        accepted.forEach(e -> codes.addAll(e.getObject().projects()));
        Map<ProjectCode, Project> named = projects.findByCodes(codes).stream().collect(Collectors.toMap(Project::getCode, Function.identity()));
        Set<UnitCode> unitCodes = new HashSet<>();
        completed.forEach(e -> unitCodes.add(e.getUnitCode()));
        accepted.forEach(e -> {
            if (e.getObject() instanceof EvaluationObject.OfDepartment d) {
                unitCodes.add(d.department());
            }
        });
        Map<UnitCode, String> unitNames = units.findByCodes(unitCodes).stream().collect(Collectors.toMap(BudgetUnit::getCode, BudgetUnit::getName));
        List<EvaluationResult> results = new ArrayList<>();
        for (SelfEvaluation e : completed) {
            Instant at = e.getHistory().stream().map(ReviewStep::at).max(Instant::compareTo).orElse(Instant.EPOCH);
            if (e.getKind() == SelfEvaluationKind.DEPARTMENT_OVERALL) {
                EvaluationObject.OfDepartment department = new EvaluationObject.OfDepartment(e.getUnitCode(), e.getFiscalYear());
                results.add(new EvaluationResult(EvaluationType.SELF_EVALUATION, e.getId().toString(),
                        AllocationObject.department(e.getUnitCode(), unitNames.get(e.getUnitCode())), e.getResult().get(), e.getFiscalYear(), at,
                        objects.coveredMoney(department)));
            } else {
                Project project = e.getProjectCode().map(named::get).orElse(null);
                if (project != null) {
                    results.add(new EvaluationResult(EvaluationType.SELF_EVALUATION, e.getId().toString(),
                            AllocationObject.project(project.getUnitCode(), project.getCode(), project.getName()), e.getResult().get(),
                            e.getFiscalYear(), at, project.getFunds().total()));
                }
            }
        }
        for (KeyEvaluation e : accepted) {
            Instant at = e.getAcceptance().map(a -> a.acceptedAt()).orElse(Instant.EPOCH);
            if (e.getObject() instanceof EvaluationObject.OfDepartment d) {
                results.add(new EvaluationResult(EvaluationType.KEY_EVALUATION, e.getId().toString(),
                        AllocationObject.department(d.department(), unitNames.get(d.department())), e.getResult().get(), e.getFiscalYear(), at,
                        objects.coveredMoney(d)));
                continue;
            }
            for (ProjectCode code : e.getObject().projects()) {
                Project project = named.get(code);
                if (project != null) {
                    results.add(new EvaluationResult(EvaluationType.KEY_EVALUATION, e.getId().toString(),
                            AllocationObject.project(project.getUnitCode(), project.getCode(), project.getName()), e.getResult().get(),
                            e.getFiscalYear(), at, project.getFunds().total()));
                }
            }
        }
        return results;
    }

    // ---- decisions ----

    @Override
    public AllocationDecisionView confirmAllocationDecision(Actor actor, AllocationDecisionId id, long expectedRevision) {
        StoredForChange<AllocationDecision> target = target(actor, id, expectedRevision);
        Saved<AllocationDecision, Void> saved = pipeline.change(actor, target)
                .authorisedBy(target.authorisedBy(d -> AllocationAccessPolicy.require(actor, AllocationDecisionAction.CONFIRM, "confirm-allocation-decision")))
                .apply(d -> d.confirm(ActorId.of(actor.userId()), clock.instant()));
        return view(saved.aggregate(), saved.revision());
    }

    @Override
    public AllocationDecisionView overrideAllocationDecision(Actor actor, AllocationDecisionId id, long expectedRevision, Treatment treatment,
                                                             Adjustment adjustment, String reason) {
        StoredForChange<AllocationDecision> target = target(actor, id, expectedRevision);
        ActorId by = ActorId.of(actor.userId());
        Instant now = clock.instant();
        Saved<AllocationDecision, AllocationDecision> saved = pipeline.change(actor, target)
                .authorisedBy(target.authorisedBy(d -> AllocationAccessPolicy.require(actor, AllocationDecisionAction.OVERRIDE, "override-allocation-decision")))
                .applyAndAnswer(d -> {
                    if (d.getState() == AllocationDecisionState.CONFIRMED) {
                        return d.supersede(AllocationDecisionId.newId(), treatment, adjustment, reason, by, now);
                    }
                    d.override(treatment, adjustment, reason, by, now);
                    return null;
                });
        if (saved.answer() == null) {
            return view(saved.aggregate(), saved.revision());
        }
        AllocationDecision successor = saved.answer();
        long revision = pipeline.create(actor, successor, decisions::add);
        return view(successor, revision);
    }

    private StoredForChange<AllocationDecision> target(Actor actor, AllocationDecisionId id, long expectedRevision) {
        return new StoredForChange<>(AllocationDecision.AUDIT_TYPE, id.toString(), expectedRevision, () -> {
            AllocationDecisionRepository.Stored stored = visible(actor, id);
            return new StoredForChange.Found<>(stored.decision(), stored.revision());
        }, decisions::update);
    }

    private AllocationDecisionRepository.Stored visible(Actor actor, AllocationDecisionId id) {
        DataScope scope = scopes.readScope(actor);
        return decisions.findById(id).filter(s -> AllocationAccessPolicy.canSee(s.decision(), scope))
                .orElseThrow(() -> new AllocationDecisionNotFoundException(id));
    }

    @Override
    public AllocationDecisionView findAllocationDecision(Actor actor, AllocationDecisionId id) {
        AllocationDecisionRepository.Stored stored = visible(actor, id);
        return view(stored.decision(), stored.revision());
    }

    private AllocationDecisionView view(AllocationDecision decision, long revision) {
        return named(List.of(new AllocationDecisionView(decision, revision, null))).get(0);
    }

    /** The views with their units' names, looked up in one query for all of them (a list's page, not per row). */
    private List<AllocationDecisionView> named(List<AllocationDecisionView> views) {
        Set<UnitCode> codes = views.stream().map(v -> v.decision().getObject().unitCode()).collect(Collectors.toSet());
        Map<UnitCode, String> names = codes.isEmpty() ? Map.of()
                : units.findByCodes(codes).stream().collect(Collectors.toMap(BudgetUnit::getCode, BudgetUnit::getName));
        return views.stream().map(v -> new AllocationDecisionView(v.decision(), v.revision(), names.get(v.decision().getObject().unitCode()))).toList();
    }

    @Override
    public List<AllocationDecisionView> listAllocationDecisions(Actor actor, AllocationDecisionCriteria criteria) {
        return named(decisions.find(criteria, scopes.readScope(actor)).stream()
                .map(s -> new AllocationDecisionView(s.decision(), s.revision(), null)).toList());
    }

    @Override
    public List<AllocationDecision> allocationDecisionsOfBudgetYear(FiscalYear budgetYear, boolean confirmedOnly) {
        AllocationDecisionCriteria criteria = new AllocationDecisionCriteria(budgetYear, null, null,
                confirmedOnly ? AllocationDecisionState.CONFIRMED : null);
        return decisions.find(criteria, DataScope.all()).stream().map(AllocationDecisionRepository.Stored::decision).toList();
    }

    static List<AllocationDecision> ofUnits(AllocationDecisionRepository decisions, FiscalYear budgetYear, Collection<UnitCode> units) {
        return decisions.find(AllocationDecisionCriteria.ofBudgetYear(budgetYear), DataScope.of(Set.copyOf(units))).stream()
                .map(AllocationDecisionRepository.Stored::decision).toList();
    }
}
