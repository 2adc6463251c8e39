package cn.gov.daxiang.perf.adapter.provincial.exchange;

import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Builds domain objects from the exchange format; every value passes the domain's own checks. */
@ApplicationScoped
public class ReferenceDataDocumentMapper {

    public ReferenceDataBatch toBatch(ReferenceDataDocument document) {
        List<BudgetUnit> units = nullSafe(document.agencies()).stream().map(this::toUnit).toList();
        List<Project> projects = nullSafe(document.projects()).stream().map(this::toProject).toList();
        return new ReferenceDataBatch(units, projects);
    }

    BudgetUnit toUnit(ReferenceDataDocument.Agency agency) {
        return BudgetUnit.of(UnitCode.of(agency.agencyCode()), agency.agencyName(),
                agency.parentAgencyCode() == null ? null : UnitCode.of(agency.parentAgencyCode()), agency.isActive());
    }

    Project toProject(ReferenceDataDocument.ProjectRecord record) {
        ReferenceDataDocument.Fund fund = record.fund();
        return Project.of(ProjectCode.of(record.proCode()), record.proName(), UnitCode.of(record.agencyCode()),
                FiscalYear.of(record.fiscalYear()), ProjectCategory.parse(record.proCat()),
                nullSafe(record.proKinds()).stream().map(ProjectKind::parse).toList(),
                ProjectFunds.of(new Money(fund.fiscalAppropriation()), new Money(fund.carryOver()), new Money(fund.other())));
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
