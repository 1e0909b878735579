// The embedded user store: staff accounts and the tokens signed out before they expire, in
// `${dataDir}/identity.sqlite`.
import { mkdirSync } from 'node:fs';
import { restrictToOwner } from '../engine/owner-only-file.js';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  UsernameTakenError,
  type AccountChanges,
  type StoredUser,
  type UserAccount,
  type UserRole,
  type UserStore,
} from './user-store.js';

export const IDENTITY_FILE = 'identity.sqlite';

interface UserRow {
  readonly id: string;
  readonly username: string;
  readonly full_name: string;
  readonly roles: string;
  readonly password_hash: string;
  readonly dependency: string | null;
  readonly email: string | null;
  readonly active: number;
  readonly created_at: string;
  readonly must_change_password: number;
  readonly session_version: number;
}

const ACCOUNT_COLUMNS =
  'id, username, full_name, roles, dependency, email, active, created_at, must_change_password';

export class SqliteUserStore implements UserStore {
  readonly path: string;
  private readonly db: Database.Database;

  static open(options: { readonly dataDir: string }): SqliteUserStore {
    return new SqliteUserStore(options.dataDir);
  }

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, IDENTITY_FILE);
    this.db = new Database(this.path);
    restrictToOwner(this.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS users (
        id            TEXT PRIMARY KEY,
        username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name     TEXT NOT NULL,
        roles         TEXT NOT NULL CHECK (json_valid(roles)),
        password_hash TEXT NOT NULL,
        dependency    TEXT NULL,
        active        INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS revoked_tokens (
        token_id   TEXT PRIMARY KEY,
        expires_at TEXT NOT NULL
      );
    `);
    // Columns added after the first release: an older file gains them with their defaults.
    const columns = new Set(
      this.db
        .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
        .all('users')
        .map((column) => column.name),
    );
    if (!columns.has('session_version'))
      this.db.exec('ALTER TABLE users ADD COLUMN session_version INTEGER NOT NULL DEFAULT 0');
    if (!columns.has('must_change_password'))
      this.db.exec('ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0');
    // Accounts from before the daily digest have no address until an administrator gives one.
    if (!columns.has('email')) this.db.exec('ALTER TABLE users ADD COLUMN email TEXT NULL');
  }

  async create(user: StoredUser): Promise<UserAccount> {
    try {
      this.db
        .prepare(
          `INSERT INTO users (id, username, full_name, roles, password_hash, dependency, email, active,
                              created_at, must_change_password, session_version)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          user.id,
          user.username,
          user.fullName,
          JSON.stringify(user.roles),
          user.passwordHash,
          user.dependency,
          user.email,
          user.active ? 1 : 0,
          user.createdAt,
          user.mustChangePassword ? 1 : 0,
          user.sessionVersion,
        );
    } catch (error) {
      if (isUniqueViolationOnUsername(error)) throw new UsernameTakenError(user.username);
      throw error;
    }
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      roles: [...user.roles],
      dependency: user.dependency,
      email: user.email,
      active: user.active,
      createdAt: user.createdAt,
      mustChangePassword: user.mustChangePassword,
    };
  }

  async findByUsername(username: string): Promise<StoredUser | null> {
    // The column's NOCASE collation makes "Admin" find "admin".
    const row = this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?').get(username);
    return row ? toStoredUser(row) : null;
  }

  async findStoredById(id: string): Promise<StoredUser | null> {
    const row = this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?').get(id);
    return row ? toStoredUser(row) : null;
  }

  async update(id: string, changes: AccountChanges): Promise<UserAccount | null> {
    this.db
      .prepare(
        `UPDATE users SET full_name = ?, roles = ?, active = ?, email = ?,
                          session_version = session_version + ?
         WHERE id = ?`,
      )
      .run(
        changes.fullName,
        JSON.stringify([...new Set(changes.roles)]),
        changes.active ? 1 : 0,
        changes.email,
        changes.endSessions ? 1 : 0,
        id,
      );
    return this.findById(id);
  }

  async setPassword(
    id: string,
    passwordHash: string,
    options: { readonly temporary: boolean },
  ): Promise<void> {
    this.db
      .prepare(
        `UPDATE users SET password_hash = ?, must_change_password = ?, session_version = session_version + 1
         WHERE id = ?`,
      )
      .run(passwordHash, options.temporary ? 1 : 0, id);
  }

  async revokeToken(tokenId: string, expiresAt: string): Promise<void> {
    // Tokens past their expiry are refused anyway: their rows go as new ones come.
    this.db.prepare('DELETE FROM revoked_tokens WHERE expires_at < ?').run(new Date().toISOString());
    this.db
      .prepare('INSERT OR IGNORE INTO revoked_tokens (token_id, expires_at) VALUES (?, ?)')
      .run(tokenId, expiresAt);
  }

  async isTokenRevoked(tokenId: string): Promise<boolean> {
    return (
      this.db
        .prepare<[string], { found: number }>('SELECT 1 AS found FROM revoked_tokens WHERE token_id = ?')
        .get(tokenId) !== undefined
    );
  }

  async findById(id: string): Promise<UserAccount | null> {
    const row = this.db
      .prepare<[string], UserRow>(`SELECT ${ACCOUNT_COLUMNS} FROM users WHERE id = ?`)
      .get(id);
    return row ? toAccount(row) : null;
  }

  async findManyByIds(ids: readonly string[]): Promise<Map<string, UserAccount>> {
    const rows = this.db
      .prepare<[string], UserRow>(
        `SELECT ${ACCOUNT_COLUMNS} FROM users WHERE id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify([...new Set(ids)]));
    return new Map(rows.map((row) => [row.id, toAccount(row)]));
  }

  async list(): Promise<UserAccount[]> {
    return this.db
      .prepare<[], UserRow>(`SELECT ${ACCOUNT_COLUMNS} FROM users ORDER BY username`)
      .all()
      .map(toAccount);
  }

  async count(): Promise<number> {
    return this.db.prepare<[], { total: number }>('SELECT count(*) AS total FROM users').get()?.total ?? 0;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function toStoredUser(row: UserRow): StoredUser {
  return { ...toAccount(row), passwordHash: row.password_hash, sessionVersion: row.session_version };
}

function toAccount(row: Omit<UserRow, 'password_hash' | 'session_version'>): UserAccount {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    roles: JSON.parse(row.roles) as UserRole[],
    dependency: row.dependency,
    email: row.email,
    active: row.active === 1,
    createdAt: row.created_at,
    mustChangePassword: row.must_change_password === 1,
  };
}

// By code rather than `instanceof SqliteError`: the class is not unique when the native module is
// shared between module registries (as Jest's are).
function isUniqueViolationOnUsername(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes('users.username')
  );
}
