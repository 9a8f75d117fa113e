/**
 * Dates: `normDate` (a date string -> UTC ISO string) and `textDate` (the first publication date
 * written in a short line of text: "March 3, 2025", "3 March 2025", "3 de marzo de 2025",
 * "3. März 2025", "03.03.2025", "2025-03-03", "2025/3/3", "2025年3月3日", "2025년 3월 3일").
 *
 * A date the line marks as an update ("Updated March 5, 2025", "Aktualisiert am 05.03.2025",
 * "mis à jour le 6 mars 2025") is skipped. A written date alone is midnight UTC; a time next to it
 * keeps its zone ("9:15 a.m. ET", "14:30 CET", "+05:30"), or is read in the page's local zone
 * (`localZone`), else as UTC. "03/04/2025" is read month first only on US-English pages.
 * Relative dates ("3 days ago") are never turned into dates here. Month names in many languages
 * (diacritics ignored; an exact name beats a prefix), Arabic-Indic / Devanagari / full-width
 * digits, "2025. 3. 4." and "24-Nov-2026" forms.
 * Callers pass short lines (a byline, a <time>'s text); every string read here is capped anyway.
 */

/**
 * A date string as a UTC ISO string, or null. A date without time is midnight UTC; a time
 * without zone is the page's local time when `local` gives it (see `localZone`), else UTC.
 */
export function normDate(raw: unknown, local?: LocalZone): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const s = String(raw).trim().slice(0, 100);
  if (!s) return null;
  let d: Date;
  const iso = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s*(Z|[+-]\d\d:?\d\d|[+-]\d\d)?)?$/i.exec(s);
  if (iso) {
    const [, y, mo, da, h = '00', mi = '00', se = '00', frac = '', tz] = iso;
    let zone = 'Z';
    if (tz && tz.toUpperCase() !== 'Z') zone = tz.length === 3 ? `${tz}:00` : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
    else if (!tz && iso[4] && local) zone = offsetText(local(+y, +mo, +da));
    d = new Date(`${y}-${mo}-${da}T${h}:${mi}:${se}.${(frac + '000').slice(0, 3)}${zone}`);
  } else if (/^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])?(?:[0-5]\d){0,2}$/.test(s) && [8, 12, 14].includes(s.length)) {
    // Compact "20250303" / "202503030915" (NYT "pdate", many CMSs): a date, perhaps a zoneless time.
    const t = s.length > 8 ? `T${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14) || '00'}` : '';
    return normDate(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}${t}`, local);
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

/** A UTC offset in minutes as "+09:00" / "-03:00" / "Z". */
function offsetText(min: number): string {
  if (!min) return 'Z';
  const a = Math.abs(min);
  return `${min < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** The UTC offset (minutes) of a place's clock on a day. */
export type LocalZone = (y: number, mo: number, d: number) => number;

/** Last Sunday of a month (day of month). */
const lastSunday = (y: number, mo: number): number => {
  const last = new Date(Date.UTC(y, mo, 0));
  return last.getUTCDate() - last.getUTCDay();
};
/** European summer time: last Sunday of March to last Sunday of October. */
const euSummer = (y: number, mo: number, d: number): boolean =>
  (mo > 3 && mo < 10) || (mo === 3 && d >= lastSunday(y, 3)) || (mo === 10 && d < lastSunday(y, 10));
const eu = (std: number): LocalZone => (y, mo, d) => std + (euSummer(y, mo, d) ? 60 : 0);
const fixed = (min: number): LocalZone => () => min;

// Countries (region subtag or country-code domain) with one clock, and languages spoken in one
// zone. Countries over several zones (US, CA, AU, MX, RU beyond Moscow's) are left out: their
// zoneless times stay UTC. Plain "es" / "pt" / "en" name no country.
const COUNTRY_ZONES: Record<string, LocalZone> = {
  jp: fixed(540), kr: fixed(540), cn: fixed(480), tw: fixed(480), hk: fixed(480), sg: fixed(480), my: fixed(480), ph: fixed(480),
  in: fixed(330), id: fixed(420), vn: fixed(420), th: fixed(420), tr: fixed(180), br: fixed(-180), ar: fixed(-180), cl: fixed(-240),
  gb: eu(0), uk: eu(0), ie: eu(0), pt: eu(0),
  de: eu(60), at: eu(60), ch: eu(60), fr: eu(60), be: eu(60), nl: eu(60), lu: eu(60), it: eu(60), es: eu(60), pl: eu(60),
  cz: eu(60), sk: eu(60), hu: eu(60), si: eu(60), hr: eu(60), se: eu(60), no: eu(60), dk: eu(60),
  fi: eu(120), ee: eu(120), lv: eu(120), lt: eu(120), gr: eu(120), ro: eu(120), bg: eu(120), ua: eu(120),
  // Israel: summer time from the Friday before March's last Sunday to October's last Sunday.
  il: (y, mo, d) => 120 + ((mo > 3 && mo < 10) || (mo === 3 && d >= lastSunday(y, 3) - 2) || (mo === 10 && d < lastSunday(y, 10)) ? 60 : 0),
};
const LANG_ZONES: Record<string, string> = {
  ja: 'jp', ko: 'kr', zh: 'cn', de: 'de', fr: 'fr', it: 'it', nl: 'nl', pl: 'pl', cs: 'cz', sk: 'sk', hu: 'hu', sl: 'si', hr: 'hr',
  sv: 'se', nb: 'no', nn: 'no', no: 'no', da: 'dk', fi: 'fi', et: 'ee', lv: 'lv', lt: 'lt', el: 'gr', ro: 'ro', bg: 'bg', uk: 'ua',
  tr: 'tr', id: 'id', vi: 'vn', th: 'th', hi: 'in', he: 'il',
};

/**
 * The page's local clock, for times written without a zone ("2026年03月04日 14時02分",
 * "04/03/2026 14h02"): the country of the language's region ("pt-BR"), else of the host's
 * country-code domain, else of a language spoken in one zone ("ja", "de"). Undefined when unknown.
 */
export function localZone(lang: string | null, region: string | undefined, host: string): LocalZone | undefined {
  const cc = /\.([a-z]{2})$/.exec(host)?.[1];
  return (region && COUNTRY_ZONES[region]) || (lang !== 'en' && cc && COUNTRY_ZONES[cc]) || (cc === 'uk' || cc === 'ie' ? COUNTRY_ZONES[cc] : undefined) || (lang ? COUNTRY_ZONES[LANG_ZONES[lang] ?? ''] : undefined);
}

// Month names (English, French, German, Spanish, Italian, Portuguese, Dutch, Russian, Czech, Polish,
// Swedish, Danish/Norwegian, Finnish, Greek, Turkish, Indonesian, Romanian, Hindi, Ukrainian, Hebrew, Arabic), compared without diacritics
// ("března" = "brezna", "Μαρτίου" = "μαρτιου"): a word naming one month exactly ("června" June,
// "července" July) is that month; otherwise by prefix: "Mar", "mars", "März", "marzo", "março" are
// all March; an ambiguous prefix ("jui") is no month.
const bare = (w: string): string => w.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i');
const MONTH_NAMES: [string, number][] = [];
const MONTH_EXACT = new Map<string, number>();
[
  'january janvier januar jänner enero gennaio janeiro januari январь января leden ledna styczeń stycznia ιανουαριος ιανουαριου ocak ianuarie जनवरी січня січень ינואר يناير',
  'february février fevrier februar febrero febbraio fevereiro februari февраль февраля únor února luty lutego φεβρουαριος φεβρουαριου şubat februarie फ़रवरी फरवरी лютого лютий פברואר فبراير شباط',
  'march mars märz marz marzo março maart mrt март марта březen března marzec marca marts μαρτιος μαρτιου mart maret martie मार्च березня березень מרץ مارس آذار',
  'april avril abril aprile апрель апреля duben dubna kwiecień kwietnia απριλιος απριλιου nisan aprilie अप्रैल квітня квітень אפריל أبريل ابريل إبريل نيسان',
  'may mai mayo maggio maio mei май мая květen května maj maja μαιος μαιου mayıs मई травня травень מאי مايو أيار',
  'june juin juni junio giugno junho июнь июня červen června czerwiec czerwca ιουνιος ιουνιου haziran iunie जून червня червень יוני يونيو يونيه حزيران',
  'july juillet juli julio luglio julho июль июля červenec července lipiec lipca ιουλιος ιουλιου temmuz iulie जुलाई липня липень יולי يوليو يوليه تموز',
  'august août aout agosto augustus август августа srpen srpna sierpień sierpnia augusti αυγουστος αυγουστου ağustos agustus अगस्त серпня серпень אוגוסט أغسطس اغسطس',
  'september septembre septiembre setiembre settembre setembro сентябрь сентября září wrzesień września σεπτεμβριος σεπτεμβριου eylül septembrie सितंबर सितम्बर вересня вересень ספטמבר سبتمبر أيلول',
  'october octobre oktober octubre ottobre outubro октябрь октября říjen října październik października οκτωβριος οκτωβριου ekim octombrie अक्टूबर жовтня жовтень אוקטובר أكتوبر اكتوبر',
  'november novembre noviembre novembro ноябрь ноября listopad listopadu listopada νοεμβριος νοεμβριου kasım noiembrie नवंबर नवम्बर листопада листопад נובמבר نوفمبر',
  'december décembre decembre dezember diciembre dicembre dezembro декабрь декабря prosinec prosince grudzień grudnia desember δεκεμβριος δεκεμβριου aralık decembrie दिसंबर दिसम्बर грудня грудень דצמבר ديسمبر',
].forEach((names, i) => names.split(' ').forEach((n) => {
  MONTH_NAMES.push([bare(n), i + 1]);
  MONTH_EXACT.set(bare(n), i + 1);
}));
// Finnish genitives, whole words only: "mar" must stay March, not also "marraskuuta" (November).
'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta'
  .split(' ').forEach((n, i) => MONTH_EXACT.set(bare(n), i + 1));

/** The month (1-12) a word names, or 0. */
export function monthOf(word: string): number {
  const w = bare(word).replace(/\.$/, '');
  // Hebrew writes "in March" as one word ("במרץ").
  const exact = MONTH_EXACT.get(w) ?? (w.startsWith('ב') ? MONTH_EXACT.get(w.slice(1)) : undefined);
  if (exact) return exact;
  if (w.length < 3) return 0;
  let found = 0;
  for (const [name, m] of MONTH_NAMES) {
    if (!name.startsWith(w) && !(w.length > name.length && w.startsWith(name))) continue;
    if (found && found !== m) return 0;
    found = m;
  }
  return found;
}

// One pass over the line. Groups: 1-3 y年m月d日; 4-6 y-m-d; 7-9 d.m.y; 10-12 d Month y; 13-15 Month d, y;
// 16-18 n/n/y or n-n-y (month or day first: see `textDate`).
const DATE_RE = new RegExp(
  [
    '(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?',
    '(?<!\\d)(\\d{4})(?:[-/.]|\\. )(\\d{1,2})(?:[-/.]|\\. )(\\d{1,2})(?!\\d)',
    '(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)',
    '(?<!\\d)(\\d{1,2})(?:\\.|er|º|°|st|nd|rd|th)?(?:\\s+|-(?=\\p{L}{3,9}-))(?:de\\s+|of\\s+)?([\\p{L}\\p{M}]{3,12})\\.?,?(?:\\s+|-)(?:de\\s+)?(\\d{4})(?!\\d)',
    '(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)',
    '(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\17(\\d{4}|\\d{2})(?![\\d/-])',
    // Vietnamese: "2 tháng 11, 2026", "ngày 2 tháng 11 năm 2026"
    '(?<!\\d)(\\d{1,2})\\s+tháng\\s+(\\d{1,2}),?\\s+(?:năm\\s+)?(\\d{4})(?!\\d)',
  ].join('|'),
  'giu',
);
// Words that mark the following date as an update, at the end of the text before it.
const UPDATED = /(?:updated|modified|edited|revised|aktualisiert|geändert|mis à jour|modifié|actualizado|actualización|aggiornato|atualizado|bijgewerkt|обновлено|изменено|更新|修改|수정|업데이트|aktualizováno|aktualizované|zaktualizowano|aktualizacja|uppdaterad|opdateret|oppdatert|päivitetty|güncellendi|güncelleme|diperbarui|actualizat|ενημερώθηκε|ενημέρωση|frissítve|अपडेटेड|अद्यतन|оновлено|עודכן|päivitetty)[\s:：]*(?:\p{L}+[\s:：,]+|[日时時間]+[\s:：]*){0,2}$/iu;

// A clock time after the date ("at 9:05 pm", "· 14:30 Uhr", "12:46"), then perhaps a zone.
// Korean, Japanese and Chinese write the half of the day before the time ("2026.11.24. 오후 5:42",
// "午後5時42分", "下午 5:42"): group 1.
const TIME_AFTER = /^[\s,]*(?:\([^)]{1,4}\)|（[^）]{1,4}）)?[\s,]*(?:at|um|à|a las|alle|ore|om|às|kl\.?|klo|saat|pukul|lúc|o(?: godz\.?)?|в|[-–·|/])?\s*(?:\.?\s*(오전|오후|午前|午後|上午|下午)\s*)?(?:(\d{1,2})[:h時.](\d\d)分?(?::(\d\d)(?![\d:]))?(?![\d:.])\s*([ap]\.?m\.?(?![a-z])|ص|م(?![\u0600-\u06FF]))?|(\d{1,2})\s*([ap]\.?m\.?))\s*(?:uhr\b|h\b)?/i;
// A clock time (and zone) right before the date: "9:15 a.m. ET March 3, 2025", "10:30 AM EDT, Mon March 3, 2025".
const TIME_BEFORE = /(?:^|[^\d:])(?:(\d{1,2})[:h](\d\d)\s*([aApP]\.?[mM]\.?)?|(\d{1,2})\s*([aApP]\.?[mM]\.?))\s*(\(?[A-Z]{1,5}\)?(?=[\s,|·/–-])|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d\d)?(?=[\s,|·/–-]))?(?:\s*(?:on|[,|·/–-]))?\s*(?:[A-Za-z\u00C0-\u024F]{3,9}\.?,?\s*)?$/;

// Zone abbreviations as offsets from UTC in minutes; a pair is a US zone's [standard, daylight]
// offsets, chosen by the date (generic "ET", "PT").
const ZONES: Record<string, number | [number, number]> = {
  UTC: 0, GMT: 0, Z: 0, UT: 0, WET: 0, WEST: 60, BST: 60, IST: 330, CET: 60, CEST: 120, MEZ: 60, MESZ: 120,
  EET: 120, EEST: 180, MSK: 180, JST: 540, KST: 540, HKT: 480, SGT: 480, PHT: 480, AWST: 480, ACST: 570,
  AEST: 600, AEDT: 660, NZST: 720, NZDT: 780, WIB: 420,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600,
  ET: [-300, -240], CT: [-360, -300], MT: [-420, -360], PT: [-480, -420],
};

/** Is this day in US daylight time (second Sunday of March to first Sunday of November)? */
function usDaylight(y: number, mo: number, d: number): boolean {
  if (mo < 3 || mo > 11) return false;
  if (mo > 3 && mo < 11) return true;
  const firstSunday = 1 + ((7 - new Date(Date.UTC(y, mo - 1, 1)).getUTCDay()) % 7);
  return mo === 3 ? d >= firstSunday + 7 : d < firstSunday;
}

/**
 * The offset a zone written after a time names: minutes, null for no zone (the time is read as
 * UTC), undefined for a zone we cannot place (then the time is dropped, the date kept).
 */
function zoneOffset(text: string, y: number, mo: number, d: number): number | null | undefined {
  const num = /^\s*\(?(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d\d))?\)?(?![\d:])/i.exec(text);
  if (num && +num[2] <= 14) return (num[1] === '-' ? -1 : 1) * (+num[2] * 60 + +(num[3] ?? 0));
  const word = /^\s*\(?(Eastern|Central|Mountain|Pacific)(?:\s+(Standard|Daylight))?(?:\s+Time)?\b/i.exec(text);
  if (word) {
    const z = ZONES[word[1][0].toUpperCase() + 'T'] as [number, number];
    return word[2] ? z[/daylight/i.test(word[2]) ? 1 : 0] : z[usDaylight(y, mo, d) ? 1 : 0];
  }
  const ab = /^\s*\(?([A-Z]{1,5})\)?(?![A-Za-z\u00C0-\u024F\d])/.exec(text);
  if (!ab) return null;
  const z = ZONES[ab[1]];
  if (z === undefined) return ab[1].length >= 2 ? undefined : null;
  return Array.isArray(z) ? z[usDaylight(y, mo, d) ? 1 : 0] : z;
}

/** "T09:15:00Z" / "T09:15:00-04:00" for a clock time and its zone, or '' when it is no time or its zone is unknown. */
function clock(h: number, min: number, sec: number, ampm: string | undefined, zone: number | null | undefined): string {
  // Arabic: ص (morning), م (evening); Korean 오전/오후, Japanese 午前/午後, Chinese 上午/下午.
  if (ampm && /p|م|오후|午後|下午/i.test(ampm) && h < 12) h += 12;
  if (ampm && /a|ص|오전|午前|上午/i.test(ampm) && h === 12) h = 0;
  if (h >= 24 || min >= 60 || sec >= 60 || zone === undefined) return '';
  return `T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}:${String(sec).padStart(2, '0')}${offsetText(zone ?? 0)}`;
}

export interface DateOrder {
  /** Numeric dates with slashes or dashes ("03/04/2025") put the month first (US English). */
  monthFirst?: boolean;
  /** The page's local clock: a time written without a zone is read in it (else as UTC). */
  local?: LocalZone;
}

/**
 * The first non-update date written in `text` (a short line), as YYYY-MM-DD, plus a time when
 * one is written next to it ("THH:MM:00Z" when no zone follows; the zone's offset when one does,
 * "9:15 a.m. ET" -> "T09:15:00-04:00" in summer), or null. "3/4/2025" is 3 April unless
 * `monthFirst`; a part over 12 decides either way. Relative dates ("3 days ago") are no date.
 */
export function textDate(text: string, order: DateOrder = {}): string | null {
  // Arabic-Indic, Persian, Devanagari and full-width digits read as ASCII ("٤ مارس ٢٠٢٥", "２０２５年３月４日").
  const s = (text.length > 400 ? text.slice(0, 400) : text).replace(/[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\uFF10-\uFF19]/g, (c) => {
    const n = c.charCodeAt(0);
    return String(n - (n >= 0xff10 ? 0xff10 : n >= 0x0966 ? 0x0966 : n >= 0x06f0 ? 0x06f0 : 0x0660));
  });
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
    else if (m[13]) [y, mo, d] = [+m[15], monthOf(m[13]), +m[14]];
    else if (m[20]) [y, mo, d] = [+m[22], +m[21], +m[20]];
    else {
      const [a, b] = [+m[16], +m[18]];
      const monthFirst = b > 12 ? true : a > 12 ? false : !!order.monthFirst;
      // A two-digit year ("3/4/25") only after a date label: elsewhere it may be a score or a ratio.
      if (m[19].length === 2 && !/(?:published|posted|updated|date|on)\W{0,3}$/i.test(s.slice(Math.max(0, m.index - 16), m.index))) continue;
      const yy = m[19].length === 2 ? 2000 + +m[19] : +m[19];
      [y, mo, d] = monthFirst ? [yy, a, b] : [yy, b, a];
    }
    const before = s.slice(Math.max(0, m.index - 60), m.index);
    const tb = TIME_BEFORE.exec(before);
    // "Updated 9:15 a.m. ET, March 5": the label sits before the time.
    const label = tb ? before.slice(0, tb.index + (tb[0].length - tb[0].trimStart().length)) : before;
    if (!mo || mo > 12 || !d || d > 31 || UPDATED.test(label.slice(-40)) || UPDATED.test(before.slice(-40))) continue;
    let iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (!normDate(iso)) continue;
    // A clock time right after the date ("08.04.2015 12:46", "March 3, 2025 at 9:05 pm ET"), else
    // one right before it ("9:15 a.m. ET, March 3, 2025"), with the zone written after it.
    const after = s.slice(DATE_RE.lastIndex, DATE_RE.lastIndex + 50);
    const t = TIME_AFTER.exec(after);
    const local = (z: number | null | undefined): number | null | undefined => (z === null && order.local ? order.local(y, mo, d) : z);
    if (t) {
      iso += clock(+(t[2] ?? t[6]), +(t[3] ?? 0), +(t[4] ?? 0), t[5] ?? t[7] ?? t[1], local(zoneOffset(after.slice(t[0].length), y, mo, d)));
    } else if (tb && (tb[1] || tb[4])) {
      iso += clock(+(tb[1] ?? tb[4]), +(tb[2] ?? 0), 0, tb[3] ?? tb[5], local(tb[6] ? zoneOffset(tb[6], y, mo, d) : null));
    }
    return iso;
  }
  return null;
}
