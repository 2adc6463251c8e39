package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
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
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * A department with one subordinate unit and a few projects under a code prefix of the test's own, so
 * that the goal tests' data never meet (one live goal per project and year).
 */
public final class GoalFixture {

    public static final Actor LOADER = Actor.system("goal-test-fixture");

    public final String department;
    public final String unit;
    private final String prefix;

    public GoalFixture(String threeDigitPrefix) {
        this.prefix = threeDigitPrefix;
        this.department = threeDigitPrefix + "001";
        this.unit = threeDigitPrefix + "002";
    }

    /** Project n of the unit: 2024, specific purpose, 3,000,000.00 元 unless said otherwise. */
    public String project(int n) {
        return "43050324T000000" + prefix + String.format("%03d", n);
    }

    public ReferenceDataBatch batch(int projects, ProjectKind... kinds) {
        List<Project> list = new ArrayList<>();
        for (int n = 1; n <= projects; n++) {
            list.add(Project.of(ProjectCode.of(project(n)), "测试项目" + prefix + "-" + n, UnitCode.of(unit), FiscalYear.of(2024),
                    ProjectCategory.SPECIFIC_PURPOSE, n == 1 ? List.of(kinds) : List.of(),
                    ProjectFunds.of(Money.of("3000000.00"), Money.ZERO, Money.ZERO)));
        }
        return new ReferenceDataBatch(List.of(BudgetUnit.of(UnitCode.of(department), "测试主管部门" + prefix, null, true),
                BudgetUnit.of(UnitCode.of(unit), "测试单位" + prefix, UnitCode.of(department), true)), list);
    }

    /** A goal a reviewer would pass: all three groups, numeric targets with units, weights summing to 100. */
    public static String goodContent() {
        return """
                {"annualOverallGoal":"2024年完成12个老旧小区改造，惠及居民1500户，居民满意度达到90%以上。",
                 "longTermGoal":"三年内完成全区2000年前建成的老旧小区改造。",
                 "indicators":[
                  {"level1":"OUTPUT","level2":"QUANTITY","name":"改造小区数量","valueType":"QUANTITATIVE","comparator":"≥","targetValue":12,"unitOfMeasure":"个","weight":30},
                  {"level1":"OUTPUT","level2":"QUALITY","name":"工程验收合格率","valueType":"QUANTITATIVE","comparator":"=","targetValue":100,"unitOfMeasure":"%","weight":10},
                  {"level1":"OUTPUT","level2":"COST","name":"单位改造成本","valueType":"QUANTITATIVE","comparator":"≤","targetValue":350,"unitOfMeasure":"元/平方米","weight":10},
                  {"level1":"BENEFIT","level2":"SOCIAL","name":"受益居民户数","valueType":"QUANTITATIVE","comparator":"≥","targetValue":1500,"unitOfMeasure":"户","weight":30},
                  {"level1":"SATISFACTION","level2":"BENEFICIARY_SATISFACTION","name":"居民满意度","valueType":"QUANTITATIVE","comparator":"≥","targetValue":90,"unitOfMeasure":"%","weight":20}
                 ]}""";
    }

    /** A goal a reviewer would return: no benefit indicator, a vague target, a missing unit, weights not 100, a copied goal. */
    public static String poorContent() {
        return """
                {"annualOverallGoal":"推进老旧小区改造工作。",
                 "longTermGoal":"推进老旧小区改造工作。",
                 "indicators":[
                  {"level1":"OUTPUT","level2":"QUANTITY","name":"改造小区数量","valueType":"QUANTITATIVE","comparator":"≥","targetValue":12,"weight":50},
                  {"level1":"OUTPUT","level2":"QUALITY","name":"工程质量","valueType":"QUALITATIVE","targetText":"较好","weight":30},
                  {"level1":"OUTPUT","level2":"TIMELINESS","name":"预算执行率","valueType":"QUANTITATIVE","comparator":"≥","targetValue":90,"unitOfMeasure":"%","weight":10}
                 ]}""";
    }

    public String declareBody(String kind, String project, String content) {
        return "{\"kind\":\"" + kind + "\",\"fiscalYear\":2024,\"unitCode\":\"" + unit + "\","
                + (project == null ? "" : "\"projectCode\":\"" + project + "\",") + "\"content\":" + content + "}";
    }

    public static Response declare(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post("/api/v1/performance-goals");
    }

    public static Response command(String token, String id, String command, String etag, String body) {
        var request = given().auth().oauth2(token).contentType("application/json");
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.body(body == null ? "{}" : body).when().post("/api/v1/performance-goals/" + id + "/" + command);
    }
}
