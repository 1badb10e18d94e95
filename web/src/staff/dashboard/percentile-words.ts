import { GROUP_PHRASES, type GroupKey } from "../labels.ts";

/**
 * A percentile rank said in words, in fractions people read at a glance: tenths at the extremes, quarters
 * otherwise (« au-dessus de 3 structures sur 4 de la région »). The rank is the API's (mid-rank convention);
 * this only chooses the words.
 * @example
 * percentileWords(75, "region").fr // → "au-dessus de 3 structures sur 4 de la région"
 */
export function percentileWords(percentile: number, group: GroupKey): { fr: string; en: string } {
  const where = GROUP_PHRASES[group];
  if (percentile >= 90) return { fr: `au-dessus de 9 structures sur 10 ${where.fr}`, en: `above 9 in 10 structures ${where.en}` };
  if (percentile <= 10) return { fr: `en dessous de 9 structures sur 10 ${where.fr}`, en: `below 9 in 10 structures ${where.en}` };
  const quarters = Math.min(3, Math.max(1, Math.round(percentile / 25)));
  if (quarters === 2)
    return { fr: `au-dessus d'environ la moitié des structures ${where.fr}`, en: `above about half of the structures ${where.en}` };
  if (quarters === 1) return { fr: `au-dessus d'une structure sur 4 ${where.fr}`, en: `above 1 in 4 structures ${where.en}` };
  return { fr: `au-dessus de 3 structures sur 4 ${where.fr}`, en: `above 3 in 4 structures ${where.en}` };
}
