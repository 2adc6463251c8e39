package cn.gov.daxiang.perf.domain.framework;

import cn.gov.daxiang.perf.domain.review.ActorId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static cn.gov.daxiang.perf.domain.framework.IndicatorNode.group;
import static cn.gov.daxiang.perf.domain.framework.IndicatorNode.leaf;

/**
 * The three frameworks the platform starts with, each as version 1 (domain reference §3.1, §3.3, §8.3 item 7). The
 * persistence adapter stores the same content as reference rows (migration V27); a test keeps the two equal.
 * <ul>
 *   <li>{@code NATIONAL-PROJECT}: 财预〔2020〕10号 决策 / 过程 / 产出 / 效益. 10号 sets no default weights; the default
 *       points 15 / 25 / 35 / 25 are the platform's choice (产出 + 效益 = 60, the minimum 10号 asks for).</li>
 *   <li>{@code DISTRICT-PROJECT}: the district's three aspects 项目支出 / 项目执行过程 / 项目产出情况 (SEED). The report
 *       names only the aspects: the level-2/3 indicators and the points 20 / 20 / 60 are the lead's inference from
 *       the national framework, to be confirmed with the bureau.</li>
 *   <li>{@code DEPARTMENT-OVERALL}: 投入 / 过程 / 产出 / 效果 after 财预〔2013〕53号 (S19): 投入 15 with S19's level-2/3
 *       points, 过程 40 as the 岳阳 table (S18); 产出 25 and 效果 20 and the points inside 过程 are inferred.</li>
 * </ul>
 */
public final class DefaultFrameworks {

    public static final FrameworkCode NATIONAL_PROJECT = FrameworkCode.of("NATIONAL-PROJECT");
    public static final FrameworkCode DISTRICT_PROJECT = FrameworkCode.of("DISTRICT-PROJECT");
    public static final FrameworkCode DEPARTMENT_OVERALL = FrameworkCode.of("DEPARTMENT-OVERALL");

    /** Who and when the defaults count as published. */
    public static final ActorId PUBLISHER = ActorId.of("system:defaults");
    public static final Instant PUBLISHED_AT = Instant.parse("2024-01-01T00:00:00Z");

    private DefaultFrameworks() {
    }

    public static List<EvaluationFramework> all() {
        return List.of(nationalProject(), districtProject(), departmentOverall());
    }

    public static EvaluationFramework nationalProject() {
        IndicatorTree tree = IndicatorTree.of(
                group("A", "决策", "项目立项、绩效目标和资金投入的决策情况",
                        group("A1", "项目立项", null,
                                leaf("A11", "立项依据充分性", "2", "立项符合法律法规、相关政策、发展规划及部门职责，与同类项目无重复"),
                                leaf("A12", "立项程序规范性", "2", "按规定程序申请设立，审批文件、材料符合要求，事前绩效评估、可行性研究等已开展")),
                        group("A2", "绩效目标", null,
                                leaf("A21", "绩效目标合理性", "3", "目标与实际工作内容相关，预期产出效益和效果符合正常业绩水平，与预算匹配"),
                                leaf("A22", "绩效指标明确性", "3", "目标细化分解为具体指标，通过清晰、可衡量的指标值予以体现")),
                        group("A3", "资金投入", null,
                                leaf("A31", "预算编制科学性", "3", "预算经过科学论证，内容与项目内容匹配，额度测算依据充分"),
                                leaf("A32", "资金分配合理性", "2", "分配依据充分，额度与项目单位或地方实际相适应"))),
                group("B", "过程", "资金管理和组织实施情况",
                        group("B1", "资金管理", null,
                                leaf("B11", "资金到位率", "5", "资金到位率 = 实际到位资金 / 计划投入资金 × 100%，得分 = 分值 × 到位率"),
                                leaf("B12", "预算执行率", "5", "预算执行率 = 实际支出资金 / 实际到位资金 × 100%，得分 = 分值 × 执行率"),
                                leaf("B13", "资金使用合规性", "5", "符合财务管理制度和专项资金管理办法，审批程序完整，无截留、挤占、挪用、虚列支出，每发现一处问题扣1分")),
                        group("B2", "组织实施", null,
                                leaf("B21", "管理制度健全性", "5", "已制定或具有相应的财务和业务管理制度，制度合法、合规、完整"),
                                leaf("B22", "制度执行有效性", "5", "遵守相关法律法规和管理规定，调整及支出调整手续完备，资料齐全并及时归档"))),
                group("C", "产出", "产出数量、质量、时效和成本",
                        group("C1", "产出数量", null,
                                leaf("C11", "实际完成率", "10", "实际产出数 / 计划产出数 × 100%，得分 = 分值 × 完成率")),
                        group("C2", "产出质量", null,
                                leaf("C21", "质量达标率", "10", "质量达标产出数 / 实际产出数 × 100%，得分 = 分值 × 达标率")),
                        group("C3", "产出时效", null,
                                leaf("C31", "完成及时性", "8", "按计划时间完成得满分，每逾期一个月扣2分")),
                        group("C4", "产出成本", null,
                                leaf("C41", "成本节约率", "7", "(计划成本 − 实际成本) / 计划成本 × 100%；未超计划成本得满分，超支按比例扣分"))),
                group("D", "效益", "项目实施产生的效益和服务对象满意度",
                        group("D1", "项目效益", null,
                                leaf("D11", "实施效益", "15", "经济效益、社会效益、生态效益和可持续影响，按目标达成程度分档：达成 100%–80%，部分达成 80%–60%，未达成 60%–0"),
                                leaf("D12", "服务对象满意度", "10", "满意度调查结果：≥90% 满分，每低1个百分点扣0.5分"))));
        return EvaluationFramework.restore(new FrameworkReference(NATIONAL_PROJECT, 1), "项目支出绩效评价指标体系（财预〔2020〕10号）",
                FrameworkObjectKind.PROJECT, tree, Set.of("C", "D"), PUBLISHER, PUBLISHED_AT);
    }

    public static EvaluationFramework districtProject() {
        IndicatorTree tree = IndicatorTree.of(
                group("A", "项目支出", "资金投入、到位与使用情况",
                        group("A1", "资金投入", null,
                                leaf("A11", "资金到位率", "4", "资金到位率 = 实际到位资金 / 计划投入资金 × 100%，得分 = 分值 × 到位率"),
                                leaf("A12", "到位及时率", "4", "到位及时率 = 及时到位资金 / 应到位资金 × 100%，得分 = 分值 × 及时率")),
                        group("A2", "资金使用", null,
                                leaf("A21", "预算执行率", "6", "预算执行率 = 实际支出资金 / 实际到位资金 × 100%，得分 = 分值 × 执行率"),
                                leaf("A22", "资金使用合规性", "6", "无截留、挤占、挪用、虚列支出，审批程序完整，每发现一处问题扣1分"))),
                group("B", "项目执行过程", "立项、目标和组织管理情况",
                        group("B1", "立项与目标", null,
                                leaf("B11", "立项程序规范性", "4", "按规定程序立项，事前绩效评估和审批文件齐全"),
                                leaf("B12", "绩效目标合理性", "4", "绩效目标明确、细化、量化，与预算匹配")),
                        group("B2", "组织管理", null,
                                leaf("B21", "管理制度健全性", "6", "项目和资金管理制度健全、合法、完整"),
                                leaf("B22", "制度执行有效性", "6", "按制度执行，采购、合同、验收和档案资料齐全"))),
                group("C", "项目产出情况", "产出和效益（本区报告所称“项目产出情况”）",
                        group("C1", "项目产出", null,
                                leaf("C11", "实际完成率", "10", "实际产出数 / 计划产出数 × 100%，得分 = 分值 × 完成率"),
                                leaf("C12", "质量达标率", "10", "质量达标产出数 / 实际产出数 × 100%，得分 = 分值 × 达标率"),
                                leaf("C13", "完成及时性", "8", "按计划时间完成得满分，每逾期一个月扣2分"),
                                leaf("C14", "成本节约率", "7", "未超计划成本得满分，超支按比例扣分")),
                        group("C2", "项目效益", null,
                                leaf("C21", "实施效益", "15", "经济、社会、生态效益和可持续影响，按目标达成程度分档评分"),
                                leaf("C22", "服务对象满意度", "10", "满意度调查结果：≥90% 满分，每低1个百分点扣0.5分"))));
        return EvaluationFramework.restore(new FrameworkReference(DISTRICT_PROJECT, 1), "大祥区项目支出重点评价指标体系（项目支出/项目执行过程/项目产出情况）",
                FrameworkObjectKind.PROJECT, tree, Set.of("C"), PUBLISHER, PUBLISHED_AT);
    }

    public static EvaluationFramework departmentOverall() {
        IndicatorTree tree = IndicatorTree.of(
                group("A", "投入", "目标设定和预算配置",
                        group("A1", "目标设定", null,
                                leaf("A11", "绩效目标合理性", "2", "整体绩效目标符合部门职责和发展规划，与预算匹配"),
                                leaf("A12", "绩效指标明确性", "3", "整体绩效目标细化为清晰、可衡量的指标")),
                        group("A2", "预算配置", null,
                                leaf("A21", "在职人员控制率", "3", "在职人员数 / 编制数 ≤ 100% 得满分，每超1个百分点扣0.5分"),
                                leaf("A22", "“三公经费”变动率", "3", "本年“三公经费”较上年 ≤ 0 得满分，每增1个百分点扣0.5分"),
                                leaf("A23", "重点支出安排率", "4", "≥90% 得满分；[80%,90%) 得3分；[70%,80%) 得2分；[60%,70%) 得1分；<60% 不得分"))),
                group("B", "过程", "预算执行、预算管理和资产管理",
                        group("B1", "预算执行", null,
                                leaf("B11", "预算完成率", "4", "预算完成数 / 预算数 × 100%，得分 = 分值 × 完成率"),
                                leaf("B12", "预算调整率", "3", "=0 得3分；(0,10%] 得2分；(10%,20%] 得1分；(20%,30%] 得0.5分；>30% 不得分"),
                                leaf("B13", "支付进度率", "3", "每有一个专项未按进度支付扣0.5分"),
                                leaf("B14", "结转结余率", "3", "无结余得3分；不超过上年结转得2分；否则不得分"),
                                leaf("B15", "公用经费控制率", "2", "实际支出公用经费 / 预算安排公用经费 ≤ 100% 得满分"),
                                leaf("B16", "“三公经费”控制率", "3", "≤100% 得满分，每超1个百分点扣1分"),
                                leaf("B17", "政府采购执行率", "2", "实际政府采购金额 / 政府采购预算 × 100%")),
                        group("B2", "预算管理", null,
                                leaf("B21", "管理制度健全性", "3", "制度健全，每符合一项得1分"),
                                leaf("B22", "资金使用合规性", "3", "每发现一处违规扣1分"),
                                leaf("B23", "预决算信息公开性", "3", "按规定公开预决算信息，未公开或不及时不得分"),
                                leaf("B24", "基础信息完善性", "3", "基础数据信息和会计信息资料真实、完整、准确")),
                        group("B3", "资产管理", null,
                                leaf("B31", "资产管理制度健全性", "3", "资产管理制度健全，每缺一项扣1分"),
                                leaf("B32", "资产管理安全性", "3", "资产保存完整、使用合规、配置合理、处置规范、收入及时足额上缴"),
                                leaf("B33", "固定资产利用率", "2", "实际在用固定资产总额 / 所有固定资产总额 × 100%"))),
                group("C", "产出", "职责履行",
                        group("C1", "职责履行", null,
                                leaf("C11", "实际完成率", "7", "实际完成工作数 / 计划工作数 × 100%，得分 = 分值 × 完成率"),
                                leaf("C12", "完成及时率", "6", "及时完成工作数 / 实际完成工作数 × 100%"),
                                leaf("C13", "质量达标率", "6", "质量达标工作数 / 实际完成工作数 × 100%"),
                                leaf("C14", "重点工作办结率", "6", "已办结重点工作数 / 交办重点工作数 × 100%"))),
                group("D", "效果", "履职效益",
                        group("D1", "履职效益", null,
                                leaf("D11", "经济效益", "4", "按目标达成程度分档评分"),
                                leaf("D12", "社会效益", "6", "按目标达成程度分档评分"),
                                leaf("D13", "生态效益", "3", "按目标达成程度分档评分"),
                                leaf("D14", "社会公众或服务对象满意度", "7", "满意度调查结果：≥90% 满分，每低1个百分点扣0.5分"))));
        return EvaluationFramework.restore(new FrameworkReference(DEPARTMENT_OVERALL, 1), "部门整体支出绩效评价指标体系（投入/过程/产出/效果）",
                FrameworkObjectKind.DEPARTMENT_OVERALL, tree, Set.of(), PUBLISHER, PUBLISHED_AT);
    }
}
