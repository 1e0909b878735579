// The signed-in user: token and profile kept for the browser tab (sessionStorage, so closing the tab
// ends the session), the GraphQL client that sends the token, and login / logout (which ends the token on
// the server too) / a password change (which gives the session a new token).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider as GraphQLProvider } from 'urql';
import type { Role } from '../graphql/generated/graphql';
import { createGraphQLClient } from '../graphql/client';
import { primaryRole } from '../logic/roles';

export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly fullName: string | null;
  readonly roles: readonly Role[];
  /** A temporary password an administrator gave: the only screen is the password change. */
  readonly mustChangePassword: boolean;
}

export interface StoredSession {
  readonly token: string;
  readonly user: SessionUser;
}

interface SessionValue {
  readonly user: SessionUser | null;
  /** The role the server's guard acts in for this user. */
  readonly role: Role | null;
  login(username: string, password: string): Promise<void>;
  logout(): void;
  /** Keeps the session going with the token a password change gave. */
  renew(session: StoredSession): void;
}

const STORAGE_KEY = 'ventanilla.session';
const SessionContext = createContext<SessionValue | null>(null);

function readStored(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token user { id username fullName roles mustChangePassword } }
}`;

const LOGOUT = 'mutation Logout { logout }';

/** Thrown by login with the server's Spanish message. */
export class LoginError extends Error {}

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<StoredSession | null>(readStored);

  const forget = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
  }, []);

  const logout = useCallback(() => {
    const token = readStored()?.token;
    forget();
    // The server refuses this token from now on; the screen does not wait for it.
    if (token)
      void fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: LOGOUT }),
      }).catch(() => undefined);
  }, [forget]);

  const renew = useCallback((renewed: StoredSession) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(renewed));
    setSession(renewed);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { username, password } }),
    });
    const body = (await response.json()) as {
      data?: { login: StoredSession } | null;
      errors?: { message: string }[];
    };
    if (!body.data?.login)
      throw new LoginError(body.errors?.[0]?.message ?? 'No fue posible iniciar sesión.');
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(body.data.login));
    setSession(body.data.login);
  }, []);

  const token = session?.token ?? null;
  const client = useMemo(() => createGraphQLClient(() => token, forget), [token, forget]);
  const value = useMemo<SessionValue>(
    () => ({
      user: session?.user ?? null,
      role: session ? primaryRole(session.user.roles) : null,
      login,
      logout,
      renew,
    }),
    [session, login, logout, renew],
  );
  return (
    <SessionContext.Provider value={value}>
      <GraphQLProvider value={client}>{children}</GraphQLProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The session's token, for plain downloads (report files) that need the same Authorization header. */
export function currentToken(): string | null {
  return readStored()?.token ?? null;
}
