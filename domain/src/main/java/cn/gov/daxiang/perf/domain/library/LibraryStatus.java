package cn.gov.daxiang.perf.domain.library;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** Whether a project has entered the project library (入库). */
public enum LibraryStatus implements Labelled {
    NOT_ENTERED("未入库"),
    IN_LIBRARY("已入库");

    private final String label;

    LibraryStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
