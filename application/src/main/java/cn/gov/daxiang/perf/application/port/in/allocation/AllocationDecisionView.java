package cn.gov.daxiang.perf.application.port.in.allocation;

import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;

/** A decision as stored, with its revision (the ETag) and the name of the unit it concerns (for a table's row). */
public record AllocationDecisionView(AllocationDecision decision, long revision, String unitName) {
}
