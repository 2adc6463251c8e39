package cn.gov.daxiang.perf.application.port.in.agency;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance administration registers a third-party agency. */
public interface RegisterAgencyUseCase {

    AgencyView registerAgency(Actor actor, RegisterAgencyCommand command);
}
