package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Frame;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Link;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Page;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Section;
import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.annualreport.WorkYear;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.gov.daxiang.perf.adapter.rest.dashboard.Formats.link;

/**
 * The dashboard (绩效管理驾驶舱): read-only pages for people, beside the API for programs. Every page asks the same
 * queries as the API with the same actor, so it shows exactly what the API would show the viewer; an anonymous
 * browser is sent to sign in. A refusal or a bad parameter is a page saying so with its status, never a stack trace.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    private static final Logger LOG = Logger.getLogger(DashboardResource.class);
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final Viewer viewer;
    private final Template page;
    private final OverviewPage overview;
    private final RecordPages records;
    private final ProjectPage project;
    private final DepartmentPage department;
    private final CampaignPages campaigns;
    private final AnnualReportPage annualReport;
    private final Optional<Integer> defaultYear;
    private final Clock clock;
    private final ProblemMessages messages;

    public DashboardResource(Viewer viewer, @Location("dashboard/page.html") Template page, OverviewPage overview,
                             RecordPages records, ProjectPage project, DepartmentPage department, CampaignPages campaigns,
                             AnnualReportPage annualReport,
                             @ConfigProperty(name = "perf.dashboard.year") Optional<Integer> defaultYear, Clock clock,
                             ProblemMessages messages) {
        this.viewer = viewer;
        this.page = page;
        this.overview = overview;
        this.records = records;
        this.project = project;
        this.department = department;
        this.campaigns = campaigns;
        this.annualReport = annualReport;
        this.defaultYear = defaultYear;
        this.clock = clock;
        this.messages = messages;
    }

    @GET
    public Response overview(@QueryParam("year") String year, @Context UriInfo uri) {
        return render(uri, "nav.overview", (actor, t, y) -> new Content(t.format("overview.heading", y.value()),
                t.format("overview.lead", y.value(), y.selfEvaluationYear().value()), List.of(),
                overview.sections(actor, y, t)), year);
    }

    @GET
    @Path("/coverage")
    public Response coverage(@QueryParam("year") String year, @QueryParam("category") String category,
                             @QueryParam("unit") String unit, @Context UriInfo uri) {
        return render(uri, "nav.overview", (actor, t, y) -> records.coverage(actor, t, y, category, unit), year);
    }

    @GET
    @Path("/self-evaluations")
    public Response selfEvaluations(@QueryParam("year") String year, @QueryParam("status") String status,
                                    @QueryParam("page") String pageNumber, @Context UriInfo uri) {
        return render(uri, "nav.overview", (actor, t, y) -> records.selfEvaluations(actor, t, y, status, pageNumber), year);
    }

    @GET
    @Path("/key-evaluations")
    public Response keyEvaluations(@QueryParam("year") String year, @QueryParam("grade") String grade, @Context UriInfo uri) {
        return render(uri, "nav.overview", (actor, t, y) -> records.keyEvaluations(actor, t, y, grade), year);
    }

    @GET
    @Path("/decisions")
    public Response decisions(@QueryParam("year") String year, @QueryParam("state") String state,
                              @QueryParam("treatment") String treatment, @Context UriInfo uri) {
        return render(uri, "nav.overview", (actor, t, y) -> records.decisions(actor, t, y, state, treatment), year);
    }

    @GET
    @Path("/rectifications")
    public Response rectifications(@QueryParam("year") String year, @QueryParam("state") String state,
                                   @QueryParam("overdue") String overdue, @QueryParam("open") String open,
                                   @QueryParam("unit") String unit, @QueryParam("page") String pageNumber, @Context UriInfo uri) {
        return render(uri, "nav.overview", (actor, t, y) -> records.rectifications(actor, t, y, state, overdue, open, unit, pageNumber), year);
    }

    @GET
    @Path("/warnings")
    public Response warnings(@QueryParam("year") String year, @QueryParam("level") String level, @QueryParam("status") String status,
                             @QueryParam("unit") String unit, @QueryParam("page") String pageNumber, @Context UriInfo uri) {
        return render(uri, "nav.warnings", (actor, t, y) -> records.warnings(actor, t, y, level, status, unit, pageNumber), year);
    }

    @GET
    @Path("/projects")
    public Response projects(@QueryParam("year") String year, @QueryParam("unit") String unit,
                             @QueryParam("page") String pageNumber, @Context UriInfo uri) {
        return render(uri, "nav.projects", (actor, t, y) -> records.projects(actor, t, y, unit, pageNumber), year);
    }

    @GET
    @Path("/projects/{code}")
    public Response project(@PathParam("code") String code, @QueryParam("year") String year, @Context UriInfo uri) {
        return render(uri, "nav.projects", (actor, t, y) -> project.content(actor, t, y, code), year);
    }

    @GET
    @Path("/departments")
    public Response departments(@QueryParam("year") String year, @Context UriInfo uri) {
        return render(uri, "nav.departments", (actor, t, y) -> department.index(actor, t, y), year);
    }

    @GET
    @Path("/departments/{code}")
    public Response department(@PathParam("code") String code, @QueryParam("year") String year, @Context UriInfo uri) {
        return render(uri, "nav.departments", (actor, t, y) -> department.content(actor, t, y, code), year);
    }

    @GET
    @Path("/campaigns")
    public Response campaignList(@QueryParam("year") String year, @Context UriInfo uri) {
        return render(uri, "nav.campaigns", (actor, t, y) -> campaigns.index(actor, t, y), year);
    }

    @GET
    @Path("/campaigns/{id}")
    public Response campaign(@PathParam("id") String id, @QueryParam("year") String year, @Context UriInfo uri) {
        return render(uri, "nav.campaigns", (actor, t, y) -> campaigns.content(actor, t, y, id), year);
    }

    @GET
    @Path("/annual-report")
    public Response annualReport(@QueryParam("year") String year, @Context UriInfo uri) {
        return render(uri, "nav.annualReport", (actor, t, y) -> annualReport.content(actor, t, y), year);
    }

    /** The annual report's workbook, for the dashboard's session (the API's own .xlsx wants a bearer token). */
    @GET
    @Path("/annual-report/{year}.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response annualReportWorkbook(@PathParam("year") String year) {
        Optional<Actor> actor = viewer.actor();
        if (actor.isEmpty()) {
            return Response.seeOther(URI.create("/dashboard/sign-in")).build();
        }
        try {
            return annualReport.workbook(actor.get(), WorkYear.parse(year));
        } catch (DomainException e) {
            return failure(e, viewer.texts(), null);
        }
    }

    /** What a page function gives: its heading, lead, filters and sections. */
    record Content(String heading, String lead, List<PageModel.Filter> filters, List<Section> sections) {
    }

    @FunctionalInterface
    interface PageFunction {
        Content apply(Actor actor, Texts texts, WorkYear year);
    }

    private Response render(UriInfo uri, String current, PageFunction function, String yearText) {
        Optional<Actor> actor = viewer.actor();
        if (actor.isEmpty()) {
            return Response.seeOther(URI.create(link("/dashboard/sign-in", "next", uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery())))).build();
        }
        Texts t = viewer.texts();
        WorkYear year;
        try {
            year = yearText == null || yearText.isBlank() ? defaultWorkYear() : WorkYear.parse(yearText);
        } catch (DomainException e) {
            return failure(e, t, uri);
        }
        try {
            Content content = function.apply(actor.get(), t, year);
            return html(Response.ok(), uri, t, new Page(frame(uri, t, current, year, content.heading()), content.heading(),
                    content.lead(), content.filters(), content.sections()));
        } catch (DomainException e) {
            return failure(e, t, uri);
        }
    }

    private WorkYear defaultWorkYear() {
        return WorkYear.of(defaultYear.orElse(LocalDate.now(clock).getYear()));
    }

    private Response failure(DomainException e, Texts t, UriInfo uri) {
        int status = Failures.status(e);
        LOG.debugf("dashboard page refused (%d): %s", status, e.getMessage());
        String heading = t.get("error." + status);
        Section section = Section.of("error", heading).note(Failures.explain(e, t, messages)).build();
        WorkYear year = defaultWorkYear();
        Page failurePage = new Page(frame(uri, t, "", year, heading), heading, "", List.of(), List.of(section));
        return html(Response.status(status), uri, t, failurePage);
    }

    private Response html(Response.ResponseBuilder builder, UriInfo uri, Texts t, Page content) {
        builder.entity(page.data("page", content).render()).type(HTML)
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff");
        if (uri != null && uri.getQueryParameters().containsKey("lang")) {
            builder.cookie(new NewCookie.Builder(Viewer.LANGUAGE_COOKIE).value(t.language() == Texts.Language.EN ? "en" : "zh")
                    .path("/dashboard").sameSite(NewCookie.SameSite.STRICT).maxAge(365 * 24 * 3600).build());
        }
        return builder.build();
    }

    private Frame frame(UriInfo uri, Texts t, String current, WorkYear year, String title) {
        Actor actor = viewer.actor().orElse(null);
        String y = String.valueOf(year.value());
        List<Link> navigation = new ArrayList<>();
        navigation.add(new Link(t.get("nav.overview"), link("/dashboard", "year", y), current.equals("nav.overview")));
        if (actor != null && actor.unitScope().isPresent() && actor.has(Role.UNIT_OPERATOR)) {
            navigation.add(new Link(t.get("nav.projects"), link("/dashboard/projects", "year", y, "unit", actor.unit().value()), current.equals("nav.projects")));
        } else if (actor != null && actor.unitScope().isPresent() && actor.has(Role.DEPT_REVIEWER)) {
            navigation.add(new Link(t.get("nav.myDepartment"), link("/dashboard/departments/" + Formats.segment(actor.unit().value()), "year", y),
                    current.equals("nav.departments")));
            navigation.add(new Link(t.get("nav.projects"), link("/dashboard/projects", "year", y), current.equals("nav.projects")));
        } else {
            navigation.add(new Link(t.get("nav.departments"), link("/dashboard/departments", "year", y), current.equals("nav.departments")));
            navigation.add(new Link(t.get("nav.projects"), link("/dashboard/projects", "year", y), current.equals("nav.projects")));
        }
        navigation.add(new Link(t.get("nav.warnings"), link("/dashboard/warnings", "year", y), current.equals("nav.warnings")));
        navigation.add(new Link(t.get("nav.campaigns"), link("/dashboard/campaigns", "year", y), current.equals("nav.campaigns")));
        if (viewer.sees(Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER, Role.AUDITOR)) {
            navigation.add(new Link(t.get("nav.annualReport"), link("/dashboard/annual-report", "year", y), current.equals("nav.annualReport")));
        }
        Texts.Language other = t.language() == Texts.Language.ZH ? Texts.Language.EN : Texts.Language.ZH;
        String here = uri == null ? "/dashboard" : uri.getRequestUriBuilder().replaceQueryParam("lang", other == Texts.Language.EN ? "en" : "zh").build().toString();
        if (uri != null) {
            here = URI.create(here).getRawPath() + (URI.create(here).getRawQuery() == null ? "" : "?" + URI.create(here).getRawQuery());
        }
        return new Frame(t, title, viewer.displayName(), viewer.rolesText(), t.get("frame.language." + other.name()), here, navigation, y);
    }
}
