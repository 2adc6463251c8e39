package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Which scheme grades which evaluation type from which year on. */
public interface GradeSchemeCatalogQuery {

    GradeSchemeCatalogDetails gradeSchemeCatalog(Actor actor);
}
