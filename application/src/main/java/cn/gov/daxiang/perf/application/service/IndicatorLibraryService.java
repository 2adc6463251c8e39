package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.indicator.CreateIndicatorTemplateUseCase;
import cn.gov.daxiang.perf.application.port.in.indicator.EditIndicatorTemplateUseCase;
import cn.gov.daxiang.perf.application.port.in.indicator.IndicatorTaxonomyQuery;
import cn.gov.daxiang.perf.application.port.in.indicator.IndicatorTemplateDetails;
import cn.gov.daxiang.perf.application.port.in.indicator.SearchIndicatorTemplatesQuery;
import cn.gov.daxiang.perf.application.port.in.indicator.UnitIndicatorSystemUseCase;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.IndicatorTemplateRepository;
import cn.gov.daxiang.perf.application.port.out.UnitIndicatorSystemRepository;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitNotFoundException;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplateNotFoundException;
import cn.gov.daxiang.perf.domain.indicator.TemplateDetails;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.indicator.TemplateSearchCriteria;
import cn.gov.daxiang.perf.domain.indicator.UnitIndicatorSystem;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The indicator library (指标库), managed by the finance bureau, and each unit's indicator system (指标体系). */
@ApplicationScoped
@Transactional
public class IndicatorLibraryService implements CreateIndicatorTemplateUseCase, EditIndicatorTemplateUseCase,
        SearchIndicatorTemplatesQuery, UnitIndicatorSystemUseCase, IndicatorTaxonomyQuery {

    private final IndicatorTemplateRepository templates;
    private final UnitIndicatorSystemRepository unitSystems;
    private final BudgetUnitRepository units;
    private final DataScopes scopes;
    private final IndicatorTaxonomy taxonomy;
    private final AuditTrail audit;

    @Inject
    public IndicatorLibraryService(IndicatorTemplateRepository templates, UnitIndicatorSystemRepository unitSystems,
                                   BudgetUnitRepository units, DataScopes scopes, IndicatorTaxonomy taxonomy, AuditTrail audit) {
        this.templates = templates;
        this.unitSystems = unitSystems;
        this.units = units;
        this.scopes = scopes;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    @Override
    public IndicatorTemplateDetails createIndicatorTemplate(Actor actor, TemplateDetails details) {
        requireLibraryManager(actor);
        IndicatorTemplate template = IndicatorTemplate.create(TemplateId.newId(), details, taxonomy);
        long revision = templates.add(template);
        audit.created(actor, template);
        return new IndicatorTemplateDetails(template, revision);
    }

    @Override
    public IndicatorTemplateDetails editIndicatorTemplate(Actor actor, TemplateId id, long revision, TemplateDetails details) {
        return change(actor, id, revision, "update", template -> template.edit(details, taxonomy));
    }

    @Override
    public IndicatorTemplateDetails setIndicatorTemplateActive(Actor actor, TemplateId id, long revision, boolean active) {
        return change(actor, id, revision, active ? "activate" : "deactivate",
                template -> {
                    if (active) {
                        template.activate();
                    } else {
                        template.deactivate();
                    }
                });
    }

    @Override
    public Page<IndicatorTemplateDetails> searchIndicatorTemplates(Actor actor, TemplateSearchCriteria criteria, Paging paging) {
        return templates.search(criteria, paging).map(s -> new IndicatorTemplateDetails(s.template(), s.revision()));
    }

    @Override
    public IndicatorTemplateDetails findIndicatorTemplate(Actor actor, TemplateId id) {
        IndicatorTemplateRepository.Stored stored = templates.findById(id).orElseThrow(() -> new IndicatorTemplateNotFoundException(id));
        return new IndicatorTemplateDetails(stored.template(), stored.revision());
    }

    @Override
    public List<IndicatorTemplate> unitIndicatorSystem(Actor actor, UnitCode unit) {
        requireVisibleUnit(actor, unit);
        return templatesOf(unitSystems.findByUnit(unit).orElse(UnitIndicatorSystem.empty(unit)));
    }

    @Override
    public List<IndicatorTemplate> addToUnitIndicatorSystem(Actor actor, UnitCode unit, TemplateId template) {
        return changeSystem(actor, unit, system -> system.add(templates.findById(template)
                .orElseThrow(() -> new IndicatorTemplateNotFoundException(template)).template()));
    }

    @Override
    public List<IndicatorTemplate> removeFromUnitIndicatorSystem(Actor actor, UnitCode unit, TemplateId template) {
        return changeSystem(actor, unit, system -> system.remove(template));
    }

    @Override
    public IndicatorTaxonomy indicatorTaxonomy() {
        return taxonomy;
    }

    private IndicatorTemplateDetails change(Actor actor, TemplateId id, long revision, String action, Consumer<IndicatorTemplate> change) {
        requireLibraryManager(actor);
        IndicatorTemplateRepository.Stored stored = templates.findById(id).orElseThrow(() -> new IndicatorTemplateNotFoundException(id));
        if (stored.revision() != revision) {
            throw new StaleRevisionException(IndicatorTemplate.AUDIT_TYPE, id.toString(), revision, stored.revision());
        }
        IndicatorTemplate template = stored.template();
        AuditSnapshot before = template.auditSnapshot();
        change.accept(template);
        long newRevision = templates.update(template, revision);
        audit.transitioned(actor, action, before, template);
        return new IndicatorTemplateDetails(template, newRevision);
    }

    /** The finance bureau manages the library, with third-party help but under its own name. */
    private static void requireLibraryManager(Actor actor) {
        AccessPolicy.require(actor, "manage-indicator-library", Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER);
    }

    /** A unit's system is built by the finance bureau or by the unit itself. */
    private List<IndicatorTemplate> changeSystem(Actor actor, UnitCode unit, Consumer<UnitIndicatorSystem> change) {
        requireVisibleUnit(actor, unit);
        boolean ownUnit = actor.has(Role.UNIT_OPERATOR) && unit.equals(actor.unit());
        if (!ownUnit && !actor.hasAny(java.util.Set.of(Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER))) {
            throw new AccessDeniedException("change-unit-indicator-system");
        }
        UnitIndicatorSystem system = unitSystems.findByUnitForChange(unit).orElse(UnitIndicatorSystem.empty(unit));
        List<String> before = system.getTemplateIds().stream().map(TemplateId::toString).toList();
        change.accept(system);
        unitSystems.save(system);
        audit.recorded(actor, "update", "unit-indicator-system", unit.value(),
                Map.of("templates", String.join(",", before)),
                Map.of("templates", String.join(",", system.getTemplateIds().stream().map(TemplateId::toString).toList())));
        return templatesOf(system);
    }

    private void requireVisibleUnit(Actor actor, UnitCode unit) {
        units.findByCode(unit).filter(u -> scopes.readScope(actor).includes(u.getCode()))
                .orElseThrow(() -> new BudgetUnitNotFoundException(unit));
    }

    private List<IndicatorTemplate> templatesOf(UnitIndicatorSystem system) {
        Map<TemplateId, IndicatorTemplate> byId = new java.util.HashMap<>();
        templates.findByIds(system.getTemplateIds()).forEach(t -> byId.put(t.getId(), t));
        return system.getTemplateIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
