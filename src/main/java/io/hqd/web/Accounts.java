package io.hqd.web;

import static io.hqd.warehouse.schema.ops.Tables.ACCOUNT;

import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.hqd.warehouse.schema.ops.tables.records.AccountRecord;

/**
 * ops.account: created by {@code hqd user add} and the admin page alike, passwords stored as BCrypt hashes.
 * Works on any DSLContext so the CLI (no web context) and the server share the rules.
 */
public final class Accounts {
    public static final int MIN_PASSWORD = 8;
    public static final PasswordEncoder ENCODER = new BCryptPasswordEncoder();

    private final DSLContext dsl;

    public Accounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Adds an account; the caller has checked that the organisation exists. */
    public void add(String username, String displayName, Role role, String orgCode, String password, LocalDateTime now) {
        String user = username == null ? "" : username.strip();
        if (!user.matches("[A-Za-z0-9_.-]{2,40}")) {
            throw new IllegalArgumentException("用户名「" + username + "」无效：只能用 2–40 个英文字母、数字、下划线、点或连字符");
        }
        checkStrength(password);
        if (role.needsOrg() && (orgCode == null || orgCode.isBlank())) {
            throw new IllegalArgumentException(role.label() + "账号必须指定所属单位代码（--org）");
        }
        if (dsl.fetchExists(ACCOUNT, ACCOUNT.USERNAME.eq(user))) {
            throw new IllegalArgumentException("用户名「" + user + "」已存在");
        }
        dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.USERNAME, user)
                .set(ACCOUNT.DISPLAY_NAME, displayName == null || displayName.isBlank() ? user : displayName.strip())
                .set(ACCOUNT.PASSWORD_HASH, ENCODER.encode(password))
                .set(ACCOUNT.ROLE, role.code())
                .set(ACCOUNT.ORG_CODE, role.needsOrg() ? orgCode.strip() : null)
                .set(ACCOUNT.ENABLED, true)
                .set(ACCOUNT.CREATED_AT, now)
                .execute();
    }

    /** A person's own change: the old password, then the new one twice. */
    public void changeOwn(String username, String oldPassword, String newPassword, String repeated, LocalDateTime now) {
        AccountRecord r = dsl.selectFrom(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOne();
        if (r == null || oldPassword == null || !ENCODER.matches(oldPassword, r.getPasswordHash())) {
            throw new IllegalArgumentException("原密码不正确");
        }
        if (newPassword == null || !newPassword.equals(repeated)) {
            throw new IllegalArgumentException("两次输入的新密码不一致");
        }
        checkStrength(newPassword);
        if (newPassword.equals(oldPassword)) {
            throw new IllegalArgumentException("新密码不能与原密码相同");
        }
        store(username, newPassword, false, now);
    }

    /** An admin's reset: a temporary password the person must replace at the next sign-in. */
    public void reset(String username, String temporary, LocalDateTime now) {
        if (!dsl.fetchExists(ACCOUNT, ACCOUNT.USERNAME.eq(username))) {
            throw new IllegalArgumentException("账号「" + username + "」不存在");
        }
        checkStrength(temporary);
        store(username, temporary, true, now);
    }

    /** Whether the account still signs in with a password an admin set. */
    public boolean mustChangePassword(String username) {
        return Boolean.TRUE.equals(dsl.select(ACCOUNT.MUST_CHANGE_PASSWORD).from(ACCOUNT)
                .where(ACCOUNT.USERNAME.eq(username)).fetchOne(ACCOUNT.MUST_CHANGE_PASSWORD));
    }

    private void store(String username, String password, boolean mustChange, LocalDateTime now) {
        dsl.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, ENCODER.encode(password))
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, mustChange).set(ACCOUNT.PASSWORD_CHANGED_AT, now)
                .where(ACCOUNT.USERNAME.eq(username)).execute();
    }

    private static void checkStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("密码至少 " + MIN_PASSWORD + " 位");
        }
    }

    public void setEnabled(String username, boolean enabled) {
        dsl.update(ACCOUNT).set(ACCOUNT.ENABLED, enabled).where(ACCOUNT.USERNAME.eq(username)).execute();
    }

    public SignedIn find(String username) {
        AccountRecord r = dsl.selectFrom(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOne();
        return r == null ? null : of(r);
    }

    public List<SignedIn> all() {
        return dsl.selectFrom(ACCOUNT).orderBy(ACCOUNT.ROLE, ACCOUNT.USERNAME).fetch(Accounts::of);
    }

    private static SignedIn of(AccountRecord r) {
        return new SignedIn(r.getUsername(), r.getDisplayName(), r.getPasswordHash(), Role.of(r.getRole()),
                r.getOrgCode(), Boolean.TRUE.equals(r.getEnabled()));
    }
}
