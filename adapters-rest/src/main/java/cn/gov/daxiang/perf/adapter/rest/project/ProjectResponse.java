package cn.gov.daxiang.perf.adapter.rest.project;

import cn.gov.daxiang.perf.adapter.rest.library.LibraryStatusResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "Project", requiredProperties = {"projectCode", "name", "unitCode", "fiscalYear", "category", "kinds", "funds"})
public record ProjectResponse(String projectCode, String name, String unitCode, int fiscalYear, Coded<ProjectCategory> category,
                              List<Coded<ProjectKind>> kinds, Funds funds, LibraryStatusResponse library) {

    /** The same project with its library status (入库), kept apart from the province's project data. */
    public static ProjectResponse inLibrary(ProjectResponse p, LibraryStatusResponse status) {
        return new ProjectResponse(p.projectCode(), p.name(), p.unitCode(), p.fiscalYear(), p.category(), p.kinds(), p.funds(), status);
    }

    /** Amounts in 元 with two decimals: 资金总额 = 财政拨款 + 上年结转 + 其他资金. */
    @Schema(name = "ProjectFunds", requiredProperties = {"total", "fiscalAppropriation", "carryOver", "other"})
    public record Funds(BigDecimal total, BigDecimal fiscalAppropriation, BigDecimal carryOver, BigDecimal other) {
    }
}
