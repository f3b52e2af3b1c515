import {
  IBAN_LENGTHS,
  isBitcoinBase58Address,
  isBitcoinBech32Address,
  isSolanaAddressShape,
  isTronAddress,
  isValidIban,
} from './checksums';
import type { RawFinding } from './define';
import { defineDetector } from './define';
import { matchesOf } from './lexicon';
import { isLetterCode, LeadWords } from './start-words';
import type { Confidence } from './types';

/*
 * Off-platform payment: an offer or request to pay outside the marketplace, or an account
 * identifier given for payment. Talking ABOUT payments (building a checkout, fees one used
 * to pay, the platform's own protection, a scam report) is not a finding, so the phrase
 * patterns are a small grammar (verb + rail, rail + preference, fee/platform avoidance)
 * checked against negation, third-party subjects and technical context around them.
 * Every quantifier is bounded; the inputs to the checksum helpers are short.
 */

// ---------------------------------------------------------------------------------------
// Vocabulary

/** Payment rails that are unambiguous names: any pay/send verb with a preposition will do. */
const BRAND_RAILS: ReadonlyArray<readonly [platform: string, pattern: string]> = [
  // Digits for letters ("p4ypal", "payp@l") are the usual dodge of keyword filters.
  ['paypal', 'p[a4@]y[\\s.-]?p[a4@][l1|]'],
  ['wise', '(?:transfer[\\s-]?)?wise'],
  ['payoneer', 'pay[o0]n[e3][e3]r'],
  ['zelle', 'zell?e'],
  ['venmo', 'venm[o0]'],
  ['cashapp', 'cash[\\s-]?app'],
  ['revolut', 'revolut'],
  ['skrill', 'skrill'],
  ['western-union', 'western[\\s-]?union|wu\\s?transfer'],
  ['moneygram', 'money[\\s-]?gram'],
  ['remitly', 'remitly'],
  ['worldremit', 'world[\\s-]?remit'],
  ['gcash', 'g-?cash'],
  ['maya', 'pay[\\s-]?maya'],
  ['jazzcash', 'jazz[\\s-]?cash'],
  ['easypaisa', 'easy[\\s-]?pais[ae]'],
  ['bkash', 'b-?kash'],
  ['nagad', 'nagad'],
  ['paytm', 'paytm'],
  ['phonepe', 'phone[\\s-]?pe'],
  ['google-pay', 'google[\\s-]?pay|g-?pay'],
  ['apple-pay', 'apple[\\s-]?pay'],
  ['mpesa', 'm-?pesa'],
  ['pix', 'pix'],
  ['upi', 'upi'],
  ['alipay', 'alipay'],
  ['wechat-pay', '(?:wechat|weixin)[\\s-]?pay'],
  ['interac', 'interac(?:[\\s-]?e-?transfer)?|e-transfer'],
  ['payeer', 'payeer'],
  ['perfect-money', 'perfect[\\s-]?money'],
  ['neteller', 'neteller'],
  ['webmoney', 'webmoney'],
  ['airtm', 'airtm'],
  ['stripe', 'stripe(?:\\s?link)?'],
  ['binance', 'binance(?:[\\s-]?pay)?'],
  ['picpay', 'picpay'],
  ['mercado-pago', 'mercado[\\s-]?pago'],
  ['nequi', 'nequi'],
  ['daviplata', 'daviplata'],
  ['yape', 'yape'],
  ['chipper', 'chipper[\\s-]?cash'],
  ['opay', 'opay|palmpay'],
  ['mobile-money', 'mobile[\\s-]?money|mtn[\\s-]?momo|momo[\\s-]?pay|airtel[\\s-]?money|orange[\\s-]?money|ecocash'],
  ['sadapay', 'sadapay|nayapay|upaisa'],
  ['esewa', 'esewa|khalti'],
  ['paysera', 'paysera'],
  // Spain's instant payments, the Philippines' cash remittance counters, Russia's wallets.
  ['bizum', 'bizum'],
  ['palawan', 'palawan[\\s-]?(?:express|pera[\\s-]?padala)|cebuana(?:[\\s-]?lhuillier)?|m[\\s-]?lhuillier'],
  ['yoomoney', 'yoomoney|yandex[\\s.-]?money|ю[\\s-]?money|юмани|qiwi|киви[\\s-]?кошел\\p{L}{1,3}'],
  ['sepa', 'sepa(?:[\\s-]?(?:transfer|überweisung|virement))?'],
  // Wallets and instant-payment apps of Southeast Asia, Turkey, Poland, Italy, the Gulf.
  ['gopay', 'gopay'],
  ['shopeepay', 'shopee[\\s-]?pay'],
  ['linkaja', 'linkaja'],
  ['zalopay', 'zalo[\\s-]?pay'],
  ['viettelpay', 'viettel[\\s-]?(?:pay|money)'],
  ['papara', 'papara'],
  ['ininal', 'ininal'],
  ['paycell', 'paycell'],
  ['blik', 'blik'],
  ['postepay', 'postepay'],
  ['satispay', 'satispay'],
  ['paysafecard', 'paysafecard'],
  ['instapay', 'instapay'],
  ['vodafone-cash', 'vodafone[\\s-]?cash'],
  ['stc-pay', 'stc[\\s-]?pay'],
  ['promptpay', 'prompt-?pay'],
  ['truemoney', 'true-?money'],
  ['duitnow', 'duit-?now'],
  // Latin American banks people name as the place to pay (Nubank, Itaú, Bancolombia...).
  ['nubank', 'nu[\\s-]?bank'],
  ['itau', 'ita[uú]'],
  ['bradesco', 'bradesco'],
  [
    'latam-bank',
    'banco\\s{1,5}(?:inter|do\\s{1,5}brasil)|bancolombia|davivienda|banorte|citibanamex|banamex|brubank|ual[aá]',
  ],
  [
    'crypto',
    'usdt|usdc|tether|btc|bitcoins?|eth|ether(?:eum)?|crypto(?:currency|currencies)?|ltc|litecoin|trx|tron|solana|sol|bnb|xrp|doge(?:coin)?|stablecoins?',
  ],
];

/** Coins and wallet apps before "wallet" or "address" ("your USDT TRC20 wallet address"). */
const CRYPTO_WALLET_WORD =
  '(?:usdt|usdc|btc|bitcoin|eth|ethereum|crypto|trc-?20|erc-?20|bep-?20|binance|trust|metamask|tron|trx|solana|sol)';

/** Bank and cash rails: ordinary words, so they need a money verb and a tight preposition. */
const BANK_RAILS =
  '(?:direct\\s{1,5})?(?:(?:bank|wire|swift|international)\\s{1,5})?(?:transfer|wire|deposit)|bank(?:\\s{1,5}account)?|cash|cheque|ach|' +
  'transferencia(?:\\s{1,5}bancaria)?|transferência(?:\\s{1,5}bancária)?|virement(?:\\s{1,5}bancaire)?|(?:bank)?überweisung|bonifico(?:\\s{1,5}bancario)?|dep[oó]sito(?:\\s{1,5}banc[aá]rio)?';

/** Payroll providers: a finding only when framed as instead of the platform or paying "you". */
const PAYROLL_RAILS = 'deel|remote\\.com|gusto|rippling|oyster|papaya\\s{1,5}global|multiplier|ontop';

const BRAND_RAIL = `(?:${BRAND_RAILS.map(([, p]) => p).join('|')})`;
const CRYPTO_RAIL = (BRAND_RAILS.find(([id]) => id === 'crypto') as readonly [string, string])[1];
/**
 * Wallets and banks whose names are also names or ordinary words elsewhere (Dana, Maya, Momo,
 * Indonesian "mandiri", BCA the degree): rails only after a pay word of their own language.
 */
const LOCAL_RAILS =
  'dana(?!\\s{1,5}(?:pribadi|darurat|talangan|tambahan|proyek|hibah|sendiri|awal|operasional|investasi|kantor|perusahaan))|ovo|maya|momo|rocket|upay|mandiri|' +
  'bca|bri|bni|bsi|jenius|seabank|cimb(?:\\s{1,5}niaga)?|permata|enpara|ziraat|tosla|' +
  'vietcombank|vcb|techcombank|tcb|mb\\s{0,5}bank|vpbank|acb|bidv|agribank|tpbank|sacombank|vietinbank';
/** Local banks that are no word or name elsewhere: enough as a payment cue. */
const LOCAL_BANKS = 'bca|bni|bri|vietcombank|techcombank|vpbank|bidv|agribank|tpbank|sacombank|vietinbank';
const ALL_RAIL = `(?:${BRAND_RAIL}|${LOCAL_RAILS})`;
/** Rails by id, for a pattern that names only some. */
const railsOf = (...ids: string[]): string =>
  BRAND_RAILS.filter(([id]) => ids.includes(id))
    .map(([, p]) => p)
    .join('|');
/**
 * The rails LOCAL_DIRECT names: the local wallets and banks and the international rails
 * people use there. A short list keeps that pattern small (V8 optimizes regexes under 20 KB).
 */
const LOCAL_DIRECT_RAIL = `(?:${LOCAL_RAILS}|${railsOf(
  'paypal',
  'wise',
  'payoneer',
  'revolut',
  'skrill',
  'western-union',
  'moneygram',
  'remitly',
  'gcash',
  'maya',
  'jazzcash',
  'easypaisa',
  'bkash',
  'nagad',
  'binance',
  'gopay',
  'shopeepay',
  'linkaja',
  'zalopay',
  'viettelpay',
  'papara',
  'ininal',
  'paycell',
  'blik',
  'postepay',
  'satispay',
  'instapay',
  'vodafone-cash',
  'stc-pay',
  'palawan',
)}|usdt|usdc|btc|bitcoin|eth|crypto)`;
/** After a rail name, words that make it a topic ("ETH price", "PayPal API"), not a means. */
const NOT_MEANS =
  '(?!\\s{1,5}(?:prices?|charts?|data|apis?|sdk|contracts?|abi|nodes?|rpc|network|testnet|mainnet|blocks?|ledger|integration|checkout|button|plugin|gateway|fees?|rates?|exchange\\s{1,5}rate|webhooks?|sandbox|transactions?|tx|wallets?\\s{1,5}(?:integration|connect|support)))';

/** Pay verbs and payment nouns, English, Spanish, Portuguese, French, German. */
const PAY_VERB =
  '(?:pay|pays|paying|paid|payment|payments|send|sends|sending|sent|transfer|transfers|transferring|transferred|wire|wires|wiring|wired|' +
  'deposit|deposits|depositing|deposited|remit|tip|invoice|bill|reimburse|settle|' +
  'pag(?:a|ar|ame|arte|o|ue|uen|ues|uem|amento|amos|as|ás|ará|arei|aremos)|págame|págale|paguen|env(?:ía|ia|iar|íame|iame|ie|io)|mánd(?:ame|alo|amelo)|mand(?:a|ar|ame|amelo|e|o)|' +
  'transfi(?:ere|éreme|ereme)|transferir|transfere|deposit(?:a|ar|ame|e)|p[aá]s(?:ame|alo|amelo)|pasá(?:me|lo|melo)|' +
  'pa(?:ie|ye|yer|yez|yé|yée|yés|yées)(?:-moi)?|envoi(?:e|es|ez)|envoyer|vir(?:e|er|ez)|paiement|régler|' +
  'zahl(?:e|en|st|t)?|bezahl(?:e|en|st|t)?|überweis(?:e|en|t)?|schick(?:e|en|t)?|zahlung|bezahlung|' +
  // Swahili: tuma (send), lipa (pay).
  'tuma|nitumie|tutumie|lipa|nilipe|ulipe|nitalipa|tutalipa)(?:-moi|-nous|-lui)?';

/** Verbs that only mean money when the object says so ("transfer the domain" is not). */
const MONEY_VERB =
  '(?:pay|pays|paying|paid|payment|deposit|deposits|depositing|deposited|wire|wired|wiring|remit|' +
  'pag(?:a|ar|ame|arte|o|ue|ues|uem|amento|as|ás)|págame|paie|paye|payer|payez|payée?s?|zahl(?:e|en)?|bezahl(?:e|en)?|überweis(?:e|en)?|zahlung)';

const PREP =
  '(?:via|through|thru|by|over|with|using|on|to|into|in|per|por|con|vía|pelo|pela|no|na|par|avec|sur|en|mit|über|auf|pe|par|sa|mein|a\\s{1,5}trav[eé]s\\s{1,5}de)';
const POSS = '(?:my|your|ur|the|a|an|our|mi|tu|su|meu|minha|seu|sua|mon|ma|ton|ta|mein|meine|meinen|dein|deine|deinen)';
/** A word inside a bounded gap: no sentence punctuation, so gaps stay within a clause. */
const GAP_WORD = "[\\p{L}\\p{N}'’$%€£₹-]{1,20}(?:[.,]\\p{N}{1,3}){0,4}";
const MONEY_OBJECT =
  '(?:money|payment|funds|amount|advance|deposit|balance|bonus|rest|fee|salary|\\$\\s?\\p{N}|\\p{N}{1,7}\\s?(?:usd|dollars?|eur|euros?|gbp|pounds?|inr|rs|rupees?|pesos?|reais|k)|dinero|plata|dinheiro|grana|argent|geld|paise|paisa)';

const START = '(?<![\\p{L}\\p{N}])(?=[\\p{L}])';
const END = '(?![\\p{L}\\p{N}])';

// ---------------------------------------------------------------------------------------
// Phrase patterns

/** pay/send + (up to 4 words) + via/through/by/... + [my/the] + brand rail. */
const VERB_PREP_RAIL = new RegExp(
  `${START}${PAY_VERB}(?:[\\s,:]{1,5}${GAP_WORD}){0,4}?\\s{1,5}${PREP}(?:\\s{1,5}${POSS}(?:\\s{1,5}own)?)?\\s{1,5}(${BRAND_RAIL}|${PAYROLL_RAILS})${END}${NOT_MEANS}`,
  'giu',
);

/** money verb + (up to 4 words) + by/via/... + bank transfer/wire/cash; or + to my account. */
const VERB_BANK = new RegExp(
  `${START}(?:${MONEY_VERB}(?:[\\s,]{1,5}${GAP_WORD}){0,4}?|${PAY_VERB}(?:[\\s,]{1,5}${GAP_WORD}){0,4}?\\s{1,5}${MONEY_OBJECT}[\\p{L}]{0,8}(?:[\\s,]{1,5}${GAP_WORD}){0,4}?)\\s{1,5}` +
    `(?:(?:via|through|by|with|using|in|per|por|con|vía|pelo|pela|par|mit|en)(?:\\s{1,5}${POSS})?\\s{1,5}(${BANK_RAILS})|(?:to|into|in|on)\\s{1,5}(?:my|your|ur|our)\\s{1,5}(?:bank\\s{1,5}|(?!upwork|fiverr|platform|freelancer)\\p{L}{2,15}(?:\\s{1,5}bank)?\\s{1,5})?(account|bank))${END}`,
  'giu',
);

/**
 * "do a (direct) bank transfer", "te hago una transferencia", "fais-moi un virement", "ti
 * faccio un bonifico"; Polish and Arabic have no article: "zrobię ci przelew", "نعمل تحويل بنكي".
 */
const DO_TRANSFER = new RegExp(
  `${START}(?:do|does|doing|make|making|hago|haré|hacemos|hacer|hacerte|faço|faz|fazer|fazemos|fais|faire|faites|mache|machen|faccio|facciamo|fare|farti|farò|faremo)(?:-moi|\\s{1,5}(?:you|te|me|moi|dir|mir))?\\s{1,5}(?:a|an|the|una|um|uma|un|une|eine|el|la|o|uno)\\s{1,5}(?:direct\\s{1,5}|quick\\s{1,5})?` +
    '((?:bank\\s{1,5}|wire\\s{1,5}|international\\s{1,5})?transfer|wire|transferencia(?:\\s{1,5}bancaria)?|transferência(?:\\s{1,5}bancária)?|virement(?:\\s{1,5}bancaire)?|(?:bank)?überweisung|pix|dep[oó]sito|bonifico(?:\\s{1,5}bancario)?|ricarica)' +
    `${END}|${START}(?:zrobię|zrobimy|zrobisz|zrób|zróbmy|puszczę)(?:\\s{1,5}(?:ci|wam|mi|nam))?\\s{1,5}(przelew(?:\\s{1,5}bankowy)?)${END}` +
    `|${START}(?:نعمل|اعمل|أعمل|اعملك|أعملك|هعمل|حعمل|نسوي|اسوي|أسوي|اسويلك)\\s{1,5}(تحويل\\s{1,5}بنكي|حوال[ةه](?:\\s{1,5}بنكي[ةه])?)${END}`,
  'giu',
);

/** Verb last (German, Hindi word order): "per Überweisung zahlen", "PayPal se bhej do". */
const RAIL_THEN_VERB = new RegExp(
  `${START}(?:per|über|via|mit|por|par)\\s{1,5}(?:${POSS}\\s{1,5})?(${BRAND_RAIL}|(?:bank)?überweisung|bank\\s{1,5}transfer)\\s{1,5}(?:${GAP_WORD}\\s{1,5}){0,4}?(?:zahlen|bezahlen|überweisen|schicken|senden|begleichen|regeln|abwickeln|erledigen|(?:direkt|privat)\\s{1,5}(?:machen|abwickeln|regeln|erledigen))${END}` +
    // "direkt auf mein Konto überweist": the account, then the verb.
    `|${START}auf\\s{1,5}(?:mein|meine|unser|unsere)\\s{1,5}(?:privat|bank|giro)?konto\\s{1,5}(?:überweis\\p{L}{0,4}|einzahl\\p{L}{0,4}|zahl\\p{L}{0,3}|bezahl\\p{L}{0,3}|schick\\p{L}{0,3})${END}`,
  'giu',
);

/** The crypto or cash word is the whole object: "send USDT to…", not "transfer the ETH balance check". */
const OBJECT_ENDS =
  '(?=\\s{0,5}(?:[.,!?;:)]|$|(?:to|into|at|on|via|through|now|today|tonight|tomorrow|please|pls|first|instead|and|or|for|if|when|once|after|before|upon|so|as|directly|right|then|pe|par|por|a|al|à|an)(?![\\p{L}])))';
/** A token network after the coin: "USDT (TRC20)", "USDT TRC-20". */
const NETWORK_TAG = '(?:\\s{0,5}[(\\[]?\\s{0,5}(?:trc|erc|bep)[\\s-]?20(?:\\s{0,5}[)\\]])?)?';

/** pay/send + [you 200] + crypto or cash as the object: "send USDT", "pay you cash". */
const VERB_OBJECT_RAIL = new RegExp(
  // "recharge 100 USDT to the wallet": the task-scam deposit.
  `${START}(?:${PAY_VERB}|recharge|topup|reload)(?:\\s{1,5}(?:you|u|me|him|her|them|it|the|some|a|an|your|my|in|with|\\$?\\p{N}[\\p{N},.]{0,12}k?)){0,4}\\s{1,5}(${CRYPTO_RAIL}|cash)${END}${NETWORK_TAG}${OBJECT_ENDS}`,
  'giu',
);

/** A word before WORD_TALK's cash that pays, gives or names the money: "payez-moi", "il saldo me lo dai". */
const CASH_LEAD =
  /(?<![\p{L}])(?:pay\w{0,4}|paid|give|giving|hand(?:ing)?|pag\p{L}{0,6}|pág\p{L}{0,4}|paie\p{L}{0,5}|pay[eé]\p{L}{0,3}|régl\p{L}{1,4}|regl\p{L}{1,4}|zahl\p{L}{0,3}|bezahl\p{L}{0,3}|geb\p{L}{0,3}|gibst|dai|dà|darti|dar(?:te|le)?|dou|dás|donn\p{L}{1,4}|versa\p{L}{0,3}|saldo|resto|rest|balance|remaining|reste|restant|restante|sisa\p{L}{0,3}|bayar\p{L}{0,4}|dibayar\p{L}{0,3}|money|dinero|plata|argent|geld|soldi|оплат\p{L}{0,5}|заплат\p{L}{0,4}|заплач\p{L}{0,4}|плат\p{L}{1,4}|деньги|остат\p{L}{1,3}|отда\p{L}{1,4}|переда\p{L}{1,4}|[وف]?[اأيتنهح]?دفع\p{L}{0,4}|[وف]?(?:ال)?باقي|(?:ال)?مبلغ|فلوس)(?![\p{L}])|[$€£]\s?\p{N}/iu;
/** German "in bar" (in cash) only with a German money word: "in bar" is also a bar chart. */
const BAR_LEAD =
  /(?<![\p{L}])(?:zahl\p{L}{0,3}|bezahl\p{L}{0,3}|geb\p{L}{0,3}|gibst|geld|betrag|summe|rest)(?![\p{L}])/iu;

/**
 * After "send 300 USDT": "to <wallet-shaped string>". The explicit offer makes it a finding
 * whatever its checksum (a typo or a made-up address is still offered for payment).
 */
const WALLET_AFTER =
  /\s{1,5}(?:to|into)\s{1,5}(?:(?:my|this|the|our)\s{1,5})?(?:(?:[\p{L}\p{N}-]{1,12}\s{1,5}){0,4}(?:wallet|address|addy)\s{0,5}[:=-]?\s{0,5})?((?=[A-Za-z0-9]{0,63}\p{N})(?=[A-Za-z0-9]{0,63}\p{L})[A-Za-z0-9]{25,64})(?![\p{L}\p{N}])/iuy;

/** What the checksum finders will take up themselves. */
function isWalletAddress(s: string): boolean {
  return isBitcoinBase58Address(s) || isBitcoinBech32Address(s) || isTronAddress(s) || /^0x[0-9a-f]{40}$/iu.test(s);
}

/** The rail used as a verb: "Venmo me", "I'll zelle you", "gcash mo na lang". */
const RAIL_AS_VERB = new RegExp(
  `${START}(p[a4@]yp[a4@][l1]|venm[o0]|zelle|cash\\s?app|g-?cash|revolut)\\s{1,5}(?:me|you|u|him|her|them|us|mo|nyo|ko)${END}(?!\\s{0,5}(?:link|button|integration|page))`,
  'giu',
);

/** rail + preference: "Zelle works for me", "PayPal is fine", "Wise is easier". */
const RAIL_PREFERENCE = new RegExp(
  `${START}(${BRAND_RAIL}|bank\\s{1,5}transfer|wire\\s{1,5}transfer|transferencia|virement)${END}(?:\\s{1,5}(?:or|and|/)\\s{1,5}${BRAND_RAIL}${END})?\\s{0,5}(?:` +
    '(?:works?|would\\s{1,5}work)(?:\\s{1,5}(?:best|better|fine|great|well))?\\s{1,5}for\\s{1,5}(?:me|us|both)' +
    '|(?:(?:are|is|both|either|also)\\s{1,5}){0,4}(?:ok|okay|fine|good)\\s{1,5}(?:for|with)\\s{1,5}(?:me|us|you(?=\\s{0,5}\\?))' +
    "|(?:is|'s|’s|would\\s{1,5}be|will\\s{1,5}be)\\s{1,5}(?:fine|ok|okay|good|great|perfect|ideal|preferred|easiest|simplest|fastest|(?:easier|simpler|faster|cheaper|better|best)(?=\\s{0,5}(?:for\\s{1,5}(?:me|us|both)|[.!?,;]|$)))" +
    // "p@yp@l direct pls": the rail and "directly" as the whole request.
    '|direct(?:ly)?(?=\\s{0,5}(?:pls|please|plz)(?![\\p{L}]))' +
    '|(?:ok|okay|fine)\\s{0,5}\\?|(?:me\\s{1,5})?(?:sirve|va\\s{1,5}bien|está\\s{1,5}bien|funciona)|(?:serve|funciona|tá\\s{1,5}bom)|(?:ça\\s{1,5}me\\s{1,5}va|me\\s{1,5}va)|(?:passt|geht)(?:\\s{1,5}(?:für\\s{1,5}mich|auch))?' +
    ')',
  'giu',
);

/** "I prefer PayPal", "I accept Wise", "do you accept/take Zelle?" */
const PREFER_RAIL = new RegExp(
  `${START}(?:(?:i|i'd|i’d|i\\s{1,5}would)\\s{1,5}(?:also\\s{1,5}|only\\s{1,5}|rather\\s{1,5})?(?:prefer|accept|take|receive|use)|preferably|prefer(?:ably)?|do\\s{1,5}you\\s{1,5}(?:accept|take|have|use)|can\\s{1,5}you\\s{1,5}(?:accept|take|receive)|you\\s{1,5}(?:accept|take))` +
    `(?:\\s{1,5}(?:to\\s{1,5}(?:be\\s{1,5})?(?:paid|get\\s{1,5}paid|receive(?:\\s{1,5}(?:the\\s{1,5})?(?:payment|money))?)|payments?|the\\s{1,5}payment|it|money))?(?:\\s{1,5}(?:via|through|by|with|in|on|using|over|a|an))?\\s{1,5}(${BRAND_RAIL})${END}` +
    '(?!\\s{1,5}(?:integration|checkout|api|sdk|button|fees?|experience|skills?|knowledge|expertise|(?:payments?\\s{1,5})?(?:for|on|in|at)\\s{1,5}(?:your|our|the|my)\\s{1,5}(?:store|shop|site|website|app|customers|clients|business)))',
  'giu',
);

/**
 * Asking whether the other side has or takes a rail, or doing it there: "can u do paypal
 * instead", "have you got Revolut?", "could we just use Zelle?". Weaker verbs than
 * PREFER_RAIL's, so the rail must end the question or carry "instead".
 */
const ASK_HAS_LEAD =
  '(?:(?:can|could|would|will)\\s{1,5}(?:you|u|we)\\s{1,5}(?:(?:just|maybe|also)\\s{1,5})?(?:do|use|go\\s{1,5}with)' +
  '|(?:do|did)\\s{1,5}(?:you|u)\\s{1,5}(?:have|got|use)|have\\s{1,5}(?:you|u)\\s{1,5}got|(?:you|u)\\s{1,5}(?:got|have)|(?:how|what)\\s{1,5}about)(?:\\s{1,5}(?:a|an))?';

/**
 * The same question in other languages: "¿aceptas Bizum?", "Hast du Revolut?", "tem Pix?",
 * "acceptez-vous PayPal ?"; a question mark after the rail(s). Hindi and Tagalog
 * ask with their own word order: "aapke paas Paytm hai?", "may GCash ka ba?".
 */
const ASK_HAS_LOCAL_LEAD =
  '(?:acept(?:as|an|a|ás|áis)|aceit(?:a|as|am)|(?:você|voce|vc|tu)\\s{1,5}(?:tem|usa|aceita)|tem|tens|tienes|tenés|tiene|usas|usás|' +
  "accept(?:es|ez)(?:-vous)?|(?:tu|vous)\\s{1,5}(?:as|avez|utilises|utilisez)|as-tu|avez-vous|t['’]as|" +
  '(?:hast|hättest|nimmst|akzeptierst|nutzt)\\s{1,5}du|(?:haben|nehmen|akzeptieren|nutzen)\\s{1,5}sie|habt\\s{1,5}ihr|' +
  'accett(?:i|ate)|hai|avete|usi|usate|(?:(?:kamu|kak|anda|mas|mbak)\\s{1,5})?punya|ada)' +
  '(?:\\s{1,5}(?:el|o|a|le|la|un|une|ein|eine|einen|il|uno))?';
const HI_HAS_LEAD = '(?:aapke|apke|aap\\s{1,5}ke|tumhare|tere)\\s{1,5}(?:paas|pas)';
/** The words before RAIL_TALK's rail, for the span: they end right before it. */
const ASK_HAS_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${ASK_HAS_LEAD}|${ASK_HAS_LOCAL_LEAD}|${HI_HAS_LEAD}|may)\\s{1,5}$`,
  'iu',
);

const DO_VIA_LEAD =
  '(?:do|handle|settle|cover|clear|make|send|forward|wire)(?:\\s{1,5}(?:the|this|that|it|remaining|rest|balance|payment|payments|final|last|deposit|advance|bonus|other|to\\s{1,5}(?:the|our|my|your|his|her|their)\\s{1,5}\\p{L}{2,15}|\\$\\s?\\p{N}[\\p{N},.]{0,9}k?|\\p{N}[\\p{N},.]{0,9}(?:\\s?(?:usd|dollars|eur|euros|k))?)){1,4}' +
  '\\s{1,5}(?:via|through|thru|by|over|with|using|on)(?:\\s{1,5}(?:my|your))?';
const DO_VIA_BEFORE = new RegExp(`(?<![\\p{L}])${DO_VIA_LEAD}\\s{1,5}$`, 'iu');
/** What DO_VIA's lead-in must hold: money, or "it" with "directly" or "instead" after the rail. */
const DO_MONEY = /(?<![\p{L}])(?:remaining|rest|balance|payments?|deposit|advance|bonus)(?![\p{L}])|\p{N}/iu;
const DIRECTLY_AFTER = /^\s{0,5}(?:directly|direct|instead)(?![\p{L}])/iu;

/** Identifier label after a rail: "PayPal: ...", "my Venmo is ...", "GCash number 0917...". */
const RAIL_LABEL =
  '(?:\\s{1,5}(?:id|email|e-mail|mail|number|no\\.?|num|#|account|acct|details|info|handle|username|user\\s?name|tag|address|link|wallet|key))?';
const IDENT =
  '(@[A-Za-z0-9_][A-Za-z0-9_.-]{1,39}|\\$[A-Za-z][A-Za-z0-9_]{1,20})|([\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,4}|\\+?\\p{N}[\\p{N} ().-]{5,18}\\p{N})';
const RAIL_IDENT = new RegExp(
  `${START}(?:(?:my|our|mi|meu|minha|mon|mein(?:e)?)\\s{1,5})?(${BRAND_RAIL})${END}${RAIL_LABEL}(?:\\s{0,5}(?:is|es|é|est|ist|:|=|-|->|→|at))?\\s{0,5}(?:${IDENT})`,
  'giu',
);

/** Asking for the other side's payment handle: "what's your PayPal?", "send me your Wise details". */
const ASK_RAIL = new RegExp(
  `${START}(?:what'?s|what’s|what\\s{1,5}is|whats|share|send(?:\\s{1,5}me)?|give(?:\\s{1,5}me)?|drop|need|tell\\s{1,5}me|cu[aá]l\\s{1,5}es|qual\\s{1,5}(?:é|e)|pasa(?:me)?|manda(?:me)?)\\s{1,5}(?:your|ur|yr|tu|seu|sua|o\\s{1,5}seu)\\s{1,5}(${BRAND_RAIL})${END}${RAIL_LABEL}`,
  'giu',
);

/** Paying directly / outside: "pay you directly", "wire the money directly", "direct bank transfer". */
const DIRECT_PAY = new RegExp(
  `${START}(?:${PAY_VERB}(?:\\s{1,5}(?:you|u|me|us|him|her|it|this|that|there|to\\s{1,5}(?:you|u|me|us)|the\\s{1,5}(?:money|payment|funds|rest|balance|amount|bonus|invoice|advance)|(?:the\\s{1,5})?remaining(?:\\s{1,5}(?:balance|amount))?|(?:our|my)\\s{1,5}(?:company|business|firm|agency|team)|\\$?\\p{N}[\\p{N},.]{0,9}(?:\\s?(?:usd|dollars|eur|euros))?)){0,4}\\s{1,5}(?:directly|direct|outside|off[\\s-]platform|off[\\s-]site|privately)` +
    `|direct(?:ly)?\\s{1,5}(?:bank\\s{1,5}|wire\\s{1,5})?(?:transfer|deposit|payment)|(?:pago|transferencia|pagamento|transferência|paiement|virement|bonifico)(?:\\s{1,5}(?:sepa|bancari[oa]|bancaire|banc[aá]ri[oa])){0,2}\\s{1,5}(?:direct[oa]?|directe?|diret[oa]|dirett[oa])|direkt\\s{1,5}(?:überweisen|bezahlen|zahlen|per))${END}` +
    '(?!\\s{1,5}(?:through|via|on|in|from|using|into|to|within|inside)\\s{1,5}(?:the\\s{1,5}|your\\s{1,5}|my\\s{1,5}|this\\s{1,5})?(?:upwork|platform|site|here|app|milestone|contract))',
  'giu',
);

/** Bank names that are ordinary words elsewhere: only after "minha conta no" / "mi cuenta en". */
const ACCOUNT_BANK_WORDS =
  'inter|santander|caixa|c6(?:\\s{1,5}bank)?|bbva|galicia|pichincha|bcp|interbank|scotiabank|hsbc';

/**
 * "my account at <bank>" in Portuguese and Spanish: "te passo minha conta no Nubank", "mi
 * cuenta bancaria en BBVA". "conta"/"cuenta" alone is also a social account, so a bank word
 * (group 1) or a bank name (group 2) is required; the handler wants a give or money verb too.
 */
const ACCOUNT_AT_BANK = new RegExp(
  `${START}(?:minha|mi|nossa|nuestra)\\s{1,5}(?:conta|cuenta)(?:\\s{1,5}(banc[aá]ria|corrente|de\\s{1,5}ahorros?|poupan[cç]a))?` +
    `(?:\\s{1,5}(?:no|na|do|da|en|de|del)\\s{1,5}(?:banco\\s{1,5})?(${BRAND_RAIL}|${ACCOUNT_BANK_WORDS}))?${END}`,
  'giu',
);
/** Handing the account over or paying into it, around ACCOUNT_AT_BANK. */
const ACCOUNT_GIVE =
  /(?<![\p{L}])(?:(?:te|le|lhe|les|vos)\s{1,5}(?:pass\p{L}{0,4}|pas[oe]|mand\p{L}{0,4}|envi\p{L}{0,4}|dou|doy|dar\p{L}{0,3}|compart\p{L}{0,6})|aqu[ií]\s{1,5}(?:est[aá]|va|vai)|deposit\p{L}{0,5}|transf\p{L}{0,8}|pag\p{L}{1,6}|pix|adiantad\p{L}{0,2}|adelantad\p{L}{0,2}|anticip\p{L}{0,4}|sinal)(?![\p{L}])/iu;

/** Paying the other side, an account or the fee, around a bare "por fora". */
const PT_ES_PAY_CUE =
  /(?<![\p{L}])(?:(?:te|lhe|le|me|nos|vos|les)\s{1,5}(?:pag|cobr|deposit|transfi|transfer)\p{L}{0,6}|deposit\p{L}{0,5}|transfer[eê]ncia|conta|cuenta|adiantad\p{L}{0,2}|adelantad\p{L}{0,2}|anticipo|sinal|comiss\p{L}{1,3}|comisi[oó]n|taxas?)(?![\p{L}])/iu;

/** Portuguese and Spanish talk about building payments, not paying. */
const LATAM_TOPIC =
  /(?<![\p{L}])(?:integra\p{L}{1,6}|implementa\p{L}{1,6}|desarroll\p{L}{1,6}|desenvolv\p{L}{1,6}|api|sdk|checkout|webhooks?|tienda|loja|app|aplicativo|aplicaci[oó]n|sistema|plugin|bot|site|sitio|clientes|usuarios|usu[aá]rios)(?![\p{L}])/iu;

/**
 * "por fora" / "por fuera" (off the books, outside the platform) after closing the deal or
 * paying the other side: "fechamos por fora", "te pago por fuera". Not "pago por fora" alone
 * (paid separately), "ganho um dinheiro por fora" (on the side), "fechada por fora" (a door).
 */
const DEAL_VERB = '(?:ar|amos|emos|o|e|a|ar[ií]amos)';
const DEAL_OUTSIDE = new RegExp(
  `${START}(?:(?:fech|cerr|acert|arregl|negoci|combin|acord)${DEAL_VERB}|(?:te|lhe|le|vos|les)\\s{1,5}(?:pag|cobr|deposit|transfi|transfer)\\p{L}{0,6}|(?<=(?:me|nos)\\s{1,5}(?:(?:lo|la|los|las|o|a)\\s{1,5})?)(?:pag|deposit|transfi|transfer)\\p{L}{0,6}|pag(?:ar|o|amos)\\s{1,5}(?:a\\s{1,5})?(?:você|voce|vc|usted|ti))` +
    `(?:\\s{1,5}\\p{L}{1,12}){0,4}?\\s{1,5}por\\s{1,5}(?:fora|fuera)${END}(?!\\s{1,5}(?:d[eoa]s?|del)(?![\\p{L}]))`,
  'giu',
);

// Russian and Ukrainian. \\p{L} tails cover the case endings.
/** Verbs and nouns that are only money: оплата, заплачу, платить, розрахунок, деньги... */
const RU_PAY =
  '(?:оплат\\p{L}{0,5}|оплач\\p{L}{0,4}|плат(?:и|ить|ите|им|ишь|ят|ежи?|ёж|іж|ити|іть|іжі|імо)|заплат\\p{L}{0,4}|заплач\\p{L}{0,4}|сплат\\p{L}{0,4}|сплач\\p{L}{0,4}|' +
  'рассчита\\p{L}{0,4}|расч[её]т\\p{L}{0,2}|розрахун\\p{L}{0,3}|розрахува\\p{L}{0,4}|перечисл\\p{L}{0,4}|переказ\\p{L}{0,3}|деньги|гроші|кошти)';
/** Verbs that are money only before "на карту": переведу, скину, отправлю, надішлю. */
const RU_SEND =
  '(?:переве\\p{L}{0,4}|перевод\\p{L}{0,3}|перекаж\\p{L}{0,3}|перекин\\p{L}{0,3}|скин\\p{L}{0,4}|кин\\p{L}{0,3}|отправ\\p{L}{0,4}|відправ\\p{L}{0,4}|надішл\\p{L}{0,3}|пришл\\p{L}{0,3})';
const RU_CARD =
  'на\\s{1,5}(?:(?:мою|свою|вашу|твою|банковскую|банківську|личную|особисту)\\s{1,5}){0,4}(?:карт[уы]|картк[уи]|сч[её]т|рахунок|кошел[её]к|гаманець)' +
  // "карта сайта" is a sitemap, "карта города" a map.
  '(?!\\s{1,5}(?:сайта|сайту|города|міста|мира|світу|местности|проезда))';
/** Wallets and systems paid "через" / "по" / "на": ЮMoney, СБП, Qiwi, crypto, a bank's app. */
const RU_RAIL =
  '(?:сбп|yoomoney|ю\\s?money|юмани|qiwi|киви|webmoney|вебмани|крипт\\p{L}{0,4}|usdt|btc|биткоин\\p{L}{0,2}|paypal|пейпал\\p{L}{0,2}|payoneer|пайонир\\p{L}{0,2}|wise|revolut|сбер\\p{L}{0,5}|тинькофф\\p{L}{0,2}|т-банк\\p{L}{0,2}|альфа-банк\\p{L}{0,2})';
/** What may stand between a send verb and "на карту": a person, the money, an amount. */
const RU_SEND_OBJECT =
  '(?:вам|тебе|тобі|мне|мені|деньги|гроші|кошти|сумму|суму|оплату|аванс|предоплату|передоплату|остаток|решту|залишок|вс[её]|\\p{N}[\\p{N}.,]{0,8}(?:\\s?(?:руб\\p{L}{0,4}|грн|₽|\\$|usd|доллар\\p{L}{0,3}|евро|тыс\\p{L}{0,4}|тис\\p{L}{0,4}|k|к))?)';
const RU_PLATFORM =
  '(?:площадк\\p{L}{0,2}|майданчик\\p{L}{0,2}|сайт\\p{L}{0,2}|бирж\\p{L}{0,2}|бірж\\p{L}{0,2}|платформ\\p{L}{0,2}|апворк\\p{L}{0,2}|upwork|фриланс\\p{L}{0,3}|kwork|кворк\\p{L}{0,2})';
const RU_AROUND = `(?:мимо|в\\s{1,5}обход|вне|поза|повз|минуя|оминаючи)\\s{1,5}${RU_PLATFORM}`;
const RU_NO_FEE = `без\\s{1,5}(?:комисси\\p{L}|комісі\\p{L}|процент\\p{L}{0,2}|сбор\\p{L}{0,2})(?:\\s{1,5}${RU_PLATFORM})?`;
/**
 * Paying directly, to a card, around the platform or without its fee: "оплату напрямую на
 * карту", "переведу на карту", "заплачу мимо биржи", "оплата напряму, без комісії".
 */
const RU_DIRECT = new RegExp(
  `${START}(?:${RU_PAY}(?:\\s{1,5}\\p{L}{1,15}){0,4}?\\s{1,5}(?:(?:напрямую|напряму)(?:\\s{1,5}${RU_CARD})?|прямо\\s{1,5}(?:мне|вам|тебе|мені)|${RU_CARD}|${RU_AROUND}|${RU_NO_FEE}|(?:через|по|на|в)\\s{1,5}${RU_RAIL})` +
    `|${RU_SEND}(?:\\s{1,5}${RU_SEND_OBJECT}){0,4}\\s{1,5}(?:${RU_CARD}|(?:через|по|на)\\s{1,5}${RU_RAIL}))${END}`,
  'giu',
);
/** Avoiding the platform's fee: "без комиссии площадки", "чтобы не платить комиссию бирже". */
const RU_FEE_AVOID = new RegExp(
  `${START}(?:без\\s{1,5}(?:комисси\\p{L}|комісі\\p{L})\\s{1,5}${RU_PLATFORM}|(?:не\\s{1,5}(?:платить|платити|отдавать|віддавати)|сэкономить\\s{1,5}на|заощадити\\s{1,5}на|избежать|уникнути|обойти|обійти)\\s{1,5}(?:\\p{L}{1,12}\\s{1,5}){0,1}(?:комисси\\p{L}|комісі\\p{L}))${END}`,
  'giu',
);

// Tagalog, Indonesian, Italian, Turkish, Polish, Vietnamese and Arabic: the English grammar
// (a pay word + a rail, "directly" or "to my account") in each language's word order. Hindi
// and Bengali in Latin script are HINDI_PAY's. Rails with a case ending ("Papara'dan",
// "BLIK-iem") are matched here only.

/** The platform in these languages too, with case endings ("platformą", "platforma"). */
const PLATFORM_ANY =
  '(?:upwork\\p{L}{0,3}|fiverr|platform\\p{L}{0,3}|plattform|plataforma|plateforme|piattaforma|serwis\\p{L}{0,3}|site|website|nền\\s{1,5}tảng|sàn|(?:ال)?منص[ةه]|(?:ال)?موقع)';

/** Tagalog (no past tense: "nagbayad ako sa GCash" is a story). */
const TL_PAY =
  // "i-send" from "send": a lone "i" would be a start word in every English text.
  '(?:bayad|bayaran|babayaran|magbayad|magbabayad|ibayad|ibabayad|pambayad|padala|ipadala|ipapadala|magpadala|ihulog|ihuhulog|isend|isesend|itransfer|(?<=(?<![\\p{L}])i-)(?:send|transfer)|(?:pay|send|transfer)\\s{1,5}(?:mo|ko|nyo|niyo|ninyo|natin))';
const TL_FILL =
  "(?:mo|ko|kita|ka|na|lang|nalang|po|ha|ba|nyo|niyo|ninyo|natin|ako|kami|ang|yung|ung|ulit|agad|muna|sakin|saken|sayo|sa['’](?:kin|yo)|sa\\s{1,5}(?:akin|amin|iyo|inyo)|\\$?\\p{N}[\\p{N},.]{0,9}k?|pesos?|php)";
/** Tagalog words only: "send ... via GCash" is VERB_PREP_RAIL's. */
const TL_TO = `(?:direkta|diretso|deretso|derecho|(?:sa|gamit(?:\\s{1,5}ang)?)\\s{1,5}(?:(?:aking|akin|ang|yung|ung)\\s{1,5})?(${LOCAL_DIRECT_RAIL}))`;
const TL_JUST = '(?:na\\s{1,5}lang|nalang|na\\s{1,5}lng|nlng)';
/** "bayad mo sa akin direkta", "i-send mo sa GCash ko", "GCash na lang ang bayad". */
const TL_DIRECT =
  `${TL_PAY}(?:\\s{1,5}${TL_FILL}){0,5}\\s{1,5}${TL_TO}` +
  `|(?:sa\\s{1,5}(${LOCAL_DIRECT_RAIL})(?:\\s{1,5}${TL_JUST})?|(${LOCAL_DIRECT_RAIL})\\s{1,5}${TL_JUST})(?:\\s{1,5}(?:po|ha|ho|ba|sana|kayo|ka|mo|nyo|niyo|ninyo|tayo)){0,3}\\s{1,5}(?:(?:ang|yung|ung|sa)\\s{1,5})?` +
  '(?:bayad|pambayad|payment|ibayad|ipadala|padala|i-send|isend|send|transfer|magbayad|magpadala|bayaran|babayaran|ipapadala)' +
  // "pwede po GCash na lang?": the rail asked for as the way to pay.
  `|(?:(?:pwede|puwede|pede|pwd)(?:ng)?(?:\\s{1,5}(?:po|ba|ho|na|bang|rin|din|kaya|sana)){0,3}\\s{1,5}(?:(?:sa|thru|via|gamit|yung|ang)\\s{1,5})?)?(${LOCAL_DIRECT_RAIL})\\s{1,5}${TL_JUST}(?:\\s{1,5}(?:po|ba|ho))?(?=\\s{0,5}\\?)`;

/** Indonesian and Malay: "transfer langsung ke rekening BCA saya", "bayar lewat DANA aja". */
const ID_PAY =
  '(?:transfer(?:nya|in)?|tf(?:nya|in)?|trf|(?:di)?bayar(?:nya|in|kan)?|ditransfer|pembayaran(?:nya)?|kirim(?:nya|in|kan)?|dp(?:nya)?|lunasin|pelunasan(?:nya)?|setor(?:nya|kan)?)';
const ID_FILL =
  '(?:langsung|aja|saja|dong|ya|yah|nanti|sekarang|uangnya|dananya|duitnya|duit|uang|dana|dp(?:nya)?|sisanya|full|lunas|saya|aku|gue|gw|kamu|kak|bang|mas|mbak|sis|gan|bro|pak|bu|rp\\.?\\s{0,5}\\p{N}[\\p{N},.]{0,12}|\\$?\\p{N}[\\p{N},.]{0,9}(?:\\s{0,5}(?:rb|ribu|jt|juta|k))?)';
const ID_ACCOUNT = '(?:rekening|rek|norek|nomor\\s{1,5}rekening)';
const ID_TO =
  `(?:(?:ke|lewat|pakai|pake|melalui|via)\\s{1,5}(?:(?:${ID_ACCOUNT}|akun|e-?wallet)\\s{1,5})?(?:(?:bank\\s{1,5})?(${LOCAL_DIRECT_RAIL})|${ID_ACCOUNT}\\s{1,5}(?:saya|aku|gue|gw|ku|pribadi))` +
  '|langsung\\s{1,5}ke\\s{1,5}(?:saya|aku|gue|gw|sini))';
const ID_DIRECT = `${ID_PAY}(?:\\s{1,5}${ID_FILL}){0,4}\\s{1,5}${ID_TO}`;

/** Italian: "ti pago direttamente", "pagami su PayPal", "ti giro i soldi sul mio conto". */
const IT_MONEY = '(?:pag(?:ami|arti|arvi|herò|herei|heremo|hiamo|are|o|a|hi)|pagamento|versa(?:mi|re|rti)?)';
const IT_SEND = '(?:ti\\s{1,5}(?:mando|invio|giro)|mandami|inviami|girami)';
const IT_FILL =
  '(?:ti|vi|mi|ci|il|lo|la|i|tutto|subito|pure|anche|soldi|saldo|resto|acconto|anticipo|compenso|importo|\\p{N}[\\p{N},.]{0,9}(?:\\s{0,5}(?:euro|€|k))?|€\\s{0,5}\\p{N}[\\p{N},.]{0,9})';
const IT_TO =
  `(?:(?:su|sul|sulla|con|col|tramite|via|attraverso|per|in)\\s{1,5}(?:(?:il|la|lo|mio|mia|tuo|tua|un|uno|una)\\s{1,5}){0,2}` +
  `(?:(${LOCAL_DIRECT_RAIL})|bonifico(?:\\s{1,5}bancario)?|conto(?:\\s{1,5}(?:corrente|bancario))?|iban|ricarica|contanti))`;
/** "Ricarica la mia PostePay": topping up a prepaid card is paying into it. */
const IT_RECHARGE = `ricaric(?:a|ami|are|armi|hi)(?:\\s{1,5}(?:la|il|mia|mio|pure|subito|tu|me|mi)){0,3}\\s{1,5}(${LOCAL_DIRECT_RAIL})`;
/** "ti mando" is any sending: only to a rail or an account, never "directly" alone. */
const IT_DIRECT = `${IT_RECHARGE}|${IT_MONEY}(?:\\s{1,5}${IT_FILL}){0,4}\\s{1,5}(?:direttamente|${IT_TO})|${IT_SEND}(?:\\s{1,5}${IT_FILL}){0,4}\\s{1,5}${IT_TO}`;

/** Turkish: a rail (its case ending after the apostrophe) or account, or "directly", then the verb. */
const TR_TO = `(?:(${LOCAL_DIRECT_RAIL})(?:['’]\\p{L}{1,5}|\\s{1,5}(?:ile|üzerinden|hesab\\p{L}{0,5}))|hesab(?:ıma|ima|ımıza|ına|ina)|iban(?:['’]?(?:ıma|ima|ımıza|a|ına))|iban\\s{1,5}numara(?:ma|sına))`;
const TR_STRAIGHT = '(?:direkt|direk|doğrudan|elden|aracısız)';
/** The verb every Turkish phrase ends with ("at" only in its offer forms: English "at" is everywhere). */
const TR_VERB =
  '(?:(?:öde|yap|gönder|yolla|yatır)\\p{L}{0,10}|at(?:ar|arsan|arsın|arsınız|ın|sana|abilir\\p{L}{0,6})|ed(?:er|ersen|ersin|in|eyim|elim|ebilir\\p{L}{0,6})|et)';
/** "ödemeyi Papara'dan direkt yap", "IBAN'ıma gönder", "direkt ödeme yaparım", "havale yaparım". */
const TR_DIRECT =
  '(?:(?:ödeme(?:yi|leri|ler|mi|ni|nizi|sini)?|ücret(?:i|imi|ini)?|para(?:yı|mı|nı)|bakiye(?:yi)?|kalan(?:ı)?)' +
  `(?:\\s{1,5}(?:bana|bize|\\p{N}[\\p{N},.]{0,9}(?:\\s{0,5}(?:tl|₺|lira))?)){0,3}\\s{1,5}(?:${TR_TO}(?:\\s{1,5}${TR_STRAIGHT})?|${TR_STRAIGHT})` +
  `|${TR_TO}(?:\\s{1,5}${TR_STRAIGHT})?` +
  `|${TR_STRAIGHT}(?:\\s{1,5}(?:bana|bize))?(?:\\s{1,5}(?:ödeme|havale|para))?` +
  `|(?:havale|eft)(?:yi)?)\\s{1,5}(?:(?:havale|eft)\\s{1,5})?${TR_VERB}`;
/** "direkt" + a verb is about paying only with "öde" (pay) or a pay noun: "direkt yaparım" is any doing. */
const TR_BARE_DIRECT =
  /^(?:direkt|direk|doğrudan|elden|aracısız)(?:\s{1,5}(?:bana|bize))?\s{1,5}(?!öde|yatır|havale|para)/iu;
/** "hesabıma gönder" is money only with a money word around ("GitHub hesabıma" is not). */
const TR_MONEY =
  /(?<![\p{L}])(?:ödeme\p{L}{0,4}|para\p{L}{0,3}|ücret\p{L}{0,3}|havale\p{L}{0,3}|eft|iban|banka\p{L}{0,3}|tl|₺|lira)(?![\p{L}])|\p{N}/iu;
/** After a Turkish verb stem: passive, past or progressive, so a description or a story. */
const TR_STORY =
  /(?:yap|öde|gönder|yolla|at|yatır|ed|et)(?:[ıiuü]l|n[ıiea]|\p{L}{0,4}(?:[dt][ıiuü]|m[ıiuü]ş|yor))\p{L}{0,8}$/iu;

/** Polish: "zapłać mi BLIK-iem", "przelej na moje konto", "rozliczmy się bezpośrednio". */
const PL_PAY =
  '(?:zapła(?:ć|cę|cisz|cimy|cicie|ci)|płać|płaci(?:sz|my|cie)?|płacę|opłać|opłacę|opłacisz|przelej(?:cie)?|przeleję|przelejesz|przelać|przelewam|wpłać|wpłacę|wpłacisz|rozlicz(?:my|ymy|ę|ysz|cie)?)';
const PL_FILL =
  '(?:mi|ci|nam|wam|mu|jej|się|od\\s{1,5}razu|resztę|kasę|pieniądze|zaliczkę|całość|wszystko|to|teraz|\\p{N}[\\p{N},.]{0,9}(?:\\s{0,5}(?:zł|pln|k))?)';
const PL_TO = `(?:bezpośrednio|przelewem|gotówką|(${LOCAL_DIRECT_RAIL})(?:-?(?:iem|em|a|u|ie))?|(?:przez|na|po|via)\\s{1,5}(?:(?:moje|mój|twoje|swoje|moją|twoją|prywatne)\\s{1,5})?(?:(${LOCAL_DIRECT_RAIL})(?:-?(?:a|u|em|iem))?|konto(?:\\s{1,5}bankowe)?|rachunek|numer\\s{1,5}konta))`;
const PL_DIRECT = `${PL_PAY}(?:\\s{1,5}${PL_FILL}){0,4}\\s{1,5}${PL_TO}`;

/** Vietnamese: "chuyển khoản thẳng qua Momo cho mình", "ck vào stk của mình". */
const VI_PAY =
  '(?:chuyển\\s{1,5}khoản|chuyển\\s{1,5}tiền|chuyển|ck|thanh\\s{1,5}toán|trả\\s{1,5}tiền|trả|gửi\\s{1,5}tiền|bắn\\s{1,5}tiền|bắn|nạp\\s{1,5}tiền)';
const VI_ME = '(?:mình|em|anh|chị|tôi|tớ|tui|bạn)';
const VI_FILL = `(?:thẳng|trực\\s{1,5}tiếp|luôn|riêng|cho\\s{1,5}${VI_ME}|tiền|phí|nhé|nha|giúp|giùm|hộ|trước|cọc|phần\\s{1,5}còn\\s{1,5}lại|\\p{N}[\\p{N},.]{0,9}(?:\\s{0,5}(?:k|tr|triệu|nghìn|ngàn|đ|vnđ|vnd))?)`;
const VI_ACCOUNT = '(?:tài\\s{1,5}khoản|tk|stk|số\\s{1,5}tài\\s{1,5}khoản|ví)';
const VI_TO =
  `(?:(?:qua|vào|bằng|sang|vô|tới|đến)\\s{1,5}(?:${VI_ACCOUNT}\\s{1,5})?(?:(?:ngân\\s{1,5}hàng\\s{1,5})?(${LOCAL_DIRECT_RAIL})|${VI_ACCOUNT}\\s{1,5}(?:của\\s{1,5})?${VI_ME}|ngân\\s{1,5}hàng)` +
  `|(?:thẳng|trực\\s{1,5}tiếp)\\s{1,5}(?:cho|vào|qua)\\s{1,5}(?:${VI_ME}|${VI_ACCOUNT}))`;
const VI_DIRECT = `${VI_PAY}(?:\\s{1,5}${VI_FILL}){0,4}\\s{1,5}${VI_TO}`;

/** Arabic: "تحويل بنكي مباشر", "ادفع على حسابي", "حولي على فودافون كاش". */
const AR_PAY =
  '[وف]?(?:تحويل|التحويل|حوال[ةه]|الحوال[ةه]|دفع|الدفع|ادفع|أدفع|ندفع|تدفع|ادفعلك|أدفعلك|ادفعلي|أحول|احول|نحول|حولي|حوللي|الفلوس|فلوس|المبلغ)';
/** Send verbs (Egyptian "ابعتلي" too): anything can be sent, so only to a rail. */
const AR_SEND = '[وف]?(?:ابعت|ابعث|إبعث|ارسل|أرسل|إرسل|حوّل)\\p{L}{0,4}';
const AR_RAIL =
  '(?:(?:فودافون|اورنج|أورنج|اتصالات|وي)\\s{1,5}كاش|[اإ]?نستا\\s{0,5}باي|باي\\s{0,5}بال|بايبال|ويسترن(?:\\s{1,5}يونيون)?)';
/** "مباشرة" is also "right away": it counts only before "to me", "between us", "outside". */
const AR_DIRECT =
  `${AR_PAY}(?:\\s{1,5}\\p{L}{1,12}){0,3}?\\s{1,5}(?:مباشر(?![\\p{L}])|مباشر[ةه]\\s{1,5}(?:لي|ليا|إلي|الي|لحسابي|على\\s{1,5}حسابي|بيننا|بينا|من\\s{1,5}غير|بدون|برا|بره|خارج|ب?تحويل)` +
  `|(?:على|الى|إلى)\\s{1,5}حسابي|لحسابي|(?:على|ع|عبر|ب|عن\\s{1,5}طريق)\\s{0,5}(?:${AR_RAIL}|${LOCAL_DIRECT_RAIL}))` +
  // "ابعتلي العربون على فودافون كاش": a send verb, only with a rail after it.
  `|${AR_SEND}(?:\\s{1,5}\\p{L}{1,12}){0,3}?\\s{1,5}(?:على|ع|عبر|عن\\s{1,5}طريق)\\s{0,5}(?:${AR_RAIL}|${LOCAL_DIRECT_RAIL})`;

/**
 * Paying directly or on a rail in these languages: one pattern (one pass over the start
 * words), the Turkish part named for its own checks.
 */
const LOCAL_DIRECT = new RegExp(
  `${START}(?:${TL_DIRECT}|${ID_DIRECT}|${IT_DIRECT}|(?<tr>${TR_DIRECT})|${PL_DIRECT}|${VI_DIRECT}|${AR_DIRECT})${END}`,
  'giu',
);

/** The phrase is followed by "through the platform" in its clause (not negated: "nggak lewat platform" is around it). */
const ON_PLATFORM_AFTER = new RegExp(
  '^[^.!?;,\\n]{0,40}?(?<![\\p{L}])(?<!(?:not|without|nggak|gak|ga|tidak|tanpa|usah|wag|huwag|không|khỏi|ko|nie|bez|senza|non|بدون|مش|غير)\\s{1,5})' +
    `(?:through|via|on|in|inside|within|su|sulla|tramite|attraverso|sa|lewat|melalui|di|przez|na|qua|trên|عبر|على|في|داخل|عن\\s{1,5}طريق|من\\s{1,5}خلال)\\s{1,5}(?:the\\s{1,5}|la\\s{1,5}|ang\\s{1,5})?${PLATFORM_ANY}(?![\\p{L}])` +
    '|^[^.!?;,\\n]{0,40}?(?<![\\p{L}])(?:upwork|platform|site|sistem)\\p{L}{0,4}\\s{1,5}(?:üzerinden|aracılığıyla|içinden)',
  'iu',
);

/**
 * Fee word first and the verb last (Hindi, Bengali, Turkish): "fees bachegi", "(platform er)
 * fee lagbe na", "(platforma) komisyon ödemeyiz".
 */
const FEE_AFTER = new RegExp(
  `${START}(?:fees?|commission|charges?|cut|komisyon(?:u|a|dan)?|kesinti(?:si)?)` +
    '(?:\\s{1,5}(?:bhi|to|toh|dono\\s{1,5}ki|dono\\s{1,5}ka|hamari|humari|apni|apna|amader|tomar|apnar))?\\s{1,5}' +
    '(?:bach(?:egi|ega|enge|ayenge|ayegi|ayega|\\s{1,5}ja(?:yegi|yega|yenge|egi|ega))|bachao|bachaye|bachane|bachbe|bachabo|bachano|' +
    'nahi(?:n)?\\s{1,5}(?:lag(?:egi|ega|enge)|deni\\s{1,5}padegi|dena\\s{1,5}padega|kat(?:egi|ega|enge))|lagbe\\s{1,5}na|lagbena|dite\\s{1,5}hobe\\s{1,5}na|katbe\\s{1,5}na|' +
    'öde(?:meyiz|meyelim|meden|mezsin|mezsiniz|meyeceğiz)|ver(?:meyiz|meyelim|meden|meyeceğiz)|kesil(?:mez|meden|meyecek)|olmaz|olmadan|kurtul(?:uruz|alım|ursun|ursunuz))' +
    END,
  'giu',
);

/** Gift cards as payment, the classic scam: "pay me in Steam cards", "buy a $100 gift card and send the code". */
const GIFT_WORD =
  '(?:e-?)?gift[\\s-]?(?:cards?|vouchers?)|giftcards?|(?<=(?:steam|itunes|google[\\s-]?play|play[\\s-]?store|razer(?:[\\s-]?gold)?)\\s{1,5})(?:cards?|vouchers?)';
const GIFT_GAP = "[\\p{L}\\p{N}'’$%€£/&.-]{1,20}";
/** A gift card as such, not its design or its shop; the words before it say what is done with it. */
const GIFT_CARD = new RegExp(
  `${START}(?:${GIFT_WORD})${END}` +
    '(?!\\s{1,5}(?:templates?|designs?|mockups?|graphics?|artwork|files?|pdfs?|images?|layouts?|pages?|features?|modules?|systems?|programs?|integrations?|apis?|sections?|sales|stores?|shops?|platforms?|apps?|websites?|sites?|business|tracking|inventory|balance\\s{1,5}check))',
  'giu',
);
/**
 * Right before the card: paying in cards, asking for them, or (group 1) buying them; the
 * last only when the codes are then sent back (GIFT_CODE_SENT), since buying a card for a
 * prize pays no one.
 */
const GIFT_LEAD_IN = new RegExp(
  `${START}(?:(?:pay|pays|paying|payment|payments|compensate|reimburse)(?:\\s{1,5}(?:me|us|you|him|her|them|it|will|would|can|be|is|are|the\\s{1,5}(?:rest|balance|fee|salary|bonus|advance)|\\$?\\p{N}[\\p{N},.]{0,9}(?:\\s?(?:usd|dollars?|eur|euros?))?)){0,3}\\s{1,5}(?:in|with|via|by|using|through|thru|as)` +
    '|i\\s{1,5}(?:only\\s{1,5}|also\\s{1,5})?(?:accept|take|prefer)|(?:send|text|email|give|get|buy|mail|forward)\\s{1,5}(?:me|us)|(buy|purchase|get|grab|buying|purchasing|pick\\s{1,5}up))' +
    `(?:\\s{1,5}${GIFT_GAP}){0,4}?\\s{1,5}$`,
  'iu',
);
/** The codes (or a photo of them) go back to the writer, not to winners or customers. */
const GIFT_CODE_SENT =
  /^[^.!?\n]{0,60}?(?<![\p{L}])(?:send|text|email|e-mail|mail|share|forward|give|provide|submit|upload|dm|whatsapp|message|scratch|snap)(?:\s{1,5}(?:me|us|it))?(?:\s{1,5}(?:the|all|its|those|these|your|a|an|clear|photos?|pictures?|pics?|images?|screenshots?|of|back|gift|card|cards|redemption|claim|activation|scratched|off)){0,6}\s{1,5}(?:codes?|pins?|numbers?|photos?|pictures?|pics?|screenshots?|receipts?)(?![\p{L}])(?!\s{1,5}to\s{1,5}(?:them|him|her|each|every|(?:the|our|my|your|all|their)?\s{0,5}(?:winners?|participants?|customers?|clients|users|employees|staff|recipients?|friends?|family|kids|students?|players?|members|testers?|respondents?)))/iu;

/** Right before a verb: the writer offers it or asks for it ("I'll send a PayPal invoice"). */
const OFFER_LEAD =
  "(?<![\\p{L}])(?:i['’]?ll|i\\s{1,5}will|i\\s{1,5}can|we['’]?ll|we\\s{1,5}will|we\\s{1,5}can|let\\s{1,5}me|let['’]?s|can\\s{1,5}you|could\\s{1,5}you|pls|please|just)";

/** Asking for an invoice or payment request on a named rail: "send me a PayPal invoice". */
const RAIL_INVOICE = new RegExp(
  `${START}(?:send|sends|sending|email|e-mail|issue|raise|create|generate|make|share|drop|text)(?:(\\s{1,5}(?:me|us|you|u))|(?<=${OFFER_LEAD}\\s{1,5}\\p{L}{4,8}))\\s{1,5}(?:(?:a|an|the|your|my|one)\\s{1,5})?(${BRAND_RAIL})\\s{1,5}(?:(payment|money|pay)\\s{1,5}(?:request|link)|(invoice|link))${END}`,
  'giu',
);

const MAIL_LEAD =
  "(?:mail|post|ship|courier|overnight|fedex|send|write|issue|cut)(?:\\s{1,5}(?:you|u|me|us|out))?\\s{1,5}(?:a|the|our|my|your|this)\\s{1,5}(?:(?:company|cashier['’]?s|certified|paper|business|personal|bank|physical)\\s{1,5})?";
const MAIL_BEFORE = new RegExp(`(?<![\\p{L}])${MAIL_LEAD}$`, 'iu');
/** What follows a mailed check that is money: an amount, "payable to", "clears", the equipment. */
const CHECK_MONEY =
  /(?:of|for)\s{1,5}(?:[$€£]|usd\s?)\s?\p{N}|\p{N}[\p{N},.]{0,9}\s?(?:usd|dollars)|(?<![\p{L}])(?:payable|clears?|cleared|cash\s{1,5}it|deposit\p{L}{0,3}|equipment|vendor|supplier|purchase|buy)(?![\p{L}])/iu;

const REFUND_LEAD =
  '(?:refund|send\\s{1,5}back|return|reimburse)(?:\\s{1,5}(?:me|us|the|difference|extra|excess|overpayment|balance|rest|amount|it|\\$?\\p{N}[\\p{N},.]{0,9})){0,4}\\s{1,5}(?:to|into|via|through|on|with|by)\\s{1,5}(?:my|our)';
const REFUND_BEFORE = new RegExp(`(?<![\\p{L}])${REFUND_LEAD}\\s{1,5}$`, 'iu');
const GIVE_LEAD =
  "(?:i['’]?ll|i\\s{1,5}will|i\\s{1,5}can|let\\s{1,5}me|i['’]?m\\s{1,5}(?:gonna|going\\s{1,5}to))\\s{1,5}(?:send|give|drop|share|text|dm|pm|pass|forward)(?:\\s{1,5}(?:you|u|ya))?\\s{1,5}(?:my|our)";
const GIVE_BEFORE = new RegExp(`(?<![\\p{L}])${GIVE_LEAD}\\s{1,5}$`, 'iu');

/**
 * Talk around a rail, one rail-led pattern (the words before a rail are everywhere, rails
 * are not), the kind named by the empty group of the lead-in that the lookbehind holds:
 * - ask: "can u do paypal instead", "have you got Revolut?", "how about Zelle?"
 * - askLocal, askHi, askTl: "¿aceptas Bizum?", "Hast du Revolut?", "aapke paas Paytm hai",
 *   "may GCash ka ba"
 * - doVia: "can we do the remaining $400 through Zelle?", "send the balance to the vendor
 *   via Zelle", "do it through M-Pesa directly"
 * - refund: "refund the difference to my Cash App" (the overpayment scam)
 * - give: the writer's own handle, "I'll send you my PayPal", "let me drop my Venmo"
 * What must follow the rail for each kind is RAIL_TALK_TAIL's.
 */
const RAIL_TALK = new RegExp(
  `${START}(?<=(?<![\\p{L}])(?:${ASK_HAS_LEAD}(?<ask>)|${ASK_HAS_LOCAL_LEAD}(?<askLocal>)|${HI_HAS_LEAD}(?<askHi>)|may(?<askTl>)` +
    `|${DO_VIA_LEAD}(?<doVia>)|${REFUND_LEAD}(?<refund>)|${GIVE_LEAD}(?<give>))\\s{1,5})` +
    `(${BRAND_RAIL})${END}(?:\\s{1,5}(?:or|and|o|ou|oder|u|atau|/)\\s{1,5}${BRAND_RAIL}${END})?`,
  'giu',
);
type RailTalk = 'ask' | 'askLocal' | 'askHi' | 'askTl' | 'doVia' | 'refund' | 'give';
const RAIL_TALK_TAIL: Record<RailTalk, RegExp> = {
  // The question ends at the rail, or "instead", "directly" (not "PayPal's API").
  ask: /^\s{0,5}(?:\?|instead(?![\p{L}])|direct(?:ly)?(?![\p{L}]))/iu,
  askLocal: /^\s{0,5}\?/u,
  askHi: /^(?:\s{1,5}(?:account|wallet))?\s{1,5}(?:hai|he|h)(?![\p{L}\p{N}])/iu,
  askTl: /^\s{1,5}(?:ka|kayo|po\s{1,5}kayo|ba\s{1,5}kayo|ka\s{1,5}ba)(?![\p{L}\p{N}])/iu,
  doVia: new RegExp(`^${NOT_MEANS}`, 'iu'),
  refund: /^/u,
  // A label may follow ("my PayPal email"), not what is built or kept on it ("my PayPal API").
  give: new RegExp(
    `^${RAIL_LABEL}(?!\\s{1,5}(?:receipts?|statements?|logs?|screenshots?|api|keys?|credentials|password|login|invoices?|history|transactions?|reports?|dashboard|integration|code))`,
    'iu',
  ),
};
/**
 * The word right before RAIL_TALK's rail is the last word of one of its lead-ins: most rails
 * are not after one, and a Set lookup is cheaper than the lookbehinds.
 */
const RAIL_TALK_LAST_WORDS = new Set([
  // ask
  ...'do use with have got about a an'.split(' '),
  // askLocal, with its articles
  ...'aceptas acepta aceptan aceptás aceptáis aceita aceitas aceitam tem usa tens tienes tenés tiene usas usás'.split(
    ' ',
  ),
  ...'acceptes acceptez vous as avez utilises utilisez tu du sie ihr accetti accettate hai avete usi usate punya ada'.split(
    ' ',
  ),
  ...'el o le la un une ein eine einen il uno'.split(' '),
  // askHi, askTl, doVia, refund, give
  ...'paas pas may via through thru by over using on my your our'.split(' '),
]);

const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x202f;

/** The word before `at` (up to 5 spaces back), lower-cased. */
function wordBefore(text: string, at: number): string {
  let i = at;
  for (let k = 0; k < 5 && i > 0 && isSpaceCode(text.charCodeAt(i - 1)); k++) i--;
  if (i === at) return '';
  let j = i;
  while (j > 0 && i - j < 12 && isLetterCode(text.charCodeAt(j - 1))) j--;
  return text.slice(j, i).toLowerCase();
}

/** RAIL_TALK tried only at rails after one of its last words. */
function railTalkMatches(words: TextWords): RegExpExecArray[] {
  const a = ANCHORED.get(RAIL_TALK) as Anchored;
  const out: RegExpExecArray[] = [];
  if (!words.holds(a)) return out;
  for (const at of words.at[a.lead] as number[]) {
    if (!RAIL_TALK_LAST_WORDS.has(wordBefore(words.text, at))) continue;
    a.sticky.lastIndex = at;
    const m = a.sticky.exec(words.text);
    if (m !== null) out.push(m);
  }
  return out;
}

const RAIL_TALK_BEFORE: Record<RailTalk, RegExp> = {
  ask: ASK_HAS_BEFORE,
  askLocal: ASK_HAS_BEFORE,
  askHi: ASK_HAS_BEFORE,
  askTl: ASK_HAS_BEFORE,
  doVia: DO_VIA_BEFORE,
  refund: REFUND_BEFORE,
  give: GIVE_BEFORE,
};

/**
 * A handle named a few words after its rail: "Venmo works too, I'm @Sam-Lee", "cash app is
 * easiest for me $SamLee01" (a $cashtag is Cash App's alone).
 */
const RAIL_HANDLE_NEAR = new RegExp(
  `${START}(?<!(?:about|of|on|with|for|regarding|like|re)\\s{1,5})(${railsOf('venmo', 'cashapp', 'paypal', 'revolut', 'zelle')})${END}[^.!?\\n@$]{0,40}?(?<![\\p{L}])(?:i['’]?m|i\\s{1,5}am|find\\s{1,5}me\\s{1,5}(?:as|at)|(?:my\\s{1,5})?(?:handle|username|user\\s?name|tag|cashtag|id)(?:\\s{1,5}is)?|it['’]?s)\\s{0,5}[:=-]?\\s{0,5}(@[A-Za-z0-9_][A-Za-z0-9_.-]{1,39})(?![\\p{L}\\p{N}])` +
    `|${START}(${railsOf('cashapp')})${END}[^.!?\\n@$]{0,60}?(?<![\\p{L}\\p{N}])(\\$[A-Za-z][A-Za-z0-9_]{2,20})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Building an app's screens, not paying in it. */
const RAIL_UI_TOPIC =
  /(?<![\p{L}])(?:clone|ui|ux|figma|mockups?|screens?|wireframes?|prototypes?|components?|mock|demo)(?![\p{L}])/iu;

/** "close the contract here": what is left is then paid elsewhere. */
const CONTRACT_HERE =
  /(?<![\p{L}])(?:contract|milestone|vertrag|contratto|contrato|contrat|kontrak|kontrata|العقد)\p{L}{0,3}[^.!?\n]{0,40}?(?<![\p{L}])(?:here|hier|qui|aquí|aqui|ici|هنا|dito|di\s{1,5}sini)(?![\p{L}])/iu;

const PLATFORM =
  '(?:upwork|fiverr|freelancer(?:\\.com)?|toptal|peopleperhour|guru(?:\\.com)?|platform|plataforma|plateforme|plattform|site|website)';
/** Going around the platform: "outside Upwork", "not through Upwork", "no need for Upwork". */
const OUTSIDE_PLATFORM = new RegExp(
  `${START}(?:outside(?:\\s{1,5}of)?|off|not\\s{1,5}(?:through|via|on|in|using)|instead\\s{1,5}of(?:\\s{1,5}(?:through|via|using|on))?|bypass(?:ing)?|circumvent(?:ing)?|without(?:\\s{1,5}(?:using|going\\s{1,5}through))?|no\\s{1,5}need\\s{1,5}(?:for|of)|around|skip(?:ping)?|cut(?:ting)?\\s{1,5}out|` +
    "fuera\\s{1,5}de|por\\s{1,5}fuera\\s{1,5}de|sin|fora\\s{1,5}d[oa]|por\\s{1,5}fora\\s{1,5}d[oa]|sem|en\\s{1,5}dehors\\s{1,5}d(?:e|')|hors(?:\\s{1,5}d(?:e|'))?|sans|au(?:ß|ss)erhalb(?:\\s{1,5}von)?|ohne)" +
    `\\s{0,5}(?:the\\s{1,5}|this\\s{1,5}|la\\s{1,5}|el\\s{1,5}|a\\s{1,5}|o\\s{1,5}|der\\s{1,5}|die\\s{1,5}|das\\s{1,5}|l')?${PLATFORM}${END}` +
    // "Upwork se bahar", "platform er baire": from the postposition, the platform before it.
    `|${START}(?<=(?:upwork|fiverr|platform|site)\\s{1,5}(?:ke|se|k|er|r)\\s{1,5})(?:bahar|baahar|bagair|baghair|bina|baire|bahire|chara|chhara)${END}` +
    `|${START}${RU_AROUND}${END}` +
    // Bare "por fora" / "por fuera": off the books; "por fora da caixa" is a place.
    `|${START}por\\s{1,5}(?:fora|fuera)${END}(?!\\s{1,5}(?:d[eoa]s?|del)(?![\\p{L}]))`,
  'giu',
);
/** The same in Italian, Indonesian, Tagalog, Polish, Vietnamese, Arabic and Turkish (kept apart: own start words). */
const OUTSIDE_LOCAL = new RegExp(
  `${START}(?:` +
    'fuori(?:\\s{1,5}(?:dalla|dal|da|di|della|del))?|senza\\s{1,5}passare\\s{1,5}(?:dalla|dal|da|per\\s{1,5}la|per)|' +
    'luar|tanpa\\s{1,5}(?:lewat|melalui)|(?:nggak|ngga|gak|ga|tidak|enggak|ndak)\\s{1,5}(?:usah\\s{1,5}|perlu\\s{1,5})?(?:lewat|melalui)|' +
    'labas(?:\\s{1,5}(?:na\\s{1,5}lang|nalang|lang|po|na)){0,2}\\s{1,5}(?:ng|sa)|hindi\\s{1,5}(?:na\\s{1,5})?(?:dadaan|dumaan)\\s{1,5}sa|(?:wag|huwag)\\s{1,5}(?:na\\s{1,5})?(?:dumaan\\s{1,5})?sa|' +
    'poza|z\\s{1,5}pominięciem|omijając|nie\\s{1,5}przez|' +
    '(?:khỏi|không|ko|chẳng|đỡ)\\s{1,5}(?:cần\\s{1,5}|phải\\s{1,5})?(?:qua|thông\\s{1,5}qua|đi\\s{1,5}qua)|(?:bên\\s{1,5})?ngoài|' +
    'برا|بره|برة|خارج|بعيد\\s{1,5}عن|من\\s{1,5}(?:برا|بره|غير)|بدون|بلا)' +
    `\\s{1,5}${PLATFORM_ANY}${END}` +
    // Turkish postpositions: "platform dışında", "Upwork'ün dışında".
    `|${START}(?<=(?:upwork|fiverr|platform|site)(?:['’]?(?:un|ün|ın|in|nin|nun|u|ü|ı|dan|tan|den))?\\s{1,5})(?:dışında|dışından|dışı|haricinde)${END}`,
  'giu',
);

/** The platform before a postposition of OUTSIDE_PLATFORM or OUTSIDE_LOCAL. */
const POSTPOSITION_PLATFORM =
  /(?<![\p{L}\p{N}])(?:upwork|fiverr|platform|site)(?:['’]?\p{L}{1,3})?\s{1,5}(?:(?:ke|se|k|er|r)\s{1,5})?$/iu;

/** Non-global copies for .test(), which would otherwise move a shared lastIndex. */
const OUTSIDE_PLATFORM_ONCE = new RegExp(OUTSIDE_PLATFORM.source, 'iu');
const OUTSIDE_LOCAL_ONCE = new RegExp(OUTSIDE_LOCAL.source, 'iu');
const isOutsideCue = (ctx: string): boolean => OUTSIDE_PLATFORM_ONCE.test(ctx) || OUTSIDE_LOCAL_ONCE.test(ctx);
const DIRECT_WORD =
  /(?<![\p{L}])(?:direct(?:ly)?|outside|off[\s-]platform|direkt[ao]?|diretso|deretso|derecho|langsung|dirett(?:o|a|amente)|directamente|diretamente|directement|bezpośrednio|doğrudan|direk|trực\s{1,5}tiếp|thẳng|sorasori|shorashori|seedha|sidha|seedhe|sidhe|مباشر[ةه]?)(?![\p{L}])/iu;
const ANY_RAIL = new RegExp(
  `${START}(?:${BRAND_RAIL}|${LOCAL_BANKS}|bank|wire|cash|rekening|przelew\\p{L}{0,3}|havale|iban|bonifico|chuyển\\s{1,5}khoản|stk|تحويل|حوال[ةه])${END}`,
  'iu',
);

/** A product or its users around a bare "no fee": a description, not an offer. */
const PRODUCT_WORD = /(?<![\p{L}])(?:apps?|application|website|store|shop|feature|users?|customers?)(?![\p{L}])/iu;

/** Avoiding the platform's fee: "skip the fees", "to avoid the commission", "no fees for both of us". */
const FEE_AVOID = new RegExp(
  `${START}(?:(avoid(?:ing)?|skip(?:ping)?|sav(?:e|es|ing)(?:\\s{1,5}(?:us|you|u|me|ourselves|yourself)(?:\\s{1,5}both)?)?(?:\\s{1,5}on)?|` +
    `(?<=(?:hindi|di)\\s{1,5}(?:na\\s{1,5})?(?:po\\s{1,5})?)(?:kaltasan|kakaltasan|makaltasan|bawasan|mabawasan|babawasan)|bypass(?:ing)?|dodg(?:e|ing)|cut(?:ting)?(?:\\s{1,5}out)?|evad(?:e|ing)|get(?:ting)?\\s{1,5}around|(?:rather|prefer)\\s{1,5}not\\s{1,5}(?:to\\s{1,5})?pay|(?:don'?t|do\\s{1,5}not)\\s{1,5}want\\s{1,5}to\\s{1,5}pay|evitar|ahorrar(?:nos)?|economizar|éviter|sparen|` +
    // Italian, Polish, Indonesian, Vietnamese, Arabic, Tagalog.
    'evit(?:are|iamo|ando|a)|risparmi(?:are|amo|ando)|salt(?:are|iamo)|aggir(?:are|iamo|ando)|obej(?:dziemy|dziesz|dę|ść|dźmy)|omin(?:iemy|iesz|ąć)|unikn(?:iemy|iesz|ąć|ę)|uniknijmy|zaoszczędzi(?:my|sz|ć)|' +
    'hemat|menghindari|hindari|hindarin|ngindarin|tránh|né|(?:khỏi|đỡ)\\s{1,5}(?:bị\\s{1,5}|phải\\s{1,5})?(?:mất|trả|chịu|tốn)|tiết\\s{1,5}kiệm|' +
    '[وف]?(?:نوفر|توفير|نتجنب|تجنب|نتفادى|تفادي|نتهرب\\s{1,5}من)|iwas(?:an)?|makaiwas|makatipid)' +
    '|(no|without|zero|sin|sem|sans|ohne|senza|niente|nessuna|bez|tanpa|bebas|walang|wala\\s{1,5}(?:nang|ng|na)|(?:nggak|ngga|gak|ga|tidak|tak|enggak|ndak)\\s{1,5}(?:kena|ada|usah\\s{1,5}bayar|perlu\\s{1,5}bayar)|' +
    'nie\\s{1,5}(?:płacić|płacimy|zapłacimy|płacisz|zapłacisz|oddawać|dawać)|(?:không|ko)\\s{1,5}(?:bị\\s{1,5}|phải\\s{1,5})?(?:mất|trả|chịu|tốn)|بدون|بلا|من\\s{1,5}غير|دون))' +
    // A share counts as a determiner: "skip the 10% fee".
    "\\s{1,5}((?:the|all(?:\\s{1,5}the)?|any|those|these|their|upwork(?:'s|’s)?|platform|site|service|extra|its|a|las|los|la|os|as|les|die|la\\s{1,5}de|de|il|i|gli|lo|le|ang|yung|ng|\\p{N}{1,2}(?:[.,]\\p{N})?\\s?%)\\s{1,5}){0,4}" +
    '(fees?|commissions?|comisi[oó]n|comiss[aã]o|comissões|taxas?|frais|gebühr(?:en|e)?|provision|service\\s{1,5}(?:fee|charge)|cut|percentage|' +
    'commission[ei]|provvigion[ei]|prowizj[iaęą]|opłat[yę]?|potongan|komisi|biaya\\s{1,5}(?:admin|platform|layanan)|phí|hoa\\s{1,5}hồng|chiết\\s{1,5}khấu|(?:ال)?عمول[ةه]|(?:ال)?رسوم|' +
    '(?:plattform|vermittlungs|service|upwork)(?:gebühr(?:en|e)?|provision(?:en)?))' +
    // Whose fee, after it: "commissione della piattaforma", "potongan platform", "phí sàn".
    `(?:\\s{1,5}(?:della|dell['’]|del|of|de|da|sa|ng|dari|di|na|của|trên)?\\s{0,5}(${PLATFORM_ANY}))?` +
    END,
  'giu',
);

/** "f&f", "friends and family": PayPal's fee-free personal transfer, used to dodge disputes too. */
const FRIENDS_FAMILY = new RegExp(
  `${START}(?:f\\s?&\\s?f|f\\s?n\\s?f|friends?\\s{1,5}(?:and|&|n)\\s{1,5}family|amigos\\s{1,5}y\\s{1,5}familia|amigos\\s{1,5}e\\s{1,5}fam[ií]lia|entre\\s{1,5}(?:amis|proches)|freunde\\s{1,5}(?:und|&)\\s{1,5}familie)${END}`,
  'giu',
);

const FF_CUE = new RegExp(`${START}(?:${BRAND_RAIL}|pay\\w{0,4}|send|sent|gift)${END}`, 'iu');

/** Payment links: paypal.me/jane and the like. */
const PAYMENT_LINK =
  /(?<![\p{L}\p{N}.@/-])(?:https?:\/\/)?(?:www\.)?(paypal\.me|paypal\.com\/(?:paypalme|donate|invoice|pools|send)|venmo\.com(?:\/u)?|account\.venmo\.com\/u|cash\.app|revolut\.me|wise\.com\/pay(?:\/me)?|payoneer\.com\/request|gcash\.me|razorpay\.me|rzp\.io\/l|paystack\.com\/pay|flutterwave\.com\/pay|buy\.stripe\.com|checkout\.stripe\.com|monzo\.me|paypal\.com\/ncp\/payment)\/[\p{L}\p{N}$@._%~+-]{1,80}/giu;
/** The same spelled out: "pay pal dot me slash jane" (matched from "pal": "pay" is everywhere). */
const SPELLED_LINK =
  /(?<![\p{L}\p{N}])(p[a4@]yp[a4@][l1]|(?<=p[a4@]y\s)p[a4@][l1]|revolut|monzo|gcash)\s{0,3}[([]?dot[)\]]?\s{0,3}me\s{0,3}(?:\/|[([]?slash[)\]]?)\s{0,3}[\p{L}\p{N}_.-]{2,40}/giu;

/** Hindi/Urdu (Latin script): "easypaisa pe bhej do", "jazzcash kar do", "paise direct bhej do". */
const HI_SEND =
  '(?:bhej(?:o|do|dein|den|dena|iye|dijiye)?|bhej\\s{1,5}(?:do|dein|dena|dijiye)|send\\s{1,5}kar(?:o|do|dein|dena)?|transfer\\s{1,5}kar(?:o|do|dein|dena|dijiye)?|daal(?:o|do|dein)?|dal\\s{1,5}do|de\\s{1,5}do|dedo)';
/** Bengali (Latin script): "pathiye din", "diye den"; BN_DO ("koren", do) only after a money word. */
const BN_SEND =
  '(?:pathan|pathaben|pathabo|pathao|pathiye\\s{1,5}(?:din|den|dao|diben|deben)|diye\\s{1,5}(?:din|den|dao|diben|deben)|(?:send|transfer)\\s{1,5}(?:koren|korun|koro|korben|kore\\s{1,5}(?:din|den|dao)))';
const BN_DO = '(?:koren|korun|koro|korben|kore\\s{1,5}(?:din|den|dao|diben|deben))';
/** After a rail or an account: "pe (direct) bhej do"; after a rail, "(ya Easypaisa) pe kar do" too. */
const HI_ON =
  '\\s{1,5}(?:pe|par|per|mein|main|me|mai|pr|se)\\s{1,5}(?:(?:direct|directly|seedha|sidha|seedhe|sidhe)\\s{1,5})?(?:(?:paise|paisay|paisa|pese|payment|amount|raqam|rakam)\\s{1,5})?';
const HI_DO = '(?:kar\\s{0,5}(?:do|dein|den|dena|dijiye|o)|kardo|kr\\s{0,5}do|krdo)';
const HI_DO_BN = `\\s{1,5}(?:${HI_DO}|kore\\s{1,5}(?:din|den|dao)|koren|korun)`;
const BN_ON = `(?:\\s{1,5}(?:e|te|ey|diye)|-(?:e|te))\\s{1,5}(?:(?:payment|amount|taka|tk)\\s{1,5}(?:${BN_DO}|${BN_SEND})|${BN_SEND})`;
/** A rail's id handed over: "(apna) UPI id bhej do", "PayPal email share karo". */
const HI_ID_SEND =
  '\\s{1,5}(?:id|number|no\\.?|details|account|email|qr(?:\\s{1,5}code)?)\\s{1,5}(?:bhej\\p{L}{0,6}|send\\s{1,5}kar\\p{L}{0,4}|share\\s{1,5}kar\\p{L}{0,4}|de\\s{1,5}(?:do|dein|dijiye)|dedo|bata\\s{1,5}(?:do|dein|dijiye)|batao)';
/** Also Bengali: "bKash e payment koren", "taka sorasori amake pathan"; and "bank transfer karo". */
const HINDI_PAY = new RegExp(
  // A rail first (matched once), then what is done on it.
  `${START}(?:(${BRAND_RAIL})(?:(?:\\s{1,5}(?:ya|or|aur|/)\\s{1,5}${BRAND_RAIL})?${HI_ON}(?:${HI_SEND}|${HI_DO})|${HI_DO_BN}|${BN_ON}|${HI_ID_SEND})` +
    `|(account|acc|khate|khata)${HI_ON}${HI_SEND}` +
    `|(bank\\s{1,5}transfer|online\\s{1,5}transfer|neft|imps|rtgs)${HI_DO_BN}` +
    `|(rocket|upay|account)${BN_ON}` +
    `|(?:paise|paisay|paisa|pese|payment|raqam|rakam|amount|taka)\\s{1,5}(?:direct|seedha|sidha|seedhe|sidhe|directly|alag\\s{1,5}se|sorasori|shorashori)\\s{1,5}(?:(?:mujhe|amake)\\s{1,5})?(?:${HI_SEND}|${BN_SEND}|${BN_DO}|de|kar|transfer|send|daal)` +
    // The writer's own wallet named: "Mera Easypaisa account hai".
    `|(?:mera|meri|mere|hamara|humara)\\s{1,5}(${BRAND_RAIL})\\s{1,5}(?:account|acc|wallet|number|id)\\s{1,5}(?:hai|he|h|bhi\\s{1,5}hai))${END}`,
  'giu',
);

/** Brazil's Pix: "chave pix", "meu pix", "faz um pix", "pix: ...". */
const PIX = new RegExp(
  `${START}(?:chave\\s{1,5}(?:do\\s{1,5})?pix|(?:meu|minha|seu|sua)\\s{1,5}(?:chave\\s{1,5})?pix|pix\\s{0,5}[:=]|pix\\s{1,5}key|(?:faz|faça|fazer|manda|mande|mandar|envia|envie|enviar|me\\s{1,5}(?:faz|manda|envia))\\s{1,5}(?:um|o|a)?\\s{0,5}pix)${END}`,
  'giu',
);

/** UPI virtual payment addresses: name@okhdfcbank, 98xxxxxxxx@ybl. */
const UPI_PSPS =
  'okhdfcbank|okicici|oksbi|okaxis|ybl|ibl|axl|paytm|pthdfc|ptsbi|ptyes|ptaxis|upi|apl|yapl|rapl|abfspay|axisbank|hdfcbank|icici|sbi|kotak|' +
  'axisb|yesbank|yesbankltd|idfcbank|idfcfirst|indus|federal|rbl|pnb|barodampay|mahb|kbl|uboi|unionbank|cnrb|boi|freecharge|airtel|jupiteraxis|' +
  'fbl|naviaxis|superyes|slc|waicici|wahdfcbank|wasbi|waaxis|ikwik|timecosmos|axisbank|dbs|jio|amazonpay|postbank|kmbl|citi|hsbc|sc|aubank|dlb|equitas|fino|tjsb';
const UPI_ID = new RegExp(
  `(?<![\\p{L}\\p{N}._@-])([a-z0-9][a-z0-9._-]{1,48})@(${UPI_PSPS})(?![\\p{L}\\p{N}@]|\\.[\\p{L}\\p{N}])`,
  'giu',
);

/** Sharing or asking for bank details: "my bank details:", "send me your bank account details". */
const BANK_DETAILS = new RegExp(
  `${START}(?:(?:my|your|ur|our)\\s{1,5}(?:bank(?:ing)?|wire)\\s{1,5}(?:account\\s{1,5})?(?:details|info|information|coordinates)|(?:bank(?:ing)?|wire)\\s{1,5}(?:account\\s{1,5})?(?:details|info)\\s{0,5}:(?=[^\\n]{0,40}\\p{N})` +
    '|(?:mis|tus|sus|meus|teus|seus|vos|tes|mes|deine|meine)\\s{1,5}(?:datos\\s{1,5}bancarios|dados\\s{1,5}banc[aá]rios|coordonn[ée]es\\s{1,5}bancaires|bankdaten|bankverbindung)' +
    `|(?:datos\\s{1,5}bancarios|dados\\s{1,5}banc[aá]rios|coordonn[ée]es\\s{1,5}bancaires|bankdaten|bankverbindung)\\s{0,5}:(?=[^\\n]{0,40}\\p{N}))${END}`,
  'giu',
);
/** Whose account, in the languages the asks are written in (Hinglish "aapka", "mera" too). */
const ACCOUNT_OWNER =
  '(?:my|your|ur|yr|our|aapka|apka|aap\\s{1,5}ka|apna|apni|tumhara|tera|mera|meri|hamara|tu|su|mi|seu|sua|meu|minha|votre|deine|ihre|meine|unsere)';
/** The first word of WORD_TALK's account kinds, looked at before the owner behind it. */
const ACCOUNT_NOUN = `(?:bank|banking|account|acc|acct|khata|iban|ifsc|routing|sort|swift|clabe|cbu|cvu|kontonummer|n[uú]mero|${CRYPTO_WALLET_WORD}|wallet)(?![\\p{L}])`;
/**
 * Word-led talk of cash, checks, accounts and the rest of the money, one pattern (its kind
 * named by a group):
 * - cash: the cash word after its preposition ("in contanti", "en efectivo", "en espèces",
 *   "em dinheiro", "in bar", "наличными", "نقدا", "tunai"); CASH_LEAD before it makes it an
 *   offer. Hindi puts the verb after: "cash mein de dunga".
 * - check: a mailed check, the fake-check scam ("our company will mail you a check of $2,850
 *   to purchase your equipment") or paying by post ("Mail the check to ..."); base forms
 *   only ("mailed me a check" is a story); CHECK_MONEY after it.
 * - account: an account to pay into, asked for or named ("send me your bank account number
 *   and IFSC", "what's your wallet address", "je vous envoie mon RIB", "kirim alamat wallet
 *   TRC20 kamu"); the owner ("my", "your" are everywhere) in a lookbehind. Group wallet:
 *   a crypto wallet; group idNoun: the Indonesian noun.
 * - rest: "the rest outside", bare ("den Rest außerhalb ... regeln", "the balance
 *   off-platform"); money or "the contract here" around it.
 */
const WORD_TALK = new RegExp(
  `${START}(?:(?<cash>(?:(?:cash|contanti|contante|efectivo|contado|esp[eè]ces|liquide|dinheiro|esp[ée]cie|bar)(?<=(?:in|en|em|al|you|u)\\s{1,5}\\p{L}{3,9})(?:\\s{1,5}vivo)?` +
    '|наличн(?:ыми|ими|ой)|наличкой|налом|кэшем|(?<!(?:فودافون|اورنج|أورنج|اتصالات|وي)\\s{1,5})(?:نقد(?:ا|اً|ًا)|كاش)|tunai' +
    '|cash\\s{1,5}(?:mein|me|mai|main|hi)\\s{1,5}(?:de\\s{1,5}(?:dunga|denge|doonga|do|dena|dijiye)|dunga|denge|pay\\s{1,5}kar\\p{L}{0,4}))' +
    `${END}(?!\\s{1,5}(?:flow|back|register|prize|prizes|machine|value|equivalent|reserves?|out|advance|app|charts?|graphs?|plots?|codes?|format)))` +
    `|(?<check>(?:check|cheque)(?<=(?<![\\p{L}])${MAIL_LEAD}\\p{L}{5,6})${END}` +
    '(?![-‐]|\\s{1,5}(?:in|list|box|point|mark|up|sum|digit|run|results?|script|job|status|logs?)(?![\\p{L}])))' +
    `|(?<account>(?=${ACCOUNT_NOUN})(?<=(?<![\\p{L}])${ACCOUNT_OWNER}\\s{1,5})(?:` +
    '(?:bank(?:ing)?\\s{1,5}(?:account|a/c|acc|acct|khata)\\s{1,5}(?:number|no\\.?|num|#|details)|(?:account|acc|acct|khata)\\s{1,5}(?:number|no\\.?|num|#)\\s{1,5}(?:and|&|aur|or|\\+|y|e|et|und)\\s{1,5}(?:the\\s{1,5}|your\\s{1,5})?(?:ifsc|routing|sort\\s{1,5}code|swift|bic|iban|bsb|bank\\s{1,5}name)' +
    '|(?:routing|sort\\s{1,5}code|ifsc|swift|bic|iban|bsb)(?:\\s{1,5}(?:number|no\\.?|code))?\\s{1,5}(?:and|&|aur|\\+|,)\\s{1,5}(?:the\\s{1,5}|your\\s{1,5})?(?:bank\\s{1,5})?account\\s{1,5}(?:number|no\\.?|num|#))' +
    '|(?:iban|ifsc(?:\\s{1,5}code)?|routing\\s{1,5}(?:number|no\\.?)|sort\\s{1,5}code|swift\\s{1,5}code|clabe|cbu|cvu|kontonummer|n[uú]mero\\s{1,5}de\\s{1,5}(?:cuenta|conta)(?:\\s{1,5}banc[aá]ria)?)' +
    `|(?<wallet>${CRYPTO_WALLET_WORD}(?:\\s{1,5}${CRYPTO_WALLET_WORD}){0,2}\\s{1,5}(?:wallet(?:\\s{1,5}(?:address|addy|id))?|address|addy)|wallet\\s{1,5}(?:address|addy|id)))${END}` +
    `|rib(?<=(?<![\\p{L}])(?:mon|ton|votre|notre|vos|un|le)\\s{1,5}rib)${END}` +
    `|(?=(?:wallet|dompet|rekening|norek)(?![\\p{L}]))(?<=(?<![\\p{L}])(?:kirim(?:in|kan)?|kasih|minta|share|bagi(?:kan)?|info(?:in|kan)?)\\s{1,5}(?:(?:alamat|nomor|no\\.?)\\s{1,5})?)(?<idNoun>wallet|dompet|rekening|norek)(?:\\s{1,5}(?:usdt|trc-?20|erc-?20|bep-?20|crypto|kripto|binance|bank|bca|bni|bri|mandiri)){0,2}(?:\\s{1,5}(?:kamu|anda|lu|lo|kakak|kak|mu))?${END})` +
    `|(?<rest>(?:rest(?:betrag|summe|zahlung)?|remaining|remainder|balance|saldo|resto|reste|restant|restante|sisanya|الباقي|والباقي)(?!\\s{1,5}(?:of|del|de|da|do|von|der|des|di|della|du)(?![\\p{L}]))` +
    `(?:\\s{1,5}${GAP_WORD}){0,3}?\\s{1,5}(?:outside|au(?:ß|ss)erhalb|fuori|(?:por\\s{1,5})?(?:fuera|fora)|dehors|off[\\s-]platform|di\\s{1,5}luar|بره|برا|خارج)${END}))`,
  'giu',
);
/** The account's value right after its name (the identifier finders take that). */
const ACCOUNT_VALUE_AFTER = /^(?:\s{0,5}(?:no\.?|nr\.?|number|num|#|code|is|:|=|-)){0,3}\s{0,5}[A-Za-z]{0,4}\p{N}/iu;

/** A wallet address as a dApp's input, not a payee's. */
const WALLET_TOPIC =
  /(?<![\p{L}])(?:test\p{L}{0,3}|whitelist\p{L}{0,3}|allowlist\p{L}{0,3}|airdrop\p{L}{0,3}|mint\p{L}{0,3}|connect\p{L}{0,3}|dapp|nft|login|log\s{1,5}in|sign\s{0,5}in|faucet|stak\p{L}{1,4}|validator|gas|field|input|form)(?![\p{L}])/iu;

/** Bank details kept in the platform's own settings are how it pays out. */
const IN_PLATFORM =
  /(?<![\p{L}])(?:(?:in|on|to|inside|into)\s{1,5}(?:(?:the\s{1,5})?(?:upwork|fiverr)|the\s{1,5}platform|(?:your|my)\s{1,5}(?:upwork\s{1,5})?(?:profile|settings))|payout\s{1,5}(?:settings|method|details)|withdraw\w{0,4}|get\s{1,5}paid\s{1,5}(?:by|from|through)\s{1,5}upwork)(?![\p{L}])/iu;

/** Bank account details: an account number with a bank code (routing, sort code, SWIFT, IFSC...). */
const ACCOUNT_NUMBER = new RegExp(
  `${START}(?:(?:bank\\s{1,5})?(?:account|acct|acc)\\s{0,5}(?:number|no\\.?|num|#)|a\\/c(?:\\s{0,5}(?:no\\.?|#))?|n[uú]mero\\s{1,5}de\\s{1,5}cuenta|n[uú]mero\\s{1,5}da\\s{1,5}conta|kontonummer|num[ée]ro\\s{1,5}de\\s{1,5}compte|clabe|cbu|cvu)\\s{0,5}[:#=-]?\\s{0,5}\\p{N}[\\p{N} -]{4,24}\\p{N}${END}`,
  'giu',
);
/**
 * Account numbers a few words after their label, checked in code: a Mexican CLABE ("mi CLABE
 * para la transferencia: 0121...", its weighted check digit) and a card to pay into ("Номер
 * карты 2200 ...", the Luhn digit).
 */
const LABELLED_NUMBER = new RegExp(
  `${START}(?:clabe(?:\\s{1,5}(?:interbancaria|bancaria))?(?:\\s{1,5}\\p{L}{1,15}){0,4}?\\s{0,5}[:#=-]?\\s{0,5}(?<clabe>\\p{N}(?:[\\s-]?\\p{N}){17})` +
    `|(?:номер\\s{1,5}(?:карты|картки|карти)|(?:card|карт[аыу]|картк[аиу]|tarjeta|cart[ãa]o|carte|karte|kartu)(?:\\s{1,5}(?:number|no\\.?|#|номер|n[uú]mero|numéro|nummer|nomor))?)` +
    `\\s{0,5}[:#=-]?\\s{0,5}(?<card>\\p{N}{4}(?:[\\s-]?\\p{N}{4}){3}(?:\\p{N}{1,3})?))${END}`,
  'giu',
);

/** CLABE: 18 digits, the last one from weights 3, 7, 1 over the first 17. */
function isValidClabe(digits: string): boolean {
  if (!/^\d{18}$/u.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(digits[i]) * ([3, 7, 1][i % 3] as number)) % 10;
  return (10 - (sum % 10)) % 10 === Number(digits[17]);
}

/** A card number: 16 to 19 digits, Luhn-valid, not a test pattern (4242 4242 ...). */
function isCardNumber(digits: string): boolean {
  if (!/^\d{16,19}$/u.test(digits) || new Set(digits).size < 4) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const BANK_CODE = new RegExp(
  `${START}(?:(?:routing|aba|transit)(?:\\s{1,5}(?:number|no\\.?|#|code))?\\s{0,5}[:#=-]?\\s{0,5}\\p{N}{9}|sort\\s{1,5}code\\s{0,5}[:#=-]?\\s{0,5}\\p{N}{2}[\\s-]?\\p{N}{2}[\\s-]?\\p{N}{2}|bsb(?:\\s{1,5}(?:number|no\\.?|code))?\\s{0,5}[:#=-]?\\s{0,5}\\p{N}{3}[\\s-]?\\p{N}{3}|ifsc(?:\\s{1,5}code)?\\s{0,5}[:#=-]?\\s{0,5}[A-Za-z]{4}0[A-Za-z0-9]{6}|(?:swift|bic)(?:\\s{1,5}(?:code|bic))?\\s{0,5}[:#=-]?\\s{0,5}[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)${END}`,
  'giu',
);

// Identifiers whose format (and checksum) is checked in code.
const IBAN_START = /(?<![\p{L}\p{N}])([A-Z]{2})(\p{N}{2})(?=[ -]?[A-Za-z0-9])/gu;
const BTC_BASE58 = /(?<![\p{L}\p{N}])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\p{L}\p{N}])/gu;
const BTC_BECH32 = /(?<![\p{L}\p{N}])(?:bc1[02-9ac-hj-np-z]{11,71}|BC1[02-9AC-HJ-NP-Z]{11,71})(?![\p{L}\p{N}])/gu;
const TRON = /(?<![\p{L}\p{N}])T[1-9A-HJ-NP-Za-km-z]{33}(?![\p{L}\p{N}])/gu;
const ETH = /(?<![\p{L}\p{N}])0x[0-9a-fA-F]{40}(?![\p{L}\p{N}])/gu;
const SOL = /(?<![\p{L}\p{N}])[1-9A-HJ-NP-Za-km-z]{40,44}(?![\p{L}\p{N}])/gu;

// ---------------------------------------------------------------------------------------
// Context

/** Negation before the phrase in the same clause: "I never accept PayPal outside ...". */
const NEGATION =
  /(?<![\p{L}])(?:never|not|no\s{1,5}longer|don'?t|dont|do\s{1,5}not|doesn'?t|cannot|can'?t|cant|won'?t|wont|shouldn'?t|mustn'?t|refuse|nunca|jamais|jamás|n[ãa]o|no\s{1,5}(?:te|le|lo|la|me|se|nos|puedo|podemos|quiero|acepto|aceptamos|hago|hacemos|trabajo|trabajamos)|^\s{0,5}no(?=\s{1,5}$)|ne|n'|nie|niemals|nicht|kein|nahi|nahin|nahi|mat|не|ні|ни|нельзя|никогда|ніколи|non(?!-)|jangan|tidak|bukan|huwag|wag|đừng|chớ|asla|لا|لن|مش|ممنوع|بلاش)(?![\p{L}])|n['’]t(?![\p{L}])/iu;
/** Someone else pays: a product feature or a report, not an offer from the writer. */
const THIRD_PARTY =
  /(?<![\p{L}])(?:customers?|users?|clients|buyers?|visitors?|shoppers?|members?|people|subscribers?|students?|patients?|guests?|donors?|players?|tenants?|sellers?|vendors?|merchants?|consumers?|employees|app|website|store|shop|system|bot|script|lets|let(?=\s)|allows?|enables?|allowing|letting|enabling|option|ability|able\s{1,5}to|how\s{1,5}to|way\s{1,5}to|ways\s{1,5}to|someone|somebody|scammers?|they\s{1,5}(?:asked|want|told)|pelanggan|pengguna|pembeli|müşteri\p{L}{0,5}|kullanıcı\p{L}{0,5}|alıcı\p{L}{0,4}|klienci|klient(?:ów|om|a)?|użytkowni\p{L}{0,5}|clienti|utenti|acquirenti|khách\s{1,5}hàng|người\s{1,5}(?:dùng|mua)|(?:ال)?عملاء|(?:ال)?مستخدمين|(?:ال)?زبائن|kliyente|mamimili)(?![\p{L}])/iu;
/** A report of someone else's request, or a question about the rules. */
const REPORT =
  /(?<![\p{L}])(?:who\s{1,5}(?:wanted|asked|tried|offered|insisted|kept\s{1,5}asking|was\s{1,5}asking)\s{1,5}(?:me\s{1,5}|us\s{1,5})?to|(?:kept|keeps)\s{1,5}(?:asking|trying|pushing|insisting)\s{1,5}(?:me\s{1,5}|us\s{1,5})?to|(?:he|she|they)\s{1,5}(?:tried|wanted|offered|insisted)\s{1,5}to|scam\w{0,4}|fraud\w{0,4}|phishing|suspicious|red\s{1,5}flag|asked\s{1,5}(?:me|us)\s{1,5}to|asking\s{1,5}(?:me|us)\s{1,5}to|asks\s{1,5}(?:me|us)\s{1,5}to|told\s{1,5}(?:me|us)\s{1,5}to|wants?\s{1,5}(?:me|us)\s{1,5}to|wanted\s{1,5}(?:me|us)\s{1,5}to|is\s{1,5}it\s{1,5}(?:safe|allowed|legal|against)|am\s{1,5}i\s{1,5}allowed|are\s{1,5}we\s{1,5}allowed|allowed\s{1,5}to|pidi[óo]|pediu|pediram|me\s{1,5}ofreci[óo]|me\s{1,5}ofereceu|golpe\p{L}{0,4}|estafa\p{L}{0,3}|fraude|прос(?:ит|ят|ил\p{L}{0,2}|ив\p{L}{0,2}|ять)|попрос\p{L}{1,4}|хоч(?:ет|ут|е|уть)|предлагает|предложил\p{L}{0,2}|пропонує|запропонував\p{L}{0,2}|мошенни\p{L}{0,3}|шахра\p{L}{0,4}|truff\p{L}{1,3}|penipu\p{L}{0,3}|dolandırıc\p{L}{0,6}|oszust\p{L}{0,4}|lừa\s{1,5}đảo|احتيال|نصاب|manloloko|ni-?report|nireport)(?![\p{L}])/iu;
/** Russian and Ukrainian: paying to a card as a product feature, or someone else paying. */
const RU_TOPIC =
  /(?<![\p{L}])(?:приложени\p{L}{0,2}|застосун\p{L}{0,2}|интеграц\p{L}{0,3}|інтеграц\p{L}{0,3}|api|апи|бот\p{L}{0,2}|функци\p{L}{0,2}|функці\p{L}{0,2}|модул\p{L}{0,2}|эквайринг\p{L}{0,2}|еквайринг\p{L}{0,2}|магазин\p{L}{0,2}|клиент\p{L}{0,2}|клієнт\p{L}{0,2}|пользовател\p{L}{0,3}|користувач\p{L}{0,3}|покупател\p{L}{0,3}|покупц\p{L}{0,2})(?![\p{L}])/iu;
const POST_NEGATION =
  /^[^.!?\n]{0,60}?(?<![\p{L}])(?:not\s{1,5}(?:allowed|permitted|protected|covered|safe)|against|violat\w{0,6}|prohibited|forbidden|banned|risky|unsafe|dangerous|unprotected|suspend\w{0,6})(?![\p{L}])/iu;
/** Withdrawing the platform's own earnings to PayPal or Payoneer is how the platform pays. */
const PLATFORM_PAYOUT =
  /(?<![\p{L}])(?:withdraw\w{0,4}|withdrawal|payout\s{1,5}method|earnings|from\s{1,5}(?:upwork|fiverr|the\s{1,5}platform)|(?:upwork|fiverr)\s{1,5}(?:pays|paid|sends|sent|transfers))(?![\p{L}])/iu;
/** Building or discussing a payment feature. */
const TECH =
  /(?<![\p{L}])(?:integrat\w{0,8}|implement\w{0,8}|api|apis|sdk|checkout|gateway|plugin|plug-in|webhooks?|ipn|sandbox|woocommerce|shopify|magento|e-?commerce|cart|endpoint|library|module|codebase|backend|frontend|button|widget|merchant|subscriptions?|refunds?|validation|validate|regex|parser|schema|dashboard|reconcil\w{0,6}|feature|bot|smart\s{1,5}contract|mock|dummy|unit\s{1,5}test|testnet|sepolia|goerli|holesky|devnet|faucet|test\s{1,5}wallets?|entegr\p{L}{0,8}|fitur|aplikasi|sklep\p{L}{0,3}|bramk\p{L}{0,2}|aplikacj\p{L}{0,2}|funkcj\p{L}{0,2}|negozio|funzionalità|uygulama\p{L}{0,4}|özellik\p{L}{0,4}|mağaza\p{L}{0,4}|tích\s{1,5}hợp|cổng\s{1,5}thanh\s{1,5}toán|ứng\s{1,5}dụng|tính\s{1,5}năng|تكامل|ربط|بواب[ةه]|(?:ال)?تطبيق|(?:ال)?متجر)(?![\p{L}])/iu;
/** Crypto text that is about code or the chain, not a payment. */
const CRYPTO_TECH =
  /(?<![\p{L}])(?:contract|deploy\w{0,4}|audit\w{0,4}|tx|txid|txn|transaction|hash|explorer|etherscan|bscscan|tronscan|solscan|blockchair|mempool|token\s{1,5}address|router|factory|erc-?721|nft|abi|solidity|hardhat|foundry|sepolia|goerli|holesky|testnet|devnet|regex|validat\w{0,5}|checksum|example|sample|dummy|e\.g\.|vanity|generat\w{0,4}|parse\w{0,2}|function|const)(?![\p{L}])/iu;
const CRYPTO_CUE =
  /(?<![\p{L}])(?:wallet|addy|pay\w{0,4}|paid|send|sent|deposit|transfer|tip|usdt|usdc|tether|btc|bitcoin|eth|ether|ethereum|trc-?20|erc-?20|bep-?20|crypto|binance|metamask|trust\s?wallet|trx|tron|sol|solana|phantom|coinbase|exodus)(?![\p{L}])/iu;
const PERSONAL_WALLET =
  /(?<![\p{L}])(?:(?:my|your|ur|our|mi|meu|minha|mon|mein)\s{1,5}(?:[\p{L}\p{N}-]{1,12}\s{1,5}){0,4}(?:wallet|address|addy)|(?:send|pay|deposit|transfer)\w{0,4}\s{1,5}(?:[\p{L}\p{N}$.,]{1,12}\s{1,5}){0,4}(?:to|into)\s{0,5}:?\s{0,5}$|wallet\s{0,5}(?:address)?\s{0,5}[:=-]?\s{0,5}$)/iu;
const SOL_CUE = /(?<![\p{L}])(?:sol|solana|phantom|usdc|spl)(?![\p{L}])/iu;
/** Words that make "outside Upwork" or "avoid the fees" about money. */
const PAY_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:pay\w{0,5}|paid|money|fees?|commission|transfer\w{0,4}|wire\w{0,2}|invoice\w{0,2}|factur\p{L}{0,3}|fatura\p{L}{0,2}|rechnung\p{L}{0,2}|régl\p{L}{1,4}|bank|cash|deposit\p{L}{0,4}|discount|cheaper|save|saving|\p{N}{1,3}\s?%|off|pag\w{1,6}|zahl\w{0,4}|bezahl\w{0,4}|pai\w{1,6}|pay\w{1,4}|dinero|dinheiro|argent|geld|paise|paisa|soldi|virement|überweis\w{0,3}|usdt|crypto|btc|adiantad\p{L}{0,2}|adelantad\p{L}{0,2}|anticipo|${RU_PAY}|комисси\p{L}|комісі\p{L}|bill|billed|bayad\p{L}{0,3}|bayar\p{L}{0,4}|pembayaran|tf|potongan|komisi|rekening|phí|tiền|thanh\s{1,5}toán|chuyển\s{1,5}khoản|ödeme\p{L}{0,4}|öde\p{L}{0,6}|komisyon\p{L}{0,4}|havale\p{L}{0,3}|płat\p{L}{0,5}|zapła\p{L}{0,5}|prowizj\p{L}{1,3}|przelew\p{L}{0,3}|commission[ei]|bonifico|taka|[وفبل]?(?:ال)?(?:تحويل|دفع|حوال[ةه]|فلوس|مبلغ|عمول[ةه]|رسوم)|[وف]?[يتنأاهح]دفع\p{L}{0,4})(?![\p{L}])`,
  'iu',
);
const PAY_WORD_STRICT =
  /(?<![\p{L}])(?:pay\w{0,5}|paid|money|funds|invoice\w{0,2}|bank|deposit|advance|balance|\$\s?\p{N}|\p{N}{1,7}\s?(?:usd|eur|gbp|dollars?|euros?))(?![\p{L}])/iu;
/** Money around WORD_TALK's rest ("save the rest outside the repo" is not). */
const REST_MONEY = new RegExp(
  `${PAY_WORD_STRICT.source}|(?<![\\p{L}])(?:zahl\\p{L}{0,4}|bezahl\\p{L}{0,4}|überweis\\p{L}{0,4}|geld|pag\\p{L}{1,6}|pay\\p{L}{1,5}|paie\\p{L}{0,4}|régl\\p{L}{1,4}|vers(?:a|i|o|ami|arti|are)|soldi|dinero|dinheiro|argent|bayar\\p{L}{0,4}|[وف]?[يتنأاهح]?دفع\\p{L}{0,4}|فلوس)(?![\\p{L}])`,
  'iu',
);
/** "A checksum-valid IBAN in a spec" stays a finding but loses confidence. */
const EXAMPLE_CONTEXT =
  /(?<![\p{L}])(?:example|e\.g\.|sample|dummy|test|validat\w{0,5}|regex|format|checksum|mod-?97|parser|parse)(?![\p{L}])/iu;

/** A dash between spaces ("fees - can you", em dashes are folded to "-") ends a clause too. */
const CLAUSE_BREAK = /[.!?;,\n]|\s-{1,3}\s|(?<![\p{L}])but(?![\p{L}])/giu;

function clauseBefore(text: string, start: number, max = 60): string {
  const from = Math.max(0, start - max);
  const slice = text.slice(from, start);
  let cut = 0;
  for (const m of matchesOf(CLAUSE_BREAK, slice)) cut = m.index + m[0].length;
  return slice.slice(cut);
}

/** How long the lead-in a lookbehind checked is (`before` ends with "$"), up to 100 characters. */
function leadLength(before: RegExp, text: string, at: number): number {
  return before.exec(text.slice(Math.max(0, at - 100), at))?.[0].length ?? 0;
}

function around(text: string, start: number, end: number, before = 80, after = 80): string {
  return text.slice(Math.max(0, start - before), Math.min(text.length, end + after));
}

/** The phrase is an offer by the writer, not a negated, reported or technical mention. */
/**
 * Offer checks one text may use: each reads windows of up to 200 characters around its
 * phrase, so a text made of nothing but payment phrases (thousands of them) would cost far
 * more than any real message. Past the budget no more phrases are reported; a real message
 * holds a handful of candidates.
 */
const MAX_OFFER_CHECKS = 300;
let offerChecks = 0;

function isOffer(text: string, start: number, end: number, opts: { subject?: boolean; tech?: RegExp } = {}): boolean {
  if (++offerChecks > MAX_OFFER_CHECKS) return false;
  const before = clauseBefore(text, start);
  if (NEGATION.test(before) && NEGATION.test(before.replace(PURPOSE_NEGATION, ''))) return false;
  if (opts.subject !== false && THIRD_PARTY.test(before)) return false;
  if (REPORT.test(around(text, start, end, 120, 60))) return false;
  if (POST_NEGATION.test(text.slice(end, end + 80))) return false;
  if ((opts.tech ?? TECH).test(around(text, start, end, 80, 60))) return false;
  if (isQuotedLabel(text, start, end)) return false;
  if (PAID_FOR_THING.test(text.slice(start, end + 60))) return false;
  if (PLATFORM_PAYOUT.test(around(text, start, end, 80, 60))) return false;
  if (reportedSpeech(text, start)) return false;
  return true;
}

/** "so Upwork doesn't complain and": the negation is the purpose's, not the payment's. */
const PURPOSE_NEGATION =
  /(?<![\p{L}])(?:so|so\s{1,5}that|that\s{1,5}way)\s{1,5}(?:upwork|fiverr|the\s{1,5}(?:platform|system|site|bot)|they|it|nobody|no\s{1,5}one)\s{1,5}(?:doesn['’]?t|does\s{1,5}not|won['’]?t|will\s{1,5}not|can['’]?t|cannot|don['’]?t|never)\s{1,5}\p{L}{1,15}(?:\s{1,5}(?:it|this|that|anything))?\s{1,5}(?:and|then)\s{0,5}$/iu;

/** TECH without "refund": a refund to one's own rail or handle is the overpayment scam. */
const TECH_NO_REFUND = new RegExp(TECH.source.replace('|refunds?|', '|'), 'iu');

/** UI text a quoted phrase is named as: "the 'Pay by bank transfer' footer". */
const LABEL_NOUN =
  '(?:footers?|buttons?|labels?|options?|texts?|lines?|links?|banners?|headers?|headings?|titles?|captions?|copy|cta|fields?|placeholders?|strings?|sections?|tabs?|menus?|items?|checkbox(?:es)?|toggles?|badges?|tooltips?|wording|notices?|disclaimers?|widgets?|popups?|modals?|templates?|tags?|blocks?)';
const LABEL_NOUN_AFTER = new RegExp(`^\\s{0,3}(?:[\\p{L}-]{1,15}\\s{1,3})?${LABEL_NOUN}(?![\\p{L}])`, 'iu');
const LABEL_NOUN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${LABEL_NOUN}|says|saying|reads|reading|called|named|labell?ed|titled|wording)\\s{0,3}:?\\s{0,3}$`,
  'iu',
);
const OPEN_QUOTES = '\'"“‘«';

/**
 * The phrase is a short quoted label that the text talks about: a quote opens inside it or
 * at most 40 characters before it, closes at most 40 after, and a UI noun stands next to it
 * ("has a 'Pay by bank transfer' footer", "the button 'Pay with PayPal'"). Apostrophes of
 * contractions do not count as quotes.
 */
function isQuotedLabel(text: string, start: number, end: number): boolean {
  // The closing quote first: most phrases have none after them.
  let close = -1;
  for (let j = end; j < Math.min(text.length, end + 40); j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return false;
    if (
      (c === 39 || c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb) &&
      /\S/u.test(text[j - 1] ?? '') &&
      !/[\p{L}\p{N}]/u.test(text[j + 1] ?? '')
    ) {
      close = j;
      break;
    }
  }
  if (close < 0) return false;
  for (let i = end - 2; i >= Math.max(0, start - 40, close - 80); i--) {
    const c = text[i] as string;
    if (c === '\n') return false;
    if (OPEN_QUOTES.includes(c) && isSpaceOrStart(text[i - 1]) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) {
      return (
        LABEL_NOUN_AFTER.test(text.slice(close + 1, close + 40)) ||
        LABEL_NOUN_BEFORE.test(text.slice(Math.max(0, i - 30), i))
      );
    }
  }
  return false;
}

/** A third party with a reporting verb, right before a quote or a colon: "He said:", "the client wrote". */
const REPORTED_LEAD_IN =
  /(?<![\p{L}])(?:he|she|they|someone|somebody|(?:the|a|this|that|my|one)\s{1,5}(?:client|buyer|guy|recruiter|person|employer|customer|seller|freelancer|agency|company|manager|boss|scammer)|clients|buyers|recruiters|scammers)(?:\s{1,5}[\p{L}'’]{1,15}){0,4}?\s{1,5}(?:said|says|wrote|writes|replied|replies|texted|messaged|sent|asked|asks|told|tells|offered|offers|suggested|suggests|proposed|proposes|insisted|insists|added|answered|responded|demanded|goes|went)(?:\s{1,5}(?:me|us|this|back|again))?(?:\s{1,5}(?:something\s{1,5}like|like))?\s{0,5}[:,-]?\s{0,5}$/iu;

const isSpaceOrStart = (c: string | undefined): boolean => c === undefined || /[\s(:]/u.test(c);

/**
 * The phrase is inside a quote (or after a colon in the same sentence) that a third party's
 * reporting verb opens: "He said: 'I'll pay you via Payoneer directly'". A user's own quoted
 * offer has no such lead-in. A bounded walk back (200 characters) to the opener.
 */
function reportedSpeech(text: string, start: number): boolean {
  const from = Math.max(0, start - 200);
  let colonOk = true;
  for (let i = start - 1; i >= from; i--) {
    const c = text[i] as string;
    if (c === '\n' || c === '”' || c === '»') return false;
    if (c === '.' || c === '!' || c === '?') colonOk = false;
    let opens = false;
    if (c === '“' || c === '«' || c === '‘') opens = true;
    else if (c === '"' || c === "'" || c === '’') {
      const next = text[i + 1] ?? '';
      if (isSpaceOrStart(text[i - 1]) && /[\p{L}\p{N}]/u.test(next)) opens = true;
      // A closing quote before the phrase: it is outside that quote.
      else if (c !== '’' && /\S/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(next)) return false;
    } else if (c === ':' && colonOk) opens = true;
    if (!opens) continue;
    if (REPORTED_LEAD_IN.test(text.slice(Math.max(0, i - 80), c === ':' ? i + 1 : i))) return true;
    // Only the nearest colon of the sentence counts; a quote ends the walk.
    if (c !== ':') return false;
    colonOk = false;
  }
  return false;
}

const RAIL_EXACT = BRAND_RAILS.map(([id, p]) => [id, new RegExp(`^(?:${p})$`, 'iu')] as const);

/** A Turkish phrase that offers to pay, not a story ("yaptım"), a rule ("yapılır") or any "direkt" doing. */
function isTurkishOffer(text: string, m: RegExpExecArray): boolean {
  const phrase = m[0];
  if (TR_STORY.test(phrase.slice(phrase.search(/\S+$/u))) || TR_BARE_DIRECT.test(phrase)) return false;
  return !/^hesab/iu.test(phrase) || TR_MONEY.test(around(text, m.index, m.index + phrase.length, 40, 40));
}

function railPlatform(s: string): string | undefined {
  const t = s.trim();
  for (const [id, re] of RAIL_EXACT) if (re.test(t)) return id;
  return undefined;
}

const RAIL_IN = new RegExp(`${START}(${ALL_RAIL})${END}`, 'iu');

/** The platform of the first rail named in a phrase (a local bank or wallet by its own name). */
function railIn(phrase: string): string | undefined {
  const rail = RAIL_IN.exec(phrase)?.[1];
  if (rail === undefined) return undefined;
  return railPlatform(rail) ?? rail.toLowerCase().replace(/\s+/gu, '');
}

// ---------------------------------------------------------------------------------------
// Finders

interface Hit extends RawFinding {
  evidence: string[];
}

function hit(
  start: number,
  end: number,
  confidence: Confidence,
  evidence: string,
  platform?: string,
  canonical?: string,
): Hit {
  const h: Hit = { start, end, confidence, evidence: [evidence] };
  if (platform) h.platform = platform;
  if (canonical) h.canonical = canonical;
  return h;
}

/**
 * A pattern run only where a word it can start with is: its lead, the leads of later parts
 * every match holds (the rail of "pay … via PayPal"), and a sticky copy.
 */
interface Anchored {
  lead: number;
  /** Each entry: leads one of which the text must hold. */
  also: ReadonlyArray<readonly number[]>;
  sticky: RegExp;
}

// The words every pattern can start with (read off its source), so that one pass over a
// text says where each pattern can match: it is tried there alone, sticky, instead of being
// scanned for at every position.
const START_WORDS = new LeadWords();
const ANCHORED = new Map<RegExp, Anchored>();
/**
 * The rails' words are one lead, shared by every pattern that needs a rail (RAIL_GROUP, which
 * a word end or a space follows) or starts at one (RAIL_LED): one list of positions per text.
 */
let railLead: number | undefined;
const leadAt = (src: string, at: number, rail: boolean): number => {
  if (!rail) return START_WORDS.add(src, at);
  railLead ??= START_WORDS.add(src, at);
  return railLead;
};
const RAIL_GROUP = `(${BRAND_RAIL})`;
const RAIL_LED = new Set([RAIL_TALK]);
/**
 * `parts`: groups of the pattern that every match holds, each starting at a word (the
 * source they start with), or lists of groups one of which every match holds.
 */
const anchor = (re: RegExp, ...parts: Array<string | string[]>): void => {
  const leadOf = (part: string): number => leadAt(re.source, re.source.indexOf(part), part === RAIL_GROUP);
  const also = parts
    .map((part) => (typeof part === 'string' ? [part] : part).map(leadOf))
    .filter((ids) => ids.every((id) => id >= 0));
  const sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
  ANCHORED.set(re, { lead: leadAt(re.source, 0, RAIL_LED.has(re)), also, sticky });
};
const PHRASES = [
  RAIL_TALK,
  WORD_TALK,
  RAIL_HANDLE_NEAR,
  VERB_PREP_RAIL,
  VERB_BANK,
  DO_TRANSFER,
  RAIL_THEN_VERB,
  VERB_OBJECT_RAIL,
  RAIL_AS_VERB,
  RAIL_PREFERENCE,
  PREFER_RAIL,
  RAIL_IDENT,
  ASK_RAIL,
  BANK_DETAILS,
  DIRECT_PAY,
  OUTSIDE_PLATFORM,
  OUTSIDE_LOCAL,
  FEE_AVOID,
  FRIENDS_FAMILY,
  HINDI_PAY,
  PIX,
  ACCOUNT_AT_BANK,
  DEAL_OUTSIDE,
  RU_DIRECT,
  RU_FEE_AVOID,
  LOCAL_DIRECT,
  FEE_AFTER,
  GIFT_CARD,
  RAIL_INVOICE,
];
anchor(VERB_PREP_RAIL, `(${BRAND_RAIL}|${PAYROLL_RAILS})`);
anchor(RAIL_TALK);
anchor(WORD_TALK);
anchor(RAIL_HANDLE_NEAR);
anchor(VERB_BANK, [`(${BANK_RAILS})`, '(account|bank)']);
anchor(DO_TRANSFER, ['((?:bank\\s{1,5}|wire', '(przelew', '(تحويل']);
anchor(RAIL_THEN_VERB, [`(${BRAND_RAIL}|(?:bank)?`, 'auf\\s{1,5}(?:mein']);
anchor(VERB_OBJECT_RAIL, `(${CRYPTO_RAIL}|cash)`);
anchor(RAIL_AS_VERB);
anchor(RAIL_PREFERENCE);
anchor(PREFER_RAIL, RAIL_GROUP);
anchor(RAIL_IDENT, RAIL_GROUP);
anchor(ASK_RAIL, RAIL_GROUP);
anchor(BANK_DETAILS);
anchor(DIRECT_PAY, [
  '(?:directly|direct|outside|off[\\s-]platform',
  '(?:pago|transferencia|pagamento',
  'direkt\\s{1,5}(?:',
]);
anchor(OUTSIDE_PLATFORM);
anchor(OUTSIDE_LOCAL);
anchor(FEE_AVOID, '(fees?|');
anchor(FRIENDS_FAMILY);
anchor(HINDI_PAY);
anchor(PIX);
anchor(ACCOUNT_AT_BANK);
anchor(DEAL_OUTSIDE, 'por\\s{1,5}(?:fora|fuera)');
anchor(RU_DIRECT);
anchor(RU_FEE_AVOID);
// Past its start word, each language's match holds one of these.
anchor(LOCAL_DIRECT, [TL_TO, TL_JUST, ID_TO, IT_RECHARGE, IT_MONEY, IT_SEND, TR_VERB, PL_PAY, VI_TO, AR_PAY, AR_SEND]);
anchor(FEE_AFTER, '(?:bach(?:egi');
anchor(GIFT_CARD);
anchor(RAIL_INVOICE, RAIL_GROUP, ['(payment|money|pay)', '(invoice|link)']);
anchor(PAYMENT_LINK);
anchor(SPELLED_LINK, 'dot');
anchor(ACCOUNT_NUMBER);
anchor(BANK_CODE);
anchor(LABELLED_NUMBER);
/** Every pattern's start words could be read off its source (else `any` cannot be trusted). */
const ALL_SPELLED = [...ANCHORED.values()].every((a) => a.lead >= 0);

/** Where the words of each lead are in one text. */
class TextWords {
  readonly text: string;
  readonly at: Array<number[] | undefined>;
  /** Some word of some pattern is in the text. */
  readonly any: boolean;
  private wallet: boolean | undefined;

  constructor(text: string) {
    this.text = text;
    this.at = START_WORDS.scan(text);
    this.any = !ALL_SPELLED || this.at.some((a) => a !== undefined);
  }

  /** False when the pattern cannot match: a word it needs is missing. */
  has(re: RegExp): boolean {
    const a = ANCHORED.get(re);
    return a === undefined || this.holds(a);
  }

  /** False when a word the anchored pattern needs is missing. */
  holds(a: Anchored): boolean {
    if (a.lead >= 0 && this.at[a.lead] === undefined) return false;
    for (const ids of a.also) if (ids.every((id) => this.at[id] === undefined)) return false;
    return true;
  }

  /** [A-Za-z0-9]{14} somewhere: the shortest wallet shape (bc1 + 11). */
  walletRun(): boolean {
    this.wallet ??= hasWalletRun(this.text);
    return this.wallet;
  }
}

let lastWords: TextWords | undefined;

function wordsOf(text: string): TextWords {
  // The gate and find read the same text one after the other.
  if (lastWords?.text !== text) lastWords = new TextWords(text);
  return lastWords;
}

/** Drops the words of the last text read (the benchmark's first-scan figure starts from none). */
export function forgetPaymentWords(): void {
  lastWords = undefined;
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

/**
 * Exactly what matchesOf(re, text) yields, trying the sticky copy only where a word the
 * pattern can start with is (every pattern starts at a word). An array: most patterns have
 * no candidate, and then cost no generator.
 */
function anchoredMatches(re: RegExp, words: TextWords): readonly RegExpExecArray[] {
  const a = ANCHORED.get(re);
  if (a !== undefined && !words.holds(a)) return NO_MATCHES;
  if (a === undefined || a.lead < 0) return [...matchesOf(re, words.text)];
  const starts = words.at[a.lead] as number[];
  let out: RegExpExecArray[] | undefined;
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    a.sticky.lastIndex = at;
    const m = a.sticky.exec(words.text);
    if (m === null) continue;
    next = m.index + Math.max(1, m[0].length);
    out ??= [];
    out.push(m);
  }
  return out ?? NO_MATCHES;
}

/** A phrase pattern's matches (each pattern is tried only where its start words are). */
const phraseMatches = anchoredMatches;

function* phraseHits(words: TextWords): Generator<Hit> {
  if (!words.any) return;
  const text = words.text;
  for (const m of phraseMatches(VERB_PREP_RAIL, words)) {
    const rail = m[1] ?? '';
    const platform = railPlatform(rail) ?? 'payroll';
    const end = m.index + m[0].length;
    if (platform === 'payroll') {
      // Payroll providers are legitimate employers' tools; an offer only when it replaces
      // the platform or pays "you".
      const ctx = around(text, m.index, end, 60, 80);
      if (!OUTSIDE_PLATFORM_ONCE.test(ctx) && !/(?<![\p{L}])you(?![\p{L}])/iu.test(m[0])) continue;
    }
    // "Can I pay with PayPal on Upwork?": funding the platform's own contract.
    if (ON_PLATFORM_AFTER.test(text.slice(end, end + 60))) continue;
    // "pay/send … with/in/on/to …" is loose: keep it for named rails only when the rail is
    // not part of a longer technical phrase.
    if (!isOffer(text, m.index, end)) continue;
    yield hit(m.index, end, 'high', /[0-9@|]/u.test(rail) ? 'obfuscated-rail' : 'pay-via-rail', platform);
  }
  for (const m of phraseMatches(VERB_BANK, words)) {
    const end = m.index + m[0].length;
    if (!isOffer(text, m.index, end)) continue;
    yield hit(m.index, end, 'high', 'pay-via-bank', 'bank');
  }
  for (const m of phraseMatches(DO_TRANSFER, words)) {
    const end = m.index + m[0].length;
    // "transfer" alone is also a file or domain transfer: needs a money word nearby.
    if (/^transfer$/iu.test(m[1] ?? '') && !PAY_WORD_STRICT.test(around(text, m.index, end, 60, 60))) continue;
    if (!isOffer(text, m.index, end)) continue;
    yield hit(m.index, end, 'high', 'pay-via-bank', 'bank');
  }
  for (const m of phraseMatches(RAIL_THEN_VERB, words)) {
    const end = m.index + m[0].length;
    if (!isOffer(text, m.index, end)) continue;
    yield hit(m.index, end, 'high', 'pay-via-rail', railPlatform(m[1] ?? '') ?? 'bank');
  }
  for (const m of phraseMatches(VERB_OBJECT_RAIL, words)) {
    const end = m.index + m[0].length;
    if (!isOffer(text, m.index, end)) continue;
    const platform = railPlatform(m[1] ?? '') ?? 'cash';
    yield hit(m.index, end, 'high', 'pay-in-rail', platform);
    if (platform !== 'crypto') continue;
    WALLET_AFTER.lastIndex = end;
    const w = WALLET_AFTER.exec(text);
    const address = w?.[1];
    // A checksum-valid address is the wallet finders' (with its own evidence and platform).
    if (w === null || address === undefined || isWalletAddress(address)) continue;
    const wEnd = end + w[0].length;
    yield hit(wEnd - address.length, wEnd, 'high', 'wallet-offered', 'crypto', address);
  }
  for (const m of phraseMatches(RAIL_AS_VERB, words)) {
    const end = m.index + m[0].length;
    if (!isOffer(text, m.index, end)) continue;
    yield hit(m.index, end, 'high', 'rail-as-verb', railPlatform(m[1] ?? ''));
  }
  for (const m of phraseMatches(RAIL_PREFERENCE, words)) {
    const end = m.index + m[0].length;
    // Lower-case "wise" after "be", "so", "stay" is the adjective ("being wise is good for us").
    if (
      m[1] === 'wise' &&
      /(?<![\p{L}])(?:be|being|been|is|was|stay|so|very|too|more|most)\s{1,5}$/iu.test(
        text.slice(Math.max(0, m.index - 8), m.index),
      )
    )
      continue;
    if (!isOffer(text, m.index, end)) continue;
    yield hit(m.index, end, 'high', 'rail-preference', railPlatform(m[1] ?? '') ?? 'bank');
  }
  for (const m of phraseMatches(PREFER_RAIL, words)) {
    const end = m.index + m[0].length;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    yield hit(m.index, end, 'high', 'rail-preference', railPlatform(m[1] ?? ''));
  }
  for (const m of phraseMatches(RAIL_IDENT, words)) {
    const rail = m[1] ?? '';
    const platform = railPlatform(rail);
    // "pix @jane" is pictures and "sol @x" a word: the crypto, UPI and Pix finders cover those.
    if (platform === 'crypto' || platform === 'upi' || platform === 'pix') continue;
    // Lower-case "wise" before a handle is usually the adjective ("stay wise @all").
    if (platform === 'wise' && rail === rail.toLowerCase() && !/[:=]|is/iu.test(m[0].slice(rail.length))) continue;
    let end = m.index + m[0].length;
    // An email or phone after the rail is left to its own detector (so it keeps its
    // category); the payment span stops before it.
    if (m[3] !== undefined) end -= m[3].length;
    else if (m[2] === undefined) continue;
    if (!isOffer(text, m.index, end, { subject: false, tech: TECH_NO_REFUND })) continue;
    yield hit(m.index, end, 'high', 'rail-handle', platform, m[2]);
  }
  for (const m of phraseMatches(ASK_RAIL, words)) {
    const end = m.index + m[0].length;
    if (railPlatform(m[1] ?? '') === 'crypto' && !/wallet|address/iu.test(m[0])) continue;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    if (/withdraw|linked|connect/iu.test(around(text, m.index, end, 60, 60))) continue;
    yield hit(m.index, end, 'high', 'asks-payment-handle', railPlatform(m[1] ?? ''));
  }
  for (const m of phraseMatches(BANK_DETAILS, words)) {
    const end = m.index + m[0].length;
    if (IN_PLATFORM.test(around(text, m.index, end, 60, 60))) continue;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    yield hit(m.index, end, 'high', 'bank-details', 'bank');
  }
  for (const m of phraseMatches(DIRECT_PAY, words)) {
    const end = m.index + m[0].length;
    if (!isOffer(text, m.index, end)) continue;
    yield hit(m.index, end, 'high', 'direct-payment');
  }
  for (const m of [...phraseMatches(OUTSIDE_PLATFORM, words), ...phraseMatches(OUTSIDE_LOCAL, words)]) {
    const end = m.index + m[0].length;
    // Moving the conversation elsewhere is the request detector's; here only money (a
    // money word or a payment rail named nearby: "Jazzcash ok, outside Upwork is better").
    const ctx = around(text, m.index, end, 80, 60);
    if (!PAY_WORD.test(ctx) && !ANY_RAIL.test(ctx)) continue;
    // Bare "por fora" is also "on the side" ("ganho um dinheiro por fora"): it needs a rail,
    // an account or paying the other side.
    if (/^por\s/iu.test(m[0]) && !ANY_RAIL.test(ctx) && !PT_ES_PAY_CUE.test(ctx)) continue;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    // A postposition ("bahar", "dışında") starts the match; the finding covers its platform.
    const platform = POSTPOSITION_PLATFORM.exec(text.slice(Math.max(0, m.index - 30), m.index));
    yield hit(m.index - (platform?.[0].length ?? 0), end, 'high', 'outside-platform');
  }
  for (const m of phraseMatches(FEE_AVOID, words)) {
    const end = m.index + m[0].length;
    // All the words between the verb and the fee (a repeated group keeps only its last).
    const verbLength = (m[1] ?? m[2] ?? '').length;
    const determiner = m[3] === undefined ? '' : m[0].slice(verbLength, m[0].indexOf(m[4] ?? '', verbLength));
    const strongVerb = m[1] !== undefined;
    const platformFee =
      /upwork|platform|site|service/iu.test(determiner) ||
      /service|plattform|upwork|vermittlung/iu.test(m[4] ?? '') ||
      (strongVerb && m[5] !== undefined);
    const ctx = around(text, m.index, end, 120, 120);
    const cue = DIRECT_WORD.test(ctx) || ANY_RAIL.test(ctx) || isOutsideCue(ctx);
    // "avoid the fees" is an offer by itself; "no fees" needs a rail or "directly" nearby.
    // "save the cut" is also an edit: a cut is a fee only as someone's ("saves us the cut").
    const ownCut = /^(?:cut|percentage)$/iu.test(m[4] ?? '')
      ? /\s(?:us|you|u|me|ourselves|yourself)(?:\s|$)/iu.test(m[1] ?? '')
      : true;
    if (!(cue || platformFee || (strongVerb && ownCut && /the|all|upwork|platform/iu.test(determiner)))) continue;
    // "no fee" next to a product ("no fee for GCash transfers in our app") describes it.
    if (!strongVerb && PRODUCT_WORD.test(ctx)) continue;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    yield hit(m.index, end, 'high', 'fee-avoidance');
  }
  for (const m of phraseMatches(FRIENDS_FAMILY, words)) {
    const end = m.index + m[0].length;
    const ctx = around(text, m.index, end, 40, 30);
    if (!FF_CUE.test(ctx)) continue;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    yield hit(m.index, end, 'high', 'friends-and-family', 'paypal');
  }
  for (const m of phraseMatches(HINDI_PAY, words)) {
    const end = m.index + m[0].length;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    const rail = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    yield hit(m.index, end, 'high', 'pay-via-rail', rail === undefined ? undefined : (railPlatform(rail) ?? 'bank'));
  }
  for (const m of phraseMatches(PIX, words)) {
    const end = m.index + m[0].length;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    yield hit(m.index, end, 'high', 'pix-key', 'pix');
  }
  for (const m of phraseMatches(ACCOUNT_AT_BANK, words)) {
    if (m[1] === undefined && m[2] === undefined) continue;
    const end = m.index + m[0].length;
    // The account is handed over or paid into: a give or money word around it, the
    // match itself left out ("Mercado Pago" holds "pago").
    const ctx = `${text.slice(Math.max(0, m.index - 40), m.index)} | ${text.slice(end, end + 60)}`;
    if (!ACCOUNT_GIVE.test(ctx) || LATAM_TOPIC.test(ctx)) continue;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    yield hit(m.index, end, 'high', 'bank-account-named', m[2] === undefined ? 'bank' : (railPlatform(m[2]) ?? 'bank'));
  }
  for (const m of phraseMatches(DEAL_OUTSIDE, words)) {
    const end = m.index + m[0].length;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    yield hit(m.index, end, 'high', 'outside-platform');
  }
  for (const m of phraseMatches(RU_DIRECT, words)) {
    const end = m.index + m[0].length;
    if (RU_TOPIC.test(around(text, m.index, end, 60, 60))) continue;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    yield hit(m.index, end, 'high', 'direct-payment');
  }
  for (const m of phraseMatches(RU_FEE_AVOID, words)) {
    const end = m.index + m[0].length;
    if (RU_TOPIC.test(around(text, m.index, end, 60, 60))) continue;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    yield hit(m.index, end, 'high', 'fee-avoidance');
  }
}

/**
 * Questions and offers around a rail, cash, a check or an account: "do you accept Bizum?",
 * "pay me in cash", "we will mail you a check", "send me your bank account number".
 */
function railTalkHits(words: TextWords, out: Hit[]): void {
  if (!words.any) return;
  const text = words.text;
  for (const m of railTalkMatches(words)) {
    const groups = m.groups ?? {};
    const kind = (Object.keys(RAIL_TALK_TAIL) as RailTalk[]).find((k) => groups[k] !== undefined);
    if (kind === undefined) continue;
    let end = m.index + m[0].length;
    const tail = RAIL_TALK_TAIL[kind].exec(text.slice(end, end + 40));
    if (tail === null) continue;
    if (kind === 'askHi' || kind === 'askTl' || kind === 'give') end += tail[0].length;
    const start = m.index - leadLength(RAIL_TALK_BEFORE[kind], text, m.index);
    const rail = railPlatform(m[1] ?? '');
    if (kind === 'doVia') {
      // The words between the verb and the rail hold the money, or "it" is done "directly".
      if (!DO_MONEY.test(text.slice(start, m.index)) && !DIRECTLY_AFTER.test(text.slice(end, end + 20))) continue;
      if (!isOffer(text, start, end)) continue;
      out.push(hit(start, end, 'high', 'pay-via-rail', rail));
    } else if (kind === 'refund') {
      if (!isOffer(text, start, end, { tech: TECH_NO_REFUND })) continue;
      out.push(hit(start, end, 'high', 'refund-to-rail', rail));
    } else if (kind === 'give') {
      if (rail === 'crypto' && !/wallet|address/iu.test(text.slice(m.index, end))) continue;
      if (/withdraw|linked|connect/iu.test(around(text, start, end, 60, 60))) continue;
      if (!isOffer(text, start, end, { subject: false })) continue;
      out.push(hit(start, end, 'high', 'gives-payment-handle', rail));
    } else {
      // "¿La tienda tiene PayPal?", "can we use Stripe instead for the store?" ask about a product.
      const ctx = around(text, start, end, 60, 60);
      if (LATAM_TOPIC.test(ctx) || PRODUCT_WORD.test(ctx)) continue;
      if (!isOffer(text, start, end)) continue;
      out.push(hit(start, end, 'high', 'rail-question', rail));
    }
  }
  for (const m of phraseMatches(WORD_TALK, words)) {
    const groups = m.groups ?? {};
    if (groups.cash !== undefined) cashHit(text, m, out);
    else if (groups.check !== undefined) {
      const end = m.index + m[0].length;
      if (!CHECK_MONEY.test(text.slice(end, end + 140))) continue;
      const start = m.index - leadLength(MAIL_BEFORE, text, m.index);
      if (!isOffer(text, start, end)) continue;
      out.push(hit(start, end, 'high', 'mailed-check', 'check'));
    } else if (groups.account !== undefined) {
      const end = m.index + m[0].length;
      const ctx = around(text, m.index, end, 60, 60);
      // "my IBAN: DE.." is the IBAN finder's; "your account number" in the settings is the platform's.
      if (ACCOUNT_VALUE_AFTER.test(text.slice(end, end + 24)) || IN_PLATFORM.test(ctx)) continue;
      // A wallet address as a dApp's input ("connect your wallet address") is not a payee's.
      const wallet = groups.wallet !== undefined || /^(?:wallet|dompet)$/iu.test(groups.idNoun ?? '');
      if (wallet && (CRYPTO_TECH.test(ctx) || WALLET_TOPIC.test(ctx))) continue;
      if (!isOffer(text, m.index, end, { subject: false })) continue;
      out.push(hit(m.index, end, 'high', 'bank-details', groups.wallet !== undefined ? 'crypto' : 'bank'));
    } else {
      const end = m.index + m[0].length;
      // Around it and between its words, not the rest word itself ("balance" is money).
      const sentence = `${text.slice(Math.max(0, m.index - 150), m.index)} | ${m[0].slice(m[0].search(/\s/u))} | ${text.slice(end, end + 80)}`;
      if (!(REST_MONEY.test(sentence) || ANY_RAIL.test(sentence) || CONTRACT_HERE.test(sentence))) continue;
      if (!isOffer(text, m.index, end, { subject: false })) continue;
      out.push(hit(m.index, end, 'high', 'outside-platform'));
    }
  }
  const handles =
    words.has(RAIL_HANDLE_NEAR) && (text.includes('@') || text.includes('$'))
      ? phraseMatches(RAIL_HANDLE_NEAR, words)
      : NO_MATCHES;
  for (const m of handles) {
    const handle = m[2] ?? m[4] ?? '';
    // "$AAPL", "$USD": tickers and currencies, not cashtags.
    if (/^\$[A-Z]{1,5}$/u.test(handle) || /^\$cashtag$/iu.test(handle)) continue;
    // A clone or a mockup of the app: "Cash App clone UI is done: $cashtag screen".
    if (RAIL_UI_TOPIC.test(around(text, m.index, m.index + m[0].length, 60, 40))) continue;
    const end = m.index + m[0].length;
    if (!isOffer(text, m.index, end, { subject: false, tech: TECH_NO_REFUND })) continue;
    out.push(hit(m.index, end, 'high', 'rail-handle', railPlatform(m[1] ?? m[3] ?? ''), handle));
  }
}

/** A shop and its customers in the Romance languages (THIRD_PARTY has the English ones). */
const CASH_TOPIC =
  /(?<![\p{L}])(?:clientes?|clienti|utenti|usuarios|usu[aá]rios|utilisateurs|compradores|acquirenti|acheteurs|tienda|loja|negozio|boutique|magasin|kunden|laden|pelanggan|toko)(?![\p{L}])/iu;

/**
 * Past "paid (in cash / via PayPal) for" a thing of one's own, nobody paid: a story about a
 * purchase ("I paid cash for this laptop back in 2019"), unless the thing is the work
 * ("paid cash for the first milestone" is what the rules are about).
 */
const PAID_FOR_THING =
  /^paid(?:\s{1,5}(?!(?:you|u|ya|him|her|them|me|us)(?![\p{L}]))[\p{L}-]{1,12}){1,5}\s{1,5}for\s{1,5}(?:this|that|my|our|his|her|their|the|a|an)\s(?![^.!?\n]{0,30}?(?<![\p{L}])(?:work|job|project|task|milestones?|rest|balance|remaining|order|design|logo|website|site|app|video|services?|gig|deposit|contract|hours?|invoice)(?![\p{L}]))/iu;

/** Cash with a pay or give word before it in its clause (the span starts there). */
function cashHit(text: string, m: RegExpExecArray, out: Hit[]): void {
  const end = m.index + m[0].length;
  let start = m.index;
  if (!/^cash\s/iu.test(m[0])) {
    const before = clauseBefore(text, m.index);
    // The first pay or give word of the clause; "in bar" wants a German one.
    const lead = CASH_LEAD.exec(before);
    if (lead === null) return;
    if (/^bar$/iu.test(m[0]) && !BAR_LEAD.test(before)) return;
    start = m.index - before.length + lead.index;
  }
  // "Los clientes pagan en efectivo en la tienda": a shop's customers.
  if (CASH_TOPIC.test(around(text, start, end, 60, 40))) return;
  if (isOffer(text, start, end)) out.push(hit(start, end, 'high', 'pay-in-cash', 'cash'));
}

/** The phrase patterns of the other languages, gift cards and invoices on a rail. */
function* moreLanguageHits(words: TextWords): Generator<Hit> {
  if (!words.any) return;
  const text = words.text;
  for (const m of phraseMatches(LOCAL_DIRECT, words)) {
    const end = m.index + m[0].length;
    // Turkish passive, past or progressive verbs describe ("ödeme direkt yapılır") or tell.
    if (m.groups?.tr !== undefined && !isTurkishOffer(text, m)) continue;
    if (ON_PLATFORM_AFTER.test(text.slice(end, end + 60))) continue;
    if (!isOffer(text, m.index, end)) continue;
    const rail = railIn(m[0]);
    yield hit(m.index, end, 'high', rail === undefined ? 'direct-payment' : 'pay-via-rail', rail);
  }
  for (const m of phraseMatches(FEE_AFTER, words)) {
    const end = m.index + m[0].length;
    // The fee named is not enough ("fee nahi lagegi" may be the rules): a rail, "directly"
    // or "outside the platform" around it.
    const ctx = around(text, m.index, end, 120, 120);
    if (!(DIRECT_WORD.test(ctx) || ANY_RAIL.test(ctx) || isOutsideCue(ctx))) continue;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    yield hit(m.index, end, 'high', 'fee-avoidance');
  }
  for (const m of phraseMatches(GIFT_CARD, words)) {
    const from = Math.max(0, m.index - 120);
    const lead = GIFT_LEAD_IN.exec(text.slice(from, m.index));
    if (lead === null) continue;
    const start = from + lead.index;
    let end = m.index + m[0].length;
    if (lead[1] !== undefined) {
      const sent = GIFT_CODE_SENT.exec(text.slice(end, end + 160));
      if (sent === null) continue;
      end += sent[0].length;
    }
    if (!isOffer(text, start, end)) continue;
    yield hit(start, end, 'high', 'gift-card', 'gift-card');
  }
  for (const m of phraseMatches(RAIL_INVOICE, words)) {
    const end = m.index + m[0].length;
    if (!isOffer(text, m.index, end)) continue;
    yield hit(m.index, end, 'high', 'rail-invoice', railPlatform(m[2] ?? ''));
  }
}

function* identifierHits(words: TextWords): Generator<Hit> {
  const text = words.text;
  for (const m of words.any ? anchoredMatches(PAYMENT_LINK, words) : NO_MATCHES) {
    const host = (m[1] ?? '').toLowerCase();
    const platform = railPlatform(host.split(/[./]/u)[0] ?? '') ?? host.split(/[./]/u)[0];
    yield hit(m.index, m.index + m[0].length, 'high', 'payment-link', platform, m[0].toLowerCase());
  }

  if (text.includes('@')) {
    for (const m of matchesOf(UPI_ID, text)) {
      yield hit(m.index, m.index + m[0].length, 'high', 'upi-id', 'upi', m[0].toLowerCase());
    }
  }
  if (IBAN_GATE.test(text)) yield* ibanHits(text);
  if (words.walletRun()) yield* cryptoHits(text);
  yield* bankDetailHits(words);
}

/** Spelled-out payment links, CLABEs and card numbers: rare, so a plain function gated by their words. */
function rareIdentifierHits(words: TextWords, out: Hit[]): void {
  const text = words.text;
  for (const m of anchoredMatches(SPELLED_LINK, words)) {
    const host = (m[1] ?? '').toLowerCase();
    // "pay pal dot me slash jane" matched from "pal": the span takes "pay " in.
    const spelledPal = /^p[a4@][l1]$/u.test(host);
    const platform = spelledPal ? 'paypal' : (railPlatform(host.split(/[./]/u)[0] ?? '') ?? host.split(/[./]/u)[0]);
    const start = spelledPal ? m.index - 4 : m.index;
    out.push(
      hit(
        start,
        m.index + m[0].length,
        'high',
        'payment-link',
        platform,
        text.slice(start, m.index + m[0].length).toLowerCase(),
      ),
    );
  }
  for (const m of anchoredMatches(LABELLED_NUMBER, words)) {
    const value = m.groups?.clabe ?? m.groups?.card ?? '';
    const digits = value.replace(/[\s-]/gu, '');
    const clabe = m.groups?.clabe !== undefined;
    if (!(clabe ? isValidClabe(digits) : isCardNumber(digits))) continue;
    const end = m.index + m[0].length;
    const ctx = around(text, m.index, end, 120, 60);
    if (TECH.test(ctx) || EXAMPLE_CONTEXT.test(ctx)) continue;
    // A card is paid into only with a money word around it ("оплату ... на карту").
    if (!clabe && !PAY_WORD.test(ctx)) continue;
    if (!isOffer(text, m.index, end, { subject: false })) continue;
    out.push(hit(end - value.length, end, 'high', clabe ? 'clabe' : 'card-number', clabe ? 'bank' : 'card', digits));
  }
}

/** Where an IBAN of `len` characters from `start` ends (single spaces or hyphens may separate characters), or -1. */
function ibanEnd(text: string, start: number, len: number): number {
  let i = start + 4;
  let count = 4;
  while (i < text.length && count < len) {
    const ch = text[i] as string;
    if (/[A-Za-z0-9]/u.test(ch)) {
      count++;
      i++;
    } else if ((ch === ' ' || ch === '-' || ch === '\n') && /[A-Za-z0-9]/u.test(text[i + 1] ?? '')) {
      i++;
    } else break;
  }
  return count !== len || /[\p{L}\p{N}]/u.test(text[i] ?? '') ? -1 : i;
}

/**
 * Where an IBAN-shaped value of any length from `start` ends: one compact run, or groups of
 * four after the first (only the first may be all letters, the last may be shorter), so the
 * words after it are not taken in.
 */
const IBAN_SHAPED =
  /[A-Z]{2}\p{N}{2}(?:[A-Za-z0-9]{10,30}|(?:[ -][A-Za-z0-9]{4})?(?:[ -](?=[A-Za-z]{0,3}\p{N})[A-Za-z0-9]{4}){1,6}(?:[ -](?=[A-Za-z]{0,2}\p{N})[A-Za-z0-9]{1,4})?)(?![\p{L}\p{N}])/uy;

/** Around a labelled IBAN that fails mod-97: a data or spec topic, not an account offered. */
const IBAN_NOT_OFFERED =
  /(?<![\p{L}])(?:invalid|wrong|fake|placeholder|mask\p{L}{0,3}|csv|columns?|fields?|import\p{L}{0,3}|export\p{L}{0,3}|database|table|rows?|spreadsheet|excel|json|xml|logs?|bug|error|fails?|failed|rejects?|rejected)(?![\p{L}])/iu;

/** "IBAN", "IBAN no.:", "IBAN is" right before a value. */
const IBAN_LABEL = /(?<![\p{L}])iban(?:\s{1,5}(?:no\.?|nr\.?|number|num|#|code))?(?:\s{0,5}(?:is|:|=|-|#))?\s{0,5}$/iu;

function* ibanHits(text: string): Generator<Hit> {
  for (const m of matchesOf(IBAN_START, text)) {
    const len = IBAN_LENGTHS[m[1] ?? ''];
    if (len === undefined) continue;
    const end = ibanEnd(text, m.index, len);
    if (end >= 0 && isValidIban(text.slice(m.index, end))) {
      const candidate = text.slice(m.index, end);
      const confidence: Confidence = EXAMPLE_CONTEXT.test(around(text, m.index, end, 80, 60)) ? 'medium' : 'high';
      yield hit(m.index, end, confidence, 'iban-mod97', 'bank', candidate.replace(/[\s-]/gu, '').toUpperCase());
      continue;
    }
    // Labelled "IBAN <value>" is offered as an account even when the value fails mod-97 (a
    // typo, a made-up number); an unlabelled one needs the checksum.
    if (!IBAN_LABEL.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    IBAN_SHAPED.lastIndex = m.index;
    const shaped = IBAN_SHAPED.exec(text);
    if (shaped === null) continue;
    const compact = shaped[0].replace(/[\s-]/gu, '').toUpperCase();
    if (compact.length < 14 || compact.length > 34) continue;
    const shapedEnd = m.index + shaped[0].length;
    const ctx = around(text, m.index, shapedEnd, 80, 60);
    // A spec or a test about IBANs ("IBAN DE00 1234... fails validation") is not an offer.
    if (EXAMPLE_CONTEXT.test(ctx) || TECH.test(ctx) || IBAN_NOT_OFFERED.test(ctx)) continue;
    // "ES00 0000 0000 ..." is a mask, not an account.
    if (new Set(compact.slice(4)).size < 4) continue;
    if (!isOffer(text, m.index, shapedEnd, { subject: false })) continue;
    yield hit(m.index, shapedEnd, 'high', 'iban-labelled', 'bank', compact);
  }
}

function walletDecision(text: string, start: number, end: number): 'cue' | 'none' | 'technical' {
  const before = text.slice(Math.max(0, start - 80), start);
  const ctx = around(text, start, end, 80, 40);
  if (PERSONAL_WALLET.test(before)) return 'cue';
  if (CRYPTO_TECH.test(ctx)) return 'technical';
  return CRYPTO_CUE.test(ctx) ? 'cue' : 'none';
}

function* cryptoHits(text: string): Generator<Hit> {
  const seen = new Set<number>();
  const checked = (re: RegExp, valid: (s: string) => boolean, evidence: string, platform: string) => {
    const out: Hit[] = [];
    for (const m of matchesOf(re, text)) {
      if (!valid(m[0])) continue;
      const end = m.index + m[0].length;
      const decision = walletDecision(text, m.index, end);
      if (decision === 'technical') continue;
      // A checksum-valid address is almost always shared to be paid; without any cue it is
      // still worth a caution.
      seen.add(m.index);
      out.push(hit(m.index, end, decision === 'cue' ? 'high' : 'low', evidence, platform, m[0]));
    }
    return out;
  };
  yield* checked(BTC_BASE58, isBitcoinBase58Address, 'btc-base58check', 'bitcoin');
  yield* checked(BTC_BECH32, isBitcoinBech32Address, 'btc-bech32', 'bitcoin');
  yield* checked(TRON, isTronAddress, 'tron-base58check', 'tron');
  for (const m of matchesOf(ETH, text)) {
    // 0x + 40 hex is also every contract address: only with a payment cue.
    const end = m.index + m[0].length;
    if (walletDecision(text, m.index, end) !== 'cue') continue;
    yield hit(m.index, end, 'high', 'eth-address-cue', 'ethereum', m[0].toLowerCase());
  }
  for (const m of matchesOf(SOL, text)) {
    if (seen.has(m.index)) continue;
    const s = m[0];
    if (!/\p{N}/u.test(s) || !/[A-Z]/u.test(s) || !/[a-z]/u.test(s) || !isSolanaAddressShape(s)) continue;
    const end = m.index + s.length;
    const ctx = around(text, m.index, end, 80, 40);
    // Base58 strings of 32 bytes are also keys and hashes: a Solana cue is required.
    if (!SOL_CUE.test(ctx) || walletDecision(text, m.index, end) !== 'cue') continue;
    yield hit(m.index, end, 'medium', 'sol-address-cue', 'solana', s);
  }
}

const BANK_TRIGGER = /acc|a\/c|cuenta|conta|konto|compte|clabe|cbu|cvu|routing|aba|transit|sort|bsb|ifsc|swift|bic/iu;

function* bankDetailHits(words: TextWords): Generator<Hit> {
  const text = words.text;
  if (!words.any || !(words.has(ACCOUNT_NUMBER) || words.has(BANK_CODE)) || !BANK_TRIGGER.test(text)) return;
  const accounts = [...anchoredMatches(ACCOUNT_NUMBER, words)];
  const codes = [...anchoredMatches(BANK_CODE, words)];
  if (accounts.length === 0 && codes.length === 0) return;
  const near = (a: RegExpMatchArray, list: RegExpMatchArray[]) =>
    list.some((b) => Math.abs((a.index ?? 0) - (b.index ?? 0)) < 160);
  const payCue = (s: number, e: number) =>
    /(?<![\p{L}])(?:pay\w{0,5}|send|deposit|transfer|wire|remit|bank|advance)(?![\p{L}])/iu.test(
      around(text, s, e, 100, 100),
    );
  for (const m of accounts) {
    const end = m.index + m[0].length;
    if (!(near(m, codes) || payCue(m.index, end))) continue;
    if (TECH.test(around(text, m.index, end, 80, 60)) || EXAMPLE_CONTEXT.test(around(text, m.index, end, 60, 40)))
      continue;
    yield hit(m.index, end, 'high', 'bank-account-details', 'bank');
  }
  for (const m of codes) {
    const end = m.index + m[0].length;
    if (!(near(m, accounts) || payCue(m.index, end))) continue;
    if (TECH.test(around(text, m.index, end, 80, 60)) || EXAMPLE_CONTEXT.test(around(text, m.index, end, 60, 40)))
      continue;
    yield hit(m.index, end, 'high', 'bank-account-details', 'bank');
  }
}

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/**
 * What the identifier finders need besides their start words: '@' (UPI_ID), two capitals
 * and two digits (IBAN_START), a run of 14 letters and digits (every wallet shape: bc1 + 11
 * is the shortest).
 */
const IBAN_GATE = /[A-Z]{2}\p{N}{2}/u;

const isAlnumCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * [A-Za-z0-9]{14} somewhere. Such a run holds every 14th position, so only those are looked
 * at, and the run around one measured (each character is read at most twice).
 */
function hasWalletRun(text: string): boolean {
  const n = text.length;
  let i = 13;
  while (i < n) {
    if (!isAlnumCode(text.charCodeAt(i))) {
      i += 14;
      continue;
    }
    let s = i;
    while (s > 0 && isAlnumCode(text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < n && isAlnumCode(text.charCodeAt(e))) e++;
    if (e - s >= 14) return true;
    // The next run starts after e, so its 14th character is at e + 14 or later.
    i = e + 14;
  }
  return false;
}

/** Necessary for any finding: a start word of some pattern, or an identifier's shape. */
function mayPay(text: string): boolean {
  const words = wordsOf(text);
  if (words.any) {
    for (const re of PHRASES) if (words.has(re)) return true;
    if (words.has(PAYMENT_LINK) || words.has(SPELLED_LINK)) return true;
    if ((words.has(ACCOUNT_NUMBER) || words.has(BANK_CODE)) && BANK_TRIGGER.test(text)) return true;
    if (words.has(LABELLED_NUMBER)) return true;
  }
  return text.includes('@') || words.walletRun() || IBAN_GATE.test(text);
}

/** Overlapping hits of this detector become one finding spanning them all. */
function merge(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      if (RANK[h.confidence] < RANK[last.confidence]) last.confidence = h.confidence;
      for (const e of h.evidence) if (!last.evidence.includes(e)) last.evidence.push(e);
      last.platform ??= h.platform;
      last.canonical ??= h.canonical;
    } else out.push({ ...h, evidence: [...h.evidence] });
  }
  return out;
}

export const paymentDetector = defineDetector({
  id: 'payment',
  categories: ['payment'],
  description:
    'Offers to pay or be paid outside the platform (PayPal, Wise, bank transfer, crypto, "skip the fees"), payment links and handles, IBANs, UPI ids and wallet addresses.',
  view: 'base',
  gate: mayPay,
  *find(text) {
    if (text.length === 0) return;
    offerChecks = 0;
    const words = wordsOf(text);
    const hits = [...phraseHits(words), ...moreLanguageHits(words), ...identifierHits(words)];
    // Plain functions (a generator per text costs more than these usually find).
    railTalkHits(words, hits);
    if (words.any && (words.has(LABELLED_NUMBER) || words.has(SPELLED_LINK))) rareIdentifierHits(words, hits);
    yield* merge(hits);
  },
  examples: {
    match: [
      'just pay me via PayPal',
      'Zelle works for me',
      'send it by Wise directly',
      'IBAN GB82 WEST 1234 5698 7654 32',
      'UPI: jane.doe@okicici',
      "let's skip the fees and do a direct bank transfer",
      'paypal.me/janedoe',
      'buy two Steam gift cards and text me the codes',
      'Bayarnya lewat GoPay saya aja',
      'Przelej resztę bezpośrednio, ominiemy prowizję',
    ],
    ignore: [
      'The winner of the contest gets a $50 gift card.',
      'Ödeme platform üzerinden yapılacak.',
      'Can you integrate PayPal and Stripe checkout on the store?',
      'I never accept PayPal outside the platform.',
      'My rate is $35/hr, paid through the contract.',
      'The contract is deployed at 0x52908400098527886E0F7030069857D2E4169EE7',
    ],
  },
});
