package cn.gov.daxiang.perf.adapter.rest.project;

import cn.gov.daxiang.perf.adapter.rest.library.LibraryStatusResponse;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.application.port.in.project.ProjectDetails;
import cn.gov.daxiang.perf.application.port.in.project.ProjectDetailsQuery;
import java.util.List;
import java.util.Map;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.domain.readiness.ReadinessReport;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.daxiang.perf.application.port.in.goal.ProjectReadinessQuery;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
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

@Path("/api/v1/projects")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "项目: taken over from the provincial platform")
public class ProjectResource {

    private final ProjectDetailsQuery projects;
    private final ProjectRestMapper mapper;
    private final ProjectReadinessQuery readiness;
    private final cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages messages;
    private final RequestActor requestActor;

    @Inject
    public ProjectResource(ProjectDetailsQuery projects, ProjectRestMapper mapper,
                           ProjectReadinessQuery readiness, cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages messages,
                           RequestActor requestActor) {
        this.projects = projects;
        this.mapper = mapper;
        this.readiness = readiness;
        this.messages = messages;
        this.requestActor = requestActor;
    }

    /** One check of a project's readiness, with its reason in plain words and the reason's figures (e.g. the overdue rectifications). */
    @Schema(name = "ProjectReadinessCheck", requiredProperties = {"check", "passed", "reason", "explanation", "arguments"})
    public record ReadinessCheckResponse(String check, boolean passed, String reason, String explanation, Map<String, Object> arguments) {
    }

    @Schema(name = "ProjectReadiness", requiredProperties = {"projectCode", "ready", "checks"})
    public record ReadinessResponse(String projectCode, boolean ready, List<ReadinessCheckResponse> checks) {
    }

    @GET
    @Operation(operationId = "listProjects", summary = "List the projects of the units the caller may see",
            description = "Ordered by project code; paged (size at most 100) with the total count.")
    public PageResponse<ProjectResponse> list(
            @Parameter(description = "Fiscal year", example = "2024") @QueryParam("fiscalYear") FiscalYear fiscalYear,
            @Parameter(description = "Owning unit's code", example = "108002") @QueryParam("unitCode") UnitCode unitCode,
            @Parameter(description = "PERSONNEL, OPERATION or SPECIFIC_PURPOSE (or 人员类, 运转类, 特定目标类)")
            @QueryParam("category") ProjectCategory category,
            @Parameter(description = "SPECIAL_BOND, TRANSFER_PAYMENT, GOVERNMENT_PURCHASED_SERVICE or SOCIAL_SECURITY_FUND (or the Chinese label)")
            @QueryParam("kind") ProjectKind kind,
            @BeanParam @Valid PageQuery paging) {
        ProjectCriteria criteria = new ProjectCriteria(fiscalYear, unitCode, category, kind);
        return PageResponse.of(projects.listProjectDetails(requestActor.actor(), criteria, paging.paging()), this::toResponse);
    }

    @GET
    @Path("/{projectCode}")
    @Operation(operationId = "getProject", summary = "One project")
    public ProjectResponse find(@PathParam("projectCode") @NotNull ProjectCode projectCode) {
        return toResponse(projects.findProjectDetails(requestActor.actor(), projectCode));
    }

    private ProjectResponse toResponse(ProjectDetails details) {
        return ProjectResponse.inLibrary(mapper.toResponse(details.project()),
                LibraryStatusResponse.summary(details.libraryEntry().orElse(null)));
    }

    @GET
    @Path("/{projectCode}/readiness")
    @Operation(operationId = "getProjectReadiness",
            summary = "Whether the project may enter the library and the budget (入库 / 预算安排), each check with its reason")
    public ReadinessResponse readiness(@PathParam("projectCode") @NotNull ProjectCode projectCode, @Context HttpHeaders headers) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        ReadinessReport report = readiness.projectReadiness(requestActor.actor(), projectCode);
        return new ReadinessResponse(report.projectCode().value(), report.isReady(), report.results().stream()
                .map(r -> new ReadinessCheckResponse(r.check(), r.passed(), r.reason(), messages.detail(r.reason(), r.arguments(), locale),
                        r.arguments()))
                .toList());
    }
}
