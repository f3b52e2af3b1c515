import { beforeAll, describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../normalize';
import { detect } from './index';
import { phoneDetector } from './phone';

/**
 * This detector alone, with spans mapped to the original text exactly as detect() does, so
 * other detectors' overlapping findings do not hide what this one reports.
 */
function phones(text: string, defaultCountry = 'US') {
  const view = normalize(text, phoneDetector.view);
  return [...phoneDetector.find(view.text, { defaultCountry })].map((f) => {
    const [start, end] = toOriginalSpan(view, f.start, f.end);
    return { ...f, start, end, detector: phoneDetector.id };
  });
}

// libphonenumber compiles its metadata patterns on first use: slow on a loaded machine.
beforeAll(() => {
  phones('call 0300 1234567 or +1 415 555 0132');
}, 60_000);

function spans(text: string, defaultCountry = 'US'): string[] {
  return phones(text, defaultCountry).map((f) => text.slice(f.start, f.end));
}

describe('phone detector', { timeout: 30_000 }, () => {
  // [text, the exact span expected in the ORIGINAL text, canonical]
  const MATCH: [string, string, string][] = [
    ['call me on +1 (415) 555-0132 tomorrow', '+1 (415) 555-0132', '+14155550132'],
    ['my whatsapp 0300 1234567 please', '0300 1234567', '+923001234567'],
    ['Contact: O3OO-l234567 for details', 'O3OO-l234567', '+923001234567'],
    ['ping me on 9 1 7 - 5 5 5 - 0 1 9 9 anytime', '9 1 7 - 5 5 5 - 0 1 9 9', '+19175550199'],
    ['whatsapp + 9 7 1   5 0   3 2 8   4 4 1 7   ok', '+ 9 7 1   5 0   3 2 8   4 4 1 7', '+971503284417'],
    ['reach me at 415.555.0199 after 10am', '415.555.0199', '+14155550199'],
    ['office (312) 555-0148 ext. 22 ask for Dana', '(312) 555-0148 ext. 22', '+13125550148'],
    ['Pode me chamar no +55 11 98734-2210 hoje', '+55 11 98734-2210', '+5511987342210'],
    ['Text me 0917 five six two 8841 anytime', '0917 five six two 8841', '+919175628841'], // also a PH mobile
    ['Viber +380 67 214 55 09 там', '+380 67 214 55 09', '+380672145509'],
    ['Zalo: 0903 556 812', '0903 556 812', '+84903556812'],
    ['call me 0412 345 678', '0412 345 678', '+61412345678'],
    ['toll free 1 866 555 0142 now', '1 866 555 0142', '+18665550142'],
    ['helpline 18665550142 now', '18665550142', '+18665550142'],
    ['helpline 1866555-0142 now', '1866555-0142', '+18665550142'],
    ['رقمي ٠١٠٩٨٤٧٣٢١٥ شكرا', '٠١٠٩٨٤٧٣٢١٥', '+201098473215'],
    ['call ＋６３ ９１７ ４８２ ３３０１', '＋６３ ９１７ ４８２ ３３０１', '+639174823301'],
    ['my number is +234 909 117 4408.', '+234 909 117 4408', '+2349091174408'],
    ['direct line +49 30 5557 2210.', '+49 30 5557 2210', '+493055572210'],
  ];
  it.each(MATCH)('finds %j', (text, span, canonical) => {
    const found = phones(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([span]);
    expect(found[0]?.canonical).toBe(canonical);
    expect(found[0]?.detector).toBe('phone');
  });

  it('finds a number split over lines, with the split-lines evidence', () => {
    const text = 'blocked again\n0803\n441\n2290\ncall after 5pm';
    const [f] = phones(text);
    expect(f && text.slice(f.start, f.end)).toBe('0803\n441\n2290');
    expect(f?.evidence).toContain('split-lines');
    expect(f?.canonical).toBe('+2348034412290'); // a Lagos mobile beats a Bangalore landline
  });

  it('maps obfuscated numbers back to the original text through detect()', () => {
    const cases: [string, string][] = [
      [
        "It's nine one seven, five five five, zero one four two. Text me.",
        'nine one seven, five five five, zero one four two',
      ],
      ['Contact: O3OO-l234567 also on whatsapp', 'O3OO-l234567'],
      ['call ＋６３ ９１７ ４８２ ３３０１', '＋６３ ９１７ ４８２ ３３０１'],
      ['my number is 3\u200b0\u200b1-555-0164', '3\u200b0\u200b1-555-0164'],
      // Keycap digits are seen one by one, like spaced digits: no cue needed.
      [
        'ok 4\uFE0F\u20E31\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E30\uFE0F\u20E31\uFE0F\u20E38\uFE0F\u20E36\uFE0F\u20E3 later',
        '4\uFE0F\u20E31\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E30\uFE0F\u20E31\uFE0F\u20E38\uFE0F\u20E36\uFE0F\u20E3',
      ],
    ];
    for (const [text, span] of cases) {
      const found = detect(text, { categories: ['phone'] });
      expect(
        found.map((f) => text.slice(f.start, f.end)),
        text,
      ).toEqual([span]);
      expect(found[0]?.detector).toBe('phone');
    }
  });

  it('finds several numbers in one list', () => {
    const text = '415-555-0132 415-555-0133 +1-212-555-0144';
    expect(spans(text)).toEqual(['415-555-0132', '415-555-0133', '+1-212-555-0144']);
  });

  it('reads a number glued to a word by a missing space', () => {
    expect(spans('Call415-555-0132now')).toEqual(['415-555-0132']);
  });

  it('lifts an unvalidated run with a contact cue, with lower confidence', () => {
    const [f] = phones('Phone: 467 3395');
    expect(f?.confidence).toBe('low');
    expect(f?.evidence).toEqual(['contact-cue']);
    const [g] = phones('Phone:\n9472 7916');
    expect(g?.confidence).toBe('medium');
  });

  it('treats a well-formatted NANP number as a phone even if unassigned', () => {
    const [f] = phones('see 999-555-0100 for details'); // area code 999 is unassigned
    expect(f).toBeDefined();
    expect(f?.evidence).toContain('nanp-format');
  });

  it('finds local formats of other regions whatever the default country', () => {
    for (const country of ['US', 'DE', 'IN', 'GB']) {
      expect(spans('call 0300 1234567', country)).toEqual(['0300 1234567']);
      expect(spans('call 0412 345 678', country)).toEqual(['0412 345 678']);
    }
  });

  const IGNORE: string[] = [
    'Top 3\uFE0F\u20E3 tips and 1\uFE0F\u20E30\uFE0F\u20E3 ideas for 2025',
    'Deadline is 15/03/2025 with a check-in on 2025-03-18.',
    '10:00 AM EST (8:30 PM IST) works',
    'My rate is $35/hr, 40 to 45 hours, so $1,400 to $1,575.',
    'The campaign hit 4.7% CTR and 1,284 conversions.',
    'Build fails on Node 20.11.1 with npm 10.2.4',
    'Invoice INV-2024-000871 was paid; INV-2024-000934 is open.',
    'Ref: PO-88213, contract #41982277, milestone 2 of 4.',
    'The order number from the store is 1004-2213-8876.',
    'Ticket 0941 2275 8830 in our tracker',
    'Tracking number 1Z 4F8 W21 03 9921 4470 is stuck',
    'The courier waybill 4829105736 shows it left the depot at 09:14.',
    'AWB 2207419386 cleared customs this morning',
    'Consignment no. 5550137791 is on the truck',
    'Map center 40.7128, -74.0060 at zoom 12',
    'The ISBN is 978-1-80512-046-3.',
    'server 192.168.100.200 and 10.0.0.1 are down',
    'Request ID 3f2b9c1e-7a4d-4e8b-9c0f-1d2e3a4b5c6d failed',
    'error 0x80070643 again',
    'Error: 2147467259',
    'see example.com/questions/4155550132 and https://example.org/?id=03001234567',
    'mail jane_03001234567@example.com',
    'job https://www.example.com/jobs/~021847593610284756',
    'I have this number: 111111111111111',
    'values: 10 10 10 10 10 10 10 10 10 10',
    '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16',
    'SKU-4471-BLK-XL is out of stock',
    'order 300 units by 12 June, budget 1500',
  ];
  it.each(IGNORE)('ignores %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('never throws and stays linear on hostile input', () => {
    const hostile = [
      '1 2 '.repeat(25_000),
      '0 1 0 2 0 3 '.repeat(8_000),
      '0300-1234567-'.repeat(7_500),
      '415-555-0132 '.repeat(7_500),
      '12.34/56 (78) 90\n'.repeat(6_000),
      '+1 '.repeat(33_000),
      '7'.repeat(100_000),
    ];
    for (const text of hostile) {
      const t0 = performance.now();
      expect(() => [...phoneDetector.find(text, { defaultCountry: 'US' })]).not.toThrow();
      // Generous: about 100 ms on an idle machine; CI runners are often shared.
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });

  it('runs its own examples', () => {
    for (const m of phoneDetector.examples.match) expect(phones(m).length, m).toBe(1);
    for (const m of phoneDetector.examples.ignore) expect(phones(m), m).toEqual([]);
  });
});

describe('repeated scans', () => {
  it('reports the same numbers when the same text is scanned again (parses are cached)', () => {
    const text = 'call +1 (415) 555-0132 or 0803 441 2290, office (312) 555-0148 ext. 22';
    const first = phones(text);
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect(phones(text)).toEqual(first);
    expect(phones(text, 'NG')).toEqual(phones(text, 'NG'));
  });

  it('reads digit groups split by emoji like other separators', () => {
    expect(phones('415😀555😀0132').map((f) => f.canonical)).toEqual(phones('415 555 0132').map((f) => f.canonical));
  });
});

describe('identifier labels in other languages', { timeout: 30_000 }, () => {
  // Each number here is reported when it follows "my number is" instead of its label.
  const ID_LABELLED: string[] = [
    // es: number word before or after the noun, linking words between label and number
    'Su número de pedido es 2031-447-5580, guárdelo para reclamos.',
    'El pedido nº 0412 553 8871 salió ayer del almacén.',
    'Número de seguimiento: 0412 553 8871',
    'Mi número de cliente es 0300 7714 552, por si lo pide soporte.',
    'Tu número de orden es 0803 441 2290.',
    // pt
    'O número do pedido é 0917 562 8841, confira na nota fiscal.',
    'Código de rastreio: 0803 441 2290',
    'A fatura nº 0917 5628 841 vence amanhã.',
    // fr
    'Numéro de commande : 06 44 18 27 93',
    'N° de dossier 07 55 41 92 18, à reporter sur vos courriers.',
    'Votre numéro client est 0612 3451 78.',
    'Réf. 07 55 41 92 18 sur le bon de livraison',
    // de: compounds and "Nr."
    'Bestellnummer: 0171 5550 1234',
    'Ihre Kundennummer lautet 0301 2345 678.',
    'Rechnungsnr. 0211 5567 889 bitte angeben',
    'Bestellung Nr. 0176 2234 5512 ist unterwegs',
    // it
    "Numero d'ordine: 0331 224 5567",
    'Il numero della fattura è 0239 8812 334.',
    'Pratica n. 0612 3456 789 in lavorazione',
    // hi/ur in Latin script
    'mera order ka number 0300 1234 5678 hai',
    'bill no 0300 123 4567 check karo',
    // ar / fa / ru / uk: the noun after "number" ("رقم", "شماره", "номер" alone announce a phone)
    'رقم الطلب ٠١٠٢٣٤٥٦٧٨٩ تم شحنه اليوم',
    'الفاتورة رقم 0109 876 5432 مستحقة الدفع',
    'شماره فاکتور ۰۹۱۲۴۴۵۶۶۷۸ را یادداشت کنید',
    'Номер заказа 0671234567, оплата через платформу.',
    'Рахунок № 067 555 12 34 сплачено',
    'ТТН 0501234567 відправлено сьогодні',
    // a label straight before a full stop or a question still labels the number after it
    'Here is your order number. 0412 553 8871',
    'Need the invoice number? It is 0917 562 8841.',
  ];
  it.each(ID_LABELLED)('ignores the identifier in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  // [text, the phone expected]: contact words, phone compounds, possessives, other sentences.
  const CONTACT: [string, string][] = [
    ['mi número es 0300 1234567', '0300 1234567'],
    ['Mi número de WhatsApp: 0300 1234567', '0300 1234567'],
    ['el número del cliente es 0300 1234567', '0300 1234567'], // the client's number
    ['meine Nummer ist 0171 5550123', '0171 5550123'],
    ['Meine Handynummer: 0171 5550123', '0171 5550123'],
    ['Rufnummer 0171 5550123', '0171 5550123'],
    ['Mobilnummer 0171 5550123', '0171 5550123'],
    ['WhatsApp-Nummer 0171 5550123', '0171 5550123'],
    ['Telefonnummer: 030 1234567', '030 1234567'],
    ['mon numéro : 06 12 34 56 78', '06 12 34 56 78'],
    ['Quedo a la orden, 0412 345 678', '0412 345 678'], // a sign-off, not an order
    ['Te envío el 0300 1234567 por si acaso', '0300 1234567'], // "envío": I send
    ['Pour le suivi : 06 12 34 56 78', '06 12 34 56 78'], // "suivi": follow-up
    ['Im Auftrag von Frau Berger: 0171 5550123', '0171 5550123'], // on behalf of
    ['رقمي للتواصل ٠١٠٩٨٤٧٣٢١٥', '٠١٠٩٨٤٧٣٢١٥'],
    ['мой номер 067 123 45 67', '067 123 45 67'],
    ['شماره من ۰۹۱۲۳۸۴۵۶۱۷ هست', '۰۹۱۲۳۸۴۵۶۱۷'],
    // an ID noun before, a contact verb after it
    ['Pour le devis, appelez-moi au 06 12 34 56 78', '06 12 34 56 78'],
    ['Sobre la factura, escríbeme al 0300 1234567', '0300 1234567'],
    ['Wegen der Rechnung erreichen Sie mich unter 0171 5550123', '0171 5550123'],
    ['Per la fattura chiamami al 333 123 4567', '333 123 4567'],
    // the label belongs to the sentence before
    ['La commande est partie. 06 12 34 56 78 c’est mon portable', '06 12 34 56 78'],
    ['Die Rechnung ist bezahlt. 0171 5550123 ist meine Handynummer', '0171 5550123'],
    ['The ticket is closed. 0300 1234567 is my whatsapp', '0300 1234567'],
    ['Factura pagada! 0300 1234567 es mi whatsapp', '0300 1234567'],
  ];
  it.each(CONTACT)('finds the phone in %j', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });
});

describe('digits spaced out one by one with spaced dots', { timeout: 30_000 }, () => {
  it.each([
    ['text 2 1 2 . 5 5 5 . 0 1 4 8 when you can', '2 1 2 . 5 5 5 . 0 1 4 8'],
    ['call me on 415 . 555 . 0132 tonight', '415 . 555 . 0132'],
    ['ping 6 4 6 . 5 5 5 . 0 1 7 3', '6 4 6 . 5 5 5 . 0 1 7 3'],
  ])('finds %j', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it.each([
    'text 3 1 2 . 4 version',
    'see items 3 . 4 . 5 and 6',
    'server 10 . 0 . 12 . 201 is down',
    'due 15 . 03 . 2025 at the latest',
    'Steps 1 . 2 . 3 . 4 . 5 . 6 . 7 . 8 . 9 . 10',
    'rated 4 . 5 stars by 1 200 300 users',
    'prices 12 . 50 , 13 . 75 , 14 . 20',
  ])('ignores %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('stays linear on long runs of spaced dots', () => {
    const t0 = performance.now();
    expect(() => [...phoneDetector.find('1 . 2 . 3 '.repeat(10_000), { defaultCountry: 'US' })]).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('a number given in parts, with connectors between them', { timeout: 30_000 }, () => {
  it.each([
    [
      'cant post numbers, so: the first digits are 646. next ones are 555. last four 0173. ok?',
      '646. next ones are 555. last four 0173',
    ],
    ['text me: 0917 and then 555 and finally 0148', '0917 and then 555 and finally 0148'],
    ['whatsapp part one 0803\n(typo sorry)\npart two 441 2290', '0803\n(typo sorry)\npart two 441 2290'],
    ['call 44 (uk) then 20, then 7946 and the rest 0958', '44 (uk) then 20, then 7946 and the rest 0958'],
    // a '+' before the first part stands for a cue word
    ['part one: +44 7700\npart two: 900 123', '+44 7700\npart two: 900 123'],
  ])('finds %j', (text, span) => {
    const found = phones(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([span]);
    expect(found[0]?.evidence).toContain('parted');
  });

  it.each([
    // no contact cue, or the parts count something
    'we had 312 then 555 then 0147 visitors',
    'the WhatsApp bot sends 312 then 555 then 1470 messages per hour',
    'numbers: first 312 then 555 then 1470 units sold',
    // steps that do not make a valid number
    'the call lasted 10 then 20 then 45 minutes, then 60 and finally 90',
    'call me about the invoice: first payment 300, then 450, finally 1200 dollars',
    'we won 3-2, then 2-1, then 4-0 and finally 1-0',
    // identifiers, dates, versions, SKUs
    'order number: first part 4500 then 1234 5678',
    'phone order: first ref 0917, then order 555 0148',
    'first delivery 12/03, then 15/04, finally 20/05',
    'we upgraded to 1.2 then 1.3 then 2.0 and finally 2.1',
    'ship TG-500 then TG-700 and finally TG-900',
  ])('ignores %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('contact cue short forms', { timeout: 30_000 }, () => {
  it.each([
    ['Ctc: 5 2 5 5 8 7 6 5 4 3 2 1', '5 2 5 5 8 7 6 5 4 3 2 1'],
    ['wpp 11 2345 6789 a qualquer hora', '11 2345 6789'],
    ['wsp: 11 dos tres cuatro cinco seis siete ocho nueve', '11 dos tres cuatro cinco seis siete ocho nueve'],
    ['telemóvel 9 3 1 2 3 4 5 6 7, liga depois das 18h', '9 3 1 2 3 4 5 6 7'],
    ['tlm 961 234 567', '961 234 567'],
    ['manda mensagem 912 345 678 que eu respondo', '912 345 678'],
  ])('finds %j', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it.each([
    // "CTC" is also cost to company: a salary is no phone
    'current CTC 1500000, expected ctc 1800000',
    'Expected CTC: 12,00,000 INR per annum',
    // short forms before shorter numbers
    'wpp 2023 report: 4 5 6 7 8 9 0 impressions',
    'tlm 2.0 models, 4 5 6 7 8 9 0 cycles',
  ])('ignores %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('"po" as a purchase order label and as a Tagalog courtesy word', { timeout: 30_000 }, () => {
  it('finds a number after a Tagalog "po"', () => {
    expect(spans('Sa GCash na lang po tayo, 0917 555 0148 po')).toEqual(['0917 555 0148']);
    expect(spans('Ito po ang number ko 0917 555 0148')).toEqual(['0917 555 0148']);
  });

  it.each(['PO 0300 1234567 approved', 'PO# 0917 555 0148 is the one to invoice', 'po number 0803 441 2290'])(
    'ignores the purchase order in %j',
    (text) => {
      expect(spans(text)).toEqual([]);
    },
  );
});

describe('numbers read out as words', { timeout: 30_000 }, () => {
  it.each([
    [
      'Écris-moi au zéro six, quinze, vingt-deux, trente-trois, quarante-quatre',
      'zéro six, quinze, vingt-deux, trente-trois, quarante-quatre',
    ],
    [
      'mera number likh lo: nau aath saat chheh paanch, chaar teen do ek shunya hai',
      'nau aath saat chheh paanch, chaar teen do ek shunya',
    ],
    ['contact: zero3zero1-7six5four3two1 thanks', 'zero3zero1-7six5four3two1'],
  ])('finds %j', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it.each([
    'one, two, three, four, five, six, seven, eight, nine, ten, here I come',
    'ten, twenty, thirty, forty, fifty, sixty, seventy',
    'final score twenty one nineteen, twenty one fifteen, twenty one eighteen',
    'born in nineteen ninety-nine, married in twenty twenty-four',
    'the sequence is 1 0 1 1 0 1 0 0 1 1 0 1',
  ])('ignores %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
