package cn.gov.daxiang.perf.adapter.provincial.wire;

import cn.gov.daxiang.perf.adapter.provincial.exchange.ReferenceDataDocument;
import cn.gov.daxiang.perf.adapter.provincial.exchange.ReferenceDataDocumentMapper;
import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.sync.Change;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads pages and writes report envelopes of the wire contract. A page that is not valid JSON, names another
 * contract version, district or stream, or carries a record the domain refuses, is refused whole: nothing of it
 * is applied and the cursor stays where it was.
 */
@ApplicationScoped
public class WireCodec {

    private final ObjectMapper json;
    private final ReferenceDataDocumentMapper mapper;

    @Inject
    public WireCodec(ObjectMapper json, ReferenceDataDocumentMapper mapper) {
        this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.mapper = mapper;
    }

    /** The stream's name in paths and pages: agencies, projects, executions. */
    public static String wireName(SyncStream stream) {
        return switch (stream) {
            case AGENCIES -> "agencies";
            case PROJECTS -> "projects";
            case EXECUTION -> "executions";
        };
    }

    public FeedPage<BudgetUnit> agencies(String body, String mofDivCode) {
        return page(body, mofDivCode, SyncStream.AGENCIES, ReferenceDataDocument.Agency.class, mapper::toChange);
    }

    public FeedPage<Project> projects(String body, String mofDivCode) {
        return page(body, mofDivCode, SyncStream.PROJECTS, ReferenceDataDocument.ProjectRecord.class, mapper::toChange);
    }

    public FeedPage<ProjectExecution> executions(String body, String mofDivCode) {
        return page(body, mofDivCode, SyncStream.EXECUTION, ReferenceDataDocument.ExecutionRecord.class, mapper::toChange);
    }

    private <R, T> FeedPage<T> page(String body, String mofDivCode, SyncStream stream, Class<R> recordType,
                                    Function<R, Change<T>> toChange) {
        JavaType type = json.getTypeFactory().constructParametricType(ChangePageDto.class, recordType);
        ChangePageDto<R> dto;
        try {
            dto = json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw malformed(stream, "not a page of the wire contract: " + e.getOriginalMessage());
        }
        if (dto == null || dto.contractVersion() == null || !dto.contractVersion().split("\\.")[0].equals(WireContract.MAJOR)) {
            throw malformed(stream, "contract_version " + (dto == null ? null : dto.contractVersion()) + " is not 1.x");
        }
        if (!mofDivCode.equals(dto.mofDivCode())) {
            throw malformed(stream, "mof_div_code " + dto.mofDivCode() + " is not this district's " + mofDivCode);
        }
        if (!wireName(stream).equals(dto.stream())) {
            throw malformed(stream, "stream " + dto.stream() + " is not " + wireName(stream));
        }
        if (dto.records() == null || dto.nextCursor() == null || dto.hasMore() == null) {
            throw malformed(stream, "records, next_cursor and has_more are required");
        }
        long next;
        try {
            next = Long.parseLong(dto.nextCursor());
        } catch (NumberFormatException e) {
            throw malformed(stream, "next_cursor " + dto.nextCursor() + " is not a change_seq");
        }
        List<Change<T>> changes = dto.records().stream().map(toChange).toList();
        return new FeedPage<>(stream, changes, next, dto.hasMore(), dto.remaining() == null ? 0 : dto.remaining());
    }

    /** The report envelope: the message's identity and type, the district, and the payload as it is. */
    public String envelope(OutboxMessage message, String mofDivCode) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("contract_version", WireContract.VERSION);
        envelope.put("mof_div_code", mofDivCode);
        envelope.put("message_id", message.getId().toString());
        envelope.put("idempotency_key", message.getIdempotencyKey());
        envelope.put("message_type", message.getMessageType());
        envelope.put("subject_type", message.getSubjectType());
        envelope.put("subject_id", message.getSubjectId());
        envelope.put("created_at", message.getCreatedAt().toString());
        try {
            envelope.set("payload", json.readTree(message.getPayload()));
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the payload of message " + message.getId() + " is not JSON", e);
        }
    }

    public ReportReceiptDto receipt(String body) {
        try {
            return json.readValue(body, ReportReceiptDto.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the province's receipt is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static InvalidValueException malformed(SyncStream stream, String reason) {
        return new InvalidValueException("WIRE_PAGE_MALFORMED", Map.of("stream", stream.name().toLowerCase(Locale.ROOT), "reason", reason));
    }
}
