package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AggregateAccess;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.indicator.CreateIndicatorTemplateUseCase;
import cn.gov.daxiang.perf.application.port.in.indicator.EditIndicatorTemplateCommand;
import cn.gov.daxiang.perf.application.port.in.indicator.EditIndicatorTemplateUseCase;
import cn.gov.daxiang.perf.application.port.in.indicator.SetIndicatorTemplateActiveCommand;
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
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    private final ChangePipeline pipeline;

    @Inject
    public IndicatorLibraryService(IndicatorTemplateRepository templates, UnitIndicatorSystemRepository unitSystems,
                                   BudgetUnitRepository units, DataScopes scopes, IndicatorTaxonomy taxonomy,
                                   ChangePipeline pipeline) {
        this.templates = templates;
        this.unitSystems = unitSystems;
        this.units = units;
        this.scopes = scopes;
        this.taxonomy = taxonomy;
        this.pipeline = pipeline;
    }

    @Override
    public IndicatorTemplateDetails createIndicatorTemplate(Actor actor, TemplateDetails details) {
        requireLibraryManager(actor);
        IndicatorTemplate template = IndicatorTemplate.create(TemplateId.newId(), details, taxonomy);
        long revision = pipeline.create(actor, template, templates::add);
        return new IndicatorTemplateDetails(template, revision);
    }

    @Override
    public IndicatorTemplateDetails editIndicatorTemplate(Actor actor, EditIndicatorTemplateCommand command) {
        return change(actor, command.templateId(), command.revision(), template -> template.edit(command.details(), taxonomy));
    }

    @Override
    public IndicatorTemplateDetails setIndicatorTemplateActive(Actor actor, SetIndicatorTemplateActiveCommand command) {
        return change(actor, command.templateId(), command.revision(), template -> {
            if (command.active()) {
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

    private IndicatorTemplateDetails change(Actor actor, TemplateId id, long revision, Consumer<IndicatorTemplate> change) {
        // The library is the finance bureau's: others are refused before the template is even looked up.
        requireLibraryManager(actor);
        Saved<IndicatorTemplate, Void> saved = pipeline.change(actor, new TemplateForChange(id, revision))
                .authorisedBy(template -> requireLibraryManager(actor))
                .apply(change);
        return new IndicatorTemplateDetails(saved.aggregate(), saved.revision());
    }

    /** A library template at the revision the caller read; every user may see the library, so no scope applies. */
    private final class TemplateForChange implements AggregateAccess<IndicatorTemplate> {

        private final TemplateId id;
        private final long revision;

        private TemplateForChange(TemplateId id, long revision) {
            this.id = id;
            this.revision = revision;
        }

        @Override
        public IndicatorTemplate load() {
            IndicatorTemplateRepository.Stored stored = templates.findById(id)
                    .orElseThrow(() -> new IndicatorTemplateNotFoundException(id));
            if (stored.revision() != revision) {
                throw new StaleRevisionException(IndicatorTemplate.AUDIT_TYPE, id.toString(), revision, stored.revision());
            }
            return stored.template();
        }

        @Override
        public long save(IndicatorTemplate template) {
            return templates.update(template, revision);
        }
    }

    /** The finance bureau manages the library, with third-party help but under its own name. */
    private static void requireLibraryManager(Actor actor) {
        AccessPolicy.require(actor, "manage-indicator-library", Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER);
    }

    /** A unit's system is built by the finance bureau or by the unit itself. */
    private List<IndicatorTemplate> changeSystem(Actor actor, UnitCode unit, Consumer<UnitIndicatorSystem> change) {
        Saved<UnitIndicatorSystem, Void> saved = pipeline.change(actor, new SystemForChange(actor, unit))
                .authorisedBy(system -> {
                    boolean ownUnit = actor.has(Role.UNIT_OPERATOR) && unit.equals(actor.unit());
                    if (!ownUnit && !actor.hasAny(Set.of(Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER))) {
                        throw new AccessDeniedException("change-unit-indicator-system");
                    }
                })
                .apply(change);
        return templatesOf(saved.aggregate());
    }

    /**
     * A unit's system, if the caller may see the unit (not found otherwise); an empty one before the unit chose
     * anything. Changes of one unit's system are serialised by the repository instead of a revision, so saving
     * answers none.
     */
    private final class SystemForChange implements AggregateAccess<UnitIndicatorSystem> {

        private final Actor actor;
        private final UnitCode unit;

        private SystemForChange(Actor actor, UnitCode unit) {
            this.actor = actor;
            this.unit = unit;
        }

        @Override
        public UnitIndicatorSystem load() {
            requireVisibleUnit(actor, unit);
            return unitSystems.findByUnitForChange(unit).orElse(UnitIndicatorSystem.empty(unit));
        }

        @Override
        public long save(UnitIndicatorSystem system) {
            unitSystems.save(system);
            return 0;
        }
    }

    private void requireVisibleUnit(Actor actor, UnitCode unit) {
        units.findByCode(unit).filter(u -> scopes.readScope(actor).includes(u.getCode()))
                .orElseThrow(() -> new BudgetUnitNotFoundException(unit));
    }

    private List<IndicatorTemplate> templatesOf(UnitIndicatorSystem system) {
        Map<TemplateId, IndicatorTemplate> byId = new HashMap<>();
        templates.findByIds(system.getTemplateIds()).forEach(t -> byId.put(t.getId(), t));
        return system.getTemplateIds().stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
