package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** A unit declared a new goal (申报): version 1, a draft. */
public record GoalDeclared(GoalId goalId, GoalKind kind) implements DomainEvent {

    public GoalDeclared {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String action() {
        return "create";
    }
}
