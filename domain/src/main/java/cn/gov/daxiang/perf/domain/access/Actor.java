package cn.gov.daxiang.perf.domain.access;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who acts: a user with roles and, for unit and department roles, the unit they act for; for evaluators,
 * their agency. Built from a validated token by the REST adapter, or as a system actor for scheduled work.
 * {@code requestId} ties what the actor does to the request it came with (for the audit trail).
 *
 * @param unit   the unit (UNIT_OPERATOR) or department (DEPT_REVIEWER) the user acts for, or null
 * @param agency the agency of an EVALUATOR, or null
 */
public record Actor(String userId, Set<Role> roles, UnitCode unit, AgencyId agency, String requestId) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        for (Role role : roles) {
            if (role.needsUnitScope() && unit == null) {
                throw new RuleViolationException("ROLE_WITHOUT_SCOPE", Map.of("role", role.name(), "scope", "unit"));
            }
            if (role.needsAgencyScope() && agency == null) {
                throw new RuleViolationException("ROLE_WITHOUT_SCOPE", Map.of("role", role.name(), "scope", "agency"));
            }
        }
    }

    /** The platform itself acting (e.g. loading reference data at start), with the SYNC role. */
    public static Actor system(String name) {
        return new Actor("system:" + name, Set.of(Role.SYNC), null, null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public Optional<UnitCode> unitScope() {
        return Optional.ofNullable(unit);
    }

    public Optional<AgencyId> agencyScope() {
        return Optional.ofNullable(agency);
    }
}
