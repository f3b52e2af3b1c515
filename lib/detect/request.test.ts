import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';
import { CLAUSE, isClauseStart, requestDetector } from './request';
import { LeadWords } from './start-words';

function found(text: string) {
  const view = normalize(text, requestDetector.view);
  return [...requestDetector.find(view.text, { defaultCountry: 'US' })].map((f) => ({
    text: view.text.slice(f.start, f.end),
    confidence: f.confidence,
    evidence: f.evidence ?? [],
    platform: f.platform,
  }));
}

// [language, message]
const MATCH: ReadonlyArray<readonly [string, string]> = [
  ['en', 'send me your email please'],
  ['en', 'Could you share your private email address?'],
  ['en', 'Can you send your Telegram number?'],
  ['en', "What's your Signal?"],
  ['en', 'whats ur whatsapp no?'],
  ['en', 'pls share ur wats4pp number for discuss'],
  ['en', 'Drop your number, I will call tonight'],
  ['en', 'Send me your gmail so I can add you to the sheet'],
  ['en', 'can I get your phone number?'],
  ['en', 'let me know your email and I will invite you'],
  ['en', 'do you have viber'],
  ['en', 'are you on WhatsApp?'],
  ['en', 'Where can I reach you?'],
  ['en', 'Is there another way to contact you?'],
  ['en', "Let's continue on Viber, it's easier"],
  ['en', 'This app is slow, can we move to WhatsApp?'],
  ['en', "Why don't we switch to Signal"],
  ['en', "Let's take this conversation to Slack"],
  ['en', 'Ping me on Discord when you are free'],
  ['en', 'Reach me on X'],
  ['en', 'Add me on LinkedIn and we can talk there'],
  ['en', 'Can we jump on a Google Meet instead of typing here?'],
  ['en', "I'd rather we talk about the scope outside Upwork"],
  ['en', 'Please contact me directly'],
  ['en', 'Email me instead.'],
  ['en', 'Join our Discord server for onboarding'],
  ['en', 'I can give you my personal number'],
  ['es', '¿Me pasas tu número?'],
  ['es', 'pásame tu whatsapp porfa'],
  ['es', 'Hola, ¿cuál es tu correo?'],
  ['es', 'mejor escríbeme por WhatsApp'],
  ['es', 'sigamos por Telegram'],
  ['pt', 'me manda seu whatsapp'],
  ['pt', 'qual é o seu email?'],
  ['pt', 'me chama no zap'],
  ['pt', 'vamos conversar pelo Telegram'],
  ['fr', 'Donne-moi ton numéro de téléphone'],
  ['fr', 'Quel est ton WhatsApp ?'],
  ['fr', 'écris-moi sur Telegram'],
  ['fr', 'on passe sur WhatsApp ?'],
  ['de', 'Kannst du mir deine Handynummer schicken?'],
  ['de', 'Schick mir bitte deine Telegram-Nummer'],
  ['de', 'Lass uns per E-Mail weitermachen'],
  ['hi', 'aapka whatsapp number kya hai'],
  ['hi', 'apna email bhejo'],
  ['hi', 'telegram id do'],
  ['hi', 'whatsapp pe baat karte hain'],
  ['ru', 'напишите ваш телеграм'],
  ['ru', 'давай лучше в телеге'],
  ['ru', 'Давайте перейдём в WhatsApp'],
  ['ru', 'у вас есть телеграм?'],
  ['uk', 'напишіть у вайбер'],
  ['ar', 'ابعتلي رقمك'],
  ['ar', 'ممكن ايميلك؟'],
  ['ar', 'تواصل معي على الواتساب'],
  ['ar', 'خلينا نكمل بالواتساب'],
];

const IGNORE: readonly string[] = [
  'Scammers often ask you to move to Telegram, report them.',
  "Fake clients will say 'continue on Telegram' to get you off the site.",
  'A client once asked me to move to Telegram and it was a scam.',
  'If someone asks you to share your WhatsApp number, decline.',
  'he asked for my number yesterday',
  'I built WhatsApp bots for restaurants',
  'Integrate the WhatsApp Business API with our CRM',
  'Build a Telegram bot that posts prices to a channel',
  "Add a floating 'Chat on WhatsApp' button to the footer",
  'Build a contact form with fields for name, email, phone',
  'Normalize the phone number column to E.164',
  'my phone died on the train',
  'Your email notifications might be off',
  "Please don't post your phone number or email here",
  "don't send me your number",
  'no need to share your email',
  "I won't share personal contact details before the contract",
  "We'll give you the business number in the project files after hiring",
  "I'll email the files through the platform's messages",
  'We talked over WhatsApp voice notes with my last client',
  'I can write posts on LinkedIn for your brand',
  "Let's talk about the Telegram bot architecture",
  'Do you have experience with the WhatsApp Business API?',
  'Do you have Instagram ads experience?',
  'Send me your number of revisions',
  'What is your number one priority?',
  'Please send me your wallet address',
  "Let's keep the conversation here on Upwork",
  'We can use the Upwork call button',
  'Sometimes people call me Piotr',
  'Call me when the build is ready',
  'Let me know your thoughts on the design',
  'Feel free to send me your portfolio',
  'Move to Line 5 of the script',
  'Switch to the signal tab in the dashboard',
  'No me pases tu número, aquí está prohibido',
  'Não me manda seu zap, vamos manter tudo aqui',
  'Ne me donne pas ton numéro ici',
];

describe('request detector', () => {
  it.each(MATCH)('[%s] finds a request in %j', (lang, text) => {
    const got = found(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.some((f) => f.evidence.includes(`lang-${lang === 'uk' ? 'ru' : lang}`))).toBe(true);
  });

  it.each(IGNORE)('reports nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('covers the whole request phrase, with its polite frame', () => {
    expect(found('Could you share your personal email?')[0]?.text).toBe('Could you share your personal email');
    expect(found("ok, let's just talk on Skype instead")[0]?.text).toContain("let's just talk on Skype");
  });

  it('names the platform and the kind of request', () => {
    const [f] = found("Let's continue on Telegram");
    expect(f).toMatchObject({ platform: 'telegram', confidence: 'high' });
    expect(f?.evidence).toEqual(expect.arrayContaining(['move-off-platform', 'platform-named', 'lang-en']));
    expect(found('send me your email')[0]?.evidence).toContain('ask-contact');
  });

  it('gives weaker phrasings medium confidence', () => {
    expect(found('do u have telegram')[0]?.confidence).toBe('medium');
  });

  it('stays fast on hostile input', () => {
    const inputs = ["let's just talk on on ".repeat(4000), 'a '.repeat(50000), ', . ! ? '.repeat(12000)];
    for (const input of inputs) {
      const t = performance.now();
      [...requestDetector.find(input, { defaultCountry: 'US' })];
      expect(performance.now() - t).toBeLessThan(1500);
    }
  });
});

// Rules added for gaps found by probing: [rule, must match, must NOT match].
const GAPS: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  [
    'courtesy words and vocatives before an imperative',
    [
      'abeg send me your email',
      'Oga, kindly share your WhatsApp number',
      'Hello boss plz drop your telegram',
      'yaar just send ur number',
      'ok biko share your email address',
      'pleeease send your number',
      'The file is ready abeg share your email',
    ],
    ['abeg no share your number for here', 'the boss will share your number with the team'],
  ],
  [
    '"which is" as a question',
    ['which is your telegram handle?', 'Which one is your WhatsApp number', "which's ur email"],
    [
      'which is your number one priority?',
      'Which is your preferred email template?',
      'He asked which is your email.',
      'which is your phone model?',
      'Which is your Instagram bio font?',
    ],
  ],
  [
    'moving one session to an outside tool',
    [
      'Could we have the kickoff meeting on Zoom?',
      "Let's do a quick call over Skype tomorrow",
      'Why not hold the interview via Google Meet',
      'Would it be ok if we do the demo on Teams?',
      "Let's do the call on Zoom at 5pm",
    ],
    [
      'I did an interview on Zoom last year',
      'We had a meeting on Teams with another client',
      'We have a call on Zoom with the client tomorrow',
      'The Zoom call on Upwork worked fine',
      "Let's do the interview here on Upwork instead of Zoom",
      'Can you do a session on TikTok trends for my team?',
      "Let's have a meeting on Instagram strategy next week",
      "Let's have a call on Zoom API integration first",
      'We will hold weekly meetings on Zoom once the contract starts.',
      "My last client said: let's have the call on WhatsApp. I refused.",
      "Don't worry, we won't do the interview on Zoom.",
    ],
  ],
  [
    'asking leave to move ("would it be ok if we")',
    [
      'Would it be fine if we continue on WhatsApp?',
      'Do you mind if we move this to Telegram?',
      'would it be a problem if we talk on Skype',
      'Is it alright to chat on Signal?',
    ],
    ['Would it be ok if we keep this on Upwork?', "Is it ok if we don't move to WhatsApp?"],
  ],
  [
    'a contact noun with an article and a purpose',
    [
      'Send me the number to text',
      "What's the best WhatsApp to reach you on?",
      'Give me the email where I can contact you',
      'tell me the email I should send the invoice to',
    ],
    [
      'the email I sent you yesterday',
      'Tell me the email you got was spam?',
      'Send me the email to review',
      'Forward me the email to send to the client',
      'Send me the number of revisions to expect',
      'what is the number to divide by',
    ],
  ],
  [
    'form-like ask verbs with "your"',
    [
      'Kindly attach your phone number to the application',
      'include your Skype ID in your reply',
      'Please list your WhatsApp number in the proposal',
      'Fill in your email so I can send the invite',
    ],
    [
      'To reset the password, enter your email on the login page',
      'Enter your email and password to sign in',
      'Include your email address in the footer of the site',
      "Please don't include your phone number in the proposal",
      'Add a field where users enter your email',
      'Please include your phone number field in the signup form',
      'Screen 2: Enter your phone number to receive the code',
      'Enter your email, then click Subscribe',
      'List your phone repair experience',
    ],
  ],
  [
    '"do you have / use" a messenger, and give verbs, in other languages',
    [
      '¿Tienes cuenta de Telegram?',
      'Vocês usam WhatsApp?',
      'Tu es sur Telegram ?',
      'Vous avez un compte Viber ?',
      'Nutzt du WhatsApp?',
      'Hast du vielleicht Signal oder WhatsApp?',
      'aapke paas telegram hai?',
      'tum Skype use karte ho?',
      'apna email de dijiye',
      'telegram id send kar do',
      'Вы пользуетесь вайбером?',
      'Надішліть, будь ласка, ваш номер телеграму',
      'Скинь, пожалуйста, свой номер ватсапа',
    ],
    [
      "Vous avez de l'expérience avec Telegram ?",
      'Hast du Erfahrung mit WhatsApp?',
      'Haben Sie Telegram-Bots gebaut?',
      'Wir nutzen Telegram für den Support',
      '¿Tienes experiencia con la API de WhatsApp?',
      'USA WhatsApp numbers for sale',
      'aap WhatsApp bot use karte ho?',
      'hum WhatsApp use karte hain clients ke liye',
    ],
  ],
  [
    'a platform that is the topic of the work, in Cyrillic or hyphenated',
    ['Нужен ваш телеграм, напишу вечером'],
    [
      'Нужен вайбер бот для доставки, бюджет 200 долларов',
      'Нужна телеграм группа для клиентов',
      "Потрібен телеграм-канал для кав'ярні",
      'Нужен телеграм‑бот для магазина',
      'We need your WhatsApp-bot code',
    ],
  ],
  [
    'a lookahead after a channel word sees the whole word',
    [],
    ['pásame tu número de pedido', 'Donne-moi ton numéro de commande', 'Me passa o seu número de pedido'],
  ],
];

describe('request: probed gaps', () => {
  describe.each(GAPS)('%s', (_rule, match, ignore) => {
    it.each(match.map((t) => [t]))('finds a request in %j', (text) => {
      expect(found(text).length).toBeGreaterThan(0);
    });
    it.each(ignore.map((t) => [t]))('reports nothing in %j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  it('covers the frame and the session, not the purpose', () => {
    expect(found('Sure. Could we do the interview over Skype instead?')[0]?.text).toBe(
      'Could we do the interview over Skype',
    );
    expect(found('Just tell me the email to send the files to')[0]).toMatchObject({
      text: 'Just tell me the email',
      confidence: 'medium',
    });
  });
});

describe('request: start words and clause starts', () => {
  const at = (re: string, text: string): number[] => {
    const words = new LeadWords();
    const lead = words.add(re, 0);
    expect(lead).toBeGreaterThanOrEqual(0);
    return words.scan(text)[lead] ?? [];
  };

  it('reads the words a regex starts with off its source', () => {
    expect(at('(?<![\\p{L}])(?:send|give)(?:\\s{1,2}me)?\\s', 'please Send me your, give it')).toEqual([7, 21]);
    expect(at('p[a4@]y[\\s.-]?p[a4@][l1|](?![\\p{L}\\p{N}])', 'p4y pal or payp@l or paypal')).toEqual([0, 11, 21]);
    expect(at('(?:scam)\\p{L}{0,4}', 'beware of scammers')).toEqual([10]);
  });

  it('compares words as the iu flags do', () => {
    expect(/send/iu.test('ſend')).toBe(true);
    expect(at('send\\s', 'ſend me')).toEqual([0]);
    expect(at('über(?![\\p{L}])', 'ÜBER')).toEqual([0]);
  });

  it('skips words longer than any start word, but not prefixes inside them', () => {
    expect(at('(?:send|give)\\s', 'sendsendsend send give')).toEqual([13, 18]);
    expect(at('(?:scam)\\p{L}{0,4}', 'scammersscammers scam')).toEqual([0, 17]);
    expect(at('send\\s', 'ſendſendſend ſend')).toEqual([13]);
  });

  it('cannot read a start that may be any letter', () => {
    expect(new LeadWords().add('\\p{L}{2}x', 0)).toBe(-1);
  });

  it('finds every position where CLAUSE holds', () => {
    const clause = new RegExp(CLAUSE, 'uy');
    const piece = fc.constantFrom(
      'and',
      'so',
      'E',
      'y',
      'und',
      'и',
      'abeg',
      'plss',
      'biko',
      'send',
      'me',
      ' ',
      '  ',
      '\n',
      '.',
      ',',
      ' - ',
      ' — ',
      '—',
      '\uE010',
      '(',
      '…',
      '*',
      'x',
      '8',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        for (let i = 0; i < text.length; i++) {
          clause.lastIndex = i;
          if (clause.test(text)) expect(isClauseStart(text, i)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('passes its gate wherever it finds a request in mixed phrases', () => {
    const word = fc.constantFrom(
      'send',
      'me',
      'your',
      'email',
      'WhatsApp',
      'number',
      "let's",
      'continue',
      'on',
      'Telegram',
      'please',
      'can',
      'you',
      'share',
      'what',
      "what's",
      'do',
      'u',
      'have',
      'outside',
      'Upwork',
      'directly',
      'contact',
      'pásame',
      'tu',
      'número',
      'me',
      'chama',
      'no',
      'zap',
      'schick',
      'mir',
      'deine',
      'aapka',
      'kya',
      'hai',
      "don't",
      'scammers',
      'ask',
      'bot',
      'and',
      'x',
      '8',
    );
    const gap = fc.constantFrom(' ', ' ', ', ', '. ', '? ', ' - ', '\n', '"');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 14 }).map((p) => p.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        const got = [...requestDetector.find(t, { defaultCountry: 'US' })];
        if (got.length > 0) expect(requestDetector.gate?.(t)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('request: plain contact words, with no channel name in the text', () => {
  // A rule whose target may be a plain word ("contact", "handle") must run on a text that
  // names no channel at all.
  it.each([
    'Kindly share your contact so we can talk further',
    'send me your contact details',
    'can you post your socials',
    'drop your handle and I will tag you',
  ])('asks: %j', (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  it.each([
    'add your contact details to the CRM form',
    'Leave your contact info in the signup form of the landing page',
    'Enter your contact information on the checkout page.',
    'I lost your contact details, sorry.',
  ])('not a request: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// More languages and kinds of request: [rule, must match, must NOT match].
const MORE: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  [
    'courtesy words and sentence adverbs before a request, in each language',
    [
      'Buenas! Mejor dime tu correo y te mando el brief',
      'Porfis pásame tu Telegram',
      'Para agilizar escríbeme por WhatsApp',
      'Beleza, melhor me passa seu zap',
      'Du coup, donne-moi ton numéro',
      'Am besten schick mir deine Handynummer',
    ],
    [
      'Mejor no me pases tu número, hablemos aquí',
      "Du coup je t'envoie le devis ici",
      'Lieber nicht per WhatsApp, bitte hier schreiben',
    ],
  ],
  [
    'off the platform in words, in other languages',
    [
      'Sigamos la charla por fuera, es más fácil',
      '¿Podemos seguir fuera de la plataforma?',
      'Bora conversar por fora',
      'Lass uns außerhalb von Upwork weiterreden',
      'On peut continuer en dehors de la plateforme ?',
    ],
    [
      'Hablemos por fuera del horario de oficina',
      'No podemos seguir por fuera',
      'Los estafadores te piden hablar por fuera',
      'Wir arbeiten außerhalb der Plattform nicht',
    ],
  ],
  [
    'asking for a physical address (only one where a person lives or receives things)',
    [
      'Could you share your residential address for the contract paperwork?',
      "What is your mailing address? I'll post the samples.",
      'Send over your full delivery address',
      'Please DM me your name and postal address',
    ],
    [
      'What is your IP address?',
      'Please send me your wallet address for the refund',
      'Update your billing address in settings',
      'Type your shipping address at checkout',
      'Add a home address field to the signup form',
      'Can you send your shipping address validation code?',
      "Don't share your home address with anyone",
      'Scammers ask for your home address',
      'The client asked for your mailing address',
    ],
  ],
  [
    'installing an outside app to talk there',
    [
      'Please install WhatsApp so we can chat',
      'Kindly download Telegram from the App Store and message me there',
      "Download our recruitment app 'HireLoop' to proceed with the interview",
      'Install the company messaging app to talk with our HR team',
    ],
    [
      'Download the APK build from the shared drive to test it',
      'Install the app on the emulator and check the signup screen',
      'Users install Telegram to chat with friends',
      "Don't install WhatsApp to chat with clients",
      'Install Telegram and chat with our bot to test the webhook',
      'Download our app to continue the onboarding flow test',
      'The Zoom call on Upwork worked fine, and I installed Zoom to test it',
    ],
  ],
  [
    'Italian',
    [
      'Mi puoi mandare il tuo numero di cellulare?',
      'Dammi la tua email così ti mando il preventivo',
      'Ci sentiamo su WhatsApp?',
      'Avete Telegram?',
      'Continuiamo fuori dalla piattaforma',
    ],
    [
      'Non scrivermi su WhatsApp, usa la chat qui',
      'Mandami il numero della fattura',
      'Parliamo della campagna su Instagram',
      'I truffatori ti chiedono di scrivergli su Telegram',
      'Hai esperienza con le API di WhatsApp?',
    ],
  ],
  [
    'Polish, with case endings on brand names',
    [
      'Podaj mi swój numer telefonu',
      'Wyślij mi swojego maila',
      'Przejdźmy na Telegrama',
      'Odezwij się na Messengerze',
      'Jesteś na Viberze?',
    ],
    ['Nie pisz do mnie na WhatsAppie', 'Podaj numer zamówienia', 'Oszuści proszą, żeby napisać na WhatsAppie'],
  ],
  [
    'Turkish, where "your" is a suffix',
    [
      'Telefon numaranı yazar mısın?',
      'E-posta adresinizi paylaşabilir misiniz?',
      "Telegram'dan yazışalım",
      'Instagram üzerinden görüşelim',
    ],
    ['Numaranı kimseyle paylaşma', 'WhatsApp botu için entegrasyon lazım', 'Dolandırıcılar numaranı ver diye yazıyor'],
  ],
  [
    'Vietnamese',
    [
      'Anh cho em xin số điện thoại nhé',
      'Mình nhắn tin qua Zalo cho tiện nhé',
      'Số Zalo của chị là gì?',
      'Kết bạn Zalo với mình nhé',
    ],
    ['Đừng nhắn tin qua Zalo nhé', 'Cho mình xin số tài khoản để chuyển khoản', 'Tôi làm chatbot Zalo cho cửa hàng'],
  ],
  [
    'Indonesian / Malay',
    ['Boleh minta nomor HP kamu?', 'Lanjut di WA aja ya', 'Email kamu apa?', 'Hubungi saya lewat Telegram ya'],
    [
      'Jangan chat di WA ya',
      'Kirim nomor invoice kamu ke email tim',
      'Penipu biasanya minta pindah ke WA',
      'Saya bikin bot WA untuk toko',
    ],
  ],
  [
    'Tagalog / Taglish',
    ['Pwede i-text mo ako sa Viber?', 'Usap na lang tayo sa Messenger', 'Ano Telegram mo?'],
    ['Wag mo akong i-pm sa Viber', 'Scammer yan, sabi niya pm mo ako sa Telegram'],
  ],
  [
    'Bengali in Latin script',
    ['Tomar email ta dao', 'Amake WhatsApp e message koren', 'Telegram e kotha boli'],
    ['Apnar WhatsApp bot ta ready'],
  ],
];

describe('request: more languages, addresses and app installs', () => {
  describe.each(MORE)('%s', (_rule, match, ignore) => {
    it.each(match.map((t) => [t]))('finds a request in %j', (text) => {
      expect(found(text).length).toBeGreaterThan(0);
    });
    it.each(ignore.map((t) => [t]))('reports nothing in %j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  it.each([
    ['it', 'Scrivimi su Telegram'],
    ['pl', 'Napisz do mnie na Telegramie'],
    ['tr', "WhatsApp'tan konuşalım"],
    ['vi', 'Cho mình xin số Zalo'],
    ['id', 'Chat di WA aja'],
    ['tl', 'Pm mo ako sa Viber'],
    ['bn', 'Apnar email ta din'],
  ])('[%s] names the language of %j', (lang, text) => {
    expect(found(text)[0]?.evidence).toContain(`lang-${lang}`);
  });

  it('names the platform behind an inflected or suffixed name, and marks a move off the platform', () => {
    expect(found('Przejdźmy na Telegrama')[0]?.platform).toBe('telegram');
    expect(found('WhatsApp numaranı atar mısın?')[0]).toMatchObject({
      text: 'numaranı atar mısın',
      platform: 'whatsapp',
    });
    expect(found('Sigamos por fuera')[0]?.evidence).toContain('outside-platform');
  });
});

// Third probing round: [rule, must match, must NOT match]. Synthetic sentences, none from the probes.
const ROUND3: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  [
    'reaching the other party somewhere outside the platform',
    [
      'Where could I PM you besides this thread?',
      'how else can we dm you',
      'What is the easiest way to contact you off Upwork?',
      'Any way to message you outside of here?',
      'Is there somewhere else we can talk more freely?',
      'is there anywhere else I could text you',
      'Can I ping you outside the platform?',
    ],
    [
      'Where can I DM you about the invoice here?',
      'How can I dm you on here?',
      "What's the best way to reach you if the build fails?",
      "What's the best way to reach you outside of office hours?",
      'Is there another way to reach you on Upwork if chat is down?',
      'He asked where he could DM you outside the platform.',
      "There's no need to find another way to reach you.",
    ],
  ],
  [
    'moving the conversation somewhere else, unnamed',
    [
      'Could we carry this discussion somewhere more private?',
      "Let's continue somewhere else, this page keeps freezing",
      'can I message you somewhere else?',
      'Mind if we shift the conversation somewhere else?',
    ],
    [
      "Let's move it somewhere else.",
      'Move the chat button somewhere else on the page',
      'Can we put this section somewhere else in the layout?',
      "Let's continue this thread somewhere else in the doc",
      "Don't move this conversation somewhere else, keep it here",
    ],
  ],
  [
    'a polite frame with a gerund ask ("would you mind sharing")',
    [
      'Would you mind dropping your WhatsApp number?',
      'do u mind giving me your email address',
      'Mind texting me your phone number?',
      'Would it be possible to send me your contact details?',
      'Could you possibly pass me your Telegram?',
      'Mind if I get your number for the delivery driver?',
    ],
    [
      'Would you mind sharing your screen for a minute?',
      'Would you mind sending your revised quote?',
      'Sharing your email here breaks the rules',
      'Would you mind not sharing your phone number in the chat?',
      'Would it be possible to get your feedback by Monday?',
    ],
  ],
  [
    'connecting on a network, found by name',
    [
      'Please connect with me on LinkedIn when you have a minute',
      'look me up on Facebook, same photo as here',
      'search my full name on LinkedIn and send a request',
      'Search for me on Instagram',
    ],
    [
      'Search on LinkedIn for 40 fintech founders',
      'Look at the Instagram page of our competitor',
      'Connect with your audience on TikTok using short clips',
      'I connected with the founder on LinkedIn last year',
      'Can we connect to Slack via webhook?',
      'Search my name on Google to see my publications',
    ],
  ],
  [
    'two channels joined by "or", and a French mobile prefix',
    [
      'Vous avez Signal ou WhatsApp ?',
      'tu as snap ou Instagram ?',
      'do u have snap or WhatsApp?',
      'Envoie-moi ton 07 stp',
      'Tu me donnes ton 06 ?',
      'text me your 07 and I call tonight',
    ],
    [
      'Do you have Figma or Instagram skills?',
      'Vous avez Canva ou Instagram comme outils de travail ?',
      'Envoie-moi ton 06/12 pour la facture',
      'Donne-moi ton 07 h de réveil',
      'what is your 06 build number',
      'tu me donnes ton avis sur le logo ?',
    ],
  ],
  [
    'Taglish: the messenger first, or "dun na lang"',
    ['Sir, sa WhatsApp na lang po tayo mag-usap', 'Pwede ba sa Telegram tayo?', 'Doon na lang tayo sa Viber mag-chat'],
    ['Sa Viber tayo nag-usap dati', 'Wag sa Telegram tayo mag-usap, dito lang'],
  ],
  [
    'recruiters: an interview on a messenger, a colleague who will write there',
    [
      'The screening interview is conducted via WhatsApp only.',
      'Our interview process takes place over Telegram, add the coordinator.',
      'La entrevista se hará por Telegram, escríbeme.',
      "L'entretien aura lieu sur WhatsApp, écris-moi.",
      'Собеседование будет в WhatsApp, напишите.',
      'Your recruiter will text you on Telegram shortly.',
      'The hiring team will reach out to you via WhatsApp today.',
      'Kindly message our HR on Signal to proceed.',
      'Your coordinator will chat with you inside the app going forward.',
      'Install the CrewHub app from our website and complete the screening there.',
      'Chame nossa recrutadora no Telegram',
    ],
    [
      'I did an interview over Telegram last year.',
      'Our interview on Telegram last week went well.',
      'The interview on Instagram growth hacking is tomorrow.',
      'Interview candidates via WhatsApp and send me notes.',
      'Interviews via Telegram are a common scam.',
      'Interviews over WhatsApp are not allowed here.',
      'The interview will be on Upwork messages.',
      'Our HR manager will contact you here on Upwork.',
      'The app will message you in the app from now on.',
      'Our recruiters message candidates on WhatsApp, which is the problem to solve.',
      'Download the Acme app from our website and complete onboarding there, then report bugs.',
    ],
  ],
  [
    'a user name on a messenger named in the sentence',
    [
      "let's move to Discord, what's your username?",
      'send me your nickname on Telegram',
      'Давай в телеге, какой у тебя ник?',
    ],
    [
      "what's your username?",
      'I use Discord daily; what is your username here?',
      'Post it on Instagram, what is your tag line?',
      'какой у тебя ник в игре?',
      "I saw your Instagram post. What's your user ID in our system?",
    ],
  ],
];

describe('request: third probing round', () => {
  describe.each(ROUND3)('%s', (_rule, match, ignore) => {
    it.each(match.map((t) => [t]))('finds a request in %j', (text) => {
      expect(found(text).length).toBeGreaterThan(0);
    });
    it.each(ignore.map((t) => [t]))('reports nothing in %j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  it('covers the polite frame and names the language', () => {
    expect(found('Would you mind sharing your email?')[0]?.text).toBe('Would you mind sharing your email');
    expect(found('Entrevista por WhatsApp, envía tu CV.')[0]?.evidence).toContain('lang-multi');
    expect(found('Sa Zalo na lang tayo')[0]?.evidence).toContain('lang-tl');
  });
});
