package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.access.Actor;

import java.util.List;

/**
 * Finance administration replaces the whole catalog. Grades already given keep the scheme they name; the
 * new catalog grades what is submitted from now on.
 */
public interface ReplaceGradeSchemeCatalogUseCase {

    GradeSchemeCatalogDetails replaceGradeSchemeCatalog(Actor actor, long revision, List<GradeSchemeAssignment> entries);
}
