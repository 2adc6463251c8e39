package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;

/**
 * The agencies' quality ledger is the finance bureau's tool for choosing and managing agencies: finance reads it,
 * auditors read it; agencies (even about themselves), units and departments do not.
 */
public final class AgencyQualityLedgerAccess {

    private AgencyQualityLedgerAccess() {
    }

    public static void requireReader(Actor actor) {
        AccessPolicy.require(actor, "read-agency-quality-ledger", Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER, Role.AUDITOR);
    }
}
