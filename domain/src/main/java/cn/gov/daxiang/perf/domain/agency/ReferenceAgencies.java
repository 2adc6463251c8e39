package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.access.AgencyId;

import java.util.List;

/**
 * The agencies every installation starts with (migration V26 stores the same rows): 邵阳臻瑞咨询服务有限责任公司, the
 * bureau's evaluator of 2024, and a second agency, each with the evaluator of the demo identities.
 */
public final class ReferenceAgencies {

    public static final AgencyId ZHENRUI = new AgencyId("ZHENRUI");
    public static final AgencyId OTHER_AGENCY = new AgencyId("OTHERAGENCY");

    private ReferenceAgencies() {
    }

    public static List<Agency> all() {
        return List.of(
                Agency.restore(ZHENRUI, new AgencyDetails("邵阳臻瑞咨询服务有限责任公司", null, null, true),
                        List.of(AgencyEvaluator.of("zhenrui-evaluator", "邵阳臻瑞咨询服务有限责任公司评价人员"))),
                Agency.restore(OTHER_AGENCY, new AgencyDetails("另一家第三方评价机构（演示）", null, null, true),
                        List.of(AgencyEvaluator.of("other-evaluator", "另一家第三方机构评价人员"))));
    }
}
