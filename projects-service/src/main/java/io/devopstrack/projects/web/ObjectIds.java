package io.devopstrack.projects.web;

import io.devopstrack.platform.problem.InvalidInput;
import org.bson.types.ObjectId;

/** Ids in paths are MongoDB ObjectIds; anything else is bad input (400), never a lookup. */
public final class ObjectIds {

    private ObjectIds() {}

    public static String require(String field, String value) {
        if (value == null || !ObjectId.isValid(value)) {
            throw new InvalidInput(field, "must be a 24-character hexadecimal id");
        }
        return value;
    }
}
