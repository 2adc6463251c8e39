package cn.gov.daxiang.perf.adapter.provincial.exchange;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/**
 * Budget units (agencies) and projects in the exchange format of the provincial platform. Element names
 * follow the 一体化 data standard where known (mof_div_code, agency_code, pro_code, fiscal_year).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReferenceDataDocument(String contractVersion, String mofDivCode, String mofDivName,
                                    List<Agency> agencies, List<ProjectRecord> projects) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Agency(String agencyCode, String agencyName, String parentAgencyCode, boolean isActive) {
    }

    /**
     * @param proCat   PERSONNEL, OPERATION or SPECIFIC_PURPOSE
     * @param proKinds SPECIAL_BOND, TRANSFER_PAYMENT, GOVERNMENT_PURCHASED_SERVICE, SOCIAL_SECURITY_FUND
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ProjectRecord(String proCode, String proName, String agencyCode, int fiscalYear, String proCat,
                                List<String> proKinds, Fund fund) {
    }

    /** Amounts in 元; the total is derived, never trusted from the wire. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Fund(BigDecimal fiscalAppropriation, BigDecimal carryOver, BigDecimal other) {
    }
}
