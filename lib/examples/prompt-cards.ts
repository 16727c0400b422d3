import type { CaseKind } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';

/**
 * Prompts a class can run in any image tool (DALL·E, Midjourney, Stable Diffusion, Firefly…).
 * The content is data, not UI strings: each text carries both languages side by side so a card can
 * never exist in one language only (the type demands both). Figures are cited only where a
 * published analysis gives one; the source is named so a teacher can check it.
 */
export type Localized = Record<Locale, string>;

export const PROMPT_CARD_KINDS = [
  'variation',
  'bias',
  'prompt-craft',
  'hallucination',
] as const satisfies readonly CaseKind[];
export type PromptCardKind = (typeof PROMPT_CARD_KINDS)[number];

export interface PromptCard {
  /** Stable id: the card's anchor on /prompts and its test id. */
  id: string;
  caseKind: PromptCardKind;
  title: Localized;
  /** The prompt to run; for prompt craft, the vague version. */
  prompt: Localized;
  /** Prompt craft only: the precise version of the same request. */
  precisePrompt?: Localized;
  lookFor: Localized;
  questions: Localized[];
  /** A published figure, cited by author, title, publisher and date (as text: the app links nowhere else). */
  figure?: { text: Localized; source: Localized };
}

// The article's title stays as published; the words around it are in the page's language.
const BLOOMBERG = {
  source: {
    en: 'Leonardo Nicoletti and Dina Bass, “Humans Are Biased. Generative AI Is Even Worse”, Bloomberg, June 2023 (5,100 Stable Diffusion images)',
    nl: 'Leonardo Nicoletti en Dina Bass, “Humans Are Biased. Generative AI Is Even Worse”, Bloomberg, juni 2023 (5.100 beelden van Stable Diffusion)',
  },
};

export const PROMPT_CARDS: readonly PromptCard[] = [
  {
    id: 'classroom-vermeer',
    caseKind: 'variation',
    title: { en: 'A classroom by Vermeer', nl: 'Een klaslokaal van Vermeer' },
    prompt: {
      en: 'A classroom full of children using iPads, laptops and phones, in the style of Vermeer',
      nl: 'Een klaslokaal vol kinderen met iPads, laptops en telefoons, in de stijl van Vermeer',
    },
    lookFor: {
      en: 'Run it four times. What stays the same in every picture (the light from a window, the colours, the clothes) and what changes (how many children, where they sit, which devices)?',
      nl: 'Voer hem vier keer uit. Wat blijft in elk beeld hetzelfde (het licht door een raam, de kleuren, de kleding) en wat verandert (hoeveel kinderen, waar ze zitten, welke apparaten)?',
    },
    questions: [
      {
        en: 'Which details did the prompt decide, and which did the tool choose by itself?',
        nl: 'Welke details legde de prompt vast, en welke koos het programma zelf?',
      },
      {
        en: 'Vermeer never painted an iPad. Where does the tool get the idea of what that looks like?',
        nl: 'Vermeer heeft nooit een iPad geschilderd. Waar haalt het programma vandaan hoe dat eruitziet?',
      },
      {
        en: 'Could you make exactly the same picture again? What would you need?',
        nl: 'Kun je precies hetzelfde beeld nog eens maken? Wat zou je daarvoor nodig hebben?',
      },
    ],
  },
  {
    id: 'cycling-to-school',
    caseKind: 'variation',
    title: { en: 'Cycling to school', nl: 'Naar school fietsen' },
    prompt: {
      en: 'A child cycling to school in the rain',
      nl: 'Een kind dat in de regen naar school fietst',
    },
    lookFor: {
      en: 'Compare the runs: the bike, the street, the weather, the child. Does it look like your town? Try the prompt in English and in Dutch.',
      nl: 'Vergelijk de runs: de fiets, de straat, het weer, het kind. Lijkt het op jouw woonplaats? Probeer de prompt in het Nederlands en in het Engels.',
    },
    questions: [
      {
        en: 'Which country do the pictures seem to be in? Why might that be?',
        nl: 'In welk land lijken de beelden te spelen? Hoe zou dat komen?',
      },
      {
        en: 'Did the language of the prompt change the pictures?',
        nl: 'Veranderde de taal van de prompt de beelden?',
      },
    ],
  },
  {
    id: 'window-view',
    caseKind: 'variation',
    title: { en: 'The view from the classroom', nl: 'Het uitzicht uit de klas' },
    prompt: {
      en: 'The view from a classroom window',
      nl: 'Het uitzicht uit het raam van een klaslokaal',
    },
    lookFor: {
      en: 'The prompt says nothing about what is outside. Collect what the runs put there: trees, a playground, a city, mountains?',
      nl: 'De prompt zegt niets over wat er buiten is. Verzamel wat de runs daar neerzetten: bomen, een schoolplein, een stad, bergen?',
    },
    questions: [
      {
        en: 'Which answer comes up most? Is that what most classrooms look out on?',
        nl: 'Welk antwoord komt het vaakst voor? Kijken de meeste klaslokalen daarop uit?',
      },
      {
        en: 'How many runs would you need before you can say what the tool “usually” makes?',
        nl: 'Hoeveel runs heb je nodig voordat je kunt zeggen wat het programma “meestal” maakt?',
      },
    ],
  },
  {
    id: 'ceo',
    caseKind: 'bias',
    title: { en: 'A CEO', nl: 'Een CEO' },
    prompt: { en: 'A photo of a CEO', nl: 'Een foto van een CEO' },
    lookFor: {
      en: 'Make at least 8 runs and count: men and women, skin tone, age, clothes. The prompt says none of these.',
      nl: 'Maak minstens 8 runs en tel: mannen en vrouwen, huidskleur, leeftijd, kleding. De prompt zegt niets daarvan.',
    },
    questions: [
      {
        en: 'Who did the tool think of? Who did it leave out?',
        nl: 'Aan wie dacht het programma? Wie liet het weg?',
      },
      {
        en: 'Where could this picture of a CEO come from?',
        nl: 'Waar zou dit beeld van een CEO vandaan komen?',
      },
      {
        en: 'What happens when you add “female” or “young” to the prompt? Does the rest change too?',
        nl: 'Wat gebeurt er als je “vrouwelijke” of “jonge” toevoegt? Verandert de rest ook?',
      },
    ],
    figure: {
      text: {
        en: 'In Bloomberg’s analysis, Stable Diffusion’s images for high-paying jobs such as architect, doctor and lawyer were dominated by lighter skin tones, and it made almost three times as many images of men as of women.',
        nl: 'In de analyse van Bloomberg werden de beelden van Stable Diffusion voor goedbetaalde beroepen zoals architect, arts en advocaat gedomineerd door een lichte huidskleur, en maakte het bijna drie keer zoveel beelden van mannen als van vrouwen.',
      },
      ...BLOOMBERG,
    },
  },
  {
    id: 'nurse',
    caseKind: 'bias',
    title: { en: 'A nurse', nl: 'Een verpleegkundige' },
    prompt: { en: 'A photo of a nurse', nl: 'Een foto van een verpleegkundige' },
    lookFor: {
      en: 'Count men and women, and compare with the CEO card. In Dutch, try “verpleegkundige” and “verpleegster”: the second word is female.',
      nl: 'Tel mannen en vrouwen en vergelijk met de kaart “Een CEO”. Probeer ook “verpleegster” in plaats van “verpleegkundige”: dat woord is vrouwelijk.',
    },
    questions: [
      {
        en: 'Is the split the same as in real hospitals? How could you find out?',
        nl: 'Is de verdeling hetzelfde als in echte ziekenhuizen? Hoe kun je dat uitzoeken?',
      },
      {
        en: 'Does a neutral word in the prompt give neutral pictures?',
        nl: 'Geeft een neutraal woord in de prompt neutrale beelden?',
      },
    ],
  },
  {
    id: 'judge',
    caseKind: 'bias',
    title: { en: 'A judge', nl: 'Een rechter' },
    prompt: { en: 'A photo of a judge', nl: 'Een foto van een rechter' },
    lookFor: {
      en: 'Count how many of your runs show a woman, then compare with the published figure below.',
      nl: 'Tel hoeveel van je runs een vrouw laten zien en vergelijk dat met het gepubliceerde cijfer hieronder.',
    },
    questions: [
      {
        en: 'The tool shows fewer women than there really are. Why is that worse than just copying reality?',
        nl: 'Het programma laat minder vrouwen zien dan er echt zijn. Waarom is dat erger dan de werkelijkheid nadoen?',
      },
      {
        en: 'In the Netherlands most judges are women. Does the tool know that?',
        nl: 'In Nederland is de meerderheid van de rechters vrouw. Weet het programma dat?',
      },
    ],
    figure: {
      text: {
        en: 'About 3% of Stable Diffusion’s images for “judge” looked like women, while 34% of US judges are women.',
        nl: 'Ongeveer 3% van de beelden van Stable Diffusion voor “judge” leek een vrouw, terwijl 34% van de rechters in de VS vrouw is.',
      },
      ...BLOOMBERG,
    },
  },
  {
    id: 'software-engineer',
    caseKind: 'bias',
    title: { en: 'A software engineer', nl: 'Een software-ontwikkelaar' },
    prompt: {
      en: 'A photo of a software engineer at work',
      nl: 'Een foto van een software-ontwikkelaar aan het werk',
    },
    lookFor: {
      en: 'Count who is shown, and look at the room: hoodies, several screens, dark rooms, coffee. Which of these is a stereotype?',
      nl: 'Tel wie er te zien is en kijk naar de ruimte: hoodies, meerdere schermen, donkere kamers, koffie. Wat daarvan is een stereotype?',
    },
    questions: [
      {
        en: 'Would a girl who wants to learn programming recognise herself in these pictures?',
        nl: 'Zou een meisje dat wil leren programmeren zichzelf herkennen in deze beelden?',
      },
      {
        en: 'Who decides what a “normal” picture of a job looks like?',
        nl: 'Wie bepaalt hoe een “normaal” beeld van een beroep eruitziet?',
      },
    ],
  },
  {
    id: 'fast-food-worker',
    caseKind: 'bias',
    title: { en: 'A fast-food worker', nl: 'Een medewerker in een fastfoodrestaurant' },
    prompt: {
      en: 'A photo of a fast-food worker',
      nl: 'Een foto van een medewerker in een fastfoodrestaurant',
    },
    lookFor: {
      en: 'Compare skin tones here with the CEO card. Bias is not only about who is missing, but also about who gets put where.',
      nl: 'Vergelijk de huidskleuren hier met de kaart “Een CEO”. Bij vooroordelen gaat het niet alleen om wie ontbreekt, maar ook om wie waar terechtkomt.',
    },
    questions: [
      {
        en: 'What could happen if a company used such pictures in its job adverts?',
        nl: 'Wat kan er gebeuren als een bedrijf zulke beelden in zijn vacatures gebruikt?',
      },
      {
        en: 'The tool exaggerates a pattern. Where could that pattern come from?',
        nl: 'Het programma overdrijft een patroon. Waar kan dat patroon vandaan komen?',
      },
    ],
    figure: {
      text: {
        en: 'Stable Diffusion showed people with darker skin in 70% of its “fast-food worker” images, while 70% of US fast-food workers are white.',
        nl: 'Stable Diffusion liet in 70% van de beelden voor “fast-food worker” mensen met een donkere huid zien, terwijl 70% van de fastfoodmedewerkers in de VS wit is.',
      },
      ...BLOOMBERG,
    },
  },
  {
    id: 'a-dog',
    caseKind: 'prompt-craft',
    title: { en: 'A dog, vague and precise', nl: 'Een hond, vaag en precies' },
    prompt: { en: 'A dog', nl: 'Een hond' },
    precisePrompt: {
      en: 'A photo of an old golden retriever asleep on a blue rug next to a radiator, soft morning light, seen from above',
      nl: 'Een foto van een oude golden retriever die slaapt op een blauw kleed naast een verwarming, zacht ochtendlicht, van bovenaf gezien',
    },
    lookFor: {
      en: 'Run both versions a few times. Which runs look more alike? Which details did the extra words pin down?',
      nl: 'Voer beide versies een paar keer uit. Welke runs lijken meer op elkaar? Welke details legden de extra woorden vast?',
    },
    questions: [
      {
        en: 'What did the tool choose for the vague prompt: which breed, where, what kind of picture?',
        nl: 'Wat koos het programma bij de vage prompt: welk ras, waar, wat voor beeld?',
      },
      {
        en: 'Is there still something the precise prompt leaves open?',
        nl: 'Is er nog iets dat de precieze prompt openlaat?',
      },
    ],
  },
  {
    id: 'school-poster',
    caseKind: 'prompt-craft',
    title: { en: 'A poster for the school party', nl: 'Een poster voor het schoolfeest' },
    prompt: { en: 'A poster for our school party', nl: 'Een poster voor ons schoolfeest' },
    precisePrompt: {
      en: 'A poster for a school party with the theme “space”: dark blue background, yellow stars, a rocket on the left, the title “SPACE PARTY” at the top in large white letters, flat illustration style',
      nl: 'Een poster voor een schoolfeest met als thema “ruimte”: donkerblauwe achtergrond, gele sterren, een raket links, de titel “SPACE PARTY” bovenaan in grote witte letters, vlakke illustratiestijl',
    },
    lookFor: {
      en: 'Check whether each wish in the precise prompt came true, and whether the title is spelled correctly.',
      nl: 'Controleer of elke wens uit de precieze prompt is uitgekomen, en of de titel goed gespeld is.',
    },
    questions: [
      {
        en: 'Which part of the precise prompt did the tool ignore or get wrong?',
        nl: 'Welk deel van de precieze prompt negeerde het programma of deed het fout?',
      },
      {
        en: 'Would you use the result? What would you still have to fix by hand?',
        nl: 'Zou je het resultaat gebruiken? Wat moet je nog met de hand verbeteren?',
      },
    ],
  },
  {
    id: 'a-scientist',
    caseKind: 'prompt-craft',
    title: { en: 'A scientist, vague and precise', nl: 'Een wetenschapper, vaag en precies' },
    prompt: { en: 'A scientist', nl: 'Een wetenschapper' },
    precisePrompt: {
      en: 'A photo of a marine biologist in her sixties on a research boat in the North Sea, wearing an orange raincoat, holding a jar of seawater',
      nl: 'Een foto van een mariene bioloog van in de zestig op een onderzoeksboot op de Noordzee, in een oranje regenjas, met een potje zeewater in haar hand',
    },
    lookFor: {
      en: 'The vague prompt shows what the tool assumes (lab coat? test tubes? a man?). The precise one shows how much you can steer it.',
      nl: 'De vage prompt laat zien wat het programma aanneemt (witte jas? reageerbuisjes? een man?). De precieze laat zien hoeveel je kunt sturen.',
    },
    questions: [
      {
        en: 'Which assumptions of the vague version did you have to undo with words?',
        nl: 'Welke aannames van de vage versie moest je met woorden ongedaan maken?',
      },
      {
        en: 'Is a precise prompt a fix for bias, or only for your own picture?',
        nl: 'Is een precieze prompt een oplossing voor vooroordelen, of alleen voor je eigen beeld?',
      },
    ],
  },
  {
    id: 'shaking-hands',
    caseKind: 'hallucination',
    title: { en: 'Shaking hands', nl: 'Handen schudden' },
    prompt: {
      en: 'A close-up photo of two people shaking hands',
      nl: 'Een close-up foto van twee mensen die elkaar de hand schudden',
    },
    lookFor: {
      en: 'Count the fingers and follow each one to its hand. Zoom in: whose thumb is whose?',
      nl: 'Tel de vingers en volg elke vinger naar zijn hand. Zoom in: van wie is welke duim?',
    },
    questions: [
      {
        en: 'Why would hands be harder for the tool than faces?',
        nl: 'Waarom zouden handen moeilijker zijn voor het programma dan gezichten?',
      },
      {
        en: 'At first glance the picture looks right. What does that say about how the tool works?',
        nl: 'Op het eerste gezicht klopt het beeld. Wat zegt dat over hoe het programma werkt?',
      },
    ],
  },
  {
    id: 'clock',
    caseKind: 'hallucination',
    title: { en: 'A clock at twenty past three', nl: 'Een klok op twintig over drie' },
    prompt: {
      en: 'A wall clock showing twenty past three',
      nl: 'Een wandklok die twintig over drie aangeeft',
    },
    lookFor: {
      en: 'Read the time on each run. Check the numbers on the dial too: are there twelve, in the right order?',
      nl: 'Lees op elke run de tijd af. Kijk ook naar de cijfers op de wijzerplaat: zijn het er twaalf, in de goede volgorde?',
    },
    questions: [
      {
        en: 'Product photos of clocks and watches usually show about ten past ten. Do your runs show that time?',
        nl: 'Productfoto’s van klokken en horloges staan meestal op ongeveer tien over tien. Zie je die tijd terug?',
      },
      {
        en: 'Does the tool understand what time is, or does it copy how clocks usually look?',
        nl: 'Begrijpt het programma wat tijd is, of doet het na hoe klokken er meestal uitzien?',
      },
    ],
  },
  {
    id: 'shop-sign',
    caseKind: 'hallucination',
    title: { en: 'Text on a sign', nl: 'Tekst op een bord' },
    prompt: {
      en: 'A bakery with a sign above the door that says “Fresh bread every day”',
      nl: 'Een bakkerij met een bord boven de deur waarop “Elke dag vers brood” staat',
    },
    lookFor: {
      en: 'Read the sign letter by letter. Look at the other text in the picture too: price tags, posters, the street name.',
      nl: 'Lees het bord letter voor letter. Kijk ook naar andere tekst in het beeld: prijskaartjes, posters, de straatnaam.',
    },
    questions: [
      {
        en: 'Is the text on the sign right? And the text nobody asked for?',
        nl: 'Klopt de tekst op het bord? En de tekst waar niemand om vroeg?',
      },
      {
        en: 'Was the Dutch text harder for the tool than the English one?',
        nl: 'Was de Nederlandse tekst moeilijker voor het programma dan de Engelse?',
      },
    ],
  },
  {
    id: 'bicycle',
    caseKind: 'hallucination',
    title: { en: 'A bicycle from the side', nl: 'Een fiets van opzij' },
    prompt: {
      en: 'A side view of a black city bicycle leaning against a wall',
      nl: 'Een zwarte stadsfiets van opzij, tegen een muur geparkeerd',
    },
    lookFor: {
      en: 'Could this bike actually be ridden? Follow the chain from the pedals to the back wheel, and look at the frame, the brakes and the spokes.',
      nl: 'Zou je op deze fiets kunnen rijden? Volg de ketting van de trappers naar het achterwiel en kijk naar het frame, de remmen en de spaken.',
    },
    questions: [
      {
        en: 'Everyone in class has seen thousands of bicycles. Why does the tool still get them wrong?',
        nl: 'Iedereen in de klas heeft duizenden fietsen gezien. Waarom doet het programma ze toch fout?',
      },
      {
        en: 'Where else could such errors matter more than on a bicycle?',
        nl: 'Waar kunnen zulke fouten meer uitmaken dan bij een fiets?',
      },
    ],
  },
];

export function cardsOfKind(kind: PromptCardKind): PromptCard[] {
  return PROMPT_CARDS.filter((c) => c.caseKind === kind);
}

/** The /submit link that starts a submission with this card's prompt, kind and title filled in. */
export function submitHref(card: PromptCard, locale: Locale): string {
  const query = new URLSearchParams({
    prompt: card.prompt[locale],
    caseKind: card.caseKind,
    title: card.title[locale],
  });
  return `/submit?${query.toString()}`;
}
