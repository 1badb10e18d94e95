import { useCallback, useEffect, useState } from "react";
import { RequestError } from "@web/shared/api-error.ts";

export type AsyncState<T> = { status: "loading" } | { status: "error"; error: RequestError } | { status: "ready"; data: T };

/**
 * Loads data for a page and reloads it when its dependencies change; a later answer never overwrites a newer one.
 * @example
 * const [state, reload] = useAsync(() => unwrap(api.audit.$get({ query: {} })), []);
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): [AsyncState<T>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    load().then(
      (data) => current && setState({ status: "ready", data }),
      (error: unknown) =>
        current &&
        setState({ status: "error", error: error instanceof RequestError ? error : new RequestError(0, "unknown", String(error)) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);
  return [state, reload];
}
