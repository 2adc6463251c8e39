package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AuditTrailSubscriber;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.EventDispatcher;
import cn.gov.daxiang.perf.application.fake.InMemoryStores;
import cn.gov.daxiang.perf.application.fake.ManualClock;
import cn.gov.daxiang.perf.application.fake.RecordingEventSubscriber;
import cn.gov.daxiang.perf.application.port.in.indicator.EditIndicatorTemplateCommand;
import cn.gov.daxiang.perf.application.port.in.indicator.IndicatorTemplateDetails;
import cn.gov.daxiang.perf.application.port.in.indicator.SetIndicatorTemplateActiveCommand;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.audit.AuditKind;
import cn.gov.daxiang.perf.domain.audit.FieldChange;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitNotFoundException;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplateActivationChanged;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplateAdded;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplateEdited;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplateNotFoundException;
import cn.gov.daxiang.perf.domain.indicator.TemplateDetails;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.indicator.UnitIndicatorSystem;
import cn.gov.daxiang.perf.domain.indicator.UnitIndicatorSystemChanged;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The indicator library (指标库) and the units' indicator systems (指标体系) on the in-memory fakes, without a
 * container: every change goes through the change pipeline, and the audit trail reads as it always has.
 */
class IndicatorLibraryServiceTest {

    private static final Instant T0 = Instant.parse("2025-02-10T01:00:00Z");
    private static final UnitCode DEPARTMENT = UnitCode.of("105001");
    private static final UnitCode KINDERGARTEN = UnitCode.of("105002");
    private static final UnitCode CLINIC = UnitCode.of("106002");

    private static final Actor FINANCE_ADMIN = new Actor("finance-admin", Set.of(Role.FINANCE_ADMIN), null, null, "req-admin");
    private static final Actor OPERATOR = new Actor("op-105002", Set.of(Role.UNIT_OPERATOR), KINDERGARTEN, null, "req-op");
    private static final Actor DEPT_REVIEWER = new Actor("dept-105001", Set.of(Role.DEPT_REVIEWER), DEPARTMENT, null, "req-dept");

    private final ManualClock clock = new ManualClock(T0);
    private final InMemoryStores stores = new InMemoryStores();
    private final RecordingEventSubscriber recorded = new RecordingEventSubscriber();
    private final IndicatorLibraryService library = new IndicatorLibraryService(stores.templates, stores.indicatorSystems,
            stores.units, new DataScopes(stores.units), IndicatorTaxonomy.standard(),
            new ChangePipeline(new EventDispatcher(List.of(new AuditTrailSubscriber(stores.audit), recorded), clock)));

    IndicatorLibraryServiceTest() {
        stores.units.save(BudgetUnit.of(DEPARTMENT, "大祥区教育局", null, true));
        stores.units.save(BudgetUnit.of(KINDERGARTEN, "大祥区第一幼儿园", DEPARTMENT, true));
        stores.units.save(BudgetUnit.of(UnitCode.of("106001"), "大祥区卫生健康局", null, true));
        stores.units.save(BudgetUnit.of(CLINIC, "大祥区社区卫生服务中心", UnitCode.of("106001"), true));
    }

    private static TemplateDetails pupils(String name) {
        return new TemplateDetails("教育", "OUTPUT", "QUANTITY", name, ValueType.QUANTITATIVE, "人", Comparator.AT_LEAST,
                "在园幼儿人数", List.of("学前教育"));
    }

    // --- the library ------------------------------------------------------------------------------

    @Test
    void aNewTemplateIsStoredAtRevisionZeroAndAuditedAsACreationWithEveryField() {
        IndicatorTemplateDetails created = library.createIndicatorTemplate(FINANCE_ADMIN, pupils("在园幼儿数"));

        TemplateId id = created.template().getId();
        assertThat(created.revision()).isZero();
        assertThat(stores.templates.findById(id)).isPresent();
        assertThat(recorded.events()).containsExactly(new IndicatorTemplateAdded(id));
        AuditEvent audit = onlyAuditRecord();
        assertThat(audit.kind()).isEqualTo(AuditKind.CREATE);
        assertThat(audit.action()).isEqualTo("create");
        assertThat(audit.objectType()).isEqualTo(IndicatorTemplate.AUDIT_TYPE);
        assertThat(audit.objectId()).isEqualTo(id.toString());
        assertThat(audit.occurredAt()).isEqualTo(T0);
        assertThat(audit.changes()).contains(new FieldChange("name", null, "在园幼儿数"), new FieldChange("active", null, "true"));
    }

    @Test
    void onlyTheFinanceBureauManagesTheLibraryAndARefusalLeavesNoTrace() {
        assertThatThrownBy(() -> library.createIndicatorTemplate(OPERATOR, pupils("在园幼儿数"))).isInstanceOf(AccessDeniedException.class);
        // Refused before the template is looked up: an unknown id is forbidden too, not "not found".
        assertThatThrownBy(() -> library.setIndicatorTemplateActive(OPERATOR, new SetIndicatorTemplateActiveCommand(TemplateId.newId(), 0, false)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(stores.templates.findActive()).isEmpty();
        assertThat(recorded.published).isEmpty();
        assertThat(stores.audit.events).isEmpty();
    }

    @Test
    void anEditIsAuditedAsTheTransitionUpdateEvenWhenItChangedNothing() {
        TemplateId id = created("在园幼儿数");

        IndicatorTemplateDetails edited = library.editIndicatorTemplate(FINANCE_ADMIN, new EditIndicatorTemplateCommand(id, 0, pupils("在园幼儿数")));

        assertThat(edited.revision()).isEqualTo(1);
        assertThat(recorded.events()).containsExactly(new IndicatorTemplateEdited(id));
        AuditEvent audit = onlyAuditRecord();
        assertThat(audit.kind()).isEqualTo(AuditKind.TRANSITION);
        assertThat(audit.action()).isEqualTo("update");
        assertThat(audit.changes()).isEmpty();
    }

    @Test
    void anEditRecordsTheChangedFieldsBeforeAndAfter() {
        TemplateId id = created("在园幼儿数");

        library.editIndicatorTemplate(FINANCE_ADMIN, new EditIndicatorTemplateCommand(id, 0, pupils("在园幼儿人数")));

        assertThat(onlyAuditRecord().changes()).containsExactly(new FieldChange("name", "在园幼儿数", "在园幼儿人数"));
        assertThat(stores.templates.findById(id).orElseThrow().template().getName()).isEqualTo("在园幼儿人数");
    }

    @Test
    void takingATemplateOutOfUseIsRecordedEachTimeAsTheAuditTrailAlwaysHas() {
        TemplateId id = created("在园幼儿数");

        library.setIndicatorTemplateActive(FINANCE_ADMIN, new SetIndicatorTemplateActiveCommand(id, 0, false));
        library.setIndicatorTemplateActive(FINANCE_ADMIN, new SetIndicatorTemplateActiveCommand(id, 1, false));
        IndicatorTemplateDetails back = library.setIndicatorTemplateActive(FINANCE_ADMIN, new SetIndicatorTemplateActiveCommand(id, 2, true));

        assertThat(back.template().isActive()).isTrue();
        assertThat(back.revision()).isEqualTo(3);
        assertThat(recorded.events()).containsExactly(new IndicatorTemplateActivationChanged(id, false),
                new IndicatorTemplateActivationChanged(id, false), new IndicatorTemplateActivationChanged(id, true));
        assertThat(stores.audit.events).extracting(AuditEvent::action).containsExactly("deactivate", "deactivate", "activate");
        assertThat(stores.audit.events).extracting(AuditEvent::kind).containsOnly(AuditKind.TRANSITION);
    }

    @Test
    void aChangeFromAStaleRevisionOrOfAnUnknownTemplateIsRefusedAndChangesNothing() {
        TemplateId id = created("在园幼儿数");
        library.setIndicatorTemplateActive(FINANCE_ADMIN, new SetIndicatorTemplateActiveCommand(id, 0, false));
        clearRecords();

        assertThatThrownBy(() -> library.editIndicatorTemplate(FINANCE_ADMIN, new EditIndicatorTemplateCommand(id, 0, pupils("x"))))
                .isInstanceOf(StaleRevisionException.class);
        assertThatThrownBy(() -> library.editIndicatorTemplate(FINANCE_ADMIN,
                new EditIndicatorTemplateCommand(TemplateId.newId(), 0, pupils("x")))).isInstanceOf(IndicatorTemplateNotFoundException.class);

        assertThat(stores.templates.findById(id).orElseThrow().template().getName()).isEqualTo("在园幼儿数");
        assertThat(recorded.published).isEmpty();
        assertThat(stores.audit.events).isEmpty();
    }

    @Test
    void aCommandWithoutItsTemplateOrDetailsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new EditIndicatorTemplateCommand(TemplateId.newId(), 0, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).hasValue("body"));
        assertThatThrownBy(() -> new SetIndicatorTemplateActiveCommand(null, 0, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).hasValue("id"));
    }

    // --- a unit's indicator system ----------------------------------------------------------------

    @Test
    void aUnitChoosesATemplateAndTheChangeIsAuditedAsTheUpdateOfItsSystem() {
        TemplateId first = created("在园幼儿数");
        TemplateId second = created("保教人员数");
        library.addToUnitIndicatorSystem(OPERATOR, KINDERGARTEN, first);
        clearRecords();

        List<IndicatorTemplate> system = library.addToUnitIndicatorSystem(OPERATOR, KINDERGARTEN, second);

        assertThat(system).extracting(IndicatorTemplate::getId).containsExactly(first, second);
        assertThat(recorded.events()).containsExactly(new UnitIndicatorSystemChanged(KINDERGARTEN, second, true));
        AuditEvent audit = onlyAuditRecord();
        assertThat(audit.kind()).isEqualTo(AuditKind.TRANSITION);
        assertThat(audit.action()).isEqualTo("update");
        assertThat(audit.objectType()).isEqualTo(UnitIndicatorSystem.AUDIT_TYPE);
        assertThat(audit.objectId()).isEqualTo("105002");
        assertThat(audit.changes()).containsExactly(new FieldChange("templates", first.toString(), first + "," + second));
    }

    @Test
    void droppingATemplateEmptiesTheSystemAndIsAuditedToo() {
        TemplateId id = created("在园幼儿数");
        library.addToUnitIndicatorSystem(FINANCE_ADMIN, KINDERGARTEN, id);
        clearRecords();

        assertThat(library.removeFromUnitIndicatorSystem(OPERATOR, KINDERGARTEN, id)).isEmpty();

        assertThat(recorded.events()).containsExactly(new UnitIndicatorSystemChanged(KINDERGARTEN, id, false));
        assertThat(onlyAuditRecord().changes()).containsExactly(new FieldChange("templates", id.toString(), ""));
        assertThat(library.unitIndicatorSystem(OPERATOR, KINDERGARTEN)).isEmpty();
    }

    @Test
    void aUnitOutsideTheCallersScopeIsNotFoundAndAReaderWhoIsNotTheUnitMayNotChangeIt() {
        TemplateId id = created("在园幼儿数");
        clearRecords();

        assertThatThrownBy(() -> library.addToUnitIndicatorSystem(OPERATOR, CLINIC, id)).isInstanceOf(BudgetUnitNotFoundException.class);
        // The department reads its units' systems but builds none of them.
        assertThatThrownBy(() -> library.addToUnitIndicatorSystem(DEPT_REVIEWER, KINDERGARTEN, id)).isInstanceOf(AccessDeniedException.class);

        assertThat(stores.indicatorSystems.findByUnit(KINDERGARTEN)).isEmpty();
        assertThat(recorded.published).isEmpty();
        assertThat(stores.audit.events).isEmpty();
    }

    @Test
    void aTemplateOutOfUseCannotBeChosenAndNothingIsRecorded() {
        TemplateId id = created("在园幼儿数");
        library.setIndicatorTemplateActive(FINANCE_ADMIN, new SetIndicatorTemplateActiveCommand(id, 0, false));
        clearRecords();

        assertThatThrownBy(() -> library.addToUnitIndicatorSystem(OPERATOR, KINDERGARTEN, id))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_TEMPLATE_INACTIVE"));

        assertThat(stores.indicatorSystems.findByUnit(KINDERGARTEN)).isEmpty();
        assertThat(recorded.published).isEmpty();
        assertThat(stores.audit.events).isEmpty();
    }

    // --- helpers ----------------------------------------------------------------------------------

    private TemplateId created(String name) {
        TemplateId id = library.createIndicatorTemplate(FINANCE_ADMIN, pupils(name)).template().getId();
        clearRecords();
        return id;
    }

    private void clearRecords() {
        recorded.published.clear();
        stores.audit.events.clear();
    }

    private AuditEvent onlyAuditRecord() {
        assertThat(stores.audit.events).hasSize(1);
        return stores.audit.events.get(0);
    }
}
