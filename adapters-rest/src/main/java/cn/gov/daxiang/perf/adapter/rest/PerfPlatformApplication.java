package cn.gov.daxiang.perf.adapter.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "大祥区预算绩效管理平台 API", version = "v1",
        description = "Budget performance management for 邵阳市大祥区财政局 and its budget units. "
                + "Errors are RFC 9457 problem+json with a stable code; messages follow Accept-Language (zh-CN default, en)."))
public class PerfPlatformApplication extends Application {
}
