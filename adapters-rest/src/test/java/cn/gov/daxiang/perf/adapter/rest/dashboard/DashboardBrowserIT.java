package cn.gov.daxiang.perf.adapter.rest.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (Debian's Chromium through ChromeDriver) against the packaged embedded default
 * with its sample district and some activity made over the API (a goal approved, a RED monitoring report, a
 * campaign, confirmed allocation decisions). Three roles sign in — finance, a department reviewer, a unit operator —
 * and every page's figures are compared with what the API answers the same identity; a unit never sees another
 * unit's project. A full-page screenshot of every page is saved under target/dashboard-screenshots/{role}-{page}.png.
 */
class DashboardBrowserIT {

    private static final String FINANCE = "finance-admin";
    private static final String DEPARTMENT = "education-reviewer";
    private static final String UNIT = "kindergarten-operator";
    private static final String UNIT_CODE = "105002";
    private static final String OTHER_DEPARTMENT = "108001";
    /** The sample's work year: goals and monitoring of 2024, self-evaluations of 2023, key evaluations of 2024. */
    private static final int YEAR = 2024;

    private static EmbeddedService service;
    private static SampleActivity.Result activity;

    @BeforeAll
    static void start() throws Exception {
        service = EmbeddedService.start("browser");
        activity = SampleActivity.run(service.base());
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aFinanceUserSeesEveryPageWithTheSameFiguresAsTheApi() throws Exception {
        try (Browser browser = new Browser(service.base())) {
            browser.signIn(FINANCE);
            assertThat(browser.heading()).isEqualTo(YEAR + "年度绩效管理总览");
            overviewEqualsApi(browser, FINANCE);
            browser.screenshot("finance-overview");

            browser.page("/dashboard/departments?year=" + YEAR);
            assertThat(browser.all("#table-departments tbody tr")).hasSizeGreaterThanOrEqualTo(10);
            browser.screenshot("finance-departments");

            departmentEqualsApi(browser, FINANCE, "105001");
            browser.screenshot("finance-department");

            browser.page("/dashboard/projects?year=" + YEAR);
            assertThat(Long.parseLong(browser.figureText("projects.total")))
                    .isEqualTo(service.api(FINANCE, "/api/v1/projects?fiscalYear=" + YEAR + "&size=1").get("total").asLong());
            browser.screenshot("finance-projects");

            projectEqualsApi(browser, FINANCE, activity.redProjectCode());
            browser.screenshot("finance-project");

            warningsEqualApi(browser, FINANCE);
            browser.screenshot("finance-warnings");

            campaignsEqualApi(browser, FINANCE);
            browser.screenshot("finance-campaigns");
            browser.page("/dashboard/campaigns/" + activity.campaignId() + "?year=" + YEAR);
            campaignEqualsApi(browser, FINANCE, activity.campaignId());
            browser.screenshot("finance-campaign");

            annualReportEqualsApi(browser);
            browser.screenshot("finance-annual-report");

            // The records behind the figures: each list's total equals the figure that links to it.
            browser.page("/dashboard?year=" + YEAR);
            for (String figure : List.of("selfEvaluations.total", "keyEvaluations.count", "rectifications.items", "coverage.missing",
                    "monitoring.RED", "monitoring.YELLOW", "allocation.confirmed")) {
                // The decisions confirmed from the 2024 results belong to the 2025 budget: the overview of work year 2025.
                int year = figure.startsWith("allocation.") ? activity.allocationBudgetYear() : YEAR;
                browser.page("/dashboard?year=" + year);
                String shown = browser.figureText(figure);
                assertThat(shown).as("%s has something to count", figure).isNotEqualTo("0");
                String href = browser.figure(figure).getDomAttribute("href");
                browser.page(href);
                String listed = browser.all("[data-figure$='.total'], [data-figure='coverage.gaps']").get(0).getText().strip();
                assertThat(listed).as("the records behind %s (%s)", figure, href).isEqualTo(shown);
                browser.screenshot("finance-records-" + figure.replace('.', '-'));
            }

            // The work year whose budget applied the 2024 results: its decisions by treatment, as the API lists them.
            browser.page("/dashboard?year=" + activity.allocationBudgetYear());
            allocationEqualsApi(browser, FINANCE, activity.allocationBudgetYear());
            browser.screenshot("finance-overview-" + activity.allocationBudgetYear());

            browser.page("/dashboard?year=" + YEAR + "&lang=en");
            assertThat(browser.heading()).isEqualTo("Performance management in " + YEAR);
            assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            overviewEqualsApi(browser, FINANCE);
            browser.screenshot("finance-overview-en");
            browser.page("/dashboard?year=" + YEAR + "&lang=zh");
        }
    }

    @Test
    void aUnitOperatorSeesItsOwnUnitAndNeverAnotherUnitsProject() throws Exception {
        JsonNode foreign = service.api(FINANCE, "/api/v1/projects?fiscalYear=" + YEAR + "&unitCode=108002&size=1").get("items").get(0);
        try (Browser browser = new Browser(service.base())) {
            browser.signIn(UNIT);
            overviewEqualsApi(browser, UNIT);
            assertThat(browser.all("nav a")).extracting(WebElement::getText).doesNotContain("年度工作统计");
            browser.screenshot("unit-overview");

            browser.page("/dashboard/projects?year=" + YEAR + "&unit=" + UNIT_CODE);
            Set<String> shown = new LinkedHashSet<>();
            browser.all("[data-cell^='project.']").forEach(c -> shown.add(c.getDomAttribute("data-cell").substring("project.".length())));
            Set<String> api = new LinkedHashSet<>();
            service.api(UNIT, "/api/v1/projects?fiscalYear=" + YEAR + "&size=100").get("items").forEach(p -> api.add(p.get("projectCode").asText()));
            assertThat(shown).as("the unit's projects, as the API lists them for the unit").isNotEmpty().isEqualTo(api);
            browser.screenshot("unit-projects");
            // Asking for every project of the year still shows only the unit's own.
            browser.page("/dashboard/projects?year=" + YEAR);
            assertThat(browser.figureText("projects.total")).isEqualTo(String.valueOf(api.size()));

            projectEqualsApi(browser, UNIT, activity.redProjectCode());
            browser.screenshot("unit-project");

            warningsEqualApi(browser, UNIT);
            browser.screenshot("unit-warnings");
            campaignsEqualApi(browser, UNIT);
            browser.screenshot("unit-campaigns");
            browser.page("/dashboard/campaigns/" + activity.campaignId() + "?year=" + YEAR);
            campaignEqualsApi(browser, UNIT, activity.campaignId());
            assertThat(browser.all("[data-cell^='campaign.unit.']")).extracting(c -> c.getDomAttribute("data-cell"))
                    .containsOnly("campaign.unit." + UNIT_CODE);
            browser.screenshot("unit-campaign");

            // Another unit's project: not found, exactly as the API answers, and nothing of it on the page.
            String code = foreign.get("projectCode").asText();
            assertThat(service.apiStatus(UNIT, "/api/v1/projects/" + code)).isEqualTo(404);
            browser.page("/dashboard/projects/" + code + "?year=" + YEAR);
            assertThat(browser.heading()).isEqualTo("未找到");
            assertThat(browser.text()).doesNotContain(foreign.get("name").asText());
            browser.screenshot("unit-other-units-project");
            browser.page("/dashboard/projects?year=" + YEAR + "&unit=108002");
            assertThat(browser.text()).doesNotContain(foreign.get("name").asText());
            assertThat(browser.figureText("projects.total")).isEqualTo("0");

            // The district's annual report is for finance and auditors, as in the API.
            assertThat(service.apiStatus(UNIT, "/api/v1/annual-reports/" + YEAR)).isEqualTo(403);
            browser.page("/dashboard/annual-report?year=" + YEAR);
            assertThat(browser.heading()).isEqualTo("无权查看");
            browser.screenshot("unit-annual-report-refused");
        }
    }

    @Test
    void aDepartmentReviewerSeesItsUnitsAndNoOtherDepartment() throws Exception {
        try (Browser browser = new Browser(service.base())) {
            browser.signIn(DEPARTMENT);
            overviewEqualsApi(browser, DEPARTMENT);
            browser.screenshot("department-overview");
            departmentEqualsApi(browser, DEPARTMENT, "105001");
            browser.screenshot("department-department");
            assertThat(service.apiStatus(DEPARTMENT, "/api/v1/budget-units/" + OTHER_DEPARTMENT)).isEqualTo(404);
            browser.page("/dashboard/departments/" + OTHER_DEPARTMENT + "?year=" + YEAR);
            assertThat(browser.heading()).isEqualTo("未找到");
            browser.screenshot("department-other-department");
            warningsEqualApi(browser, DEPARTMENT);
            browser.screenshot("department-warnings");
        }
    }

    @Test
    void everyPageHasRealTableHeadersFitsTheScreenAndIsReachableByKeyboard() throws Exception {
        List<String> pages = List.of("/dashboard", "/dashboard/departments", "/dashboard/departments/105001", "/dashboard/projects",
                "/dashboard/projects/" + activity.redProjectCode(), "/dashboard/warnings", "/dashboard/campaigns",
                "/dashboard/campaigns/" + activity.campaignId(), "/dashboard/annual-report");
        for (int[] size : new int[][] {{1366, 768}, {768, 1024}}) {
            try (Browser browser = new Browser(service.base(), size[0], size[1])) {
                browser.signIn(FINANCE);
                for (String page : pages) {
                    browser.page(page + (page.contains("?") ? "&" : "?") + "year=" + YEAR);
                    Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
                    assertThat(overflow.intValue()).as("%s fits %dx%d without scrolling sideways", page, size[0], size[1]).isLessThanOrEqualTo(0);
                    for (WebElement table : browser.all("table")) {
                        assertThat(table.findElements(By.cssSelector("caption"))).as("%s: a caption", page).hasSize(1);
                        List<WebElement> headers = table.findElements(By.cssSelector("thead th[scope='col']"));
                        assertThat(headers).as("%s: column headers", page).isNotEmpty();
                        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
                            if (row.findElements(By.cssSelector("td.empty")).isEmpty()) {
                                assertThat(row.findElements(By.cssSelector("th[scope='row']"))).as("%s: a row header", page).hasSize(1);
                            }
                        }
                    }
                }
                if (size[0] < 900) {
                    browser.page("/dashboard?year=" + YEAR);
                    browser.screenshot("finance-overview-tablet");
                }
            }
        }
        try (Browser browser = new Browser(service.base())) {
            browser.signIn(FINANCE);
            browser.page("/dashboard?year=" + YEAR);
            // The first Tab reaches the skip link; Enter moves to the content; further Tabs reach the figures' links.
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getDomAttribute("class")).isEqualTo("skip-link");
            focused.sendKeys(Keys.ENTER);
            assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("main");
            Set<String> reached = new LinkedHashSet<>();
            for (int i = 0; i < 60; i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                WebElement now = browser.driver().switchTo().activeElement();
                if (now.getDomAttribute("data-figure") != null) {
                    reached.add(now.getDomAttribute("data-figure"));
                }
            }
            assertThat(reached).as("figures reached by Tab alone").contains("selfEvaluations.total", "keyEvaluations.count");
            WebElement link = browser.figure("keyEvaluations.count");
            link.sendKeys(Keys.ENTER);
            browser.awaitCharts();
            assertThat(browser.driver().getCurrentUrl()).contains("/dashboard/key-evaluations");
        }
    }

    @Test
    void theOverviewsFirstPaintIsMeasuredInTheBrowser() throws Exception {
        try (Browser browser = new Browser(service.base())) {
            browser.signIn(FINANCE);
            List<Double> paints = new ArrayList<>();
            List<Double> served = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                browser.page("/dashboard?year=" + YEAR);
                // The paint entry may be recorded a moment after the load: wait for it (buffered, so an earlier one counts).
                Map<?, ?> timing = (Map<?, ?>) browser.driver().executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        new PerformanceObserver((list, observer) => {
                          const paint = list.getEntries().find(e => e.name === 'first-contentful-paint');
                          if (paint) {
                            observer.disconnect();
                            done({fcp: paint.startTime, responseEnd: performance.getEntriesByType('navigation')[0].responseEnd});
                          }
                        }).observe({type: 'paint', buffered: true});""");
                paints.add(((Number) timing.get("fcp")).doubleValue());
                served.add(((Number) timing.get("responseEnd")).doubleValue());
            }
            assertThat(paints).as("first-contentful-paint entries").allMatch(p -> p > 0);
            List<Double> warm = new ArrayList<>(paints.subList(1, paints.size()));
            warm.sort(Double::compare);
            List<Double> warmServed = new ArrayList<>(served.subList(1, served.size()));
            warmServed.sort(Double::compare);
            System.out.printf("[measurement] overview first contentful paint in Chromium at 1366x768, sample district: first %.0f ms, "
                            + "then median %.0f ms, max %.0f ms over %d loads (page served, responseEnd: median %.0f ms)%n",
                    paints.get(0), warm.get(warm.size() / 2), warm.get(warm.size() - 1), warm.size(), warmServed.get(warmServed.size() / 2));
        }
    }

    private static void overviewEqualsApi(Browser browser, String identity) throws Exception {
        browser.page("/dashboard?year=" + YEAR + (browser.driver().getCurrentUrl().contains("lang=en") ? "&lang=en" : ""));
        JsonNode coverage = service.api(identity, "/api/v1/goal-coverage?fiscalYear=" + YEAR);
        for (JsonNode category : coverage.get("categories")) {
            String code = category.get("category").get("code").asText();
            assertThat(browser.cell("coverage." + code + ".total")).as("%s coverage total", code).isEqualTo(category.get("total").asText());
            assertThat(browser.cell("coverage." + code + ".covered")).as("%s covered", code).isEqualTo(category.get("covered").asText());
            assertThat(browser.cell("coverage." + code + ".missing")).as("%s missing", code).isEqualTo(category.get("missing").asText());
        }
        assertThat(browser.figureText("selfEvaluations.total"))
                .isEqualTo(service.api(identity, "/api/v1/self-evaluations?fiscalYear=" + (YEAR - 1) + "&size=1").get("total").asText());
        for (String status : List.of("DRAFT", "SUBMITTED", "DEPT_REVIEWED", "FINANCE_REVIEWED")) {
            assertThat(browser.figureText("selfEvaluations." + status)).as("self-evaluations %s", status).isEqualTo(
                    service.api(identity, "/api/v1/self-evaluations?fiscalYear=" + (YEAR - 1) + "&status=" + status + "&size=1").get("total").asText());
        }
        assertThat(browser.figureText("monitoring.total"))
                .isEqualTo(service.api(identity, "/api/v1/monitoring-reports?fiscalYear=" + YEAR + "&size=1").get("total").asText());
        for (String level : List.of("RED", "YELLOW")) {
            assertThat(browser.figureText("monitoring." + level)).as("%s reports", level).isEqualTo(
                    service.api(identity, "/api/v1/monitoring-reports?fiscalYear=" + YEAR + "&warningLevel=" + level + "&size=1").get("total").asText());
        }
        JsonNode summary = service.api(identity, "/api/v1/key-evaluations/summary?fiscalYear=" + YEAR);
        assertThat(browser.figureText("keyEvaluations.count")).isEqualTo(summary.get("count").asText());
        assertThat(new BigDecimal(browser.figureExact("keyEvaluations.money"))).isEqualByComparingTo(summary.get("totalAmount").decimalValue());
        Map<String, String> grades = new HashMap<>();
        summary.get("grades").forEach(g -> grades.put(g.get("grade").get("code").asText(), g.get("count").asText()));
        for (String grade : List.of("EXCELLENT", "GOOD", "MEDIUM", "WEAK", "POOR")) {
            assertThat(browser.figureText("keyEvaluations.grade." + grade)).as("grade %s", grade).isEqualTo(grades.getOrDefault(grade, "0"));
        }
        JsonNode confirmed = service.api(identity, "/api/v1/allocation-decisions?budgetYear=" + YEAR + "&state=CONFIRMED");
        assertThat(browser.figureText("allocation.confirmed")).isEqualTo(String.valueOf(items(confirmed).size()));
        JsonNode rectifications = service.api(identity, "/api/v1/rectifications/summary?year=" + YEAR).get("total");
        assertThat(browser.figureText("rectifications.items")).isEqualTo(rectifications.get("items").asText());
        assertThat(browser.figureText("rectifications.overdue")).isEqualTo(rectifications.get("overdue").asText());
        rectifications.get("byState").fields().forEachRemaining(e ->
                assertThat(browser.figureText("rectifications." + e.getKey())).as("rectifications %s", e.getKey()).isEqualTo(e.getValue().asText()));
    }

    private static void allocationEqualsApi(Browser browser, String identity, int budgetYear) throws Exception {
        List<JsonNode> confirmed = items(service.api(identity, "/api/v1/allocation-decisions?budgetYear=" + budgetYear + "&state=CONFIRMED"));
        assertThat(confirmed).hasSize(activity.decisionsConfirmed());
        assertThat(browser.figureText("allocation.confirmed")).isEqualTo(String.valueOf(confirmed.size()));
        Map<String, Integer> byTreatment = new HashMap<>();
        Map<String, BigDecimal> baseByTreatment = new HashMap<>();
        for (JsonNode decision : confirmed) {
            String treatment = decision.get("treatment").get("code").asText();
            byTreatment.merge(treatment, 1, Integer::sum);
            baseByTreatment.merge(treatment, decision.get("baseAmount").decimalValue(), BigDecimal::add);
        }
        for (String treatment : List.of("KEY_SUPPORT", "PRIORITY", "REDUCE_OR_MERGE", "CANCEL")) {
            assertThat(browser.cell("allocation." + treatment + ".count")).as("%s decisions", treatment)
                    .isEqualTo(String.valueOf(byTreatment.getOrDefault(treatment, 0)));
            BigDecimal wan = baseByTreatment.getOrDefault(treatment, BigDecimal.ZERO).divide(BigDecimal.valueOf(10_000), 2, java.math.RoundingMode.HALF_UP);
            assertThat(new BigDecimal(browser.cell("allocation." + treatment + ".base").replace(",", ""))).as("%s base money", treatment)
                    .isEqualByComparingTo(wan);
        }
    }

    private static void departmentEqualsApi(Browser browser, String identity, String department) throws Exception {
        browser.page("/dashboard/departments/" + department + "?year=" + YEAR);
        JsonNode unit = service.api(identity, "/api/v1/budget-units/" + department);
        assertThat(browser.heading()).isEqualTo(unit.get("name").asText());
        List<String> codes = new ArrayList<>(List.of(department));
        unit.get("subordinateUnits").forEach(u -> codes.add(u.get("unitCode").asText()));
        assertThat(browser.figureText("department.units")).isEqualTo(String.valueOf(codes.size()));
        for (String code : codes) {
            assertThat(browser.cell("unit." + code + ".projects")).as("projects of %s", code).isEqualTo(
                    service.api(identity, "/api/v1/projects?fiscalYear=" + YEAR + "&unitCode=" + code + "&size=1").get("total").asText());
            assertThat(browser.cell("unit." + code + ".red")).as("RED reports of %s", code).isEqualTo(
                    service.api(identity, "/api/v1/monitoring-reports?fiscalYear=" + YEAR + "&unitCode=" + code + "&warningLevel=RED&size=1").get("total").asText());
        }
    }

    private static void projectEqualsApi(Browser browser, String identity, String code) throws Exception {
        browser.page("/dashboard/projects/" + code + "?year=" + YEAR);
        JsonNode project = service.api(identity, "/api/v1/projects/" + code);
        assertThat(browser.heading()).isEqualTo(project.get("name").asText());
        assertThat(new BigDecimal(browser.figureExact("project.funds"))).isEqualByComparingTo(project.get("funds").get("total").decimalValue());
        JsonNode readiness = service.api(identity, "/api/v1/projects/" + code + "/readiness");
        assertThat(browser.figureExact("readiness.ready")).isEqualTo(readiness.get("ready").asText());
        for (JsonNode check : readiness.get("checks")) {
            assertThat(browser.cell("readiness." + check.get("check").asText())).as("check %s", check.get("check").asText())
                    .isEqualTo(check.get("passed").asBoolean() ? "通过" : "未通过");
        }
        JsonNode reports = service.api(identity, "/api/v1/monitoring-reports?fiscalYear=" + YEAR + "&unitCode=" + project.get("unitCode").asText() + "&size=100");
        List<String> levels = new ArrayList<>();
        for (JsonNode report : items(reports)) {
            if (code.equals(report.path("projectCode").asText())) {
                levels.add(report.path("warning").path("level").path("label").asText());
            }
        }
        List<String> shown = browser.all("[data-cell='warning.level']").stream().map(e -> e.getText().strip()).toList();
        assertThat(shown).as("the project's monitoring warnings").containsExactlyInAnyOrderElementsOf(levels).contains("红灯");
    }

    private static void warningsEqualApi(Browser browser, String identity) throws Exception {
        browser.page("/dashboard/warnings?year=" + YEAR);
        for (String level : List.of("RED", "YELLOW")) {
            assertThat(browser.figureText("warnings-" + level.toLowerCase() + ".total")).as("%s reports", level).isEqualTo(
                    service.api(identity, "/api/v1/monitoring-reports?fiscalYear=" + YEAR + "&warningLevel=" + level + "&size=1").get("total").asText());
        }
    }

    private static void campaignsEqualApi(Browser browser, String identity) throws Exception {
        browser.page("/dashboard/campaigns?year=" + YEAR);
        assertThat(browser.figureText("campaigns.total")).isEqualTo(service.api(identity, "/api/v1/campaigns?size=1").get("total").asText());
    }

    private static void campaignEqualsApi(Browser browser, String identity, String id) throws Exception {
        JsonNode campaign = service.api(identity, "/api/v1/campaigns/" + id);
        assertThat(browser.heading()).isEqualTo(campaign.get("title").asText());
        JsonNode progress = campaign.get("progress");
        int units = 0;
        for (JsonNode unit : progress.get("lines")) {
            units++;
            assertThat(browser.cell("campaign.unit." + unit.get("unitCode").asText())).isEqualTo(unit.get("status").get("label").asText());
        }
        assertThat(browser.all("[data-cell^='campaign.unit.']")).hasSize(units);
        for (JsonNode count : progress.get("counts")) {
            assertThat(browser.figureText("campaign." + count.get("status").get("code").asText())).isEqualTo(count.get("units").asText());
        }
    }

    private static void annualReportEqualsApi(Browser browser) throws Exception {
        browser.page("/dashboard/annual-report?year=" + YEAR);
        JsonNode report = service.api(FINANCE, "/api/v1/annual-reports/" + YEAR);
        JsonNode self = report.get("selfEvaluationCoverage");
        assertThat(browser.figureText("report.self.unitsEvaluated")).isEqualTo(self.get("unitsEvaluated").asText()).isEqualTo("126");
        assertThat(new BigDecimal(browser.figureExact("report.self.money"))).isEqualByComparingTo(self.get("money").get("yuan").decimalValue())
                .isEqualByComparingTo("816482900.00");
        assertThat(browser.figureText("report.key.count")).isEqualTo(report.get("keyEvaluations").get("count").asText());
        for (JsonNode average : report.get("averageScores").get("categories")) {
            assertThat(new BigDecimal(browser.cell("report.average." + average.get("category").get("code").asText())))
                    .isEqualByComparingTo(average.get("averageScore").decimalValue());
        }
        assertThat(browser.all("#chart-report-grades svg, #chart-report-coverage svg")).hasSize(2);
        assertThat(browser.figure("report.workbook").getDomAttribute("href")).isEqualTo("/dashboard/annual-report/" + YEAR + ".xlsx");
    }

    private static List<JsonNode> items(JsonNode answer) {
        List<JsonNode> items = new ArrayList<>();
        (answer.isArray() ? answer : answer.get("items")).forEach(items::add);
        return items;
    }
}
