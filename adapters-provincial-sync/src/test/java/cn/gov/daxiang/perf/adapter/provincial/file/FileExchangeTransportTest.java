package cn.gov.daxiang.perf.adapter.provincial.file;

import cn.gov.daxiang.perf.adapter.provincial.TestSettings;
import cn.gov.daxiang.perf.adapter.provincial.exchange.ReferenceDataDocumentMapper;
import cn.gov.daxiang.perf.adapter.provincial.wire.WireCodec;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialReportChannel.DeliveryOutcome;
import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.project.Project;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FileExchangeTransportTest {

    @TempDir
    Path folder;

    private FileExchangeTransport transport(Optional<String> seed) {
        ObjectMapper json = new ObjectMapper();
        ReferenceDataDocumentMapper mapper = new ReferenceDataDocumentMapper();
        return new FileExchangeTransport(json, mapper, new WireCodec(json, mapper), new TestSettings(),
                folder.resolve("inbox"), folder.resolve("outbox"), seed);
    }

    @Test
    void theBundledSeedIsServedInPagesLikeTheOnlineLink() {
        FileExchangeTransport transport = transport(Optional.of("classpath:sample-district/daxiang.json"));
        FeedPage<Project> first = transport.projectChanges(0, 50);
        assertThat(first.changes()).hasSize(50);
        assertThat(first.hasMore()).isTrue();
        assertThat(first.remaining()).isEqualTo(19);
        FeedPage<Project> second = transport.projectChanges(first.nextCursor(), 50);
        assertThat(second.changes()).hasSize(19);
        assertThat(second.hasMore()).isFalse();
        assertThat(transport.projectChanges(second.nextCursor(), 50).changes()).isEmpty();
    }

    @Test
    void aBatchDroppedIntoTheInboxAddsItsChangesAfterTheSeed() throws Exception {
        FileExchangeTransport transport = transport(Optional.of("classpath:sample-district/daxiang.json"));
        Files.createDirectories(folder.resolve("inbox"));
        Files.writeString(folder.resolve("inbox/2024-10-batch.json"), """
                {"contract_version":"1.0","mof_div_code":"430503","batch_id":"b2",
                 "projects":[{"change_seq":70,"changed_at":"2024-10-01T00:00:00Z","deleted":true,"pro_code":"43050324T000000000101"}]}
                """);
        FeedPage<Project> page = transport.projectChanges(69, 100);
        assertThat(page.changes()).singleElement().satisfies(c -> assertThat(c.deleted()).isTrue());
    }

    @Test
    void aReportLeavesAsOneFileAndASecondDeliveryIsADuplicate() throws Exception {
        FileExchangeTransport transport = transport(Optional.empty());
        OutboxMessage message = OutboxMessage.of("sync.receipt", "sync-run", "r1", "{\"mof_div_code\":\"430503\"}", Instant.parse("2024-10-01T00:00:00Z"));
        assertThat(transport.deliver(message).kind()).isEqualTo(DeliveryOutcome.Kind.ACCEPTED);
        assertThat(transport.deliver(message).kind()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        try (var files = Files.list(folder.resolve("outbox"))) {
            assertThat(files.toList()).singleElement().satisfies(f -> {
                assertThat(f.getFileName().toString()).isEqualTo(message.getIdempotencyKey() + ".json");
                assertThat(Files.readString(f)).contains("\"message_type\":\"sync.receipt\"", "\"mof_div_code\":\"430503\"");
            });
        }
    }
}
