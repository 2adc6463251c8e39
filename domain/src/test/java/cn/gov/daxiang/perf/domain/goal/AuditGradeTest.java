package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.grade.Grade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditGradeTest {

    @Test
    void zhongIsMediumAsInTheGradeSchemes() {
        assertThat(AuditGrade.parse("中")).isEqualTo(AuditGrade.MEDIUM);
        assertThat(AuditGrade.parse("medium")).isEqualTo(AuditGrade.MEDIUM);
        assertThat(AuditGrade.MEDIUM.label()).isEqualTo(Grade.MEDIUM.label());
    }

    @Test
    void everyAuditGradeHasTheCodeOfTheSchemeGradeWithItsLabel() {
        for (AuditGrade grade : AuditGrade.values()) {
            Grade sameLabel = java.util.Arrays.stream(Grade.values()).filter(g -> g.label().equals(grade.label())).findFirst().orElseThrow();
            assertThat(sameLabel.name()).as(grade.label()).isEqualTo(grade.name());
        }
    }
}
