/**
 * Hostile inputs of about 100 K chars each, shared by the worst-case tests (a generous bound)
 * and the benchmark (exact figures): the shapes that make a careless regex or loop blow up.
 */
export const HOSTILE_INPUTS: Record<string, string> = {
  'long digit run': '9'.repeat(100_000),
  'digits and separators': '1 2-3.4 '.repeat(12_500),
  'repeated @': '@'.repeat(100_000),
  'a. repeated': 'a.'.repeat(50_000),
  'at dot words': 'a at b dot '.repeat(9_091),
  'number words': 'nine one seven '.repeat(6_667),
  emoji: '😀1'.repeat(33_334),
  'zero-width': 'a\u200b'.repeat(50_000),
  'look-alike digits': 'O0l1 '.repeat(20_000),
  'spaced letters': 'a '.repeat(50_000),
  'url-ish': 'http://a.b/'.repeat(9_091),
  'street words': '12 Main Street Apt 4 '.repeat(4_762),
  'handles and cues': 'telegram @x_ whatsapp '.repeat(4_546),
  'arabic text': 'ممكن رقم الواتساب؟ عشان نتفق '.repeat(3_449),
  'payment phrases': 'send 300 USDT (TRC20) to por fora на карту '.repeat(2_326),
  'symbol for @': 'sara.k🌀gmail.com '.repeat(5_556),
  'spelled-out names': 't e l e g r a m '.repeat(6_250),
};
