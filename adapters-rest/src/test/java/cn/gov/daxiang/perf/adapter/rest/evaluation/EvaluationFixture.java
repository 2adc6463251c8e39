package cn.gov.daxiang.perf.adapter.rest.evaluation;

import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * A department with its units and one project per unit under a code prefix of the test class's own (so that test
 * classes never share data), and the REST steps that take a goal to approval and drive reports and evaluations.
 */
public final class EvaluationFixture {

    public static final Actor LOADER = Actor.system("evaluation-test-fixture");
    public static final String FINANCE = TestTokens.financeReviewer();

    public final String department;
    private final String prefix;
    private final int fiscalYear;
    private final int unitCount;

    /** @param threeDigitPrefix unit codes are the prefix and three digits: the department ...001, the units ...002 on */
    public EvaluationFixture(String threeDigitPrefix, int fiscalYear, int unitCount) {
        this.prefix = threeDigitPrefix;
        this.fiscalYear = fiscalYear;
        this.unitCount = unitCount;
        this.department = threeDigitPrefix + "001";
    }

    /** Unit n (1-based) under the department. */
    public String unit(int n) {
        return prefix + String.format("%03d", n + 1);
    }

    /** The one project of unit n: 3,000,000.00 元 of fiscal funds (2,400,000.00 appropriation, 500,000.00 carried over, 100,000.00 other). */
    public String project(int n) {
        return "430503" + String.format("%02d", fiscalYear % 100) + "T000" + prefix + String.format("%03d", n) + "001";
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public ReferenceDataBatch batch() {
        List<BudgetUnit> units = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        units.add(BudgetUnit.of(UnitCode.of(department), "测试主管部门" + prefix, null, true));
        for (int n = 1; n <= unitCount; n++) {
            units.add(BudgetUnit.of(UnitCode.of(unit(n)), "测试单位" + prefix + "-" + n, UnitCode.of(department), true));
            projects.add(Project.of(ProjectCode.of(project(n)), "测试项目" + prefix + "-" + n, UnitCode.of(unit(n)), FiscalYear.of(fiscalYear),
                    ProjectCategory.SPECIFIC_PURPOSE, List.of(),
                    ProjectFunds.of(Money.of("2400000.00"), Money.of("500000.00"), Money.of("100000.00"))));
        }
        return new ReferenceDataBatch(units, projects);
    }

    /**
     * The worked example's goal: ≥, ≤ and a ≤ 0 target under 产出 (weights 25, 15, 10), ≥ and a qualitative
     * indicator under 效益 (15, 15), ≥ under 满意度 (20).
     */
    public String workedExampleContent() {
        return """
                {"annualOverallGoal":"%d年完成12个老旧小区改造，惠及居民1500户，居民满意度达到90%%以上。",
                 "departmentDuties":"负责城市建设和老旧小区改造。",
                 "indicators":[
                  {"level1":"OUTPUT","level2":"QUANTITY","name":"改造小区数量","valueType":"QUANTITATIVE","comparator":"≥","targetValue":12,"unitOfMeasure":"个","weight":25},
                  {"level1":"OUTPUT","level2":"COST","name":"单位改造成本","valueType":"QUANTITATIVE","comparator":"≤","targetValue":350,"unitOfMeasure":"元/平方米","weight":15},
                  {"level1":"OUTPUT","level2":"QUALITY","name":"安全事故起数","valueType":"QUANTITATIVE","comparator":"≤","targetValue":0,"unitOfMeasure":"起","weight":10},
                  {"level1":"BENEFIT","level2":"SOCIAL","name":"受益居民户数","valueType":"QUANTITATIVE","comparator":"≥","targetValue":1500,"unitOfMeasure":"户","weight":15},
                  {"level1":"BENEFIT","level2":"SUSTAINABLE","name":"小区长效管理机制","valueType":"QUALITATIVE","targetText":"优：成立业委会并引入物业服务；良：成立业委会；中：有管理制度；差：无","weight":15},
                  {"level1":"SATISFACTION","level2":"BENEFICIARY_SATISFACTION","name":"居民满意度","valueType":"QUANTITATIVE","comparator":"≥","targetValue":90,"unitOfMeasure":"%%","weight":20}
                 ]}""".formatted(fiscalYear);
    }

    public String declareBody(String kind, int unit, String content) {
        return "{\"kind\":\"" + kind + "\",\"fiscalYear\":" + fiscalYear + ",\"unitCode\":\"" + unit(unit) + "\","
                + ("DEPARTMENT_OVERALL".equals(kind) ? "" : "\"projectCode\":\"" + project(unit) + "\",") + "\"content\":" + content + "}";
    }

    /** Declares a goal of unit n and takes it through submission, both reviews and approval; returns its id. */
    public String approvedGoal(String kind, int unit, String content) {
        String operator = TestTokens.unitOperator(unit(unit));
        String id = given().auth().oauth2(operator).contentType("application/json").body(declareBody(kind, unit, content))
                .when().post("/api/v1/performance-goals").then().statusCode(201).extract().jsonPath().getString("id");
        goalCommand(operator, id, "submit", 0, null);
        goalCommand(TestTokens.deptReviewer(department), id, "pass-department-review", 1, null);
        goalCommand(FINANCE, id, "finance-review", 2, "{\"grade\":\"EXCELLENT\"}");
        goalCommand(FINANCE, id, "approve", 3, null);
        return id;
    }

    private static void goalCommand(String token, String id, String command, long revision, String body) {
        given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"" + revision + "\"")
                .body(body == null ? "{}" : body).when().post("/api/v1/performance-goals/" + id + "/" + command).then().statusCode(200);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** A command on a monitoring report or self-evaluation ({@code collection} e.g. "self-evaluations") from a revision. */
    public static Response command(String token, String collection, String id, String command, long revision, String body) {
        return as(token).header("If-Match", "\"" + revision + "\"").body(body == null ? "{}" : body)
                .when().post("/api/v1/" + collection + "/" + id + "/" + command);
    }

    public static Response entries(String token, String collection, String id, long revision, String body) {
        return as(token).header("If-Match", "\"" + revision + "\"").body(body).when().put("/api/v1/" + collection + "/" + id + "/entries");
    }

    public static long etag(Response response) {
        return Long.parseLong(response.getHeader("ETag").replace("\"", "").replace("W/", ""));
    }
}
