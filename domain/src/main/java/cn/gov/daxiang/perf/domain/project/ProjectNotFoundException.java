package cn.gov.daxiang.perf.domain.project;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

public class ProjectNotFoundException extends NotFoundException {

    public ProjectNotFoundException(ProjectCode code) {
        super("PROJECT_NOT_FOUND", Map.of("projectCode", code.value()));
    }
}
