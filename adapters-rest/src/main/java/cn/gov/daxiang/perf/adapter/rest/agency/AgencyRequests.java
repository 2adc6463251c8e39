package cn.gov.daxiang.perf.adapter.rest.agency;

import cn.gov.daxiang.perf.domain.agency.AgencyDetails;
import cn.gov.daxiang.perf.domain.agency.AgencyEvaluator;
import cn.gov.daxiang.perf.domain.review.ActorId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Request bodies of the agency register. */
public final class AgencyRequests {

    /** Evaluators of one request at most. */
    public static final int MAX_EVALUATORS = 200;

    private AgencyRequests() {
    }

    /** A new agency: id (e.g. ZHENRUI), registered name, optional unified social credit code and contact, first evaluators. */
    @Schema(name = "RegisterAgencyRequest")
    public record RegisterAgencyRequest(@NotBlank @Size(max = 40) @Schema(example = "ZHENRUI") String agencyId,
                                        @NotBlank @Size(max = AgencyDetails.NAME_MAX_LENGTH) @Schema(example = "湖南振睿会计师事务所") String name,
                                        @Size(max = 18) @Schema(example = "91430100MA4L0XXXXX") String creditCode,
                                        @Size(max = AgencyDetails.CONTACT_MAX_LENGTH) @Schema(example = "张三 0739-1234567") String contact,
                                        @Schema(description = "Default true") Boolean active,
                                        @Size(max = MAX_EVALUATORS) List<@NotNull @Valid EvaluatorRequest> evaluators) {
    }

    /** An agency's new description; {@code active} false stops it being commissioned. */
    @Schema(name = "ReviseAgencyRequest")
    public record ReviseAgencyRequest(@NotBlank @Size(max = AgencyDetails.NAME_MAX_LENGTH) @Schema(example = "湖南振睿会计师事务所") String name,
                                      @Size(max = 18) String creditCode,
                                      @Size(max = AgencyDetails.CONTACT_MAX_LENGTH) String contact, @Schema(description = "Default true") Boolean active) {
    }

    /** An evaluator on the roster: the user id their token carries and the name shown. */
    @Schema(name = "AgencyEvaluatorRequest")
    public record EvaluatorRequest(@NotBlank @Size(max = ActorId.MAX_LENGTH) @Schema(example = "zhenrui-evaluator") String userId,
                                   @NotBlank @Size(max = AgencyEvaluator.NAME_MAX_LENGTH) @Schema(example = "李四") String name) {
    }
}
