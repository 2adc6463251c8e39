package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No grade scheme with this id. */
public class GradeSchemeNotFoundException extends NotFoundException {

    public GradeSchemeNotFoundException(GradeSchemeId id) {
        super("GRADE_SCHEME_NOT_FOUND", Map.of("id", id.toString()));
    }
}
