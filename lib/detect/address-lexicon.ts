/**
 * Word lists for the address detector. All entries are lower case, without a trailing dot
 * (the detector compares `word.toLowerCase()` and lets an abbreviation dot follow).
 *
 * The lists describe how streets are written, not particular streets: street-type words
 * that follow the name ("Baker Street"), ones that precede it ("Rue de Rivoli", "ul. Hoża"),
 * the endings of one-word street names in languages that glue the type on ("Lindenstraße",
 * "Koskikatu", "Ringvej"), unit words, PO box forms and words that point at an address.
 */

/** A word list written as text: white-space separated, `// comment` lines ignored. */
function words(list: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const line of list.split('\n')) {
    const body = line.replace(/\/\/.*$/u, '').trim();
    for (const w of body.split(/\s+/u)) if (w) out.add(w);
  }
  return out;
}

/**
 * English street types that are rarely anything else after "<number> <Name>": accepted in
 * any case ("12 oak street"), so lower-case chat still matches.
 */
export const EN_TYPES_STRONG: ReadonlySet<string> = words(`
  street st str avenue ave av road rd boulevard blvd bvd lane ln parkway pkwy pkway highway hwy expressway
  expy freeway fwy turnpike tpke terrace tce terr crescent cres drive dr court ct place pl square sq close
  grove gardens gdns circle cir trail trl mews alley aly plaza plz way wy row walk broadway causeway cswy
  esplanade promenade parade pde
`);

/**
 * English street types that are ordinary words too ("hard drive", "food court", "test
 * place"): strong in Title Case after a capitalised name, otherwise only with support.
 */
export const EN_TYPES_COMMON_WORD: ReadonlySet<string> = words(`
  drive dr court ct place pl square sq close grove gardens circle trail row walk way alley plaza parade
  promenade crescent terrace
`);

/**
 * The long tail of (mostly US) street suffixes: "Harbor", "Pass", "Mill", "Union"... Only in
 * Title Case after a capitalised name and a house number, and only at low confidence alone.
 */
export const EN_TYPES_WEAK: ReadonlySet<string> = words(`
  loop path pike park pass point points pt ridge heights hts hill hills view views vista green greens mall
  mill mills island islands isle harbor harbour bridge bypass crossing xing crossroad crossroads junction
  jct landing meadow meadows manor oval quay rise route rte spur summit trace track valley village wharf
  wynd glen dale dam cove coves creek flat flats lodge prairie radial extension extensions ext union
  unions courts club fork forks estate estates gateway cliff cliffs forge forges port center centre circus
  common commons corner corners crest curve divide falls ferry field fields ford fords forest fort garden
  haven hollow inlet key keys knoll knolls lake lakes lock locks mount mountain neck orchard overpass
  pines plain plains ramp ranch rapids rest shoal shore shores skyway spring springs station stream
  throughway tunnel underpass vale viaduct ville well wells embankment bay beach burg brook brooks bluff
  bluffs bottom branch canyon cape cswy downs end gate grn harbors hbr holw ln motorway passage pkwys
  plains pt run stravenue terrace trafficway villas wood woods yard yards
`);

/** Compass words that may follow a street type ("Westlake Ave N", "Queen Street West"). */
export const DIRECTIONS: ReadonlySet<string> = words(`
  n s e w ne nw se sw north south east west northeast northwest southeast southwest
`);

/**
 * Street types written BEFORE the name (Romance, Slavic, Greek, Cyrillic, Malay/Indonesian,
 * Arabic, Hebrew, Turkish...). "Rue de Rivoli 12", "ul. Hoża 41/7", "Via Tasso 129",
 * "20 Rue Hsine", "Jl. Sudirman No. 5".
 */
export const PREFIX_TYPES: ReadonlySet<string> = words(`
  // French
  rue avenue av ave boulevard bd bld blvd chemin ch allée allee impasse imp place quai route rte cours
  passage square sentier voie faubourg fbg montée esplanade promenade rond-point ruelle traverse cité
  lotissement
  // Spanish
  calle c cl avenida avda avd paseo pº plaza pza ronda rda camino cno carretera ctra travesía travesia
  trav glorieta callejón callejon pasaje psje carrera cra kra cr diagonal transversal calzada cerrada
  privada prolongación urbanización urb bulevar
  // Italian
  via viale vle piazza p.za pza piazzale piazzetta corso largo vicolo strada contrada borgo lungomare
  lungotevere salita vico rampa fondamenta località loc frazione traversa
  // Portuguese / Galician
  rua r travessa tv praça praca pç estrada estr alameda al rodovia rod beco ladeira quadra qd rúa praza
  largo avenida setor conjunto
  // Polish, Czech, Slovak, Slovenian, Croatian, Serbian, Romanian
  ul ulica al aleja aleje pl plac os osiedle rondo ulice náměstí nám třída nábřeží nábr trg cesta bulevar
  bul obala calea aleea piața piata șoseaua soseaua sos splaiul intrarea str strada bulevardul b-dul
  // Greek (and transliterations)
  οδός οδος οδ λεωφόρος λεωφορος λεωφ λ πλατεία πλατεια πλ odos leoforos plateia
  // Cyrillic
  ул улица пр пр-т проспект просп пер переулок пл площадь ш шоссе бульвар б-р наб набережная вул вулиця
  пров провулок бул булевард
  // Malay / Indonesian / Filipino / Thai transliterations / Vietnamese
  jl jln jalan gg gang lorong persiaran lebuh lebuhraya soi thanon đường duong phố pho ngõ hẻm
  // Arabic, Hebrew, Persian, Urdu (letters kept as typed)
  شارع طريق رחוב רחוב רח sharia shari خیابان کوچه sidi
`);

/**
 * Prefix types that are also everyday words ("route", "place", "via email", "al", "an",
 * "c", "r"): these need a capitalised name after them and are checked more strictly.
 */
export const PREFIX_TYPES_AMBIGUOUS: ReadonlySet<string> = words(`
  av ave bd ch imp place route rte cours passage square voie c cl cr diagonal privada via corso largo
  strada borgo salita vico rampa loc r tv al rod quadra qd setor conjunto os pl rondo cesta str sos λ πλ
  пр пер ш пл an am auf im gang soi pho duong sidi bul calea plaza cité promenade esplanade rod kra cra
  transversal calzada traverse travessa frazione traversa
`);

/** Prefix types that only count when written with an abbreviation dot ("ul.", "C/" handled apart). */
export const PREFIX_TYPES_NEED_DOT: ReadonlySet<string> = words(`
  c cl cr r tv al pl os λ πλ пр пер ш пл ch imp sos str rod qd bul jl jln gg loc nám nábr b-dul ul vle rda
  cno pza pç estr kra cra bd rte rh avd psje urb fbg trav ctra
`);

/** Romance/Dutch particles inside street names ("Calle de Alcalá", "Rue du Bac", "Via dei Mille"). */
export const NAME_PARTICLES: ReadonlySet<string> = words(`
  de del dela della delle degli dei di da do dos das du des la le les lo los las el al van von der den het
  ten ter y e i of the d' l d sur sous en na nad pod u v ve z ze im am an auf zum zur bin ibn abu a
`);

/**
 * Street types written AFTER the name as a separate word ("Augsburger Strasse 36",
 * "Kongens gate 5", "Andrássy út 12.", "Prešernov trg 2", "Atatürk Cad. No: 12").
 */
export const POST_TYPES: ReadonlySet<string> = words(`
  // German, Dutch
  straße strasse str weg gasse platz allee damm ufer markt chaussee steig pfad graben zeile straat laan
  plein gracht kade singel dijk dreef steeg baan kaai
  // Nordic
  gate gata gatan gaten vej vejen vei veien veg vegen väg vägen gade gaden allé alle plads torv terrasse
  stræde stræti straeti braut vegur stígur stigur torg torget gränd stig backe backen vænge vænget vang
  // Finnish, Estonian
  katu tie kuja polku raitti väylä kaari rinne tori tee tänav põik mnt maantee puiestee väljak
  // Hungarian
  utca u út útja tér tere körút krt köz sor sétány rakpart rkp fasor lépcső kapu liget
  // Czech and Slovak write these after the name too ("Václavské náměstí 1")
  náměstí námestie nám třída trieda nábřeží nábrežie
  // Slavic, Baltic, Romanian, Turkish
  ulica cesta trg ulice iela gatvė gatve g pr prospektas caddesi cadde cad cd sokak sokağı sokagi sok sk
  bulvarı bulvari blv mahallesi mah yolu
`);

/** Post types that are also common words or names: need a capitalised name before them. */
export const POST_TYPES_AMBIGUOUS: ReadonlySet<string> = words(`
  gate ring markt hof lei vest alle park tee sor kapu köz u g pr al cd sk mah stig backe vang torg liget
  graben baan dam steig kaari rinne tori ul yolu vest
`);

/** Post types that only count written with their abbreviation dot ("u. 15.", "krt.", "Str."). */
export const POST_TYPES_NEED_DOT: ReadonlySet<string> = words(`
  u krt rkp g pr cad cd sok sk mah blv ul al mnt nám
`);

/**
 * Prefix types that are ordinary English words ("Place", "Route", "Square"): after them a
 * particle ("Place de la Gare") makes a street; otherwise the shape needs support.
 */
export const PREFIX_TYPES_ENGLISH: ReadonlySet<string> = words(`
  place route square passage cours promenade esplanade plaza avenue voie traverse diagonal transversal
  privada conjunto
`);

/** Words before a number that make it a count ("with 5 Wall Street firms", "had 3 ..."). */
export const COUNT_PRECURSORS: ReadonlySet<string> = words(`
  had have has having with the of about over under than only all top those these our their my your his her
  its another approximately around nearly almost some hired hire need needs want plus and or among between
  like than many few several ranked rank number no episode season chapter
`);

/**
 * Endings of one-word street names that glue the type on: "Lindenstraße", "Koskikatu",
 * "Ringvej", "Magasinsgatan", "Brixtonlaan", "Ziegelgasse", "Hafnarstræti".
 */
export const COMPOUND_SUFFIXES: readonly string[] = [
  ...words(`
  // German, Swiss, Austrian
  straße strasse str gasse gässli gässchen weg platz allee damm ufer chaussee steig pfad graben zeile
  brücke bruecke markt
  // Dutch, Flemish, Frisian
  straat laan plein gracht kade singel dijk dreef steeg hove baan wei kaai
  // Danish, Norwegian, Swedish, Icelandic
  vej vejen gade gaden stræde vænget vænge plads torv allé gata gatan gaten vägen väg veien vegen vei veg
  gränd stigen torget backen stræti straeti braut vegur stígur tröð terrassen
  // Finnish, Estonian
  katu tie kuja polku raitti väylä kaari rinne puistikko maantee puiestee tänav
  // Hungarian, Slovenian/Croatian
  utca körút rakpart ulica cesta
`),
];

/** Ordinary words that happen to end like a street ("necktie", "brigade", "string", "Rotterdam"). */
export const COMPOUND_EXCEPTIONS: ReadonlySet<string> = words(`
  necktie bowtie hogtie untie sweetie hottie cutie scottie lottie hattie mattie bettie nettie bestie
  brigade renegade behove cheapstr abstr substr instr
`);

/** Unit markers inside an address ("Apt. 4B", "Suite 300", "Flat 2", "Piso 3"). */
export const UNIT_WORDS: ReadonlySet<string> = words(`
  apt apartment appt appartement suite ste unit flat floor fl room rm bldg building block blk dept lot
  level lvl piso planta puerta pta depto dpto departamento étage etage bureau wohnung whg lokal mieszkanie
  lok kv кв квартира office ofc interno int scala sc stair tower twr house plot shop stall apto andar sala
  bloco casa pavilion hangar pier slip space box trlr trailer penthouse ph no nr nº num number door gate
  daire kat
`);

/** Unit words that introduce an address line on their own only when a number follows. */
export const UNIT_WORDS_LEAD: ReadonlySet<string> = words(`
  apt apartment appt suite ste unit flat floor fl room rm bldg building block blk piso planta puerta depto
  dpto étage etage wohnung whg lok kv кв apto andar bloco level lvl house plot shop office penthouse trlr
  lot
`);

/**
 * Products, software, platforms and brands whose name before a number is a version or a
 * model ("Windows 11", "Laravel 11", "Python 3", "Pixel 8", "Office 365"), never a street
 * named without a type. Only the untyped "Name 12" shape consults this list, so a typed
 * street ("12 Ruby Street") is unaffected.
 */
export const VERSIONED_NAMES: ReadonlySet<string> = words(`
  // operating systems and platforms
  windows win macos osx ios ipados watchos tvos visionos android linux ubuntu debian fedora centos rhel
  kali alpine freebsd chromeos harmonyos
  // languages, runtimes, frameworks, libraries
  python py php java jdk jre node nodejs deno ruby rails perl kotlin scala golang rust dart flutter
  laravel symfony django flask fastapi spring angular angularjs react vue vuejs nuxt nextjs svelte
  sveltekit ember jquery bootstrap tailwind webpack vite typescript javascript ecmascript es html css
  sass dotnet asp blazor xamarin unity unreal godot cocos swift swiftui objc electron ionic cordova
  qt gtk wpf winforms livewire inertia remix astro gatsby expo redux rxjs ngrx nestjs express strapi
  // databases, tools, services
  mysql postgres postgresql mongodb mongo redis elasticsearch sqlite mariadb cassandra kafka hadoop
  docker kubernetes terraform ansible jenkins gradle maven npm yarn pnpm xcode intellij vscode eclipse
  wordpress drupal joomla magento shopify woocommerce prestashop opencart odoo salesforce hubspot
  jira confluence zapier webflow wix squarespace bubble airtable notion firebase supabase heroku
  vercel netlify aws azure gcp
  // applications and suites
  office excel powerpoint outlook sharepoint onedrive photoshop illustrator indesign premiere
  lightroom acrobat figma blender cinema autocad revit solidworks sketchup quickbooks
  chrome firefox safari opera chromium brave
  // devices, hardware, vehicles, games
  iphone ipad ipod macbook imac pixel galaxy xperia redmi oneplus huawei nokia playstation ps xbox
  nintendo kindle thinkpad rtx gtx radeon ryzen snapdragon exynos tesla boeing airbus cessna peugeot
  fiat audi bmw porsche volvo toyota honda nissan mazda skoda renault citroen opel hyundai kia canon
  nikon fujifilm leica gopro dji fifa pes nba madden minecraft fortnite gta roblox
  // AI models and products
  gpt chatgpt claude gemini llama mistral dalle midjourney copilot
  // words that number a version, model or part of a work
  model series gen generation edition ver rev revision update patch sdk api tier grade class
  world zone act scene track disc book semester lecture sprint
`);

/**
 * Words right after "Name 12" that make it a version or a model, not a house number:
 * "Angular 17 app", "iPhone 15 Pro", "Ubuntu 22 LTS", "Laravel 11 upgrade".
 */
export const VERSION_FOLLOWERS: ReadonlySet<string> = words(`
  app apps application project projects upgrade upgrades update updates migration support compatible
  compatibility version versions release releases build builds beta alpha lts sdk api pro max ultra plus
  mini lite series edition features feature codebase server servers runtime environment stack backend
  frontend site website theme themes plugin plugins module modules package packages library libraries
  framework device devices phone phones laptop model models user users developer developers dev devs
  code syntax docs documentation installation install setup branch repo
`);

/**
 * Words before "to", "on", "from" or "in" that make the following "Name 12" a version:
 * "upgrade to Laravel 11", "runs on Windows 11", "written in Python 3", "ported from Vue 2".
 */
export const VERSION_VERBS: ReadonlySet<string> = words(`
  upgrade upgrading upgraded upgrades update updating updated updates migrate migrating migrated
  migration downgrade downgrading downgraded port porting ported bump bumped bumping switch switched
  switching runs run running ran built build building written write writing rewrite rewritten
  rewriting deploy deployed deploying compiled compile tested test testing developed develop stuck
  locked pinned compatible support supports supported
`);

/**
 * Words that lead a landmark street after an address in West and East African usage:
 * "No 14 Olumide Close, off Adeniyi Road", "opposite Total Filling Station Road".
 */
export const LANDMARK_WORDS: ReadonlySet<string> = words(`
  off opposite opp behind beside near along
`);

/** Marks for "number" before a house number ("No. 12", "Nr. 5", "Nº 3", "No: 14"). */
export const NUMBER_MARKS: ReadonlySet<string> = words(`
  no nr nº n° num núm número numero broj br č čp č.p д дом n
`);

/**
 * Words that cannot be part of a street name: function words, and words for time, money,
 * quantity and measure (a number before them is a quantity, "40 to 45 hours", "3 months").
 */
export const NAME_STOPWORDS: ReadonlySet<string> = words(`
  a an the of in on at to for and or but nor so my your our his her their its this that these those is are
  was were be been am with by from per more less than very each every all some any no not other another
  different same into onto over under about as if then when while i you he she it we they me him us them
  what which who how why where there here can will would could should may might must do does did have has
  had just only also too up down out off via vs like lane lanes way ways one-way toll dirt gravel paved
  private public busy quiet narrow wide side back long short big small hard external internal shared
  google usb flash test tests unit units x times top best first last next previous few many several
  new-ish kids people users items apps pages words steps step sprint sprints release build milestone task
  ticket issue slide figure fig table item option plan tier package batch iteration question lesson module
  terminal platform channel vol volume number id order invoice po ref article title act rule law verse
  psalm note exhibit page line lines row rows column columns level levels part parts chapter section
  episode season round phase stage version day days week weeks month months year years yrs hour hours hrs
  minute minutes mins min second seconds secs sec am pm percent pct usd eur gbp dollars euros bucks k m km
  mi miles mile kg lb lbs gb mb kb tb px pt cm mm ft feet inch inches meters metres stars star reviews
  projects clients jobs songs founders musicians screens screenshots designs files rounds revisions
  tickets orders contracts milestones emails calls
  // Turkish: "Bu sokak 5" is "this street", not a street named "Bu"; "adresim" is "my address"
  bu şu bir ve ile address adres adresi adresim adresimiz adresiniz
`);

/**
 * Month and weekday names and their short forms (en, es, pt, fr, de, it): "September 12",
 * "Sept 12, 2025" and "Monday 15" are dates, not a street name and a house number.
 */
export const DATE_WORDS: ReadonlySet<string> = words(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  lunes martes miércoles miercoles jueves viernes sábado sabado domingo segunda terça terca quarta quinta
  sexta lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag
  samstag sonntag lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi
  january february march april may june july august september october november december jan feb mar
  apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre
  setiembre octubre noviembre diciembre ene abr ago dic janeiro fevereiro março marco maio junho julho
  setembro outubro novembro dezembro fev set out dez janvier février fevrier mars avril mai juin juillet
  août aout septembre octobre décembre decembre janv févr fevr avr juil déc januar februar märz maerz
  juni juli oktober dezember okt dez gennaio febbraio aprile maggio giugno luglio settembre ottobre
  dicembre gen mag giu lug ott
`);

/** Words after a number that make it a quantity, time or measure rather than a house number. */
export const QUANTITY_WORDS: ReadonlySet<string> = words(`
  day days week weeks month months year years yr yrs y/o hour hours hr hrs h minute minutes min mins
  second seconds sec secs ms am pm times x percent pct usd eur gbp inr dollars euros bucks k km mi miles
  mile kg g lb lbs gb mb kb tb px pt pts cm mm ft feet inch inches meters metres people users items pages
  words stars reviews projects clients jobs songs of to and or out more less per hz fps dpi gbps mbps v w
  kw mah ml l oz
`);

/**
 * Words that point at an address ahead of it: "my address is", "ship it to", "lives at",
 * "meet me at", "the office is on". Matched in a short window before a weak street shape.
 */
export const ADDRESS_CUE = new RegExp(
  [
    // The word "address" itself in many languages ("his address:", "my new address is").
    String.raw`\b(?:address(?:es)?|addr|adres[ae]?|adresse|anschrift|direcci[oó]n|domicilio|indirizzo|endere[cç]o|morada|osoite|c[ií]m[eé]?|adresa|naslov|adressen)(?![\p{L}])`,
    '(?:адрес[ау]?|διεύθυνση|διευθυνση|عنوان|כתובת|آدرس|पता)',
    // Being somewhere: "lives at", "located on", "the office is at", "meet me Monday at".
    String.raw`\b(?:lives|living|lived|(?:i|we|they|you|still|now)\slive|located|situated|based|resides?|residing|staying|moved|moving|meet(?:ing)?(?:\s(?:me|you|us|them))?(?:\s(?:on\s)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)?|office|shop|store|studio|restaurant|station|apartment|flat|house|home|warehouse|clinic|venue|hotel)\s(?:(?:is|are)\s)?(?:at|on|in|to)(?![\p{L}])`,
    String.raw`\b(?:is|are|am|i'm|we're|it's|i\sam|we\sare)\s(?:at|on)(?![\p{L}])`,
    // Sending or going there: "ship it to", "sent to", "drops you off at", "taxi to".
    String.raw`\b(?:sen[dt]|ship(?:ped)?|deliver(?:ed)?|mail(?:ed)?|post(?:ed)?|courier|forward|return(?:ed)?|bring|come|taxi|cab|arrived?|enter|stop|visit(?:\sus)?|find\sus)(?:\s(?:it|them|this|that|these|me|us|him|her|the\s\p{L}{1,15})){0,2}\s(?:at|on|to)(?![\p{L}])`,
    String.raw`\b(?:drops?|pick)(?:\s(?:you|it|me|them|us))?\s(?:off|up)\sat(?![\p{L}])`,
    String.raw`\bcorner\sof(?![\p{L}])`,
  ].join('|'),
  'iu',
);
