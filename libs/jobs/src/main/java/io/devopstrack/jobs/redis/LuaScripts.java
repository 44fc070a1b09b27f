package io.devopstrack.jobs.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.util.StreamUtils;

/**
 * The Lua scripts of the job queue, each loaded from the class path once. A script built from a resource
 * instead would check the resource for changes on every call (a jar entry lookup under a lock), which costs
 * dearly on the hot path. Each script's arguments are described at its top.
 */
@SuppressWarnings("rawtypes")
public final class LuaScripts {

    /** The compare-and-set write of a job by the API or a worker (indexes, queue entry, records, event). */
    public static final RedisScript<List> SAVE_JOB = load("save-job.lua", List.class);
    /** Deletes a batch of jobs finished before a cutoff, with their index entries. */
    public static final RedisScript<Long> PURGE_JOBS = load("purge-jobs.lua", Long.class);
    /** Takes a job's lease and reads the job, in one step. */
    public static final RedisScript<List> CLAIM_JOB = load("claim-job.lua", List.class);
    /** XAUTOCLAIM of entries of any stream left idle by dead consumers, with their fields. */
    public static final RedisScript<List> AUTOCLAIM = load("autoclaim.lua", List.class);
    /** Acknowledges and deletes a queue entry and drops the job's lease if the caller holds it. */
    public static final RedisScript<Long> RELEASE_JOB = load("release-job.lua", Long.class);
    /** Extends a running job's lease and claims its queue entry again (resetting its idle time). */
    public static final RedisScript<Long> RENEW_LEASE = load("renew-lease.lua", Long.class);

    private LuaScripts() {}

    private static <T> RedisScript<T> load(String name, Class<T> resultType) {
        try {
            return RedisScript.of(
                    StreamUtils.copyToString(
                            new ClassPathResource(name, LuaScripts.class).getInputStream(), StandardCharsets.UTF_8),
                    resultType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
