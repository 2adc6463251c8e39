package cn.gov.daxiang.perf.domain.rectification;

/** Whether an item is overdue on a day, and by how many days (0 when not). */
public record Overdue(boolean overdue, long daysOverdue) {

    public static final Overdue NOT = new Overdue(false, 0);

    public Overdue {
        if (overdue != daysOverdue > 0) {
            throw new IllegalArgumentException("overdue " + overdue + " by " + daysOverdue + " days");
        }
    }
}
