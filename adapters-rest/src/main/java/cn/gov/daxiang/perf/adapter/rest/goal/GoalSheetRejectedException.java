package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.shared.SheetRejectedException;

import java.util.List;

/** A declaration table with bad rows: nothing was written. */
public class GoalSheetRejectedException extends SheetRejectedException {

    public GoalSheetRejectedException(List<RowProblem> problems) {
        super("GOAL_IMPORT_REJECTED", problems);
    }
}
