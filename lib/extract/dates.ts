/**
 * Dates: `normDate` (a date string -> UTC ISO string) and `textDate` (the first publication date
 * written in a short line of text: "March 3, 2025", "3 March 2025", "3 de marzo de 2025",
 * "3. März 2025", "03.03.2025", "2025-03-03", "2025/3/3", "2025年3月3日", "2025년 3월 3일").
 *
 * A date the line marks as an update ("Updated March 5, 2025", "Aktualisiert am 05.03.2025",
 * "mis à jour le 6 mars 2025") is skipped. Written dates carry no zone: they are read as midnight UTC.
 * Callers pass short lines (a byline, a <time>'s text); every string read here is capped anyway.
 */

/** A date string as a UTC ISO string (a date without time is midnight UTC, a time without zone is UTC), or null. */
export function normDate(raw: unknown): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const s = String(raw).trim().slice(0, 100);
  if (!s) return null;
  let d: Date;
  const iso = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s*(Z|[+-]\d\d:?\d\d|[+-]\d\d)?)?$/i.exec(s);
  if (iso) {
    const [, y, mo, da, h = '00', mi = '00', se = '00', frac = '', tz] = iso;
    let zone = 'Z';
    if (tz && tz.toUpperCase() !== 'Z') zone = tz.length === 3 ? `${tz}:00` : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
    d = new Date(`${y}-${mo}-${da}T${h}:${mi}:${se}.${(frac + '000').slice(0, 3)}${zone}`);
  } else if (/^\d{10,13}$/.test(s)) {
    d = new Date(Number(s) * (s.length === 10 ? 1000 : 1));
  } else {
    const hasZone = /(Z|GMT|UTC|[+-]\d\d:?\d\d)\b/i.test(s);
    d = new Date(hasZone ? s : `${s} UTC`);
    if (isNaN(d.getTime())) d = new Date(s);
  }
  const y = d.getUTCFullYear();
  if (isNaN(d.getTime()) || y < 1990 || d.getTime() > Date.now() + 366 * 86400_000) return null;
  return d.toISOString();
}

// Month names (English, French, German, Spanish, Italian, Portuguese, Dutch, Russian), matched by prefix:
// "Mar", "mars", "März", "marzo", "março" are all March; an ambiguous prefix ("jui") is no month.
const MONTH_NAMES: [string, number][] = [];
[
  'january janvier januar jänner enero gennaio janeiro januari январь января',
  'february février fevrier februar febrero febbraio fevereiro februari февраль февраля',
  'march mars märz marz marzo março maart март марта',
  'april avril abril aprile апрель апреля',
  'may mai mayo maggio maio mei май мая',
  'june juin juni junio giugno junho июнь июня',
  'july juillet juli julio luglio julho июль июля',
  'august août aout agosto augustus август августа',
  'september septembre septiembre setiembre settembre setembro сентябрь сентября',
  'october octobre oktober octubre ottobre outubro октябрь октября',
  'november novembre noviembre novembro ноябрь ноября',
  'december décembre decembre dezember diciembre dicembre dezembro декабрь декабря',
].forEach((names, i) => names.split(' ').forEach((n) => MONTH_NAMES.push([n, i + 1])));

/** The month (1-12) a word names, or 0. */
export function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  let found = 0;
  for (const [name, m] of MONTH_NAMES) {
    if (!name.startsWith(w) && !(w.length > name.length && w.startsWith(name))) continue;
    if (found && found !== m) return 0;
    found = m;
  }
  return found;
}

// One pass over the line. Groups: 1-3 y年m月d日; 4-6 y-m-d; 7-9 d.m.y; 10-12 d Month y; 13-15 Month d, y.
const DATE_RE = new RegExp(
  [
    '(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?',
    '(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)',
    '(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)',
    '(?<!\\d)(\\d{1,2})(?:\\.|er|º|°)?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)',
    '(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)',
  ].join('|'),
  'giu',
);
// Words that mark the following date as an update, at the end of the text before it.
const UPDATED = /(?:updated|modified|edited|revised|aktualisiert|geändert|mis à jour|modifié|actualizado|actualización|aggiornato|atualizado|bijgewerkt|обновлено|изменено|更新|修改|수정|업데이트)[\s:：]*(?:\p{L}+[\s:：,]+|[日时時間]+[\s:：]*){0,2}$/iu;

const TIME_AFTER = /^[\s,]*(?:\([^)]{1,4}\)|（[^）]{1,4}）)?[\s,]*(?:at|um|à|a las|alle|às|kl\.?|[-–·|])?\s*(\d{1,2})[:h時](\d\d)分?(?![\d:])\s*([ap]\.?m\.?)?\s*(?:uhr\b|h\b)?/i;
const ZONE = /^\s*(?!\(?(?:UTC|GMT)\b)(?:\(?[A-Z]{2,5}\b|[+-]\d\d)/;

/** The first non-update date written in `text` (a short line), as YYYY-MM-DD (plus THH:MM:00Z when a zoneless time follows), or null. */
export function textDate(text: string): string | null {
  const s = text.length > 400 ? text.slice(0, 400) : text;
  DATE_RE.lastIndex = 0;
  for (let k = 0; k < 6; k++) {
    const m = DATE_RE.exec(s);
    if (!m) return null;
    let y = 0;
    let mo = 0;
    let d = 0;
    if (m[1]) [y, mo, d] = [+m[1], +m[2], +m[3]];
    else if (m[4]) [y, mo, d] = [+m[4], +m[5], +m[6]];
    else if (m[7]) [y, mo, d] = [+m[9], +m[8], +m[7]];
    else if (m[10]) [y, mo, d] = [+m[12], monthOf(m[11]), +m[10]];
    else [y, mo, d] = [+m[15], monthOf(m[13]), +m[14]];
    if (!mo || mo > 12 || !d || d > 31 || UPDATED.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
    let iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (!normDate(iso)) continue;
    // A clock time right after the date ("08.04.2015 12:46", "March 3, 2025 at 9:05 pm") is kept
    // when no zone follows (read as UTC, like every zoneless time); with a local zone ("ET", "CET")
    // the date alone is the safer answer.
    const after = s.slice(DATE_RE.lastIndex, DATE_RE.lastIndex + 40);
    const t = TIME_AFTER.exec(after);
    if (t && !ZONE.test(after.slice(t[0].length))) {
      let h = +t[1];
      if (t[3] && /p/i.test(t[3]) && h < 12) h += 12;
      if (t[3] && /a/i.test(t[3]) && h === 12) h = 0;
      if (h < 24 && +t[2] < 60) iso += `T${String(h).padStart(2, '0')}:${t[2]}:00Z`;
    }
    return iso;
  }
  return null;
}
