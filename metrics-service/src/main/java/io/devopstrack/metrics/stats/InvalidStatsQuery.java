package io.devopstrack.metrics.stats;

/** A query parameter that cannot be used; reported as 400 naming the parameter. */
public class InvalidStatsQuery extends RuntimeException {

    private final String parameter;

    public InvalidStatsQuery(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
