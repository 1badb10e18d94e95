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
 * Two rules keep one request's writes out of another's transaction:
 *
 * 1. A transaction settles in the turn of the event loop that opened it. Its callback may await store calls
 *    (synchronous underneath: their promises are already settled) but no real I/O. argon2 hashing runs in a
 *    thread pool, a network call or a timer hands the loop to other requests: that work is done before the
 *    transaction opens. A callback still pending when the loop turns (a `setImmediate`, which runs only once
 *    this turn's microtasks are done) is rolled back and its caller gets TransactionOverrunError.
 * 2. While it is open, every other store call waits for it to end. Other requests' microtasks do interleave
 *    with the callback's awaits (two requests handled in one turn); they wait at most until the end of the
 *    turn, by rule 1.
 *
 * A mutex alone would let a transaction hold the connection across real I/O, every request and the responses'
 * group commit queued behind it; rule 1 makes that a bug the tests catch, not a slowdown nobody sees.
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
    let turn: NodeJS.Immediate | undefined;
    try {
      // IMMEDIATE takes the write lock now, so that another process (a backup) cannot fail the first write.
      sqlite.exec("BEGIN IMMEDIATE");
      const overrun = new Promise<never>((_, reject) => (turn = setImmediate(() => reject(new TransactionOverrunError()))));
      const result = await Promise.race([attempt(() => fn(token)), overrun]);
      sqlite.exec("COMMIT");
      return result;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      throw error;
    } finally {
      if (turn) clearImmediate(turn);
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
