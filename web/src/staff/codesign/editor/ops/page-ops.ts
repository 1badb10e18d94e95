import { type DraftContent, RESPONDENT_ROLES, type RespondentRole, type SurveyPage } from "@web/shared/domain.ts";
import { freshName, withPages } from "./element-tree.ts";
import { PLACEHOLDER } from "./placeholders.ts";

/** Pages of the questionnaire and the respondents it is written for. */

/**
 * Adds an empty page (at the end by default) named `page1`, `page2`… It needs a question before the server
 * accepts it: a page holds at least one element.
 */
export function addPage(content: DraftContent, index = content.definition.pages.length): { content: DraftContent; name: string } {
  const name = freshName(content, undefined, "page");
  const page: SurveyPage = { name, title: { ...PLACEHOLDER.page }, elements: [] };
  const pages = [...content.definition.pages];
  pages.splice(Math.max(0, Math.min(index, pages.length)), 0, page);
  return { content: withPages(content, pages), name };
}

/** Removes a page that holds nothing; a page with questions, or the only page, stays. */
export function deletePage(content: DraftContent, name: string): DraftContent {
  const pages = content.definition.pages;
  const page = pages.find((p) => p.name === name);
  if (!page || page.elements.length > 0 || pages.length === 1) return content;
  return withPages(
    content,
    pages.filter((p) => p !== page),
  );
}

/** Adds or removes a respondent role, keeping the roles in their usual order. */
export function setRole(content: DraftContent, role: RespondentRole, on: boolean): DraftContent {
  if (content.roles.includes(role) === on) return content;
  const roles = on ? RESPONDENT_ROLES.filter((r) => r === role || content.roles.includes(r)) : content.roles.filter((r) => r !== role);
  return { ...content, roles };
}
