import sanitizeHtml from "sanitize-html";

/**
 * What a questionnaire may show a respondent. Its texts reach the respondent's screen as HTML (SurveyJS
 * renders `html` blocks and, with markdown on, any text), and whoever writes a draft is not whoever answers
 * it: a `<meta http-equiv="refresh">`, a form posting elsewhere or an event attribute in a draft would act
 * on every respondent of the published version, and on every member trying the draft. The page's Content
 * Security Policy stops inline scripts, not those.
 *
 * S1 Every text of a questionnaire (titles, descriptions, html blocks, choices, completion texts… in every
 *    language) keeps only an allow-list of harmless HTML: headings, paragraphs, line breaks, lists, emphasis,
 *    quotations, links and images. Anything else (meta, script, style, iframe, object, form, input, button,
 *    svg, template…) goes; the text of a removed container stays, the content of script, style and the like
 *    goes with them.
 * S2 Attributes: none but a link's href, title and hreflang, an image's src, alt, width and height, and
 *    lang on any element. Event attributes (onerror, onclick…), style, class, id and target go: a link
 *    opens as an ordinary link, in the same tab.
 * S3 Links lead to https, mailto or tel addresses (tel: for the crisis lines the library cites, such as
 *    the 3114), or to a page of the site itself (a relative address). javascript:, data:, http: and
 *    protocol-relative (//host) addresses go, the link's text stays.
 * S4 Images come from the site itself (a relative address) or from a data URL: an outside image would tell
 *    another site who opens the questionnaire, and when.
 * S5 Markdown links and images (`[text](address)`, `![alt](address)`) follow S3 and S4: one with another
 *    address is replaced by its text.
 * S6 Survey settings that leave the page or fetch from elsewhere (navigateToUrl, navigateToUrlOnCondition,
 *    choicesByUrl) are removed; an image address (imageLink, logo, backgroundImage) follows S4.
 * S7 Names, values and expressions (name, value, type, visibleIf and other conditions) are not texts: they
 *    are kept as written, since answers are stored under them.
 *
 * The rule is applied when a draft is saved, when a library file is read, and when a stored version is
 * read, so that a version stored before it existed is served clean too. It is idempotent: cleaning clean
 * content changes nothing, so clean library files keep their content hash.
 */

const ALLOWED_TAGS = [
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "br",
  "hr",
  "ul",
  "ol",
  "li",
  "strong",
  "b",
  "em",
  "i",
  "u",
  "s",
  "small",
  "sub",
  "sup",
  "abbr",
  "blockquote",
  "span",
  "a",
  "img",
];

const LINK_SCHEMES = ["https", "mailto", "tel"];

const HTML_RULES: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    "*": ["lang"],
    a: ["href", "title", "hreflang"],
    abbr: ["title"],
    img: ["src", "alt", "width", "height"],
  },
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesByTag: { img: ["data"] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Their content is code or a control, never text to keep (S1).
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template", "svg", "math", "select"],
};

/** Something that looks like markup: a tag, a comment or a declaration. Plain texts are left untouched. */
const MARKUP = /<[a-zA-Z!/?]/;
/** A markdown link or image: `[text](address)` or `![alt](address)`. */
const MARKDOWN_LINK = /(!?)\[([^\]]*)\]\(\s*((?:[^()\s]|\([^()]*\))*)[^)]*\)/g;

/** S7: properties whose strings are names, values or expressions, not texts. */
const NOT_TEXTS = new Set(["name", "value", "type", "valueName", "expression", "id", "slug", "item", "items", "reverse", "dimension"]);
/** S6: settings that navigate or fetch. */
const REMOVED_SETTINGS = new Set(["navigateToUrl", "navigateToUrlOnCondition", "choicesByUrl"]);
/** S6: settings holding an image address. */
const IMAGE_ADDRESSES = new Set(["imageLink", "logo", "backgroundImage"]);

function isCondition(key: string): boolean {
  return /If$/.test(key);
}

/** S3 and S4 for one address. */
function allowedAddress(address: string, image: boolean): boolean {
  const trimmed = address.trim();
  if (trimmed.startsWith("//") || trimmed.startsWith("\\")) return false;
  // Browsers skip white space and control characters inside a scheme ("java\tscript:"), so this does too.
  const compact = [...trimmed].filter((c) => c.charCodeAt(0) > 0x20 && !/\s/.test(c)).join("");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact);
  if (!scheme) return true;
  const name = scheme[1]!.toLowerCase();
  return image ? name === "data" : LINK_SCHEMES.includes(name);
}

/**
 * One text made safe (S1–S5).
 * @example
 * safeText('<p onclick="x()">Bonjour<meta http-equiv="refresh" content="0;url=https://ailleurs.example"></p>')
 * // → "<p>Bonjour</p>"
 */
export function safeText(text: string): string {
  const html = MARKUP.test(text) ? sanitizeHtml(text, HTML_RULES) : text;
  return html.replace(MARKDOWN_LINK, (whole: string, bang: string, label: string, address: string) =>
    allowedAddress(address, bang === "!") ? whole : label,
  );
}

/**
 * A questionnaire's content (a definition, a scoring, a title, a whole draft or file) with every text made
 * safe (S1–S7). The value is copied, never changed in place.
 */
export function safeContent<T>(value: T): T {
  return clean(value, undefined) as T;
}

function clean(value: unknown, key: string | undefined): unknown {
  if (typeof value === "string") {
    if (key !== undefined && IMAGE_ADDRESSES.has(key)) return allowedAddress(value, true) ? value : "";
    return key !== undefined && (NOT_TEXTS.has(key) || isCondition(key)) ? value : safeText(value);
  }
  if (Array.isArray(value)) return value.map((item) => clean(item, key !== undefined && NOT_TEXTS.has(key) ? key : undefined));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (REMOVED_SETTINGS.has(k)) continue;
      // A localised text ({ fr, en, default… }) keeps its locales: they are texts whatever the key above.
      out[k] = clean(v, k);
    }
    return out;
  }
  return value;
}

/**
 * True when a text carries markup (HTML or a markdown link or image): what it shows may then be more
 * than its words (a link, an image), so the version diff never takes a change of it for typography.
 */
export function carriesMarkup(text: string): boolean {
  MARKDOWN_LINK.lastIndex = 0;
  return MARKUP.test(text) || MARKDOWN_LINK.test(text);
}

/** True when `safeContent` would change something: the content carried markup or settings S1–S6 remove. */
export function hasUnsafeContent(value: unknown): boolean {
  return JSON.stringify(safeContent(value)) !== JSON.stringify(value);
}
