package cn.gov.daxiang.perf.application.port.in.agency;

import cn.gov.daxiang.perf.domain.agency.Agency;

/** An agency as stored, with its revision (ETag). */
public record AgencyView(Agency agency, long revision) {
}
