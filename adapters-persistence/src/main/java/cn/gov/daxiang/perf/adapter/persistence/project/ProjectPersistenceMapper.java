package cn.gov.daxiang.perf.adapter.persistence.project;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
public interface ProjectPersistenceMapper {

    default Project toDomain(ProjectJpaEntity entity) {
        return Project.of(new ProjectCode(entity.projectCode), entity.name, new UnitCode(entity.unitCode),
                FiscalYear.of(entity.fiscalYear), entity.category, entity.kinds,
                new ProjectFunds(new Money(entity.totalAmount), new Money(entity.fiscalAppropriation),
                        new Money(entity.carryOver), new Money(entity.otherFunds)));
    }

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "projectCode", source = "code")
    @Mapping(target = "totalAmount", source = "funds.total")
    @Mapping(target = "fiscalAppropriation", source = "funds.fiscalAppropriation")
    @Mapping(target = "carryOver", source = "funds.carryOver")
    @Mapping(target = "otherFunds", source = "funds.other")
    void copyToEntity(Project project, @MappingTarget ProjectJpaEntity entity);

    default String projectCode(ProjectCode code) {
        return code.value();
    }

    default String unitCode(UnitCode code) {
        return code.value();
    }

    default int fiscalYear(FiscalYear year) {
        return year.value();
    }

    default java.math.BigDecimal amount(Money money) {
        return money.amount();
    }
}
