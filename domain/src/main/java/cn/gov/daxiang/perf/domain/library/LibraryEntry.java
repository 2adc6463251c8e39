package cn.gov.daxiang.perf.domain.library;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.readiness.ReadinessCheckResult;
import cn.gov.daxiang.perf.domain.readiness.ReadinessReport;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A project's entry into the project library (入库): who entered it, when, and the readiness report that allowed it
 * (every check passed). Only a ready project enters; the refusal lists every failing check. A project enters once:
 * the entry is a record, never changed. Kept apart from the project, which the province masters and the sync
 * overwrites.
 */
public final class LibraryEntry implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "library-entry";
    public static final String NOT_READY = "PROJECT_NOT_READY";

    private final ProjectCode projectCode;
    private final UnitCode unitCode;
    private final ActorId enteredBy;
    private final Instant enteredAt;
    private final ReadinessReport readiness;
    private final RecordedEvents events = new RecordedEvents();

    private LibraryEntry(ProjectCode projectCode, UnitCode unitCode, ActorId enteredBy, Instant enteredAt, ReadinessReport readiness) {
        this.projectCode = Objects.requireNonNull(projectCode, "projectCode");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.enteredBy = Objects.requireNonNull(enteredBy, "enteredBy");
        this.enteredAt = Objects.requireNonNull(enteredAt, "enteredAt");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        if (!readiness.projectCode().equals(projectCode)) {
            throw new IllegalArgumentException("readiness of " + readiness.projectCode() + " for " + projectCode);
        }
    }

    /**
     * Enters a project whose readiness report passed every check.
     *
     * @throws RuleViolationException {@value #NOT_READY} with {@code failures}: every failing check with its code, reason and arguments
     */
    public static LibraryEntry enter(Project project, ReadinessReport readiness, ActorId by, Instant at) {
        if (!readiness.isReady()) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("projectCode", project.getCode().value());
            arguments.put("failing", readiness.failures().stream().map(ReadinessCheckResult::check).collect(Collectors.joining(", ")));
            arguments.put("failures", readiness.failures().stream().map(LibraryEntry::failure).toList());
            throw new RuleViolationException(NOT_READY, arguments);
        }
        LibraryEntry entry = new LibraryEntry(project.getCode(), project.getUnitCode(), by, at, readiness);
        entry.events.record(new ProjectEnteredLibrary(project.getCode(), project.getUnitCode(), by, at));
        return entry;
    }

    public static LibraryEntry restore(ProjectCode projectCode, UnitCode unitCode, ActorId enteredBy, Instant enteredAt,
                                       ReadinessReport readiness) {
        return new LibraryEntry(projectCode, unitCode, enteredBy, enteredAt, readiness);
    }

    private static Map<String, Object> failure(ReadinessCheckResult result) {
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("check", result.check());
        failure.put("reason", result.reason());
        failure.put("arguments", result.arguments());
        return failure;
    }

    public ProjectCode getProjectCode() {
        return projectCode;
    }

    public UnitCode getUnitCode() {
        return unitCode;
    }

    public ActorId getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    /** The readiness report as it stood when the project entered. */
    public ReadinessReport getReadiness() {
        return readiness;
    }

    public List<String> passedChecks() {
        return readiness.results().stream().map(ReadinessCheckResult::check).toList();
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", LibraryStatus.IN_LIBRARY.name());
        fields.put("enteredBy", enteredBy.value());
        fields.put("enteredAt", enteredAt.toString());
        fields.put("checks", String.join(", ", passedChecks()));
        return new AuditSnapshot(AUDIT_TYPE, projectCode.value(), fields);
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }
}
