package cn.gov.daxiang.perf.domain.shared;

import cn.gov.daxiang.perf.domain.project.ProjectKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelledTest {

    @Test
    void aCodedValueIsFoundByItsCodeInAnyCaseOrByItsLabel() {
        assertThat(Labelled.find(ProjectKind.class, "special_bond")).contains(ProjectKind.SPECIAL_BOND);
        assertThat(Labelled.find(ProjectKind.class, " 专项债券 ")).contains(ProjectKind.SPECIAL_BOND);
        assertThat(Labelled.find(ProjectKind.class, "专项")).isEmpty();
        assertThat(Labelled.find(ProjectKind.class, null)).isEmpty();
    }

    @Test
    void anUnknownValueIsRefusedNamingTheFieldAndEveryAllowedCode() {
        assertThatThrownBy(() -> Labelled.parse(ProjectKind.class, "kind", "债券"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALUE_NOT_ALLOWED");
                    assertThat(e.field()).contains("kind");
                    assertThat(e.arguments().get("allowed").toString())
                            .isEqualTo("SPECIAL_BOND, TRANSFER_PAYMENT, GOVERNMENT_PURCHASED_SERVICE, SOCIAL_SECURITY_FUND");
                });
    }
}
