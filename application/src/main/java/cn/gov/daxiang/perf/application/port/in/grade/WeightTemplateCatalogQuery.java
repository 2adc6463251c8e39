package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Which weights score which kind of self-evaluation from which year on. */
public interface WeightTemplateCatalogQuery {

    WeightTemplateCatalogDetails weightTemplateCatalog(Actor actor);
}
