package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance decides on the funds of a submitted RED report: suspend (暂缓拨款) or continue, with the reason recorded. */
public interface DecideOnFundsUseCase {

    MonitoringReportDetails decideOnFunds(Actor actor, DecideOnFundsCommand command);
}
