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

describe('address: West and East African "No X Name Close, off Y Road" style', () => {
  it.each([
    [
      'a capitalised No mark, a landmark street and the town',
      'Please deliver to No 7 Adebayo Close, off Awolowo Road, Ikoyi, Lagos.',
      'No 7 Adebayo Close, off Awolowo Road, Ikoyi, Lagos.',
    ],
    [
      'a crescent in Accra',
      'Our office: No 22 Kofi Annan Crescent, off Ring Road, Osu, Accra',
      'No 22 Kofi Annan Crescent, off Ring Road, Osu, Accra',
    ],
    [
      'a landmark with no comma',
      'Deliver to 15 Okoro Close off Bode Thomas Street, Surulere',
      '15 Okoro Close off Bode Thomas Street, Surulere',
    ],
    [
      'No, a comma, then the named street and the town',
      'send it to No 3, Kariuki Road, Westlands, Nairobi',
      'No 3, Kariuki Road, Westlands, Nairobi',
    ],
    ['Number as the mark', 'Number 10 Example Street, Leeds', 'Number 10 Example Street, Leeds'],
    [
      'a house number word with No.',
      'Hse No. 12, Osu Badu Street, Airport West, Accra',
      'Hse No. 12, Osu Badu Street, Airport West, Accra',
    ],
  ])('%s', (_name, text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it('rates a marked street alone medium, not as a count', () => {
    const [f] = findAddresses('The shop is at No 9 Kenyatta Avenue, off Moi Road, Nakuru');
    expect(f!.confidence).toBe('medium');
  });

  it.each([
    ['close as a verb with a time', 'We close at 14 on Fridays.'],
    ['close as a verb with a count', 'Close 14 tickets before the demo.'],
    ['No before a number that is a pick', 'No 14 is my favourite of the logo drafts.'],
    ['No counting firms', 'No 5 Wall Street firms replied to the survey.'],
    ['No counting projects', 'No 3 Main Street projects were approved this year.'],
    ['No, a comma, a named street and no place', 'No 1, Abbey Road, is still the best album.'],
    ['No, a comma, two streets in prose', 'No 3, Harbour Road and Oak Road were both closed.'],
    ['a rule number and a named way', 'Rule No 3, Golden Gate Way, applies here.'],
    ['off as a preposition without a street', 'Please close the ticket off the board, 14 left.'],
    ['a landmark word with a lower-case noun', 'We close at 14 off the main road'],
  ])('ignores %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('address: Turkish "Name Sok./Cad. No:X D:Y, Name Mah., District/City"', () => {
  it.each([
    [
      'Cad. with a glued No:, a door and the district/city',
      'Kargo adresi: Bağdat Cad. No:45/3 D:7, Suadiye Mah., Kadıköy/İstanbul',
      'Bağdat Cad. No:45/3 D:7, Suadiye Mah., Kadıköy/İstanbul',
    ],
    [
      'Sk. capitalised before a mark, Daire',
      'Gönderi adresim Lale Sk. No:12 Daire 4, Çankaya/Ankara',
      'Lale Sk. No:12 Daire 4, Çankaya/Ankara',
    ],
    [
      'Sok. with floor, door and postcode',
      'Adres: Cumhuriyet Mah. Gül Sok. No:3 K:2 D:6 34710 Kadıköy/İstanbul',
      'Gül Sok. No:3 K:2 D:6 34710 Kadıköy/İstanbul',
    ],
    ['Bulvarı', 'Adresim: İnönü Bulvarı No:88, Bornova/İzmir', 'İnönü Bulvarı No:88, Bornova/İzmir'],
    ['a numbered street', 'Adres: 1453 Sok. No:8 D:2, Karşıyaka/İzmir', '1453 Sok. No:8 D:2, Karşıyaka/İzmir'],
    [
      'Sokak spelled out, Kat',
      'Teslimat: Menekşe Sokak No: 4 Kat 2, Beşiktaş/İstanbul',
      'Menekşe Sokak No: 4 Kat 2, Beşiktaş/İstanbul',
    ],
  ])('%s', (_name, text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it.each([
    ['an order number', 'Sipariş No:12345 hazır, yarın kargoya verilecek.'],
    ['an invoice number', 'Fatura No: 2024-118 ödendi mi?'],
    ['"this street" and a number', 'Bu sokak No:5 değil, yanlış yazmışsınız.'],
    ['a lesson number', 'Ders No 3 için ödev gönderdim.'],
    ['a table number', "Masa No:5'te oturuyoruz, gel."],
    ['a contract clause', 'Madde No:5, Fıkra 3 uyarınca ödeme yapılır.'],
    ['floor and door labels alone', 'Kat:3 ve Daire:5 bilgisi eksik.'],
    ['a district/city in prose', 'The Kadıköy/İstanbul office ships on Monday.'],
    ['labels on a version', 'Version No:8 D:5 of the plugin is out.'],
  ])('ignores %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('address: product names with versions are not "Name 12" streets', () => {
  it.each([
    ['an upgrade after a semicolon', "We're on Symfony 6.4.2 and Redis 7.2.1; the move to Symfony 7 is next."],
    ['an operating system after a place cue', 'The office is on Windows 11 now.'],
    ['an operating system after a moving cue', 'We moved to Windows 10 last spring.'],
    ['a language version', 'We are on Python 3 12 now.'],
    [
      'a framework after a cue, then an upgrade verb',
      "I'm on Django 4 for this project, the upgrade to Django 5 is planned.",
    ],
    [
      'an unknown product with a dotted version nearby',
      "We're on Frobnik 2.3.1 today and we're at Frobnik 3 next month.",
    ],
    ['a product word after the number', "I'm at Zentrix 17 app reviews all day."],
    ['an upgrade verb before an unknown name', 'Our team is on track to migrate to Quorbit 5.'],
    ['a device', "My phone is a Pixel 8 and I'm on Android 14."],
    ['an office suite year', 'We live in Excel 2019 here honestly.'],
    ['a chapter', "We're at Chapter 11 of the book now."],
    ['a season', "I'm on Season 2 of the show."],
    ['a car model', 'She lives in a Model 3 basically.'],
    ['a game room', "I'm at Room 12 of the game."],
    ['a game level and world', "I'm at Level 5, close to World 2."],
    ['a sprint', 'Our dev team is on Sprint 14, near the end.'],
  ])('ignores %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each([
    ['an untyped street after a cue', 'My address is Kalevipoja 12, Tallinn'],
    ['an untyped street after a moving cue', 'We moved to Tähe 14, Tartu last spring.'],
    ['a typed street named like a language', 'Ship it to 12 Ruby Street, Springfield'],
  ])('still finds %s', (_name, text) => {
    expect(findAddresses(text).length).toBeGreaterThan(0);
  });
});
