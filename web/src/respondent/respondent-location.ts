/** Where a respondent link points: `/r/:code?i=invitation`. */
export interface RespondentLocation {
  /** The campaign code, decoded; "" when the link is malformed. */
  code: string;
  invitation: string | undefined;
}

/** True on the respondent routes, the only ones a patient opens. */
export const isRespondentPath = (pathname: string) => pathname.startsWith("/r/");

export function readRespondentLocation(location: Pick<Location, "pathname" | "search">): RespondentLocation {
  const segment = location.pathname.split("/")[2] ?? "";
  let code = "";
  try {
    code = decodeURIComponent(segment);
  } catch {
    code = "";
  }
  const invitation = new URLSearchParams(location.search).get("i")?.trim() || undefined;
  return { code, invitation };
}
