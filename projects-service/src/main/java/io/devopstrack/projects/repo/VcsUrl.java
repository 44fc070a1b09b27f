package io.devopstrack.projects.repo;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;

/** A clone URL: http(s), ssh or git with a host, or the scp-like form {@code git@host:owner/repo.git}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VcsUrl.Validator.class)
public @interface VcsUrl {

    String message() default "must be an http(s), ssh or git URL, or user@host:path";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<VcsUrl, String> {

        private static final Set<String> SCHEMES = Set.of("http", "https", "ssh", "git");
        private static final Pattern SCP_LIKE = Pattern.compile("^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[A-Za-z0-9._/~-]+$");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (SCP_LIKE.matcher(value).matches()) {
                return true;
            }
            try {
                URI uri = new URI(value);
                return uri.getScheme() != null && SCHEMES.contains(uri.getScheme()) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
