package io.devopstrack.metrics.stats;

import io.devopstrack.platform.problem.InvalidInput;

/** A query parameter that cannot be used; reported as 400 naming the parameter. */
public class InvalidStatsQuery extends InvalidInput {

    public InvalidStatsQuery(String parameter, String message) {
        super(parameter, message);
    }
}
