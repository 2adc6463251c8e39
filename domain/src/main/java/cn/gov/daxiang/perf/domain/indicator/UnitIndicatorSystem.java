package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A unit's indicator system (指标体系): the library templates the unit has chosen as its own, in the
 * order it chose them. It refers to templates by id only; one system per unit.
 */
public final class UnitIndicatorSystem implements Auditable, RecordsEvents {

    /** The audit trail's name for a unit's system; its id is the unit's code. */
    public static final String AUDIT_TYPE = "unit-indicator-system";

    /** A system is a unit's working set, not a copy of the library; the bound also keeps it within its column. */
    public static final int MAX_TEMPLATES = 500;

    private final UnitCode unitCode;
    private final Set<TemplateId> templateIds;
    private final RecordedEvents events = new RecordedEvents();

    private UnitIndicatorSystem(UnitCode unitCode, List<TemplateId> templateIds) {
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.templateIds = new LinkedHashSet<>(templateIds);
    }

    /** A unit's system before it has chosen anything. */
    public static UnitIndicatorSystem empty(UnitCode unitCode) {
        return new UnitIndicatorSystem(unitCode, List.of());
    }

    public static UnitIndicatorSystem restore(UnitCode unitCode, List<TemplateId> templateIds) {
        return new UnitIndicatorSystem(unitCode, templateIds);
    }

    /** Adds an active template; a template already chosen or deactivated is refused. */
    public void add(IndicatorTemplate template) {
        if (!template.isActive()) {
            throw new RuleViolationException("INDICATOR_TEMPLATE_INACTIVE", Map.of("templateId", template.getId().toString()));
        }
        if (templateIds.contains(template.getId())) {
            throw new RuleViolationException("INDICATOR_TEMPLATE_ALREADY_CHOSEN",
                    Map.of("templateId", template.getId().toString(), "unitCode", unitCode.value()));
        }
        if (templateIds.size() >= MAX_TEMPLATES) {
            throw new RuleViolationException("INDICATOR_SYSTEM_FULL", Map.of("unitCode", unitCode.value(), "max", MAX_TEMPLATES));
        }
        templateIds.add(template.getId());
        events.record(new UnitIndicatorSystemChanged(unitCode, template.getId(), true));
    }

    public void remove(TemplateId templateId) {
        if (!templateIds.remove(templateId)) {
            throw new RuleViolationException("INDICATOR_TEMPLATE_NOT_CHOSEN",
                    Map.of("templateId", templateId.toString(), "unitCode", unitCode.value()));
        }
        events.record(new UnitIndicatorSystemChanged(unitCode, templateId, false));
    }

    public boolean contains(TemplateId templateId) {
        return templateIds.contains(templateId);
    }

    public UnitCode getUnitCode() {
        return unitCode;
    }

    /** The chosen templates in the order they were added. */
    public List<TemplateId> getTemplateIds() {
        return List.copyOf(new ArrayList<>(templateIds));
    }

    /** The chosen templates' ids in order, comma-separated, under the unit's code. */
    @Override
    public AuditSnapshot auditSnapshot() {
        return new AuditSnapshot(AUDIT_TYPE, unitCode.value(),
                Map.of("templates", String.join(",", getTemplateIds().stream().map(TemplateId::toString).toList())));
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }
}
