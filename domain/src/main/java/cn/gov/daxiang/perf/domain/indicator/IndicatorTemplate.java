package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reusable level-3 indicator of the library (指标库), kept by the finance bureau. Units pick templates
 * into their indicator system and goals borrow their wording. A template that is no longer wanted is
 * deactivated, never deleted, because goals and unit systems may still refer to it.
 */
public final class IndicatorTemplate implements cn.gov.daxiang.perf.domain.shared.Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "indicator-template";

    private final TemplateId id;
    private TemplateDetails details;
    private boolean active;
    private final RecordedEvents events = new RecordedEvents();

    private IndicatorTemplate(TemplateId id, TemplateDetails details, boolean active) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.active = active;
    }

    /** A new, active template; its level codes must exist in the taxonomy. */
    public static IndicatorTemplate create(TemplateId id, TemplateDetails details, IndicatorTaxonomy taxonomy) {
        taxonomy.requireCategory(details.level1(), details.level2());
        IndicatorTemplate template = new IndicatorTemplate(id, details, true);
        template.events.record(new IndicatorTemplateAdded(id));
        return template;
    }

    /** Rebuilds a stored template as it was saved, without checking it again. */
    public static IndicatorTemplate restore(TemplateId id, TemplateDetails details, boolean active) {
        return new IndicatorTemplate(id, details, active);
    }

    public void edit(TemplateDetails newDetails, IndicatorTaxonomy taxonomy) {
        taxonomy.requireCategory(newDetails.level1(), newDetails.level2());
        this.details = newDetails;
        events.record(new IndicatorTemplateEdited(id));
    }

    /** Takes the template out of searches and recommendations; doing it twice changes nothing but is still recorded. */
    public void deactivate() {
        active = false;
        events.record(new IndicatorTemplateActivationChanged(id, false));
    }

    public void activate() {
        active = true;
        events.record(new IndicatorTemplateActivationChanged(id, true));
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    /** A level-3 indicator with this template's wording, to be completed with a target by the unit. */
    public IndicatorProposal toProposal() {
        return new IndicatorProposal(details.level1(), details.level2(), details.name(), details.valueType(),
                details.typicalComparator(), null, null, details.typicalUnit(), details.explanation(), null);
    }

    public TemplateId getId() {
        return id;
    }

    public TemplateDetails getDetails() {
        return details;
    }

    public String getIndustry() {
        return details.industry();
    }

    public String getLevel1() {
        return details.level1();
    }

    public String getLevel2() {
        return details.level2();
    }

    public String getName() {
        return details.name();
    }

    public ValueType getValueType() {
        return details.valueType();
    }

    public Optional<String> getTypicalUnit() {
        return Optional.ofNullable(details.typicalUnit());
    }

    public Optional<Comparator> getTypicalComparator() {
        return Optional.ofNullable(details.typicalComparator());
    }

    public Optional<String> getExplanation() {
        return Optional.ofNullable(details.explanation());
    }

    public List<String> getKeywords() {
        return details.keywords();
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return "IndicatorTemplate[" + id + " " + details.name() + "]";
    }

    @Override
    public cn.gov.daxiang.perf.domain.shared.AuditSnapshot auditSnapshot() {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        fields.put("industry", details.industry());
        fields.put("level1", details.level1());
        fields.put("level2", details.level2());
        fields.put("name", details.name());
        fields.put("valueType", details.valueType().name());
        fields.put("typicalUnit", details.typicalUnit());
        fields.put("typicalComparator", details.typicalComparator() == null ? null : details.typicalComparator().name());
        fields.put("explanation", details.explanation());
        fields.put("keywords", String.join(",", details.keywords()));
        fields.put("active", Boolean.toString(active));
        return new cn.gov.daxiang.perf.domain.shared.AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }
}
