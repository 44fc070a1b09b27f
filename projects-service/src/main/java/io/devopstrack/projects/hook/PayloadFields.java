package io.devopstrack.projects.hook;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.filter.TokenFilter;

/**
 * The members of a payload that are read, as dotted paths ({@code workflow_run.actor.login}; {@code workflow_run.*}
 * for every scalar member of {@code workflow_run}); the elements of an array are read with the array's own paths.
 * As a Jackson {@link TokenFilter}, the parser skips everything else without building it: a GitHub payload is
 * mostly three copies of its repository, and the tree of the whole of it was a third of a hook's CPU.
 */
final class PayloadFields extends TokenFilter {

    /** Every scalar member: a nested object or array under a {@code *} is skipped unless named itself. */
    private static final TokenFilter SCALAR = new TokenFilter() {
        @Override
        public TokenFilter filterStartObject() {
            return null;
        }

        @Override
        public TokenFilter filterStartArray() {
            return null;
        }
    };

    private final Map<String, PayloadFields> members = new HashMap<>();
    private boolean everyScalar;
    private boolean whole;

    private PayloadFields() {}

    static PayloadFields of(String... paths) {
        PayloadFields root = new PayloadFields();
        for (String path : paths) {
            PayloadFields node = root;
            for (String part : path.split("\\.")) {
                if (part.equals("*")) {
                    node.everyScalar = true;
                } else {
                    node = node.members.computeIfAbsent(part, name -> new PayloadFields());
                }
            }
            node.whole |= !path.endsWith("*");
        }
        return root;
    }

    @Override
    public TokenFilter includeProperty(String name) {
        PayloadFields member = members.get(name);
        if (member != null) {
            return member.whole ? TokenFilter.INCLUDE_ALL : member;
        }
        return everyScalar ? SCALAR : null;
    }

    @Override
    public TokenFilter includeElement(int index) {
        return this;
    }

    /** A named member is kept even when nothing in it is read: {@code has(...)} still sees it. */
    @Override
    public boolean includeEmptyObject(boolean contentsFiltered) {
        return true;
    }

    @Override
    public boolean includeEmptyArray(boolean contentsFiltered) {
        return true;
    }

    /** A scalar where members were expected (a null {@code head_commit}, say) is kept as it is. */
    @Override
    protected boolean _includeScalar() {
        return true;
    }
}
