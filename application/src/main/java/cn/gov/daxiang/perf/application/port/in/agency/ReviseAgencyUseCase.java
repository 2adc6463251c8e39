package cn.gov.daxiang.perf.application.port.in.agency;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance administration changes an agency's description or deactivates it. */
public interface ReviseAgencyUseCase {

    AgencyView reviseAgency(Actor actor, ReviseAgencyCommand command);
}
