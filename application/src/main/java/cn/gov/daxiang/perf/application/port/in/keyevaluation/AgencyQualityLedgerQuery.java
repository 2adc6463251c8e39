package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.keyevaluation.AgencyQualityLedger;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

/** An agency's quality ledger (质量台账) for a plan year, computed on request. */
public interface AgencyQualityLedgerQuery {

    AgencyQualityLedger agencyQualityLedger(Actor actor, AgencyId agency, FiscalYear fiscalYear);
}
