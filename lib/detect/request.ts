import { isSpaceCode as isWhiteSpace } from '../normalize/chars';
import type { RawFinding } from './define';
import { defineDetector } from './define';
import {
  execAll,
  T_EMAIL as T_EMAIL_PART,
  T_MEET as T_MEET_PART,
  T_MSG as T_MSG_PART,
  T_PHONE as T_PHONE_PART,
  tagChannels,
  WB_L,
  WB_R,
  wordAt,
} from './lexicon';
import { partitionPoint } from './sorted';
import { foldWord, hashFolded, isLetterCode, LeadWords } from './start-words';

/*
 * Requests for contact details, and proposals to move the conversation off the platform.
 * A small grammar per language rather than a list of sentences:
 *   ask:  (imperative ask verb | question form) + possessive "your" + contact noun or platform,
 *         or + "the" + contact noun + a purpose ("the email to send it to");
 *         "do you have / use" + messenger; "your" + home/postal/shipping... + "address"
 *   move: (let's / can we / would it be ok if we / imperative) + communication verb
 *         + (on|to|via) + platform, or + "outside Upwork" / "directly";
 *         (let's / can we) + do/have + interview/call/meeting + (on|over|via) + tool;
 *         download/install + a messenger or "our app" + what for (to talk, to go on with
 *         the interview).
 * Languages that put the verb last or glue "your" to the noun (Turkish "numaranı atar
 * mısın", Bengali "apnar number ta den", Indonesian "nomor WA kamu") start at the noun.
 * Every rule must start a clause (or follow "please", "can you", "and"...), which is what
 * separates a request from talk ABOUT requests ("scammers ask you to move to Telegram",
 * "a client asked me to...", "I built WhatsApp bots"). Then guards drop negated
 * ("don't send me your number"), quoted and reported requests, and platforms that are the
 * topic of the work ("Telegram bot", "WhatsApp Business API", "Chat on WhatsApp button").
 */

// A whole tagged word: without the end mark, a lookahead after it ("tu número de pedido")
// could pass by ending the match inside the word.
const T_MSG = `${T_MSG_PART}(?!\\uE01F)`;
const T_EMAIL = `${T_EMAIL_PART}(?!\\uE01F)`;
const T_PHONE = `${T_PHONE_PART}(?!\\uE01F)`;
const T_MEET = `${T_MEET_PART}(?!\\uE01F)`;

type Kind = 'ask-contact' | 'move-off-platform' | 'offer-contact';

interface Rule {
  re: RegExp;
  kind: Kind;
  lang: string;
  confidence: RawFinding['confidence'];
  /**
   * Source of a pattern that is a mandatory part of `re` (same flags): a text without it
   * cannot match, so the rule is skipped after one cheap test instead of a full scan.
   */
  gate?: string;
}

const S = '\\s{1,5}';
const WORD = "[\\p{L}\\p{M}\\p{N}'’-]{1,20}";
const filler = (n: number): string => `(?:${S}${WORD}){0,${n}}`;

// Words that start a clause after a space: conjunctions and courtesy words ("abeg" and
// "biko" are Nigerian "please"). At most 6 letters each (isClauseStart reads no further).
const CLAUSE_WORDS = [
  'and',
  'so',
  'then',
  'but',
  'also',
  'pls',
  'plz',
  'plss',
  'plzz',
  'plis',
  'pliz',
  'please',
  'kindly',
  'abeg',
  'biko',
  'btw',
  'now',
  'or',
  'ok',
  'okay',
  'e',
  'y',
  'et',
  'und',
  'и',
  'і',
  'و',
];
// Start of a clause: start of text or after punctuation, or at a conjunction that starts one.
export const CLAUSE = `(?:(?<=^|[.!?;:,\\n()\\[\\]–—¿¡"“”«»…>•|。，！？、،؟*])\\s{0,3}|(?<=\\s[-–—]\\s{1,2})|(?<=\\s)(?=(?:${CLAUSE_WORDS.join('|')})\\s))`;
// Where CLAUSE can hold, for the rule loop's own scan (a test checks they agree).
const CLAUSE_MARKS = '.!?;:,\n()[]–—¿¡"“”«»…>•|。，！？、،؟*';
const CLAUSE_DASHES = '-–—';

// Politeness, vocatives and modal frames that may come before an imperative.
// Courtesy words and vocatives: "please" as typed in chats (pls, plz, plis, pleaseee),
// Nigerian "abeg"/"biko", and forms of address ("oga", "boss", "yaar", "sir ji").
const PLEASE = 'pl(?:e{1,3}a{1,2}[sz]{1,3}e{0,3}|[sz]{1,3}|i[sz]{1,3}|[sz]e|x)';
const POLITE_EN = `(?:(?:${PLEASE}|kindly|abeg|biko|just|also|and|so|then|now|ok|okay|hey|hi|hello|dear|sir|madam|ma['’]?am|bro|bhai|bhaiya|brother|sis|sister|friend|buddy|mate|dude|oga|boss|chief|yaar|yar|ji|quickly|first|btw|maybe|possibly|simply|but|or|oh|well|alright|great|cool|sure|thanks|thank\\s{1,5}you|go\\s{1,5}ahead\\s{1,5}and|feel\\s{1,5}free\\s{1,5}to|don['’]?t\\s{1,5}forget\\s{1,5}to|do\\s{1,5}not\\s{1,5}forget\\s{1,5}to|don['’]?t\\s{1,5}hesitate\\s{1,5}to|do\\s{1,5}not\\s{1,5}hesitate\\s{1,5}to|remember\\s{1,5}to|be\\s{1,5}sure\\s{1,5}to|make\\s{1,5}sure\\s{1,5}to|would\\s{1,5}(?:you|u)\\s{1,5}mind|(?:can|could|would|will|wud|cud|can['’]?t|couldn['’]?t|won['’]?t)\\s{1,5}(?:you|u|ya)|(?:you|u)\\s{1,5}(?:can|could|may|should|must)(?!['’]?t|\\s{1,5}not)|(?:i|we)\\s{1,5}(?:need|want|would\\s{1,5}like)\\s{1,5}(?:you|u)\\s{1,5}to|i['’]d\\s{1,5}like\\s{1,5}(?:you|u)\\s{1,5}to|(?:would|will)\\s{1,5}it\\s{1,5}be\\s{1,5}possible\\s{1,5}(?:for\\s{1,5}(?:you|u)\\s{1,5})?to|mind)[,!]?\\s{1,5}){0,4}`;

const YOUR = "(?:your|ur|yr|you['’]?re|yur|thy)";
const MOD =
  '(?:personal|private|direct|best|real|actual|own|work|business|office|home|primary|main|alternate|alternative|other|current|new|full|complete|exact|correct|valid|contact|active|official)';
// A physical address only with a word that makes it where a person lives or receives
// things ("your home address", "your full postal address"): not "your IP / wallet / billing
// address" (the email address is a channel word of its own).
const PLACE_ADDRESS =
  '(?:home|house|postal|post|mailing|shipping|delivery|street|residential|residence|physical|permanent|courier)\\s{1,5}address(?:es)?';
// Screens and settings where an address is typed ("add your shipping address in settings").
const ADDRESS_NOT_PLACE =
  '(?!\\s{1,5}(?:in|on|at|to|into|under|from|inside)\\s{1,5}(?:the\\s{1,5})?(?:settings|checkout|profile|account|dashboard|app|form|page|field|portal|system|database|crm|cart|order\\s{1,5}form)(?![\\p{L}]))';
// "the shipping address field", "home address validation": the address as a topic of the work.
const ADDRESS_NOT_TOPIC =
  '(?!\\s{1,5}(?:fields?|format|formats|validation|verification|input|columns?|autocomplete|forms?|api|lookup|parser|lines?|template|component|data)(?![\\p{L}]))';
// "your full name and home address", "your name, email and number": a name first.
const NAME_HEAD = '(?:(?:full|legal|real|complete|first)\\s{1,5})?names?(?:\\s{0,5},|\\s{1,5}(?:and|&))';

// Contact nouns: messengers, email words, phone words, and generic "contact" words.
const CONTACT_GENERIC =
  '(?:contact(?:s|\\s{1,5}(?:details|info|information|number|no\\.?|email))?|handle|socials|social\\s{1,5}media|deets)';
// A user name (not "handle", a contact word of its own) on a messenger named in the same
// sentence, before it or after it: "let's take this to Discord, what's your tag?", "send me
// your username on Telegram" (not "what's your username here?", "your tag line").
const HANDLE_NOUN = `(?:tag|user${S}name|username|nick(?:name)?|id)(?=\\s{0,5}(?:$|[.!?,;:)]|(?:on|in|for|there|so|and|pls|please|then|i|we)${WB_R}))`;
const HANDLE_WORD = `(?:(?<=${T_MSG}[^.!?\\n]{1,80})${HANDLE_NOUN}(?!${S}(?:here|on${S}(?:here|upwork)|in${S}(?:our|the|this)${WB_R}))|${HANDLE_NOUN}${S}(?:on|in|for)${S}${T_MSG})`;
// A French mobile number by its prefix: "ton 06", "your 07" (after a possessive, alone: not
// "06/12", "07:30", "06 h", "your 06 build").
const MOBILE_PREFIX = `0[67](?<![\\p{L}\\p{N}_]0[67])${WB_R}(?![.,/:h-]?\\s{0,5}\\p{N})(?=\\s{0,5}(?:$|[.!?,;:)]|(?:so|and|please|pls|plz|asap|i|i['’]ll|we|stp|svp|et|pour|on|que|je|quand|merci|number|no)${WB_R}))`;
const MOBILE_PREFIX_FR = `0[67](?<=(?:ton|votre)\\s{1,5}0[67])${MOBILE_PREFIX.slice(5)}`;
const CONTACT = `(?<target>${T_MSG}|${T_EMAIL}|${T_PHONE}|${WB_L}${CONTACT_GENERIC}${WB_R}|${MOBILE_PREFIX}|${HANDLE_WORD})`;
const TAIL = `(?:\\s{1,5}(?:${T_PHONE}|no\\.|no(?=\\s{0,5}(?:$|[?.!,]))|nbr|id|handle|user\\s?name|address|contact|details|info|acc(?:ount)?|profile)${WB_R})?`;

// "Would you mind sharing your email", "mind dropping your number": the ask verb as a
// gerund, only after "mind" (a bare gerund is talk about it: "sharing your number here is
// against the rules").
const MIND_GERUND =
  '(?:(?:do|would|will|wud)\\s{1,5}(?:you|u|ya)\\s{1,5})?mind\\s{1,5}(?:sharing|sending|giving|dropping|passing|providing|telling|texting|leaving|forwarding|writing|posting|dming|pming|messaging|letting\\s{1,5}me\\s{1,5}(?:know|have))';
// Verbs of asking, with an optional indirect object.
const ASK_VERB = `(?:${T_MSG}|${T_EMAIL}|send|share|give|gimme|drop|pass|provide|tell|text|dm|pm|post|leave|forward|write|type|put|add|mention|shoot|inbox|message|paste|hand\\s{1,5}over|let\\s{1,5}me\\s{1,5}(?:know|have|get)|lemme\\s{1,5}(?:know|have|get)|${MIND_GERUND})`;
const ASK_OBJ = `(?:${S}(?:me|us|over|across|along|quickly|here|below|back|again|with${S}me|to${S}me))?`;
const ASK_Q =
  "(?:(?:can|could|may|might)\\s{1,5}(?:i|we)\\s{1,5}(?:please\\s{1,5})?(?:get|have|ask\\s{1,5}for|take|know|grab)|what(?:['’]?s|\\s{1,5}is|\\s{1,5}are)|whats|wat['’]?s|wats|which(?:['’]s|\\s{1,5}(?:one\\s{1,5})?is|\\s{1,5}are)|(?:i|we)(?:['’]ll|\\s{1,5}will|['’]d|\\s{1,5}would)?\\s{1,5}(?:need|want|like|require|love)(?:\\s{1,5}to\\s{1,5}(?:get|have|know))?|need|(?:(?:do|would)\\s{1,5}(?:you|u)\\s{1,5})?mind\\s{1,5}if\\s{1,5}(?:i|we)\\s{1,5}(?:get|have|ask\\s{1,5}for|take|grab)|(?:would|will)\\s{1,5}it\\s{1,5}be\\s{1,5}possible\\s{1,5}(?:for\\s{1,5}(?:me|us)\\s{1,5})?to\\s{1,5}(?:get|have|know))";

// Asking leave: "would it be ok if we", "is it fine to", "do you mind if we".
const MAY_WE =
  '(?:(?:would|will)\\s{1,5}it\\s{1,5}be|is\\s{1,5}it|(?:would|will)\\s{1,5}that\\s{1,5}be)\\s{1,5}(?:ok|okay|fine|alright|all\\s{1,5}right|cool|a\\s{1,5}problem)(?:\\s{1,5}(?:with\\s{1,5}(?:you|u)|for\\s{1,5}(?:you|u)))?\\s{1,5}(?:if\\s{1,5}(?:we|i)|to|for\\s{1,5}us\\s{1,5}to)|(?:(?:would|do|will)\\s{1,5}(?:you|u)\\s{1,5})?mind\\s{1,5}if\\s{1,5}(?:we|i)|(?:ok|okay|fine|alright)\\s{1,5}if\\s{1,5}(?:we|i)';
// Communication verbs for moving the conversation.
const MOVE_SUBJ = `(?:(?:let['’]?s|lets|let\\s{1,5}us|(?:can|could|shall|should)\\s{1,5}we|(?:can|could|may)\\s{1,5}i|can['’]?t\\s{1,5}we|couldn['’]?t\\s{1,5}we|we\\s{1,5}(?:can|could|should|may|might)(?!['’]?t|\\s{1,5}not)|why\\s{1,5}(?:don['’]?t\\s{1,5}we|not)|how\\s{1,5}about\\s{1,5}we|what\\s{1,5}if\\s{1,5}we|maybe\\s{1,5}we|${MAY_WE}|(?:i|we)(?:['’]d|\\s{1,5}would)\\s{1,5}(?:prefer|rather|like|love)(?:\\s{1,5}(?:to|if\\s{1,5}we|that\\s{1,5}we|we))?|(?:i|we)\\s{1,5}prefer(?:\\s{1,5}(?:to|if\\s{1,5}we|that\\s{1,5}we|we))?|(?:it(?:['’]?s|\\s{1,5}is|['’]?d\\s{1,5}be|\\s{1,5}would\\s{1,5}be|\\s{1,5}will\\s{1,5}be)\\s{1,5})?(?:much\\s{1,5})?(?:better|easier|faster|quicker|simpler|more\\s{1,5}convenient)\\s{1,5}(?:to|if\\s{1,5}we)|prefer\\s{1,5}to|i['’]ll|i\\s{1,5}will|i\\s{1,5}can(?!['’]?t|not)|we['’]ll|we\\s{1,5}will|let\\s{1,5}me)[,]?\\s{1,5})?`;
const ADV = '(?:(?:just|maybe|rather|quickly|simply|better|also|instead|please|all|now|perhaps|kindly)\\s{1,5}){0,4}';
// Verbs that take any short object ("discuss the budget", "continue this").
const MOVE_V_INTRANS =
  '(?:continue|carry\\s{1,5}on|talk|chat|discuss|speak|communicate|converse|proceed|correspond|keep\\s{1,5}in\\s{1,5}touch|stay\\s{1,5}in\\s{1,5}touch|get\\s{1,5}in\\s{1,5}touch|touch\\s{1,5}base|meet|catch\\s{1,5}up|coordinate|sync\\s{1,5}up|follow\\s{1,5}up|reply|respond|answer|hop|jump|video\\s{0,5}call|voice\\s{0,5}call)';
// Verbs whose object must be the conversation or a person ("move this chat", "message me").
const MOVE_V_TRANS = `(?:move|switch|take|shift|go|get|transfer|migrate|connect(?:\\s{1,5}with)?|look\\s{1,5}(?:me|us)\\s{1,5}up|search(?:\\s{1,5}for)?\\s{1,5}(?:me|us|my(?:\\s{1,5}(?:full|user))?\\s{0,5}name)|text|message|msg|dm|pm|ping|reach|contact|call|${T_EMAIL}|write|add|hit\\s{1,5}me\\s{1,5}up|hmu|find|catch|join|follow|inbox|buzz|${T_MSG}|${T_MEET}|send\\s{1,5}me\\s{1,5}(?:a\\s{1,5})?(?:message|msg|text|dm|note|${T_EMAIL}))`;
const CONV_OBJ =
  '(?:(?:\\s{1,5}(?:me|us|you|u|it|this|that|things|each\\s{1,5}other|over|across|up|back|along|further|the\\s{1,5}rest|our|the|this|further|a|quick|private|direct|conversation|convo|chat|chats|discussion|discussions|communication|talk|talks|call|interview|meeting|messages|negotiation|thread|details|project|there|here|now))){0,4}';
const PREP = '(?:on|onto|on\\s{1,5}to|to|into|in|via|over|through|thru|at|using|by)';
const DET = '(?:(?:a|an|the|my|our|your|ur|quick|short|private|personal|direct|brief|fast|video|voice)\\s{1,5}){0,4}';
const PHONE_TARGET = `(?:${T_PHONE}|text(?:\\s{1,5}messages?)?)`;
const MOVE_TARGET = `(?<target>${T_MSG}|${T_MEET}|${T_EMAIL}|${PHONE_TARGET}${WB_R})`;
const OUTSIDE =
  '(?<outside>(?:outside(?:\\s{1,5}of)?|off|away\\s{1,5}from|out\\s{1,5}of|elsewhere\\s{1,5}than|beyond)\\s{1,5}(?:of\\s{1,5})?(?:the\\s{1,5}|this\\s{1,5})?(?:upwork|fiverr|freelancer(?:\\.com)?|toptal|peopleperhour|guru|platform|site|website|app|here|chat|marketplace)|off[\\s-]?platform|elsewhere)';
const DIRECT = '(?<direct>directly|privately|personally|offline|in\\s{1,5}private)';

// A nickname is a contact only on a messenger named in the same sentence ("пришлю в телеге,
// какой у тебя ник?", "какой у тебя ник в Telegram?"), not a game or forum name.
const NICK_RU = `(?<=${T_MSG}[^.!?\\n]{1,60})(?:ник\\p{L}{0,5}|юзернейм|логин)|(?:ник\\p{L}{0,5}|юзернейм|логин)(?=\\s{1,5}(?:в|на|во)\\s{1,5}${T_MSG})`;

// Every word of the Russian/Ukrainian and Arabic grammars is in these scripts. (With the
// `iu` flags a character that case-folds into the range matches too, as in the rule.)
const CYRILLIC = '[\\u0400-\\u04FF]';
const ARABIC = '[\\u0600-\\u06FF]';

// Possessive between spaces: mandatory in the "your + contact" rules.
const G_YOUR = `\\s${YOUR}\\s`;

// Form-like asks: "include your email address in the cover letter", "list your number".
const FORM_VERB =
  '(?:include|attach|list|enter|fill\\s{1,5}(?:in|out)|insert|specify|indicate|note\\s{1,5}down|jot\\s{1,5}down|supply)';
/** "in the signup form", "on the login page": a place in a screen or document being built. */
const IN_PLACE = (more: string): string =>
  `(?:in|on|into|at|to|under|from|inside)\\s{1,5}(?:the|this|that|our|your|my|a|an|each|every)\\s{1,5}(?:[\\p{L}-]{1,15}\\s{1,5}){0,4}(?:${more}log[\\s-]?in|sign[\\s-]?(?:up|in)|signup|registration|forms?|fields?|pages?|screens?|settings|profile|account|apps?|website|site|portal|checkout|dashboard|system|database|crm|footer|header|signature|invoice|template|design|mockup|sheet|spreadsheet|table|column|popup|modal)${WB_R}`;
// ...but not steps of a screen or a document being built ("enter your email on the login
// page", "enter your phone number to receive the code", "include your email in the footer").
const FORM_NOT_PLACE = `(?!\\s{0,5}(?:->|→|>|,\\s{0,5}(?:then\\s{1,5})?(?:password|click|tap|press|hit))|\\s{1,5}(?:(?:and|or)\\s{1,5}(?:then\\s{1,5})?(?:password|click|tap|press|hit)|to\\s{1,5}(?:receive|get|verify|reset|log|sign|subscribe|continue|register|create|unlock|download|claim|start|proceed|confirm)${WB_R}|${IN_PLACE('box|')}))`;

// A contact noun with an article instead of "your" is the other party's only with a purpose:
// "the email to send it to", "the best number to reach you", "the number where I can call you".
const REACH_VERB = `(?:reach|contact|call|ring|text|ping|message|msg|dm|invite|add|${T_EMAIL}|${T_MSG}|get\\s{1,5}(?:in\\s{1,5}touch\\s{1,5}with|hold\\s{1,5}of)|write\\s{1,5}to)`;
const PURPOSE = `\\s{1,5}(?:(?:to|(?:i|we)\\s{1,5}(?:can|should|could|may))\\s{1,5}(?:${REACH_VERB}(?:\\s{1,5}(?:you|u))?|(?:send|forward|share|mail|${T_EMAIL})(?:\\s{1,5}(?:it|them|this|that|(?:the|my|our)\\s{1,5}[\\p{L}\\p{N}-]{1,20}|[\\p{L}\\p{N}-]{1,20}))?\\s{1,5}to)|(?:where|at\\s{1,5}which|on\\s{1,5}which)\\s{1,5}(?:i|we)\\s{1,5}(?:can|could|should|may)\\s{1,5}${REACH_VERB}\\s{1,5}(?:you|u))(?=\\s{0,5}(?:$|[.!?,;:)]|(?:on|at|with|if|when|and|so|later|directly|tomorrow|today|asap|please|pls|thanks|instead|then)${WB_R}))`;

// Moving one session to an outside tool: "can we do the interview on Google Meet",
// "let's have the call on Zoom". A frame that asks (let's, can we, would it be ok if we)
// is required: "I did an interview on Zoom last year" reports one.
const SESSION_FRAME = `(?:let['’]?s|lets|let\\s{1,5}us|(?:can|could|shall|should)\\s{1,5}(?:we|you|u)|can['’]?t\\s{1,5}we|couldn['’]?t\\s{1,5}we|we\\s{1,5}(?:can|could|should)(?!['’]?t|\\s{1,5}not)|why\\s{1,5}(?:don['’]?t\\s{1,5}we|not)|how\\s{1,5}about\\s{1,5}we|what\\s{1,5}if\\s{1,5}we|maybe\\s{1,5}we|${MAY_WE}|(?:i|we)(?:['’]d|\\s{1,5}would)\\s{1,5}(?:prefer|rather|like)(?:\\s{1,5}(?:to|if\\s{1,5}we|that\\s{1,5}we|we))?|(?:i|we)\\s{1,5}prefer(?:\\s{1,5}(?:to|if\\s{1,5}we|that\\s{1,5}we|we))|(?:it(?:['’]?d\\s{1,5}be|\\s{1,5}would\\s{1,5}be)\\s{1,5})?(?:much\\s{1,5})?(?:better|easier|simpler)\\s{1,5}(?:to|if\\s{1,5}we))[,]?\\s{1,5}`;
const SESSION_VERB = '(?:do|have|hold|conduct|run|schedule|set\\s{1,5}up|arrange|book|take|move|switch|shift)';
// "On"/"in" also means "about" ("a session on TikTok trends"): then the tool must end the
// phrase or come before a time or "instead".
const SESSION_VIA = `(?:(?:over|via|through|thru|using)${S}${DET}(?<target>${T_MEET}|${T_MSG})|(?:on|in)${S}${DET}(?<target2>${T_MEET}|${T_MSG})(?=\\s{0,5}(?:$|[.!?,;:)]|(?:instead|rather|tomorrow|today|tonight|later|then|at|this|next|when|once|if|so|and|with|please|pls|now|asap|sometime)${WB_R})))`;
const SESSION =
  "(?:\\s{1,5}(?:the|a|an|our|this|that|your|quick|short|brief|first|next|final|video|voice|audio|intro|introductory|initial|technical|tech|job|follow[\\s-]?up|kick[\\s-]?off|discovery|rest\\s{1,5}of\\s{1,5}the|today['’]?s|tomorrow['’]?s)){0,4}\\s{1,5}(?:interview|call|meeting|session|chat|discussion|sync|catch[\\s-]?up|conversation|demo|screening|stand[\\s-]?up|huddle|walkthrough)s?";

// Greetings, courtesy words, vocatives and sentence adverbs that may come before a request
// in each language, shared by its rules ("Hola! Mejor pásame tu WhatsApp", "porfis dime tu
// correo", "então me chama no zap", "du coup écris-moi sur Telegram", "am besten schreib mir").
const pre = (words: string): string => `(?:(?:${words})[,]?\\s{1,5}){0,4}`;
const PRE_ES = pre(
  'para\\s{1,5}(?:ir|hacerlo|avanzar|agilizar|comunicarnos)(?:\\s{1,5}m[aá]s)?(?:\\s{1,5}(?:r[aá]pido|f[aá]cil|c[oó]modo|[aá]gil|directo))?|por\\s{1,5}favor|porfa|porfis|porfavor|xfa|xfavor|plis|please|pls|oye|oiga|hola|buenas|amigo|amiga|hermano|bueno|pues|entonces|y|tambi[eé]n|ok|okey|vale|dale|mejor|mira|mire|disculpa|disculpe|perd[oó]n|gracias|ahora|s[oó]lo|simplemente|si\\s{1,5}quieres|si\\s{1,5}puedes|si\\s{1,5}gustas|cuando\\s{1,5}puedas',
);
const PRE_PT = pre(
  'p(?:a)?ra\\s{1,5}(?:ir|agilizar|facilitar|ser|adiantar)(?:\\s{1,5}mais)?(?:\\s{1,5}(?:r[aá]pido|f[aá]cil|pr[aá]tico|direto))?|por\\s{1,5}favor|por\\s{1,5}gentileza|pfv|pf|pfvr|please|pls|oi|ol[aá]|opa|amigo|amiga|mano|cara|ent[aã]o|e|tamb[eé]m|ok|beleza|blz|melhor|s[oó]|depois|obrigad[oa]|valeu|se\\s{1,5}puder|se\\s{1,5}quiser|quando\\s{1,5}puder',
);
const PRE_FR = pre(
  "s['’]il\\s{1,5}(?:te|vous)\\s{1,5}pla[iî]t|stp|svp|merci|bonjour|bonsoir|salut|coucou|et|alors|ok|sinon|du\\s{1,5}coup|bon|plut[oô]t|au\\s{1,5}fait|simplement|juste|mieux|please|pls",
);
const PRE_DE = pre(
  'bitte|hallo|hi|servus|moin|und|also|ok|dann|sonst|ansonsten|lieber|besser|am\\s{1,5}besten|einfach|gerne|gern|danke|[üu]brigens|alternativ',
);

// Installing an outside app to move the conversation there. Where from and on what device
// ("from the Play Store", "on your phone"), then what for: talking, or going on with the
// interview. Installing "the app build" to test it, or "the app" to check a screen, is work.
const INSTALL_FROM = `(?:${S}(?:from|on|in|via|through)${S}(?:the${S})?(?:(?:google|apple|galaxy|microsoft)${S})?(?:play${S}?store|app${S}?store|playstore|appstore|google${S}play|app${S}gallery|store|link${S}(?:below|above))|${S}from${S}(?:our|the|my)${S}(?:official${S})?(?:website|site|web\\s{0,5}page|page|portal))?(?:${S}on${S}(?:your|ur)${S}(?:${T_PHONE}|device|laptop|computer|pc|iphone|android))?,?`;
const INSTALL_SO = `${S}(?:to|so${S}(?:that${S})?(?:we|i|you|u)${S}(?:can|could|will|may)|and(?:${S}then)?)${S}${ADV}`;
// A messenger: any talk there ("...and message me there", "...to chat").
const INSTALL_MESSENGER = `(?:the${S})?(?<target>${T_MSG}|${T_MEET})(?:${S}(?:app|messenger|application))?${INSTALL_FROM}${INSTALL_SO}(?:continue|carry${S}on|talk|chat|communicate|speak|discuss|proceed|connect|meet|keep${S}in${S}touch|stay${S}in${S}touch|get${S}in${S}touch|(?:message|text|contact|reach|call|ping|dm|add|find|join|follow)${S}(?:me|us))${WB_R}(?<fill>${filler(3)})`;
// Another app ("our company app 'X'"): only to go on with the interview or the talk, or to
// talk with the person or the hiring team.
const INSTALL_APP = `(?:our|my|the|this|that|a)${S}(?:(?:company|company['’]s|official|internal|corporate|hr|recruitment|recruiting|hiring|interview|chat|messaging|communication|team|secure|private|mobile)${S}){0,3}(?:[\\p{L}\\p{N}]{2,20}${S})?(?:app|application)(?:${S}(?:called|named))?(?:${S}(?:['"“‘][^'"”’\\n]{1,40}['"”’]|[\\p{L}\\p{N}]{1,20}(?:${S}[\\p{L}\\p{N}]{1,20}){0,2}))?${INSTALL_FROM}${INSTALL_SO}(?:(?:continue|proceed(?:${S}with)?|carry${S}on(?:${S}with)?|complete|finish|start|begin|join|attend|do|have|take)${S}(?:the|this|our|your|my)${S}(?:[\\p{L}-]{1,15}${S}){0,2}(?:interview|conversation|chat|discussion|communication|onboarding|hiring|recruitment|screening|assessment|application|call|meeting|talks?|selection)${WB_R}(?!${S}(?:flow|screens?|feature|page|module|ui|ux|design|tests?|testing|bugs?|steps?|tutorial|video|section|tab|form)${WB_R})|(?:chat|talk|communicate|speak|connect|correspond|get${S}in${S}touch|keep${S}in${S}touch|stay${S}in${S}touch)${S}with${S}(?:me|us|our${S}(?:team|recruiters?|hr|hiring${S}(?:team|manager))|the${S}(?:hiring|recruitment|recruiting|hr|interview)${S}(?:team|manager|panel)|the${S}(?:recruiter|interviewer|hiring${S}manager|hr))${WB_R}|(?:message|text|contact|reach|call|ping|dm)${S}(?:me|us)${WB_R}|(?:complete|finish|continue|start|begin|do)${S}(?:(?:the|your)${S})?(?:onboarding|training|registration|interview|screening|hiring${S}process)${S}(?:there|in${S}(?:the|that)${S}app|inside${S}(?:the|that)${S}app)${WB_R}(?![^.!?\\n]{0,60}${WB_L}(?:bugs?|test\\p{L}{0,3}|qa|jira|report|screenshots?|crash\\p{L}{0,3}|ux|ui|flow)${WB_R}))`;

// ---- Grammars of more languages (shared pieces) ----

// Italian
const PRE_IT = pre(
  'per\\s{1,5}(?:fare\\s{1,5}prima|velocizzare|comodità|semplicità|praticità)|per\\s{1,5}favore|per\\s{1,5}piacere|perfavore|x\\s{0,5}favore|ciao|salve|buongiorno|buonasera|allora|quindi|e|senti|scusa|scusi|magari|meglio|comunque|intanto|gentilmente|cortesemente|grazie',
);
const IT_GIVE = '(?:lasciare|dare|passare|mandare|inviare|scrivere|dire|girare|condividere|comunicare|fornire)';
const IT_ASK_VERB = `(?:mi${S}(?:lasci|lascia|lasciate|dai|date|dà|passi|passa|passate|mandi|manda|mandate|invii|invia|inviate|scrivi|scriva|scrivete|dici|dica|dite|giri|gira|girate|condividi|condivida|comunichi|comunica|fornisci|fornisca|dia)|(?:mi${S})?(?:puoi|può|potresti|potrebbe|potete|potreste)${S}(?:mi${S})?${IT_GIVE}|(?:puoi|può|potresti|potrebbe|potete|potreste)${S}(?:lasciarmi|darmi|passarmi|mandarmi|inviarmi|scrivermi|dirmi|girarmi|comunicarmi|fornirmi)|lasciami|lasciatemi|dammi|datemi|passami|passatemi|mandami|mandatemi|inviami|inviatemi|dimmi|ditemi|girami|giratemi|comunicami|forniscimi|qual${S}è|qual['’]\\s{0,5}è|qual\\s{0,5}e['’]|quale${S}è)`;
// A bare "numero" only with "your"; the rest with an article too ("mi lasci il numero di
// telefono?", "mandami la mail").
const IT_OBJ = `(?:(?:il|la|i|le|un|una|l['’])\\s{0,5})?(?:(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra|vostri|vostre)${S}(?<target>${T_PHONE})|(?:(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra|vostri|vostre)${S})?(?<target2>${T_PHONE}${S}(?:di${S})?(?:${T_PHONE}|${T_MSG}|cellulare)|cellulare|${T_EMAIL}|indirizzo${S}${T_EMAIL}|indirizzo${S}di${S}posta(?:${S}elettronica)?|contatt[oi]|recapit[oi](?:${S}telefonic[oi])?|${T_MSG}(?:${S}${T_PHONE})?))${WB_R}`;
// "il numero dell'ordine", "la mail del cliente": someone else's.
const IT_NOT_OF = `(?!\\s{1,5}(?:di|del|dello|della|dei|degli|delle)${WB_R}|\\s{1,5}dell['’])`;
const IT_MOVE_VERB = `(?:scrivimi|scrivetemi|mi${S}scrivi|mi${S}scriva|scriveteci|scrivici|contattami|contattatemi|mi${S}contatti|contattaci|chiamami|chiamatemi|mi${S}chiami|aggiungimi|aggiungetemi|mi${S}aggiungi|cercami|trovami|sentiamoci|ci${S}sentiamo|scriviamoci|ci${S}scriviamo|parliamo|parliamone|continuiamo|proseguiamo|passiamo|spostiamoci|ci${S}spostiamo|spostiamo|(?:possiamo|potremmo|preferisco|preferirei|meglio|è${S}meglio)${S}(?:continuare|parlare|parlarne|sentirci|scriverci|passare|spostarci|proseguire|spostare))`;
// What may come between the verb and "su WhatsApp": the talk itself, manner, a pronoun.
const IT_FILL = `(?:${S}(?:pure|anche|direttamente|meglio|subito|ora|adesso|in${S}privato|privatamente|la${S}conversazione|la${S}chat|il${S}discorso|di${S}questo|di${S}tutto|dei${S}dettagli|del${S}progetto|con${S}calma|con${S}me|a${S}me|un${S}messaggio|un${S}msg|un${S}vocale)){0,3}`;

// Polish
const PRE_PL = pre(
  `prosz[eę]|cze[sś][cć]|hej|witam|dzie[nń]${S}dobry|okej|dobra|wi[eę]c|najlepiej|lepiej|po${S}prostu|dzi[eę]ki|siema`,
);
const PL_GIVE_INF =
  '(?:poda[cć]|da[cć]|wys[lł]a[cć]|przes[lł]a[cć]|zostawi[cć]|napisa[cć]|udost[eę]pni[cć]|podes[lł]a[cć])';
const PL_ASK_VERB = `(?:podaj(?:cie)?|daj(?:cie)?|dasz|wy[sś]lij(?:cie)?|prze[sś]lij(?:cie)?|zostaw(?:cie)?|napisz(?:cie)?|udost[eę]pnij(?:cie)?|pode[sś]lij(?:cie)?|(?:czy${S})?(?:mo[zż]esz|mo[zż]ecie|mo[zż]e${S}pan(?:i)?|m[oó]g[lł]by[sś]|mog[lł]aby[sś]|mogliby[sś]cie)${S}(?:mi${S}|nam${S})?${PL_GIVE_INF}|prosz[eę]${S}(?:o|${PL_GIVE_INF})|poprosz[eę](?:${S}o)?|jaki${S}(?:jest|masz|ma${S}pan(?:i)?)|jak[aą]${S}(?:jest|masz))`;
// (Plain words and words with a channel tag are separate alternatives: a target with a
// plain alternative is tried on a text without channel words.)
const PL_NUMBER = `numer${S}(?:${T_PHONE}|${T_MSG}|na${S}${T_MSG})|numer${S}(?:telefonu|tel\\.?|kom[oó]rki)`;
const PL_EMAIL = `adres${S}${T_EMAIL}|adres${S}(?:mailowy|e-?mailowy)`;
// With "your" (swój, twój, pana...) any contact word; without, only a phone number or an
// email address spelled out ("podaj numer telefonu").
const PL_OBJ = `(?:(?:sw[oó]j|swoj[aąe]|swojego|tw[oó]j|twoj[aąe]|twojego|pana|pani|wasz|wasz[aąe]|waszego|pa[nń]stwa)${S}(?:(?:prywatn|s[lł]u[zż]bow|aktualn|osobist)\\p{L}{1,3}${S})?(?<target>${PL_NUMBER}|numer|${T_PHONE}|${T_EMAIL}|${PL_EMAIL}|kontakt|dane${S}kontaktowe|${T_MSG})|(?<target2>${PL_NUMBER}|${PL_EMAIL}|dane${S}kontaktowe))${WB_R}`;
// "numer zamówienia", "numer konta": a number of something else.
const PL_NOT_OF = `(?!${S}(?:zam[oó]wieni|faktur|kont|zleceni|projekt|wersj|identyfikac|nip|pesel|regon|seryjn|dom|mieszka|but|stron|zadani|klient|umow|spraw|referenc|rachunk|kart|dow[oó]d|paszport|iban|dla)\\p{L}{0,6}${WB_R})`;
const PL_MOVE_VERB = `(?:napisz(?:cie)?|pisz(?:cie)?|zadzwo[nń](?:cie)?|dzwo[nń](?:cie)?|odezwij(?:cie)?${S}si[eę]|dodaj(?:cie)?|skontaktuj(?:cie)?${S}si[eę]|przejd[zź]my|przenie[sś]my(?:${S}si[eę])?|pogadajmy|porozmawiajmy|rozmawiajmy|piszmy|kontynuujmy|zgadajmy${S}si[eę]|zdzwo[nń]my${S}si[eę]|(?:mo[zż]emy|mo[zż]esz|mo[zż]ecie|wol[eę]|wola[lł]bym|wola[lł]abym|lepiej)${S}(?:przej[sś][cć]|porozmawia[cć]|pogada[cć]|pisa[cć]|kontynuowa[cć]|przenie[sś][cć]${S}si[eę]|napisa[cć]|zadzwoni[cć]|si[eę]${S}skontaktowa[cć]|rozmawia[cć]))`;
const PL_FILL = `(?:${S}(?:do${S}(?:mnie|nas)|mi|nam|ze${S}mn[aą]|z${S}nami|prosz[eę]|lepiej|najlepiej|od${S}razu|bezpo[sś]rednio|prywatnie|dalej|rozmow[eę]|si[eę]|teraz)){0,3}`;

// Turkish: "your" is a suffix (numara-n-ı "your number", adres-in-i "your address",
// numara-nız-ı politely), its vowel set by the noun's last vowel (written with or without
// the Turkish letters); verbs ask in the -r mısın form. Each word's own vowels, not every
// vowel everywhere: the word index holds each spelled form.
const TR_NOUN = `(?:(?:cep${S}|telefon${S})?numaran(?:[ıi]z)?[ıi]?|telefonun(?:uz)?u?|adresin(?:iz)?i?|hesab[ıi]n(?:[ıi]z)?[ıi]?|kullan[ıi]c[ıi]${S}ad[ıi]n(?:[ıi]z)?[ıi]?|ileti[şs]im${S}bilgilerin(?:iz)?i?)`;
const TR_SEND = '(?:at|ver|g[öo]nder|yolla|payla[şs]|yaz|ilet|s[öo]yle|bildir)';
const TR_Q = 'm[ıi]s[ıi]n(?:[ıi]z)?';
const TR_ASK_VERB = `(?:${TR_SEND}(?:r|ar|er|[ıi]r|abilir|ebilir|yabilir|yebilir)\\s{0,5}${TR_Q}|${TR_SEND}(?:[ıi]n|y[ıi]n|[ıi]n[ıi]z|y[ıi]n[ıi]z|sana|sene|san[ıi]za|seniz)?|(?:alabilir|[öo][ğg]renebilir)\\s{0,5}mi(?:yim|yiz))`;
const TR_MOVE_VERB = `(?:konu[şs]al[ıi]m|g[öo]r[üu][şs]elim|yaz[ıi][şs]al[ıi]m|devam${S}edelim|ge[çc]elim|ta[şs][ıi]yal[ıi]m|ileti[şs]ime${S}ge[çc](?:elim|in|ebilir\\s{0,5}misin(?:iz)?)?|ula[şs](?:[ıi]n|abilirsin(?:iz)?)|yaz(?:[ıi]n|ar\\s{0,5}${TR_Q}|abilir\\s{0,5}${TR_Q}|sana)?|ekle(?:yin|r\\s{0,5}${TR_Q}|sene)?|ara(?:y[ıi]n|r\\s{0,5}${TR_Q}|sana)?|mesaj${S}(?:at(?:[ıi]n)?|atar\\s{0,5}${TR_Q}|g[öo]nder(?:in)?)|(?:konu[şs]abilir|devam${S}edebilir|ge[çc]ebilir)\\s{0,5}miyiz)`;
// "... diye soruyorlar" (they ask "..."): reported.
const TR_NOT_QUOTED = `(?!\\s{1,5}(?:diye|dedi|demi[şs]|dediler)${WB_R})`;

// Vietnamese
const PRE_VI = pre(
  `bạn|bn|anh|chị|em|ơi|vậy|thì|à|ạ|dạ|vâng|ừ|ừm|tiện|nếu${S}được|nếu${S}tiện|hay${S}là|vui${S}lòng|làm${S}ơn|hãy|mình|chúng${S}ta`,
);
const VI_ME = `(?:mình|mk|em|e|anh|a|chị|c|tôi|t|tớ|tui|bọn${S}mình|chúng${S}tôi|chúng${S}mình)`;
// Alternatives to put in a target group as they are (plain words apart from channel tags).
const VI_CONTACT = `số${S}(?:${T_PHONE}|${T_MSG})|số${S}(?:điện${S}thoại|đt|dt|di${S}động)|sđt|sdt|${T_PHONE}|${T_MSG}|${T_EMAIL}|địa${S}chỉ${S}${T_EMAIL}`;

// Indonesian / Malay: "your" after the noun ("nomor kamu", "nomornya", "WA-nya").
const PRE_ID = pre(
  `kak|kakak|gan|agan|mbak|halo|hai|oke|sip|boleh|tolong|mohon|coba|yuk|ayo|ayok|mari|dong|terus|trus|jadi|sekalian|nanti|langsung|mending|sebaiknya|lebih${S}baik|gimana${S}kalau|gimana${S}kalo|gmn${S}kalo|kalau${S}boleh|kalo${S}boleh|kita|silakan|silahkan|bisa|aku|saya`,
);
const ID_CONTACT = `(?:nomor|nomer|nmr|no\\.?)${S}(?:${T_PHONE}|${T_MSG})|(?:nomor|nomer|nmr|no\\.?)(?:${S}(?:hp|handphone|telepon|telp|tlp|ponsel))?|${T_MSG}(?:${S}${T_PHONE})?|${T_PHONE}|${T_EMAIL}|alamat${S}${T_EMAIL}|kontak|akun${S}${T_MSG}|id${S}${T_MSG}`;
const ID_YOUR = `(?:-?(?:nya|mu)|${S}(?:kamu|anda|mu|kak|kakak|ka|gan|agan|bro|sis|situ|lo|lu|elo|elu|mas|mbak|pak|bu|bang))${WB_R}`;

// Tagalog / Taglish
const PRE_TL = pre(
  "pwede|puwede|pwd|paki|pakiusap|sige|oks|kuya|ate|po|ba|bale|tapos|uy|teka|ma['’]?am|maam|sir|boss|tara",
);
const TL_YOU = '(?:mo|nyo|niyo|ninyo)';
// Talking, as a verb of the future or a suggestion ("mag-usap", not past "nag-usap").
const TL_TALK = `(?:mag-?usap|usap|mag-?chat|chat|mag-?text|magkita|mag-?meet|mag-?message|mag-?call|mag-?video\\s{0,5}call|mag-?interview)`;

// Off the platform, in words, for the move rules of each language: "sigamos por fuera",
// "vamos conversar fora da plataforma", "continuons en dehors de Malt", "lass uns außerhalb
// der Plattform weiterreden", "sentiamoci fuori dalla piattaforma". A bare "por fuera" must
// end the clause ("por fuera del horario" is about working hours).
const OUTSIDE_END = `(?=\\s{0,5}(?:$|[.!?,;:)¿¡]|(?:y|para|as[ií]|mejor|entonces|ya|si|que|porque|e|pra|ent[aã]o|melhor|assim|se)${WB_R}))`;
const OUTSIDE_ES = `por\\s{1,5}(?:fuera|afuera)${OUTSIDE_END}|(?:fuera|afuera)\\s{1,5}de\\s{1,5}(?:la\\s{1,5})?(?:plataforma|upwork|fiverr|workana|aqu[ií]|la\\s{1,5}app|este\\s{1,5}(?:sitio|chat))${WB_R}`;
const OUTSIDE_PT = `por\\s{1,5}fora${OUTSIDE_END}|fora\\s{1,5}d[ao]\\s{1,5}(?:plataforma|upwork|fiverr|workana|99freelas|app|site|chat)${WB_R}`;
const OUTSIDE_FR = `(?:en\\s{1,5}dehors|hors)\\s{1,5}(?:de\\s{1,5}(?:la\\s{1,5})?|d['’]\\s{0,5})?(?:plateforme|upwork|fiverr|malt|ici|l['’]\\s{0,5}app|ce\\s{1,5}site)${WB_R}`;
const OUTSIDE_DE = `au(?:ß|ss)erhalb\\s{1,5}(?:der\\s{1,5}(?:plattform|seite|app)|von\\s{1,5}(?:upwork|fiverr|freelancer)|upworks)${WB_R}`;
const OUTSIDE_IT = `fuori\\s{1,5}(?:dalla\\s{1,5}piattaforma|da\\s{1,5}(?:upwork|fiverr|qui)|dall['’]\\s{0,5}app|da\\s{1,5}questo\\s{1,5}sito)${WB_R}`;

// Another way or place to reach the other party: "another way to contact you", "somewhere
// else I can message you", "anywhere else we can talk". The adjective is looked behind, so
// that the rule is tried from "way", not from every "a".
const OTHER_WAY = `(?:(?<=(?:another|other|alternative|alternate|any\\s{1,5}other|a\\s{1,5}(?:faster|quicker|better|more\\s{1,5}direct|direct|different|more\\s{1,5}private))\\s{1,5})(?:way|means|channel|method|platform|app|place)|(?:somewhere|someplace|anywhere|anyplace)${S}else|elsewhere)`;
// ...but not another way on the platform itself ("another way to reach you on Upwork").
const NOT_HERE = `(?!${S}(?:here|on${S}(?:here|upwork|the${S}platform|this${S}(?:platform|site|app))|(?:through|via|in)${S}(?:upwork|the${S}platform|this${S}(?:platform|site|app|chat)|the${S}upwork)))`;
// The best way to reach the other party: a request only with a place off the platform.
const BEST_WAY = `(?<=(?:best|easiest|quickest|fastest|simplest|preferred|most\\s{1,5}direct|good|better|right|any|a|some)\\s{1,5})(?:way|place|app|channel|method|means)`;
const WAY_TO_REACH = `(?:(?:to|(?:(?:where|that)${S})?(?:i|we)${S}(?:can|could|may|might|should))${S}(?:reach|contact|talk|chat|communicate|message|msg|text|dm|pm|write|call|ping|inbox|${T_MSG}|get${S}in${S}touch|connect|speak)(?:${S}(?:to|with))?${S}(?:you|u|each${S}other)${WB_R}|(?:(?:where|that)${S})?we${S}(?:can|could|may|might)${S}(?:talk|chat|communicate|continue|speak|connect)(?=\\s{0,5}(?:$|[.!?,;:)]|(?:more|privately|directly|instead|freely|without)${WB_R})))`;
// "besides here", "other than Upwork": a place to reach someone that is not this one.
const BESIDES_HERE = `(?:besides|other${S}than|apart${S}from|except)${S}(?:here|upwork|fiverr|(?:this|the)${S}(?:app|chat|platform|site|website))${WB_R}`;

// Somewhere else, unnamed: "let's move this convo somewhere else", "can we talk somewhere
// more private". The conversation itself must be what moves ("move it somewhere else" is
// about a button, "somewhere else on the page" about a layout).
const SOMEWHERE_ELSE = `(?:somewhere|someplace)${S}(?:else|more${S}(?:private|direct|convenient|secure|practical)|private|quieter|safer)${WB_R}(?!${S}(?:on|in|at|within|inside|under)${S}(?:the|this|that|our|your|my|a)${WB_R})`;
const CONV_NOUN = `(?:(?:this|that|the|our)${S}(?:(?:quick|private|whole|little|current)${S})?(?:conversation|convo|chat|discussion|talk|thread|messaging|communication|negotiation)s?|(?:it|this|things)${S}(?=(?:somewhere|someplace)${S}(?:more${S})?(?:private|direct)))`;

// One channel, then "or" and another: "snap or insta?", "t'as snap ou insta ?". The first may
// be a weak name that is not tagged alone (lowercase "snap", "signal", "tg").
const CHANNEL_OR = `(?:${T_MSG}|snap|snapchat|signal|line|slack|kik|imo|qq|sc|tg|wa|ig|fb|tele|whats|zap)${S}`;

// Who, on a recruiter's side, will write to the candidate.
const STAFF_DET = `(?:your|our|the|my)${S}(?:(?:assigned|personal|dedicated|senior|hr|hiring|recruitment|onboarding|team|account)${S}){0,2}`;
const STAFF_ROLE = `(?:trainer|recruiter|recruiters|hr|manager|supervisor|coordinator|mentor|team\\s{0,5}lead(?:er)?|assistant|interviewer|specialist|secretary|hiring${S}(?:team|manager)|recruitment${S}team|hr${S}(?:team|department|manager))${WB_R}`;
const STAFF = `${STAFF_DET}${STAFF_ROLE}`;
// A clause start, looked behind (CLAUSE reads ahead of a match that starts there).
const CLAUSE_BEHIND = `(?:(?:^|[.!?;:,\\n()\\[\\]–—¿¡"“”«»…>•|。，！？、،؟*])\\s{0,3}|\\s[-–—]\\s{1,2}|(?:^|\\s)(?:and|so|then|also|but|pls|please|kindly|btw|now|ok|okay)\\s{1,5})`;

// An interview, in the languages of the grammars, and what may stand between it and the
// messenger it is held on: a copula or "held", "será", "dilakukan", "проходит", "ستكون".
const INTERVIEW_DET = `(?:l['’]\\s{0,5})?(?:(?:(?:the|our|this|your|a|an)${S})?(?:(?:first|second|third|next|final|last)${S})?(?:round|stage|part|rest|step)${S}of${S})?(?:(?:the|our|an?|this|your|la|el|a|o|das|die|der|il|unser\\p{L}{0,2}|notre|votre|nuestra|nossa|first|initial|final|next|job|video|online|short|brief|quick|hr|screening|technical|primera|primeira|premier|prochain|erste\\p{L}{0,2})${S}){0,3}`;
const INTERVIEW = `(?:interviews?|entrevistas?|entretiens?|wawancara|собеседовани[еяи]|интервью|المقابلة|vorstellungsgespr[äa]ch|bewerbungsgespr[äa]ch|colloquio|panayam)${WB_R}`;
const INTERVIEW_VERB = `(?:${S}(?:is|are|will|would|shall|be|takes?|place|happens?|goes|being|held|conducted|done|carried|out|only|strictly|exclusively|process|stage|round|itself|ser[aá]|es|se|har[aá]|realizar[aá]|realiza|hace|llevar[aá]|a|cabo|solo|s[oó]lamente|[uú]nicamente|[eé]|vai|acontece|acontecer[aá]|feita|realizada|somente|apenas|s[oó]|fera|fait|d[ée]roulera|d[ée]roule|aura|lieu|sera|est|uniquement|seulement|dilakukan|akan|diadakan|hanya|berlangsung|проходит|пройд[её]т|будет|проводится|проходить|только|ستكون|تكون|ستتم|تتم|سيكون|فقط|f[üu]hren|wir|findet|erfolgt|l[äa]uft|statt|nur|wird|ist|ay|po|natin|gagawin|lang|na)${WB_R}){0,4}`;
const INTERVIEW_VIA =
  '(?:via|over|on|through|thru|by|using|sa|in|por|pelo|pela|no|na|en|mediante|sur|par|lewat|melalui|di|в|во|через|по|عبر|على|في|per|[üu]ber|auf|bei|tramite|su)';
// The messenger ends the phrase, and no warning or negation follows ("interviews via
// Telegram are a scam", "...are not allowed").
const INTERVIEW_END = `(?=\\s{0,5}(?:$|[.!?,;:)،]|(?:only|instead|text|chat|app|messenger|call|with|and|then|so|please|pls|at|tomorrow|today|y|e|et|und|и|con|com|avec|mit|dengan|с)${WB_R}))(?![^.!?\\n]{0,60}(?:${WB_L}(?:not|never|scams?|fraud\\p{L}{0,4}|fake|red${S}flags?|phishing|suspicious|prohibited|forbidden|banned|against|risky|dangerous)${WB_R}|n['’]t${WB_R}))`;

// Writing to that colleague: "message our recruiter on Telegram", "contact the HR on WhatsApp".
const STAFF_VERB = `(?:message|msg|text|contact|reach|dm|pm|add|call|ping|write${S}to|chat${S}with|talk${S}to|get${S}in${S}touch${S}with)`;

// The polite frame is part of the span: "Could you share your email?" is the request.
const en = (s: string): string => `${CLAUSE}(?<full>${POLITE_EN}${s})`;

const RULES: readonly Rule[] = [
  // "send me your email", "can you share your WhatsApp number", "drop your number"
  {
    re: new RegExp(
      en(`(?<core>${ASK_VERB}${ASK_OBJ}${S}${YOUR}(?:${S}${NAME_HEAD})?(?:${S}${MOD}){0,4}${S}${CONTACT}${TAIL})`),
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: G_YOUR,
    lang: 'en',
    confidence: 'high',
  },
  // "what's your WhatsApp?", "can I get your number", "I need your email"
  {
    re: new RegExp(
      en(`(?<core>${ASK_Q}${S}${YOUR}(?:${S}${NAME_HEAD})?(?:${S}${MOD}){0,4}${S}${CONTACT}${TAIL})`),
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: G_YOUR,
    lang: 'en',
    confidence: 'high',
  },
  // "What's your home address?", "send me your full name and shipping address". Not a
  // target group: the rule has its own gate (the place words), cheaper than a regex test.
  {
    re: new RegExp(
      en(
        `(?<core>(?:${ASK_VERB}${ASK_OBJ}|${ASK_Q})${S}${YOUR}(?:${S}${NAME_HEAD})?(?:${S}${MOD}){0,4}${S}(?<place>${PLACE_ADDRESS})${WB_R}${ADDRESS_NOT_PLACE}${ADDRESS_NOT_TOPIC})`,
      ),
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: `\\s${PLACE_ADDRESS}`,
    lang: 'en',
    confidence: 'high',
  },
  // "which is your insta id" reads as ASK_Q. "Please include your email address in the cover letter"
  {
    re: new RegExp(
      en(`(?<core>${FORM_VERB}${S}${YOUR}(?:${S}${MOD}){0,4}${S}${CONTACT}${TAIL})${FORM_NOT_PLACE}`),
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: G_YOUR,
    lang: 'en',
    confidence: 'high',
  },
  // "just tell me the email to send it to", "what's the best number to reach you?"
  {
    re: new RegExp(
      en(
        `(?<core>(?:${ASK_VERB}${ASK_OBJ}|${ASK_Q})${S}(?:the|an?)(?:${S}${MOD}){0,4}${S}(?<target>${T_MSG}|${T_EMAIL}|${T_PHONE})${TAIL})(?=${PURPOSE})`,
      ),
      'dgiu',
    ),
    kind: 'ask-contact',
    // A tag before the purpose's first word (a regex test: "the" is in every text).
    gate: `[\\uE010-\\uE012]\\uE01F{0,60}(?:\\s{1,5}[\\p{L}.]{1,12}){0,4}\\s{1,5}(?:to|i|we|where|at|on)\\s`,
    lang: 'en',
    confidence: 'medium',
  },
  // Broken English without a possessive, only with an explicit "number/ID": "pls send whatsapp no"
  {
    re: new RegExp(
      en(
        `(?<core>${ASK_VERB}${ASK_OBJ}${S}(?:(?<target>${T_MSG}|contact)${S}(?:${T_PHONE}|no\\.|no(?=\\s{0,5}(?:$|[?.!,]))|id)${WB_R}|(?<target2>${T_PHONE})(?=\\s{0,5}(?:$|[?.!,]))))`,
      ),
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: `\\s(?:\\uE010|\\uE012|contact)`,
    lang: 'en',
    confidence: 'medium',
  },
  // "do u have telegram", "are you on WhatsApp?", "you on signal?"
  {
    re: new RegExp(
      en(
        `(?<core>(?:(?:do|d|did)\\s{0,5}(?:you|u|ya|yu)\\s{1,5}(?:have|got|use|get)|have\\s{1,5}(?:you|u)\\s{1,5}got|(?:are|r)\\s{1,5}(?:you|u)\\s{1,5}(?:on|using|active\\s{1,5}on|available\\s{1,5}on)|(?:you|u)\\s{1,5}(?:on|have|got|use)(?=\\s{1,5}\\S{1,20}\\s{0,5}\\?)|got|any)\\s{1,5}(?:a\\s{1,5}|an\\s{1,5})?(?:(?<target>${T_MSG}|${T_EMAIL})(?:\\s{1,5}(?:${T_PHONE}|no|id|account|acc))?|${CHANNEL_OR}(?:or|and)${S}(?<target2>${T_MSG})(?=\\s{0,5}(?:[?,!.]|$))))`,
      ),
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: `\\s[\\uE010\\uE011]`,
    lang: 'en',
    confidence: 'medium',
  },
  // "Where can I reach you?", "how else can I contact you"
  {
    re: new RegExp(
      en(
        `(?<core>(?:where|how)(?:\\s{1,5}else)?\\s{1,5}(?:can|could|do|should|may|might|shall)\\s{1,5}(?:i|we)\\s{1,5}(?:reach|contact|find|message|msg|text|call|email|ping|add|dm|pm|inbox|${T_MSG}|get\\s{1,5}(?:in\\s{1,5}touch\\s{1,5}with|hold\\s{1,5}of)|talk\\s{1,5}to|write\\s{1,5}to|chat\\s{1,5}with|connect\\s{1,5}with)\\s{1,5}(?:you|u)${WB_R})(?!\\s{1,5}(?:here|on\\s{1,5}(?:here|upwork|the\\s{1,5}platform|this\\s{1,5}(?:platform|site|app))|through|via|about|regarding|for|if|when|in\\s{1,5}(?:this|the|case)))`,
      ),
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: `(?:where|how)(?:\\s{1,5}else)?\\s{1,5}(?:can|could|do|should|may|might|shall)\\s{1,5}(?:i|we)\\s`,
    lang: 'en',
    confidence: 'medium',
  },
  // "is there another way to reach you", "is there somewhere else I can message you"
  {
    re: new RegExp(`${WB_L}(?<core>${OTHER_WAY}${S}${WAY_TO_REACH})${NOT_HERE}`, 'dgiu'),
    kind: 'ask-contact',
    gate: `\\s(?:way|means|channel|method|platform|app|place|else|elsewhere)\\s`,
    lang: 'en',
    confidence: 'medium',
  },
  // "What's the best way to reach you outside of here?": a way to reach the other party,
  // off the platform ("outside business hours" is not a place).
  {
    re: new RegExp(`${WB_L}(?<core>${BEST_WAY}${S}${WAY_TO_REACH}${S}(?:${OUTSIDE}|${BESIDES_HERE}))`, 'dgiu'),
    kind: 'ask-contact',
    gate: `\\s(?:${OUTSIDE}|${BESIDES_HERE})`,
    lang: 'en',
    confidence: 'medium',
  },
  // "let's continue on Telegram", "Message me on LinkedIn", "can we hop on a quick Zoom"
  {
    re: new RegExp(
      en(
        `(?<core>${MOVE_SUBJ}${ADV}(?:${MOVE_V_INTRANS}(?<fill>${filler(4)})|${MOVE_V_TRANS}(?<fill2>${CONV_OBJ})|${STAFF_VERB}${S}${STAFF})${S}${PREP}${S}${DET}${MOVE_TARGET})`,
      ),
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: `${WB_L}${PREP}\\s{1,5}${DET}(?:[\\uE010-\\uE013]|text)`,
    lang: 'en',
    confidence: 'high',
  },
  // "Can we do the interview on Google Meet instead?", "let's have the call on Zoom"
  {
    re: new RegExp(en(`(?<core>${SESSION_FRAME}${ADV}${SESSION_VERB}${SESSION}${S}${SESSION_VIA})`), 'dgiu'),
    kind: 'move-off-platform',
    gate: `(?:interview|call|meeting|session|chat|discussion|sync|catch[\\s-]?up|conversation|demo|screening|stand[\\s-]?up|huddle|walkthrough)s?\\s{1,5}(?:on|over|via|through|thru|in|using)\\s{1,5}${DET}[\\uE010\\uE013]`,
    lang: 'en',
    confidence: 'high',
  },
  // "I'd prefer we discuss the budget outside Upwork", "let's take this off the platform"
  {
    re: new RegExp(
      en(
        `(?<core>${MOVE_SUBJ}${ADV}(?:${MOVE_V_INTRANS}${filler(4)}|${MOVE_V_TRANS}${CONV_OBJ}|work|deal)${S}${OUTSIDE})`,
      ),
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: `\\s${OUTSIDE}`,
    lang: 'en',
    confidence: 'high',
  },
  // "Let's move this convo somewhere else", "can we talk somewhere more private"
  {
    re: new RegExp(
      en(
        `(?<core>${MOVE_SUBJ}${ADV}(?:(?:talk|chat|continue|carry${S}on|discuss|speak|communicate|converse|correspond|keep${S}in${S}touch|stay${S}in${S}touch)(?:${S}(?:there|privately|further|more))?|(?:move|take|shift|transfer|migrate|switch|continue|carry)${S}${CONV_NOUN}|(?:message|msg|text|dm|pm|contact|reach|call|ping|${T_EMAIL}|${T_MSG})${S}(?:you|u|me))${S}${SOMEWHERE_ELSE})`,
      ),
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: `\\s(?:somewhere|someplace)\\s`,
    lang: 'en',
    confidence: 'high',
  },
  // "Just email me directly", "contact me privately"
  {
    re: new RegExp(
      en(
        `(?<core>${MOVE_SUBJ}${ADV}(?:${T_EMAIL}|${T_MSG}|text|message|msg|dm|pm|contact|reach|call|talk|chat|communicate|speak|write|connect)(?:\\s{1,5}(?:to|with))?(?:\\s{1,5}(?:me|you|u|us|each\\s{1,5}other))?\\s{1,5}${DIRECT})(?!\\s{1,5}(?:here|on\\s{1,5}(?:upwork|the\\s{1,5}platform)|through|via\\s{1,5}(?:upwork|the\\s{1,5}platform|this)|in\\s{1,5}(?:this|the)\\s{1,5}(?:chat|thread)))`,
      ),
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: `\\s${DIRECT}`,
    lang: 'en',
    confidence: 'high',
  },
  // "Email me instead", "whatsapp me", "text me anytime"
  {
    re: new RegExp(
      en(
        `(?<core>(?<target>${T_EMAIL}|${T_MSG}|${T_PHONE}|text)\\s{1,5}(?:me|us)(?:\\s{1,5}(?:instead|directly|anytime|asap|privately|later|tonight|tomorrow))?)(?=\\s{0,5}(?:$|[.!,;)]|\\s(?:when|if|once|and|at|on|so)${WB_R}))`,
      ),
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: `(?:${T_EMAIL}|${T_MSG}|${T_PHONE}|text)\\s{1,5}(?:me|us)`,
    lang: 'en',
    confidence: 'medium',
  },
  // "join our Discord", "add me to your WhatsApp group"
  {
    re: new RegExp(
      en(
        `(?<core>${MOVE_SUBJ}${ADV}(?:join|add\\s{1,5}me\\s{1,5}to)\\s{1,5}(?:our|my|the|your)\\s{1,5}(?<target>${T_MSG}))`,
      ),
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: `(?:join|add\\s{1,5}me\\s{1,5}to)\\s{1,5}(?:our|my|the|your)\\s{1,5}${T_MSG}`,
    lang: 'en',
    confidence: 'high',
  },
  // Installing an outside app to talk there: "install Signal so we can continue there",
  // "kindly download our company app 'X Chat' from the Play Store to continue the interview".
  {
    re: new RegExp(en(`(?<core>(?:download|install)${S}${INSTALL_MESSENGER})`), 'dgiu'),
    kind: 'move-off-platform',
    gate: `${WB_L}(?:download|install)\\s`,
    lang: 'en',
    confidence: 'high',
  },
  {
    re: new RegExp(en(`(?<core>(?:download|install)${S}${INSTALL_APP})`), 'dgiu'),
    kind: 'move-off-platform',
    gate: `${WB_L}(?:download|install)\\s`,
    lang: 'en',
    confidence: 'high',
  },
  // A recruiter's colleague who will write on a messenger: "our HR manager will contact you
  // on WhatsApp", "your trainer will message you inside the app from now on".
  {
    re: new RegExp(
      `${WB_L}(?<core>(?<=${CLAUSE_BEHIND}${STAFF_DET})${STAFF_ROLE}${S}(?:will|would|shall|is${S}going${S}to)${S}(?:(?:also|then|soon|now|personally)${S})?(?:message|msg|text|contact|reach${S}out${S}to|reach|call|add|chat${S}with|get${S}in${S}touch${S}with|dm|write${S}to|ping|invite)${S}(?:you|u)${S}(?:on|via|through|thru|over|in|inside|using)${S}${DET}(?:(?<target>${T_MSG})|(?:(?:company|mobile)${S})?(?<target2>app|application)${WB_R}(?=${S}(?:from${S}now${S}on|going${S}forward|instead|for${S}the${S}rest)${WB_R})))`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: '\\s(?:will|would|shall|going)\\s',
    lang: 'en',
    confidence: 'high',
  },
  // "I can give you my number", "let me send you my WhatsApp": an offer to share one.
  {
    re: new RegExp(
      `${CLAUSE}(?<core>(?:i['’]ll|i\\s{1,5}will|i\\s{1,5}can|i\\s{1,5}could|let\\s{1,5}me|lemme|i['’]d\\s{1,5}like\\s{1,5}to|we['’]ll|we\\s{1,5}can)\\s{1,5}(?:just\\s{1,5})?(?:send|give|share|drop|text|dm|pass)(?:\\s{1,5}(?:you|u))?\\s{1,5}my(?:\\s{1,5}${MOD}){0,4}\\s{1,5}(?<target>${T_MSG}|${T_EMAIL}|${T_PHONE}|contact(?:\\s{1,5}(?:details|info))?)${TAIL})`,
      'dgiu',
    ),
    kind: 'offer-contact',
    gate: `\\smy(?:\\s{1,5}${MOD}){0,4}\\s{1,5}(?:[\\uE010\\uE011\\uE012]|contact)`,
    lang: 'en',
    confidence: 'medium',
  },

  // ---- Any language ----
  // A recruiter's interview held on a messenger: "Interview sa Telegram", "the initial
  // interview is held over Telegram text chat", "La entrevista será por WhatsApp",
  // "Собеседование проходит в Telegram". The interview starts the clause (not "I did an
  // interview on Telegram") and the messenger ends the phrase (not "an interview on
  // Instagram growth").
  {
    re: new RegExp(
      `${WB_L}(?<core>(?<=${CLAUSE_BEHIND}${INTERVIEW_DET})${INTERVIEW}${INTERVIEW_VERB}${S}${INTERVIEW_VIA}${S}(?:(?:el|la|le|the|a|an|o|our|notre|nuestro|nosso)${S})?(?:(?<target>${T_MSG})|(?<target2>${T_MEET})(?=${S}chat${WB_R})))${INTERVIEW_END}`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: `${WB_L}${INTERVIEW}`,
    lang: 'multi',
    confidence: 'high',
  },

  // ---- Spanish ----
  {
    re: new RegExp(
      `${CLAUSE}${PRE_ES}(?<core>(?:p[aá]same|p[aá]sa|me\\s{1,5}pasas?|m[aá]ndame|me\\s{1,5}mandas?|env[ií]ame|me\\s{1,5}env[ií]as?|dame|me\\s{1,5}das|me\\s{1,5}(?:puedes|podr[ií]as|puede|podr[ií]a)\\s{1,5}(?:pasar|dar|enviar|mandar|compartir)|(?:puedes|podr[ií]as|puede|podr[ií]a)\\s{1,5}(?:pasarme|darme|enviarme|mandarme|compartirme|compartir)|comp[aá]rteme|comparte|me\\s{1,5}compartes|dime|me\\s{1,5}dices|reg[aá]lame|me\\s{1,5}regalas|cu[aá]l\\s{1,5}es|tienes|tiene|ten[eé]s|ten[eé]is|usas|utilizas|usted\\s{1,5}(?:usa|utiliza)|ustedes\\s{1,5}(?:usan|utilizan)|est[aá]s\\s{1,5}en|usted\\s{1,5}est[aá]\\s{1,5}en)\\s{1,5}(?:(?:tu|su|tus|sus|el|un|una)\\s{1,5})?(?:cuenta\\s{1,5}(?:de|en)\\s{1,5})?(?<target>${T_PHONE}(?:\\s{1,5}de\\s{1,5}(?:${T_PHONE}|${T_MSG}|contacto))?|m[oó]vil|${T_EMAIL}|contacto|${T_MSG})(?!\\s{1,5}de\\s{1,5}[\\p{L}]))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'es',
    confidence: 'high',
  },
  {
    re: new RegExp(
      `${CLAUSE}${PRE_ES}(?<core>(?:escr[ií]beme|h[aá]blame|ll[aá]mame|cont[aá]ctame|agr[eé]game|a[nñ][aá]deme|b[uú]scame|m[aá]ndame\\s{1,5}(?:un\\s{1,5})?(?:mensaje|msj|mail|correo)|sigamos|continuemos|hablemos|pasemos|movamos|seguimos|hablamos|nos\\s{1,5}comunicamos|comun[ií]cate\\s{1,5}conmigo|te\\s{1,5}escribo|te\\s{1,5}llamo|(?:podemos|prefiero|preferir[ií]a)\\s{1,5}(?:seguir|continuar|hablar|pasar(?:nos)?|comunicarnos|mover(?:nos)?)|vamos\\s{1,5}a\\s{1,5}(?:hablar|seguir|continuar))${filler(4)}\\s{1,5}(?:(?:por|al|a|en|v[ií]a|mediante)\\s{1,5}(?:(?:el|la|mi|tu)\\s{1,5})?(?<target>${T_EMAIL}|${T_PHONE}|${T_MSG}|${T_MEET})|(?<target2>(?<outside>${OUTSIDE_ES}))))`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    lang: 'es',
    confidence: 'high',
  },

  // ---- Portuguese ----
  {
    re: new RegExp(
      `${CLAUSE}${PRE_PT}(?<core>(?:me\\s{1,5}(?:passa|passe|manda|mande|envia|envie|d[aáê]|fala|diz|diga)|passa(?:\\s{1,5}a[ií])?|manda(?:\\s{1,5}a[ií])?|envia|compartilha|(?:pode|poderia|podia|consegue)\\s{1,5}(?:me\\s{1,5})?(?:passar|mandar|enviar|dar|compartilhar)|qual(?:\\s{1,5}[ée])?|(?:voc[eê]s?|vc|vcs|tu|o\\s{1,5}senhor|a\\s{1,5}senhora)\\s{1,5}(?:tem|t[eê]m|usa|usam|utiliza|utilizam|est[aá]\\s{1,5}n[oa]|t[aá]\\s{1,5}n[oa])|tem|tens|usas)\\s{1,5}(?:(?:o|a|um|uma)\\s{1,5})?(?:(?:seu|sua|teu|tua)\\s{1,5})?(?:conta\\s{1,5}(?:no|na|de|do|da)\\s{1,5})?(?<target>${T_PHONE}(?:\\s{1,5}de\\s{1,5}(?:${T_PHONE}|${T_MSG}|contato))?|${T_EMAIL}|contato|${T_MSG})(?!\\s{1,5}de\\s{1,5}[\\p{L}]))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'pt',
    confidence: 'high',
  },
  {
    re: new RegExp(
      `${CLAUSE}${PRE_PT}(?<core>(?:me\\s{1,5}(?:chama|chame|liga|ligue|add|adiciona|adicione|procura|encontra|manda\\s{1,5}(?:uma\\s{1,5})?(?:mensagem|msg))|chama|chame|chamem|contate|contatem|(?:fale|falem)\\s{1,5}com|entre\\s{1,5}em\\s{1,5}contato(?:\\s{1,5}com)?|fala\\s{1,5}comigo|vamos\\s{1,5}(?:continuar|conversar|falar|seguir|passar)|bora\\s{1,5}(?:continuar|conversar|falar)|podemos\\s{1,5}(?:continuar|conversar|falar|seguir)|continuamos|conversamos|falamos)${filler(4)}\\s{1,5}(?:(?:no|na|pelo|pela|por|em|via|pro|pra)\\s{1,5}(?<target>${T_EMAIL}|${T_PHONE}|${T_MSG}|${T_MEET})|(?<target2>(?<outside>${OUTSIDE_PT}))))`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    lang: 'pt',
    confidence: 'high',
  },

  // ---- French ----
  {
    re: new RegExp(
      `${CLAUSE}${PRE_FR}(?<core>(?:(?:envoie|envoyez|donne|donnez|passe|passez|file|filez|laisse|laissez|partage|partagez|[eé]cris|[eé]crivez|communique|communiquez)[\\s-]{1,2}moi|(?:tu\\s{1,5}peux|vous\\s{1,5}pouvez|peux[\\s-]{1,2}tu|pouvez[\\s-]{1,2}vous|pourrais[\\s-]{1,2}tu|pourriez[\\s-]{1,2}vous|tu\\s{1,5}pourrais|vous\\s{1,5}pourriez)\\s{1,5}me\\s{1,5}(?:donner|passer|envoyer|laisser|communiquer|partager)|(?:tu|vous)\\s{1,5}me\\s{1,5}(?:donnes|donnez|passes|passez|envoies|envoyez|laisses|laissez|files|filez|communiques|communiquez)|(?:quel|quelle)\\s{1,5}est|c['’]est\\s{1,5}quoi|tu\\s{1,5}as|t['’]as|vous\\s{1,5}avez|as[\\s-]{1,2}tu|avez[\\s-]{1,2}vous|tu\\s{1,5}utilises|vous\\s{1,5}utilisez|utilises[\\s-]{1,2}tu|utilisez[\\s-]{1,2}vous|(?:tu\\s{1,5}es|t['’]es|vous\\s{1,5}[êe]tes|[êe]tes[\\s-]{1,2}vous|es[\\s-]{1,2}tu)\\s{1,5}sur)\\s{1,5}(?:(?:ton|ta|tes|votre|vos|un|une)\\s{1,5})?(?:compte\\s{1,5}(?:sur\\s{1,5})?)?(?<target>adresse\\s{1,5}${T_EMAIL}|adresse\\s{1,5}[ée]lectronique|${T_EMAIL}|${T_PHONE}(?:\\s{1,5}de\\s{1,5}(?:${T_PHONE}|${T_MSG}))?|coordonn[ée]es|contact|${T_MSG}|${MOBILE_PREFIX_FR})(?!\\s{1,5}(?:de|d['’])\\s{0,5}[\\p{L}]))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'fr',
    confidence: 'high',
  },
  {
    re: new RegExp(
      `${CLAUSE}${PRE_FR}(?<core>(?:on\\s{1,5}(?:continue|passe|parle|discute|se\\s{1,5}parle|peut\\s{1,5}(?:continuer|parler|discuter|passer))|continuons|passons|parlons|discutons|(?:[eé]cris|[eé]crivez|contacte|contactez|appelle|appelez|ajoute|ajoutez|retrouve|retrouvez|rejoins|rejoignez)[\\s-]{1,2}moi|(?:je\\s{1,5})?pr[ée]f[èé]re(?:rais)?\\s{1,5}(?:qu['’]on\\s{1,5}(?:continue|parle|discute)|continuer|parler|discuter))${filler(4)}\\s{1,5}(?:(?:sur|par|via|en|au|à|a)\\s{1,5}(?:(?:le|la|l['’]|mon|ma)\\s{0,5})?(?<target>${T_EMAIL}|${T_PHONE}|${T_MSG}|${T_MEET})|(?<target2>(?<outside>${OUTSIDE_FR}))))`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    lang: 'fr',
    confidence: 'high',
  },

  // "t'as snap ou insta ?", "vous avez Signal ou WhatsApp ?": two channels, a question.
  {
    re: new RegExp(
      `${CLAUSE}${PRE_FR}(?<core>(?:tu${S}as|t['’]as|vous${S}avez|as[\\s-]{1,2}tu|avez[\\s-]{1,2}vous|tu${S}utilises|vous${S}utilisez|utilises[\\s-]{1,2}tu|utilisez[\\s-]{1,2}vous|(?:tu${S}es|t['’]es|vous${S}[êe]tes|[êe]tes[\\s-]{1,2}vous|es[\\s-]{1,2}tu)${S}sur)(?:${S}(?:aussi|d[ée]j[àa]|encore))?${S}${CHANNEL_OR}(?:ou|ou${S}bien)${S}(?<target>${T_MSG}))(?=\\s{0,5}(?:[?,!.]|$))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: `\\s(?:ou|bien)\\s`,
    lang: 'fr',
    confidence: 'medium',
  },

  // ---- German ----
  {
    re: new RegExp(
      `${CLAUSE}${PRE_DE}(?<core>(?:(?:schick|schicke|schicken\\s{1,5}sie|sende|senden\\s{1,5}sie|gib|geben\\s{1,5}sie|nenn|nennen\\s{1,5}sie)\\s{1,5}mir|(?:kannst\\s{1,5}du|k[öo]nnen\\s{1,5}sie|k[öo]nntest\\s{1,5}du|k[öo]nnten\\s{1,5}sie|w[üu]rdest\\s{1,5}du|w[üu]rden\\s{1,5}sie)\\s{1,5}mir|wie\\s{1,5}(?:lautet|ist)|was\\s{1,5}ist|hast\\s{1,5}du|haben\\s{1,5}sie)(?:\\s{1,5}(?:bitte|mal|kurz|doch|einfach|noch)){0,4}\\s{1,5}(?:deine|deinen|dein|ihre|ihren|ihr|eure|euren)\\s{1,5}(?<target>${T_EMAIL}(?:-?adresse)?|${T_PHONE}|kontakt(?:daten)?|${T_MSG})(?:-?nummer)?)`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'de',
    confidence: 'high',
  },
  {
    re: new RegExp(
      `${CLAUSE}${PRE_DE}(?<core>(?:(?:lass|lasst|lassen\\s{1,5}sie)\\s{1,5}uns|(?:sollen|k[öo]nnen|wollen|k[öo]nnten|sollten)\\s{1,5}wir|wir\\s{1,5}k[öo]nnen|schreib(?:e|en\\s{1,5}sie)?\\s{1,5}mir|ruf(?:e|en\\s{1,5}sie)?\\s{1,5}mich|kontaktier(?:e|en\\s{1,5}sie)?\\s{1,5}mich|meld(?:e|en\\s{1,5}sie)?\\s{1,5}(?:dich|sich)|f[üu]g(?:e|en\\s{1,5}sie)?\\s{1,5}mich|add\\s{1,5}mich)${filler(4)}\\s{1,5}(?:(?:auf|[üu]ber|per|via|bei|in|im)\\s{1,5}(?<target>${T_EMAIL}|${T_PHONE}|${T_MSG}|${T_MEET})|(?<target2>(?<outside>${OUTSIDE_DE})))(?:\\s{1,5}(?:weiterreden|weiterschreiben|weitermachen|schreiben|reden|sprechen|kommunizieren|wechseln|fortsetzen|weiter|hinzu|an|telefonieren|unterhalten))?)`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    lang: 'de',
    confidence: 'high',
  },

  // "Haben Sie Signal oder WhatsApp?", "Nutzt du Telegram?": a question (one messenger may
  // come before "oder").
  {
    re: new RegExp(
      `${CLAUSE}${PRE_DE}(?<core>(?:hast\\s{1,5}du|haben\\s{1,5}sie|habt\\s{1,5}ihr|nutzt\\s{1,5}(?:du|ihr)|nutzen\\s{1,5}sie|benutzt\\s{1,5}(?:du|ihr)|benutzen\\s{1,5}sie|verwendest\\s{1,5}du|verwenden\\s{1,5}sie|(?:bist\\s{1,5}du|sind\\s{1,5}sie|seid\\s{1,5}ihr)\\s{1,5}(?:auf|bei|in))(?:\\s{1,5}(?:auch|zuf[äa]llig|vielleicht|eigentlich|schon|denn|etwa)){0,4}\\s{1,5}(?:(?:ein|einen)\\s{1,5})?(?:[\\p{L}]{2,15}\\s{1,5}(?:oder|bzw\\.?)\\s{1,5})?(?<target>${T_MSG})(?:-?(?:konto|account|nummer|id))?)(?=\\s{0,5}(?:[?,]|oder${WB_R}|bzw|$))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: `${WB_L}(?:hast|haben|habt|nutzt|nutzen|benutzt|benutzen|verwendest|verwenden|bist|sind|seid)\\s{1,5}(?:du|sie|ihr)\\s`,
    lang: 'de',
    confidence: 'medium',
  },

  // ---- Hindi / Urdu in Latin script ----
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:apna|apni|apne|aapka|aapki|aapke|apka|apki|apke|tumhara|tumhari|tumhare|tera|teri|ap\\s{1,5}ka|aap\\s{1,5}ka)\\s{1,5}(?<target>${T_MSG}|${T_PHONE}|no|contact|${T_EMAIL}|id)(?:\\s{1,5}(?:${T_PHONE}|no|id))?\\s{1,5}(?:bhejo|bhejiye|bhej\\s{0,1}do|bhejdo|bhej\\s{1,5}dijiye|do|dedo|de\\s{1,5}do|dijiye|dijie|dena|de\\s{1,5}(?:dena|dijiye|dijie|dijiyega|dein|den|sakte|sakti)|bhej\\s{1,5}(?:dein|den|dena|sakte|sakti)|(?:share|send)\\s{1,5}(?:karo|kijiye|kro|karein|karen|kar\\s{1,5}(?:do|dijiye|dijie|dein|den|sakte|sakti))|batao|bataiye|btao|bata\\s{1,5}do|likho|likhiye|kya\\s{1,5}hai|kya\\s{1,5}h|milega|mil\\s{1,5}sakta|chahiye)${WB_R})`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'hi',
    confidence: 'high',
  },
  {
    re: new RegExp(
      `${WB_L}(?<core>(?<target>${T_MSG}|${T_PHONE}|contact)\\s{1,5}(?:${T_PHONE}|no|id)\\s{1,5}(?:bhejo|bhejiye|bhej\\s{0,1}do|bhej\\s{1,5}dijiye|do|dedo|de\\s{1,5}(?:do|dijiye|dijie|dein)|dijiye|(?:share|send)\\s{1,5}(?:karo|kijiye|kro|kar\\s{1,5}(?:do|dijiye|dein))|batao|bataiye|chahiye|milega)(?!\\s{1,5}(?:you|u|we|they|i|not|it|this|that)${WB_R})${WB_R})`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'hi',
    confidence: 'high',
  },
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:(?<target>${T_MSG}|call|${T_PHONE}|video\\s{1,5}call|${T_MEET}|${T_EMAIL})\\s{1,5}(?:pe|par|per|pr)\\s{1,5}(?:baat|bat|milte|aao|aa\\s{1,5}jao|aajao|msg|message|contact|add|connect|chat)|(?:mujhe|muje|mujhko|hume|humein)\\s{1,5}(?:${T_MSG}|call|${T_PHONE}|${T_EMAIL}|msg|message|text))\\s{1,5}(?:karte|karo|kijiye|kariye|karein|karen|karenge|kar\\s{1,5}lo|karlo|krte|kro|kar\\s{1,5}do|karna|kar\\s{1,5}lete|hain|hai)(?:\\s{1,5}(?:hain|hai|h|ho))?${WB_R})`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    lang: 'hi',
    confidence: 'high',
  },

  // "aap Telegram use karte ho?", "aapke paas WhatsApp hai?", "aap Skype pe ho?"
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:aap|ap|tum|(?:aapke|apke|aap\\s{1,5}ke|ap\\s{1,5}ke|tumhare|tere)\\s{1,5}(?:paas|pas))\\s{1,5}(?<target>${T_MSG})(?:\\s{1,5}(?:id|account|acc))?\\s{1,5}(?:(?:use|istemal|istemaal|chalate|chalati)\\s{1,5}(?:karte|karti|krte|kartay|karoge|karogi)(?:\\s{1,5}(?:ho|hain|hai|h))?|(?:pe|par|pr)\\s{1,5}(?:ho|hain|available\\s{1,5}(?:ho|hain))|(?:hai|h|he)(?=\\s{0,5}(?:[?,.]|kya${WB_R}|$))))${WB_R}`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'hi',
    confidence: 'medium',
  },

  // ---- Russian / Ukrainian ----
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:скиньте|скинь|дайте|дай|пришлите|пришли|отправьте|отправь|оставьте|оставь|напишите|напиши|сбросьте|сбрось|поделитесь|поделись|подскажите|подскажи|скажите|скажи|надішліть|надішли|залиште|залиш|напишіть|киньте|кинь|можно|можна|можете|нужен|нужна|нужно|потрібен|потрібна)(?:,?\\s{1,5}(?:мне|мені|нам|пожалуйста|будь\\s{1,5}ласка|будь-ласка|плиз|пж|свой|свою|свій)){0,4},?\\s{1,5}(?:(?:ваш|вашу|ваши|твой|твою|свой|свою|свій|твій|вашого)\\s{1,5})?(?<target>${T_PHONE}(?:\\s{1,5}(?:${T_PHONE}|${T_MSG}))?|${T_EMAIL}|контакт\\p{L}{0,3}|ник\\p{L}{0,2}|юзернейм|${T_MSG}))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'ru',
    gate: CYRILLIC,
    confidence: 'high',
  },
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:(?:какой|какая|какое|який|яка)\\s{1,5}(?:у\\s{1,5}(?:вас|тебя|тебе)\\s{1,5})?(?:(?:ваш|ваша|твой|твоя|твій|твоя)\\s{1,5})?|(?:у\\s{1,5}(?:вас|тебя)\\s{1,5}есть|есть\\s{1,5}ли\\s{1,5}у\\s{1,5}(?:вас|тебя)|у\\s{1,5}(?:вас|тебе)\\s{1,5}є|чи\\s{1,5}є\\s{1,5}у\\s{1,5}(?:вас|тебе)|(?:(?:вы|ты|ви|ти)\\s{1,5})?(?:пользуетесь|пользуешься|користуєтесь|користуєшся|користуєтеся)|(?:вы|ты)\\s{1,5}есть\\s{1,5}в)\\s{1,5})(?<target>${T_PHONE}|${T_EMAIL}|контакт\\p{L}{0,3}|${T_MSG}|${NICK_RU}))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'ru',
    gate: CYRILLIC,
    confidence: 'high',
  },
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:давайте|давай|можем|можно|лучше|перейд[её]м|переходим|переходите|пишите|напишите|напиши|пиши|звоните|позвоните|добавьте|добавь|добавляйтесь|продолжим|продолжаем|общаемся|свяжитесь|связывайтесь|стукните|стукни|пишіть|напишіть|додайте|додай|продовжимо|перейдемо|можемо|краще|давайте\\s{1,5}краще)(?:\\s{1,5}\\p{L}{1,15}){0,4}\\s{1,5}(?:в|во|на|через|по|у)\\s{1,5}(?<target>${T_EMAIL}|${T_MSG}|${T_MEET}))`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    lang: 'ru',
    gate: CYRILLIC,
    confidence: 'high',
  },

  // ---- Arabic ----
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:ممكن|لو\\s{1,5}سمحت|من\\s{1,5}فضلك|هل\\s{1,5}يمكن(?:ك|ني)?|ارسل(?:ي)?(?:\\s{1,5}لي)?|أرسل(?:ي)?(?:\\s{1,5}لي)?|ابعت(?:لي)?|ابعث(?:لي)?|اعطني|أعطني|عطني|اعطيني|هات|شاركني|ابغى|ابي|أبي|بدي|عايز|عاوز|ما\\s{1,5}هو|ما\\s{1,5}هي|شو|ايش|وش|اريد|أريد|نريد)(?:\\s{1,5}(?:لو\\s{1,5}سمحت|من\\s{1,5}فضلك|تعطيني|ترسل(?:لي)?|تبعت(?:لي)?|ترسلي|تبعث(?:لي)?)){0,4}\\s{1,5}(?<target>${T_PHONE}(?:\\s{1,5}(?:${T_MSG}|${T_PHONE}|هاتفك|الهاتف|تلفونك|التلفون|تليفونك|موبايلك|التواصل|التليفون))?|${T_EMAIL}|${T_MSG}|واتسابك|تلغرامك|حسابك|هاتفك|موبايلك|تلفونك|وسيلة\\s{1,5}تواصل))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'ar',
    gate: ARABIC,
    confidence: 'high',
  },
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:تواصل\\s{1,5}معي|تواصلي\\s{1,5}معي|راسلني|راسليني|كلمني|كلميني|اتصل\\s{1,5}بي|اتصل\\s{1,5}علي|خلينا\\s{1,5}(?:نكمل|نتكلم|نتواصل|نحكي)|لنكمل|لنتحدث|لنتواصل|دعنا\\s{1,5}(?:نكمل|نتحدث|نتواصل|ننتقل)|نكمل|نتواصل|نتكلم|ضيفني|أضفني|اضفني)(?:\\s{1,5}\\p{L}{1,12}){0,4}\\s{1,5}(?:(?:على|علي|عبر|في|من\\s{1,5}خلال|ع)\\s{0,1})?(?<target>${T_MSG}|${T_EMAIL}|${T_MEET}|واتسابي|رقمي))`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    lang: 'ar',
    gate: ARABIC,
    confidence: 'high',
  },

  // ---- Italian ----
  // "mi lasci il tuo numero di telefono?", "mandami la tua mail", "qual è il tuo WhatsApp?"
  {
    re: new RegExp(`${CLAUSE}${PRE_IT}(?<core>${IT_ASK_VERB}${S}${IT_OBJ})${IT_NOT_OF}`, 'dgiu'),
    kind: 'ask-contact',
    lang: 'it',
    confidence: 'high',
  },
  // "hai WhatsApp?", "sei su Telegram?", "usate Signal o WhatsApp?": a question.
  {
    re: new RegExp(
      `${CLAUSE}${PRE_IT}(?<core>(?:(?:tu|lei|voi)${S})?(?:hai|ha|avete|usi|usa|usate|utilizzi|utilizza|utilizzate|sei${S}su|è${S}su|siete${S}su|ce${S}l['’]\\s{0,5}(?:hai|ha|avete))(?:${S}(?:anche|per${S}caso|magari|già|pure)){0,2}${S}(?:(?:un|una)${S})?(?:account${S}(?:di|su)${S})?(?:[\\p{L}]{2,15}${S}(?:o|oppure)${S})?(?<target>${T_MSG}))(?=\\s{0,5}(?:[?,]|o${WB_R}|oppure${WB_R}|$))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'it',
    confidence: 'medium',
  },
  // "scrivimi su WhatsApp", "sentiamoci su Telegram", "continuiamo la conversazione su Signal"
  {
    re: new RegExp(
      `${CLAUSE}${PRE_IT}(?<core>${IT_MOVE_VERB}(?<fill>${IT_FILL})${S}(?:(?:su|sul|sulla|sullo|sull['’]|via|per|tramite|in|a|al|alla|all['’]|con|attraverso)\\s{1,5}(?:(?:il|la|l['’]|mio|mia|questo|questa)\\s{0,5})?(?<target>${T_EMAIL}|${T_PHONE}|${T_MSG}|${T_MEET})|(?<target2>(?<outside>${OUTSIDE_IT}))))`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    lang: 'it',
    confidence: 'high',
  },

  // ---- Polish ----
  // "podaj swój numer", "wyślij mi swojego maila", "jaki jest twój numer telefonu?"
  {
    re: new RegExp(
      `${CLAUSE}${PRE_PL}(?<core>${PL_ASK_VERB}(?:${S}(?:mi|nam|prosz[eę]|pls|szybko|tylko)){0,3}${S}${PL_OBJ})${PL_NOT_OF}`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'pl',
    confidence: 'high',
  },
  // "masz WhatsAppa?", "jesteś na Telegramie?", "korzystasz z Signala?": a question.
  {
    re: new RegExp(
      `${CLAUSE}${PRE_PL}(?<core>(?:czy${S})?(?:masz|macie|ma${S}pan(?:i)?|u[zż]ywasz|u[zż]ywacie|korzystasz${S}z|korzystacie${S}z|jeste[sś]${S}na|jeste[sś]cie${S}na|jest${S}pan(?:i)?${S}na)(?:${S}(?:mo[zż]e|te[zż]|mo[zż]e${S}te[zż])){0,2}${S}(?<target>${T_MSG}))(?=\\s{0,5}(?:[?,]|albo${WB_R}|lub${WB_R}|czy${WB_R}|$))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'pl',
    confidence: 'medium',
  },
  // "napisz do mnie na WhatsAppie", "przejdźmy na Telegrama", "zadzwoń na Messengerze"
  {
    re: new RegExp(
      `${CLAUSE}${PRE_PL}(?<core>${PL_MOVE_VERB}(?<fill>${PL_FILL})${S}(?:na|przez|po|w|via)${S}(?:(?:m[oó]j|moj[aąe]|mojego)${S})?(?<target>${T_EMAIL}|${T_PHONE}|${T_MSG}|${T_MEET}))`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    lang: 'pl',
    confidence: 'high',
  },

  // ---- Turkish (suffixes carry "your" and the case) ----
  // "WhatsApp numaranı atar mısın", "mail adresinizi gönderir misiniz", "numaran ne?"
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:(?<=(?<target>${T_MSG}|${T_EMAIL}|${T_PHONE})\\s{1,5})|)(?<target2>${TR_NOUN})${S}(?:${TR_ASK_VERB}|ne(?:dir)?|ka[çc](?:t[ıi]r)?)${WB_R})${TR_NOT_QUOTED}`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'tr',
    confidence: 'high',
  },
  // "WhatsApp'ın var mı?", "Telegram kullanıyor musun?"
  {
    re: new RegExp(
      `${WB_L}(?<core>(?<target>${T_MSG})(?:['’][ıiuü]n(?:[ıiuü]z)?)?${S}(?:var\\s{0,5}m[ıi]|kullan[ıi]yor\\s{0,5}musun(?:uz)?))(?=\\s{0,5}(?:[?,]|$))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: `\\s(?:var\\s{0,5}m[ıi]|kullan[ıi]yor)(?![\\p{L}])`,
    lang: 'tr',
    confidence: 'medium',
  },
  // "WhatsApp'tan konuşalım", "Telegram üzerinden devam edelim", "bana WhatsApp'tan yaz"
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:(?:bana|bize|benimle|bizimle)${S})?(?<target>${T_MSG}|${T_EMAIL}|${T_MEET}|${T_PHONE})(?:['’](?:[dt][ae]n|[dt][ae]|y?[ae])|${S}(?:[üu]zerinden|[üu]st[üu]nden|yoluyla|ile|kanal[ıi]yla))(?:${S}(?:bana|bize|beni|bizi|benimle|bizimle|hemen|direkt|direk|do[ğg]rudan)){0,2}${S}${TR_MOVE_VERB}${WB_R})${TR_NOT_QUOTED}`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: `\\s${TR_MOVE_VERB}(?![\\p{L}])`,
    lang: 'tr',
    confidence: 'high',
  },

  // ---- Vietnamese ----
  // "cho mình xin số Zalo", "bạn gửi em số điện thoại nhé", "xin email của anh"
  {
    re: new RegExp(
      `${CLAUSE}${PRE_VI}(?<core>(?:(?:cho|gửi|gởi|đưa)${S}${VI_ME}(?:${S}(?:xin|hỏi))?|cho${S}xin|xin|(?:có${S}thể${S})?(?:cho|gửi)${S}${VI_ME}${S}xin)(?:${S}(?:cái|luôn|lại)){0,2}${S}(?<target>${VI_CONTACT}|(?:thông${S}tin${S})?liên${S}(?:hệ|lạc)|info|in4)${WB_R})`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'vi',
    confidence: 'high',
  },
  // "số Zalo của bạn là gì?", "email của anh là gì", "bạn có Zalo không?"
  {
    re: new RegExp(
      `${WB_L}(?<core>(?<target>${VI_CONTACT})${S}của${S}(?:bạn|anh|chị|em|cậu|ông|bà|b|a|c|e)(?:${S}là)?${S}(?:gì|bao${S}nhiêu|số${S}mấy|mấy)${WB_R}|(?:bạn|bn|anh|chị|em)${S}có${S}(?:dùng${S}|xài${S})?(?<target2>${T_MSG})${S}không${WB_R})`,
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: '\\s(?:của|có)\\s',
    lang: 'vi',
    confidence: 'medium',
  },
  // "nhắn tin qua Zalo nhé", "mình trao đổi qua Zalo", "kết bạn Zalo với mình"
  {
    re: new RegExp(
      `${CLAUSE}${PRE_VI}(?<core>(?:nhắn(?:${S}tin)?|ib|inbox|liên${S}(?:hệ|lạc)|trao${S}đổi|nói${S}chuyện|trò${S}chuyện|chat|gọi(?:${S}điện)?|tiếp${S}tục|chuyển|gặp)(?<fill>(?:${S}(?:với|cho)${S}${VI_ME}|${S}(?:trực${S}tiếp|riêng|thêm|nhanh|luôn|sau|cụ${S}thể|chi${S}tiết|tiếp)){0,3})${S}(?:qua|trên|bằng|vào|sang|ở|tại|thông${S}qua)${S}(?<target>${T_MSG}|${T_EMAIL}|${T_MEET}|${T_PHONE})|(?:kết${S}bạn|add|thêm)${S}(?<target2>${T_MSG})${S}(?:với${S})?(?:mình|mk|em|anh|chị|tôi|tớ|tui)${WB_R})`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: '\\s(?:qua|trên|bằng|vào|sang|ở|tại|thông|với|mình|mk|em|anh|chị|tôi|tớ|tui)\\s',
    lang: 'vi',
    confidence: 'high',
  },

  // ---- Indonesian / Malay ----
  // "kirim nomor WA kamu ya", "boleh minta nomornya?", "minta email kamu dong"
  {
    re: new RegExp(
      `${CLAUSE}${PRE_ID}(?<core>(?:kirim(?:in|kan|i)?|minta|bagi(?:in)?|kasih(?:${S}tau)?|kasi|kasitau|beri(?:kan)?|tulis(?:kan)?|cantumkan|berapa|(?:boleh|bisa)${S}(?:minta|tau|tahu|dapat|dapet|bagi|share|kirim|kasih))(?:${S}(?:dong|donk|ya|aja|saja|deh|ke${S}(?:aku|saya))){0,2}${S}(?<target>${ID_CONTACT})${ID_YOUR})`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'id',
    confidence: 'high',
  },
  // "nomor WA kamu berapa?", "punya Telegram gak?"
  {
    re: new RegExp(
      `${WB_L}(?<core>(?<target>${ID_CONTACT})${ID_YOUR}${S}(?:berapa|apa)${WB_R}|(?:(?:kamu|anda|kak|gan)${S})?(?:punya|ada|pakai|pake)${S}(?<target2>${T_MSG})(?:${S}(?:gak|nggak|ga|enggak|tidak|ngga|ya|kak|gan)){0,2})(?=\\s{0,5}(?:\\?|$))`,
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: '\\s(?:berapa|apa|punya|ada|pakai|pake)(?![\\p{L}])',
    lang: 'id',
    confidence: 'medium',
  },
  // "chat di tele aja ya kak", "lanjut di WA yuk", "hubungi saya lewat Telegram"
  {
    re: new RegExp(
      `${CLAUSE}${PRE_ID}(?<core>(?:chat|chatting|ngobrol(?:in)?|bicara|ngomong|diskusi(?:in)?|lanjut(?:kan|in)?|pindah|hubungi|hubungin|kontak|kontek|telpon|telepon|telp|call|japri|pm|dm|add|kabari|kabarin|komunikasi|sambung|invite)(?<fill>(?:${S}(?:aku|saya|gue|gw|kita|ya|aja|saja|yuk|dong|kak|gan|langsung|lagi|nanti|lebih${S}lanjut|obrolan(?:nya)?|diskusi(?:nya)?|percakapan(?:nya)?)){0,4})${S}(?:di|ke|lewat|pakai|pake|melalui|lwt|lwat)${S}(?<target>${T_MSG}|${T_EMAIL}|${T_MEET}|${T_PHONE}))`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    // Not "via": with "chat", "call", "add" it is English ("Chat via WhatsApp is our support").
    gate: '\\s(?:di|ke|lewat|pakai|pake|melalui|lwt|lwat)\\s',
    lang: 'id',
    confidence: 'high',
  },

  // ---- Tagalog / Taglish ----
  // "pm mo ako sa viber", "usap tayo sa Telegram", "dun na lang tayo sa Viber"
  {
    re: new RegExp(
      `${CLAUSE}${PRE_TL}(?<core>(?:(?:i-?)?(?:pm|dm|chat|message|msg|text|txt|add|call|contact|mensahe)|tawagan|kontakin|hanapin)${S}${TL_YOU}${S}(?:(?:na|lang|po)${S}){0,3}(?:ako|kami)(?<fill>(?:${S}(?:na${S}lang|nalang|lang|po|ha|ulit|agad)){0,3})${S}(?:sa|thru|through|via)${S}(?:(?:aking|ang|my)${S})?(?<target>${T_MSG}|${T_EMAIL}|${T_MEET}|${T_PHONE})|(?:mag-?usap|usap|mag-?chat|lipat|magkita|mag-?meet|chat|dun|doon)${S}(?:(?:na|lang|po)${S}){0,3}tayo(?:${S}(?:na${S}lang|nalang|lang|po|ulit)){0,2}(?:${S}${TL_TALK})?${S}(?:sa|thru|through|via)${S}(?<target2>${T_MSG}|${T_EMAIL}|${T_MEET}))`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: '\\s(?:mo|nyo|niyo|ninyo|tayo)\\s',
    lang: 'tl',
    confidence: 'high',
  },
  // "sa Messenger na lang tayo mag-usap", "pwede po ba sa Viber tayo?": the place first.
  // Not a past talk there ("sa Viber tayo nag-usap dati").
  {
    re: new RegExp(
      `${CLAUSE}${PRE_TL}(?<core>sa${S}(?<target>${T_MSG}|${T_EMAIL}|${T_MEET})(?:${S}(?:na|lang|nalang|po|ba|muna|ulit)){0,4}${S}tayo(?:${S}(?:na|lang|nalang|po|ba|muna)){0,3}(?:${S}${TL_TALK})?)${WB_R}(?!${S}nag-?\\p{L})`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    gate: '\\stayo(?![\\p{L}])',
    lang: 'tl',
    confidence: 'high',
  },
  // "pahingi ng number mo", "ano viber mo?", "send mo email mo"
  {
    re: new RegExp(
      `${CLAUSE}${PRE_TL}(?<core>(?:pahingi|pahinge|penge|hingi|pwede${S}(?:pahingi|makuha|mahingi|malaman|makahingi)|pa-?send|send|i-?send|ibigay|bigay|pasa|i-?pasa|ano(?:ng)?|ano${S}(?:po${S})?ang|ano${S}ba)(?:${S}(?:mo|nyo|po|naman|na|ba)){0,3}${S}(?:(?:ng|nang|ang|yung|iyong|ung)${S})?(?<target>${T_PHONE}(?:${S}${T_PHONE})?|${T_MSG}(?:${S}(?:${T_PHONE}|account|acc|id))?|${T_EMAIL})${S}${TL_YOU}(?:${S}po)?${WB_R})`,
      'dgiu',
    ),
    kind: 'ask-contact',
    gate: '\\s(?:mo|nyo|niyo|ninyo)(?![\\p{L}])',
    lang: 'tl',
    confidence: 'high',
  },

  // ---- Bengali in Latin script ----
  // "apnar WhatsApp number ta den", "tomar email ta dao", "apnar number koto?"
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:apnar|apnr|apner|tomar|tmr|tomr|tor|apnader|tomader)${S}(?<target>${T_MSG}|${T_PHONE}|${T_EMAIL}|contact|id)(?:${S}(?:${T_PHONE}|no|id|address|acc(?:ount)?))?(?:${S}(?:ta|ti|da|gula|to))?${S}(?:den|din|diben|diyen|dien|dao|daw|dio|diyo|dite${S}paren|deya${S}jabe|deoa${S}jabe|pathan|pathao|pathaben|pathiye${S}(?:din|den|dao|diben|diyen|dio)|(?:send|share)${S}(?:koren|korun|koro|korben|den|din|diben)|bolen|bolun|bolo|bolben|koto|ki|ache${S}ki)${WB_R})`,
      'dgiu',
    ),
    kind: 'ask-contact',
    lang: 'bn',
    confidence: 'high',
  },
  // "amake WhatsApp e message koren", "WhatsApp e kotha boli", "Telegram e chole ashen"
  {
    re: new RegExp(
      `${WB_L}(?<core>(?:amake|amay|amare|amader)${S}(?<target>${T_MSG}|${T_EMAIL}|${T_PHONE})(?:[-\\s]?(?:e|te|ey|a))?${S}(?:(?:message|msg|knock|nok|text|sms|call|kol|mail)${S})?(?:koren|korun|koro|korben|diben|din|den|dao|dio|diyen|dien)${WB_R}|(?<target2>${T_MSG}|${T_MEET}|${T_EMAIL})[-\\s]?(?:e|te|ey|a)${S}(?:kotha${S}(?:boli|bolbo|bolen|bolun|boltam|hobe|bolte${S}pari|bolte${S}paren)|connect${S}(?:koren|korun|hoi|hon|hoben|hobo)|ashen|asun|aso|chole${S}(?:ashen|asun|aso|jai)|jogajog${S}(?:koren|korun)|(?:message|knock|nok)${S}(?:koren|korun|den|din|diyen|dio))${WB_R})`,
      'dgiu',
    ),
    kind: 'move-off-platform',
    // The verb that ends either form.
    gate: '\\s(?:koren|korun|koro|korben|diben|din|den|dao|dio|diyen|dien|boli|bolbo|bolen|bolun|boltam|hobe|pari|paren|hoi|hon|hoben|hobo|ashen|asun|aso|jai)(?![\\p{L}])',
    lang: 'bn',
    confidence: 'high',
  },
];

// ---- Start words (see start-words.ts) ----
//
// A rule is tried only where it can start: from the positions of its start words, or from
// the clause starts before them.

interface PreparedRule {
  rule: Rule;
  /** Its target is a channel word: a text with no tag cannot match. */
  needsTag: boolean;
  /** When its target may also be a plain word: a tag or one of those words must occur. */
  targetGate: RegExp | undefined;
  /** Index of its lead's start words in WordIndex.seen, or -1 when it has none. */
  lead: number;
  /** Its gate's start words, when the gate starts at a word: another lead, or -1. */
  gateLead: number;
  /** Its gate as a regex, when the gate cannot be read as start words. */
  gates: readonly RegExp[];
  /** Where a match can start: at a clause start, at a lead word, or anywhere. */
  from: 'clause' | 'lead' | 'anywhere';
  /** For a clause rule, the words it can go on with after CLAUSE (politeness or core), or -1. */
  opener: number;
  /** The rule's regex, sticky, to try at one position. */
  sticky: RegExp;
}

const LEADS = new LeadWords();

/**
 * The alternatives of the rule's targets that are plain words, not channel words (tag
 * characters): "contact", "handle", "text", "móvil" ("share your contact details"). Null
 * when the rule has no target; empty when every target is a channel word, so that a text
 * without tags rules the rule out.
 */
function plainTargets(src: string): string[] | null {
  let any = false;
  const plain: string[] = [];
  for (const name of ['(?<target>', '(?<target2>']) {
    for (let at = src.indexOf(name); at >= 0; at = src.indexOf(name, at + 1)) {
      any = true;
      for (const alt of topLevelAlternatives(src, at + name.length)) if (!/[\uE010-\uE013]/u.test(alt)) plain.push(alt);
    }
  }
  return any ? plain : null;
}

/**
 * The alternatives of the group whose body starts at `from`, at its own depth, up to the
 * parenthesis that closes it (escapes and character classes skipped).
 */
function topLevelAlternatives(src: string, from: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = from;
  let i = from;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start, i));
  return out;
}

const PREPARED: readonly PreparedRule[] = RULES.map((rule) => {
  const src = rule.re.source;
  // A gate that starts after a space or WB_L starts at a word: its start words stand for it.
  const gate = rule.gate ?? '';
  const gateLead = gate.startsWith('\\s')
    ? LEADS.add(gate, 2)
    : gate.startsWith(WB_L)
      ? LEADS.add(gate, WB_L.length)
      : -1;
  const plain = plainTargets(src);
  return {
    rule,
    needsTag: plain !== null && plain.length === 0,
    targetGate: plain?.length ? new RegExp(`[\\uE010-\\uE013]|${plain.join('|')}`, 'iu') : undefined,
    lead: LEADS.add(src, src.indexOf('(?<core>')),
    opener: src.startsWith(CLAUSE) ? LEADS.add(src, CLAUSE.length) : -1,
    gateLead,
    gates: rule.gate && gateLead < 0 ? [new RegExp(rule.gate, 'iu')] : [],
    from: src.startsWith(CLAUSE) ? 'clause' : src.startsWith(`${WB_L}(?<core>`) ? 'lead' : 'anywhere',
    sticky: new RegExp(src, `${rule.re.flags.replace('g', '')}y`),
  };
});

const TAG_CHAR = /[\uE010-\uE013]/u;
const CLAUSE_WORD_HASHES: ReadonlySet<number> = new Set(CLAUSE_WORDS.map((w) => hashFolded(foldWord(w))));

// What the clause scan needs to know of a character, one table lookup: JavaScript's \s,
// a clause mark, a dash of CLAUSE.
const SPACE_BIT = 1;
const MARK_BIT = 2;
const DASH_BIT = 4;
const CHAR_BITS = new Uint8Array(0x10000);
const setBit = (c: number, bit: number): void => {
  CHAR_BITS[c] = (CHAR_BITS[c] as number) | bit;
};
for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c)) setBit(c, SPACE_BIT);
for (const c of CLAUSE_MARKS) setBit(c.charCodeAt(0), MARK_BIT);
for (const c of CLAUSE_DASHES) setBit(c.charCodeAt(0), DASH_BIT);

function isSpaceCode(c: number): boolean {
  return ((CHAR_BITS[c] as number) & SPACE_BIT) !== 0;
}

// Shared by every lead that has no word in a text (most leads in most texts).
const NO_POSITIONS: readonly number[] = [];

/**
 * What the rule loop learns about one tagged text, in one pass when first needed: where
 * words of each lead are. A rule is then tried only from those positions (or from the clause
 * starts just before them).
 */
class TextFacts {
  readonly tagged: string;
  readonly hasTag: boolean;
  private at: Array<number[] | undefined> | undefined;

  constructor(tagged: string) {
    this.tagged = tagged;
    this.hasTag = TAG_CHAR.test(tagged);
  }

  /** Where words the lead can start with begin (empty when there are none). */
  leadAt(lead: number): readonly number[] {
    return this.leads()[lead] ?? NO_POSITIONS;
  }

  /** Where words of each lead begin (undefined for a lead with none). */
  leads(): ReadonlyArray<readonly number[] | undefined> {
    this.at ??= LEADS.scan(this.tagged);
    return this.at;
  }
}

/**
 * Whether CLAUSE can hold at i (a superset): start of text, after a mark, after a spaced
 * dash, or at a clause word between spaces. Asked only at the few positions before a rule's
 * opening word, instead of a pass over every character.
 */
export function isClauseStart(t: string, i: number): boolean {
  if (i === 0) return true;
  const bits = CHAR_BITS[t.charCodeAt(i - 1)] as number;
  if ((bits & MARK_BIT) !== 0) return true;
  if ((bits & SPACE_BIT) === 0) return false;
  if (afterDash(t, i)) return true;
  // Clause words are at most 6 letters, each folding to one.
  let end = i;
  while (end < t.length && end - i <= 6 && isLetterCode(t.charCodeAt(end))) end++;
  if (end === i || end - i > 6 || end >= t.length || !isSpaceCode(t.charCodeAt(end))) return false;
  return CLAUSE_WORD_HASHES.has(hashFolded(foldWord(t.slice(i, end))));
}

/** (?<=\s[-–—]\s{1,5}) at i, which follows a space. */
function afterDash(t: string, i: number): boolean {
  if (i < 3) return false;
  const b = CHAR_BITS[t.charCodeAt(i - 2)] as number;
  if ((b & DASH_BIT) !== 0) return isSpaceCode(t.charCodeAt(i - 3));
  const a = CHAR_BITS[t.charCodeAt(i - 3)] as number;
  return i >= 4 && (b & SPACE_BIT) !== 0 && (a & DASH_BIT) !== 0 && isSpaceCode(t.charCodeAt(i - 4));
}

let lastFacts: TextFacts | undefined;

function factsOf(tagged: string): TextFacts {
  // The gate and find look at the same text one after the other.
  if (lastFacts?.tagged !== tagged) lastFacts = new TextFacts(tagged);
  return lastFacts;
}

/** Drops the facts of the last text read (the benchmark's first-scan figure starts from none). */
export function forgetRequestFacts(): void {
  lastFacts = undefined;
}

/** The rule's cheap necessary conditions: a tag, a word its core and its gate can start with, its gate. */
function mayMatch(p: PreparedRule, facts: TextFacts): boolean {
  if (p.needsTag && !facts.hasTag) return false;
  // A lead with no word in the text has no list (one array read per rule: this runs for
  // every rule on every text).
  const at = facts.leads();
  if (p.lead >= 0 && at[p.lead] === undefined) return false;
  if (p.gateLead >= 0 && at[p.gateLead] === undefined) return false;
  if (p.targetGate && !p.targetGate.test(facts.tagged)) return false;
  for (const g of p.gates) if (!g.test(facts.tagged)) return false;
  return true;
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

/**
 * Every match of the rule, as execAll over the whole text would give them, trying the
 * sticky copy only where a match can start: where a word the core starts with is (rules
 * that begin with the core), or where a clause starts right before (at most 3 spaces) a
 * word the rule can go on with (rules that begin with CLAUSE).
 */
function ruleMatches(p: PreparedRule, facts: TextFacts): readonly RegExpExecArray[] {
  if (p.from === 'anywhere' || p.lead < 0) return [...execAll(p.rule.re, facts.tagged)];
  const leads = facts.leadAt(p.lead);
  // A match holds its core, which starts at a lead word: none starts after the last one.
  const last = leads[leads.length - 1] as number;
  const text = facts.tagged;
  const re = p.sticky;
  let out: RegExpExecArray[] | undefined;
  let next = 0;
  const tryAt = (at: number): void => {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) return;
    next = m.index + Math.max(1, m[0].length);
    out ??= [];
    out.push(m);
  };
  if (p.from === 'lead') {
    for (const at of leads) if (at >= next) tryAt(at);
  } else if (p.opener < 0) {
    for (let at = next; at <= last; at = Math.max(at + 1, next)) if (isClauseStart(text, at)) tryAt(at);
  } else {
    // A clause start is the opening word itself or up to 3 spaces before it.
    for (const word of facts.leadAt(p.opener)) {
      let at = word;
      while (at > word - 3 && at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--;
      for (; at <= word; at++) {
        if (at > last) return out ?? NO_MATCHES;
        if (at >= next && isClauseStart(text, at)) tryAt(at);
      }
    }
  }
  return out ?? NO_MATCHES;
}

// ---- Guards ----

// Negation in the same clause before (or inside) the match.
const NEGATION =
  /(?<![\p{L}])(?:don['’]?t|do\s{1,5}not|dont|never|no\s{1,5}need|not|won['’]?t|cannot|can['’]?t|shouldn['’]?t|mustn['’]?t|without|avoid|refrain|stop|no\s{1,5}longer|prohibited|forbidden|against|nunca|jam[aá]is|niemals|nicht|kein\p{L}{0,2}|не|ні|ни|لا|لن|ممنوع|mat|nahi|nahin|n[ãa]o|pas|sans|ohne|sin|non(?!-)|nie|jangan|tidak|nggak|enggak|gak|đừng|huwag|wag)(?![\p{L}])/iu;
// Negated forms that are still requests ("why don't we", "don't hesitate to", "can't we",
// Indonesian "punya WA gak?" (or not?) at the end of the request).
const NEGATION_EXEMPT =
  /(?<![\p{L}])(?:why\s{1,5}(?:don['’]?t\s{1,5}we|not)|don['’]?t\s{1,5}(?:hesitate|forget)|do\s{1,5}not\s{1,5}(?:hesitate|forget)|(?:can['’]?t|couldn['’]?t|won['’]?t)\s{1,5}(?:we|you|u)|if\s{1,5}not|not\s{1,5}sure|no\s{1,5}(?:problem|worries)|(?:gak|nggak|enggak|tidak)(?=\s{0,5}$))(?![\p{L}])/giu;
// Talk about requests: a reporting verb with a third party, or warnings about scams.
const REPORTED =
  /(?<![\p{L}])(?:(?:he|she|they|someone|somebody|anyone|people|scammers?|fraudsters?|clients?|recruiters?|users?|customers?|the\s{1,5}client|a\s{1,5}client|this\s{1,5}guy|spammers?)(?:\s{1,5}\p{L}{1,15}){0,4}\s{1,5}(?:asks?|asked|asking|says?|said|tells?|told|wrote|writes|wants?|wanted|requests?|requested|will\s{1,5}ask|may\s{1,5}ask|might\s{1,5}ask|often\s{1,5}ask)|scam\p{L}{0,4}|fraud\p{L}{0,4}|phish\p{L}{0,4}|beware|red\s{1,5}flags?|pidi[óo]|pediu|pediram|a\s{1,5}demand[ée]|hat\s{1,5}(?:gefragt|gebeten)|просил\p{L}{0,3}|попросил\p{L}{0,3}|طلب|truff\p{L}{0,5}|(?:mi\s{1,5})?ha(?:nno)?\s{1,5}chiesto|dolan[dıi]r[ıi]c[ıi]\p{L}{0,5}|istedi\p{L}{0,3}|oszu(?:st|k)\p{L}{0,4}|(?:po)?prosi[lł]\p{L}{0,2}|penipu\p{L}{0,3}|lừa\s{1,5}đảo|manloloko|budol\p{L}{0,3}|protarok\p{L}{0,3})(?![\p{L}])/iu;
// Platform or contact word used as the subject of the work.
// Latin words, then Cyrillic stems (бот-а/-ы/-ов, канал, группа, реклама...); a hyphen or
// dash may join them to the name ("телеграм-бот", "WhatsApp-Bot").
const TOPIC_AFTER =
  /^[\s'’"”s\-‐‑–]{0,4}(?:bot(?:a|y|u|em|ów|ow|unu|nya|lar\p{L}{0,4})|бот\p{L}{0,3}|чат-?бот\p{L}{0,3}|канал\p{L}{0,3}|групп\p{L}{0,3}|апи|api|бизнес\p{L}{0,3}|бізнес\p{L}{0,3}|интеграц\p{L}{0,4}|інтеграц\p{L}{0,4}|реклам\p{L}{0,4}|магазин\p{L}{0,3}|рассылк\p{L}{0,2}|розсилк\p{L}{0,2}|парсер\p{L}{0,3}|мини-?апп?\p{L}{0,3}|міні-?апп?\p{L}{0,3}|bots?|api|sdk|business|channel|groups?|mini[\s-]?app|integration|button|widget|clone|ads|advert\p{L}{0,6}|marketing|webhooks?|template|automation|stores?|shop|stories|reels|posts?|feed|content|campaigns?|analytics|scraper|login|oauth|pixel|plugin|library|client|server|premium|verification|followers|models?|brand|versions?|os|carrier|repairs?|bios?|experience|plan|screen|battery|camera|storage|bill|charger|likes|influencers?|field|fields|column|columns|format|validation|input|count|list|lists|notifications?|settings|preferences|provider|signature|subject|sequences?|newsletter|design|copy|funnel|flows?|inbox\s{1,5}zero|of|one|in\s{1,5}mind|(?:via|using|through|with)\s{1,5}(?:(?:an?|the|its|their)\s{1,5})?(?:webhooks?|api|oauth|sdk|zapier|n8n|bots?|integrations?|plugins?|library|script))(?![\p{L}])/iu;
const TOPIC_FILL =
  /(?<![\p{L}])(?:bots?|api|integration|feature|features|ads|campaign|store|page|button|widget|account|posts?|content|design|code|flow|template|automation|pixel|app|website|site|data|contacts|list|leads|followers|product|products|order|orders|messages\s{1,5}from|customers)(?![\p{L}])/iu;
const QUOTED =
  /(?:^|(?<=[\s(:]))(?:"[^"\n]{1,160}"|“[^”\n]{1,160}”|«[^»\n]{1,160}»|'(?:[^'\n]|'(?=\p{L})){1,160}'(?=$|[\s.,;:!?)])|‘[^’\n]{1,160}’)/gu;

// Set lookups per character instead of a regex run per character (these walk back up to
// 160 characters for every match, and a long text can hold thousands of matches).
// Clause and sentence breaks, one table lookup per character ('.' ends a sentence only
// before a space).
const CLAUSE_BREAK = 1;
const SENTENCE_BREAK = 2;
const BREAK_BITS = new Uint8Array(0x10000);
for (const c of '.!?;,\n()。，！？،؟:') BREAK_BITS[c.charCodeAt(0)] = CLAUSE_BREAK;
for (const c of '!?\n。！？؟') BREAK_BITS[c.charCodeAt(0)] = (BREAK_BITS[c.charCodeAt(0)] as number) | SENTENCE_BREAK;

/**
 * Where the clause and the sentence around an offset start: just after the last break
 * before it, at most 80 / 160 characters back (a bounded walk back, so thousands of matches
 * in one long text stay linear).
 */
class Breaks {
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  clauseStartBefore(at: number): number {
    const t = this.text;
    const from = Math.max(0, at - 80);
    for (let i = at - 1; i >= from; i--)
      if (((BREAK_BITS[t.charCodeAt(i)] as number) & CLAUSE_BREAK) !== 0) return i + 1;
    return from;
  }

  sentenceStartBefore(at: number): number {
    const t = this.text;
    const from = Math.max(0, at - 160);
    for (let i = at - 1; i >= from; i--) {
      const c = t.charCodeAt(i);
      if (((BREAK_BITS[c] as number) & SENTENCE_BREAK) !== 0) return i + 1;
      if (c === 46 && i + 1 < t.length && isSpaceCode(t.charCodeAt(i + 1))) return i + 1;
    }
    return from;
  }
}

function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of execAll(QUOTED, text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// The guards' start words: a region without one cannot match the guard, which then is not
// run (a long text can hold thousands of matches).
const GUARD_WORDS = new LeadWords();
const NEGATION_LEAD = GUARD_WORDS.add(NEGATION.source, 0);
const REPORTED_LEAD = GUARD_WORDS.add(REPORTED.source, 0);

/** Where the guards' words are in one text, found when first needed. */
class GuardWords {
  private at: Array<number[] | undefined> | undefined;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /**
   * False when no word of the lead starts in [from, to) and `from` is not inside a word (a
   * regex run on the slice would see a word start there).
   */
  mayHold(lead: number, from: number, to: number): boolean {
    if (lead < 0) return true;
    const t = this.text;
    if (from > 0 && isLetterCode(t.charCodeAt(from - 1)) && isLetterCode(t.charCodeAt(from))) return true;
    this.at ??= GUARD_WORDS.scan(t);
    const list = this.at[lead];
    if (list === undefined) return false;
    const lo = partitionPoint(list.length, (i) => (list[i] as number) < from);
    return lo < list.length && (list[lo] as number) < to;
  }
}

function negated(text: string, breaks: Breaks, guards: GuardWords, start: number, end: number): boolean {
  const from = breaks.clauseStartBefore(start);
  if (!guards.mayHold(NEGATION_LEAD, from, end)) return false;
  const region = text.slice(from, end).replace(NEGATION_EXEMPT, ' ');
  return NEGATION.test(region);
}

function reported(text: string, breaks: Breaks, guards: GuardWords, start: number): boolean {
  const from = breaks.sentenceStartBefore(start);
  if (!guards.mayHold(REPORTED_LEAD, from, start)) return false;
  return REPORTED.test(text.slice(from, start));
}

const LANG_EVIDENCE: Readonly<Record<string, string>> = {
  en: 'lang-en',
  es: 'lang-es',
  pt: 'lang-pt',
  fr: 'lang-fr',
  de: 'lang-de',
  hi: 'lang-hi',
  ru: 'lang-ru',
  ar: 'lang-ar',
};

const UNTAGGED_RULES = PREPARED.filter((p) => !p.needsTag);

/**
 * The rule loop's own first tests, once for the whole detector: a rule with a channel
 * target needs a tag, the others their start words and gates. Tagging is cached and
 * shared with handle.
 */
function mayRequest(text: string): boolean {
  const facts = factsOf(tagChannels(text).tagged);
  return facts.hasTag || UNTAGGED_RULES.some((p) => mayMatch(p, facts));
}

// A plain contact word (not a channel name) asked for in a place of a screen or document
// being built: "add your contact details to the CRM form", "enter your contact information
// on the checkout page". Read after the match, past the rest of the contact phrase.
const SCREEN_PLACE = new RegExp(
  `^(?:[\\p{L}]{0,12}(?:\\s{1,5}(?:details|info|information|number|address|id)${WB_R}){0,4})\\s{1,5}${IN_PLACE('')}`,
  'iu',
);

function* findRequests(text: string): Generator<RawFinding> {
  // Channel words become one tag character each (same length), so the grammars stay small.
  const { tagged, words } = tagChannels(text);
  const facts = factsOf(tagged);
  // Built at the first match: most texts have none.
  let quotes: Array<[number, number]> | undefined;
  // Characters already inside a request: a later rule's overlapping match is the same request.
  let claimed: Uint8Array | undefined;
  let breaks: Breaks | undefined;
  let guards: GuardWords | undefined;
  // A text without a channel word skips the rules that need one without looking at them.
  for (const p of facts.hasTag ? PREPARED : UNTAGGED_RULES) {
    if (!mayMatch(p, facts)) continue;
    const rule = p.rule;
    for (const m of ruleMatches(p, facts)) {
      const core = m.groups?.full ?? m.groups?.core;
      if (!core) continue;
      const start = m.index + m[0].length - core.length;
      const end = start + core.length;
      const targetAt = m.indices?.groups?.target?.[0] ?? m.indices?.groups?.target2?.[0];
      const word = targetAt === undefined ? undefined : wordAt(words, targetAt);
      const platform = word?.platform;
      const after = text.slice(end, end + 40);
      // "join our Discord server" names the place to meet, not the topic of the work.
      const joinPlace =
        rule.kind === 'move-off-platform' &&
        /^\s{1,5}(?:server|group|channel|workspace|community)(?![\p{L}])/iu.test(after) &&
        /(?<![\p{L}])join/iu.test(core);
      if (targetAt !== undefined && !joinPlace && TOPIC_AFTER.test(after)) continue;
      const target = m.groups?.target ?? m.groups?.target2;
      if (target !== undefined && !TAG_CHAR.test(target) && SCREEN_PLACE.test(text.slice(end, end + 100))) continue;
      const fill = `${m.groups?.fill ?? ''} ${m.groups?.fill2 ?? ''}`;
      if (rule.kind === 'move-off-platform' && fill.trim() && TOPIC_FILL.test(fill) && platform !== 'meeting') continue;
      quotes ??= quotedRanges(text);
      breaks ??= new Breaks(text);
      claimed ??= new Uint8Array(text.length);
      if (quotes.some(([a, b]) => a <= start && end <= b)) continue;
      guards ??= new GuardWords(text);
      if (negated(text, breaks, guards, start, end)) continue;
      if (reported(text, breaks, guards, start)) continue;
      if (claimed.subarray(start, end).includes(1)) continue;
      claimed.fill(1, start, end);
      const evidence: string[] = [rule.kind, LANG_EVIDENCE[rule.lang] ?? `lang-${rule.lang}`];
      if (platform && platform !== 'phone' && platform !== 'email') evidence.push('platform-named');
      if (m.groups?.outside) evidence.push('outside-platform');
      if (m.groups?.direct) evidence.push('directly');
      if (
        /^\s{0,5}instead\s{1,5}of\s{1,5}(?:chatting|talking|messaging|writing|texting)\s{1,5}here/iu.test(
          text.slice(end, end + 40),
        )
      )
        evidence.push('instead-of-here');
      const f: RawFinding = { start, end, confidence: rule.confidence, evidence };
      if (platform) f.platform = platform;
      yield f;
    }
  }
}

export const requestDetector = defineDetector({
  id: 'request',
  categories: ['request'],
  description:
    'Asking for contact details or a home or postal address ("send me your email", "what\'s your WhatsApp?") or proposing to move off the platform ("let\'s continue on Telegram", "install Signal so we can talk"), in several languages.',
  view: 'base',
  gate: mayRequest,
  find: findRequests,
  examples: {
    match: [
      'send me your email',
      "What's your WhatsApp?",
      "let's continue on Telegram",
      '¿Me pasas tu WhatsApp?',
      'me chama no whats',
      'Schick mir deine E-Mail',
      'abeg send me your number',
      'Could we do the interview on Zoom instead?',
      'Scrivimi su Telegram',
      'Could you share your residential address?',
      'Please install Telegram so we can chat',
      'Would you mind dropping your number?',
      'Could we carry this discussion somewhere more private?',
      'The screening interview is conducted via WhatsApp only.',
    ],
    ignore: [
      'Scammers often ask you to move to Telegram, report them.',
      'I built WhatsApp bots for two clients',
      "Please don't post your phone number or email in this chat",
      'Need a script to normalize the phone number column',
      'Your email notifications might be off',
      'Нужен телеграм-бот для магазина',
      'I did an interview on Zoom last year',
      'Update your billing address in settings',
      'Install the app on the emulator and check the signup screen',
      'Would you mind sharing your screen?',
      'Move the chat button somewhere else on the page',
      'Our interview on Telegram last week went well.',
    ],
  },
});
