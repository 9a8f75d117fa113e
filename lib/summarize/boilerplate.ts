/**
 * Lines that are not the story: captions and credits, bylines, share / subscribe / newsletter
 * prompts, cookie notices, "Read more" links, "Advertisement", "Follow us", timestamps — in
 * English, German, French, Spanish, Italian, Portuguese, Dutch, Chinese and Japanese.
 *
 * Applied per paragraph (a block of the main text) and per sentence before summarizing. Patterns
 * are anchored and the long-line guard keeps a real paragraph that merely mentions "subscribe" or
 * "cookies" from being dropped: only short lines (≤ 40 words) are judged by their opening words,
 * and cookie / consent text by a combination of terms.
 *
 * Pure, deterministic, linear.
 */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;
/** Words, counting two CJK characters as one. */
const wordsOf = (s: string): number => (s.replace(CJK, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length + Math.ceil((s.match(CJK) ?? []).length / 2);
/** Boilerplate lines are short; longer lines are only checked for cookie text (bounded regex work). */
const MAX_LINE_CHARS = 400;
const MAX_COOKIE_CHARS = 3000;

/** Whole-line boilerplate, matched against the trimmed line (case-insensitive). */
const WHOLE_LINE: RegExp[] = [
  // Advertisement markers
  /^(?:advertisement|advertising|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|广告|広告|スポンサー(?:リンク)?)\s*[:.]?$/iu,
  // Lone navigation / link words
  /^(?:read more|continue reading|see more|show more|load more|more stories|related(?: articles| stories)?|recommended(?: for you)?|most read|trending(?: now)?|top stories|skip to (?:main )?content|back to top|print|email|comments?|\d+\s+comments?)\s*[:.»›→>]*$/iu,
  /^(?:weiterlesen|mehr lesen|mehr zum thema|lire (?:la )?suite|lire aussi|à lire aussi|leer más|lee también|leggi anche|continua a leggere|leia (?:mais|também)|lees (?:meer|ook)|阅读更多|查看更多|もっと見る|続きを読む|関連記事)\s*[:.»›→>]*$/iu,
  // Timestamps and dates on their own line
  /^(?:(?:published|updated|posted|last (?:updated|modified)|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|发布(?:时间)?|更新(?:日|日時)?)\s*[:：]?\s*)?(?:\p{L}+,?\s+)?(?:\d{1,4}[./\-年]\s*\d{1,2}[./\-月]\s*\d{1,4}日?|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})(?:\s*(?:at|um|à|a las|alle|om|,)?\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|\s*UTC[+-]?\d*)?)?\s*[|·•,]?\s*(?:\d+\s*(?:min(?:ute)?s?|minuten|分)(?:\s*(?:read|lesezeit|de lecture|de lectura|で読めます))?)?$/iu,
  /^(?:(?:updated|posted|published|aktualisiert|mis à jour|actualizado)\s+)?(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|\d+\s*(?:min(?:ute)?s?)\s+read|vor \d+ (?:minuten|stunden|tagen)|il y a \d+ (?:minutes?|heures?|jours?)|hace \d+ (?:minutos?|horas?|días?)|\d+\s*分前|\d+\s*小时前|\d+\s*時間前)$/iu,
];

/** "By Jane Doe", "By Jane Doe and John Roe, CNN", "Von Max Muster | 3. Mai": names only, so "By Monday, the …" stays. */
const NAME = String.raw`\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|der|da|di|la|le|staff|team|reporters?|correspondents?|editors?)){0,4}`;
const BYLINE = new RegExp(
  String.raw`^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+${NAME}(?:\s*(?:,|and|und|et|y|e|en|&)\s*${NAME})*(?:\s*[|·•–—-]\s*.{0,80}|,\s*\p{Lu}.{0,60})?$`,
  'u',
);

/** Openings that mark a short line as boilerplate. */
const OPENINGS: RegExp[] = [
  // Captions and credits
  /^(?:photo|photograph|picture|image|pic|video|graphic|illustration|credit|source|caption|foto|bild|abbildung|grafik|quelle|photo ?:|crédit|légende|imagen|fuente|immagine|fonte|afbeelding|beeld|图片|图|照片|来源|写真|画像|出典|提供)\s*(?:来源|来自|提供|クレジット)?\s*(?:credit|courtesy|by|von|de|di|:|：|\/|©|\|)/iu,
  /^(?:image|photo|picture|video) (?:courtesy|copyright)\b/iu,
  /^(?:©|\(c\)|copyright\b)/iu,
  /^(?:getty images|reuters|ap photo|afp|epa|shutterstock|alamy|dpa|pa (?:media|wire))\b/iu,
  /(?:\/|\|)\s*(?:getty images|reuters|ap|afp|epa|shutterstock|alamy|dpa|pa)\s*(?:photo)?\s*\)?$/iu,
  // Bylines
  BYLINE,
  /^(?:written by|reporting by|text:|texto:|author:|autor(?:in)?:|auteur\s*:|記者|作者[:：]|文[:：]|文\s*\/)\s*[\p{Lu}\p{Lo}]/iu,
  // Share / follow / social
  /^(?:share(?:\s+(?:this|on|via|to|with|the story|the article|article|story)(?![a-z]).*)?|share\s*[:：].*|tweet(?: this)?|pin it|teilen|partager|compartir|condividi|partilhar|delen|分享|シェア|共有|ツイート)\s*[.!»›]*$/iu,
  /^(?:follow (?:us|me|@)|like us on|join us on|folge uns|suivez-nous|síguenos|seguici|siga-nos|volg ons|关注我们|フォロー)/iu,
  // Subscribe / newsletter / sign up / membership
  /^(?:subscribe|subscribers? only|sign up|sign in|log in|register|get (?:our|the) (?:newsletter|daily|weekly)|join (?:our|the) (?:newsletter|mailing list)|already a subscriber|become a (?:member|subscriber|supporter)|support (?:our|independent) journalism|abonnieren|jetzt abonnieren|newsletter abonnieren|melden sie sich|anmelden|registrieren|abonnez-vous|inscrivez-vous|s'abonner|suscríbete|regístrate|iscriviti|abbonati|assine|inscreva-se|abonneer|meld je aan|订阅|注册|登录|購読|登録|ログイン|会員登録)(?![a-zà-ÿ])/iu,
  /\b(?:newsletter|mailing list)\b.{0,60}\b(?:sign up|subscribe|inbox|delivered)\b/iu,
  /\b(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|inbox|updates)\b/iu,
  // Read more / related / links
  /^(?:read more|read also|also read|see also|more from|click here|tap here|lesen sie auch|mehr dazu|siehe auch|à lire|lire aussi|voir aussi|lea también|ver también|leggi anche|vedi anche|leia também|veja também|lees ook|相关阅读|延伸阅读)(?![a-zà-ÿ])/iu,
  /^(?:related(?: (?:articles?|stories|coverage|content|posts?|reading|links?))?|recommended(?: for you| reading)?|watch(?: the video)?|listen|more|関連(?:記事)?)\s*[:：]/iu,
  // Advertisement lead-ins
  /^(?:advertisement|anzeige|werbung|publicité|publicidad|sponsored)(?:\s*[:|–—-]|\s+(?:continue|scroll|story|article|weiterlesen)(?![a-z]))/iu,
  // Corrections / editor notes / comments
  /^(?:this (?:article|story) (?:was|has been) (?:updated|corrected|amended)|correction:|editor'?s note:|comments? (?:are|have been) closed|leave a comment|join the (?:conversation|discussion)|we'd like to hear)/iu,
  // Scroll / copy prompts
  /^(?:scroll (?:down|to continue)|continue reading below|story continues below|article continues (?:below|after)|the story continues)/iu,
];

/** Cookie / consent text: two of these terms in a line of any length up to a long paragraph. */
const COOKIE_TERMS = /\b(?:cookies?|consent|privacy (?:policy|settings|notice)|accept all|reject all|manage (?:preferences|settings)|third[- ]party|tracking technologies|personali[sz]ed (?:ads|content)|datenschutz(?:erklärung)?|einwilligung|zustimmen|akzeptieren|consentement|accepter|politique de confidentialité|consentimiento|aceptar|política de privacidad|consenso|accetta|informativa|toestemming|accepteren|隐私政策|同意|プライバシー(?:ポリシー)?)\b/giu;
const COOKIE_WORD = /\b(?:cookies?|クッキー|cookie)\b|クッキー|缓存|Cookie/iu;

/** Caption-like lines: a short phrase followed by a photo agency credit in brackets or after a slash. */
const CREDIT_TAIL = /[(\[]\s*(?:photo|image|picture|credit|foto|bild)?[: ]*(?:getty(?: images)?|reuters|ap|afp|epa|shutterstock|alamy|dpa|pa|istock|ap photo)(?:\s*\/\s*[\p{L} ]+)?\s*[)\]]\s*$/iu;

export interface BoilerplateOptions {
  /** Lines longer than this (in words) are only dropped for cookie text. Default 40. */
  maxWords?: number;
}

/** True when a line (paragraph or sentence) is not part of the story. */
export function isBoilerplate(line: string, opts: BoilerplateOptions = {}): boolean {
  const s = line.replace(/\s+/g, ' ').trim();
  if (!s) return true;
  if (s.length > MAX_COOKIE_CHARS) return false;
  const words = wordsOf(s);
  if (words === 0) return true; // only punctuation or symbols
  if (COOKIE_WORD.test(s)) {
    const hits = new Set((s.match(COOKIE_TERMS) ?? []).map((t) => t.toLowerCase()));
    if (hits.size >= 2 || (words <= 12 && hits.size >= 1) || /\b(?:we use|uses|utilise|utilizamos|verwendet|verwenden)\s+(?:\p{L}+\s+)?cookies\b/iu.test(s)) return true;
  }
  const maxWords = opts.maxWords ?? 40;
  if (words > maxWords || s.length > MAX_LINE_CHARS) return false;
  if (WHOLE_LINE.some((r) => r.test(s))) return true;
  if (OPENINGS.some((r) => r.test(s))) return true;
  if (words <= 25 && CREDIT_TAIL.test(s)) return true;
  return false;
}

/** The lines that are the story, in order. */
export function removeBoilerplate(lines: string[], opts: BoilerplateOptions = {}): string[] {
  return lines.filter((l) => !isBoilerplate(l, opts));
}

/** Caption pointers inside a sentence: "(pictured)", "(left)", "(file photo)", "(Bild)", "(photo)". */
const CAPTION_MARK = /\s*[(\[](?:(?:far |second |top |bottom |centre |center )?(?:pictured|left|right|centre|center|above|below|top|bottom|inset|main picture|main image|file(?: photo| picture| image)?|stock (?:image|photo|picture)|photo|picture|image|video|illustration|archive(?: photo)?|archivbild|foto|bild|photo d'archive|imagen de archivo)(?:,? (?:left|right|centre|center|above|below))?(?: and (?:left|right|centre|center|above|below))?)[)\]]/giu;
/** A dateline or wire tag opening the first sentence: "(CNN)", "WASHINGTON (Reuters) -", "PARIS, March 3 (AFP) —", "BERLIN (dpa) -". */
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,40}(?:,\s*[\p{L}. ]+\d{0,2})?\s*)?[(\[](?:CNN|AP|AFP|Reuters|dpa|EPA|Bloomberg|PA|UPI|Xinhua|ANSA|EFE|Kyodo|TASS)[)\]]\s*(?:--|[-–—:])?\s*/u;

/** An upper-case city dateline with a dash: "LONDON —", "SAN FRANCISCO -- ", "WASHINGTON, D.C. –". */
const CITY_DATELINE = /^\p{Lu}[\p{Lu}\p{M}.'’ ]{2,30}(?:,\s*[\p{Lu}][\p{L}.]{1,12}(?:\s[\p{Lu}][\p{L}.]{1,12})?)?\s*(?:--|[—–])\s+(?=\p{Lu}|\d|["“‘'])/u;

/** A list marker left at the start of a line of text. */
const LEADING_BULLET = /^\s*(?:[-–—•·▪‣*]|\d{1,2}[.)])\s+(?=\S)/u;
/** A summary label opening a sentence: "TL;DR:", "Summary:", "Zusammenfassung:", "En bref :", "要点：". */
const SUMMARY_LABEL = /^(?:tl;? ?dr|summary|in short|in brief|the gist|bottom line|key takeaways?|zusammenfassung|kurz gesagt|in kürze|en bref|résumé|en resumen|resumen|in sintesi|em resumo|samenvatting|кратко|요약|摘要|要点|总结|概要|要約|まとめ|ポイント)\s*[:：]\s*/iu;

/**
 * Remove what is not the story from inside one sentence: caption pointers ("(pictured)") and a
 * leading dateline / wire tag ("(CNN) --", "LONDON (Reuters) -"). Returns the cleaned sentence.
 */
export function cleanSentence(s: string): string {
  return s
    .replace(LEADING_BULLET, '')
    .replace(SUMMARY_LABEL, '')
    .replace(DATELINE, '')
    .replace(CITY_DATELINE, '').replace(CAPTION_MARK, '').replace(/\s+([,.;:!?])/g, '$1').replace(/\s+/g, ' ').trim();
}
