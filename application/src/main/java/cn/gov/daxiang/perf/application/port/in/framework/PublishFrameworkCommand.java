package cn.gov.daxiang.perf.application.port.in.framework;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkObjectKind;
import cn.gov.daxiang.perf.domain.framework.IndicatorTree;

import java.util.Set;

/**
 * The next version of a framework (version 1 of a new code).
 *
 * @param resultGroups the level-1 codes whose points together should reach 60 (产出, 效益); empty for none
 */
public record PublishFrameworkCommand(FrameworkCode code, String name, FrameworkObjectKind objectKind, IndicatorTree indicators,
                                      Set<String> resultGroups) {

    public PublishFrameworkCommand {
        CommandFields.require("code", code);
        CommandFields.require("objectKind", objectKind);
        CommandFields.require("indicators", indicators);
        resultGroups = resultGroups == null ? Set.of() : Set.copyOf(resultGroups);
    }
}
