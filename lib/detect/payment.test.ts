import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../normalize';
import { detect } from './index';
import { paymentDetector } from './payment';
import { syntheticIban as iban, walletAddress as wallet } from './test-helpers';

/** Findings of the payment detector alone, as original-text slices with their evidence. */
function payments(text: string) {
  const mt = normalize(text, paymentDetector.view);
  return [...paymentDetector.find(mt.text, { defaultCountry: 'US' })].map((f) => ({
    text: text.slice(...toOriginalSpan(mt, f.start, f.end)),
    confidence: f.confidence,
    platform: f.platform,
    evidence: f.evidence ?? [],
  }));
}

// Synthetic identifiers, built here so no real account appears in the tests.
const BTC = wallet(0x05, 0x5a);
const TRX = wallet(0x41, 0x33);
const BECH32 = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'; // BIP-173 test vector
const ETH = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'.replace(/A/g, 'a'); // synthetic hex
const DE_IBAN = iban('DE', '500105175407324931');
const spaced = (s: string) => s.replace(/(.{4})/g, '$1 ').trim();

/**
 * Property: on any text made of these words and gaps, wherever the detector finds
 * something its gate passes (a gate that is shut there would hide the finding in detect()).
 */
function expectGateHolds(word: fc.Arbitrary<string>, gaps: string[]): void {
  const gap = fc.constantFrom(...gaps);
  const text = fc.array(fc.tuple(word, gap), { maxLength: 12 }).map((p) => p.map(([w, g]) => w + g).join(''));
  fc.assert(
    fc.property(text, (t) => {
      const base = normalize(t, 'base').text;
      if ([...paymentDetector.find(base, { defaultCountry: 'US' })].length > 0)
        expect(paymentDetector.gate?.(base)).toBe(true);
    }),
    { numRuns: 2000 },
  );
}

describe('payment: offers to pay outside the platform', () => {
  it.each([
    ['pay me via rail', 'Simpler if you pay me via PayPal for this one.', 'pay me via PayPal', 'paypal'],
    ['digits for letters', 'pls pay through p4ypal so no fees', 'pay through p4ypal', 'paypal'],
    ['send it by', 'For the bonus I can send it by Wise directly.', 'send it by Wise', 'wise'],
    ['send via', 'you can send via GCash after the delivery', 'send via GCash', 'gcash'],
    ['payoneer', 'Could you pay via Payoneer instead?', 'pay via Payoneer', 'payoneer'],
    ['payment noun', 'Payment through Revolut please.', 'Payment through Revolut', 'revolut'],
    ['obj + amount', "I'll send you 300 via Western Union", 'send you 300 via Western Union', 'western-union'],
    ['crypto as object', 'can I just send USDT to your wallet?', 'send USDT', 'crypto'],
    ['pay in coin', 'you can pay the rest in ETH', 'pay the rest in ETH', 'crypto'],
    ['cash', "I'll pay you cash when we meet", 'pay you cash', 'cash'],
    ['rail as verb', 'just Zelle me the balance', 'Zelle me', 'zelle'],
    ['bank transfer', "let's do a direct bank transfer for phase two", 'do a direct bank transfer', 'bank'],
    ['to my account', 'deposit the advance to my account tonight', 'deposit the advance to my account', 'bank'],
  ])('%s', (_name, text, span, platform) => {
    const found = payments(text);
    expect(found.map((f) => f.text)).toContain(span);
    expect(found.find((f) => f.text === span)?.platform).toBe(platform);
  });

  it.each([
    ['works for me', 'Zelle works for me, memo the project name.', 'Zelle works for me'],
    ['is fine', 'PayPal is fine.', 'PayPal is fine'],
    ['is easier', 'Honestly Wise is easier for me', 'Wise is easier'],
    ['two rails', 'Venmo or Cash App works for me', 'Venmo or Cash App works for me'],
    ['I accept', 'I accept Skrill and Payoneer', 'I accept Skrill'],
    ['do you accept', 'Do you accept Zelle?', 'Do you accept Zelle'],
    ['I prefer to be paid', "I'd prefer to be paid via Wise", "I'd prefer to be paid via Wise"],
    ['asks for handle', "what's your Venmo?", "what's your Venmo"],
    ['asks for details', 'send me your Wise details', 'send me your Wise details'],
  ])('preference or request: %s', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });

  it.each([
    ['handle', 'easiest is to Venmo @Sam-Lee-01 tonight', 'Venmo @Sam-Lee-01'],
    ['cashtag', 'Cash App: $samlee01', 'Cash App: $samlee01'],
    ['label then handle', 'my Revolut tag is @samlee', 'my Revolut tag is @samlee'],
  ])('rail + handle: %s (span covers the handle)', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });

  it('leaves an email or phone after the rail to its own detector', () => {
    const text = 'PayPal: sam.lee@example.com';
    expect(payments(text).map((f) => f.text)).toEqual(['PayPal: ']);
    const all = detect(text);
    expect(all.some((f) => f.category === 'payment')).toBe(true);
    expect(all.some((f) => f.category === 'email')).toBe(true);
  });

  it.each([
    ['direct', "I'll pay you directly", 'pay you directly'],
    ['wire directly', "we'll wire the money directly, no need for Upwork", 'wire the money directly'],
    ['no need for', "we'll wire the money directly, no need for Upwork", 'no need for Upwork'],
    ['outside + discount', "I'll give you 10% off if we do it outside Upwork", 'outside Upwork'],
    ['not through', 'we pay contractors via Deel, not through Upwork', 'not through Upwork'],
    ['payroll rail instead', 'we pay contractors via Deel, not through Upwork', 'pay contractors via Deel'],
    ['skip fees', "let's skip the fees and do a bank transfer", 'skip the fees'],
    ['avoid fees', 'to avoid the commission', 'avoid the commission'],
    ['rather not pay fee', "I'd rather not pay the Upwork fee", 'rather not pay the Upwork fee'],
    ['f&f', 'send it as PayPal f&f', 'f&f'],
  ])('around the platform: %s', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });

  it.each([
    ['es', 'Mejor págame por PayPal', 'págame por PayPal'],
    ['es transfer', 'te hago una transferencia bancaria mañana', 'hago una transferencia bancaria'],
    ['es outside', 'te pago por fuera de Upwork', 'por fuera de Upwork'],
    ['pt pix', 'me paga no pix', 'paga no pix'],
    ['pt chave', 'minha chave pix é o meu celular', 'minha chave pix'],
    ['pt faz', 'faz um pix pra mim', 'faz um pix'],
    ['fr', 'paie-moi par PayPal stp', 'paie-moi par PayPal'],
    ['fr envoie', "envoie-moi l'argent par Wise", "envoie-moi l'argent par Wise"],
    ['de', 'zahl mir per PayPal', 'zahl mir per PayPal'],
    ['de verb last', 'einfach per Überweisung zahlen', 'per Überweisung zahlen'],
    ['de outside', 'ich zahle lieber außerhalb von Upwork', 'außerhalb von Upwork'],
    ['hi direct', 'paise direct bhej do', 'paise direct bhej'],
    ['ur rail pe', 'easypaisa pe bhej do', 'easypaisa pe bhej'],
    ['ur kar do', 'jazzcash kar do bhai', 'jazzcash kar do'],
    ['hi outside', 'payment upwork ke bahar kar do', 'upwork ke bahar'],
    ['es subjunctive', 'prefiero que me pagues por transferencia', 'pagues por transferencia'],
    ['pt picpay', 'manda o pagamento pelo PicPay', 'manda o pagamento pelo PicPay'],
    ['fr direct', 'je préfère un virement bancaire direct', 'virement bancaire direct'],
  ])('multilingual: %s', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });
});

describe('payment: crypto as the thing sent', () => {
  it.each([
    ['network tag', 'I can send USDC (ERC20) after the first draft', 'send USDC (ERC20)'],
    ['tag no parens', 'will pay 150 USDT TRC-20 once the site is live', 'pay 150 USDT TRC-20'],
    ['once', "I'll transfer the BTC once you confirm", 'transfer the BTC'],
    ['after', 'we can pay you ETH after each milestone', 'pay you ETH'],
  ])('%s', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });

  it('a wallet-shaped string after "send <coin> to" is offered whatever its checksum', () => {
    const made = 'TZk4r8Wq2mNc7pLx5VbH3sDf9gJy6uE1aB';
    expect(payments(`Send 250 USDT (TRC20) to ${made}, then I start`)).toContainEqual(
      expect.objectContaining({ text: made, evidence: ['wallet-offered'] }),
    );
    expect(payments(`pls send the USDT to my wallet: ${made}`).map((f) => f.text)).toContain(made);
    // A valid address keeps its own finder's evidence.
    expect(payments(`send BTC to ${BECH32}`)).toContainEqual(
      expect.objectContaining({ text: BECH32, evidence: ['btc-bech32'] }),
    );
  });

  it.each([
    'The USDT (TRC20) price dipped again this morning',
    'We built a USDC (ERC20) payout dashboard for the exchange',
    'send the BTC summary to the channel',
    'send the ETH gas report to 4f8a9c2e7b1d3f5a6c8e0b2d4f6a8c0e',
    'The bot should send USDT (TRC20) price alerts twice a day',
    "don't send USDT once the contract is active",
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: rails named together with a preference', () => {
  it.each([
    ['both ok', 'GCash / PayMaya both ok for me', 'GCash / PayMaya both ok for me'],
    ['are fine with', 'Wise and Revolut are fine with me', 'Wise and Revolut are fine with me'],
    ['ok for you?', 'is Zelle ok for you?', 'Zelle ok for you'],
  ])('%s', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });

  it('"outside Upwork" with a rail nearby is about money', () => {
    expect(payments('Nequi works, outside Upwork is simpler honestly').map((f) => f.text)).toContain('outside Upwork');
  });

  it.each([
    'PayPal is ok for me to integrate in the checkout',
    'Being wise is good for us in the long run',
    'Both options ok for me, we keep everything on Upwork',
    "Let's continue outside Upwork, it's easier to chat.",
    'I also build WordPress sites outside Upwork for local shops',
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: Portuguese and Spanish off-platform deals', () => {
  it.each([
    ['pt fechar', 'Se topar, a gente fecha por fora e sai mais barato', 'fecha por fora'],
    ['pt te pago', 'Posso te pagar por fora, sem a taxa', 'te pagar por fora'],
    ['es te pago', 'Te pago por fuera y así nadie cobra comisión', 'Te pago por fuera'],
    ['es cerramos', 'Cerramos por fuera si te parece', 'Cerramos por fuera'],
    ['pt bare + pix', 'Fazemos por fora? Te mando um pix agora', 'por fora'],
    ['pt conta no banco', 'te mando minha conta do Itaú pra você depositar o sinal', 'minha conta do Itaú'],
    ['pt conta no inter', 'aqui está minha conta no Inter, deposita quando puder', 'minha conta no Inter'],
    ['es cuenta bancaria', 'te paso mi cuenta bancaria y me transfieres el anticipo', 'mi cuenta bancaria'],
    ['es mercado pago', 'te comparto mi cuenta de Mercado Pago para el pago', 'mi cuenta de Mercado Pago'],
    ['es outside platform', 'mejor pagamos fuera de la plataforma', 'fuera de la plataforma'],
  ])('%s', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });

  it.each([
    'Ganho um dinheiro por fora com fotografia',
    'Hago algo de dinero por fuera con clases',
    'A porta fica fechada por fora à noite',
    'o frete é pago por fora',
    'um layout pensado por fora da caixa',
    'Te passo minha conta do Instagram pra você ver o portfólio',
    'Mi cuenta de Mercado Pago fue bloqueada, ¿alguien sabe por qué?',
    'Integración de pagos con mi cuenta de Mercado Pago para la tienda',
    'O cliente pediu pra fechar por fora, o que eu faço?',
    'Não vou fechar por fora, prefiro a proteção do site.',
    'No te pago por fuera, todo por la plataforma',
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: Russian and Ukrainian', () => {
  it.each([
    ['ru direct', 'Давайте оплату напрямую, так быстрее', 'оплату напрямую'],
    ['ru to card', 'Переведу вам 4000 руб на карту после сдачи', 'Переведу вам 4000 руб на карту'],
    ['ru around', 'Заплачу в обход биржи, вам же лучше', 'Заплачу в обход биржи'],
    ['ru no fee', 'Предлагаю без комиссии сайта, договоримся', 'без комиссии сайта'],
    ['ru avoid fee', 'чтобы не платить комиссию площадке, давайте так', 'не платить комиссию'],
    ['uk direct', 'Оплачу напряму на картку, без комісії', 'Оплачу напряму на картку'],
    ['uk send', 'Скину гроші на картку сьогодні', 'Скину гроші на картку'],
  ])('%s', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });

  it.each([
    'Скиньте файлы напрямую в личку проекта',
    'Добавьте наш офис на карту города',
    'Переведите текст на карту сайта',
    'Сделать оплату на карту в приложении магазина',
    'Клиенты платят на карту при получении',
    'Заказчик просит оплату на карту, это нормально?',
    'Не платите напрямую, это нарушение правил',
    'Оплата через площадку, комиссия площадки 10%',
    'Оплата за проект проходит через биржу, как обычно',
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: reported speech', () => {
  it.each([
    'The buyer wrote: "pay me via Wise and skip the escrow". Should I report him?',
    "She said 'just Venmo me the rest' and stopped replying",
    'They told me: “I will pay you via PayPal directly”. I refused.',
    'My client messaged: pay you via Payoneer, no contract needed. Is this normal?',
  ])('a third party quoted is not an offer: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it.each([
    'Had a buyer last spring who wanted to pay me outside the platform to save fees. I said no.',
    'One recruiter kept asking to pay me through Zelle instead, so I blocked him.',
    'He tried to pay me by bank transfer to skip the fee; I reported it.',
  ])('a story of what someone else wanted is not an offer: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it.each([
    'Honestly I paid cash for this tablet back in 2020 and it still runs fine.',
    'I paid via PayPal for my photography course last year, worth every cent.',
  ])("a purchase of one's own, told, is not an offer: %s", (text) => {
    expect(payments(text)).toEqual([]);
  });

  it.each([
    ['I paid cash for the first milestone, now send the files', 'paid cash'],
    ['I paid you via PayPal for the logo, check your account', 'paid you via PayPal'],
    ['paid via Wise for the rest of the project, all done', 'paid via Wise'],
  ])('paying for the work still is: %s', (text, span) => {
    expect(
      payments(text)
        .map((f) => f.text)
        .join(' | '),
    ).toContain(span);
  });

  it.each([
    ["'pay via Wise' is fine by me", 'pay via Wise'],
    ['I told him: pay me via PayPal and we are done', 'pay me via PayPal'],
    ['He said it looks great. Pay me via Zelle please.', 'Pay me via Zelle'],
    ["The client's logo is done, pay me via Wise", 'pay me via Wise'],
  ])("the writer's own offer still is: %s", (text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });
});

describe('payment: account identifiers', () => {
  it('an IBAN with a valid mod-97 is enough, with or without spaces', () => {
    expect(payments(`IBAN: ${spaced(DE_IBAN)}, ref the invoice`)).toEqual([
      expect.objectContaining({ text: spaced(DE_IBAN), confidence: 'high', evidence: ['iban-mod97'] }),
    ]);
    expect(payments(`${DE_IBAN} is my account`).map((f) => f.text)).toEqual([DE_IBAN]);
    const ae = iban('AE', '0331234567890123456');
    expect(payments(`send the deposit to ${spaced(ae)}`).map((f) => f.text)).toContain(spaced(ae));
  });

  it('an unlabelled IBAN with a wrong check digit or length is not', () => {
    const bad = DE_IBAN.slice(0, -1) + (DE_IBAN.endsWith('1') ? '2' : '1');
    expect(payments(`ref ${bad}`)).toEqual([]);
    expect(payments(`code ${DE_IBAN}7`)).toEqual([]);
  });

  it('a labelled IBAN-shaped value is an account even when mod-97 fails', () => {
    const bad = DE_IBAN.slice(0, -1) + (DE_IBAN.endsWith('1') ? '2' : '1');
    expect(payments(`IBAN ${bad}`)).toEqual([expect.objectContaining({ text: bad, evidence: ['iban-labelled'] })]);
    expect(payments('Wire it here. IBAN: NL00 EXMP 0123 4567 89, Sam Lee').map((f) => f.text)).toEqual([
      'NL00 EXMP 0123 4567 89',
    ]);
    // The words after a grouped value are not taken in.
    expect(payments('my IBAN no. GB00 EXMP 1020 3040 5060 78 send the rest').map((f) => f.text)).toEqual([
      'GB00 EXMP 1020 3040 5060 78',
    ]);
    expect(payments('iban is FR0012345678901234567890123 thanks').map((f) => f.text)).toEqual([
      'FR0012345678901234567890123',
    ]);
  });

  it.each([
    'IBAN validation rejects DE00 1234 5678 9012 3456 78 in the unit test',
    'e.g. IBAN GB00 EXMP 1234 5678 9012 34 in the placeholder',
    'The importer reads IBAN ES00 0000 0000 0000 0000 0000 from the CSV column',
    'I never give my IBAN DE00 1234 5678 9012 3456 78 to clients',
    'IBAN XX00 1234 5678 9012 3456 78 is not a country',
    'Ticket 42: IBAN DE00 in the header',
  ])('a labelled IBAN that is not an offer: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it('an IBAN inside a validation spec loses confidence', () => {
    expect(payments(`the validator must accept ${DE_IBAN} as an example`)[0]?.confidence).toBe('medium');
  });

  it('UPI ids', () => {
    expect(payments('UPI id: sam.k@okhdfcbank, send the advance').map((f) => f.text)).toEqual(['sam.k@okhdfcbank']);
    expect(payments('gpay 9800000000@ybl').map((f) => f.text)).toContain('9800000000@ybl');
    expect(payments('mail sam@paytm.com')).toEqual([]);
  });

  it('crypto wallets: checksum-valid with a cue are high', () => {
    expect(payments(`send the BTC to ${BECH32} today`)).toContainEqual(
      expect.objectContaining({ text: BECH32, confidence: 'high', evidence: ['btc-bech32'] }),
    );
    expect(payments(`USDT TRC20: ${TRX}`)).toContainEqual(expect.objectContaining({ text: TRX, confidence: 'high' }));
    expect(payments(`my wallet ${BTC}`)).toContainEqual(expect.objectContaining({ text: BTC, confidence: 'high' }));
  });

  it('crypto wallets: checksum-valid without any cue are a low caution', () => {
    expect(payments(`${BTC} thanks!`)).toEqual([expect.objectContaining({ text: BTC, confidence: 'low' })]);
  });

  it('crypto wallets: invalid checksum or technical context gives nothing', () => {
    const typo = BTC.slice(0, 8) + (BTC[8] === 'k' ? 'm' : 'k') + BTC.slice(9);
    expect(payments(`ref ${typo} thanks`)).toEqual([]);
    expect(payments(`my wallet is ${typo}`)).toEqual([]);
    expect(payments(`the txid for ${BTC} is in the explorer`)).toEqual([]);
  });

  it('an ETH address needs a payment cue', () => {
    expect(payments(`pay in ETH, my wallet: ${ETH}`).map((f) => f.text)).toContain(ETH);
    expect(payments(`The contract is deployed on testnet at ${ETH}; please audit it.`)).toEqual([]);
    expect(payments(`see ${ETH} for the storage layout`)).toEqual([]);
  });

  it('bank account details with a bank code', () => {
    const found = payments('account number 00012345678, sort code 01-02-03');
    expect(found.map((f) => f.text)).toEqual(['account number 00012345678', 'sort code 01-02-03']);
    expect(payments('IFSC: ABCD0123456, please transfer the advance').map((f) => f.text)).toEqual([
      'IFSC: ABCD0123456',
    ]);
  });

  it('bank details shared or asked for, but not the platform payout settings', () => {
    expect(payments('can you send me your bank details so I can pay you?').map((f) => f.text)).toContain(
      'your bank details',
    );
    expect(payments('Bank details: Example Bank, acct 00012345').map((f) => f.text)).toContain('Bank details:');
    expect(payments('I updated my bank details in Upwork yesterday')).toEqual([]);
    expect(payments('The form collects bank details: IBAN and BIC')).toEqual([]);
  });

  it('payment links', () => {
    expect(payments('tip here: paypal.me/SamLeeStudio').map((f) => f.text)).toEqual(['paypal.me/SamLeeStudio']);
    expect(payments('https://revolut.me/samlee').map((f) => f.text)).toEqual(['https://revolut.me/samlee']);
  });
});

describe('payment: talking about payments is not an offer', () => {
  it.each([
    'Can you integrate PayPal and Stripe checkout on our store? Budget is $600 fixed.',
    'I used to lose 4.4% to PayPal fees before I moved my client work here.',
    'We accept USDT from our customers and need a dashboard to reconcile payments.',
    'Add IBAN and SWIFT validation to the invoice form, with the mod-97 check.',
    "Upwork's payment protection only covers hourly contracts logged with the app.",
    'My rate is $35/hr and I invoice weekly.',
    'The payment due date of my credit card is the 15th.',
    'I never accept PayPal outside the platform.',
    "I don't take payments outside Upwork.",
    'Paying outside the platform is against the ToS.',
    'Is it safe to pay outside Upwork?',
    'A scammer asked me to pay via Wise, should I report it?',
    'Customers pay via PayPal on the checkout page.',
    'Users should be able to pay with Apple Pay and Google Pay.',
    'Build a Flutter app where users send money via M-Pesa and GCash.',
    'I withdraw my earnings to Payoneer every Friday.',
    'Upwork sends payments to my Payoneer every week.',
    'Transfer the domain to my account when you can.',
    'It would be wise to send the files by Friday.',
    'send me the pix of the house',
    'more pix @sam.photos on insta',
    'stay wise @everyone',
    'Please pay through Upwork so we are both protected.',
    "Let's continue outside Upwork, it's easier to chat.",
    'The bot should send BTC price alerts every hour.',
    'Transfer the ETH balance check to a background worker.',
    'send 100 USDT to each test wallet on the Sepolia faucet',
    'Fixed the bug where the PayPal button rendered twice.',
    'Payment via Stripe is already implemented; we need Apple Pay too.',
    'I have 5 years of experience with Zelle, ACH and wire transfer reconciliation.',
    'no fees for milestone changes',
    'Sort by account number, then by routing number in the report.',
    'Getting error 0x80070643 on the Windows update.',
    'version 1.2.3, see commit 0x1f2e3d',
    '@Entity and @Table are set, @types/node is installed',
    'Sin comisión por cambios menores en el diseño.',
    'Pagamos via Upwork, sem problemas.',
  ])('%s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

/** Whether some finding's text holds `part`. */
const found = (text: string, part: string) => payments(text).some((f) => f.text.includes(part));

describe('payment: gift cards as payment', () => {
  it.each([
    ['buy, then text the codes', 'Grab four $25 Steam cards at any shop and text me the codes.', 'Steam cards'],
    [
      'purchase, then email the code',
      'Kindly purchase a Google Play gift card worth $200 and email us the redemption code.',
      'purchase a Google Play gift card',
    ],
    ['only takes cards', 'I only take payment in Amazon gift cards.', 'I only take payment in Amazon gift cards'],
    ['paid with cards', 'you can compensate me with iTunes gift cards', 'compensate me with iTunes gift cards'],
    ['send us cards', 'Send us two Razer Gold cards as the deposit.', 'Send us two Razer Gold cards'],
  ])('%s', (_name, text, part) => {
    expect(found(text, part)).toBe(true);
    expect(payments(text).find((f) => f.text.includes(part))?.platform).toBe('gift-card');
  });

  it.each([
    'We sell gift cards in the shop and online.',
    'Design a holiday gift card template for our bakery.',
    'The winner of the logo contest gets a $50 gift card.',
    'Buy a gift card for each winner and send them the codes.',
    'A client told me to buy Apple gift cards and send him the codes; I reported it.',
    'Users can pay with gift cards at checkout.',
    'Send me the gift card mockups when ready.',
    'Add a Google Play card icon to the footer.',
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: invoices and bills outside the platform', () => {
  it.each([
    ['rail invoice', 'Could you send us a PayPal invoice for the first milestone?', 'send us a PayPal invoice'],
    ['rail payment link', 'Happy to pay, just email me a Wise payment link.', 'email me a Wise payment link'],
    ['bill the company', 'Please bill our company directly, we have a card on file.', 'bill our company directly'],
    ['your own rail', 'Can you bill me through your own PayPal?', 'bill me through your own PayPal'],
    [
      'a dash ends the clause of an earlier negation',
      "I'd rather not give away 10% - can you invoice me directly?",
      'invoice me directly',
    ],
  ])('%s', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });

  it.each([
    "I'll bill you through Upwork as usual.",
    'The platform should email invoices directly to clients.',
    'We need a Stripe payment link on the pricing page.',
    'Send me the Stripe request logs from yesterday.',
    'We send customers a PayPal invoice after each order.',
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: more languages (Tagalog, Indonesian, Italian, Turkish, Polish, Vietnamese, Arabic, Hinglish, Bengali)', () => {
  it.each([
    ['tl rail', 'Magbabayad ako sa Maya mo mamaya.', 'Magbabayad ako sa Maya'],
    ['tl direct', 'Babayaran kita diretso para walang fee ang Upwork.', 'Babayaran kita diretso'],
    ['tl just the rail', 'PayMaya na lang yung bayad, salamat.', 'PayMaya na lang yung bayad'],
    ['id rail', 'Bayarnya lewat GoPay saya aja ya kak.', 'Bayarnya lewat GoPay'],
    ['id account', 'Tolong transfer DP ke rekening Mandiri saya.', 'transfer DP ke rekening Mandiri'],
    ['id to me', 'Kirim sisanya langsung ke saya, tanpa potongan platform.', 'Kirim sisanya langsung ke saya'],
    ['id no cut', 'Kirim sisanya langsung ke saya, tanpa potongan platform.', 'tanpa potongan platform'],
    ['it transfer', 'Ti pago con bonifico, così niente commissioni.', 'pago con bonifico'],
    ['it rail', 'Versami il saldo sulla mia Postepay.', 'Versami il saldo sulla mia Postepay'],
    ['it outside', 'Paghiamo fuori dalla piattaforma e risparmiamo la provvigione.', 'fuori dalla piattaforma'],
    ['it fee', 'Paghiamo fuori dalla piattaforma e risparmiamo la provvigione.', 'risparmiamo la provvigione'],
    ['tr account', "Kalanı IBAN'ıma havale edersen komisyon vermeyiz.", "Kalanı IBAN'ıma havale edersen"],
    ['tr fee', "Kalanı IBAN'ıma havale edersen komisyon vermeyiz.", 'komisyon vermeyiz'],
    ['tr direct', 'Parayı bana direkt öde, platform dışında.', 'Parayı bana direkt öde'],
    ['tr outside', 'Parayı bana direkt öde, platform dışında.', 'platform dışında'],
    ['tr rail account', 'Ücreti Papara hesabıma gönderebilir misin?', 'Ücreti Papara hesabıma gönderebilir'],
    ['pl account', 'Wpłać zaliczkę na moje konto, bez prowizji.', 'Wpłać zaliczkę na moje konto'],
    ['pl rail case', 'Zapłacę ci PayPalem poza serwisem.', 'Zapłacę ci PayPalem'],
    ['pl direct', 'Przelej resztę bezpośrednio, ominiemy opłaty platformy.', 'Przelej resztę bezpośrednio'],
    ['pl fee', 'Przelej resztę bezpośrednio, ominiemy opłaty platformy.', 'ominiemy opłaty platformy'],
    ['vi bank', 'Bạn chuyển tiền vào tài khoản Techcombank của mình nhé.', 'chuyển tiền vào tài khoản Techcombank'],
    ['vi direct', 'Thanh toán thẳng cho em, ngoài sàn cho đỡ phí.', 'Thanh toán thẳng cho em'],
    ['vi outside', 'Thanh toán thẳng cho em, ngoài sàn cho đỡ phí.', 'ngoài sàn'],
    ['ar wallet', 'حوللي المبلغ على انستاباي وبلاش عمولة المنصة', 'حوللي المبلغ على انستاباي'],
    ['ar direct', 'ادفع مباشرة لي بدون رسوم', 'ادفع مباشرة لي'],
    ['ar outside', 'نشتغل خارج المنصة ونوفر العمولة', 'خارج المنصة'],
    ['ar fee', 'نشتغل خارج المنصة ونوفر العمولة', 'ونوفر العمولة'],
    ['hi rail', 'Seedha Paytm kar do, Upwork ka cut bachega.', 'Paytm kar do'],
    ['hi fee', 'Seedha Paytm kar do, Upwork ka cut bachega.', 'cut bachega'],
    ['hi bank', 'NEFT kar do is account pe, fees bach jayegi.', 'NEFT kar do'],
    ['bn wallet', 'Rocket e taka diye din, Upwork er baire.', 'Rocket e taka diye din'],
    ['bn outside', 'Rocket e taka diye din, Upwork er baire.', 'Upwork er baire'],
    ['bn direct', 'Amount sorasori amake pathiye din.', 'Amount sorasori amake pathiye din'],
  ])('%s', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });

  it.each([
    'Magkano ang fee ng platform para sa bonus?',
    'Kailangan namin ng GCash API integration sa app.',
    'Nagbayad ako sa GCash kahapon para sa kuryente.',
    'Huwag kayong magbayad sa GCash, dito lang sa Upwork.',
    'Walang fee ang GCash transfers sa app namin.',
    'Pembayaran tetap lewat Upwork ya kak.',
    'Jangan transfer ke rekening pribadi siapa pun.',
    'Fitur bayar lewat OVO di aplikasi kami error.',
    'Harga Rp 1.500.000 sudah termasuk biaya platform.',
    'Bayar pakai dana pribadi dulu, nanti diganti kantor.',
    'Il cliente paga con PayPal nel nostro negozio.',
    'Ti mando direttamente il preventivo.',
    'Non pagare mai fuori dalla piattaforma.',
    'La commissione della piattaforma è il 10%.',
    'Ödeme platform üzerinden yapılacak.',
    'Papara entegrasyonu için teklif bekliyorum.',
    "Ödemeyi Papara'dan yaptım, teşekkürler.",
    'Bunu doğrudan yaparım.',
    'Daveti GitHub hesabıma gönder lütfen.',
    'Platformun komisyonu yüzde on.',
    'Klient płaci BLIK-iem w naszym sklepie.',
    'Nie płać nikomu poza platformą.',
    'Prowizja platformy to 10%.',
    'Thanh toán qua nền tảng như mọi khi nhé.',
    'Khách hàng trả tiền qua Momo trên ứng dụng.',
    'Đừng chuyển khoản ngoài sàn nhé.',
    'Phí sàn là 10%.',
    'كل المدفوعات تتم عن طريق المنصة',
    'لا تحول أي فلوس خارج المنصة',
    'نحتاج ربط الدفع عن طريق فودافون كاش في التطبيق',
    'سأدفع مباشرة بعد الموافقة',
    'Platform fee 20% hai, isliye rate zyada hai.',
    'Payment Upwork pe hi hoga.',
    'bKash API integration lagbe amader app e.',
    'Upwork er fee 10%, eta niyom.',
    'Send the draft to Maya and Dana for review.',
    'I completed my BCA in 2019.',
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: phrases that must not be dropped', () => {
  it.each([
    ['paid to my account', 'Please pay the remaining amount to my account.', 'pay the remaining amount to my account'],
    ['a named bank', 'Just deposit it to my Barclays account.', 'deposit it to my Barclays account'],
    ['a share of the fee', 'If you agree we can skip the 10% fee.', 'skip the 10% fee'],
    ['rail + direct pls', 'p4ypal direct pls, I knock off 5%', 'p4ypal direct'],
    ['singular Gebühr', 'Gern per Überweisung direkt machen, ohne Plattformgebühr.', 'ohne Plattformgebühr'],
    ['swahili verbs', 'tuma kwa 0712 555 019 via mpesa', 'tuma kwa 0712 555 019 via mpesa'],
  ])('%s', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });

  it.each([
    'Deposit the funds to my Upwork account as usual.',
    'Transfer the domain to my GoDaddy account.',
    'PayPal direct checkout is already implemented.',
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: robustness', () => {
  it('never throws and keeps spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const mt = normalize(s, 'base');
        for (const f of paymentDetector.find(mt.text, { defaultCountry: 'US' })) {
          if (!(f.start >= 0 && f.end > f.start && f.end <= mt.text.length)) return false;
        }
        return true;
      }),
    );
  });

  it('scans 100 KB of hostile input quickly', () => {
    for (const chunk of [
      'pay me the money via ',
      'avoid the the fees no ',
      `send to ${BTC} `,
      'DE89 3704 0044 ',
      'p4ypal @a: ',
    ]) {
      const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
      const t0 = performance.now();
      [...paymentDetector.find(text, { defaultCountry: 'US' })];
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });

  it('merges overlapping hits into one finding', () => {
    const found = payments('payment via Revolut is fine');
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toEqual(expect.arrayContaining(['pay-via-rail', 'rail-preference']));
  });
});

describe('payment: start words', () => {
  it('keeps its gate shut for everyday verbs without a rail or a money word', () => {
    for (const text of [
      'I will send the revised draft tomorrow.',
      'Thanks for the update, send the files when ready.',
      'I think I can get it done by Friday, I will send it then.',
    ])
      expect(paymentDetector.gate?.(normalize(text, 'base').text)).toBe(false);
  });

  it('finds rails spelled with look-alikes and case forms the regexes accept', () => {
    expect(payments('pls pay via P4YPAL').map((f) => f.text)).toEqual(['pay via P4YPAL']);
    expect(payments('ſend it via Wise').map((f) => f.text)).toEqual(['ſend it via Wise']);
  });

  it('passes its gate wherever it finds something in mixed phrases', () => {
    const word = fc.constantFrom(
      'pay',
      'send',
      'me',
      'you',
      'via',
      'PayPal',
      'p4ypal',
      'Wise',
      'Zelle',
      'works',
      'for',
      'bank',
      'transfer',
      'direct',
      'directly',
      'outside',
      'Upwork',
      'skip',
      'the',
      'fees',
      'USDT',
      'cash',
      'my',
      'Venmo',
      '@sam',
      'account',
      'number',
      '12345678',
      'routing',
      '021000021',
      'do',
      'a',
      'friends',
      'and',
      'family',
      'pix',
      'chave',
    );
    expectGateHolds(word, [' ', ' ', ', ', '. ', ': ', '\n']);
  });
});

describe('payment: asking whether the other side has or takes a rail', () => {
  it.each([
    ['en do instead', 'could you just do Venmo instead?', 'could you just do Venmo'],
    ['en have you got', 'have you got Revolut? then it lands in a minute', 'have you got Revolut'],
    ['en how about', 'how about Wise instead?', 'how about Wise'],
    ['es aceptas', '¿Aceptan Nequi? Así les transfiero hoy.', 'Aceptan Nequi'],
    ['es bizum', '¿Tienes Bizum? Te lo paso ahora.', 'Tienes Bizum'],
    ['pt aceita', 'Você aceita Pix? Mando já.', 'Você aceita Pix'],
    ['fr acceptez', 'Acceptez-vous PayPal ? Je règle ce soir.', 'Acceptez-vous PayPal'],
    ['de habt ihr', 'Habt ihr PayPal? Dann geht es sofort raus.', 'Habt ihr PayPal'],
    ['it accetti', 'Accetti Satispay? Così chiudiamo subito.', 'Accetti Satispay'],
    ['id punya', 'Kamu punya GoPay? Aku kirim sekarang.', 'Kamu punya GoPay'],
    ['hi aapke paas', 'Aapke paas Paytm hai? Abhi bhej deta hoon.', 'Aapke paas Paytm hai'],
    ['tl may', 'May GCash ka ba? Doon ko na lang ipapadala.', 'May GCash ka'],
    ['tl pwede na lang', 'Sir, pwede po Maya na lang? Mas mabilis.', 'pwede po Maya na lang'],
    ['tl sa rail', 'Sa Palawan Express na lang po kayo magpadala.', 'Sa Palawan Express na lang po kayo magpadala'],
    ['tl remittance counter', 'Cebuana na lang po ang padala, salamat.', 'Cebuana na lang po ang padala'],
    ['hi two rails pe kar do', 'Baaki amount Paytm ya PhonePe pe kar do.', 'Paytm ya PhonePe pe kar do'],
    ['hi own wallet', 'Mera JazzCash account hai, wahan bhej dena.', 'Mera JazzCash account hai'],
    ['hi rail direct', 'Wise pe direct bhej dein, fees kam hogi.', 'Wise pe direct bhej'],
    ['do the rest via', 'Can we do the final $250 through Venmo?', 'do the final $250 through Venmo'],
    [
      'send the balance to someone via',
      'then send the rest to my sister via Zelle',
      'send the rest to my sister via Zelle',
    ],
    ['do it directly', 'we could do it through M-Pesa directly next time', 'do it through M-Pesa'],
  ])('%s', (_name, text, span) => {
    expect(payments(text).map((f) => f.text)).toContain(span);
  });

  it.each([
    'Can you do PayPal integration for the checkout?',
    'Do you have Stripe experience?',
    'Which gateways should the site support? How about PayPal?',
    'Can we use Stripe instead of PayPal for the store?',
    'Could you do Apple Pay instead in the iOS app?',
    '¿La tienda tiene PayPal?',
    '¿Tienes experiencia con Mercado Pago?',
    'Hast du Erfahrung mit PayPal?',
    'Do you accept Bitcoin payments on the store?',
    'Can I pay with PayPal on Upwork?',
    'Mera Payoneer account hai, Upwork se withdraw karta hoon.',
    'Can you do the remaining screens via Figma?',
    'Please handle the remaining payments via Stripe Connect in the backend.',
    'We can settle the balance via Upwork as usual.',
    "They said 'do you accept Bizum?' and I said no.",
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: cash handed over in person', () => {
  it.each([
    ['en', "I'll give you the balance in cash when we meet at the cafe.", 'balance in cash'],
    ['es', 'Te pago el resto en efectivo cuando nos veamos.', 'pago el resto en efectivo'],
    ['pt', 'Posso te pagar em dinheiro quando a gente se encontrar.', 'pagar em dinheiro'],
    ['fr', 'Je te paie en liquide samedi, c’est plus simple.', 'paie en liquide'],
    ['de', 'Den Rest zahle ich dir in bar, wenn wir uns treffen.', 'zahle ich dir in bar'],
    ['it', 'Ti do il saldo in contanti domani al bar.', 'saldo in contanti'],
    ['ru', 'Заплачу наличными при встрече.', 'Заплачу наличными'],
    ['ar', 'هدفع لك الباقي كاش لما نتقابل', 'الباقي كاش'],
    ['id', 'Bayar tunai aja pas ketemu ya.', 'Bayar tunai'],
    ['hi', 'Main aapko cash mein de dunga jab milenge.', 'cash mein de dunga'],
  ])('%s', (_name, text, span) => {
    expect(found(text, span)).toBe(true);
  });

  it.each([
    'Customers pay in cash on delivery.',
    'Los clientes pagan en efectivo en la tienda.',
    'Il cliente paga in contanti alla consegna, aggiungi questa opzione al negozio.',
    'Paiement en espèces accepté au magasin, ajoute ça sur la page.',
    'Show the rest in bar charts, please.',
    'We won a cash prize in the hackathon.',
    'Cash flow projections for Q3 are in the sheet.',
    "I don't accept cash, only payments through Upwork.",
    'Never send cash by mail.',
    'A scammer told me to pay him in cash, should I report it?',
    'Hemos ganado un premio en efectivo.',
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: the contract closed here, the rest settled outside', () => {
  it.each([
    [
      'en directly',
      "Let's close the contract here and I'll pay the rest to you directly.",
      'pay the rest to you directly',
    ],
    [
      'en outside',
      "We'll end the contract on Upwork and settle the remaining balance outside.",
      'settle the remaining balance outside',
    ],
    ['de', 'Beenden wir den Vertrag hier, den Rest zahle ich außerhalb.', 'Rest zahle ich außerhalb'],
    ['de verb last', 'Den Restbetrag können wir außerhalb regeln, per Überweisung.', 'Restbetrag können wir außerhalb'],
    ['es', 'Cerramos el contrato aquí y el resto me lo pagas por fuera.', 'me lo pagas por fuera'],
    [
      'fr',
      'On clôture le contrat ici et tu me paies le reste en dehors de la plateforme.',
      'en dehors de la plateforme',
    ],
    ['fr bare hors', 'Merci de régler le solde hors plateforme.', 'hors plateforme'],
    ['it fuori', 'Chiudiamo qui su Upwork e il resto me lo versi fuori.', 'resto me lo versi fuori'],
    ['ar', 'نخلص العقد هنا وتدفع لي الباقي خارج الموقع', 'خارج الموقع'],
    ['tl', 'Tapusin na natin ang kontrata dito, sa labas na lang ng platform ang bayad.', 'labas na lang ng platform'],
    ['de account verb last', 'Du kannst es direkt auf mein Konto überweisen.', 'auf mein Konto überweisen'],
    [
      'negated purpose clause',
      "I'll open a $10 milestone so the platform doesn't notice and wire the other $900 via Wise.",
      'wire the other $900 via Wise',
    ],
  ])('%s', (_name, text, span) => {
    expect(found(text, span)).toBe(true);
  });

  it.each([
    'The rest of the team works outside the office.',
    'Save the rest outside the repo in a backup folder.',
    'Keep the balance outside the container div.',
    "We'll close the contract here once the milestone is approved and leave a review.",
    'The remaining tasks can be done outside working hours.',
    'The rest outside of scope will be quoted separately.',
    "I won't pay the rest outside Upwork.",
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: account details asked for or named', () => {
  it.each([
    [
      'routing and account',
      'share your routing and account number so I can wire the deposit',
      'routing and account number',
    ],
    ['account and code', 'Send me your account number and sort code today.', 'account number and sort code'],
    ['hi', 'Apna bank account number aur IFSC bhej do, NEFT kar dunga.', 'bank account number'],
    ['wallet address', "what's your USDT wallet address? I'll send the advance", 'USDT wallet address'],
    ['id wallet', 'Kirim alamat wallet BEP20 kamu, nanti aku transfer.', 'wallet BEP20 kamu'],
    ['id account', 'Minta nomor rekening kamu ya, biar aku transfer.', 'rekening kamu'],
    ['es', 'Pásame tu CBU y te transfiero el anticipo.', 'CBU'],
    ['de', 'Schick mir deine IBAN, dann überweise ich direkt.', 'IBAN'],
    ['fr rib', 'Envoie-moi ton RIB, je fais le virement demain.', 'RIB'],
    ['hi rail id', 'Apna UPI id bhej do, main transfer kar deta hoon.', 'UPI id bhej'],
    ['own handle offered', "I'll send you my PayPal email after the call.", 'my PayPal email'],
  ])('%s', (_name, text, span) => {
    expect(found(text, span)).toBe(true);
  });

  it.each([
    'Enter your IBAN in the Upwork payout settings.',
    'Validate the IBAN field and the wallet address input in the form.',
    'Connect your wallet address to the dApp to mint the NFT.',
    'Send me your wallet address and I will add you to the whitelist.',
    'I lost my wallet yesterday.',
    'My bank account was hacked last week, sorry for the delay.',
    'Never share your bank account number with anyone.',
    "I'll send you my PayPal receipts for the expense report.",
    'My rib still hurts after the fall.',
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it('the account named right before its value is left to the identifier finders', () => {
    expect(payments(`my IBAN is ${spaced(DE_IBAN)}`).map((f) => f.text)).toEqual([spaced(DE_IBAN)]);
  });
});

describe('payment: handles, refunds and checks (the scams)', () => {
  it.each([
    ['handle a few words after the rail', 'Zelle is fine, my tag is @lee-designs', '@lee-designs'],
    ['I am the handle', "Venmo's easiest, I'm @Lee-Studio-01", '@Lee-Studio-01'],
    ['cashtag near Cash App', 'cash app works best for me $DesignByLee', '$DesignByLee'],
    [
      'refund to own rail',
      'refund the extra to my Venmo please, I overpaid by mistake',
      'refund the extra to my Venmo',
    ],
    [
      'refund with cashtag',
      'Oops, I sent $900 not $90. Refund the difference to my Cash App $LeeRefunds',
      '$LeeRefunds',
    ],
    [
      'fake check',
      "Our firm will courier you a cashier's check for $3,100 to buy the software licenses.",
      'courier you a cashier',
    ],
    ['mail the cheque', 'Please mail the cheque to 12 Example Road, payable to J. Smith.', 'mail the cheque'],
    ['write a check', "I'll write you a check for $400 when I see you.", 'write you a check'],
    ['recharge deposit', 'To unlock the next tasks recharge 50 USDT to the account first.', 'recharge 50 USDT'],
  ])('%s', (_name, text, part) => {
    expect(found(text, part)).toBe(true);
  });

  it.each([
    'Cash App clone UI with a $cashtag field.',
    'Our bot posts $AAPL and $TSLA prices every morning next to the Cash App logo.',
    'Ask me anything about Zelle, I am @mike on the forum.',
    'Refund the customer via Stripe when the order fails.',
    'Users can refund orders to their PayPal from the dashboard.',
    'Upwork will refund the difference to my card.',
    'Check the logs and send me the check results.',
    'Please send the check-in reminder to all guests.',
    "I'll mail you a check list of the deliverables.",
    'They mailed me a check for $500 once and it bounced, so I only work through Upwork now.',
    'The client asked me to mail him a check for the equipment, is this a scam?',
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: fee avoidance in more forms', () => {
  it.each([
    ['saves us', 'This way it saves us both the fee.', 'saves us both the fee'],
    ['saves you a share', 'It saves you the 10% fee if we go through Wise.', 'saves you the 10% fee'],
    ['tl kaltas', 'Para hindi na kaltasan ng service fee, GCash na lang po.', 'kaltasan ng service fee'],
    ['fr entre amis', 'Envoie via PayPal entre proches, pas de frais.', 'entre proches'],
  ])('%s', (_name, text, span) => {
    expect(found(text, span)).toBe(true);
  });

  it.each([
    'Upwork doesn’t take a cut of tips? I thought it did.',
    'This saves us both the time of writing specs.',
    'Please save the cut as a new version in Premiere.',
  ])('not: %s', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('payment: a quoted label is a mention', () => {
  it.each([
    "The footer text 'Send payment via Zelle' is outdated, please remove it.",
    'Add a "Pay by bank transfer" option to the checkout page.',
    "The 'Pay with PayPal' button should be blue.",
    "The invoice template has a 'Pay via Wise' line that we must delete.",
    'Rename the button labelled “Pay me via Venmo” to “Donate”.',
  ])('%s', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it('a quoted offer of the writer is still one', () => {
    expect(payments("'pay me via Wise' - that's my offer").map((f) => f.text)).toContain('pay me via Wise');
  });
});

describe('payment: rails and identifiers added as data', () => {
  /** Completes a number with its check digit: Luhn (cards) or weights 3, 7, 1 (CLABE). */
  const luhn = (body: string) => {
    for (let d = 0; d < 10; d++) {
      const n = body + d;
      let sum = 0;
      for (let i = 0; i < n.length; i++) {
        let x = Number(n[n.length - 1 - i]);
        if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
        sum += x;
      }
      if (sum % 10 === 0) return n;
    }
    return body;
  };
  const clabe = (body: string) => {
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += (Number(body[i]) * ([3, 7, 1][i % 3] as number)) % 10;
    return body + ((10 - (sum % 10)) % 10);
  };
  const card = luhn('220012345678901');
  const spacedCard = card.replace(/(\d{4})(?=\d)/g, '$1 ');

  it.each([
    ['bizum', 'Mándamelo por Bizum cuando puedas.', 'Bizum'],
    ['yoomoney', 'Оплачу через ЮMoney сразу после сдачи.', 'Оплачу через ЮMoney'],
    ['sbp', 'Скинь по СБП, номер тот же.', 'Скинь по СБП'],
    ['bank app', 'Переведу на Сбер, как закончишь.', 'Переведу на Сбер'],
    ['it recharge', 'Ricaricami la Postepay stasera.', 'Ricaricami la Postepay'],
    ['ar send to rail', 'ابعت المبلغ على انستاباي بعد التسليم', 'ابعت المبلغ على انستاباي'],
    ['ach', 'We pay net 30 by ACH to your account.', 'pay net 30 by ACH'],
    ['pt sepa direct', 'Aceito transferência SEPA direta para a conta abaixo.', 'transferência SEPA direta'],
  ])('%s', (_name, text, span) => {
    expect(found(text, span)).toBe(true);
  });

  it('a CLABE a few words after its name, checked', () => {
    const value = clabe('01218000118359719');
    expect(payments(`Te paso mi CLABE para el depósito: ${value}`).map((f) => f.text)).toContain(value);
    // A wrong check digit: the number is not taken (the account named still is an offer).
    const wrong = value.slice(0, -1) + ((Number(value.slice(-1)) + 1) % 10);
    expect(payments(`Te paso mi CLABE para el depósito: ${wrong}`).map((f) => f.text)).toEqual(['CLABE']);
    expect(payments(`Ref CLABE docs: ${value} is the example in the spec`)).toEqual([]);
  });

  it('a card number to pay into, Luhn-checked, with money around', () => {
    expect(payments(`Оплату можно на карту. Номер карты ${spacedCard}`).map((f) => f.text)).toContain(spacedCard);
    expect(payments(`Card number ${spacedCard} is stored in the vault for tests`)).toEqual([]);
    expect(payments('Use card number 4242 4242 4242 4242 in the sandbox checkout')).toEqual([]);
  });

  it('a payment link spelled out', () => {
    expect(found('pay pal dot me slash samlee01 for the deposit', 'pay pal dot me slash samlee01')).toBe(true);
    expect(payments('my friend pal dot me is not a link')).toEqual([]);
  });

  it('an IBAN split over lines', () => {
    const lines = DE_IBAN.replace(/(.{8})/g, '$1\n').trim();
    expect(payments(`IBAN:\n${lines}`).map((f) => f.text)).toEqual([lines]);
  });
});

describe('payment: start words of the rail, cash, check and account talk', () => {
  it('passes its gate wherever it finds something', () => {
    const word = fc.constantFrom(
      'can',
      'you',
      'do',
      'have',
      'got',
      'Bizum',
      'Zelle',
      'Venmo',
      'instead',
      '?',
      'tienes',
      'hast',
      'du',
      'pwede',
      'po',
      'GCash',
      'na',
      'lang',
      'pay',
      'me',
      'in',
      'cash',
      'efectivo',
      'the',
      'rest',
      'outside',
      'mail',
      'a',
      'check',
      'for',
      '$500',
      'your',
      'USDT',
      'wallet',
      'address',
      'IBAN',
      'refund',
      'to',
      'my',
      'Cash App',
      '$SamLee',
      "I'm",
      '@sam',
      'card',
      'number',
      'dot',
      'slash',
    );
    expectGateHolds(word, [' ', ' ', ', ', '. ', '\n']);
  });
});

describe('payment: hostile input for the rail, cash, check and account talk', () => {
  it('scans 100 KB of each quickly', () => {
    for (const chunk of [
      'can you do PayPal ',
      'pay me in cash ',
      'the rest outside ',
      'mail you a check of $5 ',
      'your wallet address ',
      'cash app $ab ',
      "'Pay via Wise' ",
      'refund the the the to my Venmo ',
      'Оплата через ЮMoney ',
    ]) {
      const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
      const t0 = performance.now();
      [...paymentDetector.find(text, { defaultCountry: 'US' })];
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
});
