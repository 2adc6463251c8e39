package cn.gov.daxiang.perf.adapter.provincial.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/**
 * An exchange batch of the provincial platform (docs/provincial-api.md §5): budget units (agencies), projects and
 * execution figures, each record with its change metadata (change_seq, changed_at, deleted). Element names follow
 * the 一体化 data standard where known (mof_div_code, agency_code, pro_code, fiscal_year). The same record shapes
 * travel in the pages of the online link.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferenceDataDocument(String contractVersion, String mofDivCode, String mofDivName, String batchId,
                                    List<Agency> agencies, List<ProjectRecord> projects, List<ExecutionRecord> executions) {

    /** @param changeSeq the change's position in the agencies stream (absent in a plain snapshot file) */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Agency(Long changeSeq, String changedAt, Boolean deleted, String agencyCode, String agencyName,
                         String parentAgencyCode, Boolean isActive) {

        public boolean isDeletion() {
            return Boolean.TRUE.equals(deleted);
        }
    }

    /**
     * @param proCat   PERSONNEL, OPERATION or SPECIFIC_PURPOSE
     * @param proKinds SPECIAL_BOND, TRANSFER_PAYMENT, GOVERNMENT_PURCHASED_SERVICE, SOCIAL_SECURITY_FUND
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProjectRecord(Long changeSeq, String changedAt, Boolean deleted, String proCode, String proName,
                                String agencyCode, Integer fiscalYear, String proCat, List<String> proKinds, Fund fund) {

        public boolean isDeletion() {
            return Boolean.TRUE.equals(deleted);
        }
    }

    /** Amounts in 元; the total is derived, never trusted from the wire. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Fund(BigDecimal fiscalAppropriation, BigDecimal carryOver, BigDecimal other) {
    }

    /** 预算执行: the adjusted budget and the amount executed (paid) of a project as of a day. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExecutionRecord(Long changeSeq, String changedAt, Boolean deleted, String proCode, Integer fiscalYear,
                                  BigDecimal adjustedBudgetAmount, BigDecimal executedAmount, String asOfDate) {

        public boolean isDeletion() {
            return Boolean.TRUE.equals(deleted);
        }
    }
}
