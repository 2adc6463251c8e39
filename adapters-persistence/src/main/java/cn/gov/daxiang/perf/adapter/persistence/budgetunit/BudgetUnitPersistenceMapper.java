package cn.gov.daxiang.perf.adapter.persistence.budgetunit;

import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import java.util.Optional;

@Mapper
public interface BudgetUnitPersistenceMapper {

    default BudgetUnit toDomain(BudgetUnitJpaEntity entity) {
        return BudgetUnit.of(new UnitCode(entity.unitCode), entity.name,
                entity.supervisingDepartmentCode == null ? null : new UnitCode(entity.supervisingDepartmentCode),
                entity.active);
    }

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "unitCode", source = "code")
    @Mapping(target = "supervisingDepartmentCode", source = "supervisingDepartment")
    void copyToEntity(BudgetUnit unit, @MappingTarget BudgetUnitJpaEntity entity);

    default String unitCode(UnitCode code) {
        return code.value();
    }

    default String optionalUnitCode(Optional<UnitCode> code) {
        return code.map(UnitCode::value).orElse(null);
    }
}
