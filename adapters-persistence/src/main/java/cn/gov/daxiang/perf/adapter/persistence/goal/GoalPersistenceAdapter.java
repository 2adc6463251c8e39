package cn.gov.daxiang.perf.adapter.persistence.goal;

import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalSubject;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.LiveGoal;
import cn.gov.daxiang.perf.domain.goal.GoalVersion;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.indicator.ApprovedIndicatorSample;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.SimilarProject;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores goals in three tables (goal, version, indicator) and reads one goal with its whole tree in two
 * statements: the goal joined with its versions, then the versions' indicators.
 */
@ApplicationScoped
public class GoalPersistenceAdapter implements GoalRepository {

    /** The states of a {@link LiveGoal}, as the status column spells them. */
    private static final List<String> LIVE_STATUSES = LiveGoal.liveStatuses().stream().map(Enum::name).sorted().toList();

    private final PerformanceGoalPanacheRepository roots;
    private final GoalVersionPanacheRepository versions;
    private final GoalIndicatorPanacheRepository indicators;
    private final GoalPersistenceMapper mapper;

    @Inject
    public GoalPersistenceAdapter(PerformanceGoalPanacheRepository roots, GoalVersionPanacheRepository versions,
                                  GoalIndicatorPanacheRepository indicators, GoalPersistenceMapper mapper) {
        this.roots = roots;
        this.versions = versions;
        this.indicators = indicators;
        this.mapper = mapper;
    }

    // --- reading ----------------------------------------------------------------------------------

    @Override
    public Optional<Stored> findById(GoalId id) {
        List<Object[]> rows = em().createQuery("select g, v, a.agencyId from PerformanceGoalJpaEntity g"
                + " join GoalVersionJpaEntity v on v.goalPk = g.id"
                + " left join GoalReviewAssignmentJpaEntity a on a.goalId = g.goalId"
                + " where g.goalId = :id order by v.versionNumber", Object[].class)
                .setParameter("id", id.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        PerformanceGoalJpaEntity root = (PerformanceGoalJpaEntity) rows.get(0)[0];
        List<GoalVersionJpaEntity> goalVersions = rows.stream().map(r -> (GoalVersionJpaEntity) r[1]).toList();
        String agency = (String) rows.get(0)[2];
        return Optional.of(new Stored(mapper.toDomain(root, goalVersions, indicatorsOf(goalVersions)), root.version,
                agency == null ? null : new AgencyId(agency)));
    }

    @Override
    public Page<Stored> find(GoalCriteria criteria, DataScope scope, AgencyId agency, Paging paging) {
        if (scope.isEmpty() && agency == null) {
            return Page.of(List.of(), paging, 0);
        }
        DynamicQuery query = new DynamicQuery();
        if (!scope.unrestricted()) {
            Map<String, Object> visibility = new HashMap<>();
            String condition = "unitCode in :scope";
            visibility.put("scope", scope.isEmpty() ? List.of("-") : DynamicQuery.codes(scope));
            if (agency != null) {
                condition += " or goalId in (select a.goalId from GoalReviewAssignmentJpaEntity a where a.agencyId = :agency)";
                visibility.put("agency", agency.value());
            }
            query.and(condition, visibility);
        }
        criteria.fiscalYearFilter().ifPresent(y -> query.and("fiscalYear = :fiscalYear", "fiscalYear", y.value()));
        criteria.unitCodeFilter().ifPresent(u -> query.and("unitCode = :unitCode", "unitCode", u.value()));
        criteria.kindFilter().ifPresent(k -> query.and("kind = :kind", "kind", k.name()));
        criteria.statusFilter().ifPresent(s -> query.and("currentStatus = :status", "status", s.name()));
        criteria.projectCodeFilter().ifPresent(p -> query.and("projectCode = :projectCode", "projectCode", p.value()));
        Page<PerformanceGoalJpaEntity> page = query.pageByIds(roots, PerformanceGoalJpaEntity.class, Sort.descending("id"), paging);
        return Page.of(assemble(page.items()), paging, page.total());
    }

    @Override
    public List<PerformanceGoal> findByProject(ProjectCode project) {
        return assemble(roots.list("projectCode", Sort.by("id"), project.value())).stream().map(Stored::goal).toList();
    }

    @Override
    public Optional<GoalId> findLive(LiveGoal subject) {
        return roots.find("kind = ?1 and fiscalYear = ?2 and subjectKey = ?3 and currentStatus in ?4", subject.kind().name(),
                        subject.fiscalYear().value(), subject.subjectKey(), LIVE_STATUSES)
                .firstResultOptional().map(r -> new GoalId(r.goalId));
    }

    @Override
    public Set<String> findLiveSubjectKeys(GoalKind kind, FiscalYear year, Collection<String> subjectKeys) {
        return Chunks.of(List.copyOf(subjectKeys))
                .flatMap(chunk -> em().createQuery("select g.subjectKey from PerformanceGoalJpaEntity g where g.kind = :kind"
                                + " and g.fiscalYear = :year and g.currentStatus in :live and g.subjectKey in :keys", String.class)
                        .setParameter("kind", kind.name()).setParameter("year", year.value()).setParameter("live", LIVE_STATUSES)
                        .setParameter("keys", chunk)
                        .getResultList().stream())
                .collect(Collectors.toSet());
    }

    @Override
    public List<ApprovedGoalSubject> approvedSubjects(FiscalYear year) {
        return em().createQuery("select g.kind, g.unitCode, g.projectCode from PerformanceGoalJpaEntity g"
                        + " where g.fiscalYear = :year and g.approvedVersionNo is not null", Object[].class)
                .setParameter("year", year.value()).getResultList().stream()
                .map(r -> new ApprovedGoalSubject(year, GoalKind.valueOf((String) r[0]), new UnitCode((String) r[1]),
                        r[2] == null ? null : new ProjectCode((String) r[2])))
                .toList();
    }

    @Override
    public List<ApprovedGoalSubject> approvedSubjects(FiscalYear year, GoalKind kind) {
        return em().createQuery("select g.unitCode, g.projectCode from PerformanceGoalJpaEntity g"
                        + " where g.fiscalYear = :year and g.kind = :kind and g.approvedVersionNo is not null", Object[].class)
                .setParameter("year", year.value()).setParameter("kind", kind.name()).getResultList().stream()
                .map(r -> new ApprovedGoalSubject(year, kind, new UnitCode((String) r[0]), r[1] == null ? null : new ProjectCode((String) r[1])))
                .toList();
    }

    @Override
    public List<ApprovedIndicatorSample> approvedIndicatorSamples(SimilarProject similar, int limit) {
        // SimilarProject#matches, as a join: the category, the department (supervising the sample's unit, or being it), the unit
        List<Object[]> rows = em().createQuery("select i, g.fiscalYear, p.category, p.id, u.supervisingDepartmentCode, g.unitCode"
                        + " from GoalIndicatorJpaEntity i, GoalVersionJpaEntity v, PerformanceGoalJpaEntity g,"
                        + " ProjectJpaEntity p, BudgetUnitJpaEntity u"
                        + " where i.versionPk = v.id and v.goalPk = g.id and v.versionNumber = g.approvedVersionNo"
                        + " and p.projectCode = g.projectCode and u.unitCode = g.unitCode and g.projectCode <> :excluding"
                        + " and (p.category = :category or u.supervisingDepartmentCode = :department or u.unitCode = :department"
                        + " or g.unitCode = :unit)"
                        + " order by g.id desc, i.ordinal", Object[].class)
                .setParameter("excluding", similar.excluding() == null ? "-" : similar.excluding().value())
                .setParameter("category", similar.category())
                .setParameter("department", similar.department().value())
                .setParameter("unit", similar.unit().value())
                .setMaxResults(limit).getResultList();
        Map<Long, Set<ProjectKind>> kinds = kindsOf(rows.stream().map(r -> (Long) r[3]).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            String sampleUnit = (String) r[5];
            String sampleDepartment = r[4] == null ? sampleUnit : (String) r[4];
            return new ApprovedIndicatorSample(mapper.toDomain((GoalIndicatorJpaEntity) r[0]), FiscalYear.of((Integer) r[1]),
                    (ProjectCategory) r[2], kinds.getOrDefault((Long) r[3], Set.of()), new UnitCode(sampleDepartment),
                    new UnitCode(sampleUnit), null);
        }).toList();
    }

    // --- writing ----------------------------------------------------------------------------------

    @Override
    public long add(PerformanceGoal goal) {
        PerformanceGoalJpaEntity root = persistNew(goal);
        flush(goal);
        return root.version;
    }

    /** Goals written per flush in an import: keeps the session small and the JDBC batches full. */
    private static final int IMPORT_FLUSH_EVERY = 200;

    @Override
    public void addAll(List<PerformanceGoal> goals) {
        for (int from = 0; from < goals.size(); from += IMPORT_FLUSH_EVERY) {
            List<PerformanceGoal> chunk = goals.subList(from, Math.min(goals.size(), from + IMPORT_FLUSH_EVERY));
            // Rows of one table persisted together: Hibernate batches only consecutive inserts of the same statement,
            // so goal, version and indicators interleaved would send three small batches per goal.
            List<PerformanceGoalJpaEntity> chunkRoots = chunk.stream().map(this::persistRoot).toList();
            List<Map.Entry<GoalVersionJpaEntity, GoalVersion>> chunkVersions = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                for (GoalVersion version : chunk.get(i).getVersions()) {
                    chunkVersions.add(Map.entry(persistVersionRow(chunkRoots.get(i), version), version));
                }
            }
            chunkVersions.forEach(e -> insertIndicators(e.getKey(), e.getValue().getContent().indicators()));
            flush(chunk.get(chunk.size() - 1));
            em().clear();
        }
    }

    @Override
    public long update(PerformanceGoal goal, long expectedRevision) {
        PerformanceGoalJpaEntity root = roots.find("goalId", goal.getId().value()).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("goal " + goal.getId() + " was never stored"));
        RevisionLocks.lockForChange(em(), root, r -> r.version, expectedRevision, PerformanceGoal.AUDIT_TYPE, goal.getId().toString());
        mapper.copyToRoot(goal, root);
        root.liveMarker = liveMarker(goal, root);
        root.updatedAt = now();
        Map<Integer, GoalVersionJpaEntity> stored = versions.list("goalPk", root.id).stream()
                .collect(Collectors.toMap(v -> v.versionNumber, v -> v));
        GoalVersion current = goal.currentVersion();
        GoalVersionJpaEntity currentEntity = stored.get(current.getNumber());
        if (currentEntity == null) {
            currentEntity = persistVersion(root, current);
        } else {
            mapper.copyToVersion(current, currentEntity);
            replaceIndicatorsIfChanged(currentEntity, current.getContent().indicators());
        }
        flush(goal);
        return root.version;
    }

    private PerformanceGoalJpaEntity persistNew(PerformanceGoal goal) {
        PerformanceGoalJpaEntity root = persistRoot(goal);
        goal.getVersions().forEach(v -> persistVersion(root, v));
        return root;
    }

    private PerformanceGoalJpaEntity persistRoot(PerformanceGoal goal) {
        PerformanceGoalJpaEntity root = new PerformanceGoalJpaEntity();
        mapper.copyToRoot(goal, root);
        root.createdAt = now();
        root.updatedAt = root.createdAt;
        root.liveMarker = 0;
        roots.persist(root);
        root.liveMarker = liveMarker(goal, root); // a goal stored rejected never blocks its subject
        return root;
    }

    /**
     * The race guard of {@link LiveGoal}: the unique key (kind, year, subject, live marker) admits one row with marker 0
     * per subject, so a live goal carries 0 and any other its own id. The services' check comes first; this catches the
     * declaration that commits at the same moment.
     */
    private static long liveMarker(PerformanceGoal goal, PerformanceGoalJpaEntity root) {
        return LiveGoal.isLive(goal.getStatus()) ? 0 : root.id;
    }

    private GoalVersionJpaEntity persistVersion(PerformanceGoalJpaEntity root, GoalVersion version) {
        GoalVersionJpaEntity entity = persistVersionRow(root, version);
        insertIndicators(entity, version.getContent().indicators());
        return entity;
    }

    private GoalVersionJpaEntity persistVersionRow(PerformanceGoalJpaEntity root, GoalVersion version) {
        GoalVersionJpaEntity entity = new GoalVersionJpaEntity();
        entity.goalPk = root.id;
        mapper.copyToVersion(version, entity);
        versions.persist(entity);
        return entity;
    }

    /** Transitions leave the indicators alone; only an edit rewrites them. */
    private void replaceIndicatorsIfChanged(GoalVersionJpaEntity version, List<Indicator> wanted) {
        List<Indicator> current = indicators.list("versionPk", Sort.by("ordinal"), version.id).stream().map(mapper::toDomain).toList();
        if (current.equals(wanted)) {
            return;
        }
        indicators.delete("versionPk", version.id);
        em().flush();
        insertIndicators(version, wanted);
    }

    private void insertIndicators(GoalVersionJpaEntity version, List<Indicator> list) {
        for (int i = 0; i < list.size(); i++) {
            GoalIndicatorJpaEntity entity = mapper.toEntity(list.get(i));
            entity.versionPk = version.id;
            entity.ordinal = i;
            indicators.persist(entity);
        }
    }

    private List<Stored> assemble(List<PerformanceGoalJpaEntity> goalRoots) {
        if (goalRoots.isEmpty()) {
            return List.of();
        }
        Map<Long, List<GoalVersionJpaEntity>> byGoal = new LinkedHashMap<>();
        Chunks.of(goalRoots.stream().map(r -> r.id).toList())
                .flatMap(ids -> versions.list("goalPk in ?1", Sort.by("goalPk").and("versionNumber"), ids).stream())
                .forEach(v -> byGoal.computeIfAbsent(v.goalPk, k -> new ArrayList<>()).add(v));
        Map<Long, List<GoalIndicatorJpaEntity>> indicatorsByVersion =
                indicatorsOf(byGoal.values().stream().flatMap(List::stream).toList());
        Map<java.util.UUID, AgencyId> agencies = new HashMap<>();
        Chunks.of(goalRoots.stream().map(r -> r.goalId).toList()).forEach(ids -> em().createQuery(
                        "select a.goalId, a.agencyId from GoalReviewAssignmentJpaEntity a where a.goalId in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> agencies.put((java.util.UUID) r[0], new AgencyId((String) r[1]))));
        return goalRoots.stream()
                .map(root -> new Stored(mapper.toDomain(root, byGoal.getOrDefault(root.id, List.of()), indicatorsByVersion), root.version,
                        agencies.get(root.goalId)))
                .toList();
    }

    private Map<Long, List<GoalIndicatorJpaEntity>> indicatorsOf(List<GoalVersionJpaEntity> goalVersions) {
        Map<Long, List<GoalIndicatorJpaEntity>> byVersion = new HashMap<>();
        Chunks.of(goalVersions.stream().map(v -> v.id).toList())
                .flatMap(ids -> indicators.list("versionPk in ?1", Sort.by("versionPk").and("ordinal"), ids).stream())
                .forEach(i -> byVersion.computeIfAbsent(i.versionPk, k -> new ArrayList<>()).add(i));
        return byVersion;
    }

    private Map<Long, Set<ProjectKind>> kindsOf(Set<Long> projectIds) {
        Map<Long, Set<ProjectKind>> kinds = new HashMap<>();
        if (projectIds.isEmpty()) {
            return kinds;
        }
        Chunks.of(List.copyOf(projectIds)).forEach(ids -> em().createQuery(
                        "select p.id, k from ProjectJpaEntity p join p.kinds k where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> kinds.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(ProjectKind.class)).add((ProjectKind) r[1])));
        return kinds;
    }

    /** A second live goal of one subject surfaces at flush: the domain's 409 here (other conflicts: PersistenceFailures). */
    private void flush(PerformanceGoal goal) {
        try {
            em().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_performance_goal_live")) {
                throw LiveGoal.of(goal).alreadyDeclared("?");
            }
            throw e;
        }
    }

    private EntityManager em() {
        return roots.getEntityManager();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

}
