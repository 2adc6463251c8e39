package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.List;
import java.util.Map;

/**
 * Goals declared together (an import of the declaration table): all are written or none.
 *
 * @param declarations the goals, in the order the source lists them; a refusal names a declaration by its index here
 * @param unreadable   how many further declarations the edge could not read (it reports those itself): when any,
 *                     the readable ones are still checked, so that one answer lists every problem, but nothing is written
 */
public record ImportGoalDeclarationsCommand(List<Declaration> declarations, int unreadable) {

    /**
     * One goal of the import.
     *
     * @param replaces the goal whose (editable) content this declaration replaces, or null for a new goal
     */
    public record Declaration(GoalId replaces, DeclareGoalCommand goal) {

        public Declaration {
            Commands.require("goal", goal);
        }
    }

    public ImportGoalDeclarationsCommand {
        Commands.require("declarations", declarations);
        declarations = List.copyOf(declarations);
        if (unreadable < 0) {
            throw new InvalidValueException("unreadable", "NUMBER_OUT_OF_RANGE", Map.of("field", "unreadable", "min", 0));
        }
        if (declarations.isEmpty() && unreadable == 0) {
            throw new InvalidValueException("declarations", "GOAL_IMPORT_EMPTY", Map.of());
        }
    }
}
