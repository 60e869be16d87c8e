/**
 * How a page presents a run, apart from the run itself: `embed=` shows only the listed panels
 * (for an <iframe> in slides or course pages), `hide=` removes control groups (so a teacher
 * fixes what students may change), `lang=` picks the interface language. These keys say nothing about the numbers, so they live
 * beside the run's link keys rather than in RunConfig: they are split off before the link is
 * decoded and written back in front of its closing `v=`. Values are checked like every other
 * key; an unknown name gets a message and is ignored.
 */
import { LANGS, isLang, type Lang } from '../core/i18n/lang';
import { msg } from '../core/i18n/message';
import { problem, quote, type Problem } from './problems';

export const EMBED_PANELS = [
  'graph',
  'output',
  'loss',
  'inspector',
  'flow',
  'graph-scalar',
  'race',
  'landscape',
] as const;
export type EmbedPanel = (typeof EMBED_PANELS)[number];

export const HIDE_GROUPS = ['data', 'network', 'training', 'inspector', 'lessons'] as const;
export type HideGroup = (typeof HIDE_GROUPS)[number];

export interface Presentation {
  /** The panels an embedded page shows, in the link's order; null for the full page. */
  embed: EmbedPanel[] | null;
  hide: HideGroup[];
  /** The interface language the link asks for; null: the reader's browser decides. */
  lang: Lang | null;
}

export const FULL_PAGE: Presentation = { embed: null, hide: [], lang: null };

/** Link key → the names it takes. */
const KEYS = { embed: EMBED_PANELS, hide: HIDE_GROUPS } as const;
const MAX_VALUE_CHARS = 200;

function readNames<T extends string>(
  key: string,
  text: string,
  names: readonly T[],
  problems: Problem[],
): T[] {
  const picked: T[] = [];
  for (const part of text.slice(0, MAX_VALUE_CHARS).split(',')) {
    if (part === '') continue;
    if ((names as readonly string[]).includes(part)) {
      if (!picked.includes(part as T)) picked.push(part as T);
    } else {
      const text = msg('problem.link.notOneOf', {
        key,
        value: quote(part),
        names: names.join(', '),
      });
      problems.push(problem(key, text));
    }
  }
  return picked;
}

/** Splits the presentation keys off a link; `runLink` is the rest, for decodeLink. */
export function splitPresentation(link: string): {
  runLink: string;
  presentation: Presentation;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const hashAt = link.indexOf('#');
  const text = hashAt >= 0 ? link.slice(hashAt + 1) : link;
  const kept: string[] = [];
  let embed: EmbedPanel[] | null = null;
  let hide: HideGroup[] = [];
  let lang: Lang | null = null;
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq >= 0 ? pair.slice(0, eq) : pair;
    const value = eq >= 0 ? pair.slice(eq + 1) : '';
    if (key === 'embed') {
      embed = readNames(key, value, KEYS.embed, problems);
      if (embed.length === 0) {
        problems.push(problem(key, msg('problem.link.embedEmpty')));
        embed = null;
      }
    } else if (key === 'hide') {
      hide = readNames(key, value, KEYS.hide, problems);
    } else if (key === 'lang') {
      lang = readLang(value, problems);
    } else {
      kept.push(pair);
    }
  }
  return { runLink: kept.join('&'), presentation: { embed, hide, lang }, problems };
}

/**
 * The language a `lang=` value names ('ko', 'KO'); null and a message for anything else (the
 * page then follows the browser's languages).
 */
function readLang(value: string, problems: Problem[]): Lang | null {
  const name = value.slice(0, MAX_VALUE_CHARS).toLowerCase();
  if (isLang(name)) return name;
  const text = msg('problem.link.notOneOf', {
    key: 'lang',
    value: quote(value),
    names: LANGS.join(', '),
  });
  problems.push(problem('lang', text));
  return null;
}

/** The presentation keys as link text (empty for the full page). */
export function presentationText(p: Presentation): string {
  const parts: string[] = [];
  if (p.embed !== null) parts.push(`embed=${p.embed.join(',')}`);
  if (p.hide.length > 0) parts.push(`hide=${p.hide.join(',')}`);
  if (p.lang !== null) parts.push(`lang=${p.lang}`);
  return parts.join('&');
}

/** A run's link with the presentation keys added, before the closing `v=` that ends it. */
export function withPresentation(runLink: string, p: Presentation): string {
  const extra = presentationText(p);
  if (extra === '') return runLink;
  const hash = runLink.startsWith('#') ? '#' : '';
  const text = hash ? runLink.slice(1) : runLink;
  const parts = text === '' ? [] : text.split('&');
  const end = parts.findIndex((part) => part.startsWith('v='));
  if (end < 0) parts.push(extra);
  else parts.splice(end, 0, extra);
  return hash + parts.join('&');
}
