package cn.gov.daxiang.perf.adapter.persistence.allocation;

import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.application.port.out.AllocationPolicyRepository;
import cn.gov.daxiang.perf.domain.allocation.Adjustment;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.allocation.AllocationRule;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Policy versions and their rules (hand-mapped: two flat tables); a version is read in two statements. */
@ApplicationScoped
public class AllocationPolicyPersistenceAdapter implements AllocationPolicyRepository {

    private final AllocationPolicyPanacheRepository policies;
    private final AllocationPolicyRulePanacheRepository rules;

    @Inject
    public AllocationPolicyPersistenceAdapter(AllocationPolicyPanacheRepository policies, AllocationPolicyRulePanacheRepository rules) {
        this.policies = policies;
        this.rules = rules;
    }

    @Override
    public Optional<AllocationPolicy> findCurrent() {
        return policies.findAll(Sort.descending("policyVersion")).firstResultOptional().map(this::toDomain);
    }

    @Override
    public Optional<AllocationPolicy> findByVersion(int version) {
        return policies.find("policyVersion", version).firstResultOptional().map(this::toDomain);
    }

    @Override
    public List<AllocationPolicy> findAll() {
        return policies.listAll(Sort.ascending("policyVersion")).stream().map(this::toDomain).toList();
    }

    @Override
    public void add(AllocationPolicy policy) {
        if (policies.count("policyVersion", policy.getVersion()) > 0) {
            throw taken(policy);
        }
        AllocationPolicyJpaEntity root = new AllocationPolicyJpaEntity();
        root.policyVersion = policy.getVersion();
        root.precedence = policy.getPrecedence().stream().map(Enum::name).collect(Collectors.joining(","));
        root.publishedBy = policy.getPublishedBy().map(ActorId::value).orElse(null);
        root.publishedAt = policy.getPublishedAt().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null);
        policies.persist(root);
        int ordinal = 0;
        for (AllocationRule rule : policy.getRules()) {
            AllocationPolicyRuleJpaEntity row = new AllocationPolicyRuleJpaEntity();
            row.policyPk = root.id;
            row.ordinal = ordinal++;
            row.evaluationType = rule.evaluationType().name();
            row.grade = rule.grade() == null ? null : rule.grade().name();
            row.minScore = rule.minScore();
            row.maxScore = rule.maxScore();
            row.treatment = rule.treatment().name();
            row.adjustmentPercent = rule.adjustment().percent();
            rules.persist(row);
        }
        try {
            policies.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_allocation_policy_version")) {
                throw taken(policy);
            }
            throw e;
        }
    }

    private AllocationPolicy toDomain(AllocationPolicyJpaEntity root) {
        List<AllocationRule> ruleList = rules.list("policyPk", Sort.by("ordinal"), root.id).stream()
                .map(r -> new AllocationRule(EvaluationType.valueOf(r.evaluationType), r.grade == null ? null : Grade.valueOf(r.grade),
                        r.minScore, r.maxScore, Treatment.valueOf(r.treatment), new Adjustment(r.adjustmentPercent)))
                .toList();
        List<EvaluationType> precedence = Arrays.stream(root.precedence.split(",")).map(String::strip).map(EvaluationType::valueOf).toList();
        return AllocationPolicy.restore(root.policyVersion, precedence, ruleList,
                root.publishedBy == null ? null : ActorId.of(root.publishedBy),
                root.publishedAt == null ? null : root.publishedAt.toInstant());
    }

    private static AlreadyExistsException taken(AllocationPolicy policy) {
        return new AlreadyExistsException("ALLOCATION_POLICY_VERSION_TAKEN", Map.of("version", policy.getVersion()));
    }
}
