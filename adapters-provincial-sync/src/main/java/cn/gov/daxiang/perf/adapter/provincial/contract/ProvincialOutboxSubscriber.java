package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.application.port.out.DomainEventSubscriber;
import cn.gov.daxiang.perf.application.port.out.sync.OutboxRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;
import cn.gov.daxiang.perf.domain.goal.GoalApproved;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.sync.JsonPayload;
import cn.gov.daxiang.perf.domain.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.sync.ProvincialReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * The provincial outbox hears the events the province is told of and writes each as a message of the wire contract
 * (docs/provincial-api.md), in the change's transaction; the sync delivers it later with retries and its
 * idempotency key.
 */
@ApplicationScoped
public class ProvincialOutboxSubscriber implements DomainEventSubscriber {

    private final OutboxRepository outbox;
    private final SyncSettings settings;
    private final Clock clock;

    @Inject
    public ProvincialOutboxSubscriber(OutboxRepository outbox, SyncSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void on(PublishedEvent published) {
        if (published.event() instanceof GoalApproved approved) {
            outbox.append(OutboxMessage.of(goalApproved(approved, settings.mofDivCode()), clock.instant()));
        }
    }

    static ProvincialReport goalApproved(GoalApproved event, String mofDivCode) {
        GoalContent content = event.content();
        JsonPayload payload = JsonPayload.object()
                .put("mof_div_code", mofDivCode)
                .put("fiscal_year", event.fiscalYear().value())
                .put("goal_id", event.goalId().toString())
                .put("goal_kind", event.kind().name())
                .put("agency_code", event.unitCode().value())
                .put("pro_code", event.projectCodeIfAny().map(ProjectCode::value).orElse(null))
                .put("version", event.version())
                .put("adjustment", event.isAdjustment())
                .put("audit_grade", event.auditGrade() == null ? null : event.auditGrade().name())
                .put("approved_at", event.approvedAt())
                .put("annual_overall_goal", content.annualOverallGoal())
                .put("long_term_goal", content.longTermGoal())
                .put("department_duties", content.departmentDuties())
                .put("indicators", content.indicators().stream().map(ProvincialOutboxSubscriber::indicator).toList());
        return new ProvincialReport() {
            @Override
            public String messageType() {
                return "goal.approved";
            }

            @Override
            public String subjectType() {
                return PerformanceGoal.AUDIT_TYPE;
            }

            @Override
            public String subjectId() {
                return event.goalId() + "/v" + event.version();
            }

            @Override
            public JsonPayload payload() {
                return payload;
            }
        };
    }

    private static JsonPayload indicator(Indicator i) {
        return JsonPayload.object()
                .put("indicator_id", i.id().toString())
                .put("level1", i.level1())
                .put("level2", i.level2())
                .put("name", i.name())
                .put("value_type", i.valueType().name())
                .put("comparator", i.comparator() == null ? null : i.comparator().symbol())
                .put("target_value", i.targetValue())
                .put("target_text", i.targetText())
                .put("unit", i.unitOfMeasure())
                .put("weight", i.weight());
    }
}
