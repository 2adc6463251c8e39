package cn.gov.daxiang.perf.application.port.in.referencedata;

/** What an import did: how many records it created, changed and found already up to date. */
public record ImportReport(Counts units, Counts projects) {

    public record Counts(int created, int updated, int unchanged) {

        public int total() {
            return created + updated + unchanged;
        }
    }
}
