package cn.gov.daxiang.perf.domain.library;

/** Whether a project has entered the project library (入库). */
public enum LibraryStatus {
    NOT_ENTERED("未入库"),
    IN_LIBRARY("已入库");

    private final String label;

    LibraryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
