package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;

/** The grade-scheme catalog with its revision. */
public record GradeSchemeCatalogDetails(GradeSchemeCatalog catalog, long revision) {
}
