package cn.gov.daxiang.perf.adapter.provincial.exchange;

import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExchangeFileReferenceDataSourceTest {

    @TempDir
    Path folder;

    private ReferenceDataBatch load(String content) throws IOException {
        Path file = folder.resolve("batch.json");
        Files.writeString(file, content);
        return new ExchangeFileReferenceDataSource(new ObjectMapper(), new ReferenceDataDocumentMapper(), file.toString()).load();
    }

    private static String document(String amount) {
        return """
                {"contract_version":"1","mof_div_code":"430503",
                 "agencies":[{"agency_code":"108001","agency_name":"邵阳市大祥区住房和城乡建设局","parent_agency_code":null,"is_active":true}],
                 "projects":[{"pro_code":"43050324T000000000101","pro_name":"2024年度城镇老旧小区改造项目","agency_code":"108001",
                   "fiscal_year":2024,"pro_cat":"特定目标类","pro_kinds":["专项债券"],
                   "fund":{"fiscal_appropriation":%s,"carry_over":0,"other":0.10}}]}
                """.formatted(amount);
    }

    @Test
    void aFileOnDiskIsReadWithExactAmountsAndChineseLabels() throws IOException {
        ReferenceDataBatch batch = load(document("36500000.05"));

        assertThat(batch.units()).singleElement().satisfies(u -> assertThat(u.getName()).isEqualTo("邵阳市大祥区住房和城乡建设局"));
        assertThat(batch.projects()).singleElement().satisfies(p -> {
            assertThat(p.getFunds().total()).isEqualTo(Money.of("36500000.15"));
            assertThat(p.getKinds()).containsExactly(ProjectKind.SPECIAL_BOND);
        });
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefusedNotRounded() {
        assertThatThrownBy(() -> load(document("36500000.005")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("MONEY_TOO_PRECISE"));
    }

    @Test
    void aMissingFileIsReportedWithItsLocation() {
        ExchangeFileReferenceDataSource source = new ExchangeFileReferenceDataSource(new ObjectMapper(),
                new ReferenceDataDocumentMapper(), folder.resolve("absent.json").toString());
        assertThatThrownBy(source::load).isInstanceOf(UncheckedIOException.class).hasMessageContaining("absent.json");
    }
}
