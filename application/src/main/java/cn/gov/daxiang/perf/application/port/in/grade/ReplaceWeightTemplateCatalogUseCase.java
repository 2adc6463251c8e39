package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalog;

/** Finance administration replaces the weight catalog; evaluations already opened keep their weights. */
public interface ReplaceWeightTemplateCatalogUseCase {

    WeightTemplateCatalogDetails replaceWeightTemplateCatalog(Actor actor, long revision, WeightTemplateCatalog catalog);
}
