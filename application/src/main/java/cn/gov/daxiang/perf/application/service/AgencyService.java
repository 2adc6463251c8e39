package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.agency.AgencyView;
import cn.gov.daxiang.perf.application.port.in.agency.AppointEvaluatorCommand;
import cn.gov.daxiang.perf.application.port.in.agency.FindAgenciesQuery;
import cn.gov.daxiang.perf.application.port.in.agency.ManageAgencyRosterUseCase;
import cn.gov.daxiang.perf.application.port.in.agency.RegisterAgencyCommand;
import cn.gov.daxiang.perf.application.port.in.agency.RegisterAgencyUseCase;
import cn.gov.daxiang.perf.application.port.in.agency.RemoveEvaluatorCommand;
import cn.gov.daxiang.perf.application.port.in.agency.ReviseAgencyCommand;
import cn.gov.daxiang.perf.application.port.in.agency.ReviseAgencyUseCase;
import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.Agency;
import cn.gov.daxiang.perf.domain.agency.AgencyAccessPolicy;
import cn.gov.daxiang.perf.domain.agency.AgencyNotFoundException;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The agency register (第三方机构) and its evaluator rosters, managed by finance administration. */
@ApplicationScoped
@Transactional
public class AgencyService implements RegisterAgencyUseCase, ReviseAgencyUseCase, ManageAgencyRosterUseCase, FindAgenciesQuery {

    private final AgencyRepository agencies;
    private final ChangePipeline pipeline;

    @Inject
    public AgencyService(AgencyRepository agencies, ChangePipeline pipeline) {
        this.agencies = agencies;
        this.pipeline = pipeline;
    }

    @Override
    public AgencyView registerAgency(Actor actor, RegisterAgencyCommand command) {
        AgencyAccessPolicy.requireManager(actor, "register-agency");
        if (agencies.findById(command.agencyId()).isPresent()) {
            throw new AlreadyExistsException("AGENCY_EXISTS", Map.of("agencyId", command.agencyId().value()));
        }
        Agency agency = Agency.register(command.agencyId(), command.details(), command.evaluators());
        long revision = pipeline.create(actor, agency, agencies::add);
        return new AgencyView(agency, revision);
    }

    @Override
    public AgencyView reviseAgency(Actor actor, ReviseAgencyCommand command) {
        return change(actor, command.agencyId(), command.revision(), "revise-agency", agency -> agency.revise(command.details()));
    }

    @Override
    public AgencyView appointEvaluator(Actor actor, AppointEvaluatorCommand command) {
        return change(actor, command.agencyId(), command.revision(), "appoint-agency-evaluator", agency -> agency.appoint(command.evaluator()));
    }

    @Override
    public AgencyView removeEvaluator(Actor actor, RemoveEvaluatorCommand command) {
        return change(actor, command.agencyId(), command.revision(), "remove-agency-evaluator", agency -> agency.remove(command.userId()));
    }

    @Override
    public List<AgencyView> listAgencies(Actor actor) {
        AgencyAccessPolicy.requireReader(actor, "list-agencies");
        return agencies.findAll().stream().filter(s -> AgencyAccessPolicy.canSee(actor, s.agency().getId()))
                .map(s -> new AgencyView(s.agency(), s.revision())).toList();
    }

    @Override
    public AgencyView findAgency(Actor actor, AgencyId id) {
        AgencyAccessPolicy.requireReader(actor, "read-agency");
        AgencyRepository.Stored stored = visible(actor, id);
        return new AgencyView(stored.agency(), stored.revision());
    }

    private AgencyRepository.Stored visible(Actor actor, AgencyId id) {
        return agencies.findById(id).filter(s -> AgencyAccessPolicy.canSee(actor, id)).orElseThrow(() -> new AgencyNotFoundException(id));
    }

    private AgencyView change(Actor actor, AgencyId id, long revision, String operation, Consumer<Agency> change) {
        AgencyAccessPolicy.requireReader(actor, operation);
        StoredForChange<Agency> target = new StoredForChange<>(Agency.AUDIT_TYPE, id.value(), revision, () -> {
            AgencyRepository.Stored stored = visible(actor, id);
            return new StoredForChange.Found<>(stored.agency(), stored.revision());
        }, agencies::update);
        Saved<Agency, Void> saved = pipeline.change(actor, target)
                .authorisedBy(target.authorisedBy(agency -> AgencyAccessPolicy.requireManager(actor, operation)))
                .apply(change);
        return new AgencyView(saved.aggregate(), saved.revision());
    }
}
