package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A third-party agency (第三方机构) the bureau commissions for key evaluations and assessments, e.g. ZHENRUI for
 * 邵阳臻瑞咨询服务有限责任公司, with its roster of evaluators (评价人员). Reference data finance manages: an inactive
 * agency keeps its history but can no longer be commissioned.
 */
public final class Agency implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "agency";

    private final AgencyId id;
    private AgencyDetails details;
    private final Map<ActorId, AgencyEvaluator> evaluators = new LinkedHashMap<>();
    private final RecordedEvents events = new RecordedEvents();

    private Agency(AgencyId id, AgencyDetails details, Collection<AgencyEvaluator> roster) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        for (AgencyEvaluator evaluator : roster) {
            if (evaluators.put(evaluator.userId(), evaluator) != null) {
                throw new AlreadyExistsException("AGENCY_EVALUATOR_EXISTS", Map.of("agencyId", id.value(), "userId", evaluator.userId().value()));
            }
        }
    }

    /** Registers an agency with its first evaluators (possibly none). */
    public static Agency register(AgencyId id, AgencyDetails details, Collection<AgencyEvaluator> roster) {
        Agency agency = new Agency(id, details, roster);
        agency.events.record(new AgencyRegistered(id));
        return agency;
    }

    public static Agency restore(AgencyId id, AgencyDetails details, Collection<AgencyEvaluator> roster) {
        return new Agency(id, details, roster);
    }

    /** New name, credit code, contact or active flag; an unchanged description records nothing. */
    public void revise(AgencyDetails revised) {
        Objects.requireNonNull(revised, "revised");
        if (!revised.equals(details)) {
            details = revised;
            events.record(new AgencyRevised(id));
        }
    }

    /** Puts an evaluator on the roster; a user already on it is refused (409). */
    public void appoint(AgencyEvaluator evaluator) {
        if (evaluators.containsKey(evaluator.userId())) {
            throw new AlreadyExistsException("AGENCY_EVALUATOR_EXISTS", Map.of("agencyId", id.value(), "userId", evaluator.userId().value()));
        }
        evaluators.put(evaluator.userId(), evaluator);
        events.record(new AgencyEvaluatorAppointed(id, evaluator.userId()));
    }

    /** Takes an evaluator off the roster; one not on it is not found. */
    public void remove(ActorId userId) {
        if (evaluators.remove(userId) == null) {
            throw new NotFoundException("AGENCY_EVALUATOR_NOT_FOUND", Map.of("agencyId", id.value(), "userId", userId.value()));
        }
        events.record(new AgencyEvaluatorRemoved(id, userId));
    }

    /** Whether the agency may be commissioned now. */
    public boolean isActive() {
        return details.active();
    }

    public AgencyId getId() {
        return id;
    }

    public AgencyDetails getDetails() {
        return details;
    }

    public String getName() {
        return details.name();
    }

    public Optional<CreditCode> getCreditCode() {
        return Optional.ofNullable(details.creditCode());
    }

    public Optional<String> getContact() {
        return Optional.ofNullable(details.contact());
    }

    /** The roster in the order evaluators were appointed. */
    public List<AgencyEvaluator> getEvaluators() {
        return List.copyOf(evaluators.values());
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", details.name());
        fields.put("creditCode", details.creditCode() == null ? null : details.creditCode().value());
        fields.put("contact", details.contact());
        fields.put("active", Boolean.toString(details.active()));
        fields.put("evaluators", String.join(",", evaluators.values().stream().map(e -> e.userId().value() + " " + e.name()).toList()));
        return new AuditSnapshot(AUDIT_TYPE, id.value(), fields);
    }

    @Override
    public String toString() {
        return "Agency[" + id + " " + details.name() + "]";
    }
}
