import { describe, expect, it } from 'vitest';
import { addressDetector, findAddresses } from './address';
import { detect } from './index';

// All addresses below are synthetic: made-up names on common street patterns.

const spans = (text: string) => findAddresses(text).map((f) => text.slice(f.start, f.end));

describe('address: matches', () => {
  const cases: Array<[string, string]> = [
    // English-speaking countries
    ['UK street and postcode', 'Send it to 221B Baker Street, London NW1 6XE please'],
    ['US parkway, city, state ZIP', '1600 Amphitheatre Pkwy, Mountain View, CA 94043'],
    ['US unit line', '47 Elm Grove, Apt 3B, Brooklyn, NY 11215'],
    ['Canadian postcode and direction', '88 Queen Street West, Toronto, ON M5H 2M4'],
    ['suite and ZIP', 'onsite at 1420 Westlake Ave N, Suite 300, Seattle, WA 98109.'],
    ['lower-case chat', 'my address is 12 oak street, springfield'],
    ['lower-case drive with a unit', 'i live at 45 maple drive apt 3'],
    ['multi-line US', '123 Maple St Apt 4B\nSpringfield, IL 62701'],
    ['suite line first', 'Suite 200\n500 Howard Street\nSan Francisco, CA 94105'],
    ['Australian state', 'Unit 5, 12 King St, Sydney NSW 2000'],
    ['plot, then a street with no number, then the town', 'Deliver to Plot 7, Harbour Close, Ikoyi, Lagos'],
    ['flat, then a street with no number, then the city', 'Flat 2C, Willow Crescent, Leeds LS6 2AB'],
    ['terrace with town', 'send it to 742 Evergreen Terrace, Springfield'],
    ['ordinal avenue', '350 Fifth Avenue, New York, NY 10118'],
    ['two numbers before the street', 'The restaurant is at 17151 2450 Crown St'],
    // PO boxes and military mail
    ['PO box', 'P.O. Box 1234'],
    ['PO box with town', 'Mail the copy to P.O. Box 50417, Nairobi 00100 thanks'],
    ['Postfach', 'Postfach 10 20, 10117 Berlin'],
    ['APO', 'PSC 3294, Box 9168\nAPO AA 61487'],
    ['DPO', 'Unit 8505 Box 9220\nDPO AE 90744'],
    ['FPO ship', 'USCGC Example\nFPO AA 65607'],
    // European number-after-street forms
    ['Polish ul.', 'ul. Hoża 41/7, 00-681 Warszawa'],
    ['Spanish calle with floor', 'Calle de Alcalá 211, 4º izq., 28028 Madrid'],
    ['German compound', 'Bitte an Lindenstraße 12, 10969 Berlin schicken'],
    ['German two words', 'Augsburger Strasse 36, 86150 Augsburg'],
    ['Swiss strasse', 'Bahnhofstrasse 1, 8001 Zürich'],
    ['Italian via', 'Via Tasso 129'],
    ['Italian piazza', 'Piazza Navona 45, 00186 Roma'],
    ['Danish vej', 'Ringvej 144'],
    ['Danish lower case', 'hersnapvej 18'],
    ['Swedish vägen', 'Nybyvägen 65'],
    ['Swedish gatan', 'Drottninggatan 53, 111 21 Stockholm'],
    ['Norwegian gate', 'Karl Johans gate 22, 0159 Oslo'],
    ['Dutch laan', 'Brixtonlaan 380'],
    ['Dutch postcode', 'Herengracht 182, 1016 BR Amsterdam'],
    ['Finnish katu', 'Koskikatu 25'],
    ['Finnish tie', 'Mannerheimintie 12 B 5, 00100 Helsinki'],
    ['Icelandic gata', 'Ránargata 87'],
    ['Hungarian út', 'Andrássy út 60., 1062 Budapest'],
    ['Hungarian u.', 'Kossuth Lajos u. 12.'],
    ['Czech náměstí', 'Václavské náměstí 1, 110 00 Praha'],
    ['French rue after number', '20 Rue Hsine Eloued'],
    ['French rue lower case', '12 rue de la Paix, 75002 Paris'],
    ['French rue before number', 'Rue de Rivoli 99, 75001 Paris'],
    ['Portuguese rua', 'Rua Augusta 274, 1100-053 Lisboa'],
    ['Brazilian avenida', 'Avenida Paulista 1578, São Paulo - SP, 01310-200'],
    ['Greek odos', 'Οδός Ερμού 12, Αθήνα 10563'],
    ['Russian ul.', 'ул. Тверская, д. 7, Москва'],
    ['Indonesian Jl.', 'Jl. Sudirman No. 5, Jakarta 10220'],
    ['Turkish Cad.', 'Atatürk Cad. No: 12, Kadıköy, İstanbul'],
    ['Colombian grid', 'Calle 26 # 13-19, Bogotá'],
    ['Slovenian trg', 'trg revolucije 17, Ljubljana'],
    // South Asia
    ['Pakistani house/street', 'the venue is House 23, Street 7, F-8/3, Islamabad.'],
    ['Indian road with PIN', 'Courier it to B-204, Sunshine Residency, Baner Road, Pune 411045'],
    // East Asia
    ['Japanese chome', '東京都千代田区千代田1丁目1番地'],
    ['Chinese hao', '上海市南京东路100号'],
    // Cue-supported untyped shapes
    ['number name number with town', 'He lives at 172 Kesklinna 75, Tartu'],
    ['untyped with a unit line', '4844 Vesterbro 52\n Apt. 656\n Aalborg\n Denmark 9000'],
    ['address cue with untyped street', 'My address is Kalevipoja 12, Tallinn'],
    ['corner of', "we're at the corner of Main Street and 5th Avenue"],
    ['corner with numbers', 'Meet at the corner of Oak Lane 4 and Birch Road'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(findAddresses(text).length).toBeGreaterThan(0);
  });
});

describe('address: does not match', () => {
  const cases: Array<[string, string]> = [
    ['festival named after a street', 'Design a poster for the Baker Street Jazz Festival, 12 to 14 July, A2 sizes.'],
    ['talking about an address field', "The address field in the checkout doesn't autocomplete."],
    ['a city and country', "I'm based in Lagos, Nigeria (WAT, UTC+1) and have worked with US clients for 5 years."],
    ['coordinates', 'Map should center on 40.7128, -74.0060 at zoom level 12.'],
    ['hours and prices', 'I estimate 40 to 45 hours for the build, so roughly $1,400 to $1,575.'],
    ['a duration', 'We will need about 3 months for this.'],
    ['software suites', 'We use G Suite 2 at work and the test suite 4 fails.'],
    ['a report year', 'Source for the stats: the 2023 IEA report.'],
    ['a region', 'A professional orchestra serving Southern Hungary'],
    ['an age', 'Patient is a 84-year-old male with a history of headaches'],
    ['song ranking', 'He listed this song at #15 of his top 20.'],
    ['street without number', 'I live near Main Street.'],
    ['numbered list', '1. Main Street redesign\n2. Oak Avenue landing page\n3. Pine Road banner'],
    ['code', 'for (let i = 0; i < 10; i++) { street[i] = road + 5; }'],
    ['a date', 'Deadline is 15/03/2025 with a check-in on the 8th.'],
    ['a month, day and year', 'Deadline September 12 2025, then Sept. 3 2026 for phase two.'],
    ['a weekday and day', 'On Tuesday 14 October 2025 we ship, or Monday 15 2025 at the latest.'],
    ['a numbered unit of a course, then a title', 'Unit 3, Lesson Plan Review, Chapter 2 is due.'],
    ['a game level on a named drive', 'Level 3, Ocean Drive is the hardest level.'],
    ['a suite then no place', 'Suite 4, Harbour Close was my favourite song.'],
    ['a product and its year', 'Windows 11 2024 update, Python 3 2024 course, Apollo 11 1969 mission.'],
    ['hard drives', 'I have 2 external hard drives and 3 USB sticks.'],
    ['count of firms', 'I worked with 5 Wall Street firms.'],
    ['count of vendors', 'We had 3 Food Court vendors.'],
    ['a year and a building', 'The 2019 Alumni Center opened.'],
    ['Apt alone', 'Apt'],
    ['Suite alone', 'Suite 300'],
    ['bare ZIP', 'ZIP 94043'],
    ['a bare city', 'Toronto'],
    ['route number', 'Route 66 is a famous road'],
    ['via a carrier', "I'll send it via DHL 2 days from now"],
    ['via a tool', 'In Via Zoom 3 times a week'],
    ['UI label', 'Click Place Order 2 times'],
    ['movie title', 'Nightmare on Elm Street 3 was released in 1987'],
    ['game title', 'Street Fighter 2 is a classic'],
    ['versions', 'Python 3, Django 4 and Postgres 15'],
    ['product', 'iPhone 15 Pro Max with 256 GB'],
    ['sprint', 'We moved to Sprint 5 already'],
    ['quantity after a cue word', 'Our app is live at the store, we need 6 new screenshots.'],
    ['SKU', 'SKU-4471-BLK-XL and SKU-4471-WHT-M are out of stock'],
    ['order number', 'Order 1004-2213-8876 refund never went through'],
    ['citation', 'Smith et al. 2019 showed this'],
    ['law article', 'Article 50 of the Treaty on European Union'],
    ['company with a number', 'I work for 48 Factoring Inc'],
    ['URL path', 'fill in tally.so/r/w4bX9a and forms.office.com/r/Qm8TzL3vKp'],
    ['drive folder id', 'drive.google.com/drive/folders/1Qw7Er5Ty9Ui3Op1As5Df7Gh'],
    ['IBAN', 'IBAN: DE31 2004 1133 0718 2645 93'],
    ['time', 'The meeting is at 9:30 in Conference Room B'],
    ['corner of a room', 'Put it in the corner of the room and the wall'],
    ['necktie', 'The necktie 2 pack is sold out'],
    ['Katie', 'Katie 2 more days'],
    ['price', 'The price is at 45 USD'],
    ['stars and reviews', 'I got 4.7 stars on 120 reviews'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('address: spans, confidence and evidence', () => {
  it('covers the whole US address and rates it high', () => {
    const text = 'Ship to 1600 Amphitheatre Pkwy, Mountain View, CA 94043 by Friday';
    const [f] = findAddresses(text);
    expect(text.slice(f!.start, f!.end)).toBe('1600 Amphitheatre Pkwy, Mountain View, CA 94043');
    expect(f!.confidence).toBe('high');
    expect(f!.evidence).toEqual(expect.arrayContaining(['street-number', 'street-type', 'postcode']));
  });

  it('reads multi-line addresses with unit and country lines', () => {
    const text = 'Jane Example\n\n20789 Kalda 46\n Suite 501\n Tartu\n\n Estonia 62488';
    expect(spans(text)).toEqual(['20789 Kalda 46\n Suite 501\n Tartu\n\n Estonia 62488']);
  });

  it('rates a bare number and street medium', () => {
    const [f] = findAddresses('Koskikatu 25');
    expect(f!.confidence).toBe('medium');
  });

  it('rates a PO box medium and tags it', () => {
    const [f] = findAddresses('P.O. Box 1234');
    expect(f!.confidence).toBe('medium');
    expect(f!.evidence).toContain('po-box');
  });

  it('tags military mail', () => {
    const [f] = findAddresses('PSC 3294, Box 9168\nAPO AA 61487');
    expect(f!.evidence).toContain('military');
    expect(f!.confidence).toBe('high');
  });

  it('tags a unit', () => {
    const [f] = findAddresses('47 Elm Grove, Apt 3B, Brooklyn, NY 11215');
    expect(f!.evidence).toContain('unit');
  });

  it('tags the cue that supports an untyped street', () => {
    const [f] = findAddresses('My address is Kalevipoja 12, Tallinn');
    expect(f!.evidence).toContain('address-cue');
  });

  it('gives long-tail English types alone low confidence', () => {
    const [f] = findAddresses('5 Harbor Mill');
    expect(f?.confidence ?? 'low').toBe('low');
  });

  it('keeps phones next to an address out of the address span', () => {
    const text = '12 Example Road\nSpringfield, IL 62701\n(217) 555-0142 office';
    const s = spans(text);
    expect(s).toHaveLength(1);
    expect(s[0]).not.toContain('555');
  });

  it('finds two addresses in one message', () => {
    const text = 'Old: 12 rue de la Paix, 75002 Paris. New: Lindenstraße 12, 10969 Berlin.';
    expect(spans(text)).toHaveLength(2);
  });

  it('reports through detect() as category address', () => {
    const found = detect('Please ship it to 47 Elm Grove, Apt 3B, Brooklyn, NY 11215.', { categories: ['address'] });
    expect(found).toHaveLength(1);
    expect(found[0]!.category).toBe('address');
    expect(found[0]!.detector).toBe('address');
  });

  it('maps spans back through normalisation (fullwidth digits)', () => {
    const text = 'Send to １２ Baker Street, London';
    const found = detect(text, { categories: ['address'] });
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toContain('Baker Street');
  });
});

describe('address: examples and robustness', () => {
  it('has examples that behave', () => {
    for (const m of addressDetector.examples.match) expect(findAddresses(m).length, m).toBeGreaterThan(0);
    for (const m of addressDetector.examples.ignore) expect(findAddresses(m), m).toEqual([]);
  });

  it('never throws on odd input', () => {
    const odd = [
      '',
      ' ',
      '\n\n\n',
      '1',
      'corner of',
      'corner of and',
      'Box',
      'P.O. Box',
      '#',
      '12 ',
      ' 12 Main',
      'ул.',
      '〒',
    ];
    for (const t of odd) expect(() => findAddresses(t)).not.toThrow();
  });

  // ASCII is cut into tokens by hand and handed to the token regex at any other character:
  // both must agree where they meet (letters, marks, "’", ordinals, emoji, CRLF).
  it.each([
    ['Bitte an Lindenstraße 12, 10969 Berlin', 'Lindenstraße 12, 10969 Berlin'],
    ['Calle de Alcalá 211, 4º izq., 28028 Madrid', 'Calle de Alcalá 211, 4º izq., 28028 Madrid'],
    ['rendez-vous au 5ème étage, 12 rue de l’Église, 75002 Paris', '12 rue de l’Église, 75002 Paris'],
    ['ship to 12 O’Connell Street, Dublin', '12 O’Connell Street, Dublin'],
    ['😀12 Main Street😀', '12 Main Street'],
    ['Cafe\u0301 12 Main Street', '12 Main Street'],
    [`${'x'.repeat(45)} 12 Main Street`, '12 Main Street'],
    ['Suite 200\r\n500 Howard Street\r\nSan Francisco, CA 94105', '500 Howard Street\r\nSan Francisco, CA 94105'],
  ])('tokenizes mixed ASCII and other characters alike: %j', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it('gives the same answer after a longer text was scanned', () => {
    const text = 'ship it to 221B Baker Street, London NW1 6XE';
    const first = findAddresses(text);
    findAddresses('12 Main Street Apt 4 '.repeat(2000));
    expect(findAddresses(text)).toEqual(first);
  });

  it('scans 100 KB of digits and street words in linear time', () => {
    const inputs = [
      '12 Main Street 3445 Koskikatu 5 ul. Rue de 44 Apt 7 suite 99 corner of '.repeat(1500).slice(0, 100_000),
      '1234 5678 '.repeat(10_000),
      '1 a 2 b 3 c 4 d '.repeat(6_300).slice(0, 100_000),
      `${'Straße '.repeat(14_000)}12`,
      `${'9'.repeat(100_000)}`,
    ];
    for (const input of inputs) {
      const t0 = performance.now();
      findAddresses(input);
      // Typically well under 100 ms; the bound is generous for loaded CI machines.
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });
});
