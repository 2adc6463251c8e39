package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.grade.GradeBand;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;

import java.util.List;

/**
 * A scheme's new name and bands (best first); the scheme checks them as it checks a new one.
 *
 * @param revision the revision finance administration read
 */
public record ReviseGradeSchemeCommand(GradeSchemeId id, long revision, String name, List<GradeBand> bands) {

    public ReviseGradeSchemeCommand {
        CommandFields.require("schemeId", id);
        bands = List.copyOf(CommandFields.require("bands", bands));
    }
}
