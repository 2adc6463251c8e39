package cn.gov.daxiang.perf.adapter.provincial.exchange;

import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.sync.Change;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Builds domain objects from the exchange format; every value passes the domain's own checks. */
@ApplicationScoped
public class ReferenceDataDocumentMapper {

    /** A whole snapshot: the units and projects that are not deletions. */
    public ReferenceDataBatch toBatch(ReferenceDataDocument document) {
        List<BudgetUnit> units = nullSafe(document.agencies()).stream().filter(a -> !a.isDeletion()).map(this::toUnit).toList();
        List<Project> projects = nullSafe(document.projects()).stream().filter(p -> !p.isDeletion()).map(this::toProject).toList();
        return new ReferenceDataBatch(units, projects);
    }

    public BudgetUnit toUnit(ReferenceDataDocument.Agency agency) {
        return BudgetUnit.of(UnitCode.of(agency.agencyCode()), agency.agencyName(),
                agency.parentAgencyCode() == null ? null : UnitCode.of(agency.parentAgencyCode()), Boolean.TRUE.equals(agency.isActive()));
    }

    public Project toProject(ReferenceDataDocument.ProjectRecord record) {
        ReferenceDataDocument.Fund fund = required("fund", record.fund());
        return Project.of(ProjectCode.of(record.proCode()), record.proName(), UnitCode.of(record.agencyCode()),
                FiscalYear.of(required("fiscal_year", record.fiscalYear())), ProjectCategory.parse(record.proCat()),
                nullSafe(record.proKinds()).stream().map(ProjectKind::parse).toList(),
                ProjectFunds.of(money(fund.fiscalAppropriation()), money(fund.carryOver()), money(fund.other())));
    }

    public ProjectExecution toExecution(ReferenceDataDocument.ExecutionRecord record) {
        return new ProjectExecution(ProjectCode.of(record.proCode()), FiscalYear.of(required("fiscal_year", record.fiscalYear())),
                BudgetExecution.of(money(record.adjustedBudgetAmount()), money(record.executedAmount())), date(record.asOfDate()));
    }

    public Change<BudgetUnit> toChange(ReferenceDataDocument.Agency a) {
        String key = UnitCode.of(a.agencyCode()).value();
        return a.isDeletion() ? Change.deletion(seq(a.changeSeq()), instant(a.changedAt()), key)
                : Change.upsert(seq(a.changeSeq()), instant(a.changedAt()), key, toUnit(a));
    }

    public Change<Project> toChange(ReferenceDataDocument.ProjectRecord p) {
        String key = ProjectCode.of(p.proCode()).value();
        return p.isDeletion() ? Change.deletion(seq(p.changeSeq()), instant(p.changedAt()), key)
                : Change.upsert(seq(p.changeSeq()), instant(p.changedAt()), key, toProject(p));
    }

    public Change<ProjectExecution> toChange(ReferenceDataDocument.ExecutionRecord e) {
        String key = ProjectCode.of(e.proCode()).value();
        return e.isDeletion() ? Change.deletion(seq(e.changeSeq()), instant(e.changedAt()), key)
                : Change.upsert(seq(e.changeSeq()), instant(e.changedAt()), key, toExecution(e));
    }

    private static long seq(Long changeSeq) {
        return required("change_seq", changeSeq);
    }

    private static Money money(java.math.BigDecimal amount) {
        return new Money(required("amount", amount));
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("WIRE_VALUE_MALFORMED", Map.of("element", "changed_at", "value", text));
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(required("as_of_date", text));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("WIRE_VALUE_MALFORMED", Map.of("element", "as_of_date", "value", text));
        }
    }

    private static <T> T required(String element, T value) {
        if (value == null) {
            throw new InvalidValueException("WIRE_VALUE_MALFORMED", Map.of("element", element, "value", "null"));
        }
        return value;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
