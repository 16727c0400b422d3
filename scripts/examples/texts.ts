/**
 * Titles and descriptions of the generated comparisons, in English and Dutch, built around the
 * figures the generation script measured. Each description: what it shows, what to notice,
 * questions for the class, and how it was made.
 */
import type { Localized } from '../../lib/examples/prompt-cards';

export type Text = { title: Localized; description: Localized };

const block = (parts: string[]) => parts.filter(Boolean).join('\n\n');

export function variationText(): Text {
  return {
    title: {
      en: 'Draw a 7, draw a 3: same prompt, different seeds',
      nl: 'Teken een 7, teken een 3: dezelfde prompt, andere seeds',
    },
    description: {
      en: block([
        'Our own digit generator was asked eight times to draw a 7 and eight times to draw a 3. Only the seed differs: the number that fixes the random noise each drawing starts from.',
        'What to notice: every 7 is a 7, but the slant, the thickness and the little bar differ. Open a run and press “Regenerate”: with the same seed the browser draws exactly the same picture again. “New seed” gives another one.',
        'Questions: Why does the same prompt give different pictures? If you know the seed, can you make the same picture again? Do big tools like DALL·E let you choose the seed?',
      ]),
      nl: block([
        'Onze eigen cijfergenerator kreeg acht keer de opdracht een 7 te tekenen en acht keer een 3. Alleen de seed verschilt: het getal dat de willekeurige ruis vastlegt waar elke tekening mee begint.',
        'Let op: elke 7 is een 7, maar de schuinte, de dikte en het streepje verschillen. Open een run en druk op “Opnieuw maken”: met dezelfde seed tekent de browser precies hetzelfde plaatje nog eens. “Nieuwe seed” geeft een ander plaatje.',
        'Vragen: Waarom geeft dezelfde prompt andere plaatjes? Als je de seed weet, kun je dan hetzelfde plaatje opnieuw maken? Kun je bij grote programma’s als DALL·E de seed kiezen?',
      ]),
    },
  };
}

export function temperatureText(digit: number, scales: number[], confident: string[]): Text {
  const rows = (lang: 'en' | 'nl') =>
    scales
      .map((s, i) =>
        lang === 'en'
          ? `noise × ${s}: ${confident[i]} recognised as a ${digit}`
          : `ruis × ${s}: ${confident[i]} herkend als een ${digit}`,
      )
      .join('; ');
  return {
    title: {
      en: `Temperature: a ${digit} at noise scale ${scales.join(', ')}`,
      nl: `Temperatuur: een ${digit} bij ruisschaal ${scales.join(', ')}`,
    },
    description: {
      en: block([
        `The same generator drew a ${digit} six times at three noise scales. The seeds are the same in every row, so each column starts from the same noise, only turned down or up.`,
        `What to notice: at 0.3 the pictures are neat but almost alike; at 1.8 they vary more and some stop looking like a ${digit}. The digit classifier of the GAN demo (at least 90% sure) recognised: ${rows('en')}.`,
        'Questions: Which row would you show on a poster? Which row is more “creative”? What do tools mean when they offer a setting for temperature, chaos or variety?',
      ]),
      nl: block([
        `Dezelfde generator tekende zes keer een ${digit}, bij drie ruisschalen. De seeds zijn in elke rij hetzelfde, dus elke kolom begint met dezelfde ruis, alleen zachter of harder.`,
        `Let op: bij 0,3 zijn de plaatjes netjes maar bijna gelijk; bij 1,8 verschillen ze meer en lijken sommige geen ${digit} meer. De cijferherkenner van de GAN-demo (minstens 90% zeker) herkende: ${rows('nl')}.`,
        'Vragen: Welke rij zou je op een poster zetten? Welke rij is “creatiever”? Wat bedoelen programma’s als ze een instelling voor temperatuur, chaos of variatie geven?',
      ]),
    },
  };
}

export interface BiasFigures {
  skewedMix: string;
  balancedMix: string;
  skewedTally: string;
  balancedTally: string;
  skewedLarge: string;
  balancedLarge: string;
  largeN: number;
}

export function biasText(f: BiasFigures): Text {
  return {
    title: {
      en: 'Bias from training data: “any digit” from skewed and balanced data',
      nl: 'Vooroordeel uit trainingsdata: “een cijfer” na scheve en evenwichtige data',
    },
    description: {
      en: block([
        `Two copies of our digit generator, the same in every way except what they learned from. Row 1 learned from a skewed set (${f.skewedMix}); row 2 from a balanced set (${f.balancedMix}). Both were asked 24 times for “any digit”.`,
        `What the classifier counted (digit:count, ? = not clearly a digit) — skewed: ${f.skewedTally}; balanced: ${f.balancedTally}. Over ${f.largeN} runs each — skewed: ${f.skewedLarge}; balanced: ${f.balancedLarge}.`,
        'What to notice: the skewed generator gives back the skew of its data: many 1s, hardly any 8s, and its rare 8s are drawn worse. Nobody told it to prefer 1s. This is the “a CEO” lesson in miniature: ask a big image tool for “a CEO” and it shows what its training pictures showed most.',
        'Questions: Who chose the training data here? Who chooses it for big image tools? Would you notice the skew from one picture?',
        'How it works: the generator draws the digit it is told to. For “any digit” it first picks one the way its training data was spread, then draws it.',
      ]),
      nl: block([
        `Twee kopieën van onze cijfergenerator, in alles gelijk behalve waarvan ze leerden. Rij 1 leerde van een scheve set (${f.skewedMix}); rij 2 van een evenwichtige set (${f.balancedMix}). Allebei kregen 24 keer de opdracht “een cijfer”.`,
        `Wat de cijferherkenner telde (cijfer:aantal, ? = niet duidelijk een cijfer) — scheef: ${f.skewedTally}; evenwichtig: ${f.balancedTally}. Over ${f.largeN} runs per generator — scheef: ${f.skewedLarge}; evenwichtig: ${f.balancedLarge}.`,
        'Let op: de scheve generator geeft de scheefheid van zijn data terug: veel enen, bijna geen achten, en zijn zeldzame achten zijn slechter getekend. Niemand zei dat hij enen moest verkiezen. Dit is de les van “een CEO” in het klein: vraag een groot beeldprogramma om “een CEO” en het laat zien wat het het vaakst zag in zijn trainingsbeelden.',
        'Vragen: Wie koos hier de trainingsdata? Wie kiest die bij grote beeldprogramma’s? Zou je de scheefheid aan één plaatje zien?',
        'Hoe het werkt: de generator tekent het cijfer dat hem gevraagd wordt. Bij “een cijfer” kiest hij er eerst een zoals zijn trainingsdata verdeeld was, en tekent dat dan.',
      ]),
    },
  };
}

export interface CollapseRow {
  generation: number;
  entropy: string;
  distance: string;
  withinDistance: string;
  unclear: number;
  digitsPresent: number;
}

export function collapseText(rows: CollapseRow[], n: number): Text {
  const list = (lang: 'en' | 'nl') =>
    rows
      .map((r) =>
        lang === 'en'
          ? `generation ${r.generation}: within a digit ${r.withinDistance}, all pictures ${r.distance}, digit mix ${r.entropy} bits, not clearly a digit ${r.unclear}`
          : `generatie ${r.generation}: binnen een cijfer ${r.withinDistance.replace('.', ',')}, alle plaatjes ${r.distance.replace('.', ',')}, cijfermix ${r.entropy.replace('.', ',')} bits, geen duidelijk cijfer ${r.unclear}`,
      )
      .join('; ');
  const first = rows[0];
  const last = rows.at(-1);
  return {
    title: {
      en: `Model collapse: ${rows.length} generations that learn from each other`,
      nl: `Modelinstorting: ${rows.length} generaties die van elkaar leren`,
    },
    description: {
      en: block([
        'Generation 0 learned from real handwritten digits. Generation 1 learned only from pictures generation 0 drew, generation 2 only from generation 1, and so on. Each row shows 24 runs of “any digit”.',
        `Variety per generation, measured over ${n} runs each. Mean distance between two pictures of the same digit (0 = identical): ${list('en')}. The entropy of the classifier’s digit count is 3.32 bits when all ten digits are equally common.`,
        `What to notice: the variety inside each digit falls with every generation (${first?.withinDistance} → ${last?.withinDistance}): odd and unusual ways of writing disappear, and the pictures start to look alike. They also get neater: fewer pictures are not clearly a digit. The mix of digits hardly changes in three generations; the drawings of each digit do.`,
        'Questions: More and more pictures on the internet are made by AI, and people mostly share the neat ones. What happens when the next models learn from them? Who loses out when the unusual examples disappear? How could makers of image tools prevent this?',
        'How it was made: each generation’s training set is 2,930 pictures drawn by the generation before, with a little less noise than usual (0.75) and kept only when the digit classifier recognised the digit that was asked for: the neat, typical pictures, as people tend to keep and post.',
      ]),
      nl: block([
        'Generatie 0 leerde van echte handgeschreven cijfers. Generatie 1 leerde alleen van plaatjes die generatie 0 tekende, generatie 2 alleen van generatie 1, enzovoort. Elke rij toont 24 runs van “een cijfer”.',
        `Variatie per generatie, gemeten over ${n} runs per generatie. Gemiddelde afstand tussen twee plaatjes van hetzelfde cijfer (0 = gelijk): ${list('nl')}. De entropie van de telling van de cijferherkenner is 3,32 bits als alle tien cijfers even vaak voorkomen.`,
        `Let op: de variatie binnen elk cijfer neemt elke generatie af (${first?.withinDistance.replace('.', ',')} → ${last?.withinDistance.replace('.', ',')}): vreemde en ongewone manieren van schrijven verdwijnen, en de plaatjes gaan op elkaar lijken. Ze worden ook netter: minder plaatjes zijn geen duidelijk cijfer. De mix van cijfers verandert in drie generaties nauwelijks; de tekeningen van elk cijfer wel.`,
        'Vragen: Steeds meer plaatjes op internet zijn door AI gemaakt, en mensen delen vooral de nette. Wat gebeurt er als de volgende modellen daarvan leren? Wie raakt iets kwijt als de ongewone voorbeelden verdwijnen? Hoe kunnen makers van beeldprogramma’s dat voorkomen?',
        'Hoe het gemaakt is: de trainingsset van elke generatie bestaat uit 2.930 plaatjes van de generatie ervoor, getekend met iets minder ruis dan normaal (0,75) en alleen bewaard als de cijferherkenner het gevraagde cijfer herkende: de nette, gewone plaatjes, zoals mensen die meestal bewaren en delen.',
      ]),
    },
  };
}
