package cn.gov.daxiang.perf.application.port.in.agency;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;

import java.util.List;

/** The agency register: finance and auditors read all of it; an evaluator its own agency. */
public interface FindAgenciesQuery {

    List<AgencyView> listAgencies(Actor actor);

    AgencyView findAgency(Actor actor, AgencyId id);
}
