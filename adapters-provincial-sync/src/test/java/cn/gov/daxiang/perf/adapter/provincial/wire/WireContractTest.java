package cn.gov.daxiang.perf.adapter.provincial.wire;

import cn.gov.daxiang.perf.adapter.provincial.exchange.ReferenceDataDocumentMapper;
import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.application.sync.SyncCursor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.sync.Change;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wire contract as the simulator serves it over HTTP and the adapter's codec reads it: both sides agree. */
class WireContractTest {

    private final ProvincialPlatformSimulator simulator = ProvincialPlatformSimulator.start(0, 1L).seedSampleDistrict();
    private final WireCodec codec = new WireCodec(new ObjectMapper(), new ReferenceDataDocumentMapper());
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        simulator.close();
    }

    private String get(String stream, long after, int limit) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(simulator.url() + "/exchange/v1/divisions/430503/"
                + stream + "/changes?after=" + after + "&limit=" + limit)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void theSampleDistrictPagesThroughCompletelyWithExactAmountsAndChineseNames() throws Exception {
        List<Project> projects = new ArrayList<>();
        SyncCursor cursor = SyncCursor.start(SyncStream.PROJECTS);
        int pages = 0;
        while (true) {
            FeedPage<Project> page = codec.projects(get("projects", cursor.position(), 10), "430503");
            page.freshAfter(cursor).forEach(c -> projects.add(c.record()));
            cursor = cursor.advancedTo(page.nextCursor());
            pages++;
            if (!page.hasMore()) {
                break;
            }
            assertThat(page.pagesRemaining(10)).isPositive();
        }
        assertThat(projects).hasSize(simulator.current("projects").size()).hasSize(69);
        assertThat(pages).isEqualTo(7);
        assertThat(projects).filteredOn(p -> p.getName().equals("学前教育保教费减免及幼儿资助")).singleElement()
                .satisfies(p -> assertThat(p.getFunds().total()).isEqualTo(Money.of("1250000.50")));
    }

    @Test
    void agenciesAndExecutionFiguresAreReadToo() throws Exception {
        FeedPage<BudgetUnit> units = codec.agencies(get("agencies", 0, 500), "430503");
        assertThat(units.changes()).hasSize(25);
        assertThat(units.hasMore()).isFalse();
        FeedPage<ProjectExecution> executions = codec.executions(get("executions", 0, 500), "430503");
        assertThat(executions.changes()).extracting(Change::record).allSatisfy(e -> assertThat(e.execution().executed().isGreaterThan(e.execution().adjustedBudget())).isFalse());
    }

    @Test
    void aDeletionTravelsAsADeletedRecordWithItsKey() throws Exception {
        simulator.deleteProject("43050324T000000000101");
        FeedPage<Project> page = codec.projects(get("projects", 69, 100), "430503");
        assertThat(page.changes()).singleElement().satisfies(c -> {
            assertThat(c.deleted()).isTrue();
            assertThat(c.key()).isEqualTo("43050324T000000000101");
        });
    }

    @Test
    void aMalformedPageOrAnotherDivisionsPageIsRefusedWhole() throws Exception {
        String page = get("projects", 0, 5);
        assertThatThrownBy(() -> codec.projects(page.substring(0, page.length() / 2), "430503"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("WIRE_PAGE_MALFORMED"));
        assertThatThrownBy(() -> codec.projects(page, "430502")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> codec.agencies(page, "430503")).as("a projects page is no agencies page").isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> codec.projects(page.replace("\"contract_version\":\"1.0\"", "\"contract_version\":\"2.0\""), "430503"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theSameReportTwiceIsKeptOnceAndAnsweredAsDuplicate() throws Exception {
        String envelope = "{\"contract_version\":\"1.0\",\"mof_div_code\":\"430503\",\"message_id\":\"m1\",\"idempotency_key\":\"daxiang-k1\","
                + "\"message_type\":\"sync.receipt\",\"payload\":{\"note\":\"同步回执\"}}";
        HttpRequest post = HttpRequest.newBuilder(URI.create(simulator.url() + "/exchange/v1/divisions/430503/reports"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "daxiang-k1")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build();
        HttpResponse<String> first = http.send(post, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(codec.receipt(second.body()).status()).isEqualTo("DUPLICATE");
        assertThat(simulator.acceptedCounts()).containsEntry("daxiang-k1", 1);
        assertThat(simulator.deliveries()).hasSize(2);
        assertThat(simulator.acceptedReports().get("daxiang-k1").path("payload").path("note").asText()).isEqualTo("同步回执");
    }
}
