/// The tables of a team database, and the rules the database itself enforces on them.
///
/// The database does not trust its clients: every journal row is re-read from its own frame
/// (`zgoda_check_record`) — the checksum, the sequence number that must follow the last one,
/// the link to the previous record's hash, the kind, and the operator, which must be the role
/// that signed in. A client that skips a number, rewrites history or types another person's
/// name is refused by the server, not only by Zgoda. The journal is append-only.
///
/// Members are database roles. `zgoda_members` says what each may do: a role without
/// `may_export` cannot append an export record, one without `may_anonymize` cannot append an
/// erasure nor destroy a key; the trigger checks it on every row, and the grants that
/// `PostgresTeamDatabase.addMember` gives match (only members who may anonymise may update the
/// key table at all). The role that made the schema owns it and is not limited.
enum Schema {
    /// Bumped when the tables change; a database with a newer one is refused.
    static let version = 1

    static let statements: [String] = [
        """
        CREATE TABLE zgoda_meta (
            id integer PRIMARY KEY CHECK (id = 1),
            schema_version integer NOT NULL,
            meta bytea NOT NULL
        )
        """,
        """
        CREATE TABLE zgoda_journal (
            seq bigint PRIMARY KEY CHECK (seq > 0),
            kind smallint NOT NULL,
            contact text NOT NULL,
            operator text NOT NULL,
            committed timestamptz NOT NULL DEFAULT now(),
            record bytea NOT NULL
        )
        """,
        """
        CREATE TABLE zgoda_members (
            role name PRIMARY KEY,
            may_export boolean NOT NULL DEFAULT true,
            may_anonymize boolean NOT NULL DEFAULT true,
            added timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX zgoda_journal_contact ON zgoda_journal (contact) WHERE contact <> ''",
        """
        CREATE TABLE zgoda_snapshots (
            seq bigint PRIMARY KEY,
            snapshot bytea NOT NULL
        )
        """,
        // One row per person's key. Erasure sets `key` to NULL: the row stays, so an erased key
        // is told apart from a missing one (damage).
        """
        CREATE TABLE zgoda_keys (
            slot integer PRIMARY KEY CHECK (slot >= 0),
            key bytea CHECK (key IS NULL OR length(key) = 80),
            erased timestamptz
        )
        """,
        """
        CREATE FUNCTION zgoda_check_record() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            r bytea := NEW.record;
            body_length bigint;
            seq bigint := 0;
            op_length integer;
            op text;
            contact_at integer;
            contact_length integer;
            previous bytea;
            member zgoda_members%ROWTYPE;
        BEGIN
            -- Frame: "ZJR1" · u32 body length · body · SHA-256(body). Body: u64 seq · i64 time ·
            -- u8 flags · 32-byte previous hash · string operator · u8 kind · string contact · …
            IF length(r) < 101 OR substring(r FROM 1 FOR 4) <> '\\x5a4a5231'::bytea THEN
                RAISE EXCEPTION 'record % is not a Zgoda journal record', NEW.seq USING ERRCODE = 'ZG001';
            END IF;
            body_length := get_byte(r, 4)::bigint | (get_byte(r, 5)::bigint << 8) | (get_byte(r, 6)::bigint << 16) | (get_byte(r, 7)::bigint << 24);
            IF length(r) <> 8 + body_length + 32 THEN
                RAISE EXCEPTION 'record % has the wrong length', NEW.seq USING ERRCODE = 'ZG001';
            END IF;
            IF sha256(substring(r FROM 9 FOR body_length::integer)) <> substring(r FROM 9 + body_length::integer FOR 32) THEN
                RAISE EXCEPTION 'record % does not match its checksum', NEW.seq USING ERRCODE = 'ZG001';
            END IF;
            FOR i IN REVERSE 7..0 LOOP seq := (seq << 8) | get_byte(r, 8 + i); END LOOP;
            IF seq <> NEW.seq THEN
                RAISE EXCEPTION 'record % is filed as %', seq, NEW.seq USING ERRCODE = 'ZG001';
            END IF;
            IF NEW.seq = 1 THEN
                previous := '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
            ELSE
                SELECT substring(j.record FROM length(j.record) - 31 FOR 32) INTO previous FROM zgoda_journal j WHERE j.seq = NEW.seq - 1;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'record % does not follow the last record of the journal', NEW.seq USING ERRCODE = 'ZG002';
                END IF;
            END IF;
            IF substring(r FROM 26 FOR 32) <> previous THEN
                RAISE EXCEPTION 'record % does not continue the journal''s hash chain', NEW.seq USING ERRCODE = 'ZG002';
            END IF;
            op_length := get_byte(r, 57) | (get_byte(r, 58) << 8) | (get_byte(r, 59) << 16) | (get_byte(r, 60) << 24);
            IF op_length > length(r) THEN
                RAISE EXCEPTION 'record % is malformed', NEW.seq USING ERRCODE = 'ZG001';
            END IF;
            op := convert_from(substring(r FROM 62 FOR op_length), 'UTF8');
            -- The operator is the role that signed in, optionally followed by " (on behalf of …)".
            IF op <> session_user::text AND left(op, length(session_user::text) + 2) <> session_user::text || ' ('
               AND NOT (coalesce(current_setting('zgoda.importing', true), '') = 'on'
                        AND session_user::text = (SELECT pg_get_userbyid(c.relowner)::text FROM pg_class c WHERE c.oid = 'zgoda_journal'::regclass)) THEN
                RAISE EXCEPTION 'a record''s operator must be the signed-in role %', session_user USING ERRCODE = 'ZG003';
            END IF;
            NEW.operator := op;
            NEW.kind := get_byte(r, 61 + op_length);
            -- What this member may do: exports (kinds 8 and 15) and erasures (kind 10).
            SELECT * INTO member FROM zgoda_members m WHERE m.role = session_user;
            IF FOUND THEN
                IF NEW.kind IN (8, 15) AND NOT member.may_export THEN
                    RAISE EXCEPTION 'team member % may not export personal data', session_user USING ERRCODE = 'ZG003';
                END IF;
                IF NEW.kind = 10 AND NOT member.may_anonymize THEN
                    RAISE EXCEPTION 'team member % may not anonymise people', session_user USING ERRCODE = 'ZG003';
                END IF;
            END IF;
            contact_at := 62 + op_length;
            contact_length := get_byte(r, contact_at) | (get_byte(r, contact_at + 1) << 8) | (get_byte(r, contact_at + 2) << 16) | (get_byte(r, contact_at + 3) << 24);
            NEW.contact := convert_from(substring(r FROM contact_at + 5 FOR contact_length), 'UTF8');
            NEW.committed := now();
            RETURN NEW;
        END
        $$
        """,
        "CREATE TRIGGER zgoda_check_record BEFORE INSERT ON zgoda_journal FOR EACH ROW EXECUTE FUNCTION zgoda_check_record()",
        """
        CREATE FUNCTION zgoda_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the Zgoda journal is append-only' USING ERRCODE = 'ZG004';
        END
        $$
        """,
        "CREATE TRIGGER zgoda_append_only BEFORE UPDATE OR DELETE ON zgoda_journal FOR EACH ROW EXECUTE FUNCTION zgoda_append_only()",
        "CREATE TRIGGER zgoda_no_truncate BEFORE TRUNCATE ON zgoda_journal FOR EACH STATEMENT EXECUTE FUNCTION zgoda_append_only()",
        // Every append is announced; PostgreSQL delivers it when the transaction commits.
        """
        CREATE FUNCTION zgoda_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('zgoda_journal', '');
            RETURN NULL;
        END
        $$
        """,
        "CREATE TRIGGER zgoda_notify AFTER INSERT ON zgoda_journal FOR EACH STATEMENT EXECUTE FUNCTION zgoda_notify()",
        // A key is made once and may only be destroyed: never rewritten, never brought back,
        // never deleted (an erased key's row stays, so that erased is told apart from missing).
        """
        CREATE FUNCTION zgoda_key_rules() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            member zgoda_members%ROWTYPE;
        BEGIN
            IF TG_OP <> 'UPDATE' OR NEW.slot <> OLD.slot OR NEW.key IS NOT NULL THEN
                RAISE EXCEPTION 'a key can only be destroyed, never changed' USING ERRCODE = 'ZG004';
            END IF;
            SELECT * INTO member FROM zgoda_members m WHERE m.role = session_user;
            IF FOUND AND NOT member.may_anonymize THEN
                RAISE EXCEPTION 'team member % may not anonymise people', session_user USING ERRCODE = 'ZG003';
            END IF;
            RETURN NEW;
        END
        $$
        """,
        "CREATE TRIGGER zgoda_key_rules BEFORE UPDATE OR DELETE ON zgoda_keys FOR EACH ROW EXECUTE FUNCTION zgoda_key_rules()",
        "CREATE TRIGGER zgoda_keys_no_truncate BEFORE TRUNCATE ON zgoda_keys FOR EACH STATEMENT EXECUTE FUNCTION zgoda_append_only()",
    ]

    /// The grants that make `role` a member: read everything, append records, add keys and
    /// snapshots; update the key table (to destroy a key) only with `mayAnonymize`.
    static func grants(to role: String, mayAnonymize: Bool) -> [String] {
        let r = quoted(role)
        var list = [
            "GRANT SELECT ON zgoda_meta, zgoda_journal, zgoda_snapshots, zgoda_keys, zgoda_members TO \(r)",
            "GRANT INSERT ON zgoda_journal, zgoda_keys TO \(r)",
            "GRANT INSERT, UPDATE, DELETE ON zgoda_snapshots TO \(r)",
        ]
        list.append(mayAnonymize ? "GRANT UPDATE (key, erased) ON zgoda_keys TO \(r)" : "REVOKE UPDATE ON zgoda_keys FROM \(r)")
        return list
    }

    /// A role's name as an SQL identifier.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
