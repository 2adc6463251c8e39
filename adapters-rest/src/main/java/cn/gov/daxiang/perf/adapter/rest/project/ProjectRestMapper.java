package cn.gov.daxiang.perf.adapter.rest.project;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;

@Mapper
public interface ProjectRestMapper {

    @Mapping(target = "projectCode", source = "code")
    @Mapping(target = "library", ignore = true)
    ProjectResponse toResponse(Project project);

    default String projectCode(ProjectCode code) {
        return code.value();
    }

    default String unitCode(UnitCode code) {
        return code.value();
    }

    default int fiscalYear(FiscalYear year) {
        return year.value();
    }

    default BigDecimal amount(Money money) {
        return money.amount();
    }

    default Coded<ProjectCategory> category(ProjectCategory category) {
        return Coded.of(category);
    }

    default Coded<ProjectKind> kind(ProjectKind kind) {
        return Coded.of(kind);
    }
}
