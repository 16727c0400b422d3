import type { Locale } from '../config';
import en from './en.json';
import fatalEn from './fatal.en.json';
import fatalNl from './fatal.nl.json';
import ganEn from './gan.en.json';
import ganNl from './gan.nl.json';
import nl from './nl.json';
import offlineEn from './offline.en.json';
import offlineNl from './offline.nl.json';
import measureEn from './measure.en.json';
import measureNl from './measure.nl.json';
import packsEn from './packs.en.json';
import packsNl from './packs.nl.json';
import privacyEn from './privacy.en.json';
import privacyNl from './privacy.nl.json';
import tallyEn from './tally.en.json';
import tallyNl from './tally.nl.json';
import lessonEn from './lesson.en.json';
import lessonNl from './lesson.nl.json';
import regenerateEn from './regenerate.en.json';
import regenerateNl from './regenerate.nl.json';
import submitEn from './submit.en.json';
import submitNl from './submit.nl.json';
import teacherEn from './teacher.en.json';
import teacherNl from './teacher.nl.json';

// Each area keeps its strings in its own pair of files so areas can grow without conflicts;
// English is the shape both languages must have (a unit test checks the Dutch keys match).
const enAll = { ...en, gan: ganEn, submit: submitEn, teacher: teacherEn, lesson: lessonEn, regenerate: regenerateEn,
  measure: measureEn, tally: tallyEn, packs: packsEn, privacy: privacyEn, offline: offlineEn, fatal: fatalEn };
export type Messages = typeof enAll;

export const MESSAGES: Record<Locale, Messages> = {
  en: enAll,
  nl: { ...nl, gan: ganNl, submit: submitNl, teacher: teacherNl, lesson: lessonNl, regenerate: regenerateNl,
    measure: measureNl, tally: tallyNl, packs: packsNl, privacy: privacyNl, offline: offlineNl, fatal: fatalNl } as Messages,
};
