import type Database from "better-sqlite3";

/** A transaction whose callback was still waiting when the event loop turned: rolled back, never committed. */
export class TransactionOverrunError extends Error {
  override name = "TransactionOverrunError";
  constructor() {
    super(
      "a transaction must settle in the turn of the event loop that opened it: do slow work (hashing, network, " +
        "caches) before it, and use only the store handed to its callback inside it",
    );
  }
}

/**
 * Transactions on the app's one SQLite connection.
 *
 * better-sqlite3 runs every statement synchronously on one connection shared by all requests: while a
 * transaction is open, any statement run on the connection joins it, whoever runs it, and shares its fate.
 * So:
 *
 * 1. While a transaction is open, every other store call waits for it to end, and so does the responses'
 *    group commit (responses-store.ts). Other requests' microtasks do interleave with the callback's awaits
 *    (two requests handled in one turn of the event loop): without the wait, their writes would join this
 *    transaction and vanish with its rollback. This is what keeps other writes out.
 * 2. A transaction settles in the turn of the event loop that opened it, so that rule 1 holds everyone up
 *    for microseconds. Its callback may await store calls (synchronous underneath: their promises are already
 *    settled) but no real I/O: argon2 hashing (a thread pool), a network call or a timer is done before the
 *    transaction opens. A callback still pending when the loop moves on — a `setImmediate` and a zero-delay
 *    timer, queued as the transaction opens, run only once this turn's microtasks are done and before any
 *    later timer or slow I/O — is rolled back, and its caller gets TransactionOverrunError.
 *
 * A mutex alone (rule 1) would be correct but would let one slow transaction stall every request unnoticed;
 * rule 2 turns that into an error the tests catch.
 */
export function createTransactionGate(sqlite: Database.Database) {
  let holder: symbol | undefined;
  let released: Promise<void> = Promise.resolve();

  const attempt = <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return call();
    } catch (error) {
      return Promise.reject(error);
    }
  };

  /** Runs a store call now, or once the open transaction has ended. */
  const outside = <T>(call: () => Promise<T>): Promise<T> => (holder === undefined ? attempt(call) : released.then(() => outside(call)));

  /** Runs a store call of the transaction `token`, refused once that transaction has ended. */
  const inside = <T>(token: symbol, call: () => Promise<T>): Promise<T> =>
    holder === token ? attempt(call) : Promise.reject(new TransactionOverrunError());

  /** Runs `fn` in a transaction: everything it writes commits together, or nothing does if it throws. */
  const run = async <T>(fn: (token: symbol) => Promise<T>): Promise<T> => {
    while (holder !== undefined) await released;
    const token = Symbol("transaction");
    holder = token;
    let release = () => {};
    released = new Promise((resolve) => (release = resolve));
    let immediate: NodeJS.Immediate | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      // IMMEDIATE takes the write lock now, so that another process (a backup) cannot fail the first write.
      sqlite.exec("BEGIN IMMEDIATE");
      const overrun = new Promise<never>((_, reject) => {
        const refuse = () => reject(new TransactionOverrunError());
        immediate = setImmediate(refuse);
        timer = setTimeout(refuse, 0);
      });
      const result = await Promise.race([attempt(() => fn(token)), overrun]);
      sqlite.exec("COMMIT");
      return result;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      throw error;
    } finally {
      clearImmediate(immediate);
      clearTimeout(timer);
      holder = undefined;
      release();
    }
  };

  return { outside, inside, run };
}

export type TransactionGate = ReturnType<typeof createTransactionGate>;

/** The same store part, each of its methods run through `gate` (all of them return promises). */
export function gated<T extends object>(part: T, gate: <R>(call: () => Promise<R>) => Promise<R>): T {
  const methods = Object.entries(part).map(([name, value]) => [
    name,
    typeof value === "function" ? (...args: unknown[]) => gate(() => value.apply(part, args)) : value,
  ]);
  return Object.fromEntries(methods) as T;
}
