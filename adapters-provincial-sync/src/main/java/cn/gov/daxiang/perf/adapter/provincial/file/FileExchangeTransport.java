package cn.gov.daxiang.perf.adapter.provincial.file;

import cn.gov.daxiang.perf.adapter.provincial.exchange.ReferenceDataDocument;
import cn.gov.daxiang.perf.adapter.provincial.exchange.ReferenceDataDocumentMapper;
import cn.gov.daxiang.perf.adapter.provincial.wire.ProvincialTransport;
import cn.gov.daxiang.perf.adapter.provincial.wire.WireCodec;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialReportChannel.DeliveryOutcome;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.sync.Change;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The file exchange, for districts without an online link (perf.sync.transport=file). The province's batch files
 * (docs/provincial-api.md §5) are dropped into the inbox folder, in any number and order; their records, merged
 * per stream by change_seq, are served as pages exactly like the online link's, so the cursor rules, conflict
 * log and idempotency are the same. Files stay where they are (the cursor makes reading them again harmless).
 * Reports leave as one envelope file each in the outbox folder, named by idempotency key and written
 * atomically: a file that already exists is a duplicate delivery, never a second report.
 *
 * <p>Seed batches (perf.sync.exchange.seed, a comma-separated list of locations, e.g. the bundled sample district and its
 * further units) are read before the inbox, in the order listed.
 */
@ApplicationScoped
public class FileExchangeTransport implements ProvincialTransport {

    private final ObjectMapper json;
    private final ReferenceDataDocumentMapper mapper;
    private final WireCodec codec;
    private final SyncSettings settings;
    private final Path inbox;
    private final Path outbox;
    private final List<String> seeds;
    private Snapshot snapshot;

    @Inject
    public FileExchangeTransport(ObjectMapper json, ReferenceDataDocumentMapper mapper, WireCodec codec, SyncSettings settings,
                                 @ConfigProperty(name = "perf.sync.exchange.inbox") Path inbox,
                                 @ConfigProperty(name = "perf.sync.exchange.outbox") Path outbox,
                                 @ConfigProperty(name = "perf.sync.exchange.seed") Optional<String> seed) {
        this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.mapper = mapper;
        this.codec = codec;
        this.settings = settings;
        this.inbox = inbox;
        this.outbox = outbox;
        this.seeds = seed.map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(l -> !l.isEmpty()).toList()).orElse(List.of());
    }

    @Override
    public String name() {
        return "file";
    }

    @Override
    public FeedPage<BudgetUnit> agencyChanges(long after, int limit) {
        return page(SyncStream.AGENCIES, read().agencies, ReferenceDataDocument.Agency::changeSeq, mapper::toChange, after, limit);
    }

    @Override
    public FeedPage<Project> projectChanges(long after, int limit) {
        return page(SyncStream.PROJECTS, read().projects, ReferenceDataDocument.ProjectRecord::changeSeq, mapper::toChange, after, limit);
    }

    @Override
    public FeedPage<ProjectExecution> executionChanges(long after, int limit) {
        return page(SyncStream.EXECUTION, read().executions, ReferenceDataDocument.ExecutionRecord::changeSeq, mapper::toChange, after, limit);
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        try {
            Files.createDirectories(outbox);
            Path target = outbox.resolve(message.getIdempotencyKey() + ".json");
            if (Files.exists(target)) {
                return DeliveryOutcome.of(DeliveryOutcome.Kind.DUPLICATE, target.getFileName().toString());
            }
            Path temporary = Files.createTempFile(outbox, ".sending-", ".tmp");
            Files.writeString(temporary, codec.envelope(message, settings.mofDivCode()), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(temporary);
                return DeliveryOutcome.of(DeliveryOutcome.Kind.DUPLICATE, target.getFileName().toString());
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
            return DeliveryOutcome.of(DeliveryOutcome.Kind.ACCEPTED, target.toString());
        } catch (IOException e) {
            return DeliveryOutcome.of(DeliveryOutcome.Kind.FAILED, "cannot write to " + outbox + ": " + e.getMessage());
        }
    }

    private <R, T> FeedPage<T> page(SyncStream stream, TreeMap<Long, R> records, Function<R, Long> seqOf,
                                    Function<R, Change<T>> toChange, long after, int limit) {
        List<Change<T>> changes = new ArrayList<>();
        Map<Long, R> tail = records.tailMap(after, false);
        long next = after;
        for (R record : tail.values()) {
            if (changes.size() == limit) {
                break;
            }
            changes.add(toChange.apply(record));
            next = seqOf.apply(record);
        }
        long remaining = records.tailMap(next, false).size();
        return new FeedPage<>(stream, changes, next, remaining > 0, remaining);
    }

    /** The merged batches; read again only when the inbox's files changed. */
    private synchronized Snapshot read() {
        List<Path> files = inboxFiles();
        String signature = signature(files);
        if (snapshot != null && snapshot.signature.equals(signature)) {
            return snapshot;
        }
        Snapshot fresh = new Snapshot(signature);
        for (String seed : seeds) {
            fresh.add(parse(seed, () -> open(seed)));
        }
        for (Path file : files) {
            fresh.add(parse(file.toString(), () -> Files.newInputStream(file)));
        }
        snapshot = fresh;
        return fresh;
    }

    private List<Path> inboxFiles() {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(inbox)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the exchange inbox " + inbox, e);
        }
    }

    private static String signature(List<Path> files) {
        StringBuilder s = new StringBuilder();
        for (Path f : files) {
            try {
                s.append(f.getFileName()).append(':').append(Files.size(f)).append(':').append(Files.getLastModifiedTime(f).toMillis()).append(';');
            } catch (IOException e) {
                s.append(f.getFileName()).append(":?;");
            }
        }
        return s.toString();
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private ReferenceDataDocument parse(String name, Opener opener) {
        try (InputStream in = opener.open()) {
            ReferenceDataDocument document = json.readValue(in, ReferenceDataDocument.class);
            if (document.mofDivCode() != null && !document.mofDivCode().equals(settings.mofDivCode())) {
                throw new InvalidValueException("WIRE_PAGE_MALFORMED", Map.of("stream", "batch",
                        "reason", name + " is a batch of division " + document.mofDivCode() + ", not " + settings.mofDivCode()));
            }
            return document;
        } catch (IOException e) {
            throw new InvalidValueException("WIRE_PAGE_MALFORMED", Map.of("stream", "batch", "reason", name + ": " + e.getMessage()));
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no resource " + resource + " on the class path");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }

    private static final class Snapshot {
        final String signature;
        final TreeMap<Long, ReferenceDataDocument.Agency> agencies = new TreeMap<>();
        final TreeMap<Long, ReferenceDataDocument.ProjectRecord> projects = new TreeMap<>();
        final TreeMap<Long, ReferenceDataDocument.ExecutionRecord> executions = new TreeMap<>();

        Snapshot(String signature) {
            this.signature = signature;
        }

        void add(ReferenceDataDocument document) {
            nullSafe(document.agencies()).forEach(a -> agencies.putIfAbsent(seq(a.changeSeq()), a));
            nullSafe(document.projects()).forEach(p -> projects.putIfAbsent(seq(p.changeSeq()), p));
            nullSafe(document.executions()).forEach(e -> executions.putIfAbsent(seq(e.changeSeq()), e));
        }

        private static long seq(Long changeSeq) {
            if (changeSeq == null || changeSeq <= 0) {
                throw new InvalidValueException("WIRE_VALUE_MALFORMED", Map.of("element", "change_seq", "value", String.valueOf(changeSeq)));
            }
            return changeSeq;
        }

        private static <T> List<T> nullSafe(List<T> list) {
            return list == null ? List.of() : list;
        }
    }
}
