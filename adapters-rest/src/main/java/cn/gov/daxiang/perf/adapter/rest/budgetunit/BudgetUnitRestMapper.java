package cn.gov.daxiang.perf.adapter.rest.budgetunit;

import cn.gov.daxiang.perf.application.port.in.budgetunit.BudgetUnitDetails;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.Optional;

@Mapper
public interface BudgetUnitRestMapper {

    @Mapping(target = "unitCode", source = "code")
    @Mapping(target = "supervisingDepartmentCode", source = "supervisingDepartment")
    BudgetUnitResponse toResponse(BudgetUnit unit);

    @Mapping(target = "unitCode", source = "unit.code")
    @Mapping(target = "name", source = "unit.name")
    @Mapping(target = "supervisingDepartmentCode", source = "unit.supervisingDepartment")
    @Mapping(target = "department", source = "unit.department")
    @Mapping(target = "active", source = "unit.active")
    BudgetUnitDetailsResponse toResponse(BudgetUnitDetails details);

    default String code(UnitCode code) {
        return code.value();
    }

    default String optionalCode(Optional<UnitCode> code) {
        return code.map(UnitCode::value).orElse(null);
    }
}
