package io.devopstrack.projects.environment;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.data.mongodb.core.mapping.Field;

/** A deployment target of a project (dev, staging, prod...), embedded in the project document. */
public record Environment(
        @Field("id") String id,
        String name,
        String url,
        // "protected" is a Java keyword, so the component has another name than the JSON and document field.
        @JsonProperty("protected") @Field("protected") boolean isProtected) {}
