package io.devopstrack.auth.user;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private static final String SELECT_USERS = """
            select u.id, u.username, u.password_hash, u.enabled, u.created_at, u.updated_at,
                   array_remove(array_agg(r.role order by r.role), null) as roles
            from users u left join user_roles r on r.user_id = u.id
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<User> findById(UUID id) {
        return jdbc.sql(SELECT_USERS + " where u.id = ? group by u.id")
                .param(id)
                .query(this::toUser)
                .optional();
    }

    public Optional<User> findByUsername(String username) {
        return jdbc.sql(SELECT_USERS + " where lower(u.username) = lower(?) group by u.id")
                .param(username)
                .query(this::toUser)
                .optional();
    }

    List<User> findPage(int page, int size) {
        return jdbc.sql(SELECT_USERS + " group by u.id order by lower(u.username) limit ? offset ?")
                .params(size, (long) page * size)
                .query(this::toUser)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from users)")
                .query(Boolean.class)
                .single();
    }

    long countEnabledAdmins() {
        return jdbc.sql("""
                select count(*) from users u join user_roles r on r.user_id = u.id
                where u.enabled and r.role = 'ADMIN'
                """).query(Long.class).single();
    }

    /** Throws DuplicateKeyException when the user name is taken (unique index on lower(username)). */
    void insert(User user) {
        jdbc.sql("""
                insert into users (id, username, password_hash, enabled, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(
                        user.id(),
                        user.username(),
                        user.passwordHash(),
                        user.enabled(),
                        Timestamp.from(user.createdAt()),
                        Timestamp.from(user.updatedAt()))
                .update();
        insertRoles(user.id(), user.roles());
    }

    void update(User user) {
        jdbc.sql("update users set password_hash = ?, enabled = ?, updated_at = ? where id = ?")
                .params(user.passwordHash(), user.enabled(), Timestamp.from(user.updatedAt()), user.id())
                .update();
        jdbc.sql("delete from user_roles where user_id = ?").param(user.id()).update();
        insertRoles(user.id(), user.roles());
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from users where id = ?").param(id).update() == 1;
    }

    /** Serialises changes that must keep at least one enabled admin, across replicas. */
    void lockAdminChanges() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('devopstrack.users.admins'))")
                .query()
                .listOfRows();
    }

    private void insertRoles(UUID userId, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into user_roles (user_id, role) values (?, ?)")
                    .params(userId, role.name())
                    .update();
        }
    }

    private User toUser(ResultSet rs, int rowNum) throws SQLException {
        return new User(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                roles(rs.getArray("roles")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) name));
        }
        return roles;
    }
}
