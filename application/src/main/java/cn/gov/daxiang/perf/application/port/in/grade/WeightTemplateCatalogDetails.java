package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalog;

/** The self-evaluation weight catalog with its revision. */
public record WeightTemplateCatalogDetails(WeightTemplateCatalog catalog, long revision) {
}
