package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Objects;

/** One entry of a new grade-scheme catalog: from {@code effectiveFrom} on, {@code type} is graded by the scheme named. */
public record GradeSchemeAssignment(EvaluationType type, FiscalYear effectiveFrom, GradeSchemeId schemeId) {

    public GradeSchemeAssignment {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(schemeId, "schemeId");
    }
}
