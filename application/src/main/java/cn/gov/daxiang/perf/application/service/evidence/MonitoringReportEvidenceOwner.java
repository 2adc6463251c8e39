package cn.gov.daxiang.perf.application.service.evidence;

import cn.gov.daxiang.perf.application.service.Departments;
import cn.gov.daxiang.perf.application.service.VisibleMonitoringReports;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.evidence.EvidenceAccessPolicy;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Monitoring reports as evidence owners: seen as the report is, attached to by its unit, the unit's department and finance. */
@ApplicationScoped
public class MonitoringReportEvidenceOwner implements EvidenceOwnerResolver {

    private final VisibleMonitoringReports reports;
    private final Departments departments;

    @Inject
    public MonitoringReportEvidenceOwner(VisibleMonitoringReports reports, Departments departments) {
        this.reports = reports;
        this.departments = departments;
    }

    @Override
    public EvidenceOwnerType ownerType() {
        return EvidenceOwnerType.MONITORING_REPORT;
    }

    @Override
    public VisibleEvidenceOwner resolve(Actor actor, String ownerId) {
        UnitCode unit = reports.load(actor, MonitoringReportId.parse(ownerId)).report().getUnitCode();
        return VisibleEvidenceOwner.attachable(EvidenceAccessPolicy.mayAttachToUnitWork(actor, unit, departments.departmentOf(unit)));
    }
}
