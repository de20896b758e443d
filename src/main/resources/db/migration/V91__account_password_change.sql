-- Passwords people change themselves: an admin's reset sets a temporary password the person must replace at
-- the next sign-in; when it was last changed is kept for the accounts page.
ALTER TABLE ops.account ADD COLUMN must_change_password BOOLEAN DEFAULT false;
ALTER TABLE ops.account ADD COLUMN password_changed_at TIMESTAMP;
