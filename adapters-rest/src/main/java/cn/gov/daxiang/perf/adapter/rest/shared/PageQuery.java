package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code page} and {@code size} of a list, as one bean parameter ({@code @BeanParam @Valid PageQuery paging}). */
public class PageQuery {

    @QueryParam("page")
    @Min(1)
    @Parameter(description = "Page number, from 1 (default 1)", example = "1")
    public Integer page;

    @QueryParam("size")
    @Min(1)
    @Max(Paging.MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 100 (default 20)", example = "20")
    public Integer size;

    public Paging paging() {
        return new Paging(page == null ? 1 : page, size == null ? Paging.DEFAULT_SIZE : size);
    }
}
