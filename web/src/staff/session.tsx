import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { api } from "../shared/api-client.ts";
import { unwrap } from "./api-call.ts";

export type StaffUser = Awaited<ReturnType<typeof loadMe>>["user"];

function loadMe() {
  return unwrap(api.auth.me.$get());
}

interface SessionState {
  /** undefined while the session is being checked; null when nobody is signed in. */
  user: StaffUser | null | undefined;
  setUser: (user: StaffUser | null) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState>({ user: undefined, setUser: () => {}, signOut: async () => {} });

/** The signed-in staff member, read once from the HttpOnly session cookie through GET /api/auth/me. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<StaffUser | null | undefined>(undefined);
  useEffect(() => {
    loadMe().then(
      (me) => setUser(me.user),
      () => setUser(null),
    );
  }, []);
  const signOut = useCallback(async () => {
    await unwrap(api.auth.logout.$post()).catch(() => undefined);
    setUser(null);
  }, []);
  return <SessionContext.Provider value={{ user, setUser, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}
