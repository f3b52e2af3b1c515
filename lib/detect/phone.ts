// Metadata choice: 'max' (≈157 KB of JSON, vs ≈83 KB for 'min'). Measured: one parse +
// isValid() costs about 12 µs with either, but 'min' validates by length and leading digits
// only, so a run like "0903556812" "validates" in 10 of our 20 regions with 'min' and in 2
// with 'max'. Because every candidate is tried in many regions, that precision is what keeps
// ordinary numbers from being reported; 'max' also tells mobile from fixed lines, which the
// no-trunk rule below needs. The parser only ever sees short candidate runs (see scan()).
import { type CountryCode, type PhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { hasNumberWordPair } from '../normalize/spelled-digits';
import { type DetectContext, defineDetector, type RawFinding } from './define';
import { mayBeValidIn, NO_TRUNK_MOBILE_REGIONS, PHONE_REGIONS } from './phone-regions';

/** Digits a phone number can have, country code included (E.164 allows 15). */
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
/** Chars allowed between two digit groups of one number (" - ", ") ", ",\n", an emoji). */
const MAX_GAP = 6;
/**
 * Calls into libphonenumber per text (a warm parse costs ~80 µs, a cold one far more).
 * Hostile input (100 KB of "12 34 56 ...") could
 * otherwise cost thousands of parses; past the budget only the format rules apply.
 */
const PARSE_BUDGET = 300;
/** Candidate windows judged per text; past it, only windows at a chain's start are tried. */
const WINDOW_BUDGET = 5000;

/** Looking back this far for a cue ("call me at", "order no."). */
const CUE_BEFORE = 48;
const CUE_AFTER = 28;

// Words that announce a phone number, in the languages the marketplace writes in. Latin
// words need word boundaries; a few non-Latin ones ("номер", "رقم", "شماره") are matched
// as written.
const CONTACT_CUE =
  /(?<![\p{L}\p{N}])(?:call(?:ing)?|calls|text|txt|sms|whats\s{0,5}app|whatsapp|wa|viber|zalo|telegram|signal|imo|phone|ph|mobile|mob|cell(?:phone)?|tel|telephone|fax|contact|reach|ring|dial|hotline|helpline|landline|number|num|no|nr|ping|message|msg|mensagem|mensaje|dm|llámame|llamame|llamar|llama|llámanos|llamanos|escríbeme|escribeme|contáctame|contactame|contacto|cel|número|numero|teléfono|telefono|tfno|telf|tlf|telefone|telemóvel|telemovel|celular|móvil|movil|ligue|liga|ligar|zap|contato|numéro|appelle[rz]?|appel|appelez|appeler|contactez|joignable|portable|téléphone|nummer|anrufen|ruf|rufen|erreichbar|erreichen|handy|telefon|chiamami|chiamatemi|chiamare|contattami|contattatemi|scrivimi|cellulare|bhejo|raabta|rabta|номер|телефон|тел|звоните|дзвоніть|вайбер|вайбері|رقم|رقمي|اتصل|واتس|شماره|تماس|تلفن|موبایل)(?![\p{L}\p{N}])/giu;

// Words that make a number an identifier rather than a phone, in the marketplace's
// languages. An ID noun may carry a number word after it ("order number", "pedido nº",
// "Bestellung Nr.", "order ka number") or before it ("número de pedido", "n° de commande",
// "numero d'ordine"), so the ID cue ends after the contact cue "number"/"número"/"Nummer"
// and beats it. Nouns that also mean something else only count with a number word:
// "customer service number" is a phone and "customer ID" is not, "a la orden" signs off a
// message while "orden nº" is an order, "suivi" is a follow-up, "envío" also means "I send",
// "im Auftrag" means "on behalf of".
/** ID nouns that label a number on their own: "Ticket 0941 …", "factura 2024-…". */
const ID_NOUN = [
  'orders?|invoice|inv|ticket|tracking|track|ref|reference|sku|id|contract|milestone|acct|a/c|iban|swift',
  'routing|transaction|txn|receipt|serial|booking|reservation|confirmation|pnr|policy|claim|passport|licen[cs]e',
  'vat|ein|ssn|zip|postal|otp|job|request|req|issue|bug|build|version|isbn|error|err|errno|exception|hresult',
  'meeting|webinar|batch|lot|cnic|aadhaar|aadhar|bvn',
  // shipping: "DHL waybill 7391046528", "AWB 1234567890", "consignment no."
  'waybill|awb|consignment|shipment|parcel|docket',
  // es / pt
  'pedidos?|facturas?|faturas?|referencia|referência|rastreo|rastreio|rastreamento|protocolo|encomenda',
  String.raw`boleto|nota\s{1,5}fiscal|nf-?e|expediente|folio|póliza|poliza|apólice|apolice|reserva|transacción`,
  'transaccion|transação|transacao|cpf|cnpj|curp|cuit|nif',
  // fr
  'commandes?|factures?|référence|réf|colis|dossier|réservation|devis|contrat|sinistre|siret|siren',
  // de
  'rechnung|bestellung|buchung|referenz|aktenzeichen',
  // it
  'fattura|fatture|spedizione|riferimento|rif|prenotazione|ricevuta|contratto|tracciamento|preventivo',
  String.raw`partita\s{1,5}iva|ust-?id-?nr`,
].join('|');
/** ID nouns that count only with a number word: "customer ID", "número de cliente". */
const ID_NOUN_NEEDS_NUMBER = [
  // "po" only so ("PO number", "PO#"), or as a capital label (PO_LABEL): Tagalog's "po" is a
  // courtesy word ("Sa GCash po, 0917 …").
  'po|case|account|item|product|part|model|tax|pin|code|room|record|row|customer|user|member|employee',
  'student|roll|registration|reg|tin|nin|pan|nid|national|bank|card|bill|challan|rasid|raseed|token',
  // es / pt / fr / de / it
  'orden|órdenes|ordenes|seguimiento|envío|envio|recibo|cliente|cuenta|conta|caso|guía|guia|processo',
  'chamado|documento|nf|suivi|client|compte|envoi|auftrag|sendung|lieferung|vertrag|vorgang|kunde',
  'ordine|ordini|pratica|tva|iva',
].join('|');
/** "number", "no.", "nº", "Nr.", "código", "#", "id" after an ID noun. */
const ID_NUMBER_WORD = String.raw`numbers?|no\.?|num\.?|nr\.?|nro\.?|núm\.?|#|id|code|número|numero|numéro|nº|n°|n\.º|n\.|nummer|código|codigo|codice|cod\.`;
// Before the noun, without articles: "número de cliente" is an ID, "número del cliente" (the
// client's number) may be a phone. Not a bare "no", which is also a negation.
const ID_NUMBER_OF = String.raw`(?:numbers?|no\.|num\.?|nr\.?|nro\.?|núm\.?|id|code|número|numero|numéro|nº|n°|n\.º|n\.|nummer|código|codigo|codice|cod\.)\s{0,5}(?:(?:de|di)\s{1,5}|d['’])?`;
/** German compounds: "Rechnungsnummer", "Bestell-Nr.", not "Telefonnummer", "Handynummer". */
const ID_COMPOUND = String.raw`(?:rechnungs|bestell|auftrags|kunden|sendungs|vertrags|referenz|vorgangs|buchungs|bestätigungs|transaktions|artikel|produkt|serien|konto|steuer|mitglieds|versicherungs|mandats|personal|akten|zahlungs|liefer|lieferschein|tracking|paket|order|projekt|beleg|angebots|ticket|ausweis|pass|fall)[-\s]?(?:nummer|nummern|nr\.?)`;
/**
 * Arabic, Persian, Russian and Ukrainian: "رقم الفاتورة", "شماره سفارش", "номер заказа",
 * "ТТН", "счёт №". ("رقم", "شماره" and "номер" alone announce a phone.)
 */
const ID_OTHER_SCRIPTS = [
  String.raw`رقم\s{0,5}(?:ال)?(?:فاتورة|طلبية|طلب|شحنة|شحنه|تتبع|حساب|هوية|مرجع|عقد|إيصال|ايصال|حجز|تذكرة|بوليصة|معاملة|عملية|الطلب)`,
  String.raw`(?:ال)?(?:فاتورة|طلبية|شحنة|بوليصة)\s{0,5}(?:رقم)?`,
  String.raw`(?:شماره|کد)\s{0,5}(?:فاکتور|سفارش|پیگیری|رهگیری|حساب|ملی|قرارداد|مرسوله|تراکنش)`,
  String.raw`(?:номер|№)\s{0,5}(?:заказа|замовлення|сч[её]та|рахунку|договора|договору|посылки|посилки|накладной|накладної|отслеживания|відстеження|транзакции|транзакції|паспорта|квитанции|квитанції)`,
  String.raw`(?:заказ|замовлення|сч[её]т|рахунок|договор|договір|накладная|накладна|ттн|трек-?номер|инн|іпн|єдрпоу|квитанция|квитанція)(?:\s{0,5}(?:№|номер|no\.?))?`,
].join('|');
const ID_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${ID_NOUN})(?:(?:[-\s]{0,4}|\s{1,5}k[aie]\s{1,5})(?:${ID_NUMBER_WORD}))?` +
    String.raw`|(?:${ID_NOUN_NEEDS_NUMBER})(?:[-\s]{0,4}|\s{1,5}k[aie]\s{1,5})(?:${ID_NUMBER_WORD})` +
    `|${ID_NUMBER_OF}(?:${ID_NOUN_NEEDS_NUMBER})` +
    String.raw`|${ID_COMPOUND}|${ID_OTHER_SCRIPTS})(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))`,
  'giu',
);

/** Chars that glue a digit run into a word, URL, amount or identifier. */
const GLUE_LEFT = /[\p{L}_=@#~$€£¥₹₦₱৳₨%&\\/^*]/u;
const GLUE_RIGHT = /[\p{L}_=@%€£¥₹₦₱৳₨&\\/^*]/u;
/** Allowed between digit groups. ',' only with a space after it (else "1,284"). */
const GAP_CHAR = /[\s.\-()[\],·•/\p{Extended_Pictographic}]|\p{Emoji_Modifier}|\u{FE0F}|\u{20E3}/u;
// The per-character tests of findChains, answered from a table for ASCII characters (the
// regex is run only for others): a 100 KB run of digit groups asks them for every group.
const LETTER = /\p{L}/u;
const asciiTable = (re: RegExp): readonly boolean[] =>
  Array.from({ length: 128 }, (_, c) => re.test(String.fromCharCode(c)));
const ASCII_LETTER = asciiTable(LETTER);
const ASCII_GLUE_LEFT = asciiTable(GLUE_LEFT);
const ASCII_GLUE_RIGHT = asciiTable(GLUE_RIGHT);

/** `re.test(ch)` for one UTF-16 unit, from `ascii` when it is ASCII. */
function testChar(re: RegExp, ascii: readonly boolean[], ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c < 128 ? (ascii[c] as boolean) : re.test(ch);
}

function isLetter(ch: string): boolean {
  return testChar(LETTER, ASCII_LETTER, ch);
}

/** GAP_CHAR.test for each ASCII character, looked up instead of run per character. */
const ASCII_GAP: readonly boolean[] = Array.from({ length: 128 }, (_, c) => GAP_CHAR.test(String.fromCharCode(c)));
// GAP_CHAR for other code points, remembered (emoji-separated digits are a known dodge).
const GAP_CP_CACHE_SIZE = 2000;
const gapCodePoints = new Map<number, boolean>();

function gapChar(cp: number): boolean {
  let v = gapCodePoints.get(cp);
  if (v === undefined) {
    v = GAP_CHAR.test(String.fromCodePoint(cp));
    if (gapCodePoints.size >= GAP_CP_CACHE_SIZE) gapCodePoints.clear();
    gapCodePoints.set(cp, v);
  }
  return v;
}

/** After a number: an extension ("ext. 22", "x4587"). */
const EXTENSION = /^[\s,]{0,2}(?:ext\.?|extension|ext\s{0,1}no\.?|x)\s{0,2}[.:]?\s{0,2}(\d{1,6})(?![\p{L}\p{N}])/iu;

interface Group {
  start: number;
  end: number;
  digits: string;
}

interface Chain {
  groups: Group[];
  /** gaps[k]: the separator text between groups[k] and groups[k + 1]. */
  gaps: string[];
  /** Offset of a leading '+' (an international number), or -1. */
  plus: number;
}

interface Verdict {
  confidence: RawFinding['confidence'];
  evidence: string[];
  canonical: string;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** A gap's shape: whitespace runs read as one space, so "0300  123" groups like "0300 123". */
// Gaps are a handful of short strings ("-", " ", ") "), judged for every group of a chain:
// remembered, so a 100 KB chain costs map lookups instead of regex runs.
const GAP_CACHE_SIZE = 500;
const gapKinds = new Map<string, string>();
const strongGaps = new Map<string, boolean>();

function gapKind(gap: string): string {
  let k = gapKinds.get(gap);
  if (k === undefined) {
    k = gap.replace(/[^\S\n]{1,8}/gu, ' ');
    if (gapKinds.size >= GAP_CACHE_SIZE) gapKinds.clear();
    gapKinds.set(gap, k);
  }
  return k;
}

/** The kind of a gap of one dot with white space either side. */
const SPACED_DOT = ' . ';

/** A gap that ends a phrase: a comma, semicolon or line break can separate two numbers. */
function isStrongGap(gap: string): boolean {
  let v = strongGaps.get(gap);
  if (v === undefined) {
    v = /[,;|\n]/u.test(gap);
    if (strongGaps.size >= GAP_CACHE_SIZE) strongGaps.clear();
    strongGaps.set(gap, v);
  }
  return v;
}

/** No whitespace: the groups either side are one token ("INV-2024-000871", a UUID). */
function isTightGap(gap: string): boolean {
  return !/\s/u.test(gap);
}

/** "15/03/2025", "2025-03-15", "03.15.25": one separator twice, a day and a month. */
function day(s: string): boolean {
  return Number(s) >= 1 && Number(s) <= 31;
}

function month(s: string): boolean {
  return Number(s) >= 1 && Number(s) <= 12;
}

function isDate(a: string, b: string, c: string, g1: string, g2: string): boolean {
  if (g1 !== g2 || (g1 !== '.' && g1 !== '/' && g1 !== '-')) return false;
  if (a.length === 4 && b.length <= 2 && c.length <= 2) return month(b) && day(c);
  if (a.length <= 2 && b.length <= 2 && (c.length === 4 || c.length === 2)) {
    return (day(a) && month(b)) || (month(a) && day(b));
  }
  return false;
}

/**
 * The cheap first pass: every run of digits, linked to the next one when only separators
 * (spaces, dots, dashes, slashes, brackets, a line break, ", ", emoji) stand between them.
 * A run glued to a letter or to URL/amount punctuation is part of a word, link, price or
 * identifier; it and every run tightly attached to it are dropped. Linear in the text.
 */
function findChains(text: string): Chain[] {
  const n = text.length;
  const groups: Group[] = [];
  const links: (string | null)[] = [];
  const dead: boolean[] = [];
  const hard: boolean[] = [];
  let linkedFromPrev = false;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    const end = i;

    // Look ahead over a gap for the next group.
    let j = end;
    let newlines = 0;
    while (j < n && j - end <= MAX_GAP) {
      if (isDigit(text.charCodeAt(j)) || text[j] === '+') break;
      if (text[j] === '\n') newlines++;
      if (text[j] === ',' && !/\s/u.test(text[j + 1] ?? '')) break;
      const cp = text.codePointAt(j) ?? 0;
      if (cp < 128) {
        if (!ASCII_GAP[cp]) break;
        j++;
        continue;
      }
      if (!gapChar(cp)) break;
      j += cp > 0xffff ? 2 : 1;
    }
    const links_ = j > end && j < n && j - end <= MAX_GAP && newlines <= 1 && isDigit(text.charCodeAt(j));

    let glued = end - start > MAX_DIGITS;
    // Glued only to a letter ("Call555-123-4567"): may be a missing space, see below.
    let letter = false;
    if (!linkedFromPrev) {
      const b = text[start - 1];
      const bb = text[start - 2];
      if (b !== undefined && isLetter(b)) letter = true;
      else if (b !== undefined && testChar(GLUE_LEFT, ASCII_GLUE_LEFT, b)) glued = true;
      // "10:30", "1,284", "$18.40": the run continues a number, time or amount.
      if ((b === ':' || b === ',' || b === '.') && isDigit(bb?.charCodeAt(0) ?? 0)) glued = true;
      // "INV-2024", "SKU/4471", "v_2": hyphen or slash straight after a word.
      if ((b === '-' || b === '/') && isAlnum(bb)) glued = true;
    }
    if (!links_) {
      const a = text[end];
      const aa = text[end + 1];
      const extension = (a === 'x' || a === 'X') && isDigit(aa?.charCodeAt(0) ?? 0);
      if (a !== undefined && !extension && isLetter(a)) letter = true;
      else if (a !== undefined && !extension && testChar(GLUE_RIGHT, ASCII_GLUE_RIGHT, a)) glued = true;
      if ((a === ':' || a === ',' || a === '.') && isDigit(aa?.charCodeAt(0) ?? 0)) glued = true;
      if (a === '/' && isAlnum(aa)) glued = true;
    }
    groups.push({ start, end, digits: text.slice(start, end) });
    dead.push(glued || letter);
    hard.push(glued);
    links.push(links_ ? text.slice(end, j) : null);
    linkedFromPrev = links_;
    if (links_) i = j;
  }

  reviveGluedPhones(text, groups, links, dead, hard);
  // A dead run takes down the runs tightly attached to it ("abc123-456-7890", UUIDs).
  for (let k = 0; k + 1 < groups.length; k++) {
    const gap = links[k];
    if (dead[k] && gap != null && isTightGap(gap)) dead[k + 1] = true;
  }
  for (let k = groups.length - 1; k > 0; k--) {
    const gap = links[k - 1];
    if (dead[k] && gap != null && isTightGap(gap)) dead[k - 1] = true;
  }

  const out: Chain[] = [];
  let current: Chain | null = null;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as Group;
    if (dead[k]) {
      current = null;
      continue;
    }
    if (!current) {
      // A leading '+' ("+1 (415)", "+ 9 7 1"), not the one in "C++ 11" or "1+1".
      let p = g.start - 1;
      while (p >= 0 && p >= g.start - 4 && (text[p] === ' ' || text[p] === '(')) p--;
      const plus = text[p] === '+' && !isAlnum(text[p - 1]) && text[p - 1] !== '+' ? p : -1;
      current = { groups: [g], gaps: [], plus };
      out.push(current);
    } else {
      current.groups.push(g);
    }
    const gap = links[k];
    if (gap == null || dead[k + 1]) current = null;
    else current.gaps.push(gap);
  }
  return out;
}

/**
 * A tightly punctuated NANP number touching a letter only because a space is missing
 * ("Call555-123-4567", "WhatsApp1-415-555-0132now") is still a phone; identifiers do not
 * come as 3-3-4 with one separator. Not inside a URL, email or path (the word holds no
 * '/', '@', '.', ':', '=').
 */
const WORD_END = /[\s<]/u;

function reviveGluedPhones(
  text: string,
  groups: readonly Group[],
  links: readonly (string | null)[],
  dead: boolean[],
  hard: readonly boolean[],
): void {
  let k = 0;
  while (k < groups.length) {
    // A tight segment: groups k..e joined by gaps without whitespace.
    let e = k;
    while (e + 1 < groups.length && links[e] != null && isTightGap(links[e] as string)) e++;
    if (e - k < 2 || e - k > 3) {
      k = e + 1;
      continue; // only 3-3-4 and 1-3-3-4 can be revived
    }
    // Only 3-3-4 and 1-3-3-4 can be revived: checked before anything is allocated.
    const size = e - k + 1;
    const len = (x: number): number => (groups[k + x] as Group).digits.length;
    const shaped =
      size === 3
        ? len(0) === 3 && len(1) === 3 && len(2) === 4
        : len(0) === 1 && len(1) === 3 && len(2) === 3 && len(3) === 4;
    if (!shaped) {
      k = e + 1;
      continue;
    }
    const seg = groups.slice(k, e + 1);
    const seps = new Set(links.slice(k, e));
    const lens = seg.map((g) => g.digits.length).join('-');
    if (
      seg.some((_, x) => dead[k + x]) &&
      !seg.some((_, x) => hard[k + x]) &&
      seps.size === 1 &&
      (seps.has('-') || seps.has('.')) &&
      (lens === '3-3-4' || lens === '1-3-3-4') &&
      NANP.test(seg.map((g) => g.digits).join(''))
    ) {
      const first = seg[0] as Group;
      const last = seg.at(-1) as Group;
      // The word ends at white space or at an HTML tag's bracket ("<p>Call555-123-4567</p>").
      const lead = text.slice(Math.max(0, first.start - 40), first.start);
      const wordStart =
        first.start - lead.length + Math.max(lead.lastIndexOf(' '), lead.lastIndexOf('\n'), lead.lastIndexOf('>')) + 1;
      const after = text.slice(last.end, last.end + 40);
      const stop = after.search(WORD_END);
      const wordEnd = last.end + (stop >= 0 ? stop : after.length);
      if (!/[/@.:=?&#_]/u.test(text.slice(wordStart, first.start) + text.slice(last.end, wordEnd))) {
        for (let x = k; x <= e; x++) dead[x] = false;
      }
    }
    k = e + 1;
  }
}

/**
 * End of the last match of global `re` in `s`, or -1. Does what `s.matchAll(re)` did
 * (start at re.lastIndex, leave re untouched) without cloning and recompiling a large
 * regex on every call.
 */
function lastMatchEnd(re: RegExp, s: string): number {
  const from = re.lastIndex;
  let end = -1;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = from;
  return end;
}

/** A sentence ending after a word: "closed. ", "paid! ". */
const SENTENCE_END = /[^\s.!?][.!]\s/u;

/**
 * Short forms that announce a phone only before a long number: "Ctc: 5 2 5 5 …" is a
 * contact, "current CTC 1500000" a salary (cost to company); "wpp"/"wsp" (WhatsApp in Latin
 * America) and "tlm" (telemóvel) are also a company and a modelling term.
 */
const WEAK_CUE = /(?<![\p{L}\p{N}])(?:ctc|wpp|wapp|wsp|tlm|tlmv)(?![\p{L}\p{N}])/giu;
const WEAK_CUE_MIN_DIGITS = 9;
/** A purchase order label in capitals right before the number: "PO 4500012345", "P.O.# 88…". */
const PO_LABEL = /(?<![\p{L}\p{N}])P\.?O\.?\s{0,3}[:#-]?\s{0,3}$/u;

type CueBefore = 'contact' | 'weak' | 'id' | null;

/**
 * The nearest cue before `at` on the same line: 'contact', 'weak' (a contact cue for long
 * numbers only), 'id' or null.
 */
function cueBefore(text: string, at: number): CueBefore {
  let from = Math.max(0, at - CUE_BEFORE);
  // Searched within the window only: lastIndexOf over the whole text would be quadratic.
  const lastNewline = (end: number): number => {
    const i = text.slice(from, end).lastIndexOf('\n');
    return i < 0 ? -1 : from + i;
  };
  let nl = lastNewline(at);
  // A label alone on the line above ("Phone:\n467 3395") still announces the number.
  if (nl >= 0 && /^\s{0,4}$/u.test(text.slice(nl + 1, at)) && /:\s{0,4}$/u.test(text.slice(Math.max(0, nl - 24), nl))) {
    nl = lastNewline(nl);
  }
  if (nl >= from) from = nl + 1;
  const slice = text.slice(from, at);
  let contactEnd = -1;
  let idEnd = -1;
  const contact = lastMatchEnd(CONTACT_CUE, slice);
  const weak = contact < 0 ? lastMatchEnd(WEAK_CUE, slice) : -1;
  const id = PO_LABEL.test(slice.slice(-10)) ? slice.length : lastMatchEnd(ID_CUE, slice);
  if (contact >= 0) contactEnd = contact;
  if (weak >= 0) contactEnd = weak;
  // An ID word labels a number in its own sentence only: "The order shipped. 0300 …" is not
  // an ID. A full stop straight after the label ("my order number. 1004 …", "Réf. 07 …") or a
  // question ("order number? 1004 …", answered by the number) does not end its reach.
  if (id >= 0 && !SENTENCE_END.test(slice.slice(id))) idEnd = id;
  // An ID word ending at or after the contact cue wins: "order number 1004 …".
  if (idEnd >= 0 && idEnd >= contactEnd) return 'id';
  if (contact >= 0) return 'contact';
  return weak >= 0 ? 'weak' : null;
}

function cueAfter(text: string, at: number): boolean {
  const slice = text.slice(at, at + CUE_AFTER);
  // Stop at the next number: its own cue is not ours.
  const cut = slice.search(/\d/u);
  CONTACT_CUE.lastIndex = 0;
  return CONTACT_CUE.test(cut >= 0 ? slice.slice(0, cut) : slice);
}

const NANP = /^1?[2-9]\d{2}[2-9]\d{6}$/u;
const NANP_REGIONS: readonly CountryCode[] = ['US', 'CA'];

/**
 * libphonenumber results per (digits, region), shared by every call: parsing and validating
 * build regexes inside the library (tens of µs), and a composer is rescanned on every
 * keystroke with the same numbers in it. Results are pure functions of their key; the
 * PhoneNumber objects are only read. Bounded: cleared when full.
 */
const CACHE_SIZE = 2000;
const parsed = new Map<string, PhoneNumber | undefined>();
const validity = new WeakMap<PhoneNumber, boolean>();
const types = new WeakMap<PhoneNumber, ReturnType<PhoneNumber['getType']>>();

/** Drops the parsed numbers remembered from earlier scans. */
export function forgetParsedNumbers(): void {
  if (parsed.size > 0) parsed.clear();
}

function parseCached(digits: string, region?: CountryCode): PhoneNumber | undefined {
  const key = `${region ?? ''}|${digits}`;
  if (parsed.has(key)) return parsed.get(key);
  let pn: PhoneNumber | undefined;
  try {
    pn = region ? parsePhoneNumberFromString(digits, region) : parsePhoneNumberFromString(digits);
  } catch {
    pn = undefined;
  }
  if (parsed.size >= CACHE_SIZE) parsed.clear();
  parsed.set(key, pn);
  return pn;
}

/** `pn.isValid()`, remembered (throws as it does; a throw is not remembered). */
function isValid(pn: PhoneNumber): boolean {
  let v = validity.get(pn);
  if (v === undefined) {
    v = pn.isValid();
    validity.set(pn, v);
  }
  return v;
}

class Parser {
  private left = PARSE_BUDGET;

  get exhausted(): boolean {
    return this.left <= 0;
  }

  parse(digits: string, region?: CountryCode): PhoneNumber | undefined {
    // The budget counts calls, cached or not, so results never depend on what was cached.
    if (this.left <= 0) return undefined;
    this.left--;
    return parseCached(digits, region);
  }

  valid(digits: string, region?: CountryCode): PhoneNumber | undefined {
    if (region && !mayBeValidIn(digits, region)) {
      // Cannot be valid there: no parse, but the call counts as parse() would count it.
      if (this.left > 0) this.left--;
      return undefined;
    }
    const pn = this.parse(digits, region);
    try {
      return pn && isValid(pn) ? pn : undefined;
    } catch {
      return undefined;
    }
  }
}

function isMobile(pn: PhoneNumber): boolean {
  try {
    let t = types.get(pn);
    if (t === undefined && !types.has(pn)) {
      t = pn.getType();
      types.set(pn, t);
    }
    return t === 'MOBILE' || t === 'FIXED_LINE_OR_MOBILE';
  } catch {
    return false;
  }
}

function validated(pn: PhoneNumber, confidence: RawFinding['confidence'], extra: string[] = []): Verdict {
  const evidence = ['validated', ...extra];
  if (pn.country) evidence.push(`region-${pn.country}`);
  return { confidence, evidence, canonical: pn.number };
}

/**
 * Decides one candidate window of a chain. Null when it is not a phone number.
 * `cue`: the nearest contact or identifier word around the window.
 */
function judge(
  groups: readonly Group[],
  inner: readonly string[],
  intl: boolean,
  cueFn: () => boolean,
  region: CountryCode,
  parser: Parser,
): Verdict | null {
  let cueMemo: boolean | undefined;
  const cue = (): boolean => (cueMemo ??= cueFn());
  let digits = '';
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as Group;
    // "+46 (0)8 …": the trunk 0 in brackets is not dialled from abroad.
    if (intl && g.digits === '0' && k > 0 && (inner[k - 1] ?? '').endsWith('(') && (inner[k] ?? '').startsWith(')'))
      continue;
    digits += g.digits;
  }
  let international = intl;
  if (!intl && digits.startsWith('00') && !digits.startsWith('000')) {
    international = true;
    digits = digits.slice(2);
  }
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;

  // Ordinary numbers that happen to be long enough.
  const counts = new Array<number>(10).fill(0);
  for (const ch of digits) counts[ch.charCodeAt(0) - 48] = (counts[ch.charCodeAt(0) - 48] ?? 0) + 1;
  const distinct = counts.filter((c) => c > 0).length;
  if (distinct < 3 || Math.max(...counts) / digits.length > 0.75) return null;
  if (
    groups.length === 4 &&
    inner.every((g) => g === '.' || gapKind(g) === SPACED_DOT) &&
    groups.every((g) => g.digits.length <= 3 && Number(g.digits) <= 255)
  )
    return null; // IPv4
  if (!international && digits.length === 13 && /^97[89]/u.test(digits)) return null; // ISBN-13

  const grouped = groups.length >= 2;
  const cueOnly = (): Verdict | null =>
    cue() ? { confidence: digits.length >= 8 ? 'medium' : 'low', evidence: ['contact-cue'], canonical: digits } : null;

  if (international) {
    const pn = parser.parse(`+${digits}`);
    if (pn && isValid(pn)) return validated(pn, 'high', ['international']);
    // A '+' and phone-like grouping is strong evidence even when the metadata disagrees.
    if (pn?.isPossible() && (grouped || cue()))
      return { confidence: 'medium', evidence: ['international'], canonical: pn.number };
    if (parser.exhausted && grouped && digits.length >= 8)
      return { confidence: 'medium', evidence: ['international'], canonical: `+${digits}` };
    return cueOnly();
  }

  if (digits[0] === '0') {
    // A trunk prefix: a national number in the user's region or one of the big ones.
    // The user's own region wins; otherwise a region where the number is a mobile beats one
    // where it is a landline ("0803 441 2290" is a Lagos mobile, and a Bangalore landline).
    const confidence = grouped || cue() ? 'high' : 'medium';
    const own = parser.valid(digits, region);
    if (own) return validated(own, confidence);
    let fallback: PhoneNumber | undefined;
    for (const r of PHONE_REGIONS) {
      if (r === region) continue;
      const pn = parser.valid(digits, r);
      if (!pn) continue;
      if (isMobile(pn)) return validated(pn, confidence);
      fallback ??= pn;
    }
    return fallback ? validated(fallback, confidence) : cueOnly();
  }

  if (NANP.test(digits)) {
    const lens = groups.map((g) => g.digits.length).join('-');
    if (grouped || digits.length === 11 || cue()) {
      for (const r of NANP_REGIONS) {
        const pn = parser.valid(digits, r);
        if (pn) return validated(pn, grouped || cue() ? 'high' : 'medium');
      }
    }
    // 3-3-4 with separators, optionally 1 first: formatting itself is strong evidence, even
    // for numbers the metadata calls unassigned (555-01xx, new area codes).
    if (lens === '3-3-4' || lens === '1-3-3-4') {
      return {
        confidence: 'medium',
        evidence: ['nanp-format'],
        canonical: `+${digits.length === 10 ? '1' : ''}${digits}`,
      };
    }
  }

  if (!NANP_REGIONS.includes(region) && (grouped || cue())) {
    const pn = parser.valid(digits, region);
    if (pn) return validated(pn, 'high');
  }
  for (const r of NO_TRUNK_MOBILE_REGIONS) {
    if (!grouped && !(r === 'IN' && digits.length === 10)) continue;
    const pn = parser.valid(digits, r);
    if (pn && isMobile(pn)) return validated(pn, cue() ? 'high' : 'medium');
  }
  // "92 300 1234567", "234 803 441 2290": a country code written without its '+'.
  const first = groups[0] as Group;
  if (grouped && first.digits.length <= 3) {
    const pn = parser.valid(`+${digits}`);
    if (pn?.country && PHONE_REGIONS.includes(pn.country) && pn.countryCallingCode === first.digits) {
      return validated(pn, 'medium', ['international']);
    }
  }
  return cueOnly();
}

function* findPhones(text: string, ctx: DetectContext): Generator<RawFinding> {
  const region = (/^[A-Z]{2}$/u.test(ctx.defaultCountry) ? ctx.defaultCountry : 'US') as CountryCode;
  const parser = new Parser();
  const startCue = new Map<number, NonNullable<CueBefore> | 'none'>();
  const endCue = new Map<number, boolean>();
  let windows = 0;
  const chains = findChains(text);
  const taken: [number, number][] = [];
  for (const chain of chains) {
    const { groups, gaps } = chain;
    let total = 0;
    for (const g of groups) total += g.digits.length;
    if (total < MIN_DIGITS) continue; // most chains: "2025", "$40", "3 days"
    const kindOf = gaps.map(gapKind);
    const strong = gaps.map(isStrongGap);
    // A dot with a space either side ("3 1 2 . 4 8 7") separates like a dash: it is never a
    // decimal point or a sentence end; as a date or IPv4 separator it reads as a plain '.'.
    const dotted = (k: number): string => (kindOf[k] === SPACED_DOT ? '.' : (gaps[k] ?? ''));
    // Prefix counts, so each window's checks are O(1): dot gaps, other gaps, dates.
    const dots = [0];
    const others = [0];
    const dates = [0];
    for (let k = 0; k < groups.length; k++) {
      const kind = kindOf[k] ?? '';
      dots.push((dots[k] as number) + (kind.includes('.') && kind !== SPACED_DOT ? 1 : 0));
      others.push((others[k] as number) + (kind !== '' && kind !== '.' ? 1 : 0));
      const date =
        k + 2 < groups.length &&
        isDate(
          groups[k]?.digits ?? '',
          groups[k + 1]?.digits ?? '',
          groups[k + 2]?.digits ?? '',
          dotted(k),
          dotted(k + 1),
        );
      dates.push((dates[k] as number) + (date ? 1 : 0));
    }
    const count = (arr: number[], from: number, to: number): number =>
      (arr[Math.max(from, to)] as number) - (arr[from] as number);
    // digitsBefore[k]: digits in groups[0..k).
    const digitsBefore = [0];
    for (const g of groups) digitsBefore.push((digitsBefore.at(-1) as number) + g.digits.length);
    // Defined once per chain, not per window start.
    const startsNumber = (k: number): boolean => {
      const g = groups[k] as Group;
      return g.digits[0] === '0' || (gaps[k - 1] ?? '').endsWith('(');
    };
    let i = 0;
    let top = 0;
    while (i < groups.length) {
      let found: { j: number; verdict: Verdict; start: number; end: number } | null = null;
      // The longest window from i that can still be one number; moves forward only, so a
      // chain of thousands of groups costs linear time.
      if (top < i) top = i;
      while (
        top + 1 < groups.length &&
        (digitsBefore[top + 2] as number) - (digitsBefore[i] as number) <= MAX_DIGITS + 2
      )
        top++;
      // A number inside a longer list of digits must be set apart from its neighbours by a
      // different or stronger separator ("… 0111 888-884 …"), or start with 0 or '('. So a
      // window from i may not contain the kind of gap that precedes it.
      let limit = top;
      if (i > 0 && !strong[i - 1] && !startsNumber(i)) {
        for (let k = i; k < limit; k++) {
          if (kindOf[k] === kindOf[i - 1]) {
            limit = k;
            break;
          }
        }
      }
      for (let j = limit; j >= i && !found; j--) {
        const size = (digitsBefore[j + 1] as number) - (digitsBefore[i] as number);
        if (size < MIN_DIGITS || size > MAX_DIGITS + 2) continue;
        // "40.7128, -74.0060": dots mixed with other separators read as decimals.
        if (count(dots, i, j) > 0 && count(others, i, j) > 0) continue;
        // "15/03/2025", "2025-03-15" anywhere in the window.
        if (j - i >= 2 && count(dates, i, j - 1) > 0) continue;
        if (++windows > WINDOW_BUDGET && i > 0) break;
        const inner = gaps.slice(i, j);
        if (
          j + 1 < groups.length &&
          !strong[j] &&
          !startsNumber(j + 1) &&
          kindOf.slice(i, j).includes(kindOf[j] as string)
        )
          continue;

        const intl = i === 0 && chain.plus >= 0;
        const first = groups[i] as Group;
        const last = groups[j] as Group;
        let start = intl ? chain.plus : first.start;
        if (!intl && text[start - 1] === '(') start--;
        let end = last.end;
        const window = text.slice(start, end);
        if (text[end] === ')' && window.lastIndexOf('(') > window.lastIndexOf(')')) end++;

        // Cues are looked up once per start and per end, so long chains stay linear.
        let before_ = startCue.get(start);
        if (before_ === undefined) {
          // "#41982277", "Invoice 2024 000871", "Ticket 0941 2275 8830".
          const hash = /#\s{0,2}$/u.test(text.slice(Math.max(0, start - 3), start));
          before_ = hash ? 'id' : (cueBefore(text, start) ?? 'none');
          startCue.set(start, before_);
        }
        // Identifiers never start with '+', so an ID word does not veto an international number.
        if (before_ === 'id' && !intl) continue;
        const cueFn = (): boolean => {
          if (before_ === 'contact' || (before_ === 'weak' && size >= WEAK_CUE_MIN_DIGITS)) return true;
          let a = endCue.get(end);
          if (a === undefined) {
            a = cueAfter(text, end);
            endCue.set(end, a);
          }
          return a;
        };
        const verdict = judge(groups.slice(i, j + 1), inner, intl, cueFn, region, parser);
        if (verdict) found = { j, verdict, start, end };
      }
      if (!found) {
        i++;
        continue;
      }
      const { verdict } = found;
      let { end } = found;
      const ext = EXTENSION.exec(text.slice(end, end + 24));
      if (ext) {
        end += ext[0].length;
        verdict.evidence.push('extension');
      }
      if (gaps.slice(i, found.j).some((g) => g.includes('\n'))) verdict.evidence.push('split-lines');
      taken.push([found.start, end]);
      yield {
        start: found.start,
        end,
        canonical: verdict.canonical,
        confidence: verdict.confidence,
        evidence: verdict.evidence,
      };
      i = found.j + 1;
    }
  }
  if (chains.length >= 2) yield* partedNumbers(text, chains, taken, region, parser);
}

/*
 * One number given in parts, with words between them: "first three are 312. Next three are
 * 555. Last four 0147", "first part 0917 (sorry) second part 123 4567", "61 then 2, then
 * 9876 and finally 5432". Every gap between two parts is short, holds no digit and names
 * the next part (a connector); a contact cue, "digits"/"numbers" or a '+' stands before the
 * first part, or a contact cue after the last; no part is followed by a word that counts
 * ("1470 messages"); the joined digits validate as a number, are NANP-formatted, or are a
 * possible number after a '+'. Counts, scores and prices in steps ("10 then 20 then 45")
 * fail the last test.
 */
const PART_GAP = 40;
const MAX_PARTS = 6;
const MIN_PARTED_DIGITS = 9;
const PART_CONNECTOR =
  /(?<!\p{L})(?:then|next|after\s{1,5}that|followed\s{1,5}by|finally|last|second|third|rest|part|half|luego|despu[eé]s|siguientes?|[uú]ltimos?|resto|depois|seguintes?|puis|ensuite|enfin|derniers?|dann|danach|poi|infine|ultimi)(?!\p{L})/iu;
/** What tells that the parts are digits of one number: "first three digits are …". */
const PART_CUE = /(?<!\p{L})(?:numbers?|digits?)(?!\p{L})/iu;
/** A word straight after a part: "312 then 555 then 1470 messages" counts messages. */
const WORD_AFTER = /^[^\S\n]{1,2}(\p{L}{1,20})/u;
const WORDS_BETWEEN_PARTS = new Set(['and', 'or', 'y', 'e', 'et', 'und', 'o', 'ou', 'plus']);

/** Whether the word after a part, if any, can go on with the number rather than count something. */
function freeAfter(text: string, at: number): boolean {
  const m = WORD_AFTER.exec(text.slice(at, at + 24));
  if (!m) return true;
  const word = m[1] as string;
  if (WORDS_BETWEEN_PARTS.has(word.toLowerCase()) || PART_CONNECTOR.test(word)) return true;
  CONTACT_CUE.lastIndex = 0;
  return CONTACT_CUE.test(word);
}

function chainStart(c: Chain): number {
  return c.plus >= 0 ? c.plus : (c.groups[0] as Group).start;
}

function chainEnd(c: Chain): number {
  return (c.groups.at(-1) as Group).end;
}

/** Whether chain b continues chain a as the next part of one number. */
function isPartGap(text: string, a: Chain, b: Chain): boolean {
  if (b.plus >= 0) return false;
  const from = chainEnd(a);
  const to = chainStart(b);
  if (to - from > PART_GAP) return false;
  const gap = text.slice(from, to);
  if (/\d/u.test(gap) || !PART_CONNECTOR.test(gap)) return false;
  // "then order 555 …": the next part is an identifier.
  return lastMatchEnd(ID_CUE, gap) < 0;
}

function* partedNumbers(
  text: string,
  chains: readonly Chain[],
  taken: readonly [number, number][],
  region: CountryCode,
  parser: Parser,
): Generator<RawFinding> {
  // Chains no finding overlaps; both lists are in text order.
  const free: Chain[] = [];
  let t = 0;
  for (const c of chains) {
    const start = chainStart(c);
    while (t < taken.length && (taken[t] as [number, number])[1] <= start) t++;
    if (t < taken.length && (taken[t] as [number, number])[0] < chainEnd(c)) continue;
    free.push(c);
  }
  let k = 0;
  while (k < free.length) {
    let m = k;
    while (m + 1 < free.length && m - k + 1 < MAX_PARTS && isPartGap(text, free[m] as Chain, free[m + 1] as Chain)) m++;
    if (m > k) {
      const f = partedNumber(text, free.slice(k, m + 1), region, parser);
      if (f) yield f;
    }
    k = m + 1;
  }
}

/** The longest run of parts, from the first on, that reads as one number. */
function partedNumber(text: string, parts: readonly Chain[], region: CountryCode, parser: Parser): RawFinding | null {
  // before[x]: digits in parts[0..x).
  const before = [0];
  for (const c of parts) {
    let n = 0;
    for (const g of c.groups) n += g.digits.length;
    before.push((before.at(-1) as number) + n);
  }
  for (let s = 0; s + 1 < parts.length; s++) {
    const start = chainStart(parts[s] as Chain);
    let cued: boolean | undefined;
    for (let e = parts.length - 1; e > s; e--) {
      const digits = (before[e + 1] as number) - (before[s] as number);
      if (digits < MIN_PARTED_DIGITS || digits > MAX_DIGITS) continue;
      if (cued === undefined) {
        const cue = cueBefore(text, start);
        if (cue === 'id') break;
        // A '+' before the first part announces a phone number as a cue word would.
        cued =
          cue !== null ||
          (parts[s] as Chain).plus >= 0 ||
          PART_CUE.test(text.slice(Math.max(0, start - CUE_BEFORE), start));
      }
      const end = chainEnd(parts[e] as Chain);
      if (!cued && !cueAfter(text, end)) continue;
      const window = parts.slice(s, e + 1);
      if (!window.every((c) => freeAfter(text, chainEnd(c)))) continue;
      const groups = window.flatMap((c) => c.groups);
      const inner = window.flatMap((c, x) => (x === 0 ? c.gaps : [' ', ...c.gaps]));
      const intl = (parts[s] as Chain).plus >= 0;
      const verdict = judge(groups, inner, intl, () => true, region, parser);
      // Validated, NANP-formatted, or a possible number after a '+'.
      if (!verdict?.evidence.some((v) => v === 'validated' || v === 'nanp-format' || v === 'international')) continue;
      return {
        start,
        end,
        canonical: verdict.canonical,
        confidence: verdict.confidence,
        evidence: [...verdict.evidence, 'parted'],
      };
    }
  }
  return null;
}

const ANY_DIGIT = /\p{Nd}/gu;

function countDigits(text: string): number {
  ANY_DIGIT.lastIndex = 0;
  let n = 0;
  while (ANY_DIGIT.exec(text) !== null && n < MIN_DIGITS) n++;
  return n;
}

export const phoneDetector = defineDetector({
  id: 'phone',
  categories: ['phone'],
  description:
    'Phone numbers in local or international format, spelled out, spaced, split over lines or with look-alike letters, validated per region.',
  view: 'digits',
  // A phone needs MIN_DIGITS digits in the digits view. Look-alike letters are read only in
  // runs with at least as many real digits, so without number words the base text needs
  // half of them; number words are converted only next to another number token.
  gate: (base) => countDigits(base) * 2 >= MIN_DIGITS || hasNumberWordPair(base),
  find: findPhones,
  examples: {
    match: [
      'call me on +1 (415) 555-0132',
      'my whatsapp 0300 1234567',
      'Contact: O3OO-l234567',
      'ping me on 9 1 7 - 5 5 5 - 0 1 9 9',
      'reach me at 415.555.0199',
      'office line (312) 555-0148 ext. 22',
      'Pode me chamar no +55 11 98734-2210',
      'Text me 0917 five six two 8841',
      'Viber +380 67 214 55 09',
      'Zalo: 0903 556 812',
      'call me 0412 345 678',
      'it is nine one seven, five five five, zero one four two',
      'here:\n0803\n441\n2290',
      'toll free 1 866 555 0142',
      'text 2 1 2 . 5 5 5 . 0 1 4 8 later',
      'Telefonnummer: 0171 5550123',
      'au zéro six, quinze, vingt-deux, trente-trois, quarante-quatre',
      'text me: 0917 and then 555 and finally 0148',
    ],
    ignore: [
      'Deadline is 15/03/2025, review at 14:30',
      'Budget is $1,400 to $1,575 for 40 to 45 hours',
      'Works on Node 20.11.1, fails on 18.19.0',
      'Invoice INV-2024-000871 is paid',
      'Ticket 0941 2275 8830 is closed',
      'Map centre 40.7128, -74.0060',
      'ISBN 978-1-80512-046-3',
      'server at 192.168.100.200 is down',
      'see example.com/items/4155550132',
      'Request ID 3f2b9c1e-7a4d-4e8b-9c0f-1d2e3a4b5c6d failed',
      'Error: 2147467259',
      'values: 10 10 10 10 10 10 10 10',
      '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15',
      'contract #41982277, milestone 2 of 4',
      'Número de pedido: 0412 553 8871',
      'Die Kundennummer lautet 0301 2345 678.',
      'ten, twenty, thirty, forty, fifty, sixty, seventy',
      'current CTC 1500000, expected ctc 1800000',
      'the call lasted 10 then 20 then 45 minutes, then 60 and finally 90',
    ],
  },
});
