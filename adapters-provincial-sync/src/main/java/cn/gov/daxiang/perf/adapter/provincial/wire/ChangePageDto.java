package cn.gov.daxiang.perf.adapter.provincial.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * One page of a change feed on the wire: {@code records} in ascending change_seq, the cursor to ask from next
 * (a decimal change_seq, as text), whether more follows, and how many changes remain after this page.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChangePageDto<R>(String contractVersion, String mofDivCode, String stream, List<R> records, String nextCursor,
                               Boolean hasMore, Long remaining) {
}
