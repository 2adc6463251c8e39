package cn.gov.daxiang.perf.adapter.rest.sample;

import cn.gov.daxiang.perf.application.event.StartupSyncSucceeded;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.AcceptKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.CommissionKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.CommissionKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationChange;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ListKeyEvaluationsQuery;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.PlanKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.PlanKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.RecordKeyEvaluationFindingsCommand;
import cn.gov.daxiang.perf.application.port.in.rectification.IssueRectificationsUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.RecordKeyEvaluationFindingsUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoreKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoreKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SetKeyEvaluationFrameworkCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SetKeyEvaluationFrameworkUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.StartKeyEvaluationFieldworkUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SubmitKeyEvaluationUseCase;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.Finding;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationPlan;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.keyevaluation.ProposedRectification;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreEntry;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.keyevaluation.Suggestion;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Paging;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The embedded default's 2024 key evaluations (the report's 11 items), recorded once the start-up synchronisation has
 * brought the sample district's projects. Each item goes the way a real one goes, through the use cases, as the bureau's
 * finance staff and the agency's evaluator (named {@code sample-loader:…} in the audit trail): planned, commissioned,
 * framework set, fieldwork, scored, findings, submitted, accepted. Resumable: an item found by its title continues from
 * its state, so a restart after a kill finishes what was begun and never duplicates. Off when
 * {@code perf.sample.key-evaluations} is empty (the production build).
 */
@ApplicationScoped
@Readiness
public class SampleKeyEvaluationsLoader implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SampleKeyEvaluationsLoader.class);
    private static final String CLASSPATH = "classpath:";

    private enum State { NOT_REQUESTED, WAITING_FOR_SYNC, LOADED, FAILED }

    private final String location;
    private final ObjectMapper json;
    private final PlanKeyEvaluationUseCase plan;
    private final CommissionKeyEvaluationUseCase commission;
    private final SetKeyEvaluationFrameworkUseCase setFramework;
    private final StartKeyEvaluationFieldworkUseCase fieldwork;
    private final ScoreKeyEvaluationUseCase score;
    private final RecordKeyEvaluationFindingsUseCase findings;
    private final SubmitKeyEvaluationUseCase submit;
    private final AcceptKeyEvaluationUseCase accept;
    private final IssueRectificationsUseCase rectifications;
    private final ListKeyEvaluationsQuery list;
    private volatile State state;

    @Inject
    public SampleKeyEvaluationsLoader(@ConfigProperty(name = "perf.sample.key-evaluations") Optional<String> location,
                                      ObjectMapper json, PlanKeyEvaluationUseCase plan, CommissionKeyEvaluationUseCase commission,
                                      SetKeyEvaluationFrameworkUseCase setFramework, StartKeyEvaluationFieldworkUseCase fieldwork,
                                      ScoreKeyEvaluationUseCase score, RecordKeyEvaluationFindingsUseCase findings,
                                      SubmitKeyEvaluationUseCase submit, AcceptKeyEvaluationUseCase accept, ListKeyEvaluationsQuery list,
                                      IssueRectificationsUseCase rectifications) {
        this.location = location.map(String::strip).orElse("");
        this.json = json;
        this.plan = plan;
        this.commission = commission;
        this.setFramework = setFramework;
        this.fieldwork = fieldwork;
        this.score = score;
        this.findings = findings;
        this.submit = submit;
        this.accept = accept;
        this.rectifications = rectifications;
        this.list = list;
        this.state = this.location.isEmpty() ? State.NOT_REQUESTED : State.WAITING_FOR_SYNC;
    }

    void afterStartupSync(@Observes StartupSyncSucceeded synced) {
        if (state != State.WAITING_FOR_SYNC) {
            return;
        }
        try {
            load(read());
            state = State.LOADED;
        } catch (RuntimeException | IOException e) {
            state = State.FAILED;
            LOG.error("the sample key evaluations could not be recorded", e);
        }
    }

    private SampleKeyEvaluations read() throws IOException {
        if (!location.startsWith(CLASSPATH)) {
            throw new IOException("perf.sample.key-evaluations must be a classpath: location, was " + location);
        }
        String resource = location.substring(CLASSPATH.length());
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no sample at " + location);
            }
            return json.readValue(in, SampleKeyEvaluations.class);
        }
    }

    void load(SampleKeyEvaluations sample) {
        AgencyId agency = new AgencyId(sample.agency());
        Actor finance = new Actor("sample-loader:finance", Set.of(Role.FINANCE_ADMIN), null, null, "sample-key-evaluations");
        Actor evaluator = new Actor("sample-loader:" + agency.value().toLowerCase(), Set.of(Role.EVALUATOR), null, agency, "sample-key-evaluations");
        FiscalYear year = FiscalYear.of(sample.fiscalYear());
        Map<String, KeyEvaluationDetails> existing = list.listKeyEvaluations(finance,
                        new KeyEvaluationCriteria(year, null, null, null), new Paging(1, Paging.MAX_SIZE)).items().stream()
                .collect(Collectors.toMap(d -> d.evaluation().getTitle(), Function.identity(), (a, b) -> a));
        int recorded = 0;
        for (SampleKeyEvaluations.Item item : sample.items()) {
            KeyEvaluationDetails details = Optional.ofNullable(existing.get(item.title()))
                    .orElseGet(() -> plan.planKeyEvaluation(finance, new PlanKeyEvaluationCommand(planOf(item, year, sample))));
            if (details.evaluation().getState() != KeyEvaluationState.ACCEPTED) {
                carryThrough(details, item, agency, finance, evaluator);
                recorded++;
            } else {
                // Accepted before rectifications were issued at acceptance (an older data folder): issue what is missing.
                rectifications.issueRectifications(finance, details.evaluation().getId());
            }
        }
        LOG.infof("sample key evaluations of %s: %d recorded now, %d already there", year, recorded, sample.items().size() - recorded);
    }

    private static KeyEvaluationPlan planOf(SampleKeyEvaluations.Item item, FiscalYear year, SampleKeyEvaluations sample) {
        EvaluationObject object = item.department() != null
                ? new EvaluationObject.OfDepartment(UnitCode.of(item.department()), FiscalYear.of(item.spendingYear()))
                : new EvaluationObject.OfProject(ProjectCode.of(item.project()));
        return new KeyEvaluationPlan(item.title(), year, object, SubjectKind.valueOf(item.subjectKind()), sample.dueDate());
    }

    /** Takes one evaluation from wherever it stands to ACCEPTED, each step as the actor whose step it is. */
    private void carryThrough(KeyEvaluationDetails start, SampleKeyEvaluations.Item item, AgencyId agency, Actor finance, Actor evaluator) {
        KeyEvaluationDetails d = start;
        while (true) {
            KeyEvaluation e = d.evaluation();
            KeyEvaluationChange at = new KeyEvaluationChange(e.getId(), d.revision());
            switch (e.getState()) {
                case PLANNED -> d = commission.commissionKeyEvaluation(finance, new CommissionKeyEvaluationCommand(e.getId(), d.revision(), agency));
                case COMMISSIONED -> d = setFramework.setKeyEvaluationFramework(evaluator, new SetKeyEvaluationFrameworkCommand(e.getId(),
                        d.revision(), new FrameworkReference(FrameworkCode.of(item.framework()), 1), null, null));
                case FRAMEWORK_SET -> d = fieldwork.startKeyEvaluationFieldwork(evaluator, at);
                case FIELDWORK, RETURNED -> {
                    d = score.scoreKeyEvaluation(evaluator, new ScoreKeyEvaluationCommand(e.getId(), d.revision(), sheet(e, item.score())));
                    d = findings.recordKeyEvaluationFindings(evaluator, new RecordKeyEvaluationFindingsCommand(e.getId(), d.revision(),
                            List.of(new Finding(item.finding(), null, new ProposedRectification(UnitCode.of(item.unit()), null))),
                            List.of(new Suggestion(item.suggestion(), null))));
                    d = submit.submitKeyEvaluation(evaluator, new KeyEvaluationChange(e.getId(), d.revision()));
                }
                case REPORT_SUBMITTED -> d = accept.acceptKeyEvaluation(finance, at);
                case ACCEPTED -> {
                    return;
                }
            }
        }
    }

    /**
     * A score sheet totalling {@code total}: each level-3 indicator loses its share of the deduction in proportion to its
     * points (two decimals), the rounding rest taken from the largest one, and every deduction carries its note.
     */
    static List<ScoreEntry> sheet(KeyEvaluation evaluation, BigDecimal total) {
        List<IndicatorNode> leaves = evaluation.getFramework().orElseThrow().indicators().leaves();
        BigDecimal full = leaves.stream().map(IndicatorNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal deduction = full.subtract(total);
        List<BigDecimal> lost = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        int largest = 0;
        for (int i = 0; i < leaves.size(); i++) {
            BigDecimal share = deduction.multiply(leaves.get(i).points()).divide(full, 2, RoundingMode.DOWN);
            lost.add(share);
            assigned = assigned.add(share);
            if (leaves.get(i).points().compareTo(leaves.get(largest).points()) > 0) {
                largest = i;
            }
        }
        lost.set(largest, lost.get(largest).add(deduction.subtract(assigned)));
        List<ScoreEntry> sheet = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            IndicatorNode leaf = leaves.get(i);
            BigDecimal taken = lost.get(i);
            sheet.add(new ScoreEntry(leaf.code(), leaf.points().subtract(taken),
                    taken.signum() > 0 ? "现场评价核查：" + leaf.name() + "未完全达到评分标准，扣" + taken.toPlainString() + "分" : "达到评分标准"));
        }
        return sheet;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sample key evaluations")
                .status(state != State.WAITING_FOR_SYNC && state != State.FAILED)
                .withData("state", state.name())
                .build();
    }
}
