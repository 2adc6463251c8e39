package cn.gov.daxiang.perf.adapter.rest.budgetunit;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.domain.shared.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import cn.gov.daxiang.perf.application.port.in.budgetunit.FindBudgetUnitQuery;
import cn.gov.daxiang.perf.application.port.in.budgetunit.ListBudgetUnitsQuery;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/budget-units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget units", description = "预算单位: taken over from the provincial platform")
public class BudgetUnitResource {

    private final ListBudgetUnitsQuery listBudgetUnits;
    private final FindBudgetUnitQuery findBudgetUnit;
    private final BudgetUnitRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public BudgetUnitResource(ListBudgetUnitsQuery listBudgetUnits, FindBudgetUnitQuery findBudgetUnit,
                              BudgetUnitRestMapper mapper, RequestActor requestActor) {
        this.listBudgetUnits = listBudgetUnits;
        this.findBudgetUnit = findBudgetUnit;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "listBudgetUnits", summary = "List the budget units the caller may see",
            description = "Ordered by unit code; paged (size at most 100).")
    public PageResponse<BudgetUnitResponse> list(
            @Parameter(description = "Only the subordinate units of this supervising department", example = "108001")
            @QueryParam("supervisingDepartment") UnitCode supervisingDepartment,
            @Parameter(description = "true or false") @QueryParam("active") Boolean active,
            @Parameter(description = "Part of the unit's name") @QueryParam("name") @Size(max = Texts.SEARCH_TERM_MAX_LENGTH) String name,
            @BeanParam @Valid PageQuery paging) {
        BudgetUnitCriteria criteria = new BudgetUnitCriteria(supervisingDepartment, active,
                name == null || name.isBlank() ? null : Texts.searchTerm("name", name));
        return PageResponse.of(listBudgetUnits.listBudgetUnits(requestActor.actor(), criteria, paging.paging()), mapper::toResponse);
    }

    @GET
    @Path("/{unitCode}")
    @Operation(operationId = "getBudgetUnit", summary = "One budget unit with its subordinate units")
    public BudgetUnitDetailsResponse find(@PathParam("unitCode") @NotNull UnitCode unitCode) {
        return mapper.toResponse(findBudgetUnit.findBudgetUnit(requestActor.actor(), unitCode));
    }
}
