package cn.gov.daxiang.perf.adapter.persistence.shared;

import cn.gov.daxiang.perf.adapter.persistence.indicator.IndicatorTemplateJpaEntity;
import cn.gov.daxiang.perf.domain.shared.ConcurrentChangeException;
import cn.gov.daxiang.perf.domain.shared.ConcurrentChangeException.Collision;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A use case whose change fails only when its transaction commits (the insert is flushed by the commit itself) is
 * refused with the domain's CONCURRENT_CHANGE, in a transaction it joins or starts (REQUIRED) and in one of its own
 * (REQUIRES_NEW), and nothing of it is kept.
 */
@QuarkusTest
class TransactionFailureTranslationTest {

    @Inject
    Writes writes;
    @Inject
    EntityManager em;

    /** Stands in for a use case: the template's insert waits for the commit. */
    @ApplicationScoped
    static class Writes {

        @Inject
        EntityManager em;

        @Transactional
        public void insert(UUID templateId, String name) {
            em.persist(template(templateId, name));
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void insertInANewTransaction(UUID templateId, String name) {
            em.persist(template(templateId, name));
        }

        @Transactional
        public long count(UUID templateId) {
            return em.createQuery("select count(t) from IndicatorTemplateJpaEntity t where t.templateId = :id", Long.class)
                    .setParameter("id", templateId).getSingleResult();
        }

        private static IndicatorTemplateJpaEntity template(UUID templateId, String name) {
            IndicatorTemplateJpaEntity t = new IndicatorTemplateJpaEntity();
            t.templateId = templateId;
            t.industry = "测试";
            t.level1 = "OUTPUT";
            t.level2 = "QUANTITY";
            t.name = name;
            t.valueType = "QUANTITATIVE";
            t.keywords = "";
            t.active = true;
            t.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            t.updatedAt = t.createdAt;
            return t;
        }
    }

    @Test
    void aUniqueKeyViolatedAtCommitIsAConcurrentChangeNotAServerError() {
        UUID id = UUID.randomUUID();
        writes.insert(id, "先提交的指标");
        assertThatThrownBy(() -> writes.insert(id, "同时提交的指标"))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> assertThat(e.collision()).isEqualTo(Collision.KEY));
        assertThat(writes.count(id)).isEqualTo(1);
    }

    @Test
    void aUniqueKeyViolatedAtTheCommitOfANewTransactionIsAConcurrentChangeToo() {
        UUID id = UUID.randomUUID();
        writes.insertInANewTransaction(id, "先提交的指标");
        assertThatThrownBy(() -> writes.insertInANewTransaction(id, "同时提交的指标"))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> assertThat(e.collision()).isEqualTo(Collision.KEY));
        assertThat(writes.count(id)).isEqualTo(1);
    }
}
