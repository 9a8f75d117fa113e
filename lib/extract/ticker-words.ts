/**
 * Ticker wording and class hints, in a module of their own (no side effects) so the always-on
 * content script's probe (probe.ts) can use them without the rest of the label vocabularies.
 */
export const TICKER_LABEL =
  /ticker|trending|this week|top (?:stories|news|headlines)|breaking|marquee|headlines|^latest\b|announcements|news ?flash|just in|hot topics|week in|速報|[热熱][点點]|[头頭][条條]|快[讯訊]|ヘッドライン|トレンド|속보|헤드라인|schlagzeilen|eilmeldung|top-?themen|à la une|en continu|fil info|tendances?|dernières|dernière minute|últimas|lo último|última hora|[uú]ltimo momento|tendencias|titulares|ultime notizie|ultim[’']ora|in evidenza|em alta|manchetes|новости дня|срочно|в тренде|عاجل|أهم الأخبار|son dakika|son haberler|son duyurular|net binnen|laatste nieuws|na czasie|najnowsze|z ostatniej chwili|senaste nytt|siste nytt|just nu|viimeisimmät|nejnovější|právě teď|terbaru|berita terkini|tin mới|mới nhất|最新ニュース|最新消息|最新新[闻聞]|新着|τελευταία νέα|έκτακτο|ειδήσεις τώρα|מבזקים|חדשות אחרונות|주요 ?뉴스|주요 ?기사|실시간 ?뉴스|要[闻聞]|主要ニュース|注目ニュース|ताज़ा ख़बर|ताजा खबर|ब्रेकिंग|ข่าวด่วน|ข่าวล่าสุด|терміново|останні новини|najświeższe|ostatnie wiadomości/i;
// ("breaking" and "live" as other languages' sites name their strip's class: "b-ultima-hora", "derniere-minute",
// "eilmeldung", "en-direct-bar"; the words "En direct" alone also head a live page's own summary box)
export const TICKER_CLASS = /ticker|marquee|trending|breaking|ultima-?hora|ultimo-?momento|en-direct|direct-(?:strip|bar)|derniere-?minute|eilmeldung|son-?dakika|ultim-?ora|headlines|announce|news-?flash|crawl(?!er)|this-?week|top-?stories|scroller|news-?strip|newsbar|(?:headline|news)-?roll/;
