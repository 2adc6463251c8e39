package cn.gov.daxiang.perf.adapter.rest.dashboard;

import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;

/**
 * What a dashboard page shows, independent of how: sections of figures, tables and charts. One template
 * (dashboard/page.html) renders every page from it, so every page has the same headings, real table headers and
 * keyboard order. Every figure and cell may link to the records it counts.
 */
public final class PageModel {

    private PageModel() {
    }

    /** A whole page: the frame around it and its sections. */
    @TemplateData
    public record Page(Frame frame, String heading, String lead, List<Filter> filters, List<Section> sections) {
        public Page {
            filters = List.copyOf(filters);
            sections = List.copyOf(sections);
        }
    }

    /** What every page carries around its content: language, user, navigation, the year. */
    @TemplateData
    public record Frame(Texts t, String title, String userName, String roles, String otherLanguage, String otherLanguageHref,
                        List<Link> navigation, String year) {
        public Frame {
            navigation = List.copyOf(navigation);
        }
    }

    /** A link; {@code current} marks the page the user is on (aria-current). */
    @TemplateData
    public record Link(String label, String href, boolean current) {
    }

    /** A titled part of a page. */
    @TemplateData
    public record Section(String id, String title, String note, List<Figure> figures, List<Chart> charts, List<Table> tables,
                          List<Link> pages) {
        public Section {
            figures = List.copyOf(figures);
            charts = List.copyOf(charts);
            tables = List.copyOf(tables);
            pages = List.copyOf(pages);
        }

        public static Builder of(String id, String title) {
            return new Builder(id, title);
        }

        /** Collects a section's parts in the order they appear. */
        public static final class Builder {
            private final String id;
            private final String title;
            private String note = "";
            private final List<Figure> figures = new ArrayList<>();
            private final List<Chart> charts = new ArrayList<>();
            private final List<Table> tables = new ArrayList<>();
            private final List<Link> pages = new ArrayList<>();

            private Builder(String id, String title) {
                this.id = id;
                this.title = title;
            }

            public Builder note(String note) {
                this.note = note == null ? "" : note;
                return this;
            }

            public Builder figure(Figure figure) {
                figures.add(figure);
                return this;
            }

            public Builder chart(Chart chart) {
                charts.add(chart);
                return this;
            }

            public Builder table(Table table) {
                tables.add(table);
                return this;
            }

            /** Links to the list's other pages (previous, next). */
            public Builder pages(List<Link> links) {
                pages.addAll(links);
                return this;
            }

            public Section build() {
                return new Section(id, title, note, figures, charts, tables, pages);
            }
        }
    }

    /**
     * One figure: its label, its value as shown, where its records are, and under {@code key} a stable name the
     * browser tests compare with the API; {@code exact} is the unrounded value (元 for money) the API gives.
     */
    @TemplateData
    public record Figure(String key, String label, String value, String unit, String href, String exact, String tone) {
        public static Figure of(String key, String label, Object value, String href) {
            return new Figure(key, label, String.valueOf(value), "", href, String.valueOf(value), "");
        }

        public Figure unit(String unit) {
            return new Figure(key, label, value, unit, href, exact, tone);
        }

        public Figure exact(String exact) {
            return new Figure(key, label, value, unit, href, exact, tone);
        }

        /** A colour for the figure: "red", "yellow", "green" or "" (the text says it too). */
        public Figure tone(String tone) {
            return new Figure(key, label, value, unit, href, exact, tone);
        }
    }

    /** A chart drawn by ECharts in the browser from {@code json}; {@code table} carries the same figures for screen readers. */
    @TemplateData
    public record Chart(String id, String label, String json) {
    }

    /** A table with real column headers; the first column of each row is its row header. */
    @TemplateData
    public record Table(String id, String caption, List<String> headers, List<Row> rows, String empty) {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    @TemplateData
    public record Row(List<Cell> cells, String tone) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(Cell... cells) {
            return new Row(List.of(cells), "");
        }

        public Row tone(String tone) {
            return new Row(cells, tone);
        }
    }

    /** A table cell; {@code key} names it for the browser tests like a figure's key. */
    @TemplateData
    public record Cell(String text, String href, String key) {
        public static Cell of(Object text) {
            return new Cell(text == null ? "" : String.valueOf(text), "", "");
        }

        public static Cell link(Object text, String href) {
            return new Cell(text == null ? "" : String.valueOf(text), href == null ? "" : href, "");
        }

        public Cell key(String key) {
            return new Cell(text, href, key);
        }
    }

    /** A filter of a list page: a select (options) or a text field (no options). */
    @TemplateData
    public record Filter(String name, String label, String value, List<Option> options) {
        public Filter {
            options = List.copyOf(options);
        }
    }

    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }
}
